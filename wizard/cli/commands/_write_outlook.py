"""``mailwizard write outlook ADDRESS [--config FILE] [--apply] [-o FILE]``.

Registered by ``write.py`` through ``register(write_subparsers)``. Writes the classic
Outlook profile file (.prf); with ``--apply`` (Windows only) hands it to Outlook. For an
Exchange / Microsoft 365 mailbox no file is written: it says what to type into Outlook.
"""

from __future__ import annotations

import argparse
import codecs
import sys
from pathlib import Path
from typing import Any

from wizard.cli import EXIT_OK, UsageError
from wizard.cli.commands.export import missing_field_as_usage, print_notices
from wizard.cli.common import (
    add_settings_options,
    parse_address_argument,
    parse_fields,
    protocol_argument,
    settings_from_args,
)
from wizard.model.errors import WizardError


def register(write_subparsers: Any) -> None:
    parser = write_subparsers.add_parser(
        "outlook",
        help="write the account into classic Outlook for Windows (a .prf profile file)",
        description="Write an Outlook profile file (.prf) for ADDRESS. With --apply (Windows "
        "only, Outlook closed) Outlook starts and imports it. Outlook still asks for the "
        "password at the first send/receive. Exchange and Microsoft 365 mailboxes need no "
        "file: Outlook sets them up from the address.",
    )
    parser.add_argument("address", metavar="ADDRESS", help="the e-mail address")
    add_settings_options(parser)
    parser.add_argument("-o", "--output", metavar="FILE", help="where to save the .prf file")
    parser.add_argument("--apply", action="store_true", help="hand the file to Outlook now")
    parser.add_argument(
        "--encoding",
        metavar="CODEPAGE",
        help="character set of the file (default: the Windows ANSI code page, cp1252 elsewhere)",
    )
    parser.add_argument(
        "--add-to-default-profile",
        action="store_true",
        help="add the account to Outlook's default profile instead of a profile of its own",
    )
    parser.set_defaults(handler=run)


def _default_path(address: Any, apply: bool) -> Path:
    name = f"{address.address}.prf"
    if apply and sys.platform == "win32":
        # Outlook reads the file at its next start, so it must stay where it is.
        import platformdirs

        return Path(platformdirs.user_data_dir("mailwizard", appauthor=False)) / "outlook" / name
    return Path(name)


def run(args: argparse.Namespace) -> int:
    from wizard.targets.exports.common import atomic_write
    from wizard.targets.outlook import AutodiscoverSetup, ProfileMode, apply_prf, plan_outlook

    address = parse_address_argument(args.address)
    if args.encoding:
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise UsageError(f"'{args.encoding}' is not a known character set.") from None
    fields = parse_fields(args.field)
    config = settings_from_args(args, address)
    try:
        plan = plan_outlook(
            config,
            address,
            args.name,
            protocol=protocol_argument(args),
            encoding=args.encoding,
            mode=(
                ProfileMode.ADD_TO_DEFAULT if args.add_to_default_profile else ProfileMode.SEPARATE
            ),
            extra=fields,
        )
    except WizardError as exc:
        missing_field_as_usage(exc)
        raise
    if isinstance(plan, AutodiscoverSetup):
        print(plan.instructions)
        return EXIT_OK
    if args.output:
        path = Path(args.output)
    else:
        path = _default_path(address, args.apply)
        path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, plan.data)
    print(f"Saved the Outlook profile file for {address.display} to {path}.")
    print_notices(plan.notices)
    if args.apply:
        result = apply_prf(path)
        print_notices(n for n in result.notices if n not in plan.notices)
    else:
        print(
            "To use it, close Outlook and run: outlook.exe /importprf "
            f'"{path.resolve()}" (or run this command again with --apply on Windows).'
        )
    return EXIT_OK
