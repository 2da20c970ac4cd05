"""What unexpected errors leave behind: the last log lines (for the diagnostic report) and
the hook that sends uncaught exceptions to the window instead of a traceback.

No Qt here, so that the hook is in place before the window is even built.
"""

from __future__ import annotations

import collections
import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import Any

_MAX_LOG_LINES = 500


class MemoryLog(logging.Handler):
    """The last few hundred log lines, for the diagnostic report."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: collections.deque[str] = collections.deque(maxlen=_MAX_LOG_LINES)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # logging must never raise into the GUI
            self.handleError(record)


MEMORY_LOG = MemoryLog()


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def install_excepthook(show: Callable[[BaseException], None]) -> ExceptHook:
    """Route uncaught exceptions (also those raised in slots) to ``show``; returns the old hook."""
    previous = sys.excepthook
    log = logging.getLogger("wizard")

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        try:
            show(value)
        except Exception:  # the dialog itself failed: at least keep the log
            log.exception("the error dialog failed")

    sys.excepthook = hook
    return previous
