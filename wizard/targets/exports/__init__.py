"""Settings files for other devices and programs: one ``export()`` for every format.

Formats: ``autoconfig`` (clientConfig v1.1), ``mobileconfig`` (Apple profile), ``qr``
(Thunderbird for Android, PNG or SVG), ``prf`` (classic Outlook) and ``json`` (the
``detect --json`` object). Files are written atomically; a file holding a password is
readable by its owner only. Nothing here knows how the configuration was found.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from wizard.model import AccountConfig, EmailAddress, Protocol
from wizard.model.jsonform import config_to_json
from wizard.targets.exports.accounts import as_address, expand_checked, file_account
from wizard.targets.exports.autoconfig import make_autoconfig
from wizard.targets.exports.common import (
    ExportError,
    ExportProblem,
    Notice,
    NoticeKind,
    atomic_write,
)
from wizard.targets.exports.mobileconfig import make_mobileconfig
from wizard.targets.exports.qr import (
    QrAccount,
    carries_password,
    check_android_payload,
    qr_payloads,
    qr_payloads_with_notices,
    render_qr,
)

__all__ = [
    "ExportError",
    "ExportFormat",
    "ExportProblem",
    "ExportResult",
    "Notice",
    "NoticeKind",
    "QrAccount",
    "check_android_payload",
    "export",
    "export_bytes",
    "qr_payloads",
]


class ExportFormat(StrEnum):
    AUTOCONFIG = "autoconfig"
    MOBILECONFIG = "mobileconfig"
    QR = "qr"
    PRF = "prf"
    JSON = "json"


_TAKES_PASSWORD = (ExportFormat.MOBILECONFIG, ExportFormat.QR)


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path | None
    format: ExportFormat
    data: bytes
    notices: tuple[Notice, ...]
    payloads: tuple[str, ...] = ()  # QR only: the text in each code
    contains_password: bool = False


def export_bytes(
    config: AccountConfig,
    address: EmailAddress | str,
    fmt: ExportFormat | str,
    *,
    real_name: str = "",
    include_password: bool = False,
    password: str | None = None,
    protocol: Protocol | None = None,
    extra: Mapping[str, str] | None = None,
    prf_encoding: str | None = None,
    svg: bool = False,
) -> ExportResult:
    """The file's content without writing it (``path`` is None in the result)."""
    fmt = ExportFormat(fmt)
    email = as_address(address)
    notices: list[Notice] = []
    secret: str | None = None
    if include_password:
        if fmt in _TAKES_PASSWORD:
            if password is None:
                raise ExportError(ExportProblem.PASSWORD_MISSING)
            secret = password
        else:
            notices.append(Notice(NoticeKind.PASSWORD_NOT_INCLUDED))
    payloads: tuple[str, ...] = ()

    if fmt is ExportFormat.AUTOCONFIG:
        data = make_autoconfig(config, email)
    elif fmt is ExportFormat.JSON:
        expanded = expand_checked(config, email, real_name, extra)
        text = json.dumps(config_to_json(expanded, email), ensure_ascii=False, indent=2)
        data = (text + "\n").encode("utf-8")
    elif fmt is ExportFormat.PRF:
        # Imported here: wizard.targets.outlook itself imports this package's helpers.
        from wizard.targets.outlook import build_prf, signs_in_at_microsoft

        if signs_in_at_microsoft(expand_checked(config, email, real_name, extra)):
            raise ExportError(ExportProblem.MICROSOFT_SIGN_IN, email.address)
        account, chosen = file_account(config, email, real_name, protocol=protocol, extra=extra)
        prf = build_prf(account, encoding=prf_encoding)
        notices += [*chosen, *prf.notices]
        data = prf.data
    elif fmt is ExportFormat.MOBILECONFIG:
        account, chosen = file_account(config, email, real_name, protocol=protocol, extra=extra)
        data, made = make_mobileconfig(account, password=secret)
        notices += [*chosen, *made]
        if not any(n.kind is NoticeKind.PASSWORD_INCLUDED for n in made):
            secret = None  # the provider's sign-in: the profile holds none
    else:
        account, chosen = file_account(config, email, real_name, protocol=protocol, extra=extra)
        texts, made = qr_payloads_with_notices([QrAccount(account, secret)])
        if secret is not None and not carries_password(account):
            secret = None  # the provider's sign-in: Thunderbird for Android asks for no password
        if secret is not None:
            made = (*made, Notice(NoticeKind.PASSWORD_INCLUDED))
        notices += [*chosen, *made]
        payloads = tuple(texts)
        data = render_qr(texts[0], svg=svg)
    return ExportResult(
        path=None,
        format=fmt,
        data=data,
        notices=tuple(notices),
        payloads=payloads,
        contains_password=secret is not None,
    )


def export(
    config: AccountConfig,
    address: EmailAddress | str,
    fmt: ExportFormat | str,
    path: Path | str,
    *,
    real_name: str = "",
    include_password: bool = False,
    password: str | None = None,
    protocol: Protocol | None = None,
    extra: Mapping[str, str] | None = None,
    prf_encoding: str | None = None,
) -> ExportResult:
    """Write the settings of ``address`` in format ``fmt`` to ``path`` (atomically).

    A QR code is SVG when ``path`` ends in ``.svg``, PNG otherwise. Raises ``ExportError``
    (or another ``WizardError``) with one sentence; returns the notices for the user.
    ``extra`` fills the provider's input fields (``%KEY%``); ``prf_encoding`` overrides the
    PRF's ANSI code page."""
    target = Path(path)
    result = export_bytes(
        config,
        address,
        fmt,
        real_name=real_name,
        include_password=include_password,
        password=password,
        protocol=protocol,
        extra=extra,
        prf_encoding=prf_encoding,
        svg=target.suffix.lower() == ".svg",
    )
    atomic_write(target, result.data, private=result.contains_password)
    return ExportResult(
        path=target,
        format=result.format,
        data=result.data,
        notices=result.notices,
        payloads=result.payloads,
        contains_password=result.contains_password,
    )
