"""wizard.i18n: the system language, the remembered choice, the .qm folder and the pseudo-locale."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from wizard import i18n


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "lt_LT.UTF-8"}, "lt"),
        ({"LANG": "sv_SE.UTF-8"}, "sv"),
        ({"LANG": "cs_CZ.UTF-8"}, "cs"),
        ({"LANG": "cs_CZ@euro"}, "cs"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        # LC_ALL beats LC_MESSAGES beats LANG
        ({"LC_ALL": "sv_SE.UTF-8", "LC_MESSAGES": "cs_CZ.UTF-8", "LANG": "ru_RU.UTF-8"}, "sv"),
        ({"LC_MESSAGES": "cs_CZ.UTF-8", "LANG": "ru_RU.UTF-8"}, "cs"),
        ({"LC_ALL": "", "LANG": "lt_LT.UTF-8"}, "lt"),
        # LANGUAGE is a priority list, the first supported entry wins ...
        ({"LANGUAGE": "de:lt:ru", "LANG": "ru_RU.UTF-8"}, "lt"),
        ({"LANGUAGE": "de", "LANG": "sv_SE.UTF-8"}, "sv"),
        # ... unless the locale is C/POSIX
        ({"LANGUAGE": "ru", "LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({}, "en"),
    ],
)
def test_system_language_from_the_environment(environ: dict[str, str], expected: str) -> None:
    assert i18n.system_language(environ, windows_langid=lambda: None) == expected


@pytest.mark.parametrize(
    ("langid", "expected"),
    [(0x0419, "ru"), (0x0427, "lt"), (0x041D, "sv"), (0x081D, "sv"), (0x0405, "cs"), (0x0409, "en"),
     (0x0809, "en"), (0x0407, "en"), (0x0422, "en")],
)
def test_system_language_on_windows_uses_the_ui_language(langid: int, expected: str) -> None:
    assert i18n.system_language({}, windows_langid=lambda: langid) == expected


@pytest.mark.parametrize(
    ("environ", "langid", "expected"),
    [
        ({"LANG": "C"}, None, "cs"),  # no language asked for: the brand's
        ({"LANG": "de_DE.UTF-8"}, None, "cs"),  # not one of ours: the brand's
        ({"LANGUAGE": "de:fr", "LANG": "fr_FR.UTF-8"}, None, "cs"),
        ({}, 0x0407, "cs"),  # German Windows
        ({"LANG": "sv_SE.UTF-8"}, None, "sv"),  # one of ours wins over the brand's
        ({"LANG": "en_GB.UTF-8"}, None, "en"),
        ({}, 0x0409, "en"),
    ],
)
def test_a_brands_language_applies_when_the_system_asks_for_none_of_ours(
    environ: dict[str, str], langid: int | None, expected: str
) -> None:
    assert i18n.system_language(environ, windows_langid=lambda: langid, fallback="cs") == expected


def test_the_remembered_choice_beats_a_brands_language(tmp_path: Path) -> None:
    path = tmp_path / "language.json"
    assert i18n.initial_language({"LANG": "C"}, path, fallback="ru") == "ru"
    i18n.remember_language("lt", path)
    assert i18n.initial_language({"LANG": "C"}, path, fallback="ru") == "lt"


def test_environment_beats_the_windows_ui_language() -> None:
    assert i18n.system_language({"LANG": "cs_CZ.UTF-8"}, windows_langid=lambda: 0x0419) == "cs"


def test_windows_ui_langid_is_none_elsewhere() -> None:
    if sys.platform == "win32":
        assert isinstance(i18n.windows_ui_langid(), int)
    else:
        assert i18n.windows_ui_langid() is None


def test_language_names_are_endonyms_for_every_supported_language() -> None:
    assert i18n.SUPPORTED_LANGUAGES == ("en", "ru", "lt", "sv", "cs")
    assert i18n.LANGUAGE_NAMES == {
        "en": "English", "ru": "Русский", "lt": "Lietuvių", "sv": "Svenska", "cs": "Čeština",
    }


def test_remembered_language_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("APPDATA", str(tmp_path))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    assert i18n.settings_path().is_relative_to(tmp_path)
    assert i18n.remembered_language() is None
    i18n.remember_language("lt")
    assert i18n.remembered_language() == "lt"
    assert i18n.initial_language({"LANG": "ru_RU.UTF-8"}) == "lt"
    i18n.remember_language("cs")
    assert i18n.remembered_language() == "cs"
    i18n.remember_language(None)
    assert i18n.remembered_language() is None
    assert i18n.initial_language({"LANG": "ru_RU.UTF-8"}) == "ru"
    i18n.remember_language(None)  # forgetting twice is fine


def test_remember_language_rejects_unsupported(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unsupported"):
        i18n.remember_language("de", tmp_path / "language.json")
    assert not (tmp_path / "language.json").exists()


@pytest.mark.parametrize("content", ["", "not json", "[1, 2]", '{"language": "de"}', '{"language": 5}'])
def test_a_damaged_settings_file_means_no_choice(tmp_path: Path, content: str) -> None:
    path = tmp_path / "language.json"
    path.write_text(content, encoding="utf-8")
    assert i18n.remembered_language(path) is None


def test_qm_dir_is_inside_the_package() -> None:
    assert i18n.qm_dir() == Path(i18n.__file__).resolve().parent / "translations"
    assert i18n.qm_file("en") is None
    assert i18n.qm_file("de") is None


# -- pseudo-locale ---------------------------------------------------------------------------

_MARKUP = re.compile(r"<[^<>]*>|&(?:#\d+|[A-Za-z]+);|&&|&.|%L?\d{1,2}|%L?n")


@pytest.mark.parametrize(
    "text",
    [
        "Next",
        "&Next >",
        "Found %n server(s)",
        "Sends through <b>%1</b> (port %2), %3, signing in as %4.",
        "<a href=\"https://example.com/help\">Help</a> &amp; more",
        "%L1 messages in %2",
        "Save && quit",
        "Keep a copy of the messages on the server",
        "",
    ],
)
def test_pseudo_translate_keeps_markup_and_lengthens(text: str) -> None:
    pseudo = i18n.pseudo_translate(text)
    assert _MARKUP.findall(pseudo) == _MARKUP.findall(text)
    visible = _MARKUP.sub("", text)
    visible_pseudo = _MARKUP.sub("", pseudo)
    letters = sum(c.isalpha() for c in visible)
    assert len(visible_pseudo) - len(visible) >= 0.4 * letters
    assert not re.search(r"[A-Za-z]{2}", visible_pseudo)  # every letter (bar accelerators) accented


def test_pseudo_translate_is_deterministic_and_leaves_non_letters() -> None:
    assert i18n.pseudo_translate("Port 993, 2 %1") == i18n.pseudo_translate("Port 993, 2 %1")
    assert i18n.pseudo_translate("993 / 465 — %1") == "993 / 465 — %1"
    assert i18n.pseudo_translate("&Back").startswith("&B")


def test_i18n_does_not_import_qt() -> None:
    code = "import sys, wizard.i18n; assert not any(m.startswith('PySide6') for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)
