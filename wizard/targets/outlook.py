"""Classic Outlook for Windows: the PRF profile file, applying it, and Exchange guidance.

Facts: ``reference/outlook-apple-and-others.md`` §1. A PRF is INI text in the ANSI code page
with CRLF line ends and no BOM. It holds sections 1, 3, 5 and 7 only (no PST service and no
``DefaultStore``), the section-7 mapping blocks copied from the 2010+ generation, and never a
password: Outlook asks for it at the first send/receive. INI has no escaping, so every value
is checked to be one line (names are cleaned, user names and hosts refused) before writing.

Exchange and Microsoft 365 mailboxes get no PRF (Outlook 2016+ refuses Exchange PRFs); the
user is told to type the address into Outlook, which finds the server through Autodiscover.
Outlook.com and Microsoft 365 accounts sign in at Microsoft (OAuth2), which a PRF cannot say:
they get no PRF either, and the user is sent to Outlook's own account setup.
"""

from __future__ import annotations

import codecs
import contextlib
import locale
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol as TypingProtocol

from wizard.model import (
    Account,
    AccountConfig,
    AuthMethod,
    EmailAddress,
    Protocol,
    Security,
    ServerSettings,
    WizardError,
)
from wizard.targets.exports.accounts import file_account
from wizard.targets.exports.common import (
    ExportError,
    ExportProblem,
    Notice,
    NoticeKind,
    check_hostname,
    check_username,
    clean_name,
)
from wizard.targets.thunderbird.oauth import thunderbird_oauth_issuer

DEFAULT_ENCODING = "cp1252"
MICROSOFT_ISSUER = "login.microsoftonline.com"
SERVER_TIMEOUT_SECONDS = 60

# PROP_POP_LEAVE_ON_SERVER flags (Account Management API constants).
LEAVE_ON_SERVER = 0x1
REMOVE_AFTER = 0x2
# PROP_SMTP_SECURE_CONNECTION values (ENCRYPT_CONN_*).
_SMTP_SECURE = {Security.PLAIN: 0, Security.SSL: 1, Security.STARTTLS: 2}
# PROP_SMTP_AUTH_METHOD values (SMTP_AUTH_*).
SMTP_AUTH_SAME_AS_INCOMING = 0
SMTP_AUTH_OWN_LOGIN = 1
SMTP_AUTH_INCOMING_FIRST = 2

_INCOMING_AUTH = (AuthMethod.PASSWORD_CLEARTEXT, AuthMethod.PASSWORD_ENCRYPTED, AuthMethod.NTLM)
_SMTP_AUTH = (
    *_INCOMING_AUTH,
    AuthMethod.NONE,
    AuthMethod.CLIENT_IP,
    AuthMethod.SMTP_AFTER_POP,
)

# Section 7: the mapping blocks, verbatim from the 2010+ OCT output (reference §1.6).
_COMMON_MAP_HEAD = (
    ("AccountName", "PT_UNICODE,0x0002"),
    ("DisplayName", "PT_UNICODE,0x000B"),
    ("EmailAddress", "PT_UNICODE,0x000C"),
)
_COMMON_MAP_TAIL = (
    ("Organization", "PT_UNICODE,0x0107"),
    ("ReplyEmailAddress", "PT_UNICODE,0x0103"),
)
_SMTP_MAP = (
    ("SMTPServer", "PT_UNICODE,0x0200"),
    ("SMTPUseAuth", "PT_LONG,0x0203"),
    ("SMTPAuthMethod", "PT_LONG,0x0208"),
    ("SMTPUserName", "PT_UNICODE,0x0204"),
    ("SMTPUseSPA", "PT_LONG,0x0207"),
    ("ConnectionType", "PT_LONG,0x000F"),
    ("ConnectionOID", "PT_UNICODE,0x0010"),
    ("SMTPPort", "PT_LONG,0x0201"),
    ("SMTPSecureConnection", "PT_LONG,0x020A"),
    ("ServerTimeOut", "PT_LONG,0x0209"),
)


