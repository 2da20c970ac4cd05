"""Trust a server certificate the user accepted, in the profile's NSS store (``cert9.db``).

A CA certificate gets ``C,,`` (trusted to issue server certificates), a server's own
certificate ``P,,`` (trusted peer). The import goes through NSS itself (the library that
encrypts the passwords, Thunderbird's own where it is found); ``certutil`` (NSS tools) is the
fallback when no NSS library can be loaded. With neither, the certificate is not stored and the
result says so; Thunderbird will then ask once.
"""

from __future__ import annotations

import hashlib
import shutil
import ssl
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cryptography import x509

from wizard.targets.thunderbird.errors import ThunderbirdError, ThunderbirdProblem
from wizard.targets.thunderbird.nss import PrimaryPasswordSet, open_sdr


@dataclass(frozen=True, slots=True)
class TrustedCertificate:
    """A certificate (PEM text or DER bytes) the user accepted for ``host:port``."""

    host: str
    port: int
    certificate: bytes | str

    @property
    def der(self) -> bytes:
        return certificate_der(self.certificate)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.der).hexdigest()


class CertificateStatus(StrEnum):
    TRUSTED = "trusted"  # imported into cert9.db
    UNAVAILABLE = "unavailable"  # neither NSS nor certutil found: not stored, Thunderbird will ask
    FAILED = "failed"  # NSS or certutil refused it


@dataclass(frozen=True, slots=True)
class CertificateOutcome:
    host: str
    port: int
    sha256: str
    status: CertificateStatus
    detail: str = ""


def certificate_der(data: bytes | str) -> bytes:
    """The DER form of a PEM or DER certificate; ``ValueError`` when it holds none."""
    if isinstance(data, bytes) and data.lstrip().startswith(b"-----BEGIN"):
        data = data.decode("ascii", errors="replace")
    der = ssl.PEM_cert_to_DER_cert(data.strip()) if isinstance(data, str) else bytes(data)
    x509.load_der_x509_certificate(der)  # raises ValueError for anything else
    return der


def is_ca_certificate(der: bytes) -> bool:
    """Whether the certificate's basicConstraints extension says ``cA: TRUE``."""
    try:
        certificate = x509.load_der_x509_certificate(der)
        constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints)
    except (ValueError, x509.ExtensionNotFound):
        return False
    return constraints.value.ca


def find_certutil(install_dirs: Sequence[Path] = ()) -> str | None:
    for folder in install_dirs:
        for name in ("certutil", "certutil.exe"):
            if (folder / name).is_file():
                return str(folder / name)
    return shutil.which("certutil")


def ensure_nss_db(profile: Path, certutil: str) -> None:
    if not (profile / "cert9.db").exists():
        subprocess.run([certutil, "-N", "-d", f"sql:{profile}", "--empty-password"],
                       check=True, capture_output=True, timeout=60)


def _nickname(cert: TrustedCertificate) -> str:
    return f"Mail Wizard {cert.host}:{cert.port} {cert.sha256[:12]}"


def _trust_flags(der: bytes) -> str:
    return "C,," if is_ca_certificate(der) else "P,,"


def trust_certificates(
    profile: Path,
    certificates: Sequence[TrustedCertificate],
    *,
    certutil: str | None,
    install_dirs: Sequence[Path] = (),
    use_nss: bool = True,
) -> list[CertificateOutcome]:
    """Import each certificate; NSS through ctypes first, ``certutil`` when NSS cannot load."""
    if not certificates:
        return []
    if use_nss:
        try:
            return _trust_with_nss(profile, certificates, install_dirs)
        except PrimaryPasswordSet:
            return [_outcome(c, CertificateStatus.FAILED, "the profile has a primary password")
                    for c in certificates]
        except ThunderbirdError as exc:
            if exc.kind is not ThunderbirdProblem.NSS_UNAVAILABLE:
                return [_outcome(c, CertificateStatus.FAILED, exc.detail) for c in certificates]
    return [_trust_with_certutil(profile, cert, certutil) for cert in certificates]


def _outcome(cert: TrustedCertificate, status: CertificateStatus, detail: str = "") -> CertificateOutcome:
    return CertificateOutcome(cert.host, cert.port, cert.sha256, status, detail[:200])


def _trust_with_nss(
    profile: Path, certificates: Sequence[TrustedCertificate], install_dirs: Sequence[Path]
) -> list[CertificateOutcome]:
    outcomes = []
    with open_sdr(profile, install_dirs=install_dirs) as nss:
        for cert in certificates:
            der = cert.der
            try:
                nss.import_certificate(der, _nickname(cert), _trust_flags(der))
            except ThunderbirdError as exc:
                outcomes.append(_outcome(cert, CertificateStatus.FAILED, exc.detail))
            else:
                outcomes.append(_outcome(cert, CertificateStatus.TRUSTED))
    return outcomes


def _trust_with_certutil(profile: Path, cert: TrustedCertificate, certutil: str | None) -> CertificateOutcome:
    if certutil is None:
        return _outcome(cert, CertificateStatus.UNAVAILABLE)
    der = cert.der
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "cert.der"
        path.write_bytes(der)
        try:
            ensure_nss_db(profile, certutil)
            done = subprocess.run(
                [certutil, "-A", "-d", f"sql:{profile}", "-n", _nickname(cert),
                 "-t", _trust_flags(der), "-i", str(path)],
                capture_output=True, text=True, timeout=60, check=False,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            return _outcome(cert, CertificateStatus.FAILED, str(exc))
    status = CertificateStatus.TRUSTED if done.returncode == 0 else CertificateStatus.FAILED
    return _outcome(cert, status, done.stderr.strip())
