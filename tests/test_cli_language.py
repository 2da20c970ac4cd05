"""The command line speaks the system's language; what scripts parse does not change."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

import pytest

from wizard.i18n import QmTranslations, qm_dir, translated_by

ROOT = pathlib.Path(__file__).resolve().parents[1]

LANGUAGES = ("ru", "lt", "sv", "cs")
LOCALES = {"en": "C.UTF-8", "ru": "ru_RU.UTF-8", "lt": "lt_LT.UTF-8", "sv": "sv_SE.UTF-8", "cs": "cs_CZ.UTF-8"}


def mailwizard(language: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = LOCALES[language]
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False, env=env,
    )


@pytest.fixture(autouse=True, scope="module")
def compiled_translations_are_current() -> None:
    """The command line reads the package's compiled files (made by ``pip install``)."""
    for language in LANGUAGES:
        source = ROOT / "translations" / f"wizard_{language}.ts"
        compiled = qm_dir() / f"wizard_{language}.qm"
        assert compiled.is_file() and compiled.stat().st_mtime >= source.stat().st_mtime, (
            f"{compiled} is missing or older than {source.name}: run scripts/translations compile"
        )


def said(language: str, text: str, context: str = "Cli") -> str:
    """What the compiled translation says for ``text`` (asserted to be a real translation)."""
    words = QmTranslations.load(language).lookup(context, text)
    assert words != text, f"{language}: {text!r} is not translated in the compiled file"
    return words


@pytest.mark.parametrize("language", LANGUAGES)
def test_help_is_in_the_system_language(language: str) -> None:
    done = mailwizard(language, "export", "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(said(language, "usage: "))
    assert said(language, "show this help and exit") in done.stdout
    assert said(language, "the kind of file") in done.stdout
    assert "show this help" not in done.stdout  # no English left in our own words


@pytest.mark.parametrize("language", LANGUAGES)
def test_errors_are_one_sentence_in_the_system_language(language: str) -> None:
    done = mailwizard(language, "detect", "not-an-address")
    assert done.returncode == 2
    expected = said(language, "'%1' is not an e-mail address: it needs the form name@example.com.")
    assert done.stderr == "mailwizard: " + expected.replace("%1", "not-an-address") + "\n"

    done = mailwizard(language, "detect")  # argparse's own complaint, in our words
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == "mailwizard: " + said(language, "missing: %1").replace(
        "%1", "ADDRESS"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_results_speak_the_language_and_json_does_not(language: str) -> None:
    done = mailwizard(language, "detect", "someone@ovh.net", "--offline")
    assert done.returncode == 0, done.stderr
    assert said(language, "incoming") in done.stdout and "ssl0.ovh.net:993" in done.stdout
    assert said(language, "%1's own provider list", "Texts").replace("%1", "Mail Wizard") in done.stdout

    as_json = mailwizard(language, "detect", "someone@ovh.net", "--offline", "--json")
    english = mailwizard("en", "detect", "someone@ovh.net", "--offline", "--json")
    assert as_json.returncode == english.returncode == 0
    assert json.loads(as_json.stdout) == json.loads(english.stdout)


def test_c_locale_is_english() -> None:
    done = mailwizard("en", "detect", "not-an-address")
    assert done.stderr == (
        "mailwizard: 'not-an-address' is not an e-mail address: it needs the form name@example.com.\n"
    )


def test_a_command_run_in_process_leaves_the_words_table_as_it_was(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The window and the command line may share a process (``mailwizard`` opens the window
    from the command line, tests call ``main``): a command run must not keep its translator."""
    from wizard import cli, texts

    def marked(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "[" + text + "]"

    with translated_by(marked):
        assert cli.main(["providers", "ovh", "--json"]) == 0
        assert texts.failure_text("auth").startswith("[")
    assert json.loads(capsys.readouterr().out)[0]["id"]
