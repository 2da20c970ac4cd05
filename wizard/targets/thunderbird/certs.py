"""Trust a server certificate the user accepted, in the profile's NSS store (``cert9.db``).

``certutil`` (NSS tools) does the import: a CA certificate gets ``C,,`` (trusted to issue
server certificates), a server's own certificate ``P,,`` (trusted peer). Without certutil the
certificate is not stored and the result says so; Thunderbird will then ask once.
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
    NO_CERTUTIL = "no-certutil"  # certutil not found: not stored, Thunderbird will ask
    FAILED = "failed"  # certutil refused it


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


def trust_certificates(
    profile: Path, certificates: Sequence[TrustedCertificate], *, certutil: str | None
) -> list[CertificateOutcome]:
    outcomes = []
    for cert in certificates:
        der = cert.der
        if certutil is None:
            outcomes.append(CertificateOutcome(cert.host, cert.port, cert.sha256,
                                               CertificateStatus.NO_CERTUTIL))
            continue
        trust = "C,," if is_ca_certificate(der) else "P,,"
        nickname = f"Mail Wizard {cert.host}:{cert.port} {cert.sha256[:12]}"
        with tempfile.TemporaryDirectory() as scratch:
            path = Path(scratch) / "cert.der"
            path.write_bytes(der)
            try:
                ensure_nss_db(profile, certutil)
                done = subprocess.run(
                    [certutil, "-A", "-d", f"sql:{profile}", "-n", nickname, "-t", trust,
                     "-i", str(path)],
                    capture_output=True, text=True, timeout=60, check=False,
                )
            except (OSError, subprocess.SubprocessError) as exc:
                outcomes.append(CertificateOutcome(cert.host, cert.port, cert.sha256,
                                                   CertificateStatus.FAILED, str(exc)[:200]))
                continue
        status = CertificateStatus.TRUSTED if done.returncode == 0 else CertificateStatus.FAILED
        outcomes.append(CertificateOutcome(cert.host, cert.port, cert.sha256, status,
                                           done.stderr.strip()[:200]))
    return outcomes
