"""The one table that turns kinds (problems, sources, states, failures, hints) into words,
for the window and the command line alike.

The core and the flow report kinds; only this module holds the sentences. Strings are marked
with ``QT_TRANSLATE_NOOP`` so that lupdate finds them, and translated when shown, so a
language switch needs no rebuilt tables. No Qt here: ``wizard.i18n.translate`` asks the
translator in use, ``QCoreApplication.translate`` in the window, the compiled ``.qm`` file of
the system language (``wizard.i18n.QmTranslations``) on the command line. Sentences that name
the program have it as a placeholder, filled with ``wizard.i18n.product_name()``: Mail Wizard,
or the brand's short name in an ISP's own edition.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from wizard.flow.rules import PageProblem, PageState
from wizard.i18n import brand_name, product_name, translate
from wizard.model import AuthMethod, Protocol, Security, ServerSettings, Source, Trust

CONTEXT = "Texts"


def arg(text: str, *values: object) -> str:
    """Qt's ``%1`` … ``%9`` placeholders filled in one pass (a value may contain "%2")."""
    return re.sub(
        r"%([1-9])",
        lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values) else m.group(0),
        text,
    )


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; it is translated when shown."""
    return text


def tr(text: str, n: int = -1) -> str:
    return translate(CONTEXT, text, None, n)


def _key(value: Any) -> str:
    """An enum member, its value or its name, as the lower-case key of these tables."""
    raw = getattr(value, "value", value)
    if not isinstance(raw, str):
        raw = getattr(value, "name", str(value))
    return str(raw).lower().replace("_", "-")


def _lookup(table: Mapping[str, str], value: Any, fallback: str) -> str:
    key = _key(value)
    if key not in table and hasattr(value, "name"):
        key = str(value.name).lower().replace("_", "-")
    return tr(table.get(key, fallback))


# -- page problems -------------------------------------------------------------------------

PROBLEMS: dict[PageProblem, str] = {
    PageProblem.ADDRESS_EMPTY: QT_TRANSLATE_NOOP(
        "Texts", "Type your e-mail address, or find your provider in the list."
    ),
    PageProblem.ADDRESS_INVALID: QT_TRANSLATE_NOOP("Texts", "This is not a complete e-mail address yet."),
    PageProblem.ADDRESS_OUTSIDE: QT_TRANSLATE_NOOP("Texts", "This setup is for addresses at %1."),
    PageProblem.PASSWORD_EMPTY: QT_TRANSLATE_NOOP("Texts", "Type the password of this address."),
    PageProblem.SIGN_IN_NEEDED: QT_TRANSLATE_NOOP(
        "Texts", "Sign in with %1 first, or use an app password instead."
    ),
    PageProblem.INPUT_MISSING: QT_TRANSLATE_NOOP("Texts", "Your provider also needs: %1."),
    PageProblem.INPUT_INVALID: QT_TRANSLATE_NOOP(
        "Texts", "%1: type it on one line, without tabs or other control characters."
    ),
    PageProblem.NOT_STARTED: QT_TRANSLATE_NOOP("Texts", "Not started yet."),
    PageProblem.NOTHING_FOUND: QT_TRANSLATE_NOOP(
        "Texts",
        "No settings were found for this address. Enter them yourself; your provider's help pages list them.",
    ),
    PageProblem.DETECTION_FAILED: QT_TRANSLATE_NOOP(
        "Texts", "The search for the settings failed. Try again, or enter them yourself."
    ),
    PageProblem.DETECTION_CANCELLED: QT_TRANSLATE_NOOP(
        "Texts", "The search was stopped. Search again, or enter the settings yourself."
    ),
    PageProblem.OFFLINE: QT_TRANSLATE_NOOP(
        "Texts",
        "This computer seems to be offline: no name server answered. Check the Internet "
        "connection, then click Search again.",
    ),
    PageProblem.NO_SUCH_DOMAIN: QT_TRANSLATE_NOOP(
        "Texts", "The domain %1 does not exist. Is there a typing error in the address?"
    ),
    PageProblem.NO_SERVERS: QT_TRANSLATE_NOOP(
        "Texts", "There are no servers to use yet. Enter them yourself."
    ),
    PageProblem.MANUAL_INVALID: QT_TRANSLATE_NOOP("Texts", "Check the highlighted field."),
    PageProblem.CONFIRM_FOREIGN: QT_TRANSLATE_NOOP(
        "Texts", "Confirm that you trust %1 with your mail before you continue."
    ),
    PageProblem.CONFIRM_SOURCE: QT_TRANSLATE_NOOP(
        "Texts", "Confirm that these settings are your provider's before you continue."
    ),
    PageProblem.CONFIRM_PLAINTEXT: QT_TRANSLATE_NOOP(
        "Texts", "The server %1 does not encrypt the connection. Decide whether to use it."
    ),
    PageProblem.VERIFY_FAILED: QT_TRANSLATE_NOOP(
        "Texts", "The settings do not work yet. See what to do above."
    ),
    PageProblem.VERIFY_ERROR: QT_TRANSLATE_NOOP("Texts", "The check itself failed unexpectedly. Try again."),
    PageProblem.NO_TARGET: QT_TRANSLATE_NOOP("Texts", "Choose at least one place."),
    PageProblem.NO_PROFILE: QT_TRANSLATE_NOOP("Texts", "Choose a Thunderbird profile."),
    PageProblem.PROFILE_LOCKED: QT_TRANSLATE_NOOP(
        "Texts", "Thunderbird is running. Close it, then click Check again."
    ),
    PageProblem.NO_EXPORT: QT_TRANSLATE_NOOP("Texts", "Save the settings file first, or untick that choice."),
}

MANUAL_FIELDS: dict[str, str] = {
    "incoming-host": QT_TRANSLATE_NOOP("Texts", "The incoming server's name is not valid."),
    "incoming-port": QT_TRANSLATE_NOOP("Texts", "The incoming port must be 1 to 65535."),
    "incoming-username": QT_TRANSLATE_NOOP("Texts", "Type the user name for incoming mail."),
    "outgoing-host": QT_TRANSLATE_NOOP("Texts", "The outgoing server's name is not valid."),
    "outgoing-port": QT_TRANSLATE_NOOP("Texts", "The outgoing port must be 1 to 65535."),
    "outgoing-username": QT_TRANSLATE_NOOP("Texts", "Type the user name for outgoing mail."),
}

ADDRESS_PROBLEMS: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("Texts", "Please type an e-mail address."),
    "no-at": QT_TRANSLATE_NOOP("Texts", "An e-mail address has the form name@example.com."),
    "local-part": QT_TRANSLATE_NOOP("Texts", "The part before the @ is not valid."),
    "domain": QT_TRANSLATE_NOOP("Texts", "The part after the @ is not a complete domain name."),
    "too-long": QT_TRANSLATE_NOOP("Texts", "This address is too long."),
}


def problem_text(state: PageState, labels: Mapping[str, str] | None = None) -> str:
    """The sentence for a page's problem ("" when the page is fine)."""
    if state.problem is None:
        return ""
    if state.problem is PageProblem.ADDRESS_INVALID:
        return _lookup(ADDRESS_PROBLEMS, state.detail, PROBLEMS[state.problem])
    if state.problem is PageProblem.MANUAL_INVALID:
        return _lookup(MANUAL_FIELDS, state.detail, PROBLEMS[state.problem])
    text = tr(PROBLEMS[state.problem])
    if "%1" in text:
        detail = (labels or {}).get(state.detail, state.detail)
        text = text.replace("%1", detail)
    return text


