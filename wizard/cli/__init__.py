"""The ``mailwizard`` command line (contract in DESIGN.md).

Each sub-command lives in its own module under ``wizard.cli.commands`` and exposes
``ORDER`` (position in the help) and ``register(subparsers)``; the handler it registers
returns the exit code. Heavy imports belong inside the handlers so that ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import pkgutil
import sys
from collections.abc import Callable, Sequence

from wizard import __version__
from wizard.model.errors import WizardError

EXIT_OK = 0
EXIT_FAILURE = 1  # the task failed: nothing found, login refused, target locked
EXIT_USAGE = 2  # bad usage or bad input

Handler = Callable[[argparse.Namespace], int]


class UsageError(WizardError):
    """Bad input on the command line; exit code 2."""


class TaskFailed(WizardError):
    """The task could not be done; exit code 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"mailwizard: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mailwizard",
        description="Set up an e-mail account: find the server settings, prove them, "
        "and write them into Thunderbird or Outlook or a settings file. "
        "Without a command the wizard window opens.",
    )
    parser.add_argument("--version", action="version", version=f"mailwizard {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    from wizard.cli import commands

    modules = [
        importlib.import_module(f"{commands.__name__}.{info.name}")
        for info in pkgutil.iter_modules(commands.__path__)
        if not info.name.startswith("_")
    ]
    for module in sorted(modules, key=lambda m: getattr(m, "ORDER", 100)):
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        return _open_wizard(parser)
    try:
        return handler(args)
    except UsageError as exc:
        print(f"mailwizard: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except WizardError as exc:
        print(f"mailwizard: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("mailwizard: cancelled.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _has_display() -> bool:
    """Whether a window can open (Qt would abort the process without a display)."""
    if sys.platform == "win32" or sys.platform == "darwin":
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _open_wizard(parser: argparse.ArgumentParser) -> int:
    if not _has_display():
        print(
            "mailwizard: there is no graphical display here, so the wizard window cannot open; "
            "the commands work without one (see mailwizard --help).",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    try:
        from wizard import app  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        parser.print_help()
        return EXIT_OK
    result: int = app.main()
    return result


def _utf8_streams() -> None:
    """Provider names and notes are not ASCII; never die on a legacy console encoding."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # exotic streams
                reconfigure(errors="replace")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