def _mapping(prefix: str) -> tuple[tuple[str, str], ...]:
    return (
        *_COMMON_MAP_HEAD,
        (f"{prefix}Server", "PT_UNICODE,0x0100"),
        (f"{prefix}UserName", "PT_UNICODE,0x0101"),
        (f"{prefix}UseSPA", "PT_LONG,0x0108"),
        *_COMMON_MAP_TAIL,
        (f"{prefix}Port", "PT_LONG,0x0104"),
        (f"{prefix}UseSSL", "PT_LONG,0x0105"),
        *_SMTP_MAP,
    )


_POP3_BLOCK = (
    ("AccountType", "POP3"),
    *_mapping("POP3"),
    ("LeaveOnServer", "PT_LONG,0x1000"),
)
_IMAP_BLOCK = (
    ("AccountType", "IMAP"),
    *_mapping("IMAP"),
    ("CheckNewImap", "PT_LONG,0x1100"),
    ("RootFolder", "PT_UNICODE,0x1101"),
)
# protocol -> (section-3 token = section-7 name, key prefix, mapping block)
_KINDS = {
    Protocol.POP3: ("I_Mail", "POP3", _POP3_BLOCK),
    Protocol.IMAP: ("IMAP_I_Mail", "IMAP", _IMAP_BLOCK),
}


class ProfileMode(StrEnum):
    """``SEPARATE``: a profile of its own (named after the address), made the default and
    replaced on a re-run. ``ADD_TO_DEFAULT``: the account is appended to the default profile."""

    SEPARATE = "separate"
    ADD_TO_DEFAULT = "add-to-default"


@dataclass(frozen=True, slots=True)
class PrfResult:
    """A PRF ready to save: the bytes, the encoding used and what to tell the user."""

    data: bytes
    encoding: str
    profile_name: str
    notices: tuple[Notice, ...]


@dataclass(frozen=True, slots=True)
class AutodiscoverSetup:
    """No file for this account: Outlook sets up Exchange / Microsoft 365 mailboxes itself.
    ``microsoft_sign_in``: an Outlook.com or Microsoft 365 account, added through Outlook's own
    account setup, which opens Microsoft's sign-in page."""

    address: str
    username: str = ""
    server: str = ""
    microsoft_sign_in: bool = False

    @property
    def instructions(self) -> str:
        """What to do, as English sentences (the GUI words it from the fields)."""
        if self.microsoft_sign_in:
            return (
                "Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, "
                f"which opens Microsoft's sign-in page: in Outlook choose File, Add Account and "
                f"type {self.address}; no profile file is needed."
            )
        text = (
            "Outlook sets up this Exchange (Business Mail, Microsoft 365) account itself: in "
            f"Outlook choose File, Add Account, type {self.address} and then your password; "
            "Outlook finds the server through Autodiscover."
        )
        if self.username and self.username != self.address:
            text += f" If Outlook asks for a user name, type {self.username}."
        if self.server:
            text += f" If Outlook asks for a server, type {self.server}."
        return text


def ansi_encoding() -> str:
    """The code page Outlook reads a PRF in: the system's ANSI code page on Windows."""
    if sys.platform == "win32":
        return locale.getencoding()
    return DEFAULT_ENCODING


# Every character a PRF's keys and numbers are made of; "ANSI" code pages keep them as they are.
_ASCII_TEXT = "".join(map(chr, range(32, 127))) + "\r\n"


def is_prf_encoding(name: str) -> bool:
    """Whether ``name`` is a text encoding that writes ASCII as ASCII (a Windows code page,
    Latin-1, UTF-8 …): not ``rot13``, ``base64``, ``idna``, UTF-16 or EBCDIC."""
    try:
        if codecs.lookup(name).name.endswith("unicode-escape"):
            return False  # writes other characters as \uXXXX
        return _ASCII_TEXT.encode(name) == _ASCII_TEXT.encode("ascii")
    except (LookupError, UnicodeError):  # LookupError too for bytes-to-bytes codecs
        return False


# --------------------------------------------------------------------------- making the PRF


def make_prf(account: Account, *, encoding: str | None = None) -> bytes:
    """The PRF bytes for ``account`` (see ``build_prf``)."""
    return build_prf(account, encoding=encoding).data


