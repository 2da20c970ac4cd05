"""Start the wizard window: the application, its icon, translations and error handling."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from wizard.brand import Brand
    from wizard.ui.window import MailWizard


def can_open_window() -> bool:
    """Whether a window can open here (without a display Qt would abort the process)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def create_window(
    argv: Sequence[str] | None = None,
    *,
    brand: Brand | Path | str | None = None,
    config_dir: Path | None = None,
) -> tuple[QApplication, MailWizard]:
    """The application and its window, not yet shown (the start-up benchmark calls this too).

    ``brand``: a loaded brand (``--brand DIR``, checked before), or a brand folder; without
    it, the brand a branded build installed, else the ``brand/`` folder in the per-machine
    config folder (``config_dir``, by default the system's) if there is one. The window paints
    with a first look at a folder and loads the brand after the first paint."""
    # Qt is imported here, not at module level, so that ``import wizard.app`` stays cheap.
    # High-DPI: Qt 6 already scales by the screen's exact factor (PassThrough rounding).
    from PySide6.QtWidgets import QApplication

    from wizard.brand import find_brand_dir
    from wizard.ui.errorlog import MEMORY_LOG
    from wizard.ui.i18n import install_language, start_language

    logging.getLogger().addHandler(MEMORY_LOG)
    logging.getLogger().setLevel(logging.DEBUG if os.environ.get("MAILWIZARD_DEBUG") else logging.INFO)
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Mail Wizard")
    app.setOrganizationName("Mail Wizard")
    app.setDesktopFileName("mailwizard")
    loaded, look = None, None
    if brand is None or isinstance(brand, Path | str):
        folder = find_brand_dir(brand, config_dir=config_dir)
        if folder is not None:
            from wizard.brand.look import look_at_brand

            look = look_at_brand(folder)
    else:
        loaded, look = brand, brand.look
    language = start_language(fallback=(look.language if look is not None else None) or "en")
    install_language(language, app)

    from wizard.ui.window import MailWizard

    if loaded is not None:
        from wizard.ui.services import Services

        return app, MailWizard(Services.default(brand=loaded), language=language)
    return app, MailWizard(language=language, brand_look=look)


# The log file starts after the first paint (logging.handlers costs a few milliseconds);
# the memory log holds what came before and is copied into it.
LOG_FILE_DELAY_MS = 1500
# Tests that drive the window from outside (the Wine end-to-end test) name a file here; the
# name of every page the window shows is appended to it, one per line, and a picture of each
# page as it first shows is saved beside it (shown-<page>.png): a page that moves on by itself
# at once (a search that finds the settings in the provider list) is gone before a test sees it.
PAGE_LOG_VARIABLE = "MAILWIZARD_PAGE_LOG"


def _log_pages(window: MailWizard, path: str) -> None:
    from PySide6.QtCore import QTimer

    from wizard.flow.graph import PageId

    def shown(page_id: int) -> None:
        if page_id < 0:
            return
        name = PageId(page_id).name
        with open(path, "a", encoding="utf-8") as log:
            log.write(name + "\n")
        picture = os.path.join(os.path.dirname(path), f"shown-{name.lower()}.png")
        if not os.path.exists(picture):
            QTimer.singleShot(0, window, lambda: window.grab().save(picture))

    window.currentIdChanged.connect(shown)


def brand_argument(argv: Sequence[str]) -> str | None:
    """The DIR of ``--brand DIR`` (or ``--brand=DIR``) among the arguments of ``mailwizard-gui``."""
    for index, argument in enumerate(argv):
        if argument == "--brand" and index + 1 < len(argv):
            return argv[index + 1]
        if argument.startswith("--brand="):
            return argument.partition("=")[2]
    return None


def main(argv: Sequence[str] | None = None, *, brand: Brand | None = None) -> int:
    """The window (``mailwizard-gui [--brand DIR]``; ``mailwizard`` passes a brand it has
    checked). A brand given by ``--brand`` that cannot be used: one sentence, exit 2."""
    from PySide6.QtCore import QTimer

    from wizard import logfile
    from wizard.ui.errorlog import install_excepthook

    arguments = list(sys.argv if argv is None else argv)
    if brand is None and (folder := brand_argument(arguments[1:])) is not None:
        from wizard.brand import BrandError, load_brand

        try:
            brand = load_brand(folder)
        except BrandError as exc:
            print(f"mailwizard: {exc}", file=sys.stderr)
            return 2
    app, window = create_window(arguments, brand=brand)
    install_excepthook(window.report_error)
    logfile.add_secret_source(lambda: (window.data.password,))
    QTimer.singleShot(LOG_FILE_DELAY_MS, window, start_file_log)
    if page_log := os.environ.get(PAGE_LOG_VARIABLE):
        _log_pages(window, page_log)
    window.show()
    result = app.exec()
    window.shutdown()
    return int(result)


def start_file_log() -> None:
    """The rotating log file, with the lines the memory log kept since the start."""
    from wizard import logfile
    from wizard.ui.errorlog import MEMORY_LOG

    path = logfile.start_file_log()
    if path is not None:
        with contextlib.suppress(OSError), open(path, "a", encoding="utf-8") as file:
            file.writelines(logfile.redact(line) + "\n" for line in MEMORY_LOG.lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
