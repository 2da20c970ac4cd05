"""``mailwizard export ADDRESS --format FORMAT -o FILE``: save a settings file for another device.

The settings are proven first (``wizard.pipeline``: a login when the password is given, else a
credential-free check) and the file holds what was proven.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wizard.cli import EXIT_OK, TaskFailed, UsageError
from wizard.cli.commands._proven import add_proof_options, print_proven_note, proven_for_writing
from wizard.cli.common import (
    add_settings_options,
    address_help,
    parse_address_argument,
    read_password_stdin,
)
from wizard.i18n import translate
from wizard.model.errors import WizardError
from wizard.texts import arg

ORDER = 60
FORMATS = ("autoconfig", "prf", "mobileconfig", "qr", "json")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help=translate("Cli", "save the settings as a file for another device or program"),
        description=translate(
            "Cli",
            "Save the settings of ADDRESS as a file: an autoconfig XML document, an Outlook "
            "profile (.prf), an Apple profile (.mobileconfig), a QR code that Thunderbird for "
            "Android scans (PNG, or SVG when FILE ends in .svg), or JSON. Without --config the "
            "settings are detected first.",
        ),
    )
    parser.add_argument("address", metavar="ADDRESS", help=address_help())
    parser.add_argument(
        "--format", required=True, choices=FORMATS, dest="format", help=translate("Cli", "the kind of file")
    )
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=translate("Cli", "the file to write")
    )
    add_settings_options(parser)
    add_proof_options(parser)
    parser.add_argument(
        "--include-password",
        action="store_true",
        help=translate(
            "Cli", "put the password into the file (mobileconfig and qr only; needs --password-stdin)"
        ),
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("Cli", "read the password from the first line of standard input"),
    )
    parser.set_defaults(handler=run)


def read_password(args: argparse.Namespace) -> str | None:
    return read_password_stdin() if args.password_stdin else None


def missing_field_as_usage(exc: Exception) -> None:
    """A provider's input field left out on the command line is bad usage (exit 2)."""
    from wizard.targets.exports import ExportError, ExportProblem

    if isinstance(exc, ExportError) and exc.kind is ExportProblem.MISSING_FIELD:
        line = translate("Cli", "The provider needs a value for %1: add --field %1=VALUE.")
        raise UsageError(arg(line, exc.subject)) from None


def print_notices(notices: Any) -> None:
    from wizard import texts

    for notice in notices:
        print(arg(translate("Cli", "Note: %1"), texts.notice_text(notice)))


def _microsoft_sign_in_explained(exc: Exception, address: Any) -> None:
    """Outlook.com and Microsoft 365 accounts are added by Outlook's own account setup: say how."""
    from wizard.cli.commands._write_outlook import autodiscover_text
    from wizard.targets.exports import ExportError, ExportProblem
    from wizard.targets.outlook import AutodiscoverSetup

    if isinstance(exc, ExportError) and exc.kind is ExportProblem.MICROSOFT_SIGN_IN:
        plan = AutodiscoverSetup(address=address.address, microsoft_sign_in=True)
        raise TaskFailed(autodiscover_text(plan)) from None


def run(args: argparse.Namespace) -> int:
    from wizard.targets.exports import export
    from wizard.targets.exports.common import check_output

    address = parse_address_argument(args.address)
    if args.include_password and not args.password_stdin:
        raise UsageError(
            translate("Cli", "--include-password needs the password on standard input: add --password-stdin.")
        )
    if args.include_password and args.format not in ("mobileconfig", "qr"):
        raise UsageError(
            arg(
                translate("Cli", "A %1 file cannot hold a password; leave out --include-password."),
                args.format,
            )
        )
    check_output(Path(args.output))  # before anything is proven or sent
    password = read_password(args)
    proven, fields = proven_for_writing(args, address, password)
    try:
        result = export(
            proven.config,
            address,
            args.format,
            Path(args.output),
            real_name=args.name,
            include_password=args.include_password,
            password=password if args.include_password else None,
            protocol=proven.protocol,
            extra=fields,
        )
    except WizardError as exc:
        missing_field_as_usage(exc)
        _microsoft_sign_in_explained(exc, address)
        raise
    print_proven_note(proven)
    print(
        arg(
            translate("Cli", "Saved the %1 settings for %2 to %3."), args.format, address.display, result.path
        )
    )
    print_notices(result.notices)
    return EXIT_OK
