"""QR codes in Thunderbird's "export for mobile" format, which Thunderbird for Android scans.

Facts: ``reference/thunderbird.md`` §6 (desktop ``QRExport.sys.mjs``, Android
``QrCodePayloadValidator.kt``). The payload is compact JSON, UTF-8:
``[1, [part, count], incoming, [[outgoing, [email, name]]], …]`` with three accounts per code,
error correction L. Each account is written as Thunderbird desktop writes it (account name
and password always present, the password empty unless asked for), and every payload is
checked against the Android validator's rules before it is rendered. A server that signs in
with the provider (OAuth2) carries the OAuth2 code (6) and never a password: Thunderbird for
Android opens the provider's sign-in itself.
"""

from __future__ import annotations

import io
import ipaddress
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import segno

from wizard.model import Account, AuthMethod, Protocol, Security, ServerSettings
from wizard.targets.exports.common import (
    ExportError,
    ExportProblem,
    Notice,
    NoticeKind,
    check_hostname,
    check_password,
    check_username,
    clean_name,
)

QR_DATA_FORMAT_VERSION = 1
ACCOUNTS_PER_QR_CODE = 3
MAX_CHUNK_LENGTH = 800  # Thunderbird's soft limit: larger codes are hard to scan
ERROR_CORRECTION = "L"

_INCOMING_PROTOCOL = {Protocol.IMAP: 0, Protocol.POP3: 1}
_SMTP = 0
_SECURITY = {Security.PLAIN: 0, Security.STARTTLS: 2, Security.SSL: 3}
# Thunderbird desktop refuses GSSAPI, NTLM and TLS certificates (3, 4, 5) for this export.
_AUTH = {
    AuthMethod.NONE: 0,
    AuthMethod.PASSWORD_CLEARTEXT: 1,
    AuthMethod.PASSWORD_ENCRYPTED: 2,
    AuthMethod.OAUTH2: 6,
}
_OUTGOING_AUTH = {**_AUTH, AuthMethod.CLIENT_IP: 0, AuthMethod.SMTP_AFTER_POP: 0}


@dataclass(frozen=True, slots=True)
class QrAccount:
    """One account for the export; ``password`` only when the user chose to include it."""

    account: Account
    password: str | None = None


def account_elements(entry: Account | QrAccount) -> tuple[list[Any], list[Any], list[Notice]]:
    """The two payload elements of one account (incoming, outgoing groups) and notices."""
    qr_account = entry if isinstance(entry, QrAccount) else QrAccount(entry)
    account, password = qr_account.account, qr_account.password
    incoming, outgoing = account.incoming, account.outgoing
    if incoming.protocol not in _INCOMING_PROTOCOL:
        raise ExportError(ExportProblem.NO_SERVER, "incoming (IMAP or POP3)")
    if outgoing.protocol is not Protocol.SMTP:
        raise ExportError(ExportProblem.NO_SERVER, "outgoing (SMTP)")
    email = account.address.address
    if not email.isascii():
        raise ExportError(ExportProblem.NON_ASCII_ADDRESS, email)
    notices: list[Notice] = []
    name, changed = clean_name(account.real_name)
    if changed:
        notices.append(Notice(NoticeKind.NAME_ADJUSTED, name))
    secret = check_password(password) if password is not None else ""
    in_host, in_auth, in_user = _server(incoming, _AUTH, notices)
    out_host, out_auth, out_user = _server(outgoing, _OUTGOING_AUTH, notices)
    in_secret = secret if in_auth != _AUTH[AuthMethod.OAUTH2] else ""
    incoming_element = [
        _INCOMING_PROTOCOL[incoming.protocol],
        in_host,
        incoming.port,
        _SECURITY[incoming.security],
        in_auth,
        in_user,
        email,  # the account name; Thunderbird's default is the address
        in_secret,
    ]
    outgoing_groups = [
        [
            [_SMTP, out_host, outgoing.port, _SECURITY[outgoing.security], out_auth, out_user,
             secret if out_auth not in (_AUTH[AuthMethod.NONE], _AUTH[AuthMethod.OAUTH2]) else ""],
            [email, name],
        ]
    ]
    return incoming_element, outgoing_groups, notices


def carries_password(account: Account) -> bool:
    """Whether a password given for ``account`` goes into its QR code (not for OAuth2 or none)."""
    for server, codes in ((account.incoming, _AUTH), (account.outgoing, _OUTGOING_AUTH)):
        method = next((m for m in server.auth_methods if m in codes), None)
        if method is not None and codes[method] not in (_AUTH[AuthMethod.NONE], _AUTH[AuthMethod.OAUTH2]):
            return True
    return False


def _server(
    server: ServerSettings, codes: dict[AuthMethod, int], notices: list[Notice]
) -> tuple[str, int, str]:
    host = check_hostname(server.hostname)
    method = next((m for m in server.auth_methods if m in codes), None)
    if method is None:
        raise ExportError(ExportProblem.UNSUPPORTED_AUTH, host)
    if method is not server.auth:
        notices.append(Notice(NoticeKind.AUTH_SUBSTITUTED, method.value))
    if server.security is Security.PLAIN and method.uses_password:
        notices.append(Notice(NoticeKind.UNENCRYPTED_SERVER, host))
    return host, codes[method], check_username(server.username, host)


