"""What every settings file shares: typed notices and errors, value checks, atomic writing.

Notices and errors carry a ``kind`` enum and an English sentence; the GUI words them by kind.
The value checks are the one place that decides what may go into a file: host names must be
real host names, user names and addresses must be single-line, and display names have any
line break or control character turned into a space (a name is never meant to hold one).
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import idna

from wizard.model import WizardError
from wizard.targets import files

_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")  # used with fullmatch
# C0/C1 controls, DEL, and the Unicode line and paragraph separators.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SPACES = re.compile(r"\s+")


class NoticeKind(StrEnum):
    """Something the user should know about a written file; the GUI words it by kind."""

    PASSWORD_ASKED_LATER = "password-asked-later"
    INCOMING_STARTTLS_MANUAL = "incoming-starttls-manual"
    UNENCRYPTED_SERVER = "unencrypted-server"
    NAME_ADJUSTED = "name-adjusted"
    NAME_NOT_ENCODABLE = "name-not-encodable"
    PROFILE_REPLACED = "profile-replaced"
    PROFILE_APPENDED = "profile-appended"
    NEW_OUTLOOK_UNSUPPORTED = "new-outlook-unsupported"
    EXCHANGE_SKIPPED = "exchange-skipped"
    AUTH_SUBSTITUTED = "auth-substituted"
    PASSWORD_INCLUDED = "password-included"
    PASSWORD_NOT_INCLUDED = "password-not-included"
    QR_LARGE = "qr-large"
    QR_SEVERAL_CODES = "qr-several-codes"
    SIGN_IN_ON_DEVICE = "sign-in-on-device"
    OUTLOOK_WILL_START = "outlook-will-start"
    OUTLOOK_IMPORTS_AT_NEXT_START = "outlook-imports-at-next-start"


_NOTICE_SENTENCES: dict[NoticeKind, str] = {
    NoticeKind.PASSWORD_ASKED_LATER: (
        "Outlook will ask for the password at the first send/receive; tick "
        "'Remember password' there so that it does not ask again."
    ),
    NoticeKind.INCOMING_STARTTLS_MANUAL: (
        "Outlook's profile file cannot say STARTTLS for the incoming server {subject}, so it is "
        "written as SSL/TLS, which keeps the password from going out unencrypted but will not "
        "connect: in Outlook open Account Settings, More Settings, Advanced, and set the incoming "
        "server's encrypted connection to STARTTLS (called TLS in older versions)."
    ),
    NoticeKind.UNENCRYPTED_SERVER: (
        "The server {subject} is used without encryption, so the password travels unprotected."
    ),
    NoticeKind.NAME_ADJUSTED: (
        "Line breaks and control characters in the name were replaced by spaces: '{subject}'."
    ),
    NoticeKind.NAME_NOT_ENCODABLE: (
        "The name '{subject}' cannot be written in this file's character set, so the e-mail "
        "address is used instead; you can change the name in the mail program."
    ),
    NoticeKind.PROFILE_REPLACED: (
        "Outlook will use a profile named '{subject}' holding this account; an older profile "
        "of that name is replaced, other profiles are kept."
    ),
    NoticeKind.PROFILE_APPENDED: (
        "The account is added to Outlook's default profile '{subject}'; the other accounts in "
        "it are kept."
    ),
    NoticeKind.NEW_OUTLOOK_UNSUPPORTED: (
        "The new Outlook for Windows cannot be set up from a file: add the account there "
        "yourself (Settings, Accounts, Add account) by typing the address."
    ),
    NoticeKind.EXCHANGE_SKIPPED: (
        "This file sets up the {subject} access; an Exchange (Business Mail, Microsoft 365) "
        "mailbox is set up by the mail program itself from the address."
    ),
    NoticeKind.AUTH_SUBSTITUTED: (
        "This format cannot use the server's preferred sign-in method, so {subject} is used."
    ),
    NoticeKind.PASSWORD_INCLUDED: (
        "The file contains the password in readable form: send it only over a safe channel "
        "and delete it once the account is set up."
    ),
    NoticeKind.PASSWORD_NOT_INCLUDED: (
        "This format has no place for a password, so it was not included; the mail program "
        "will ask for it."
    ),
    NoticeKind.QR_LARGE: (
        "QR code {subject} holds much data and may be hard to scan; show it large and sharp."
    ),
    NoticeKind.QR_SEVERAL_CODES: (
        "The accounts need {subject} QR codes; scan them one after another in Thunderbird."
    ),
    NoticeKind.SIGN_IN_ON_DEVICE: (
        "{subject} lets mail programs in only through its own sign-in page, which a profile "
        "cannot carry, so the profile holds no password: sign in on the device when it asks."
    ),
    NoticeKind.OUTLOOK_WILL_START: "Outlook is starting and imports the account now.",
    NoticeKind.OUTLOOK_IMPORTS_AT_NEXT_START: (
        "Outlook imports the account the next time it starts."
    ),
}


@dataclass(frozen=True, slots=True)
class Notice:
    """One thing to tell the user; ``subject`` is the host, name or number concerned."""

    kind: NoticeKind
    subject: str = ""

    @property
    def sentence(self) -> str:
        return _NOTICE_SENTENCES[self.kind].format(subject=self.subject)

    def __str__(self) -> str:
        return self.sentence


class ExportProblem(StrEnum):
    INVALID_HOSTNAME = "invalid-hostname"
    INVALID_USERNAME = "invalid-username"
    INVALID_ADDRESS = "invalid-address"
    INVALID_PASSWORD = "invalid-password"
    NOT_ENCODABLE = "not-encodable"
    NO_SERVER = "no-server"
    EXCHANGE_ONLY = "exchange-only"
    UNSUPPORTED_AUTH = "unsupported-auth"
    NON_ASCII_ADDRESS = "non-ascii-address"
    TOO_LARGE = "too-large"
    INVALID_VALUE = "invalid-value"
    PASSWORD_MISSING = "password-missing"
    WRITE_FAILED = "write-failed"
    NOT_REGULAR_FILE = "not-regular-file"
    MISSING_FIELD = "missing-field"
    MICROSOFT_SIGN_IN = "microsoft-sign-in"


_PROBLEM_SENTENCES: dict[ExportProblem, str] = {
    ExportProblem.INVALID_HOSTNAME: "'{subject}' is not a valid server name.",
    ExportProblem.INVALID_USERNAME: (
        "The user name for {subject} contains line breaks or control characters."
    ),
    ExportProblem.INVALID_ADDRESS: "The address '{subject}' cannot be written into this file.",
    ExportProblem.INVALID_PASSWORD: (
        "The password contains line breaks or control characters and cannot be written."
    ),
    ExportProblem.NOT_ENCODABLE: (
        "The {subject} contains characters that this file's character set cannot hold."
    ),
    ExportProblem.NO_SERVER: "The settings have no {subject} server to write.",
    ExportProblem.EXCHANGE_ONLY: (
        "This is an Exchange (Business Mail, Microsoft 365) account, which has no settings "
        "file: the mail program sets it up itself when you type the address {subject}."
    ),
    ExportProblem.UNSUPPORTED_AUTH: (
        "The server {subject} signs in with a method this format cannot express."
    ),
    ExportProblem.NON_ASCII_ADDRESS: (
        "Thunderbird for Android accepts only addresses in plain Latin letters, not '{subject}'."
    ),
    ExportProblem.TOO_LARGE: "The settings are too large for one QR code ({subject}).",
    ExportProblem.INVALID_VALUE: "The settings cannot be written: {subject}",
    ExportProblem.PASSWORD_MISSING: (
        "A password was asked to be included, but none was given."
    ),
    ExportProblem.WRITE_FAILED: "The file could not be written: {subject}.",
    ExportProblem.NOT_REGULAR_FILE: "{subject} is not a regular file, so it was not replaced.",
    ExportProblem.MICROSOFT_SIGN_IN: (
        "Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, which "
        "opens Microsoft's sign-in page: no profile file is needed for {subject}."
    ),
    ExportProblem.MISSING_FIELD: (
        "The provider's settings need a value for {subject} (such as a login name), "
        "which was not given."
    ),
}


class ExportError(WizardError):
    """A settings file cannot be made; ``kind`` says why, ``subject`` names the value."""

    def __init__(self, kind: ExportProblem, subject: str = "") -> None:
        self.kind = kind
        self.subject = subject
        super().__init__(_PROBLEM_SENTENCES[kind].format(subject=subject))


# --------------------------------------------------------------------------- value checks


def check_hostname(hostname: str) -> str:
    """The host name in ASCII (IDNA) form, or an IP address; raises ``ExportError``."""
    name = hostname.strip().rstrip(".")
    if not name or _CONTROL.search(name) or len(name) > 253:
        raise ExportError(ExportProblem.INVALID_HOSTNAME, _printable(hostname))
    with contextlib.suppress(ValueError):
        return str(ipaddress.ip_address(name.strip("[]")))
    try:
        ascii_name = idna.encode(name, uts46=True).decode("ascii").lower()
    except (idna.IDNAError, UnicodeError):
        raise ExportError(ExportProblem.INVALID_HOSTNAME, _printable(hostname)) from None
    if not all(_LABEL.fullmatch(label) for label in ascii_name.split(".")):
        raise ExportError(ExportProblem.INVALID_HOSTNAME, _printable(hostname))
    return ascii_name


def check_username(username: str, hostname: str) -> str:
    if _CONTROL.search(username):
        raise ExportError(ExportProblem.INVALID_USERNAME, hostname)
    return username


def check_password(password: str) -> str:
    if _CONTROL.search(password):
        raise ExportError(ExportProblem.INVALID_PASSWORD)
    return password


def is_single_line(text: str) -> bool:
    """No line break (including U+2028/U+2029) and no control character."""
    return not _CONTROL.search(text)


def clean_name(name: str) -> tuple[str, bool]:
    """A display name on one line: controls become spaces, runs of spaces collapse.

    Returns the cleaned name and whether it differs from the input (beyond outer spaces)."""
    cleaned = _SPACES.sub(" ", _CONTROL.sub(" ", name)).strip()
    return cleaned, cleaned != name.strip()


def _printable(text: str) -> str:
    return _CONTROL.sub("?", text)[:80]


# --------------------------------------------------------------------------- writing


def check_output(path: Path) -> None:
    """Raise ``ExportError(NOT_REGULAR_FILE)`` unless ``path`` is a new name or a regular file
    (a front end checks this before it proves anything, ``atomic_write`` again)."""
    try:
        files.ensure_replaceable(path)
    except files.NotARegularFile:
        raise ExportError(ExportProblem.NOT_REGULAR_FILE, str(path)) from None


def atomic_write(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename,
    so a reader never sees half a file; only a regular file or a new name is replaced.
    ``private`` files (with a password) get mode 0600."""
    try:
        files.atomic_write(path, data, mode=0o600 if private else None, new_mode=0o666)
    except files.NotARegularFile:
        raise ExportError(ExportProblem.NOT_REGULAR_FILE, str(path)) from None
    except OSError as exc:
        raise ExportError(ExportProblem.WRITE_FAILED, f"{path} ({exc.strerror or exc})") from None
