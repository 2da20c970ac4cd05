"""The committed Qt Linguist files are complete, consistent with the sources, and compile.

Fails when a translations/wizard_<lang>.ts has unfinished, vanished/obsolete or empty
translations; placeholders (%1…%9, %n, %Ln), accelerators or HTML tags that differ from the
source; the wrong number of plural forms; or messages that the sources no longer match.
Fix with `scripts/translations update`, translate (Qt Linguist), `scripts/translations update
--no-obsolete`, commit.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
SCRIPT = ROOT / "scripts" / "translations"
UI_DIR = ROOT / "wizard" / "ui"
LANGUAGES = ("ru", "lt", "sv", "cs")
# Qt's plural rules: ru/lt/cs one-few-many, sv one-other.
NUMERUS_FORMS = {"ru": 3, "lt": 3, "cs": 3, "sv": 2}

_PLACEHOLDER = re.compile(r"%L?(\d)(?!\d)|%L?n\b|%L?n(?=\W|$)")
_ACCELERATOR = re.compile(r"&(?:#\d+;|#x[0-9A-Fa-f]+;|[A-Za-z]+;|&)|&(?=[^\s&])")
_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)[^<>]*>")

MessageKey = tuple[str, str, str, bool]  # context, source, comment, numerus


def placeholders(text: str) -> set[str]:
    """{"%1", "%n"}: Qt's argument markers, with %L1 counted as %1 and %Ln as %n."""
    return {m.group(0).replace("%L", "%") for m in _PLACEHOLDER.finditer(text)}


def accelerators(text: str) -> int:
    """How many "&X" shortcut markers (not "&&", not entities like "&amp;")."""
    return sum(1 for m in _ACCELERATOR.finditer(text) if m.group(0) == "&")


def tags(text: str) -> Counter[str]:
    return Counter(f"{m.group(1)}{m.group(2).lower()}" for m in _TAG.finditer(text))


def ts_language(path: Path) -> str:
    return path.stem.removeprefix("wizard_")


def messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def message_key(context: str, message: ET.Element) -> MessageKey:
    return (
        context,
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus") == "yes",
    )


