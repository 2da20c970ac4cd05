"""Write one account into a Thunderbird profile: prefs, password, trusted certificates.

Order matters for a crash at any point: the profile is locked against a starting Thunderbird,
everything is read, checked and made before the first byte is written (a name prefs.js cannot
hold stops the write before logins.json changes), logins.json is written before prefs.js (a
login without its account is harmless; an account without its login only makes Thunderbird
ask once), and every file is replaced atomically after a timestamped backup (the last few
backups of each file are kept, see ``wizard.targets.files``).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from wizard.model import Account, AuthMethod
from wizard.targets.files import atomic_write, backup_copy, ensure_replaceable
from wizard.targets.thunderbird.accounts import merge_account
from wizard.targets.thunderbird.certs import (
    CertificateOutcome,
    TrustedCertificate,
    find_certutil,
    trust_certificates,
)
from wizard.targets.thunderbird.errors import ThunderbirdError, ThunderbirdProblem, write_error
from wizard.targets.thunderbird.lock import hold_profile_lock
from wizard.targets.thunderbird.logins import (
    LOGINS_FILE,
    dump_logins,
    login_targets,
    read_logins,
    store_logins,
)
from wizard.targets.thunderbird.nss import PrimaryPasswordSet, open_sdr
from wizard.targets.thunderbird.oauth import usable_by_thunderbird
from wizard.targets.thunderbird.prefs import (
    PrefsSyntaxError,
    parse_prefs,
    prefs_dict,
    serialize_prefs,
)
from wizard.targets.thunderbird.profiles import Profile, install_dirs

PREFS_FILE = "prefs.js"
log = logging.getLogger(__name__)


class PasswordOutcome(StrEnum):
    STORED = "stored"  # in logins.json, Thunderbird will not ask
    NOT_GIVEN = "not-given"  # no password passed: Thunderbird asks at first use
    NOT_NEEDED = "not-needed"  # the servers do not use a password (none, client address, …)
    SIGN_IN_AT_START = "sign-in-at-start"  # OAuth2: Thunderbird opens the provider's sign-in
    PRIMARY_PASSWORD = "primary-password"
    NSS_UNAVAILABLE = "nss-unavailable"  # no NSS library to encrypt with: skipped


@dataclass(frozen=True, slots=True)
class WriteResult:
    profile: Path
    account_key: str
    server_key: str
    identity_key: str
    smtp_key: str
    account_added: bool  # False: the existing account for this address was updated
    smtp_added: bool  # False: an existing SMTP server was reused or updated
    local_folders_added: bool
    password: PasswordOutcome
    logins_added: tuple[str, ...] = ()
    logins_updated: tuple[str, ...] = ()
    certificates: tuple[CertificateOutcome, ...] = ()
    backups: tuple[Path, ...] = field(default=())
    changed_prefs: tuple[str, ...] = ()
    detail: str = ""  # technical detail for a skipped password

    @property
    def backup_path(self) -> Path | None:
        """The backup of prefs.js (None when the profile had no prefs.js yet)."""
        return next((p for p in self.backups if p.name.startswith(PREFS_FILE + ".")), None)

    @property
    def password_stored(self) -> bool:
        return self.password is PasswordOutcome.STORED


def read_profile_prefs(folder: Path) -> dict[str, str | int | bool]:
    path = folder / PREFS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ThunderbirdError(ThunderbirdProblem.PREFS_UNREADABLE, path=path,
                               detail=str(exc)) from exc
    try:
        return prefs_dict(parse_prefs(text))
    except PrefsSyntaxError as exc:
        raise ThunderbirdError(ThunderbirdProblem.PREFS_UNREADABLE, path=path,
                               detail=str(exc)) from exc


def _write(path: Path, data: bytes, now: datetime, backups: list[Path]) -> None:
    try:
        backup = backup_copy(path, now=now)
        if backup is not None:
            backups.append(backup)
        atomic_write(path, data)
    except OSError as exc:
        raise write_error(exc, path) from exc


def check_profile_files(folder: Path) -> None:
    """Raise ``ThunderbirdError(NOT_REGULAR_FILE)`` when prefs.js or logins.json is anything but
    a regular file (a device, pipe, folder or link is never read or replaced)."""
    for name in (PREFS_FILE, LOGINS_FILE):
        try:
            ensure_replaceable(folder / name)
        except OSError as exc:
            raise write_error(exc, folder) from exc


def _remove_stale_temporaries(folder: Path) -> None:
    """Temporary files a killed earlier run may have left (we hold the lock: none is live)."""
    for name in (PREFS_FILE, LOGINS_FILE):
        for stale in folder.glob(f".{name}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()


def write_account(
    account: Account,
    profile: Profile | Path | str,
    *,
    password: str | None = None,
    trusted_certificates: Sequence[TrustedCertificate] = (),
    nss_dirs: Sequence[Path] | None = None,
    certutil: str | None = None,
    now: datetime | None = None,
) -> WriteResult:
    """Merge ``account`` into the profile; store ``password`` and trust the certificates.

    ``nss_dirs`` are Thunderbird program folders whose NSS to prefer (default: the installed
    Thunderbird). Raises :class:`ThunderbirdError` (``RUNNING`` when Thunderbird has the
    profile open; nothing is written then)."""
    folder = profile.path if isinstance(profile, Profile) else Path(profile)
    if not folder.is_dir():
        raise ThunderbirdError(ThunderbirdProblem.NO_PROFILE, path=folder)
    now = now or datetime.now()
    account = usable_by_thunderbird(account)  # OAuth2 only where Thunderbird can sign in
    dirs = install_dirs() if nss_dirs is None else list(nss_dirs)
    backups: list[Path] = []
    with hold_profile_lock(folder):
        check_profile_files(folder)  # before reading: a file may be a pipe or a device
        _remove_stale_temporaries(folder)
        existing = read_profile_prefs(folder)
        merged = merge_account(existing, account, profile=folder)
        try:
            prefs_data = serialize_prefs(merged.prefs).encode("utf-8")
        except ValueError as exc:  # e.g. a NUL in the name: nothing is written
            raise ThunderbirdError(ThunderbirdProblem.UNSUPPORTED, detail=str(exc)) from exc
        targets = login_targets(account)
        outcome = PasswordOutcome.NOT_GIVEN
        if not targets:
            oauth = AuthMethod.OAUTH2 in (account.incoming.auth, account.outgoing.auth)
            outcome = PasswordOutcome.SIGN_IN_AT_START if oauth else PasswordOutcome.NOT_NEEDED
        added: list[str] = []
        updated: list[str] = []
        detail = ""
        if targets and password is not None:
            logins_path = folder / LOGINS_FILE
            data = read_logins(logins_path)
            try:
                with open_sdr(folder, install_dirs=dirs) as sdr:
                    added, updated = store_logins(
                        data, targets, password, sdr, int(time.time() * 1000)
                    )
            except PrimaryPasswordSet:
                outcome = PasswordOutcome.PRIMARY_PASSWORD
            except ThunderbirdError as exc:
                if exc.kind is not ThunderbirdProblem.NSS_UNAVAILABLE:
                    raise
                outcome, detail = PasswordOutcome.NSS_UNAVAILABLE, exc.detail
            else:
                _write(logins_path, dump_logins(data), now, backups)
                outcome = PasswordOutcome.STORED
        certificates: list[CertificateOutcome] = []
        if trusted_certificates:
            tool = certutil or find_certutil(dirs)
            certificates = trust_certificates(
                folder, trusted_certificates, certutil=tool, install_dirs=dirs
            )
        _write(folder / PREFS_FILE, prefs_data, now, backups)
    # Only what happened to the login (an enum value such as "stored"), never the secret.
    log.info("Thunderbird profile %s: %s %s, logins.json %s", folder, merged.account_key,
             "added" if merged.account_added else "updated", outcome.value)
    return WriteResult(
        profile=folder,
        account_key=merged.account_key,
        server_key=merged.server_key,
        identity_key=merged.identity_key,
        smtp_key=merged.smtp_key,
        account_added=merged.account_added,
        smtp_added=merged.smtp_added,
        local_folders_added=merged.local_folders_added,
        password=outcome,
        logins_added=tuple(added),
        logins_updated=tuple(updated),
        certificates=tuple(certificates),
        backups=tuple(backups),
        changed_prefs=merged.changed,
        detail=detail,
    )
