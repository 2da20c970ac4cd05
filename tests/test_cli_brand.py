"""``mailwizard --brand DIR`` and ``mailwizard-gui --brand DIR`` (and the per-machine
``brand/`` folder): a brand that cannot be used is one sentence and exit 2, the commands use
the brand's providers, language and OAuth2 registrations, and the window opens as the brand
(the acceptance of issue 16: ispis opens its locked first page in Czech under LANG=C)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from wizard.brand import load_brand

REPO = Path(__file__).resolve().parents[1]
BRANDS = REPO / "packaging" / "brands"


def environment(tmp_path: Path, *, lang: str = "C.UTF-8", machine_brand: str | None = None) -> dict[str, str]:
    """The environment of a fresh ``mailwizard``: ``lang``, and ``machine_brand`` copied into
    a per-machine config folder of its own."""
    machine = tmp_path / "machine"
    machine.mkdir(exist_ok=True)
    if machine_brand is not None:
        shutil.copytree(BRANDS / machine_brand, machine / "mailwizard" / "brand")
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=lang, XDG_CONFIG_DIRS=str(machine), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    return env


def mailwizard(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False, env=env,
    )


def broken_copy(tmp_path: Path, mistake: str) -> Path:
    folder = tmp_path / f"broken-{mistake}"
    shutil.copytree(BRANDS / "ispis", folder)
    toml = folder / "brand.toml"
    if mistake == "toml":
        toml.write_text(toml.read_text(encoding="utf-8") + "\nname = \n", encoding="utf-8")
    elif mistake == "logo":
        (folder / "logo.svg").unlink()
    elif mistake == "provider":
        (folder / "providers" / "ispis.cz.xml").write_text("<clientConfig", encoding="utf-8")
    elif mistake == "missing":
        toml.unlink()
    return folder


@pytest.mark.parametrize(
    ("mistake", "field"),
    [("toml", ""), ("logo", "'logo'"), ("provider", "'providers.folder'"), ("missing", "")],
)
@pytest.mark.parametrize("command", [(), ("providers",)])
def test_a_brand_that_cannot_be_used_is_one_sentence_and_exit_2(
    tmp_path: Path, mistake: str, field: str, command: tuple[str, ...]
) -> None:
    folder = broken_copy(tmp_path, mistake)
    done = mailwizard(environment(tmp_path), "--brand", str(folder), *command)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("mailwizard: "), done.stderr
    assert str(folder / "brand.toml") in lines[0] and field in lines[0]
    assert "Traceback" not in done.stderr


def test_a_broken_per_machine_brand_is_reported_not_skipped(tmp_path: Path) -> None:
    env = environment(tmp_path, machine_brand="astra")
    (tmp_path / "machine" / "mailwizard" / "brand" / "logo.svg").write_text("<html/>", encoding="utf-8")
    done = mailwizard(env, "providers")
    assert done.returncode == 2
    assert "'logo'" in done.stderr and done.stderr.count("\n") == 1


def test_the_commands_use_the_brands_providers(tmp_path: Path) -> None:
    env = environment(tmp_path)
    listed = mailwizard(env, "--brand", str(BRANDS / "astra"), "providers", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [p["id"] for p in json.loads(listed.stdout)] == ["astra.od.ua"]  # locked: the brand's alone
    generic = json.loads(mailwizard(env, "providers", "--json").stdout)
    assert len(generic) > 20
    found = mailwizard(env, "--brand", str(BRANDS / "ispis"), "detect", "jana@ispis.cz", "--offline", "--json")
    assert found.returncode == 0, found.stderr
    result = json.loads(found.stdout)
    assert result["source"] == "admin"  # the brand's own file, ranked as an administrator's
    assert result["provider"]["id"] == "ispis.cz"


def test_the_per_machine_brand_applies_without_brand(tmp_path: Path) -> None:
    done = mailwizard(environment(tmp_path, machine_brand="astra"), "providers", "--json")
    assert done.returncode == 0, done.stderr
    assert [p["id"] for p in json.loads(done.stdout)] == ["astra.od.ua"]


def test_the_command_line_speaks_the_brands_language_when_the_systems_is_not_ours(tmp_path: Path) -> None:
    from wizard.i18n import QmTranslations

    czech = mailwizard(environment(tmp_path, lang="C"), "--brand", str(BRANDS / "ispis"), "detect", "not-an-address")
    assert czech.returncode == 2
    sentence = "'%1' is not an e-mail address: it needs the form name@example.com."
    expected = QmTranslations.load("cs").lookup("Cli", sentence).replace("%1", "not-an-address")
    assert expected != sentence
    assert czech.stderr == f"mailwizard: {expected}\n"
    swedish = mailwizard(environment(tmp_path, lang="sv_SE.UTF-8"), "--brand", str(BRANDS / "ispis"), "detect", "x")
    assert swedish.stderr == mailwizard(environment(tmp_path, lang="sv_SE.UTF-8"), "detect", "x").stderr


def test_sign_in_on_the_command_line_reads_the_brands_registrations_first(tmp_path: Path) -> None:
    from wizard.cli.commands._proven import oauth_access

    folder = tmp_path / "astra"
    shutil.copytree(BRANDS / "astra", folder)
    toml = folder / "brand.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("[preset]", '[preset]\noauth2 = "oauth2.toml"'))
    (folder / "oauth2.toml").write_text(
        '[[registration]]\nissuer = "accounts.astra.example.test"\nclient_id = "astra-cli"\n', encoding="utf-8"
    )
    args = argparse.Namespace(oauth=True, sign_in_timeout=5.0, brand=load_brand(folder))
    access = oauth_access(args)
    assert access is not None
    found = access.registrations.find("accounts.astra.example.test")
    assert found is not None and found.client_id == "astra-cli"
    generic = oauth_access(argparse.Namespace(oauth=True, sign_in_timeout=5.0, brand=None))
    assert generic is not None and generic.registrations.find("accounts.astra.example.test") is None


# -- the window ----------------------------------------------------------------------------------

# Runs ``mailwizard ARGS`` (or ``mailwizard-gui ARGS``) in this process with a QApplication made
# beforehand (the window takes it), looks at the window once it is up, and closes it.
_WINDOW = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from wizard.ui.window import MailWizard

    app = QApplication(sys.argv[:1])
    seen = {}

    def look():
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MailWizard) and w.isVisible()]
        if not windows or windows[0].brand is None and not windows[0].brand_error:
            QTimer.singleShot(50, look)
            return
        window = windows[0]
        welcome = window.pages[window.current_page_id()]
        seen.update(title=window.windowTitle(), language=window.language, subtitle=welcome.subTitle(),
                    find=not welcome.find_provider.isHidden(), locked=welcome.finder is None)
        window.close()

    QTimer.singleShot(0, look)
    if sys.argv[1] == "gui":
        from wizard.app import main
        code = main(["mailwizard-gui", *sys.argv[2:]])
    else:
        from wizard.cli import main
        code = main(sys.argv[2:])
    print(json.dumps({"code": code, **seen}, ensure_ascii=False))
    """
)


