"""The ``mailwizard`` command line (contract in DESIGN.md).

Each sub-command lives in its own module under ``wizard.cli.commands`` and exposes
``ORDER`` (position in the help) and ``register(subparsers)``; the handler it registers
returns the exit code. Heavy imports belong inside the handlers so that ``--help`` stays fast.

It speaks the system's language (``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``; on Windows
the display language): every sentence goes through ``translate("Cli", …)`` or the shared
words table (``wizard.texts``), read from the same compiled translations as the window.
What scripts parse (``--json``, ``--xml``, exit codes, the ``mailwizard:`` prefix) does not
change with the language.

``--brand DIR`` (else the ``brand/`` folder in the per-machine config folder) makes every
command an ISP's own edition: the window, the provider list, the language when the system's
is not one of ours, the OAuth2 registrations. A brand that cannot be used is one sentence,
exit 2. Handlers find the loaded brand (or None) in ``args.brand``; the shared sentences name
the program by the brand's short name (``wizard.i18n.branded_as``).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import pkgutil
import re
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from wizard import __version__, texts
from wizard.i18n import branded_as, translate, translated_by
from wizard.model.errors import WizardError
from wizard.texts import QT_TRANSLATE_NOOP, arg

if TYPE_CHECKING:
    from wizard.i18n import QmTranslations

EXIT_OK = 0
EXIT_FAILURE = 1  # the task failed: nothing found, login refused, target locked
EXIT_USAGE = 2  # bad usage or bad input

Handler = Callable[[argparse.Namespace], int]


class UsageError(WizardError):
    """Bad input on the command line; exit code 2."""


class TaskFailed(WizardError):
    """The task could not be done; exit code 1."""


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self, usage: str | None, actions: object, groups: object, prefix: str | None = None
    ) -> None:
        if prefix is None:
            prefix = translate("Cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)  # type: ignore[arg-type]


# argparse's own complaints (Python 3.11-3.13 wording), as our sentences.
_ARGPARSE_MESSAGES = (
    (
        re.compile(r"the following arguments are required: (.+)"),
        QT_TRANSLATE_NOOP("Cli", "missing: %1"),
    ),
    (
        re.compile(r"unrecognized arguments: (.+)"),
        QT_TRANSLATE_NOOP("Cli", "unknown arguments: %1"),
    ),
    (
        re.compile(r"argument (.+?): invalid choice: (.+?) \(choose from (.+)\)"),
        QT_TRANSLATE_NOOP("Cli", "%1 cannot be %2; choose one of %3"),
    ),
    (re.compile(r"argument (.+?): expected one argument"), QT_TRANSLATE_NOOP("Cli", "%1 needs a value")),
    (re.compile(r"argument (.+?): invalid \w+ value: (.+)"), QT_TRANSLATE_NOOP("Cli", "%1 cannot be %2")),
    (
        re.compile(r"argument (.+?): not allowed with argument (.+)"),
        QT_TRANSLATE_NOOP("Cli", "%1 and %2 cannot be used together"),
    ),
)


def _argparse_message(message: str) -> str:
    for pattern, sentence in _ARGPARSE_MESSAGES:
        if found := pattern.fullmatch(message):
            return arg(translate("Cli", sentence), *found.groups())
    return message


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = translate("Cli", "arguments")
        self._optionals.title = translate("Cli", "options")
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=translate("Cli", "show this help and exit"),
        )
        self.add_argument(
            "-v",
            "--verbose",
            action="count",
            default=argparse.SUPPRESS,  # a sub-command's parser must not reset the main one's
            help=translate("Cli", "show what happens on standard error (-vv: in more detail)"),
        )

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        self._given = list(sys.argv[1:] if args is None else args)
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> None:  # type: ignore[override]
        """One sentence, without the usage lines (``--help`` shows them)."""
        dashed = self._dashed_address()
        if dashed is not None:
            line = translate("Cli", "'%1' reads as an option; put -- before an address that starts with '-'.")
            from wizard.cli.common import shown

            self.exit(EXIT_USAGE, f"mailwizard: {arg(line, shown(dashed))}\n")
        from wizard.cli.common import one_line

        self.exit(EXIT_USAGE, f"mailwizard: {one_line(_argparse_message(message))}\n")

    def _dashed_address(self) -> str | None:
        """An argument like ``-jane@example.org`` that argparse took for an unknown option."""
        given_args: list[str] = getattr(self, "_given", [])
        for given in given_args:
            if given == "--":
                return None
            if given.startswith("-") and "@" in given and not given.startswith(
                tuple(self._option_string_actions)
            ):
                return given
        return None


def system_translations(fallback: str = "en") -> QmTranslations:
    """The compiled translation of the system's language (else ``fallback``, a brand's),
    read without Qt."""
    from wizard.i18n import QmTranslations, system_language

    return QmTranslations.load(system_language(fallback=fallback))


_ADDRESS_SENTENCES = {
    "empty": QT_TRANSLATE_NOOP("Cli", "Please give an e-mail address."),
    "no-at": QT_TRANSLATE_NOOP("Cli", "'%1' is not an e-mail address: it needs the form name@example.com."),
    "local-part": QT_TRANSLATE_NOOP("Cli", "The part before the @ in '%1' is not valid."),
    "domain": QT_TRANSLATE_NOOP("Cli", "The domain after the @ in '%1' is not a valid domain name."),
    "too-long": QT_TRANSLATE_NOOP("Cli", "The address '%1' is too long to be an e-mail address."),
}


def error_sentence(error: WizardError) -> str:
    """The user's sentence for an error from any layer, with its technical details; an error
    the words table does not know keeps its English ``str()``."""
    from wizard.model.errors import AddressError
    from wizard.verify.failures import VerifyError

    if isinstance(error, AddressError):
        from wizard.cli.common import shown

        return arg(translate("Cli", _ADDRESS_SENTENCES[error.problem.value]), shown(error.text))
    if isinstance(error, (UsageError, TaskFailed)) or getattr(error, "kind", None) is None:
        return str(error)  # ours are translated where they are raised
    if isinstance(error, VerifyError):
        failure = error.failure
        where = f"{failure.host}:{failure.port}" if failure.host else ""
        return _with_details(texts.failure_text(error.kind), where, failure.detail)
    sentence = texts.target_problem_text(error)
    if sentence == str(error):
        return sentence
    details = (getattr(error, name, "") for name in ("path", "subject", "detail"))
    return _with_details(sentence, *details)


def _with_details(sentence: str, *details: object) -> str:
    shown = [str(d) for d in details if d]
    return f"{sentence} ({'; '.join(shown)})" if shown else sentence


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mailwizard",
        description=translate(
            "Cli",
            "Set up an e-mail account: find the server settings, prove them, and write them "
            "into Thunderbird or Outlook or a settings file. Without a command the wizard "
            "window opens.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"mailwizard {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
    parser.add_argument(
        "--brand",
        metavar="DIR",
        help=translate(
            "Cli",
            "run as the ISP's own edition in DIR (its name, providers, language and support "
            "contacts); without it, the brand folder in the per-machine config folder, if any",
        ),
    )
    subparsers = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        parser_class=_Parser,
        title=translate("Cli", "commands"),
    )
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
    with translated_by(system_translations().lookup):
        return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    explicit, args.brand = args.brand, None
    if explicit is None and getattr(args, "handler", None) is None:
        return _open_wizard(parser)  # it finds a per-machine brand itself, and paints first
    from wizard.brand import find_brand_dir

    folder = find_brand_dir(explicit)  # light: the generic wizard loads nothing more
    if folder is None:
        return _handle(parser, args)
    from wizard.brand import BrandError, load_brand

    try:
        args.brand = load_brand(folder)
    except BrandError as exc:  # before the log starts: on standard error only
        from wizard.cli.common import say

        say(str(exc))
        return EXIT_USAGE
    with translated_by(system_translations(args.brand.language).lookup), branded_as(args.brand.short_name):
        return _handle(parser, args)


def _handle(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        return _open_wizard(parser, args.brand)
    try:
        from wizard.cli.common import check_argument_text, start_logging

        start_logging(args)
        check_argument_text(parser, args)
        return handler(args)
    except UsageError as exc:
        return _fail(error_sentence(exc), EXIT_USAGE)
    except WizardError as exc:
        return _fail(error_sentence(exc), EXIT_FAILURE)
    except KeyboardInterrupt:
        print("mailwizard: " + translate("Cli", "stopped."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one sentence here, the traceback in the log file
        from wizard.cli.common import report_unexpected

        return report_unexpected(exc)


def _fail(sentence: str, code: int) -> int:
    import logging

    from wizard.cli.common import say

    logging.getLogger("wizard.cli").warning("exit %d: %s", code, sentence)
    say(sentence)
    return code


def _open_wizard(parser: argparse.ArgumentParser, brand: Any = None) -> int:
    try:
        from wizard import app  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        parser.print_help()
        return EXIT_OK
    if not app.can_open_window():
        print(
            "mailwizard: "
            + translate(
                "Cli",
                "there is no graphical display here, so the wizard window cannot open; the "
                "commands work without one (see mailwizard --help).",
            ),
            file=sys.stderr,
        )
        return EXIT_FAILURE
    result: int = app.main(brand=brand)
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
