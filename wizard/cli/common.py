"""What several commands share: the address argument, ``--config``/detection, ``--field``,
``--name``, ``--protocol``, reading the password from standard input, and the checks that
every input passes before anything is written (text arguments, capped file reads, preset
values)."""

from __future__ import annotations

import argparse
import logging
import math
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
            line = translate("Cli", "--field needs the form KEY=VALUE, not '%1'.")
            raise UsageError(arg(line, shown(item)))
        fields[key.strip().upper()] = one_line_value(f"--field {key.strip().upper()}", value)
    return fields


def one_line_value(label: str, value: str) -> str:
    """``value`` (of a ``--field``) as given; a line break or a control character in it is bad
    input: it fills in a user name, which goes into a login and a profile file."""
    from wizard.model.errors import UNPRINTABLE

    if UNPRINTABLE.search(value):
        # The brand file's sentence: the same words, already translated.
        line = translate("Brand", "%1: '%2' must be one line without control characters.")
        raise UsageError(arg(line, label, shown(value)))
    return value


def protocol_argument(args: argparse.Namespace) -> Protocol | None:
    from wizard.model import Protocol

    return Protocol(args.protocol) if getattr(args, "protocol", None) else None


def read_password_stdin() -> str:
    """The first line of standard input, without its line break; never echoed or logged."""
    try:
        password: str | None = sys.stdin.readline().removesuffix("\n").removesuffix("\r")
    except UnicodeDecodeError:  # a strict decoder; the lenient one leaves surrogates instead
        password = None
    if password is None or not is_text(password):
        raise UsageError(
            translate(
                "Cli", "The password on standard input is not valid text in the system's character set."
            )
        )
    if not password:
        raise UsageError(translate("Cli", "No password was given on standard input."))
    from wizard import logfile

    logfile.add_secret(password)
    return password


# --------------------------------------------------------------------------- the log

log = logging.getLogger("wizard.cli")


def start_logging(args: argparse.Namespace) -> None:
    """The log file always, standard error too with ``-v``; the command is the first line."""
    from wizard import __version__, logfile

    logfile.start_file_log()
    logfile.start_console_log(getattr(args, "verbose", 0))
    words = (getattr(args, name, None) for name in ("command", "target"))
    command = " ".join(str(word) for word in words if word)
    log.info("mailwizard %s: %s", __version__, command)


def report_unexpected(error: BaseException) -> int:
    """An error nobody foresaw: one sentence on stderr, the traceback in the log file; exit 1."""
    from wizard import logfile

    log.error("unexpected error", exc_info=error)
    line = translate("Cli", "An unexpected error stopped the command (%1); the details are in %2.")
    say(arg(line, type(error).__name__, logfile.log_file()))
    return 1


# --------------------------------------------------------------------------- checking input

# Options whose value names a file or folder: any bytes the file system allows are fine there.
PATH_METAVARS = frozenset({"FILE", "DIR"})
MAX_INPUT_FILE_BYTES = 1024 * 1024  # --config, --trust-cert, a preset: far more than any needs


def is_text(value: str) -> bool:
    """False for what is not text: bytes the system's character set could not decode (held as
    lone surrogates, from ``sys.argv`` or standard input) and NUL."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\0" not in value


def shown(value: str) -> str:
    """``value`` printable in one line: undecodable bytes as ``\\xNN``, controls escaped."""
    try:
        raw = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return value.encode("unicode_escape").decode("ascii")
    text = raw.decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


_SECONDS = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")


def seconds(text: str) -> float:
    """An option's number of seconds, in ASCII digits with an optional decimal point: ``float()``
    alone would also take ``inf``, ``nan``, ``1e400``, ``1_0`` and other scripts' digits.
    argparse turns the ValueError into "--option cannot be '…'"."""
    if not _SECONDS.fullmatch(text):
        raise ValueError(text)
    return float(text)


# Characters that would break or disguise a line of standard error: controls, line and paragraph
# separators, NEL, and the bidirectional overrides and isolates (they reorder what follows).
_LINE_BREAKERS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def one_line(sentence: str) -> str:
    """``sentence`` as one line of standard error: the characters above escaped (``\\n``), bytes
    the system's character set could not decode as ``\\xNN``; the rest, translations included,
    stays as it is. A path or value quoted in a sentence cannot split or reorder the line."""
    try:
        raw = sentence.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        raw = sentence.encode("utf-8", "backslashreplace")
    text = raw.decode("utf-8", "backslashreplace")
    return _LINE_BREAKERS.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def say(sentence: str) -> None:
    """Print ``sentence`` on standard error, prefixed with the command's name, on one line."""
    print("mailwizard: " + one_line(sentence), file=sys.stderr)


