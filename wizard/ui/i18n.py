"""Installing translations: Qt's own ``qtbase_<lang>.qm`` and ours (``wizard.i18n`` says
which language and where our files are).

Translators are swapped at run time; Qt then sends ``LanguageChange`` to every widget and
each page re-translates itself in ``retranslateUi``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wizard.i18n import LANGUAGE_NAMES, SUPPORTED_LANGUAGES, initial_language, qm_file

__all__ = ["LANGUAGE_NAMES", "install_language", "start_language"]

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def start_language() -> str:
    """The remembered choice, else the system's language."""
    try:
        return initial_language()
    except Exception:  # an unreadable settings file must not stop the window
        log.exception("could not work out the language")
        return "en"


def install_language(language: str, app: QCoreApplication | None = None) -> list[str]:
    """Replace the installed translators; returns the files loaded (for the log)."""
    app = app or QCoreApplication.instance()
    if app is None:
        return []
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in SUPPORTED_LANGUAGES:
        language = "en"
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    files = [qt_dir / f"qtbase_{language}.qm", qm_file(language)]
    loaded: list[str] = []
    for path in files:
        if path is None or not path.is_file():
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(str(path))
    QLocale.setDefault(QLocale(language))
    log.info("language %s: %s", language, loaded or "built-in English")
    return loaded
