"""The window's language: it starts in the system's (``LANG``), switches live from the
welcome page's chooser with every text re-translated, and remembers the choice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTreeWidget,
    QWidget,
    QWizard,
    QWizardPage,
)

from tests.test_ui_layout import compile_translations, load_screenshots, wait_with
from wizard.flow import PageId, WizardData
from wizard.i18n import PSEUDO_LANGUAGE, SUPPORTED_LANGUAGES, remembered_language, settings_path
from wizard.ui.i18n import PSEUDO_ENVIRONMENT, install_language, start_language, use_translations_from
from wizard.ui.window import MailWizard

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

REPO = Path(__file__).resolve().parents[1]
LOCALES = {"ru": "ru_RU.UTF-8", "lt": "lt_LT.UTF-8", "sv": "sv_SE.UTF-8", "cs": "cs_CZ.UTF-8"}
ENGLISH_BUTTONS = {"back": "< &Back", "next": "&Next >", "cancel": "Cancel"}
QT_WORDS = ("next", "cancel")  # Qt's translations; Back is ours (Qt's Lithuanian hides its underline)


@pytest.fixture(scope="module")
def qm_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = compile_translations(tmp_path_factory.mktemp("qm"))
    use_translations_from(folder)
    yield folder
    use_translations_from(None)


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh config folder: no remembered language from another test."""
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture
def speak(qapp: QApplication, qm_folder: Path) -> Iterator[Callable[[str], None]]:
    def install(language: str) -> None:
        install_language(language)
        QApplication.processEvents()

    yield install
    install("en")


def ours(qm_folder: Path, language: str, context: str, text: str) -> str:
    """What our compiled translation says for ``text`` (the English while untranslated)."""
    translator = QTranslator()
    assert translator.load(str(qm_folder / f"wizard_{language}.qm"))
    return translator.translate(context, text) or text


def qt_says(language: str, text: str) -> str:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    translator = QTranslator()
    path = folder / f"qtbase_{language}.qm"
    assert translator.load(str(path if path.is_file() else folder / f"qt_{language}.qm"))
    return translator.translate("QWizard", text) or text


# -- starting in the system's language -------------------------------------------------------


def _clean_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", PSEUDO_ENVIRONMENT):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(("language", "locale"), sorted(LOCALES.items()))
def test_start_language_follows_lang(
    monkeypatch: pytest.MonkeyPatch, config_home: Path, language: str, locale: str
) -> None:
    _clean_locale(monkeypatch)
    monkeypatch.setenv("LANG", locale)
    assert start_language() == language


def test_a_remembered_choice_beats_lang(monkeypatch: pytest.MonkeyPatch, config_home: Path) -> None:
    _clean_locale(monkeypatch)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"language": "cs"}), encoding="utf-8")
    assert start_language() == "cs"


def test_pseudo_environment_selects_the_pseudo_locale(
    monkeypatch: pytest.MonkeyPatch, config_home: Path
) -> None:
    _clean_locale(monkeypatch)
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    monkeypatch.setenv(PSEUDO_ENVIRONMENT, "1")
    assert start_language() == PSEUDO_LANGUAGE
    monkeypatch.setenv(PSEUDO_ENVIRONMENT, "0")
    assert start_language() == "sv"


# The real entry point (wizard.app.main) in a fresh process; it prints what the window shows.
_PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard
app = QApplication(sys.argv[:1])
from wizard import app as entry
from wizard.ui import i18n
i18n.use_translations_from(Path(sys.argv[1]))

def report():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mailwizard")
    B = QWizard.WizardButton
    print(json.dumps({
        "language": window.data.language,
        "back": window.button(B.BackButton).text(),
        "next": window.button(B.NextButton).text(),
        "cancel": window.button(B.CancelButton).text(),
        "title": window.currentPage().title(),
        "window": window.windowTitle(),
    }), flush=True)
    window.close()
    app.quit()