def _actions(parser: argparse.ArgumentParser) -> Iterator[argparse.Action]:
    for action in parser._actions:
        yield action
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _actions(sub)


def check_argument_text(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Every text argument must be text: an address, a name or a field holding bytes the
    system's character set cannot decode stops the command before it does anything."""
    paths = {a.dest for a in _actions(parser) if a.metavar in PATH_METAVARS or a.type is Path}
    for dest, value in vars(args).items():
        if dest in paths:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and not is_text(item):
                line = translate(
                    "Cli", "'%1' is not valid text: it holds bytes the system's character set cannot read."
                )
                raise UsageError(arg(line, shown(item)))


def read_capped(path: Path, limit: int = MAX_INPUT_FILE_BYTES) -> bytes:
    """At most ``limit + 1`` bytes of ``path`` (so that a caller can tell it is too large): a
    device such as ``/dev/zero`` is never read without end. Unreadable: a usage error."""
    try:
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise UsageError(arg(translate("Cli", "The file %1 cannot be read (%2)."), path, reason)) from None


def read_small_file(path: Path, limit: int = MAX_INPUT_FILE_BYTES) -> bytes:
    """The whole of ``path``, refused with one sentence when it is larger than ``limit``."""
    data = read_capped(path, limit)
    if len(data) > limit:
        line = translate("Cli", "The file %1 is larger than %2 MB, so it was not read.")
        raise UsageError(arg(line, path, limit // (1024 * 1024)))
    return data


# What a preset's values may be: a type (or types) for each key of a table.
Schema = Mapping[str, type | tuple[type, ...]]


def check_table(table: Mapping[str, Any], schema: Schema, path: Path, section: str = "") -> None:
    """Refuse unknown keys, values of the wrong type and NUL characters in a preset table."""
    unknown = sorted(f"{section}{shown(key)}" for key in set(table) - set(schema))
    if unknown:
        line = translate("Cli", "The preset %1 has unknown keys: %2.")
        raise UsageError(arg(line, path, ", ".join(unknown)))
    for key, value in table.items():
        expected = schema[key]
        kinds = expected if isinstance(expected, tuple) else (expected,)
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            names = " or ".join(_TOML_KINDS.get(kind, kind.__name__) for kind in kinds)
            line = translate("Cli", "The preset %1 has a value of the wrong kind (%2).")
            raise UsageError(arg(line, path, f"{section}{shown(key)} must be {names}"))
        for text in (key, value) if isinstance(value, str) else (key,):  # tables: checked on their own
            if not is_text(text):
                line = translate(
                    "Cli", "The preset %1 has a NUL character in %2, which no mail program accepts."
                )
                raise UsageError(arg(line, path, f"{section}{shown(key)}"))
        if isinstance(value, float) and not math.isfinite(value):
            line = translate("Cli", "The preset %1 has a value of the wrong kind (%2).")
            raise UsageError(arg(line, path, f"{section}{key} must be a finite number"))


_TOML_KINDS = {str: "a string", bool: "true or false", int: "a number", float: "a number",
               dict: "a table", list: "a list"}


def read_config_file(path: Path) -> AccountConfig:
    from wizard.catalog.clientconfig import MAX_CONFIG_BYTES, parse_clientconfig
    from wizard.model import ConfigError, Source

    data = read_capped(path, MAX_CONFIG_BYTES)  # one byte more than allowed: the reader says so
    log.info("settings from %s (%d bytes)", path, len(data))
    try:
        return parse_clientconfig(data, source=Source.FILE, origin=str(path))
    except ConfigError as exc:  # the technical reason stays as the reader wrote it
        line = translate("Cli", "The settings file %1 cannot be used (%2).")
        raise UsageError(arg(line, path, exc)) from None

