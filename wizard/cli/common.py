"""What several commands share: the address argument, ``--config``/detection, ``--field``,
``--name``, ``--protocol`` and reading the password from standard input."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.cli import UsageError
from wizard.i18n import translate
from wizard.texts import arg

if TYPE_CHECKING:
    from wizard.model import AccountConfig, EmailAddress, Protocol


def parse_address_argument(text: str) -> EmailAddress:
    from wizard.cli import error_sentence
    from wizard.model import AddressError, parse_address

    try:
        return parse_address(text)
    except AddressError as exc:
        raise UsageError(error_sentence(exc)) from None


def add_settings_options(
    parser: argparse.ArgumentParser, *, protocols: tuple[str, ...] = ("imap", "pop3", "exchange")
) -> None:
    """``--config``, ``--name``, ``--field``, ``--protocol`` and ``--offline``."""
    parser.add_argument("--config", metavar="FILE", type=Path, help=config_help())
    parser.add_argument(
        "--name", default="", metavar="NAME", help=translate("Cli", "your name as others see it")
    )
    parser.add_argument("--field", action="append", default=[], metavar="KEY=VALUE", help=field_help())
    parser.add_argument(
        "--protocol",
        choices=protocols,
        help=translate("Cli", "which kind of incoming server to use (default: the preferred one)"),
    )
    parser.add_argument("--offline", action="store_true", help=offline_help())


def config_help() -> str:
    return translate(
        "Cli",
        "use the settings in this clientConfig XML file (as printed by 'detect --xml') instead "
        "of detecting them",
    )


def field_help() -> str:
    return translate("Cli", "a value the provider asks for, such as --field USERNAME=abc123 (repeatable)")


def address_help() -> str:
    return translate("Cli", "the e-mail address")


def json_help() -> str:
    return translate("Cli", "print the result as JSON")


def offline_help() -> str:
    return translate("Cli", "use the bundled provider list only")


def parse_fields(items: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(arg(translate("Cli", "--field needs the form KEY=VALUE, not '%1'."), item))
        fields[key.strip().upper()] = value
    return fields


def protocol_argument(args: argparse.Namespace) -> Protocol | None:
    from wizard.model import Protocol

    return Protocol(args.protocol) if getattr(args, "protocol", None) else None


def read_password_stdin() -> str:
    """The first line of standard input, without its line break; never echoed or logged."""
    password = sys.stdin.readline().removesuffix("\n").removesuffix("\r")
    if not password:
        raise UsageError(translate("Cli", "No password was given on standard input."))
    return password


def read_config_file(path: Path) -> AccountConfig:
    from wizard.catalog.clientconfig import parse_clientconfig
    from wizard.model import ConfigError, Source

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(
            arg(translate("Cli", "The file %1 cannot be read (%2)."), path, exc.strerror or exc)
        ) from None
    try:
        return parse_clientconfig(data, source=Source.FILE, origin=str(path))
    except ConfigError as exc:  # the technical reason stays as the reader wrote it
        line = translate("Cli", "The settings file %1 cannot be used (%2).")
        raise UsageError(arg(line, path, exc)) from None