def build_prf(
    account: Account,
    *,
    encoding: str | None = None,
    mode: ProfileMode = ProfileMode.SEPARATE,
    profile_name: str | None = None,
) -> PrfResult:
    """The PRF for an IMAP or POP3 account with SMTP, and the notices for the user.

    ``encoding`` defaults to ``ansi_encoding()``. A name the encoding cannot hold falls back
    to the address (with a notice); an address, user name or host it cannot hold raises
    ``ExportError(NOT_ENCODABLE)``. Exchange accounts raise ``ExportError(EXCHANGE_ONLY)``."""
    encoding = encoding or ansi_encoding()
    if not is_prf_encoding(encoding):
        raise ExportError(ExportProblem.INVALID_VALUE, f"{encoding} is not a character set for a PRF.")
    incoming, outgoing = account.incoming, account.outgoing
    if incoming.protocol is Protocol.EXCHANGE:
        raise ExportError(ExportProblem.EXCHANGE_ONLY, account.address.address)
    if incoming.protocol not in _KINDS:
        raise ExportError(ExportProblem.NO_SERVER, "incoming (IMAP or POP3)")
    if outgoing.protocol is not Protocol.SMTP:
        raise ExportError(ExportProblem.NO_SERVER, "outgoing (SMTP)")
    token, prefix, block = _KINDS[incoming.protocol]
    notices: list[Notice] = []
    address = _encodable(account.address.address, encoding, "e-mail address")

    display_name, changed = clean_name(account.real_name)
    if changed:
        notices.append(Notice(NoticeKind.NAME_ADJUSTED, display_name))
    if not _can_encode(display_name, encoding):
        notices.append(Notice(NoticeKind.NAME_NOT_ENCODABLE, display_name))
        display_name = address

    in_host = _encodable(check_hostname(incoming.hostname), encoding, "server name")
    out_host = _encodable(check_hostname(outgoing.hostname), encoding, "server name")
    in_user = _ini_username(incoming, encoding)
    out_user = _ini_username(outgoing, encoding)
    in_auth = _pick_auth(incoming, _INCOMING_AUTH, notices)
    out_auth = _pick_auth(outgoing, _SMTP_AUTH, notices)

    if incoming.security is Security.STARTTLS:
        # PROP_INET_SSL is only "SSL or not"; fail closed rather than send a password in clear.
        notices.append(Notice(NoticeKind.INCOMING_STARTTLS_MANUAL, in_host))
    for server, host in ((incoming, in_host), (outgoing, out_host)):
        if server.security is Security.PLAIN and server.auth.uses_password:
            notices.append(Notice(NoticeKind.UNENCRYPTED_SERVER, host))

    if mode is ProfileMode.SEPARATE:
        name = _encodable(clean_name(profile_name or address)[0], encoding, "profile name")
        general = [
            ("Custom", "1"),
            ("ProfileName", name),
            ("DefaultProfile", "Yes"),
            ("OverwriteProfile", "Yes"),
            ("ModifyDefaultProfileIfPresent", "FALSE"),
            ("BackupProfile", "No"),
        ]
        notices.append(Notice(NoticeKind.PROFILE_REPLACED, name))
    else:
        name = _encodable(clean_name(profile_name or "Outlook")[0], encoding, "profile name")
        general = [
            ("Custom", "1"),
            ("ProfileName", name),
            ("DefaultProfile", "Yes"),
            ("OverwriteProfile", "Append"),
            ("ModifyDefaultProfileIfPresent", "TRUE"),
            ("BackupProfile", "No"),
        ]
        notices.append(Notice(NoticeKind.PROFILE_APPENDED, name))

    smtp_uses_auth = out_auth not in (AuthMethod.NONE, AuthMethod.CLIENT_IP)
    if out_auth is AuthMethod.SMTP_AFTER_POP:
        smtp_method = SMTP_AUTH_INCOMING_FIRST
    elif smtp_uses_auth and out_user != in_user:
        smtp_method = SMTP_AUTH_OWN_LOGIN
    else:
        smtp_method = SMTP_AUTH_SAME_AS_INCOMING

    account_keys: list[tuple[str, str]] = [
        ("UniqueService", "No"),
        ("AccountName", address),
    ]
    if display_name:
        account_keys.append(("DisplayName", display_name))
    account_keys += [
        ("EmailAddress", address),
        (f"{prefix}Server", in_host),
        (f"{prefix}UserName", in_user),
        (f"{prefix}UseSPA", _flag(in_auth is AuthMethod.NTLM)),
        (f"{prefix}Port", str(incoming.port)),
        (f"{prefix}UseSSL", _flag(incoming.security is not Security.PLAIN)),
        ("SMTPServer", out_host),
        ("SMTPUseAuth", _flag(smtp_uses_auth)),
        ("SMTPAuthMethod", str(smtp_method)),
    ]
    if smtp_method == SMTP_AUTH_OWN_LOGIN:
        account_keys.append(("SMTPUserName", out_user))
    account_keys += [
        ("SMTPUseSPA", _flag(out_auth is AuthMethod.NTLM)),
        ("ConnectionType", "0"),
        ("SMTPPort", str(outgoing.port)),
        ("SMTPSecureConnection", str(_SMTP_SECURE[outgoing.security])),
        ("ServerTimeOut", str(SERVER_TIMEOUT_SECONDS)),
    ]
    if incoming.protocol is Protocol.POP3:
        account_keys.append(("LeaveOnServer", f"0x{_leave_on_server(incoming):x}"))
    else:
        account_keys.append(("CheckNewImap", "1"))
    account_keys.append(("DefaultAccount", "TRUE"))

    notices.append(Notice(NoticeKind.PASSWORD_ASKED_LATER))
    notices.append(Notice(NoticeKind.NEW_OUTLOOK_UNSUPPORTED))
    sections: list[tuple[str, Sequence[tuple[str, str]]]] = [
        ("General", general),
        ("Internet Account List", [("Account1", token)]),
        ("Account1", account_keys),
        (token, block),
    ]
    text = "\r\n\r\n".join(
        "\r\n".join([f"[{title}]", *(f"{key}={value}" for key, value in keys)])
        for title, keys in sections
    ) + "\r\n"
    return PrfResult(
        data=text.encode(encoding), encoding=encoding, profile_name=name, notices=tuple(notices)
    )


