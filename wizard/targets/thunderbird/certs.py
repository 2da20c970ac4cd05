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

from wizard.targets.thunderbird.errors import ThunderbirdError, ThunderbirdProblem
from wizard.targets.thunderbird.nss import PrimaryPasswordSet, open_sdr

_BASIC_CONSTRAINTS_OID = bytes.fromhex("0603551d13")  # 2.5.29.19


@dataclass(frozen=True, slots=True)
class TrustedCertificate:
    """A certificate (PEM text or DER bytes) the user accepted for ``host:port``."""

    host: str
    port: int
    certificate: bytes | str

    @property
    def der(self) -> bytes:
        data = self.certificate
        if isinstance(data, bytes) and data.lstrip().startswith(b"-----BEGIN"):
            data = data.decode("ascii")
        if isinstance(data, str):
            return ssl.PEM_cert_to_DER_cert(data.strip())
        return bytes(data)

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


def is_ca_certificate(der: bytes) -> bool:
    """Whether basicConstraints says ``cA: TRUE`` (a small DER walk, no crypto library)."""
    at = der.find(_BASIC_CONSTRAINTS_OID)
    if at < 0:
        return False
    pos = at + len(_BASIC_CONSTRAINTS_OID)
    if der[pos : pos + 2] == b"\x01\x01":  # critical flag
        pos += 3
    if der[pos : pos + 1] != b"\x04":
        return False
    pos += 2  # OCTET STRING tag and (short) length
    if der[pos : pos + 1] != b"\x30":
        return False
    return der[pos + 2 : pos + 5] == b"\x01\x01\xff"


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
