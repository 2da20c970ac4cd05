"""Layout in every language: the pseudo-locale and each real one, on every page.

The real window is driven through the same tour as ``scripts/screenshots.py`` (scripted
discovery and checks, a temporary Thunderbird profile; no network). At each stop: the
window fits 1024×700, no visible text is clipped (labels, buttons, check boxes, group box
titles, combo boxes, the finding-settings trace), and every text lies inside the visible
page; the page's subtitle keeps to one line (QWizard's header does not grow for a second);
no two things on a page share a shortcut letter, and no shortcut letter hides its underline
in its own descender. QWizard's own buttons speak the language (Qt's ``qtbase_<lang>.qm``,
``qt_lt.qm``).
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from wizard.flow import PageId, WizardData
from wizard.i18n import PSEUDO_LANGUAGE, SUPPORTED_LANGUAGES
from wizard.ui.i18n import install_language, use_translations_from
from wizard.ui.window import FITS, MailWizard

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = (PSEUDO_LANGUAGE, *SUPPORTED_LANGUAGES)
WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CancelButton,
)


def load_screenshots() -> ModuleType:
    """scripts/screenshots.py, whose ``tour`` and scripted services these tests share."""
    spec = importlib.util.spec_from_file_location(
        "mailwizard_screenshots", REPO / "scripts" / "screenshots.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compile_translations(folder: Path) -> Path:
    """Our .ts files compiled by pyside6-lrelease into ``folder`` (untranslated: English)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    folder.mkdir(parents=True, exist_ok=True)
    for ts in sorted((REPO / "translations").glob("wizard_*.ts")):
        subprocess.run(
            [str(lrelease), "-silent", "-nounfinished", str(ts), "-qm", str(folder / f"{ts.stem}.qm")],
            check=True,
        )
    return folder


@pytest.fixture(scope="module")
def shots() -> ModuleType:
    return load_screenshots()


@pytest.fixture(scope="module")
def qm_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = compile_translations(tmp_path_factory.mktemp("qm"))
    use_translations_from(folder)
    yield folder
    use_translations_from(None)


@pytest.fixture
def speak(qapp: QApplication, qm_folder: Path) -> Iterator[Callable[[str], list[str]]]:
    """Install a language for one test (the windows re-translate at once); English again
    afterwards."""

    def install(language: str) -> list[str]:
        loaded = install_language(language)
        QApplication.processEvents()  # LanguageChange is posted to the windows
        return loaded

    yield install
    install("en")


# -- the checks ----------------------------------------------------------------------------


def _name(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "title", "currentText"):
        if hasattr(widget, getter):
            text = str(getattr(widget, getter)())
            break
    path = []
    node: QWidget | None = widget
    while node is not None and not node.isWindow():
        if node.objectName():
            path.append(node.objectName())
        node = node.parentWidget()
    where = "/".join(reversed(path)) or type(widget).__name__
    return f"{type(widget).__name__} {where} {text[:50]!r}"


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def _clipped(widget: QWidget) -> str | None:
    """Why ``widget``'s text does not fit its own geometry, or None when it does."""
    size = widget.size()
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            need_width = widget.minimumSizeHint().width()  # the longest word
            need_height = widget.heightForWidth(size.width())
            if size.width() < need_width:
                return f"width {size.width()} < {need_width} (longest word)"
            if size.height() < need_height:
                return f"height {size.height()} < {need_height} for width {size.width()}"
            return None
        hint = widget.sizeHint()
    elif isinstance(widget, QComboBox):
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
        )
        need = widget.fontMetrics().horizontalAdvance(widget.currentText())
        if not widget.itemIcon(widget.currentIndex()).isNull():
            need += widget.iconSize().width() + 4
        return f"text {need} > field {field.width()}" if need > field.width() else None
    elif isinstance(widget, QGroupBox):
        hint = QSize(widget.minimumSizeHint().width(), 0)
    else:
        hint = widget.sizeHint()
    if size.width() < hint.width() or size.height() < hint.height():
        return f"size {size.width()}×{size.height()} < {hint.width()}×{hint.height()}"
    return None


def _outside(widget: QWidget, *, may_scroll: bool) -> str | None:
    """Why ``widget`` is not wholly visible inside its parents. Inside a scroll area the
    limit is the visible viewport, or with ``may_scroll`` the content (scrolled to on demand)."""
    rect = widget.rect()
    node = widget
    while not node.isWindow():
        parent = node.parentWidget()
        assert parent is not None
        rect = rect.translated(node.pos())
        area = parent.parentWidget()
        if may_scroll and isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return None
        if not parent.rect().contains(rect):
            return f"{rect} not inside {type(parent).__name__} {parent.objectName()!r} {parent.rect()}"
        node = parent
    return None


def _tree_clipped(tree: QTreeWidget) -> list[str]:
    header = tree.header()
    problems = []
    for column in range(tree.columnCount()):
        section = header.sectionSize(column)
        need = max(tree.sizeHintForColumn(column), header.sectionSizeFromContents(column).width())
        if need > section:
            problems.append(f"{_name(tree)} column {column}: needs {need} > {section}")
    return problems


