"""The Thunderbird target: find the profile, refuse while Thunderbird runs, write the account.

Public API (docs/CONTRACTS.md): :func:`find_profiles`, :func:`default_profile`,
:func:`is_locked`, :func:`write_account` → :class:`WriteResult`; errors are
:class:`ThunderbirdError` with a :class:`ThunderbirdProblem` ``kind``.
"""

from wizard.targets.thunderbird.certs import (
    CertificateOutcome,
    CertificateStatus,
    TrustedCertificate,
)
from wizard.targets.thunderbird.errors import ThunderbirdError, ThunderbirdProblem
from wizard.targets.thunderbird.lock import is_locked
from wizard.targets.thunderbird.profiles import (
    Profile,
    create_profile,
    default_profile,
    find_profiles,
    install_dirs,
    profile_for_writing,
    profile_roots,
)
from wizard.targets.thunderbird.writer import (
    PasswordOutcome,
    WriteResult,
    check_profile_files,
    write_account,
)

__all__ = [
    "CertificateOutcome",
    "CertificateStatus",
    "PasswordOutcome",
    "Profile",
    "ThunderbirdError",
    "ThunderbirdProblem",
    "TrustedCertificate",
    "WriteResult",
    "check_profile_files",
    "create_profile",
    "default_profile",
    "find_profiles",
    "install_dirs",
    "is_locked",
    "profile_for_writing",
    "profile_roots",
    "write_account",
]
