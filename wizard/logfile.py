"""Mail Wizard's log: a rotating file in the platform's log folder, and standard error with ``-v``.

Both the window and the command line write to ``mailwizard.log`` in ``platformdirs``'
``user_log_dir`` (Linux: ``~/.local/state/mailwizard/log``; Windows:
``%LOCALAPPDATA%\\mailwizard\\Logs``; macOS: ``~/Library/Logs/mailwizard``), rotated at
:data:`MAX_BYTES` with :data:`BACKUPS` old files kept. The window's diagnostic report names the
file. Every line passes :class:`RedactingFormatter`: a password or token registered with
:func:`add_secret` (or returned by a source given to :func:`add_secret_source`) never reaches
the file or the screen, also not inside an exception's message or traceback.

Only ``logging`` and ``pathlib`` are imported here: the window imports this module before its
first paint and starts the file itself later (``logging.handlers`` is imported then).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from wizard import APP_NAME

LOG_NAME = "mailwizard.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3
MASK = "********"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_secrets: set[str] = set()
_sources: list[Callable[[], Iterable[str | None]]] = []


def add_secret(secret: str | None) -> None:
    """Never write ``secret`` (a password, a token) into a log line."""
    if secret:
        _secrets.add(secret)


def add_secret_source(source: Callable[[], Iterable[str | None]]) -> None:
    """Ask ``source`` for the current secrets whenever a line is written (the window's password
    changes as the user types)."""
    _sources.append(source)


def redact(text: str) -> str:
    """``text`` with every known secret, also as Python writes it inside a repr, masked."""
    secrets = set(_secrets)
    for source in _sources:
        with contextlib.suppress(Exception):  # a source must never stop logging
            secrets.update(s for s in source() if s)
    for secret in sorted(secrets, key=len, reverse=True):
        for form in {secret, repr(secret)[1:-1]}:
            text = text.replace(form, MASK)
    return text


class RedactingFormatter(logging.Formatter):
    """The usual line, with the secrets masked (message, arguments and traceback alike)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    """Where the log is written (the diagnostic report points here)."""
    return log_folder() / LOG_NAME


def start_file_log(logger: logging.Logger | None = None, *, level: int = logging.INFO) -> Path | None:
    """Add the rotating log file to ``logger`` (default: the root logger) once; returns its path,
    or None when the folder cannot be written (logging is never worth a failure)."""
    import logging.handlers

    logger = logger or logging.getLogger()
    for handler in logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8"):  # writable now, or no handler: not a "Logging error" later
            pass
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True,
            errors="backslashreplace",  # an undecodable path or name in a message is no logging error
        )
    except OSError:
        # No log file: a quiet handler keeps Python's last-resort one from printing every
        # warning (and a bug's traceback) on standard error.
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
        return None
    handler.setLevel(level)
    handler.setFormatter(RedactingFormatter(FORMAT))
    logger.addHandler(handler)
    if logger.getEffectiveLevel() > level:
        logger.setLevel(level)
    return path


def start_console_log(verbosity: int) -> None:
    """``-v``: what happens, on standard error; ``-vv``: also Mail Wizard's own details (other
    libraries stay at information, so no protocol dump can carry a login)."""
    if verbosity <= 0:
        return
    handler = logging.StreamHandler()
    handler.setLevel(logging.INFO if verbosity == 1 else logging.DEBUG)
    handler.setFormatter(RedactingFormatter("mailwizard: %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.getEffectiveLevel() > logging.INFO:
        root.setLevel(logging.INFO)
    if verbosity > 1:
        logging.getLogger("wizard").setLevel(logging.DEBUG)