def layout_problems(top: QWidget, *, may_scroll: bool = False) -> list[str]:
    """Every clipped or hidden-away text in the window ``top``, and a window too large.
    ``may_scroll``: text a page's scroll area holds below the fold is not hidden away."""
    for _ in range(3):  # let pending layout requests (posted events) settle, as before a paint
        QApplication.processEvents()
    problems = []
    for label, size in (("size", top.size()), ("minimum size", top.minimumSizeHint())):
        if size.width() > FITS.width() or size.height() > FITS.height():
            problems.append(f"{top.objectName()}: {label} {size.width()}×{size.height()} > 1024×700")
    if top.minimumWidth() > FITS.width() or top.minimumHeight() > FITS.height():
        problems.append(f"{top.objectName()}: minimum size {top.minimumSize()} > 1024×700")
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QTreeWidget):
            problems += _tree_clipped(widget)
        if not isinstance(widget, QLabel | QAbstractButton | QGroupBox | QComboBox):
            continue
        if not _text_of(widget) or type(widget).__name__ == "QComboBoxPrivateContainer":
            continue
        if isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QComboBox):
            continue
        reason = _clipped(widget) or _outside(widget, may_scroll=may_scroll)
        if reason:
            problems.append(f"{_name(widget)}: {reason}")
    return problems


def subtitle_problems(top: QWidget) -> list[str]:
    """A subtitle wider than its line: QWizard's header keeps the height of one line."""
    if not isinstance(top, QWizard) or top.currentPage() is None:
        return []
    subtitle = top.currentPage().subTitle()
    label = next((lb for lb in top.findChildren(QLabel) if lb.isVisible() and lb.text() == subtitle), None)
    if label is None or not subtitle:
        return []
    need = label.fontMetrics().horizontalAdvance(subtitle)
    return [f"subtitle {need} px on a line of {label.width()} px: {subtitle!r}"] if need > label.width() else []


# A shortcut's underline is drawn where these letters' descenders are: it cannot be seen.
DESCENDERS = frozenset("gjpqyçęįųąşţдруфцщJQ")


def shortcut_letter(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1) if match else None


def shortcut_problems(top: QWidget) -> list[str]:
    """Shortcut letters used twice among what is shown (Alt+letter would only cycle), and
    shortcut letters whose underline their descender hides, QWizard's own buttons included
    (their words come from Qt's translations, not ours: "At&gal")."""
    owners: dict[str, list[str]] = {}
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not top or not widget.isEnabled():
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisible()
        if isinstance(widget, QAbstractButton) or labelled:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = shortcut_letter(text)
        if letter:
            owners.setdefault(letter.lower(), []).append(text)
    hidden = [f"the underline hides in the descender: {text!r}" for texts in owners.values() for text in texts
              if shortcut_letter(text) in DESCENDERS]
    return hidden + [f"Alt+{letter}: {texts}" for letter, texts in owners.items() if len(texts) > 1]


# -- fixtures for a window on the tour -----------------------------------------------------


@pytest.fixture
def tour_window(
    qtbot: Any, shots: ModuleType, tmp_path: Path
) -> Iterator[Callable[[str], tuple[MailWizard, Any]]]:
    windows: list[MailWizard] = []

    def make(language: str) -> tuple[MailWizard, Any]:
        script = shots.Script()
        window = MailWizard(shots.services(script, tmp_path), WizardData(language=language))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window, script

    yield make
    for window in windows:
        window.shutdown()


def wait_with(qtbot: Any) -> Callable[[Callable[[], bool]], None]:
    def wait(condition: Callable[[], bool]) -> None:
        qtbot.waitUntil(condition, timeout=20000)

    return wait


