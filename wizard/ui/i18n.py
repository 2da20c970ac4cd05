"""Installing translations: Qt's own ``qtbase_<lang>.qm`` and ours (``wizard.i18n`` says
which language and where our files are), or the pseudo-locale for layout tests.

Translators are swapped at run time; Qt then sends ``LanguageChange`` to every widget and
each page re-translates itself in ``retranslateUi``.

The pseudo-locale (``install_language("pseudo")``, or ``MAILWIZARD_PSEUDO=1`` at start)
translates every string, Qt's own included, with ``wizard.i18n.pseudo_translate``: ~40 %
longer and accented, so a label that would clip in a real language clips here first.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wizard.i18n import (
    LANGUAGE_NAMES,
    PSEUDO_LANGUAGE,
    SOURCE_LANGUAGE,
    SUPPORTED_LANGUAGES,
    initial_language,
    pseudo_translate,
    qm_file,
    use_translator,
)

__all__ = [
    "LANGUAGE_NAMES",
    "PSEUDO_ENVIRONMENT",
    "PseudoTranslator",
    "install_language",
    "start_language",
    "use_translations_from",
]

log = logging.getLogger(__name__)

# The shared words table translates through Qt's translators in the window (live switching).
use_translator(QCoreApplication.translate)

PSEUDO_ENVIRONMENT = "MAILWIZARD_PSEUDO"

_installed: list[QTranslator] = []
# Where our .qm files are read from; None: the package's own (wizard.i18n.qm_dir).
_source: dict[str, Path | None] = {"folder": None}


class PseudoTranslator(QTranslator):
    """Every string, in every context, lengthened and accented (markup, %1 and &X kept)."""

    def translate(self, context: str, sourceText: str, disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo_translate(sourceText) if sourceText else ""

    def isEmpty(self) -> bool:
        return False


def use_translations_from(folder: Path | None) -> None:
    """Read our ``wizard_<lang>.qm`` from ``folder`` (tests, a source checkout compiled
    elsewhere); None goes back to the package's own files. Applies to later switches too."""
    _source["folder"] = folder


def _our_file(language: str) -> Path | None:
    folder = _source["folder"]
    if folder is None:
        return qm_file(language)
    if language == SOURCE_LANGUAGE:
        return None
    path = folder / f"wizard_{language}.qm"
    return path if path.is_file() else None


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


def start_language(fallback: str = SOURCE_LANGUAGE) -> str:
    """The pseudo-locale when ``MAILWIZARD_PSEUDO`` is set, else the remembered choice, else
    the system's language, else ``fallback`` (a brand's language)."""
    if os.environ.get(PSEUDO_ENVIRONMENT, "") not in ("", "0"):
        return PSEUDO_LANGUAGE
    try:
        return initial_language(fallback=fallback)
    except Exception:  # an unreadable settings file must not stop the window
        log.exception("could not work out the language")
        return fallback


def install_language(language: str, app: QCoreApplication | None = None) -> list[str]:
    """Replace the installed translators; returns the files loaded (for the log)."""
    app = app or QCoreApplication.instance()
    if app is None:
        return []
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == PSEUDO_LANGUAGE:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        _installed.append(pseudo)
        QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
        log.info("language: the pseudo-locale")
        return [PSEUDO_LANGUAGE]
    if language not in SUPPORTED_LANGUAGES:
        language = SOURCE_LANGUAGE
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    # Qt ships no qtbase_lt.qm; the older all-in-one qt_lt.qm has the wizard's buttons, and
    # our own files translate the standard buttons it lacks (see QT_STANDARD_BUTTONS).
    qt_file = qt_dir / f"qtbase_{language}.qm"
    if not qt_file.is_file():
        qt_file = qt_dir / f"qt_{language}.qm"
    files = [qt_file, _our_file(language)]
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
