"""Entry points of the Windows launchers (installed as ``_mailwizard_boot``).

``mailwizard.exe`` calls :func:`cli`; ``mailwizard-gui.exe`` (no console) calls :func:`gui`;
the installer calls :func:`warm`.
A GUI start-up failure cannot be printed (there is no console), so it is written to
``startup-error.txt`` in the app's own folder, ``%LOCALAPPDATA%\\mailwizard`` (where its
settings and saved files are: platformdirs' user data folder), and shown in a message box
(unless ``MAILWIZARD_NO_ERROR_DIALOG`` is set, as the unattended smoke test does).
"""

from __future__ import annotations

import os
import sys
import traceback


def cli() -> int:
    sys.argv[0] = "mailwizard"
    from wizard.__main__ import main  # without arguments: straight to the window

    return main()


def gui() -> int:
    sys.argv[0] = sys.executable
    try:
        try:
            from wizard.app import main
        except ModuleNotFoundError as exc:
            if exc.name != "wizard.app":
                raise
            from wizard.cli import main  # no window in this build: the CLI says so
        return int(main() or 0)
    except SystemExit:
        raise
    except BaseException:
        _report(traceback.format_exc())
        return 1


def warm() -> int:
    """Run once by the installer: import every module of the app so that Python writes their
    ``.pyc`` files now, not during the user's first start. Failures are ignored."""
    import importlib
    import pkgutil
    import threading

    import wizard

    def import_all() -> None:
        for info in pkgutil.walk_packages(wizard.__path__, "wizard."):
            if info.name.rsplit(".", 1)[-1] == "__main__":  # would start the app
                continue
            try:
                importlib.import_module(info.name)
            except Exception:  # noqa: S112 - best effort; the app reports real problems itself
                continue

    # The installer waits for this process: never let a stuck import hold it up.
    worker = threading.Thread(target=import_all, daemon=True)
    worker.start()
    worker.join(timeout=60)
    sys.stdout.flush()
    os._exit(0)


def _report(text: str) -> None:
    # platformdirs.user_data_dir("mailwizard", appauthor=False) on Windows, without importing
    # anything that may be what failed.
    folder = os.path.join(os.environ.get("LOCALAPPDATA", os.path.expanduser("~")), "mailwizard")
    path = os.path.join(folder, "startup-error.txt")
    try:
        os.makedirs(folder, exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            out.write(text)
    except OSError:
        path = ""
    if sys.stderr is not None:
        sys.stderr.write(text)
    if os.environ.get("MAILWIZARD_NO_ERROR_DIALOG"):
        return
    import ctypes

    message = "Mail Wizard could not start.\n\n" + text.strip().splitlines()[-1]
    if path:
        message += f"\n\nDetails: {path}"
    ctypes.windll.user32.MessageBoxW(None, message, "Mail Wizard", 0x10)
