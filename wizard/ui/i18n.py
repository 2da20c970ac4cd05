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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


# The standard button texts Qt looks up in the "QPlatformTheme" context. Marked here so that
# lupdate puts them into our .ts files for the languages Qt has no qtbase_<lang>.qm for.
QT_STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
)


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
    # Qt ships no qtbase_lt.qm; the older all-in-one qt_lt.qm has the wizard's buttons, and
    # our own files translate the standard buttons it lacks (see QT_STANDARD_BUTTONS).
    qt_file = qt_dir / f"qtbase_{language}.qm"
    if not qt_file.is_file():
        qt_file = qt_dir / f"qt_{language}.qm"
    files = [qt_file, qm_file(language)]
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
