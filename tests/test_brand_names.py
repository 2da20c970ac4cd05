"""In an ISP's own edition every shared sentence names the program by the brand's short name,
never "Mail Wizard", and the brand's providers are the brand's list; the generic build's words
stay as they were. The words table (Qt-free) in English and through the compiled Russian
translation, and ``mailwizard --brand DIR detect`` (whose ``--json`` keeps ``"source": "admin"``)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli_brand import BRANDS, environment, mailwizard
from wizard import texts
from wizard.i18n import QmTranslations, branded_as, translated_by
from wizard.model import Source
from wizard.oauth import OAuthError, OAuthProblem
from wizard.targets.thunderbird import PasswordOutcome, ThunderbirdError, ThunderbirdProblem

GENERIC = {
    "catalog": "Mail Wizard's own provider list",
    "admin": "Your administrator's provider list",
    "asking": "Mail Wizard is asking here now.",
    "unsupported": "This kind of account cannot be set up in Thunderbird by Mail Wizard.",
    "nss": (
        "Mail Wizard could not save the password for Thunderbird, so Thunderbird asks for it once; "
        "let it remember it."
    ),
    "no-registration": (
        "Mail Wizard is not registered for the sign-in at accounts.google.com, so it checks only "
        "what it can without signing in."
    ),
}


def sentences() -> dict[str, str]:
    return {
        "catalog": texts.source_name(Source.CATALOG),
        "admin": texts.source_name(Source.ADMIN),
        "asking": texts.event_explanation("asking"),
        "unsupported": texts.target_problem_text(ThunderbirdError(ThunderbirdProblem.UNSUPPORTED, detail="x")),
        "nss": texts.password_outcome_text(PasswordOutcome.NSS_UNAVAILABLE),
        "no-registration": texts.sign_in_problem_text(
            OAuthError(OAuthProblem.NO_REGISTRATION, "accounts.google.com")
        ),
    }


def test_the_generic_build_keeps_its_words() -> None:
    assert sentences() == GENERIC


def test_a_brand_is_named_in_every_sentence() -> None:
    with branded_as("Astra Mail"):
        branded = sentences()
    assert branded == {
        key: text.replace("Mail Wizard", "Astra Mail") for key, text in GENERIC.items() if key != "admin"
    } | {"admin": "Astra Mail's settings for its customers"}
    assert sentences() == GENERIC  # the block's end: the generic build again


def test_a_brand_is_named_in_the_translations_too() -> None:
    russian = QmTranslations.load("ru")
    assert russian.messages, "the compiled Russian translation (scripts/translations compile)"
    with translated_by(russian.lookup):
        generic = sentences()
        with branded_as("Astra Mail"):
            branded = sentences()
    assert generic["catalog"] == "Список почтовых сервисов программы Mail Wizard"
    assert generic["admin"] == "Список почтовых сервисов от вашего администратора"
    assert branded["admin"] == "Настройки Astra Mail для клиентов"
    for key, text in branded.items():
        assert "Mail Wizard" not in text and "Astra Mail" in text, key
        assert text == generic[key].replace("Mail Wizard", "Astra Mail") or key == "admin", key


def test_detect_under_a_brand_names_its_lists(tmp_path: Path) -> None:
    env = environment(tmp_path, lang="en_US.UTF-8")
    done = mailwizard(env, "--brand", str(BRANDS / "astra"), "detect", "user@astra.od.ua", "--offline")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "user@astra.od.ua: Astra (astra.od.ua), found in: Astra Mail's settings for its customers."
    shown = mailwizard(env, "--brand", str(BRANDS / "astra"), "detect", "user@astra.od.ua", "--offline", "--json")
    assert json.loads(shown.stdout)["source"] == "admin"  # the contract is the same for a brand
    generic = mailwizard(env, "detect", "user@gmail.com", "--offline")
    assert "found in: Mail Wizard's own provider list." in generic.stdout
    russian = mailwizard(environment(tmp_path, lang="C"), "--brand", str(BRANDS / "astra"),
                         "detect", "user@astra.od.ua", "--offline")
    assert "источник: Настройки Astra Mail для клиентов." in russian.stdout  # astra speaks Russian
    assert "Mail Wizard" not in done.stdout + russian.stdout
