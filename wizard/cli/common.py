"""What several commands share: the address argument, ``--config``/detection, ``--field``,
``--name``, ``--protocol`` and reading the password from standard input."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.cli import TaskFailed, UsageError
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


def load_settings(
    address: EmailAddress,
    *,
    config_file: Path | None = None,
    offline: bool = False,
    timeout: float = 15.0,
) -> AccountConfig:
    """The settings from ``config_file``, else detected; warns on stderr when nobody vouches
    for detected settings."""
    if config_file is not None:
        return read_config_file(config_file)
    from wizard.discovery import discover

    config = asyncio.run(discover(address, offline=offline, timeout=timeout)).config
    if config is None:
        raise TaskFailed(
            arg(
                translate("Cli", "No settings were found for %1; give them with --config FILE."),
                address.display,
            )
        )
    if config.needs_confirmation:
        from wizard import texts

        warning = translate(
            "Cli", "the settings for %1 come from %2 and nobody vouches for them; check them before use."
        )
        print(
            "mailwizard: " + arg(warning, address.display, texts.source_name(config.source)), file=sys.stderr
        )
    return config


def incoming_index(config: AccountConfig, protocol: Protocol | None, *, checkable_only: bool = False) -> int:
    """Index of the first incoming server of ``protocol`` (or of any usable kind)."""
    from wizard.model import Protocol

    if protocol is not None:
        wanted: tuple[Protocol, ...] = (protocol,)
    elif checkable_only:
        wanted = (Protocol.IMAP, Protocol.POP3)
    else:
        wanted = tuple(Protocol)
    for index, server in enumerate(config.incoming):
        if server.protocol in wanted:
            return index
    if protocol is None:
        raise TaskFailed(translate("Cli", "The settings have no IMAP or POP3 incoming server."))
    raise TaskFailed(
        arg(translate("Cli", "The settings have no %1 incoming server."), protocol.value.upper())
    )


def settings_from_args(args: argparse.Namespace, address: EmailAddress) -> AccountConfig:
    """``load_settings`` driven by the options of ``add_settings_options``."""
    config_file = getattr(args, "config", None)
    return load_settings(
        address,
        config_file=Path(config_file) if config_file is not None else None,
        offline=getattr(args, "offline", False),
        timeout=getattr(args, "detect_timeout", 15.0),
    )