def is_active(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") not in ("vanished", "obsolete")


def ts_problems(text: str, language: str) -> list[str]:
    """Everything wrong with one .ts file's content, one line each."""
    root = ET.fromstring(text)
    problems = []
    declared = (root.get("language") or "").replace("-", "_").split("_")[0]
    if declared != language:
        problems.append(f'TS language="{root.get("language")}" but the file is for {language!r}')
    for context, message in messages(root):
        source = message.findtext("source") or ""
        where = f"[{context or '<no context>'}] {source!r}"
        if not context:
            problems.append(f"{where}: no context (a module-level tr(); use QCoreApplication.translate)")
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("vanished", "obsolete"):
            problems.append(f"{where}: {kind} (run scripts/translations update --no-obsolete)")
            continue
        if translation is None or kind == "unfinished":
            problems.append(f"{where}: unfinished")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            expected = NUMERUS_FORMS[language]
            if len(forms) != expected:
                problems.append(f"{where}: {len(forms)} plural forms, {language} needs {expected}")
        else:
            forms = [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"{where}: untranslated (empty)")
                continue
            if placeholders(form) != placeholders(source):
                problems.append(
                    f"{where}: placeholders {sorted(placeholders(form))} in {form!r}, "
                    f"source has {sorted(placeholders(source))}"
                )
            if accelerators(form) != accelerators(source):
                problems.append(f"{where}: {accelerators(form)} accelerator(s) '&' in {form!r}, "
                                f"source has {accelerators(source)}")
            if tags(form) != tags(source):
                problems.append(f"{where}: HTML tags {sorted(tags(form).elements())} in {form!r}, "
                                f"source has {sorted(tags(source).elements())}")
    return problems


def committed_ts_files() -> list[Path]:
    return sorted(TS_DIR.glob("wizard_*.ts"))


def require_ts(language: str) -> Path:
    path = TS_DIR / f"wizard_{language}.ts"
    if path.is_file():
        return path
    if not committed_ts_files() and not UI_DIR.exists():
        pytest.skip("no translations/*.ts yet and no wizard/ui/: nothing to translate so far")
    pytest.fail(
        f"translations/{path.name} is missing although wizard/ui/ exists: "
        "run `scripts/translations update`, translate, and commit it"
    )


# -- the committed files --------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_is_complete(language: str) -> None:
    path = require_ts(language)
    problems = ts_problems(path.read_text(encoding="utf-8"), language)
    assert not problems, f"{path.name}: {len(problems)} problem(s):\n" + "\n".join(problems)


def test_no_unexpected_ts_files() -> None:
    extra = {ts_language(p) for p in committed_ts_files()} - set(LANGUAGES)
    assert not extra, f"translations for unsupported languages: {sorted(extra)} (see wizard.i18n)"


def test_ts_files_match_the_sources(tmp_path: Path) -> None:
    """`scripts/translations update` on a copy changes no message: nothing new, nothing gone."""
    for language in LANGUAGES:
        require_ts(language)
    for path in committed_ts_files():
        shutil.copy2(path, tmp_path / path.name)
    subprocess.run(
        [sys.executable, str(SCRIPT), "update", "--ts-dir", str(tmp_path)],
        check=True, capture_output=True, text=True,
    )
    report = []
    for language in LANGUAGES:
        name = f"wizard_{language}.ts"
        before = {message_key(c, m) for c, m in messages(ET.parse(TS_DIR / name).getroot()) if is_active(m)}
        after = {message_key(c, m) for c, m in messages(ET.parse(tmp_path / name).getroot()) if is_active(m)}
        report += [f"{name}: new in the sources, not in the file: [{k[0]}] {k[1]!r}" for k in sorted(after - before)]
        report += [f"{name}: gone from the sources: [{k[0]}] {k[1]!r}" for k in sorted(before - after)]
    assert not report, "the .ts files are out of date; run `scripts/translations update`:\n" + "\n".join(report)


def test_translations_compile(tmp_path: Path) -> None:
    require_ts(LANGUAGES[0])
    subprocess.run(
        [sys.executable, str(SCRIPT), "compile", "--qm-dir", str(tmp_path)],
        check=True, capture_output=True, text=True,
    )
    assert sorted(p.name for p in tmp_path.glob("*.qm")) == [f"wizard_{lang}.qm" for lang in sorted(LANGUAGES)]


# -- the workflow itself, on files made here ------------------------------------------------

SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}" sourcelanguage="en">
<context>
    <name>WelcomePage</name>
    {messages}
