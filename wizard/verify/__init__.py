"""Proving settings work: log in to IMAP/POP3, authenticate to SMTP, classify what fails.

Qt-free asyncio; see ``verify_account``. Nothing here sends a password before the TLS
certificate was accepted, nor over an unencrypted connection without the caller's consent
for that exact server, and nothing ever sends mail.
"""

from wizard.verify.failures import (
    CertificateInfo,
    FailureKind,
    Hint,
    VerifyError,
    VerifyFailure,
)
from wizard.verify.sessions import Connector, VerifyStep, default_connector
from wizard.verify.tls import (
    TlsContextFactory,
    inspecting_context,
    normalize_fingerprint,
    system_tls_context,
)
from wizard.verify.trust import TrustedCertificates, default_trust_path
from wizard.verify.verifier import (
    USERNAME_RETRY_SOURCES,
    EventCallback,
    ServerCheck,
    VerifyEvent,
    VerifyOptions,
    VerifyReport,
    check_server,
    verify_account,
)
from wizard.verify.walk import STANDARD_PORTS, candidates, prove_account

__all__ = [
    "STANDARD_PORTS",
    "USERNAME_RETRY_SOURCES",
    "CertificateInfo",
    "Connector",
    "EventCallback",
    "FailureKind",
    "Hint",
    "ServerCheck",
    "TlsContextFactory",
    "TrustedCertificates",
    "VerifyError",
    "VerifyEvent",
    "VerifyFailure",
    "VerifyOptions",
    "VerifyReport",
    "VerifyStep",
    "candidates",
    "check_server",
    "default_connector",
    "default_trust_path",
    "inspecting_context",
    "normalize_fingerprint",
    "prove_account",
    "system_tls_context",
    "verify_account",
]
