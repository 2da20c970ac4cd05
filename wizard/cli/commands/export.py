"""``mailwizard export ADDRESS --format FORMAT -o FILE``: save a settings file for another device."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wizard.cli import EXIT_OK, UsageError
from wizard.cli.common import (
    add_settings_options,
    parse_address_argument,
    parse_fields,
    protocol_argument,
    read_password_stdin,
    settings_from_args,
)
from wizard.model.errors import WizardError

ORDER = 60
FORMATS = ("autoconfig", "prf", "mobileconfig", "qr", "json")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="save the settings as a file for another device or program",
        description="Save the settings of ADDRESS as a file: an autoconfig XML document, an "
        "Outlook profile (.prf), an Apple profile (.mobileconfig), a QR code that Thunderbird "
        "for Android scans (PNG, or SVG when FILE ends in .svg), or JSON. Without --config the "
        "settings are detected first.",
    )
    parser.add_argument("address", metavar="ADDRESS", help="the e-mail address")
    parser.add_argument("--format", required=True, choices=FORMATS, dest="format")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    add_settings_options(parser)
    parser.add_argument(
        "--include-password",
        action="store_true",
        help="put the password into the file (mobileconfig and qr only; needs --password-stdin)",
    )
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    parser.set_defaults(handler=run)


def read_password(args: argparse.Namespace) -> str | None:
    return read_password_stdin() if args.password_stdin else None


def missing_field_as_usage(exc: Exception) -> None:
    """A provider's input field left out on the command line is bad usage (exit 2)."""
    from wizard.targets.exports import ExportError, ExportProblem

    if isinstance(exc, ExportError) and exc.kind is ExportProblem.MISSING_FIELD:
        raise UsageError(f"{exc} Add --field {exc.subject}=VALUE.") from None


def print_notices(notices: Any) -> None:
    for notice in notices:
        print(f"Note: {notice.sentence}")


def run(args: argparse.Namespace) -> int:
    from wizard.targets.exports import export

    address = parse_address_argument(args.address)
    if args.include_password and not args.password_stdin:
        raise UsageError("--include-password needs the password on standard input: add "
                         "--password-stdin.")
    if args.include_password and args.format not in ("mobileconfig", "qr"):
        raise UsageError(f"A {args.format} file cannot hold a password; leave out "
                         "--include-password.")
    fields = parse_fields(args.field)
    password = read_password(args) if args.include_password else None
    config = settings_from_args(args, address)
    try:
        result = export(
            config,
            address,
            args.format,
            Path(args.output),
            real_name=args.name,
            include_password=args.include_password,
            password=password,
            protocol=protocol_argument(args),
            extra=fields,
        )
    except WizardError as exc:
        missing_field_as_usage(exc)
        raise
    print(f"Saved the {args.format} settings for {address.display} to {result.path}.")
    print_notices(result.notices)
    return EXIT_OK
