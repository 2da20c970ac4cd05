"""TLS for verification: the system trust store, certificate facts and failure classes.

The production context comes from ``truststore`` (the operating system's trust decisions),
plus any bundle named by ``SSL_CERT_FILE``/``SSL_CERT_DIR``. Tests inject their own factory.
"""

from __future__ import annotations

import datetime
import hashlib
import ipaddress
import os
import ssl
from collections.abc import Callable

from wizard.verify.failures import CertificateInfo, FailureKind

TlsContextFactory = Callable[[], ssl.SSLContext]

# OpenSSL X509_V_ERR_* codes (stable ABI values) and what they mean for the user.
_VERIFY_CODES = {
    9: FailureKind.TLS_EXPIRED,  # CERT_NOT_YET_VALID: outside the validity period as well
    10: FailureKind.TLS_EXPIRED,  # CERT_HAS_EXPIRED
    2: FailureKind.TLS_UNKNOWN_ISSUER,  # UNABLE_TO_GET_ISSUER_CERT
    20: FailureKind.TLS_UNKNOWN_ISSUER,  # UNABLE_TO_GET_ISSUER_CERT_LOCALLY
    21: FailureKind.TLS_UNKNOWN_ISSUER,  # UNABLE_TO_VERIFY_LEAF_SIGNATURE
    18: FailureKind.TLS_SELF_SIGNED,  # DEPTH_ZERO_SELF_SIGNED_CERT
    19: FailureKind.TLS_SELF_SIGNED,  # SELF_SIGNED_CERT_IN_CHAIN
    62: FailureKind.TLS_WRONG_HOST,  # HOSTNAME_MISMATCH
    64: FailureKind.TLS_WRONG_HOST,  # IP_ADDRESS_MISMATCH
}


def system_tls_context() -> ssl.SSLContext:
    """The production client context: OS trust store, TLS 1.2 or newer, host names checked."""
    import truststore

    context: ssl.SSLContext = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    cafile = os.environ.get("SSL_CERT_FILE") or None
    capath = os.environ.get("SSL_CERT_DIR") or None
    if (cafile and os.path.isfile(cafile)) or (capath and os.path.isdir(capath)):
        context.load_verify_locations(
            cafile=cafile if cafile and os.path.isfile(cafile) else None,
            capath=capath if capath and os.path.isdir(capath) else None,
        )
    return context


def inspecting_context() -> ssl.SSLContext:
    """A context that accepts any certificate, used only to read a rejected certificate or to
    check a pinned fingerprint; the caller compares the fingerprint before sending anything."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def sha256_of(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def normalize_fingerprint(text: str) -> str:
    """Accept ``AB:CD:…``, ``abcd…`` or ``sha256/ABCD…``; return lower-case hex or raise."""
    value = text.strip().lower()
    value = value.removeprefix("sha256/").removeprefix("sha256:")
    value = value.replace(":", "").replace(" ", "")
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise ValueError(f"{text!r} is not a SHA-256 fingerprint")
    return value


def certificate_info(der: bytes, host: str, port: int) -> CertificateInfo:
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    names: list[str] = []
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        pass
    else:
        names.extend(san.get_values_for_type(x509.DNSName))
        names.extend(str(ip) for ip in san.get_values_for_type(x509.IPAddress))
    return CertificateInfo(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        sha256=sha256_of(der),
        host=host,
        port=port,
        names=tuple(names),
        der=der,
    )


def classify_verify_error(
    error: ssl.SSLCertVerificationError, info: CertificateInfo | None
) -> FailureKind:
    """The kind of a rejected certificate: from OpenSSL's code, else from the certificate."""
    kind = _VERIFY_CODES.get(getattr(error, "verify_code", 0) or 0)
    if kind is not None:
        return kind
    if info is not None:  # truststore on Windows/macOS reports a message, not a code
        return classify_certificate(info)
    message = str(error).lower()
    if "expired" in message:
        return FailureKind.TLS_EXPIRED
    if "self-signed" in message or "self signed" in message:
        return FailureKind.TLS_SELF_SIGNED
    if "hostname" in message or "ip address mismatch" in message:
        return FailureKind.TLS_WRONG_HOST
    return FailureKind.TLS_OTHER


def classify_certificate(info: CertificateInfo) -> FailureKind:
    now = datetime.datetime.now(datetime.UTC)
    if not info.not_before <= now <= info.not_after:
        return FailureKind.TLS_EXPIRED
    if not matches_host(info, info.host):
        return FailureKind.TLS_WRONG_HOST
    if info.subject == info.issuer:
        return FailureKind.TLS_SELF_SIGNED
    return FailureKind.TLS_UNKNOWN_ISSUER


def matches_host(info: CertificateInfo, host: str) -> bool:
    """RFC 6125 matching on subjectAltName: exact IP, exact name or a left-most ``*`` label."""
    host = host.lower().rstrip(".")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    for name in info.names:
        if address is not None:
            try:
                if ipaddress.ip_address(name) == address:
                    return True
            except ValueError:
                continue
            continue
        pattern = name.lower().rstrip(".")
        if pattern == host:
            return True
        if pattern.startswith("*.") and "." in host and host.split(".", 1)[1] == pattern[2:]:
            return True
    return False