QTimer.singleShot(0, report)
sys.exit(entry.main(sys.argv[:1]))
"""


def run_probe(qm_folder: Path, tmp_path: Path, **env: str) -> dict[str, str]:
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", PSEUDO_ENVIRONMENT)
    }
    environ.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=str(REPO),
        **env,
    )
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(qm_folder)],
        env=environ,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, str] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("language", sorted(LOCALES))
def test_mailwizard_starts_in_the_language_of_lang(qm_folder: Path, tmp_path: Path, language: str) -> None:
    shown = run_probe(qm_folder, tmp_path, LANG=LOCALES[language])
    assert shown["language"] == language
    for key in QT_WORDS:
        assert shown[key] == qt_says(language, ENGLISH_BUTTONS[key]) != ENGLISH_BUTTONS[key], (key, shown)
    assert shown["back"] == ours(qm_folder, language, "MailWizard", "< &Back") != "< &Back"
    assert shown["title"] == ours(qm_folder, language, "WelcomePage", "Set up your e-mail")
    assert shown["window"] == ours(qm_folder, language, "MailWizard", "Mail Wizard")


def test_mailwizard_starts_in_english_for_other_languages(qm_folder: Path, tmp_path: Path) -> None:
    shown = run_probe(qm_folder, tmp_path, LANG="de_DE.UTF-8")
    assert shown["language"] == "en"
    assert {k: shown[k] for k in ENGLISH_BUTTONS} == ENGLISH_BUTTONS
    assert shown["title"] == "Set up your e-mail"


def test_mailwizard_pseudo_locale_from_the_environment(qm_folder: Path, tmp_path: Path) -> None:
    shown = run_probe(qm_folder, tmp_path, LANG="en_US.UTF-8", **{PSEUDO_ENVIRONMENT: "1"})
    assert shown["back"] != ENGLISH_BUTTONS["back"] and "&B" in shown["back"]
    assert shown["title"] not in ("", "Set up your e-mail")


# -- switching live ------------------------------------------------------------------------


def texts_of(top: QWidget) -> dict[str, Any]:
    """Every word a window shows or tells assistive technology, keyed by where it is."""
    found: dict[str, Any] = {"window": top.windowTitle()}
    if isinstance(top, QWizard):
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.FinishButton,
        ):
            found[f"button {button.name}"] = top.buttonText(button)
    # Qt's own helpers (a scroll area's scroll bars) are made when first needed, at moments
    # that differ between the two windows: they would shift the numbers of everything else.
    widgets = [w for w in [top, *top.findChildren(QWidget)] if not _qt_internal(w)]
    for index, widget in enumerate(widgets):
        page = next((p for p in _ancestors(widget) if isinstance(p, QWizardPage)), None)
        if page is not None and (not widget.isVisibleTo(page) or page is not _current(top)):
            continue
        if page is None and not widget.isVisible():
            continue
        key = f"{index} {type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QWizardPage):
            found[key + " title"] = (widget.title(), widget.subTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            found[key + " text"] = widget.text()
        if isinstance(widget, QGroupBox):
            found[key + " title"] = widget.title()
        if isinstance(widget, QComboBox):
            found[key + " items"] = [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QLineEdit):
            found[key + " placeholder"] = widget.placeholderText()
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            found[key + " header"] = [header.text(c) for c in range(widget.columnCount())]
            found[key + " items"] = [
                [widget.topLevelItem(r).text(c) for c in range(widget.columnCount())]
                for r in range(widget.topLevelItemCount())
            ]
        if isinstance(widget, QListWidget):
            found[key + " items"] = [widget.item(r).text() for r in range(widget.count())]
        if widget.accessibleName():
            found[key + " accessible"] = widget.accessibleName()
        if widget.toolTip():
            found[key + " tooltip"] = widget.toolTip()
    return found


def _qt_internal(widget: QWidget) -> bool:
    return any(node.objectName().startswith("qt_scrollarea_") for node in _ancestors(widget))


def _current(top: QWidget) -> QWidget | None:
    return top.currentPage() if isinstance(top, QWizard) else None


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    node: QWidget | None = widget
    while node is not None:
        yield node
        node = node.parentWidget()


@pytest.fixture
def tour_window(qtbot: Any, tmp_path: Path) -> Iterator[Callable[[str], tuple[MailWizard, Any, ModuleType]]]:
    shots = load_screenshots()
    windows: list[MailWizard] = []

    def make(language: str) -> tuple[MailWizard, Any, ModuleType]:
        script = shots.Script()
        folder = tmp_path / f"tb-{len(windows)}"
        folder.mkdir()
        window = MailWizard(shots.services(script, folder), WizardData(language=language))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window, script, shots

    yield make
    for window in windows:
        window.shutdown()
        window.close()


@pytest.mark.parametrize("language", ["ru", PSEUDO_LANGUAGE])
def test_switching_live_retranslates_everything(
    qtbot: Any, speak: Any, config_home: Path, tour_window: Any, language: str
) -> None:
    """On every page and state, a window switched live shows exactly the words of a window
    that started in that language (and back in English, those of an English one)."""
    wait = wait_with(qtbot)
    speak(language)
    fresh, script, shots = tour_window(language)
    expected = {stop: texts_of(top) for stop, top in shots.tour(fresh, script, wait)}
    fresh.shutdown()
    fresh.close()

    speak("en")
    window, script, shots = tour_window("en")
    switched = {}
    english = {}
    for stop, top in shots.tour(window, script, wait):
        english[stop] = texts_of(top)
        window.set_language(language)
        QApplication.processEvents()
        switched[stop] = texts_of(top)
        window.set_language("en")
        QApplication.processEvents()
        assert texts_of(top) == english[stop], f"{stop}: back in English"
    for stop, texts in expected.items():
        differences = {k: (switched[stop].get(k), v) for k, v in texts.items() if switched[stop].get(k) != v}
        assert differences == {}, f"{stop}: switched live vs started in {language}"
        assert switched[stop] != english[stop]


def test_the_chooser_switches_and_remembers(
    qtbot: Any, speak: Any, config_home: Path, tour_window: Any
) -> None:
    speak("en")
    window, _script, _shots = tour_window("en")
    window.first_painted()
    window.ensure_pages()
    welcome = window.pages[PageId.WELCOME]
    assert welcome.language.currentData() == "en"
    welcome.language.setCurrentIndex(welcome.language.findData("lt"))
    QApplication.processEvents()
    assert window.data.language == "lt"
    back = window.button(QWizard.WizardButton.BackButton).text()
    assert back == "< Atga&l"
    assert window.button(QWizard.WizardButton.NextButton).text() == qt_says("lt", "&Next >")
    # The provider list now puts the Lithuanian providers first.
    first = welcome.providers.item(0).data(Qt.ItemDataRole.UserRole)
    assert any(d.endswith(".lt") for d in first.domains)
    qtbot.waitUntil(lambda: remembered_language() == "lt")
    assert settings_path().is_relative_to(config_home)


def test_every_language_is_in_the_chooser_by_its_own_name(qtbot: Any, tour_window: Any) -> None:
    window, _script, _shots = tour_window("sv")
    chooser = window.pages[PageId.WELCOME].language
    assert [chooser.itemData(i) for i in range(chooser.count())] == list(SUPPORTED_LANGUAGES)
    assert chooser.currentData() == "sv"
    assert chooser.itemText(chooser.findData("cs")) == "Čeština"


def test_the_qt_binding_keeps_none_and_bools_alive(speak: Any) -> None:
    """PySide6 6.12.0 dropped a reference to None on each void call (QLabel.setText) and on
    each call of a Python override (our translators, isComplete): with a mortal None (Python
    < 3.12) a long session ended in "none_dealloc". pyproject.toml excludes that release."""
    speak(PSEUDO_LANGUAGE)
    label = QLabel()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText(QApplication.translate("WelcomePage", "Set up your e-mail"))
        label.setVisible(False)
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] >= before[0] - 50
    assert after[1] >= before[1] - 50


@pytest.mark.parametrize(
    ("language", "two", "five"),
    [("ru", "2 QR-кода", "5 QR-кодов"), ("cs", "2 QR kódy", "5 QR kódů")],
)
def test_plural_forms_follow_the_number(speak: Any, language: str, two: str, five: str) -> None:
    from types import SimpleNamespace

    from wizard import texts

    speak(language)
    several = [texts.notice_text(SimpleNamespace(kind="qr-several-codes", subject=str(n))) for n in (2, 5)]
    assert two in several[0] and five in several[1]
    assert several[0] != several[1].replace("5", "2")  # a different form, not only the number


@pytest.mark.parametrize("language", ["ru", "lt", "sv", "cs"])
def test_qt_free_reader_gives_what_qtranslator_gives(qm_folder: Path, language: str) -> None:
    """The command line reads the same .qm files without Qt: every message, every plural
    form, must come out as QTranslator gives it."""
    from wizard.i18n import QmTranslations

    path = qm_folder / f"wizard_{language}.qm"
    ours = QmTranslations.load(language, path)
    translator = QTranslator()
    assert translator.load(str(path))
    assert len(ours.messages) > 250
    for (context, source, comment), forms in ours.messages.items():
        numbers = range(0, 32) if len(forms) > 1 else [-1]
        for n in numbers:
            expected = translator.translate(context, source, comment or None, n)
            expected = expected.replace("%n", str(n)) if n >= 0 else expected  # as translate() does
            assert ours.lookup(context, source, comment or None, n) == expected, (source, n)
    assert ours.lookup("Texts", "no such message") == "no such message"
