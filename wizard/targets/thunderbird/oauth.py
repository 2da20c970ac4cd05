"""Which servers Thunderbird can sign in to with OAuth2, and what it needs from us for that.

Thunderbird brings its own client registrations and picks the provider by the server's host
name alone (``OAuth2Providers.sys.mjs``: a host matches an entry or any parent domain of it,
e.g. ``imap.gmail.com`` → ``gmail.com`` → issuer ``accounts.google.com``); it ignores the
clientConfig ``<oAuth2>`` element. So an account only needs ``authMethod = 10`` on a server whose
host Thunderbird knows, and no stored password: at its first connection Thunderbird opens the
provider's sign-in and keeps the refresh token itself (``oauth://<issuer>`` in logins.json).
For a host it does not know, Thunderbird's own account setup (``readFromXML``) falls back to the
next authentication method the settings list; we do the same, and refuse when none is left.

The table below is Thunderbird 153's (the same hosts as 140 for the mail providers).
"""

from __future__ import annotations

import dataclasses

from wizard.model import Account, AuthMethod, Protocol, ServerSettings
from wizard.targets.thunderbird.errors import ThunderbirdError, ThunderbirdProblem

_ALL = frozenset({Protocol.IMAP, Protocol.POP3, Protocol.SMTP})
# host (or parent domain) -> (issuer, the protocols it has mail scopes for)
THUNDERBIRD_OAUTH_HOSTS: dict[str, tuple[str, frozenset[Protocol]]] = {
    "googlemail.com": ("accounts.google.com", _ALL),
    "gmail.com": ("accounts.google.com", _ALL),
    "imap.mail.ru": ("o2.mail.ru", _ALL),
    "smtp.mail.ru": ("o2.mail.ru", _ALL),
    "imap.yandex.com": ("oauth.yandex.com", _ALL),
    "smtp.yandex.com": ("oauth.yandex.com", _ALL),
    "yahoo.com": ("login.yahoo.com", _ALL),
    "att.net": ("login.yahoo.com", _ALL),
    "aol.com": ("login.aol.com", _ALL),
    "office365.com": ("login.microsoftonline.com", _ALL),
    "outlook.com": ("login.microsoftonline.com", _ALL),
    "hotmail.com": ("login.microsoftonline.com", _ALL),
    "imap.fastmail.com": ("www.fastmail.com", _ALL),
    "pop.fastmail.com": ("www.fastmail.com", _ALL),
    "smtp.fastmail.com": ("www.fastmail.com", _ALL),
    "imap.comcast.net": ("comcast.net", _ALL),
    "pop.comcast.net": ("comcast.net", _ALL),
    "smtp.comcast.net": ("comcast.net", _ALL),
    "thundermail.com": ("auth.tb.pro", _ALL),
}


def thunderbird_oauth_issuer(hostname: str, protocol: Protocol) -> str | None:
    """The issuer Thunderbird signs in with for this server, or None when it knows none."""
    host = hostname.strip().rstrip(".").lower()
    while "." in host:
        found = THUNDERBIRD_OAUTH_HOSTS.get(host)
        if found is not None:
            issuer, protocols = found
            return issuer if protocol in protocols else None
        host = host.split(".", 1)[1]
    return None


def _usable(server: ServerSettings) -> ServerSettings:
    if AuthMethod.OAUTH2 not in server.auth_methods:
        return server
    if thunderbird_oauth_issuer(server.hostname, server.protocol) is not None:
        return server
    rest = tuple(m for m in server.auth_methods if m is not AuthMethod.OAUTH2)
    if not rest:
        raise ThunderbirdError(
            ThunderbirdProblem.UNSUPPORTED,
            detail=f"Thunderbird has no OAuth2 sign-in for {server.hostname}, and the settings "
            "offer no other way to log in",
        )
    return server.replace(auth_methods=rest)


def usable_by_thunderbird(account: Account) -> Account:
    """The account with OAuth2 kept only where Thunderbird can use it (see the module doc)."""
    return dataclasses.replace(
        account, incoming=_usable(account.incoming), outgoing=_usable(account.outgoing)
    )


__all__ = ["THUNDERBIRD_OAUTH_HOSTS", "thunderbird_oauth_issuer", "usable_by_thunderbird"]