# -- discovery -----------------------------------------------------------------------------

SOURCES: dict[str, str] = {
    Source.CATALOG: QT_TRANSLATE_NOOP("Texts", "%1's own provider list"),  # %1: the program
    Source.ADMIN: QT_TRANSLATE_NOOP("Texts", "Your administrator's provider list"),
    Source.ISP: QT_TRANSLATE_NOOP("Texts", "Your provider's website"),
    Source.ISPDB: QT_TRANSLATE_NOOP("Texts", "Thunderbird's provider database"),
    Source.MX: QT_TRANSLATE_NOOP("Texts", "The mail servers named for your domain"),
    Source.SRV: QT_TRANSLATE_NOOP("Texts", "Service records of your domain"),
    Source.AUTODISCOVER: QT_TRANSLATE_NOOP("Texts", "Microsoft Autodiscover"),
    Source.ISP_HTTP: QT_TRANSLATE_NOOP("Texts", "Your provider's website (unencrypted)"),
    Source.GUESS: QT_TRANSLATE_NOOP("Texts", "Trying the usual server names"),
    Source.MANUAL: QT_TRANSLATE_NOOP("Texts", "Entered by you"),
    Source.FILE: QT_TRANSLATE_NOOP("Texts", "A settings file"),
}
# A brand's providers reach the core as an administrator's files (their rank, and "admin" in
# ``--json``); the user knows them as the brand's own list. %1: the brand's short name.
BRAND_SOURCE = QT_TRANSLATE_NOOP("Texts", "%1's settings for its customers")

