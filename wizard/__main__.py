"""The ``mailwizard`` command and ``python -m wizard``.

Without arguments the window opens at once: the command line, its parser, its sub-commands
and its translations are not loaded on that path, so the window is on screen as soon as a
bare Qt program's would be. With arguments (or where no window can open) the command line
runs (``wizard.cli``).
"""

from __future__ import annotations

import sys


def main() -> int:
    if len(sys.argv) <= 1:
        try:
            from wizard import app
        except ImportError:  # a build without the window: the command line says what it can do
            app = None  # type: ignore[assignment]
        if app is not None and app.can_open_window():
            return app.main()
    from wizard.cli import main as command_line

    return command_line()


if __name__ == "__main__":
    sys.exit(main())
