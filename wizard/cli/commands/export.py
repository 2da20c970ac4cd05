"""``mailwizard export ADDRESS --format FORMAT -o FILE``: save a settings file for another device.

Also holds what ``write outlook`` shares with it: reading ``--config``, finding the settings
when it is not given, ``--field``, ``--name`` and ``--password-stdin``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wizard.cli import EXIT_OK, TaskFailed, UsageError
from wizard.model.errors import WizardError

ORDER = 60
FORMATS = ("autoconfig", "prf", "mobileconfig", "qr", "json")
PROTOCOLS = ("imap", "pop3", "exchange")


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


def add_settings_options(parser: argparse.ArgumentParser) -> None:
    """The options ``export`` and ``write outlook`` share."""
    parser.add_argument("--config", metavar="FILE", help="use this clientConfig XML file")
    parser.add_argument("--name", default="", metavar="NAME", help="your name as others see it")
    parser.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a value the provider asks for, such as --field USERNAME=abc123 (repeatable)",
    )
    parser.add_argument(
        "--protocol",
        choices=PROTOCOLS,
        help="which kind of incoming server to use (default: the provider's preferred one)",
    )
    parser.add_argument(
        "--offline", action="store_true", help="detect from the bundled provider list only"
    )


def parse_address_argument(text: str) -> Any:
    from wizard.model import AddressError, parse_address

    try:
        return parse_address(text)
    except AddressError as exc:
        raise UsageError(str(exc)) from None


def parse_fields(items: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--field needs the form KEY=VALUE, not '{item}'.")
        fields[key.strip().upper()] = value
    return fields


def protocol_argument(args: argparse.Namespace) -> Any:
    from wizard.model import Protocol

    return Protocol(args.protocol) if args.protocol else None


def load_settings(args: argparse.Namespace, address: Any) -> Any:
    """The ``AccountConfig`` from ``--config``, else from detection (or the catalog)."""
    from wizard.model import ConfigError, Source

    if args.config:
        from wizard.catalog.clientconfig import parse_clientconfig

        path = Path(args.config)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UsageError(f"The file {path} cannot be read ({exc.strerror or exc}).") from None
        try:
            return parse_clientconfig(data, source=Source.FILE, origin=str(path))
        except ConfigError as exc:
            raise UsageError(str(exc)) from None
    config = _detect(address, offline=args.offline)
    if config is None:
        raise TaskFailed(
            f"No settings were found for {address.display}; give them with --config FILE."
        )
    if config.needs_confirmation:
        print(
            f"mailwizard: warning: the settings for {address.display} come from a source "
            "nobody vouches for; check them before use.",
            file=sys.stderr,
        )
    return config


def _detect(address: Any, *, offline: bool) -> Any:
    import asyncio

    from wizard.discovery import discover

    return asyncio.run(discover(address, offline=offline)).config


def read_password(args: argparse.Namespace) -> str | None:
    if not args.password_stdin:
        return None
    line = sys.stdin.readline()
    password = line.removesuffix("\n").removesuffix("\r")
    if not password:
        raise UsageError("No password was given on standard input.")
    return password


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
    config = load_settings(args, address)
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