def open_window(env: dict[str, str], entry: str, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _WINDOW, entry, *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False, env=env,
    )
    assert done.stdout, done.stderr
    state: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return state


@pytest.mark.gui
@pytest.mark.parametrize("entry", ["cli", "gui"])
def test_mailwizard_brand_ispis_opens_the_locked_first_page_in_czech_under_lang_c(
    tmp_path: Path, entry: str
) -> None:
    state = open_window(environment(tmp_path, lang="C"), entry, "--brand", str(BRANDS / "ispis"))
    assert state["code"] == 0
    assert state["title"] == "iSpis Mail Setup"
    assert state["language"] == "cs"
    assert state["subtitle"] == "Zadejte e-mailovou adresu – program iSpis Mail nastavení najde sám."
    assert state["locked"] and not state["find"]


@pytest.mark.gui
def test_the_window_opens_as_the_per_machine_brand(tmp_path: Path) -> None:
    state = open_window(environment(tmp_path, lang="de_DE.UTF-8", machine_brand="astra"), "gui")
    assert (state["title"], state["language"], state["locked"]) == ("Astra Mail Setup", "ru", True)


def test_mailwizard_gui_refuses_a_broken_brand_with_one_sentence(tmp_path: Path) -> None:
    folder = broken_copy(tmp_path, "logo")
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from wizard.app import main; sys.exit(main(sys.argv))",
         "--brand", str(folder)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
        env=environment(tmp_path),
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "'logo'" in done.stderr, done.stderr


def test_a_preset_run_under_the_brand_finds_the_brands_own_providers(tmp_path: Path) -> None:
    """``run --preset`` (what the branded installer's /PRESET= starts) searches the brand's
    list first, as every other command does: a domain only the brand knows is found."""
    folder = tmp_path / "ispis"
    shutil.copytree(BRANDS / "ispis", folder)
    provider = folder / "providers" / "ispis.cz.xml"
    text = provider.read_text(encoding="utf-8").replace("ispis.cz", "ispis-customer.example")
    provider.write_text(text, encoding="utf-8")
    (tmp_path / "preset.toml").write_text(
        textwrap.dedent("""\
            address = "jana@ispis-customer.example"
            password = "none"
            verify = false
            offline = true

            [fields]
            USERNAME = "jana-isds"

            [[export]]
            format = "json"
            output = "jana.json"
        """),
        encoding="utf-8",
    )
    done = mailwizard(environment(tmp_path), "--brand", str(folder), "run", "--preset", str(tmp_path / "preset.toml"))
    assert done.returncode == 0, done.stderr
    exported = json.loads((tmp_path / "jana.json").read_text(encoding="utf-8"))
    assert "ispis-customer.example" in json.dumps(exported) and "jana-isds" in json.dumps(exported)
