"""The ``detect --json`` object (a stable contract, see DESIGN.md)."""

from __future__ import annotations

from typing import Any

from wizard.model.address import EmailAddress
from wizard.model.config import AccountConfig, OAuth2Settings, ServerSettings
from wizard.model.enums import Trust


def server_to_json(server: ServerSettings) -> dict[str, Any]:
    return {
        "protocol": server.protocol.value,
        "host": server.hostname,
        "port": server.port,
        "security": server.security.value,
        "auth": server.auth.value,
        "username": server.username,
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
        "incoming": [server_to_json(s) for s in config.incoming],
        "outgoing": [server_to_json(s) for s in config.outgoing],
        "warnings": [
            {"kind": w.kind.value, "subject": w.subject, "registrable_domain": w.registrable_domain}
            for w in config.warnings
        ],
        "oauth2": oauth2_to_json(config.oauth2),
    }