def _flag(value: bool) -> str:
    return "1" if value else "0"


def _can_encode(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _encodable(text: str, encoding: str, what: str) -> str:
    if not _can_encode(text, encoding):
        raise ExportError(ExportProblem.NOT_ENCODABLE, what)
    return text


def _ini_username(server: ServerSettings, encoding: str) -> str:
    """INI values lose surrounding spaces, so such a user name cannot be written either."""
    username = check_username(server.username, server.hostname)
    if username != username.strip():
        raise ExportError(ExportProblem.INVALID_USERNAME, server.hostname)
    return _encodable(username, encoding, "user name")


def _pick_auth(
    server: ServerSettings, supported: Sequence[AuthMethod], notices: list[Notice]
) -> AuthMethod:
    method = next((m for m in server.auth_methods if m in supported), None)
    if method is None:
        raise ExportError(ExportProblem.UNSUPPORTED_AUTH, server.hostname)
    if method is not server.auth:
        notices.append(Notice(NoticeKind.AUTH_SUBSTITUTED, method.value))
    return method


def _leave_on_server(server: ServerSettings) -> int:
    # "Not said" means our default: keep a copy (the seeds ask for it when POP is shared).
    if server.leave_on_server is False:
        return 0
    flags = LEAVE_ON_SERVER
    if server.days_to_leave:
        flags |= REMOVE_AFTER | (min(server.days_to_leave, 0xFFFF) << 16)
    return flags


# --------------------------------------------------------------------------- choosing


def plan_outlook(
    config: AccountConfig,
    address: EmailAddress,
    real_name: str = "",
    *,
    protocol: Protocol | None = None,
    encoding: str | None = None,
    mode: ProfileMode = ProfileMode.SEPARATE,
    extra: Mapping[str, str] | None = None,
) -> PrfResult | AutodiscoverSetup:
    """What to do for classic Outlook: a PRF, or Autodiscover guidance for Exchange.

    The preferred incoming server decides unless ``protocol`` names one; an account that
    signs in at Microsoft (``signs_in_at_microsoft``) always gets Outlook's own setup."""
    expanded = config.expanded(address, real_name, extra)
    if signs_in_at_microsoft(expanded):
        return AutodiscoverSetup(address=address.address, microsoft_sign_in=True)
    wanted = protocol or (expanded.incoming[0].protocol if expanded.incoming else None)
    if wanted is Protocol.EXCHANGE:
        exchange = next((s for s in expanded.incoming if s.protocol is Protocol.EXCHANGE), None)
        return AutodiscoverSetup(
            address=address.address,
            username=exchange.username if exchange else "",
            server=exchange.hostname if exchange else "",
        )
    account, notices = file_account(config, address, real_name, protocol=protocol, extra=extra)
    result = build_prf(account, encoding=encoding, mode=mode)
    return PrfResult(
        data=result.data,
        encoding=result.encoding,
        profile_name=result.profile_name,
        notices=notices + result.notices,
    )


def signs_in_at_microsoft(config: AccountConfig) -> bool:
    """Whether the account is an Outlook.com or Microsoft 365 one: its servers take OAuth2 and
    Microsoft issues the tokens (the settings' ``<oAuth2>``, else the host names)."""
    servers = (*config.incoming, *config.outgoing)
    if not any(AuthMethod.OAUTH2 in s.auth_methods for s in servers):
        return False
    if config.oauth2 is not None:
        return config.oauth2.issuer == MICROSOFT_ISSUER
    return any(thunderbird_oauth_issuer(s.hostname, s.protocol) == MICROSOFT_ISSUER for s in servers)


# --------------------------------------------------------------------------- applying


class OutlookProblem(StrEnum):
    NEEDS_WINDOWS = "needs-windows"
    NOT_FOUND = "not-found"
    RUNNING = "running"
    NOT_A_FILE = "not-a-file"
    FAILED = "failed"


_OUTLOOK_SENTENCES = {
    OutlookProblem.NEEDS_WINDOWS: (
        "Applying an Outlook profile needs Windows; copy the .prf file to the Windows computer "
        "and apply it there."
    ),
    OutlookProblem.NOT_FOUND: "Classic Outlook is not installed on this computer.",
    OutlookProblem.RUNNING: "Outlook is running: close it and try again.",
    OutlookProblem.NOT_A_FILE: "The profile file {subject} does not exist.",
    OutlookProblem.FAILED: "Outlook could not be given the profile: {subject}.",
}


class OutlookError(WizardError):
    def __init__(self, kind: OutlookProblem, subject: str = "") -> None:
        self.kind = kind
        self.subject = subject
        super().__init__(_OUTLOOK_SENTENCES[kind].format(subject=subject))


class ApplyMethod(StrEnum):
    AUTO = "auto"
    COMMAND_LINE = "command-line"  # outlook.exe /importprf FILE: Outlook starts and imports
    REGISTRY = "registry"  # ImportPRF value: imported at Outlook's next start


@dataclass(frozen=True, slots=True)
class ApplyResult:
    method: ApplyMethod
    outlook: Path | None
    office_version: str | None
    notices: tuple[Notice, ...]


class OutlookSystem(TypingProtocol):
    """The Windows side of applying a PRF; injected so the logic is testable anywhere."""

    def outlook_exe(self) -> Path | None: ...
    def office_version(self) -> str | None: ...
    def is_running(self) -> bool: ...
    def start_import(self, exe: Path, prf: Path) -> None: ...
    def set_import_prf(self, version: str, prf: Path) -> None: ...


def apply_prf(
    path: Path | str,
    *,
    method: ApplyMethod = ApplyMethod.AUTO,
    system: OutlookSystem | None = None,
    platform: str = sys.platform,
) -> ApplyResult:
    """Hand a PRF to classic Outlook; refuses while Outlook runs. Raises ``OutlookError``."""
    if platform != "win32":
        raise OutlookError(OutlookProblem.NEEDS_WINDOWS)
    prf = Path(path).resolve()
    if not prf.is_file():
        raise OutlookError(OutlookProblem.NOT_A_FILE, str(prf))
    outlook = system if system is not None else WindowsOutlook()
    if outlook.is_running():
        raise OutlookError(OutlookProblem.RUNNING)
    exe = outlook.outlook_exe()
    version = outlook.office_version()
    if method is ApplyMethod.AUTO:
        method = ApplyMethod.COMMAND_LINE if exe else ApplyMethod.REGISTRY
    try:
        if method is ApplyMethod.COMMAND_LINE:
            if exe is None:
                raise OutlookError(OutlookProblem.NOT_FOUND)
            outlook.start_import(exe, prf)
            notice = Notice(NoticeKind.OUTLOOK_WILL_START)
        else:
            if version is None:
                raise OutlookError(OutlookProblem.NOT_FOUND)
            outlook.set_import_prf(version, prf)
            notice = Notice(NoticeKind.OUTLOOK_IMPORTS_AT_NEXT_START)
    except OSError as exc:
        raise OutlookError(OutlookProblem.FAILED, exc.strerror or str(exc)) from None
    return ApplyResult(
        method=method,
        outlook=exe,
        office_version=version,
        notices=(notice, Notice(NoticeKind.PASSWORD_ASKED_LATER)),
    )


_APP_PATH = r"SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\OUTLOOK.EXE"
_KNOWN_VERSIONS = ("16.0", "15.0", "14.0")


class WindowsOutlook:
    """Finds classic Outlook through the registry (``winreg``, imported only on Windows)."""

    def outlook_exe(self) -> Path | None:
        if sys.platform != "win32":
            return None
        import winreg

        for root in (winreg.HKEY_CURRENT_USER, winreg.HKEY_LOCAL_MACHINE):
            for view in (winreg.KEY_WOW64_64KEY, winreg.KEY_WOW64_32KEY):
                try:
                    with winreg.OpenKey(root, _APP_PATH, 0, winreg.KEY_READ | view) as key:
                        value, _ = winreg.QueryValueEx(key, "")
                except OSError:
                    continue
                exe = Path(str(value).strip('"'))
                if exe.is_file():
                    return exe
        return None

    def office_version(self) -> str | None:
        if sys.platform != "win32":
            return None
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"Outlook.Application\CurVer") as key:
                value, _ = winreg.QueryValueEx(key, "")
            major = str(value).rsplit(".", 1)[-1]
            if major.isdigit():
                return f"{major}.0"
        except OSError:
            pass
        for version in _KNOWN_VERSIONS:
            try:
                winreg.OpenKey(
                    winreg.HKEY_CURRENT_USER, rf"Software\Microsoft\Office\{version}\Outlook"
                ).Close()
            except OSError:
                continue
            return version
        return None

    def is_running(self) -> bool:
        if sys.platform != "win32":
            return False
        completed = subprocess.run(
            ["tasklist", "/FI", "IMAGENAME eq OUTLOOK.EXE", "/FO", "CSV", "/NH"],
            capture_output=True,
            text=True,
            check=False,
            creationflags=subprocess.CREATE_NO_WINDOW,
        )
        return "outlook.exe" in completed.stdout.lower()

    def start_import(self, exe: Path, prf: Path) -> None:
        if sys.platform != "win32":
            raise OSError("not Windows")
        subprocess.Popen(
            [str(exe), "/importprf", str(prf)],
            close_fds=True,
            creationflags=subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP,
        )

    def set_import_prf(self, version: str, prf: Path) -> None:
        if sys.platform != "win32":
            raise OSError("not Windows")
        import winreg

        setup = rf"Software\Microsoft\Office\{version}\Outlook\Setup"
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, setup, 0, winreg.KEY_ALL_ACCESS) as key:
            winreg.SetValueEx(key, "ImportPRF", 0, winreg.REG_SZ, str(prf))
            # Either value makes Outlook ignore ImportPRF without a word (reference §1.9).
            for name in ("FirstRun", "First-Run"):
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, name)
