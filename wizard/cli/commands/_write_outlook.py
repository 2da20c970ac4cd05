"""``mailwizard write outlook ADDRESS [--config FILE] [--apply] [-o FILE]``.

Registered by ``write.py`` through ``register(write_subparsers)``. Writes the classic
Outlook profile file (.prf) of the settings proven without credentials (``wizard.pipeline``);
with ``--apply`` (Windows only) hands it to Outlook. For an Exchange / Microsoft 365 mailbox
no file is written: it says what to type into Outlook; nor for an Outlook.com or Microsoft 365
account (Microsoft's sign-in): Outlook's own account setup is the way.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wizard.cli import EXIT_OK, UsageError
from wizard.cli.commands._proven import add_proof_options, print_proven_note, proven_for_writing
from wizard.cli.commands.export import missing_field_as_usage, print_notices
from wizard.cli.common import add_settings_options, address_help, parse_address_argument, shown
from wizard.i18n import translate
from wizard.model.errors import WizardError
from wizard.texts import arg


def register(write_subparsers: Any) -> None:
    parser = write_subparsers.add_parser(
        "outlook",
        help=translate("Cli", "write the account into classic Outlook for Windows (a .prf profile file)"),
        description=translate(
            "Cli",
            "Write an Outlook profile file (.prf) for ADDRESS. With --apply (Windows only, "
            "Outlook closed) Outlook starts and imports it. Outlook still asks for the password "
            "at the first send/receive. Exchange and Microsoft 365 mailboxes need no file: "
            "Outlook sets them up from the address.",
        ),
    )
    parser.add_argument("address", metavar="ADDRESS", help=address_help())
    add_settings_options(parser)
    add_proof_options(parser)
    parser.add_argument(
        "-o", "--output", metavar="FILE", help=translate("Cli", "where to save the .prf file")
    )
    parser.add_argument("--apply", action="store_true", help=translate("Cli", "hand the file to Outlook now"))
    parser.add_argument(
        "--encoding",
        metavar="CODEPAGE",
        help=translate(
            "Cli", "character set of the file (default: the Windows ANSI code page, cp1252 elsewhere)"
        ),
    )
    parser.add_argument(
        "--add-to-default-profile",
        action="store_true",
        help=translate("Cli", "add the account to Outlook's default profile instead of a profile of its own"),
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
    from wizard.targets.exports.common import atomic_write, check_output
    from wizard.targets.outlook import (
        AutodiscoverSetup,
        ProfileMode,
        apply_prf,
        is_prf_encoding,
        plan_outlook,
    )

    address = parse_address_argument(args.address)
    if args.encoding and not is_prf_encoding(args.encoding):
        line = translate(
            "Cli", "'%1' is not a character set for a profile file; use a code page such as cp1252."
        )
        raise UsageError(arg(line, shown(args.encoding)))
    if args.output:
        check_output(Path(args.output))  # before anything is proven
    proven, fields = proven_for_writing(args, address, None)
    try:
        plan = plan_outlook(
            proven.config,
            address,
            args.name,
            protocol=proven.protocol,
            encoding=args.encoding,
            mode=(ProfileMode.ADD_TO_DEFAULT if args.add_to_default_profile else ProfileMode.SEPARATE),
            extra=fields,
        )
    except WizardError as exc:
        missing_field_as_usage(exc)
        raise
    if isinstance(plan, AutodiscoverSetup):
        _print_autodiscover(plan)
        return EXIT_OK
    if args.output:
        path = Path(args.output)
    else:
        path = _default_path(address, args.apply)
        path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, plan.data)
    print_proven_note(proven)
    print(arg(translate("Cli", "Saved the Outlook profile file for %1 to %2."), address.display, path))
    print_notices(plan.notices)
    if args.apply:
        result = apply_prf(path)
        print_notices(n for n in result.notices if n not in plan.notices)
    else:
        line = translate(
            "Cli",
            'To use it, close Outlook and run: outlook.exe /importprf "%1" (or run this command '
            "again with --apply on Windows).",
        )
        print(arg(line, path.resolve()))
    return EXIT_OK


def _print_autodiscover(plan: Any) -> None:
    print(autodiscover_text(plan))


def autodiscover_text(plan: Any) -> str:
    """What to type into Outlook for an Exchange / Microsoft 365 mailbox, or, for an account
    that signs in at Microsoft, Outlook's own account setup (no file is written)."""
    if plan.microsoft_sign_in:
        line = translate(
            "Cli",
            "Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, which "
            "opens Microsoft's sign-in page, so no profile file was written: in Outlook choose "
            "File, Add Account and type %1.",
        )
        return arg(line, plan.address)
    lines = [
        arg(
            translate(
                "Cli",
                "Outlook sets up this Exchange (Business Mail, Microsoft 365) account itself: in "
                "Outlook choose File, Add Account, type %1 and then your password; Outlook finds "
                "the server through Autodiscover.",
            ),
            plan.address,
        )
    ]
    if plan.username and plan.username != plan.address:
        lines.append(arg(translate("Cli", "If Outlook asks for a user name, type %1."), plan.username))
    if plan.server:
        lines.append(arg(translate("Cli", "If Outlook asks for a server, type %1."), plan.server))
    return " ".join(lines)