</context>
</TS>
"""


def sample(lang: str, *messages_xml: str) -> str:
    return SAMPLE.format(lang=lang, messages="\n".join(messages_xml))


def msg(source: str, translation: str, attrs: str = "", type_: str = "") -> str:
    kind = f' type="{type_}"' if type_ else ""
    return f"<message{attrs}><source>{source}</source><translation{kind}>{translation}</translation></message>"


def plural(source: str, *forms: str) -> str:
    body = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
    return f'<message numerus="yes"><source>{source}</source><translation>{body}</translation></message>'


def test_a_complete_file_has_no_problems() -> None:
    text = sample(
        "ru_RU",
        msg("&amp;Next", "&amp;Далее"),
        msg("Server %1, port %L2", "Сервер %1, порт %L2"),
        msg("Sends through &lt;b&gt;%1&lt;/b&gt;.", "Отправка через &lt;b&gt;%1&lt;/b&gt;."),
        msg("Tom &amp;&amp; Jerry", "Том &amp;&amp; Джерри"),
        plural("Found %n server(s)", "Найден %n сервер", "Найдено %n сервера", "Найдено %n серверов"),
    )
    assert ts_problems(text, "ru") == []


@pytest.mark.parametrize(
    ("message_xml", "language", "expected"),
    [
        (msg("Next", "Далее", type_="unfinished"), "ru", "unfinished"),
        (msg("Next", "", type_="unfinished"), "ru", "unfinished"),
        (msg("Next", ""), "ru", "untranslated"),
        (msg("Next", "Далее", type_="vanished"), "ru", "vanished"),
        (msg("Next", "Далее", type_="obsolete"), "ru", "obsolete"),
        (msg("Server %1", "Сервер"), "ru", "placeholders"),
        (msg("Server %1", "Сервер %2"), "ru", "placeholders"),
        (msg("Server %1 port %2", "Сервер %1 порт %1"), "ru", "placeholders"),
        (msg("&amp;Next", "Далее"), "ru", "accelerator"),
        (msg("Next", "&amp;Далее"), "ru", "accelerator"),
        (msg("&lt;b&gt;%1&lt;/b&gt;", "%1"), "ru", "HTML tags"),
        (msg("&lt;a href='x'&gt;Help&lt;/a&gt;", "&lt;i&gt;Справка&lt;/i&gt;"), "ru", "HTML tags"),
        (plural("Found %n server(s)", "Найден %n сервер", "Найдено %n серверов"), "ru", "plural forms"),
        (plural("Found %n server(s)", "Rasta %n serveris", "Rasti %n serveriai"), "lt", "plural forms"),
        (plural("Found %n server(s)", "Nalezen %n server", "Nalezeny %n servery"), "cs", "plural forms"),
        (plural("Found %n server(s)", "Hittade %n server"), "sv", "plural forms"),
        (plural("Found %n server(s)", "Найден сервер", "Найдено %n сервера", "Найдено %n серверов"),
         "ru", "placeholders"),
        (plural("Found %n server(s)", "Найден %n сервер", "", "Найдено %n серверов"), "ru", "untranslated"),
    ],
)
def test_each_kind_of_problem_is_found(message_xml: str, language: str, expected: str) -> None:
    problems = ts_problems(sample(language, message_xml), language)
    assert problems, "the problem went unnoticed"
    assert any(expected in p for p in problems), problems


def test_swedish_needs_two_plural_forms_only() -> None:
    text = sample("sv_SE", plural("Found %n server(s)", "Hittade %n server", "Hittade %n servrar"))
    assert ts_problems(text, "sv") == []


def test_a_message_without_context_is_a_problem() -> None:
    text = sample("cs", msg("Next", "Další")).replace("<name>WelcomePage</name>", "<name></name>")
    assert any("no context" in p for p in ts_problems(text, "cs"))


def test_a_file_for_the_wrong_language_is_a_problem() -> None:
    assert any("language=" in p for p in ts_problems(sample("ru", msg("Next", "Далее")), "lt"))


def test_placeholder_helpers() -> None:
    assert placeholders("%1 of %L2, %n and %Ln item(s), 100%") == {"%1", "%2", "%n"}
    assert accelerators("&Next &amp; &&more &#38; &#x27;") == 1
    assert accelerators("Save && quit") == 0
    assert tags("<b>x</b><br/><a href='y'>z</A>") == Counter({"b": 1, "/b": 1, "br": 1, "a": 1, "/a": 1})


def test_compile_and_load_a_translation(tmp_path: Path) -> None:
    """The script's compile step produces a .qm that Qt loads and uses; unfinished ones stay out."""
    from PySide6.QtCore import QTranslator

    ts_dir, qm_dir = tmp_path / "ts", tmp_path / "qm"
    ts_dir.mkdir()
    (ts_dir / "wizard_cs.ts").write_text(
        sample(
            "cs",
            msg("&amp;Next", "&amp;Další"),
            msg("Draft", "Koncept", type_="unfinished"),
            plural("Found %n server(s)", "Nalezen %n server", "Nalezeny %n servery", "Nalezeno %n serverů"),
        ),
        encoding="utf-8",
    )
    subprocess.run(
        [sys.executable, str(SCRIPT), "compile", "--ts-dir", str(ts_dir), "--qm-dir", str(qm_dir)],
        check=True, capture_output=True, text=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm_dir / "wizard_cs.qm"))
    assert translator.translate("WelcomePage", "&Next") == "&Další"
    assert translator.translate("WelcomePage", "Draft") == ""
    found = [translator.translate("WelcomePage", "Found %n server(s)", None, n) for n in (1, 3, 7)]
    assert found == ["Nalezen %n server", "Nalezeny %n servery", "Nalezeno %n serverů"]


def test_sources_are_the_files_with_translatable_strings() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "sources"], check=True, capture_output=True, text=True
    )
    listed = result.stdout.split()
    assert all(name.startswith("wizard/") and name.endswith(".py") for name in listed)
    assert "wizard/i18n.py" not in listed  # str.translate() is not a translatable string
    if UI_DIR.exists():
        assert any(name.startswith("wizard/ui/") for name in listed)
