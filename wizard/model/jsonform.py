"""The ``detect --json`` object (a stable contract, see DESIGN.md).

Values the provider asks for (``<inputField>``) are listed as ``"fields": [{"key", "label"}]``;
a user name that still needs one is ``null``, never a raw ``%PLACEHOLDER%``.

Each server says how one signs in to it: ``"auth"`` (the preferred method), ``"auth_methods"``
(all, preferred first) and ``"oauth2"``, the provider's sign-in (issuer, scopes, URLs) when the
server takes OAuth2 and the settings name it, else ``null``. The same block is also given once
for the whole object (``"oauth2"`` at the top).
"""

from __future__ import annotations

from typing import Any

from wizard.model.address import EmailAddress
from wizard.model.config import AccountConfig, OAuth2Settings, ServerSettings
from wizard.model.enums import AuthMethod, Trust
from wizard.model.placeholders import has_placeholder


def server_to_json(server: ServerSettings, oauth2: OAuth2Settings | None = None) -> dict[str, Any]:
    """``oauth2``: the provider's sign-in, shown when this server takes OAuth2."""
    return {
        "protocol": server.protocol.value,
        "host": server.hostname,
        "port": server.port,
        "security": server.security.value,
        "auth": server.auth.value,
        "auth_methods": [method.value for method in server.auth_methods],
        "username": None if has_placeholder(server.username) else server.username,
        "oauth2": oauth2_to_json(oauth2) if AuthMethod.OAUTH2 in server.auth_methods else None,
    }


def oauth2_to_json(oauth2: OAuth2Settings | None) -> dict[str, Any] | None:
    if oauth2 is None:
        return None
    return {
        "issuer": oauth2.issuer,
        "scopes": list(oauth2.scopes),
        "auth_url": oauth2.auth_url,
        "token_url": oauth2.token_url,
    }


def config_to_json(config: AccountConfig, address: EmailAddress) -> dict[str, Any]:
    """``config`` should already be expanded for ``address``."""
    return {
        "email": address.address,
        "provider": {"id": config.id, "name": config.name} if config.id else None,
        "source": config.source.value,
        "trusted": config.trust is Trust.TRUSTED and not config.warnings,
        "incoming": [server_to_json(s, config.oauth2) for s in config.incoming],
        "outgoing": [server_to_json(s, config.oauth2) for s in config.outgoing],
        "warnings": [
            {"kind": w.kind.value, "subject": w.subject, "registrable_domain": w.registrable_domain}
            for w in config.warnings
        ],
        "fields": [{"key": f.key, "label": f.label.get()} for f in config.input_fields],
        "oauth2": oauth2_to_json(config.oauth2),
    }


def nothing_found_json(address: EmailAddress) -> dict[str, Any]:
    """The same object when nothing was found: no provider, empty lists."""
    return {
        "email": address.address,
        "provider": None,
        "source": None,
        "trusted": False,
        "incoming": [],
        "outgoing": [],
        "warnings": [],
        "fields": [],
        "oauth2": None,
    }