TRUST: dict[str, str] = {
    Trust.TRUSTED.value: QT_TRANSLATE_NOOP("Texts", "trusted"),
    Trust.NEEDS_CONFIRMATION.value: QT_TRANSLATE_NOOP("Texts", "please confirm"),
    Trust.UNTRUSTED.value: QT_TRANSLATE_NOOP("Texts", "not verified, please check"),
}

EVENT_STATES: dict[str, str] = {
    "waiting": QT_TRANSLATE_NOOP("Texts", "waiting"),
    "asking": QT_TRANSLATE_NOOP("Texts", "asking…"),
    "found": QT_TRANSLATE_NOOP("Texts", "found"),
    "nothing": QT_TRANSLATE_NOOP("Texts", "nothing there"),
    "failed": QT_TRANSLATE_NOOP("Texts", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("Texts", "not needed"),
    "skipped": QT_TRANSLATE_NOOP("Texts", "skipped"),
    "stopped": QT_TRANSLATE_NOOP("Texts", "stopped"),
}


# What each state means, for the tooltip beside the technical details.
EVENT_EXPLANATIONS: dict[str, str] = {
    "waiting": QT_TRANSLATE_NOOP("Texts", "Not asked yet."),
    "asking": QT_TRANSLATE_NOOP("Texts", "%1 is asking here now."),  # %1: the program
    "found": QT_TRANSLATE_NOOP("Texts", "Settings for your address were found here."),
    "nothing": QT_TRANSLATE_NOOP("Texts", "There are no settings for your address here."),
    "failed": QT_TRANSLATE_NOOP("Texts", "No usable answer came from here."),
    "cancelled": QT_TRANSLATE_NOOP(
        "Texts", "Not needed any more: a better answer came, or the time was up."
    ),
    "skipped": QT_TRANSLATE_NOOP("Texts", "Not asked: it was not needed."),
    "stopped": QT_TRANSLATE_NOOP("Texts", "You stopped the search before this answered."),
}


def technical_details(detail: str) -> str:
    """A technical detail (English, as the log has it), labelled as such in the user's
    language: never passed off as a sentence of ours or as the server's words."""
    return tr(QT_TRANSLATE_NOOP("Texts", "Technical details: %1")).replace("%1", detail)


def event_explanation(state: Any, detail: str = "") -> str:
    """The tooltip of a source's row: what its state means, then the technical details."""
    sentence = arg(_lookup(EVENT_EXPLANATIONS, state, QT_TRANSLATE_NOOP("Texts", "unknown")), product_name())
    return f"{sentence}\n{technical_details(detail)}" if detail else sentence


def source_name(source: Any) -> str:
    """Where settings came from; in a brand's edition its providers are the brand's list."""
    brand = brand_name()
    if brand is not None and _key(source) == Source.ADMIN.value:
        return arg(tr(BRAND_SOURCE), brand)
    return arg(_lookup(SOURCES, source, QT_TRANSLATE_NOOP("Texts", "Another source")), product_name())


def trust_word(trust: Trust) -> str:
    return _lookup(TRUST, trust, TRUST[Trust.UNTRUSTED.value])


def event_state(state: Any) -> str:
    return _lookup(EVENT_STATES, state, QT_TRANSLATE_NOOP("Texts", "unknown"))


# -- servers in plain words ----------------------------------------------------------------

SECURITY: dict[str, str] = {
    Security.SSL: QT_TRANSLATE_NOOP("Texts", "encrypted (SSL/TLS)"),
    Security.STARTTLS: QT_TRANSLATE_NOOP("Texts", "encrypted (STARTTLS)"),
    Security.PLAIN: QT_TRANSLATE_NOOP("Texts", "not encrypted"),
}

SECURITY_CHOICES: dict[str, str] = {
    Security.SSL: QT_TRANSLATE_NOOP("Texts", "SSL/TLS"),
    Security.STARTTLS: QT_TRANSLATE_NOOP("Texts", "STARTTLS"),
    Security.PLAIN: QT_TRANSLATE_NOOP("Texts", "None (unsafe)"),
}

AUTH: dict[str, str] = {
    AuthMethod.PASSWORD_CLEARTEXT: QT_TRANSLATE_NOOP("Texts", "Normal password"),
    AuthMethod.PASSWORD_ENCRYPTED: QT_TRANSLATE_NOOP("Texts", "Encrypted password"),
    AuthMethod.OAUTH2: QT_TRANSLATE_NOOP("Texts", "Sign-in through the provider (OAuth2)"),
    AuthMethod.GSSAPI: QT_TRANSLATE_NOOP("Texts", "Kerberos (GSSAPI)"),
    AuthMethod.NTLM: QT_TRANSLATE_NOOP("Texts", "NTLM"),
    AuthMethod.CLIENT_IP: QT_TRANSLATE_NOOP("Texts", "By the computer's network address"),
    AuthMethod.TLS_CLIENT_CERT: QT_TRANSLATE_NOOP("Texts", "Client certificate"),
    AuthMethod.SMTP_AFTER_POP: QT_TRANSLATE_NOOP("Texts", "Check incoming mail first"),
    AuthMethod.NONE: QT_TRANSLATE_NOOP("Texts", "No sign-in"),
}

PROTOCOLS: dict[str, str] = {
    Protocol.IMAP: QT_TRANSLATE_NOOP("Texts", "IMAP"),
    Protocol.POP3: QT_TRANSLATE_NOOP("Texts", "POP3"),
    Protocol.SMTP: QT_TRANSLATE_NOOP("Texts", "SMTP"),
    Protocol.EXCHANGE: QT_TRANSLATE_NOOP("Texts", "Exchange"),
}


def security_word(security: Security) -> str:
    return _lookup(SECURITY, security, SECURITY[Security.PLAIN])


def auth_word(method: AuthMethod) -> str:
    return _lookup(AUTH, method, AUTH[AuthMethod.PASSWORD_CLEARTEXT])


def protocol_word(protocol: Protocol) -> str:
    return _lookup(PROTOCOLS, protocol, protocol.value)


def server_sentence(server: ServerSettings) -> str:
    """One server in plain words, as rich text (arguments escaped)."""
    if server.protocol is Protocol.SMTP:
        text = translate(
            "Texts", "Sends through <b>%1</b> (port %2), %3, signing in as %4."
        )
    elif server.protocol is Protocol.POP3:
        text = translate(
            "Texts", "Downloads mail from <b>%1</b> (POP3, port %2), %3, signing in as %4."
        )
    else:
        text = translate(
            "Texts", "Keeps mail on <b>%1</b> (%5, port %2), %3, signing in as %4."
        )
    return (
        text.replace("%1", html.escape(server.hostname))
        .replace("%2", str(server.port))
        .replace("%3", html.escape(security_word(server.security)))
        .replace("%4", html.escape(server.username))
        .replace("%5", html.escape(protocol_word(server.protocol)))
    )


def highlight_domain(host: str, registrable: str) -> str:
    """``mail.<b>hoster.net</b>`` with both parts escaped for rich text."""
    if registrable and host.lower().endswith(registrable.lower()):
        head = host[: len(host) - len(registrable)]
        return f"{html.escape(head)}<b>{html.escape(host[len(head) :])}</b>"
    return html.escape(host)


# -- verification --------------------------------------------------------------------------

FAILURES: dict[str, str] = {
    "auth": QT_TRANSLATE_NOOP("Texts", "The server refused the user name or the password."),
    "tls-expired": QT_TRANSLATE_NOOP(
        "Texts", "The server's security certificate has expired, so your password was not sent."
    ),
    "tls-wrong-host": QT_TRANSLATE_NOOP(
        "Texts",
        "The server's security certificate is made out for another server, so your password was not sent.",
    ),
    "tls-unknown-issuer": QT_TRANSLATE_NOOP(
        "Texts",
        "The server's security certificate comes from an unknown authority, so your password was not sent.",
    ),
    "tls-self-signed": QT_TRANSLATE_NOOP(
        "Texts",
        "The server signed its security certificate itself, so your password was not sent.",
    ),
    "tls-other": QT_TRANSLATE_NOOP("Texts", "A secure connection to the server could not be made."),
    "host-not-found": QT_TRANSLATE_NOOP(
        "Texts", "There is no server with this name. Check the server name for typing errors."
    ),
    "connection-refused": QT_TRANSLATE_NOOP(
        "Texts",
        "The server could not be reached. Check your Internet connection, the port and the encryption.",
    ),
    "timeout": QT_TRANSLATE_NOOP("Texts", "The server did not answer in time. Try again later."),
    "starttls-missing": QT_TRANSLATE_NOOP(
        "Texts",
        "The server no longer offers encryption (STARTTLS), so your password was not sent.",
    ),
    "plaintext-refused": QT_TRANSLATE_NOOP(
        "Texts",
        "The connection is not encrypted and you did not allow sending the password over it.",
    ),
    "protocol": QT_TRANSLATE_NOOP("Texts", "The server answered in a way that does not fit these settings."),
    "sign-in-required": QT_TRANSLATE_NOOP(
        "Texts",
        "This server takes only your provider's own sign-in, so the password was not sent; "
        "sign in with your provider instead.",
    ),
    "cancelled": QT_TRANSLATE_NOOP("Texts", "The check was stopped."),
    # Not a kind of the checker: both servers unreachable although the provider names them.
    "offline": QT_TRANSLATE_NOOP(
        "Texts",
        "Neither server could be reached: this computer seems to be offline. Check the "
        "Internet connection, then click Try again.",
    ),
}

# Kinds whose detail is what the server itself answered (the others' is the system's).
SERVER_SPOKE = frozenset({"auth", "protocol", "starttls-missing"})

HINTS: dict[str, str] = {
    "caps-lock": QT_TRANSLATE_NOOP("Texts", "Caps Lock may have been on while you typed the password."),
    "keyboard-layout": QT_TRANSLATE_NOOP(
        "Texts",
        "The password contains Cyrillic letters: perhaps the keyboard layout was not the usual one.",
    ),
    "password-rules": QT_TRANSLATE_NOOP(
        "Texts", "Your provider has rules for passwords in mail programs; see its notes."
    ),
    "username-form": QT_TRANSLATE_NOOP(
        "Texts",
        "Some providers want the full e-mail address as the user name, others only the part "
        "before the @. Try the other form with Change the settings.",
    ),
    "app-password": QT_TRANSLATE_NOOP(
        "Texts",
        "Your provider asks for a separate password for mail programs: create one in your "
        "account's settings on its website and use it here.",
    ),
}


def failure_text(kind: Any) -> str:
    return _lookup(FAILURES, kind, QT_TRANSLATE_NOOP("Texts", "The check failed."))


def hint_text(kind: Any) -> str:
    return _lookup(HINTS, kind, QT_TRANSLATE_NOOP("Texts", "Check the settings and try again."))


# -- targets and exports -------------------------------------------------------------------

EXPORT_FORMATS: dict[str, str] = {
    "autoconfig": QT_TRANSLATE_NOOP("Texts", "Thunderbird settings file (XML)"),
    "mobileconfig": QT_TRANSLATE_NOOP("Texts", "Apple profile for iPhone, iPad and Mac"),
    "prf": QT_TRANSLATE_NOOP("Texts", "Outlook profile file (PRF)"),
    "qr": QT_TRANSLATE_NOOP("Texts", "QR code for Thunderbird on Android"),
    "json": QT_TRANSLATE_NOOP("Texts", "Settings as JSON"),
}


def export_format_name(fmt: Any) -> str:
    return _lookup(EXPORT_FORMATS, fmt, str(_key(fmt)))


# -- what writing and saving report --------------------------------------------------------

NOTICES: dict[str, str] = {
    "password-asked-later": QT_TRANSLATE_NOOP(
        "Texts",
        "Outlook asks for the password the first time it fetches mail; tick Remember password there.",
    ),
    "incoming-starttls-manual": QT_TRANSLATE_NOOP(
        "Texts",
        "In Outlook, open Account Settings, More Settings, Advanced, and set the incoming "
        "server's encryption to STARTTLS (%1).",
    ),
    "unencrypted-server": QT_TRANSLATE_NOOP("Texts", "The server %1 is used without encryption."),
    "name-adjusted": QT_TRANSLATE_NOOP("Texts", "Line breaks in your name were replaced by spaces: %1."),
    "name-not-encodable": QT_TRANSLATE_NOOP(
        "Texts",
        "Your name cannot be written in this file, so the address is used instead; you can "
        "change it in the mail program.",
    ),
    "profile-replaced": QT_TRANSLATE_NOOP(
        "Texts", "Outlook uses a profile named %1 for this account; an older one is replaced."
    ),
    "profile-appended": QT_TRANSLATE_NOOP(
        "Texts", "The account is added to Outlook's profile %1; its other accounts stay."
    ),
    "new-outlook-unsupported": QT_TRANSLATE_NOOP(
        "Texts",
        "The new Outlook cannot be set up from a file: add the account there yourself by typing the address.",
    ),
    "exchange-skipped": QT_TRANSLATE_NOOP(
        "Texts", "The file sets up %1 access; the mail program sets up Exchange by itself."
    ),
    "auth-substituted": QT_TRANSLATE_NOOP(
        "Texts", "This file cannot name the usual sign-in method, so %1 is used."
    ),
    "password-included": QT_TRANSLATE_NOOP(
        "Texts",
        "The file contains your password in readable form: send it only over a safe channel "
        "and delete it once the account works.",
    ),
    "password-not-included": QT_TRANSLATE_NOOP(
        "Texts", "The file holds no password; the mail program will ask for it."
    ),
    "qr-large": QT_TRANSLATE_NOOP(
        "Texts", "The QR code holds much data: show it large and sharp when you scan it."
    ),
    # With the number known, notice_text() uses a plural form instead.
    "qr-several-codes": QT_TRANSLATE_NOOP(
        "Texts", "The account needs several QR codes; scan them one after another."
    ),
    "sign-in-on-device": QT_TRANSLATE_NOOP(
        "Texts",
        "%1 lets mail programs in only through its own sign-in page, which a profile cannot "
        "carry, so the profile holds no password: sign in on the device when it asks.",
    ),
    "outlook-will-start": QT_TRANSLATE_NOOP("Texts", "Outlook is starting and takes over the account now."),
    "outlook-imports-at-next-start": QT_TRANSLATE_NOOP(
        "Texts", "Outlook takes over the account the next time it starts."
    ),
}

TARGET_PROBLEMS: dict[str, str] = {
    # Thunderbird
    "not-installed": QT_TRANSLATE_NOOP("Texts", "Thunderbird is not installed on this computer."),
    "no-profile": QT_TRANSLATE_NOOP("Texts", "There is no Thunderbird profile in that folder."),
    "running": QT_TRANSLATE_NOOP("Texts", "The program is running. Close it and try again."),
    "thunderbird-running": QT_TRANSLATE_NOOP(
        "Texts", "Thunderbird is running: close Thunderbird first, then try again."
    ),
    "outlook-running": QT_TRANSLATE_NOOP("Texts", "Outlook is running: close Outlook first, then try again."),
    "prefs-unreadable": QT_TRANSLATE_NOOP(
        "Texts", "Thunderbird's settings file could not be read, so nothing was changed."
    ),
    "logins-unreadable": QT_TRANSLATE_NOOP(
        "Texts", "Thunderbird's password file could not be read, so nothing was changed."
    ),
    "unsupported": QT_TRANSLATE_NOOP(
        "Texts", "This kind of account cannot be set up in Thunderbird by %1."  # %1: the program
    ),
    "nss-unavailable": QT_TRANSLATE_NOOP(
        "Texts", "The password could not be saved in Thunderbird; it will ask for it."
    ),
    "nss-failed": QT_TRANSLATE_NOOP(
        "Texts", "The password could not be saved in Thunderbird; it will ask for it."
    ),
    "write-failed": QT_TRANSLATE_NOOP(
        "Texts", "The file could not be written. Check that the folder is writable."
    ),
    "not-regular-file": QT_TRANSLATE_NOOP(
        "Texts", "Only an ordinary file is replaced, and this name belongs to a folder, device, pipe or link."
    ),
    # Outlook
    "needs-windows": QT_TRANSLATE_NOOP("Texts", "Outlook can only be set up on Windows."),
    "not-found": QT_TRANSLATE_NOOP("Texts", "Classic Outlook is not installed on this computer."),
    "not-a-file": QT_TRANSLATE_NOOP("Texts", "The Outlook profile file is missing."),
    "failed": QT_TRANSLATE_NOOP("Texts", "Outlook could not take over the account."),
    # Settings files
    "invalid-hostname": QT_TRANSLATE_NOOP("Texts", "A server name cannot be written to this file."),
    "invalid-username": QT_TRANSLATE_NOOP("Texts", "The user name cannot be written to this file."),
    "invalid-address": QT_TRANSLATE_NOOP("Texts", "The address cannot be written to this file."),
    "invalid-password": QT_TRANSLATE_NOOP("Texts", "The password cannot be written to this file."),
    "not-encodable": QT_TRANSLATE_NOOP("Texts", "Some text cannot be written in this file's character set."),
    "no-server": QT_TRANSLATE_NOOP("Texts", "This file type cannot describe these servers."),
    "exchange-only": QT_TRANSLATE_NOOP("Texts", "This file type cannot describe an Exchange-only account."),
    "unsupported-auth": QT_TRANSLATE_NOOP(
        "Texts", "This file type cannot describe the server's sign-in method."
    ),
    "non-ascii-address": QT_TRANSLATE_NOOP(
        "Texts", "This file type cannot hold an address with non-Latin letters."
    ),
    "too-large": QT_TRANSLATE_NOOP("Texts", "The settings are too large for this file type."),
    "invalid-value": QT_TRANSLATE_NOOP("Texts", "A value cannot be written to this file."),
    "password-missing": QT_TRANSLATE_NOOP("Texts", "The password is needed for this file."),
    "missing-field": QT_TRANSLATE_NOOP("Texts", "A value your provider needs is missing."),
    "microsoft-sign-in": QT_TRANSLATE_NOOP(
        "Texts",
        "Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup: no profile "
        "file is needed.",
    ),
}

PASSWORD_OUTCOMES: dict[str, str] = {
    "stored": QT_TRANSLATE_NOOP("Texts", "Thunderbird knows your password and will not ask."),
    "not-given": QT_TRANSLATE_NOOP(
        "Texts", "Thunderbird asks for your password the first time; let it remember it."
    ),
    "not-needed": QT_TRANSLATE_NOOP("Texts", "This account needs no password in Thunderbird."),
    "sign-in-at-start": QT_TRANSLATE_NOOP(
        "Texts",
        "Thunderbird stores no password for this account: it opens your provider's sign-in "
        "page the first time it connects.",
    ),
    "primary-password": QT_TRANSLATE_NOOP(
        "Texts",
        "Your Thunderbird passwords are protected by a primary password, so Thunderbird asks "
        "for the mail password the first time; let it remember it.",
    ),
    # No NSS library to encrypt logins.json with (no usable Thunderbird program found):
    # nothing of the password was written, the account itself was. %1: the program.
    "nss-unavailable": QT_TRANSLATE_NOOP(
        "Texts",
        "%1 could not save the password for Thunderbird, so Thunderbird asks for it "
        "once; let it remember it.",
    ),
}


class Texts:
    """Messages with a number (%n). lupdate marks only ``tr(text, "", n)`` as plural (not
    ``translate(..., n)``); the class name is the context, "Texts" as for the rest."""

    def tr(self, text: str, disambiguation: str, n: int) -> str:
        return translate(CONTEXT, text, disambiguation or None, n)

    def qr_codes(self, count: int) -> str:
        return self.tr("The account needs %n QR codes; scan them one after another.", "", count)


def notice_text(notice: Any) -> str:
    kind = _key(getattr(notice, "kind", notice))
    subject = str(getattr(notice, "subject", ""))
    if kind == "qr-several-codes" and subject.isdigit():
        return Texts().qr_codes(int(subject))
    if kind == "auth-substituted" and subject in {m.value for m in AuthMethod}:
        subject = auth_word(AuthMethod(subject))
    text = _lookup(NOTICES, getattr(notice, "kind", notice), "")
    if not text:
        return str(notice)
    return text.replace("%1", subject)


def target_problem_text(error: BaseException) -> str:
    """A failure of writing or saving, in words; unknown errors keep their English sentence."""
    kind = getattr(error, "kind", None)
    if kind is not None:
        # "thunderbird-running" before "running": the program's own sentence where there is one.
        owner = type(kind).__name__.removesuffix("Problem").lower()
        for key in (f"{owner}-{_key(kind)}", _key(kind)):
            if key in TARGET_PROBLEMS:
                return arg(tr(TARGET_PROBLEMS[key]), product_name())
    if isinstance(error, OSError):
        return tr(TARGET_PROBLEMS["write-failed"])
    return str(error) or type(error).__name__


def password_outcome_text(outcome: Any) -> str:
    return arg(_lookup(PASSWORD_OUTCOMES, outcome, PASSWORD_OUTCOMES["not-given"]), product_name())


# -- the provider's sign-in (OAuth2) -------------------------------------------------------

# %1: who signs the user in (the provider's name or the sign-in service's host name);
# %2: the program.
SIGN_IN_PROBLEMS: dict[str, str] = {
    "no-registration": QT_TRANSLATE_NOOP(
        "Texts",
        "%2 is not registered for the sign-in at %1, so it checks only what it can "
        "without signing in.",
    ),
    "registrations-invalid": QT_TRANSLATE_NOOP(
        "Texts", "The sign-in registrations file %1 could not be read."
    ),
    "browser-failed": QT_TRANSLATE_NOOP(
        "Texts", "The web browser could not be opened for the sign-in at %1."
    ),
    "denied": QT_TRANSLATE_NOOP("Texts", "The sign-in at %1 was refused, so nothing was set up."),
    "timed-out": QT_TRANSLATE_NOOP(
        "Texts", "The sign-in at %1 was not finished in time; the browser may have been closed."
    ),
    "state-mismatch": QT_TRANSLATE_NOOP(
        "Texts", "The answer from the browser did not belong to this sign-in at %1, so it was ignored."
    ),
    "authorization-failed": QT_TRANSLATE_NOOP("Texts", "The sign-in at %1 did not work."),
    "token-timeout": QT_TRANSLATE_NOOP("Texts", "The sign-in service %1 did not answer in time."),
    "token-unreachable": QT_TRANSLATE_NOOP("Texts", "The sign-in service %1 could not be reached."),
    "token-refused": QT_TRANSLATE_NOOP(
        "Texts", "The sign-in service %1 refused the sign-in; please sign in again."
    ),
    "sign-in-needed": QT_TRANSLATE_NOOP("Texts", "Please sign in at %1 first."),
    "malformed-response": QT_TRANSLATE_NOOP("Texts", "The sign-in service %1 answered in an unexpected way."),
}


def sign_in_problem_text(error: Any, issuer: str = "") -> str:
    """An ``OAuthError`` (or its kind, with ``issuer``) in words: one sentence naming who
    signs the user in."""
    text = _lookup(SIGN_IN_PROBLEMS, getattr(error, "kind", error), "")
    issuer = str(getattr(error, "issuer", "")) or issuer
    if not text or not issuer:
        return str(error)
    return arg(text, issuer, product_name())
