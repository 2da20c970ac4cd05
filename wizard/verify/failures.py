"""What can go wrong when proving a server works, as typed values; the UI owns the words.

``str()`` of a failure is one English sentence for logs and the command line. Details are
the server's own text (never the password: the verifier scrubs it before it gets here).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from enum import StrEnum

from wizard.model.errors import WizardError


class FailureKind(StrEnum):
    AUTH = "auth"  # the server refused the user name or password
    TLS_EXPIRED = "tls-expired"  # the certificate is outside its validity period
    TLS_WRONG_HOST = "tls-wrong-host"  # the certificate names another server
    TLS_UNKNOWN_ISSUER = "tls-unknown-issuer"  # signed by an authority nobody here trusts
    TLS_SELF_SIGNED = "tls-self-signed"  # the certificate signed itself
    TLS_OTHER = "tls-other"  # any other TLS problem (handshake, protocol version, …)
    HOST_NOT_FOUND = "host-not-found"
    CONNECTION_REFUSED = "connection-refused"  # refused, unreachable or reset
    TIMEOUT = "timeout"
    STARTTLS_MISSING = "starttls-missing"  # the config says STARTTLS, the server does not offer it
    PLAINTEXT_REFUSED = "plaintext-refused"  # no encryption and no consent to send the password
    PROTOCOL = "protocol"  # the server said something unexpected (detail: its words)
    SIGN_IN_REQUIRED = "sign-in-required"  # OAuth2 only: a password was not sent, a token is needed
    CANCELLED = "cancelled"

    @property
    def is_certificate_problem(self) -> bool:
        """True for the kinds the user can overrule by trusting the certificate."""
        return self in _CERTIFICATE_KINDS


_CERTIFICATE_KINDS = frozenset(
    {
        FailureKind.TLS_EXPIRED,
        FailureKind.TLS_WRONG_HOST,
        FailureKind.TLS_UNKNOWN_ISSUER,
        FailureKind.TLS_SELF_SIGNED,
        FailureKind.TLS_OTHER,
    }
)


class Hint(StrEnum):
    """Likely causes of an authentication failure, for the UI to suggest."""

    CAPS_LOCK = "caps-lock"  # the password looks as if typed with Caps Lock on
    KEYBOARD_LAYOUT = "keyboard-layout"  # the password has Cyrillic letters
    PASSWORD_RULES = "password-rules"  # the provider documents password rules (catalog notes)
    USERNAME_FORM = "username-form"  # try the full address / the part before the @
    APP_PASSWORD = "app-password"  # the provider wants an app password for mail programs


@dataclass(frozen=True, slots=True)
class CertificateInfo:
    """The certificate a server presented, enough for a person to decide to trust it."""

    subject: str
    issuer: str
    not_before: datetime.datetime
    not_after: datetime.datetime
    sha256: str  # lower-case hex, no colons
    host: str
    port: int
    names: tuple[str, ...] = ()  # subjectAltName DNS names and IP addresses
    # The certificate itself, so that a client (Thunderbird) can be told to trust it too.
    der: bytes = field(default=b"", repr=False, compare=False)

    @property
    def fingerprint(self) -> str:
        """The SHA-256 fingerprint as people read it: ``AB:CD:…``."""
        return ":".join(self.sha256[i : i + 2] for i in range(0, len(self.sha256), 2)).upper()


_SENTENCES = {
    FailureKind.AUTH: "The server {where} refused the user name or password.",
    FailureKind.TLS_EXPIRED: "The security certificate of {where} has expired.",
    FailureKind.TLS_WRONG_HOST: "The security certificate of {where} belongs to another server.",
    FailureKind.TLS_UNKNOWN_ISSUER: (
        "The security certificate of {where} was issued by an unknown authority."
    ),
    FailureKind.TLS_SELF_SIGNED: "The security certificate of {where} is self-signed.",
    FailureKind.TLS_OTHER: "A secure connection to {where} could not be established.",
    FailureKind.HOST_NOT_FOUND: "The server {where} does not exist.",
    FailureKind.CONNECTION_REFUSED: "The server {where} could not be reached.",
    FailureKind.TIMEOUT: "The server {where} did not answer in time.",
    FailureKind.STARTTLS_MISSING: (
        "The server {where} no longer offers an encrypted connection (STARTTLS)."
    ),
    FailureKind.PLAINTEXT_REFUSED: (
        "The server {where} offers no encryption, so the password was not sent."
    ),
    FailureKind.PROTOCOL: "The server {where} answered in an unexpected way.",
    FailureKind.SIGN_IN_REQUIRED: (
        "The server {where} takes only the provider's own sign-in (OAuth2), so the password "
        "was not sent."
    ),
    FailureKind.CANCELLED: "The check of {where} was cancelled.",
}


@dataclass(frozen=True, slots=True)
class VerifyFailure:
    kind: FailureKind
    detail: str = ""  # technical detail, often the server's own words
    certificate: CertificateInfo | None = None
    host: str = ""
    port: int = 0

    def __str__(self) -> str:
        where = f"{self.host}:{self.port}" if self.host else "(unknown)"
        return _SENTENCES[self.kind].format(where=where)


class VerifyError(WizardError):
    """A failure raised as an exception (for callers that prefer raising)."""

    def __init__(self, failure: VerifyFailure) -> None:
        self.failure = failure
        self.kind = failure.kind
        super().__init__(str(failure))
