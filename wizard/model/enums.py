"""The closed vocabularies that cross every layer: protocols, security, auth methods, sources, trust.

This module is the one source of truth for default ports and for the mapping between
our enums and the strings of the clientConfig format.
"""

from __future__ import annotations

from enum import Enum, StrEnum


class Protocol(StrEnum):
    IMAP = "imap"
    POP3 = "pop3"
    SMTP = "smtp"
    EXCHANGE = "exchange"

    @property
    def is_incoming(self) -> bool:
        return self is not Protocol.SMTP


class Security(StrEnum):
    """How the connection is protected. ``SSL`` is implicit TLS from the first byte."""

    SSL = "ssl"
    STARTTLS = "starttls"
    PLAIN = "plain"

    @property
    def rank(self) -> int:
        """Higher is safer; security is only ever raised, never lowered."""
        return {Security.PLAIN: 0, Security.STARTTLS: 1, Security.SSL: 2}[self]

    @property
    def xml_value(self) -> str:
        return {Security.SSL: "SSL", Security.STARTTLS: "STARTTLS", Security.PLAIN: "plain"}[self]

    @classmethod
    def from_xml(cls, text: str) -> Security | None:
        return _SECURITY_FROM_XML.get(text.strip().lower())


_SECURITY_FROM_XML = {
    "ssl": Security.SSL,
    "tls": Security.SSL,
    "starttls": Security.STARTTLS,
    "plain": Security.PLAIN,
}


class AuthMethod(StrEnum):
    """The ``<authentication>`` values of the clientConfig format (current spellings)."""

    PASSWORD_CLEARTEXT = "password-cleartext"
    PASSWORD_ENCRYPTED = "password-encrypted"
    OAUTH2 = "OAuth2"
    GSSAPI = "GSSAPI"
    NTLM = "NTLM"
    CLIENT_IP = "client-IP-address"
    TLS_CLIENT_CERT = "TLS-client-cert"
    SMTP_AFTER_POP = "smtp-after-pop"
    NONE = "none"

    @property
    def uses_password(self) -> bool:
        return self in (AuthMethod.PASSWORD_CLEARTEXT, AuthMethod.PASSWORD_ENCRYPTED)

    @property
    def signs_in(self) -> bool:
        """Whether the user signs in with it, as an incoming server needs: ``none``,
        ``client-IP-address`` and ``smtp-after-pop`` only let an outgoing server take mail."""
        return self not in (AuthMethod.NONE, AuthMethod.CLIENT_IP, AuthMethod.SMTP_AFTER_POP)

    @classmethod
    def from_xml(cls, text: str) -> AuthMethod | None:
        return _AUTH_FROM_XML.get(text.strip().lower())


_AUTH_FROM_XML = {m.value.lower(): m for m in AuthMethod} | {
    # Deprecated spellings still found in the wild.
    "plain": AuthMethod.PASSWORD_CLEARTEXT,
    "secure": AuthMethod.PASSWORD_ENCRYPTED,
}


class Source(StrEnum):
    """Where a configuration came from, highest rank first (see DESIGN.md)."""

    CATALOG = "catalog"
    ADMIN = "admin"
    ISP = "isp"
    ISPDB = "ispdb"
    MX = "mx"
    SRV = "srv"
    AUTODISCOVER = "autodiscover"
    ISP_HTTP = "isp-http"
    GUESS = "guess"
    MANUAL = "manual"
    FILE = "file"


class Trust(Enum):
    """Whether a configuration may be used without asking the user first."""

    TRUSTED = "trusted"
    NEEDS_CONFIRMATION = "needs-confirmation"
    UNTRUSTED = "untrusted"


DEFAULT_PORTS: dict[tuple[Protocol, Security], int] = {
    (Protocol.IMAP, Security.SSL): 993,
    (Protocol.IMAP, Security.STARTTLS): 143,
    (Protocol.IMAP, Security.PLAIN): 143,
    (Protocol.POP3, Security.SSL): 995,
    (Protocol.POP3, Security.STARTTLS): 110,
    (Protocol.POP3, Security.PLAIN): 110,
    (Protocol.SMTP, Security.SSL): 465,
    (Protocol.SMTP, Security.STARTTLS): 587,
    (Protocol.SMTP, Security.PLAIN): 587,
    (Protocol.EXCHANGE, Security.SSL): 443,
    (Protocol.EXCHANGE, Security.STARTTLS): 443,
    (Protocol.EXCHANGE, Security.PLAIN): 80,
}


def default_port(protocol: Protocol, security: Security) -> int:
    return DEFAULT_PORTS[(protocol, security)]


PORT_MIN = 1
PORT_MAX = 65535