def qr_payloads_with_notices(
    accounts: Sequence[Account | QrAccount],
) -> tuple[list[str], tuple[Notice, ...]]:
    if not accounts:
        raise ExportError(ExportProblem.NO_SERVER, "incoming (IMAP or POP3)")
    elements: list[tuple[list[Any], list[Any]]] = []
    notices: list[Notice] = []
    for entry in accounts:
        incoming, outgoing, account_notices = account_elements(entry)
        elements.append((incoming, outgoing))
        notices += account_notices
    chunks = [
        elements[start : start + ACCOUNTS_PER_QR_CODE]
        for start in range(0, len(elements), ACCOUNTS_PER_QR_CODE)
    ]
    payloads = []
    for index, chunk in enumerate(chunks, start=1):
        data: list[Any] = [QR_DATA_FORMAT_VERSION, [index, len(chunks)]]
        for incoming, outgoing in chunk:
            data += [incoming, outgoing]
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        check_android_payload(payload)
        if len(payload) > MAX_CHUNK_LENGTH:
            notices.append(Notice(NoticeKind.QR_LARGE, str(index)))
        payloads.append(payload)
    if len(payloads) > 1:
        notices.append(Notice(NoticeKind.QR_SEVERAL_CODES, str(len(payloads))))
    return payloads, tuple(notices)


def qr_payloads(accounts: Sequence[Account | QrAccount]) -> list[str]:
    """The text of each QR code, split three accounts per code as Thunderbird does."""
    return qr_payloads_with_notices(accounts)[0]


def render_qr(payload: str, *, svg: bool = False, scale: int = 8) -> bytes:
    """One QR code (error correction L, UTF-8 bytes) as PNG, or SVG when ``svg``."""
    try:
        code = segno.make(
            payload.encode("utf-8"), error=ERROR_CORRECTION, boost_error=False, micro=False
        )
    except segno.DataOverflowError:
        raise ExportError(ExportProblem.TOO_LARGE, f"{len(payload)} characters") from None
    buffer = io.BytesIO()
    code.save(buffer, kind="svg" if svg else "png", scale=scale, border=4)
    return buffer.getvalue()


# --------------------------------------------------------------------------- validation

_LINE_BREAK = re.compile("[\r\n]")
# Used with fullmatch: "$" would also match before a final line break.
_LDH_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")
_LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


def check_android_payload(text: str) -> None:
    """Raise ``ValueError`` unless Thunderbird for Android's validator would accept ``text``.

    Mirrors ``QrCodePayloadValidator``: format version 1, a sequence pair, at least one
    account, known protocol/security/auth codes, legal host names and ports, single-line
    user names, account names, passwords and display names, parseable ASCII addresses."""
    data = json.loads(text)
    _require(isinstance(data, list) and len(data) >= 4, "root must hold at least one account")
    _require(data[0] == QR_DATA_FORMAT_VERSION and _is_int(data[0]), "unsupported version")
    sequence = data[1]
    _require(
        isinstance(sequence, list) and len(sequence) >= 2 and all(map(_is_int, sequence[:2]))
        and 1 <= sequence[0] <= sequence[1],
        "bad sequence numbers",
    )
    accounts = data[2:]
    _require(len(accounts) % 2 == 0, "incoming servers and outgoing groups must pair up")
    for incoming, groups in zip(accounts[0::2], accounts[1::2], strict=True):
        _require(isinstance(incoming, list) and len(incoming) >= 6, "short incoming server")
        _require(incoming[0] in (0, 1) and _is_int(incoming[0]), "unknown incoming protocol")
        _check_server_fields(incoming[1:6])
        _require(_optional_line(incoming[6] if len(incoming) > 6 else None), "account name")
        _require(_optional_line(incoming[7] if len(incoming) > 7 else None), "password")
        _require(isinstance(groups, list) and len(groups) > 0, "no outgoing server")
        for group in groups:
            _require(isinstance(group, list) and len(group) >= 2, "outgoing group needs identity")
            server = group[0]
            _require(isinstance(server, list) and len(server) >= 6, "short outgoing server")
            _require(server[0] == _SMTP and _is_int(server[0]), "unknown outgoing protocol")
            _check_server_fields(server[1:6])
            _require(_optional_line(server[6] if len(server) > 6 else None), "password")
            for identity in group[1:]:
                _require(isinstance(identity, list) and len(identity) >= 2, "short identity")
                _require(_is_address(identity[0]), "identity e-mail address")
                _require(_optional_line(identity[1]) and identity[1] is not None, "display name")


def _check_server_fields(fields: list[Any]) -> None:
    hostname, port, security, auth, username = fields
    _require(isinstance(hostname, str) and _is_hostname(hostname), "hostname")
    _require(_is_int(port) and 1 <= port <= 65535, "port")
    _require(_is_int(security) and security in (0, 2, 3), "connection security")
    _require(_is_int(auth) and 0 <= auth <= 6, "authentication type")
    _require(_optional_line(username) and username is not None, "username")


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise ValueError(f"QR payload rejected: {what}")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _optional_line(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not _LINE_BREAK.search(value))


def _is_hostname(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        pass
    else:
        return True
    return (
        name.isascii()
        and 0 < len(name) <= 253
        and all(_LDH_LABEL.fullmatch(label) for label in name.split("."))
    )


def _is_address(value: Any) -> bool:
    if not isinstance(value, str) or not value.isascii() or value.count("@") != 1:
        return False
    local, _, domain = value.partition("@")
    return bool(_LOCAL_PART.fullmatch(local)) and "." in domain and _is_hostname(domain)