# -- the tests -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_fits_and_nothing_is_clipped(
    qtbot: Any, shots: ModuleType, speak: Any, tour_window: Any, language: str
) -> None:
    speak(language)
    window, script = tour_window(language)
    problems: list[str] = []
    stops = []
    for stop, top in shots.tour(window, script, wait_with(qtbot)):
        stops.append(stop)
        # At the window's own size everything shows without scrolling ...
        problems += [f"{stop}: {p}" for p in layout_problems(top)]
        # ... and squeezed to its minimum size, the page scrolls but clips nothing.
        size = top.size()
        top.resize(top.minimumSize())
        problems += [f"{stop} (minimum size): {p}" for p in layout_problems(top, may_scroll=True)]
        top.resize(size)
    assert window.currentId() == PageId.DONE
    if language != "en":
        back = window.button(QWizard.WizardButton.BackButton).text()
        assert back != "< &Back", "QWizard's own buttons are not translated"
    assert len(stops) >= 11  # every page, and the failure and manual states
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_subtitles_keep_to_one_line_and_shortcuts_are_unique(
    qtbot: Any, shots: ModuleType, speak: Any, tour_window: Any, language: str
) -> None:
    speak(language)
    window, script = tour_window(language)
    problems: list[str] = []
    for stop, top in shots.tour(window, script, wait_with(qtbot)):
        problems += [f"{stop}: {p}" for p in subtitle_problems(top) + shortcut_problems(top)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(("brand", "language"), [("astra", "ru"), ("ispis", "cs"), ("ispis", PSEUDO_LANGUAGE)])
def test_a_brands_pages_fit_and_keep_their_shortcuts_apart(
    qtbot: Any, shots: ModuleType, speak: Any, tmp_path: Path, brand: str, language: str
) -> None:
    """The brand's own edition (scripts/screenshots.py's brand tour): the sentence for an
    address elsewhere, its button, the support contacts under a failure."""
    from wizard.brand import load_brand

    speak(language)
    loaded = load_brand(REPO / "packaging" / "brands" / brand)
    script = shots.Script()
    window = MailWizard(shots.brand_services(script, tmp_path, loaded), WizardData(language=language))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    stops = []
    try:
        for stop, top in shots.brand_tour(window, script, shots.brand_address(loaded), wait_with(qtbot)):
            stops.append(stop)
            problems += [f"{stop}: {p}" for p in layout_problems(top)]
            problems += [f"{stop}: {p}" for p in subtitle_problems(top) + shortcut_problems(top)]
    finally:
        window.shutdown()
    assert len(stops) == 4
    assert problems == [], "\n".join(problems)


def test_no_shortcut_letter_hides_its_underline() -> None:
    """"Vaše &jméno" underlines the j, whose descender hides the line: no shortcut is seen."""
    problems = []
    for ts in sorted((REPO / "translations").glob("wizard_*.ts")):
        for message in ET.parse(ts).iter("message"):
            for tag in ("source", "translation"):
                text = message.findtext(tag) or ""
                letter = shortcut_letter(text)
                if letter in DESCENDERS:
                    problems.append(f"{ts.name} {tag}: {text!r}")
    assert sorted(set(problems)) == []


def test_the_shortcut_and_subtitle_checks_can_fail(qtbot: Any) -> None:
    assert shortcut_letter("Vaše &jméno:") in DESCENDERS
    assert shortcut_letter("Tom && &Jerry") == "J"
    window = QWizard()
    qtbot.addWidget(window)
    page = QWizardPage()
    page.setTitle("Title")
    page.setSubTitle("A subtitle long enough to need a second line. " * 4)
    layout = QVBoxLayout(page)
    for text in ("&Save", "&Send", "&Open", "At&gal"):
        layout.addWidget(QPushButton(text, page))
    window.addPage(page)
    window.resize(QSize(600, 400))
    window.show()
    qtbot.waitExposed(window)
    problems = shortcut_problems(window)
    assert len(problems) == 2 and "'At&gal'" in problems[0] and problems[1].startswith("Alt+s:")
    assert subtitle_problems(window)


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_wizard_buttons_speak_the_language(qtbot: Any, speak: Any, tour_window: Any, language: str) -> None:
    speak("en")
    window, _ = tour_window("en")
    english = {b: window.button(b).text() for b in WIZARD_BUTTONS}
    speak(language)
    translated = {b: window.button(b).text() for b in WIZARD_BUTTONS}
    for button in WIZARD_BUTTONS:
        assert translated[button] and translated[button] != english[button], (button, translated)


def test_the_check_finds_clipped_text_in_a_too_narrow_window(
    qtbot: Any, speak: Any, tour_window: Any
) -> None:
    """The checks above can fail: forced narrower than it needs, the window is caught (the
    title runs out of it)."""
    speak(PSEUDO_LANGUAGE)
    window, _ = tour_window(PSEUDO_LANGUAGE)
    assert layout_problems(window) == []
    window.setFixedSize(QSize(200, 620))  # narrower than the address label, in any language
    qtbot.waitUntil(lambda: window.width() == 200)
    problems = layout_problems(window)
    assert any(p.startswith("QLabel") and "not inside" in p for p in problems), problems


def test_the_check_finds_a_label_cut_short(qtbot: Any, speak: Any, tour_window: Any) -> None:
    """... and so are a label narrower than its text and a wrapped one kept too low."""
    speak(PSEUDO_LANGUAGE)
    window, _ = tour_window(PSEUDO_LANGUAGE)
    assert layout_problems(window) == []
    window.first_painted()
    welcome = window.pages[PageId.WELCOME]
    welcome.show_finder()
    assert layout_problems(window) == []
    welcome.address_label.setMaximumWidth(40)
    welcome.search_label.setMaximumHeight(5)
    problems = layout_problems(window)
    assert any("QLabel" in p and "size 40×" in p for p in problems), problems
    assert any("QLabel" in p and "height 5 <" in p for p in problems), problems


def test_the_check_finds_a_window_too_large(qtbot: Any, speak: Any, tour_window: Any) -> None:
    window, _ = tour_window("en")
    window.setMinimumSize(QSize(1100, 720))
    problems = layout_problems(window)
    assert any("> 1024×700" in p for p in problems), problems


def test_outside_sees_a_widget_beyond_its_parent(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(100, 40)
    label = QLabel("Far away", parent)
    label.setGeometry(QRect(80, 0, label.sizeHint().width(), label.sizeHint().height()))
    parent.show()
    assert _outside(label, may_scroll=False) is not None
    assert "not inside" in "\n".join(layout_problems(parent))
