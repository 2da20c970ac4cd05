"""The window as an ISP's own edition, offscreen, with the two example brands: the title and
the sentences speak as the brand, a locked brand's first page asks only for the address, an
address elsewhere gets one sentence and the brand's way on (the generic search, or a stop),
the failure pages and the diagnostic report show the support contacts, the targets page
follows the preset, the brand's language applies when the system's is not one of ours, and
the brand's OAuth2 registrations come first.

Qt warnings fail these tests; so does a dialog left open.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from tests.test_ui import WRONG_PASSWORD, _config_for, _real_services, _to_checking, thunderbird_service
from wizard.brand import Brand, load_brand, look_at_brand
from wizard.catalog.clientconfig import write_clientconfig
from wizard.discovery import discover
from wizard.flow import PageId, PageProblem, Target, WizardData
from wizard.model import OAuth2Settings
from wizard.ui.services import Services
from wizard.ui.window import MailWizard

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

REPO = Path(__file__).resolve().parents[1]
BRANDS = REPO / "packaging" / "brands"


def brand_copy(tmp_path: Path, name: str, *, replace: dict[str, str] | None = None) -> Path:
    """A copy of an example brand, its brand.toml changed by plain text replacements."""
    folder = tmp_path / name
    shutil.copytree(BRANDS / name, folder)
    toml = folder / "brand.toml"
    text = toml.read_text(encoding="utf-8")
    for old, new in (replace or {}).items():
        assert old in text, old
        text = text.replace(old, new)
    toml.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def open_window(qtbot: Any, qapp: QApplication) -> Iterator[Callable[..., MailWizard]]:
    """A shown window whose first paint starts it (the brand is loaded after that paint)."""
    windows: list[MailWizard] = []

    def make(services: Services | None = None, *, folder: Path | None = None, **data: Any) -> MailWizard:
        look = look_at_brand(folder) if folder is not None else None
        window = MailWizard(services, WizardData(**{"language": "en", **data}), brand_look=look)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.first_painted()  # as after the first paint (offscreen may not paint at once)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.shutdown()
    left_open = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    for dialog in left_open:
        dialog.close()
    assert left_open == [], "a dialog was left open"


def brand_ready(qtbot: Any, window: MailWizard) -> Brand:
    qtbot.waitUntil(lambda: window.brand is not None and window.services.catalog is not None, timeout=10000)
    assert window.brand is not None
    return window.brand


def type_address(qtbot: Any, window: MailWizard, text: str) -> None:
    page = window.pages[PageId.WELCOME]
    page.address.clear()
    page.address.setFocus()
    qtbot.keyClicks(page.address, text)


def next_enabled(window: MailWizard) -> bool:
    return window.button(window.WizardButton.NextButton).isEnabled()


# -- the first page ------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "domain"), [("astra", "astra.od.ua"), ("ispis", "ispis.cz")])
def test_a_locked_brand_asks_only_for_the_address(
    qtbot: Any, open_window: Any, tmp_path: Path, name: str, domain: str
) -> None:
    folder = BRANDS / name
    window = open_window(folder=folder)
    welcome = window.pages[PageId.WELCOME]
    expected = load_brand(folder)
    # Before the brand is loaded, its first look already names the window and closes the list.
    assert window.windowTitle() == expected.name
    assert not welcome.find_provider.isVisible()
    brand = brand_ready(qtbot, window)
    assert brand.name == expected.name
    assert welcome.finder is None  # no provider list to find
    assert not welcome.find_provider.isVisible()
    assert expected.short_name in welcome.subTitle()
    assert not window.windowIcon().isNull()
    type_address(qtbot, window, f"user@{domain}")
    assert next_enabled(window)
    assert window.data.provider is not None and domain in window.data.provider.domains
    window.next()
    assert window.currentId() == PageId.PASSWORD


def test_the_generic_wizard_keeps_its_provider_list(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    welcome = window.pages[PageId.WELCOME]
    assert window.windowTitle() == "Mail Wizard"
    assert welcome.find_provider.isVisible()
    qtbot.waitUntil(lambda: welcome.providers.count() > 20, timeout=10000)
    assert "Mail Wizard" in welcome.subTitle()


def test_an_address_elsewhere_goes_on_to_the_generic_search_when_the_brand_allows_it(
    qtbot: Any, open_window: Any
) -> None:
    window = open_window(folder=BRANDS / "astra")
    brand = brand_ready(qtbot, window)
    welcome = window.pages[PageId.WELCOME]
    type_address(qtbot, window, "anna@gmail.com")
    window.next()
    assert window.currentId() == PageId.WELCOME
    assert welcome.state().problem is PageProblem.ADDRESS_OUTSIDE
    assert welcome.address_hint.text() == "This setup is for addresses at astra.od.ua."
    button = welcome.search_anyway
    assert button is not None and button.isVisible()
    assert window.services.catalog.find_by_domain("gmail.com") is None  # the brand's list alone
    button.click()
    qtbot.waitUntil(lambda: window.currentId() == PageId.PASSWORD, timeout=10000)
    assert window.data.generic_search
    assert window.services.catalog.find_by_domain("gmail.com") is not None
    assert window.services.catalog.find_by_domain("astra.od.ua") is not None  # the brand's first
    assert window.data.provider is not None and "gmail.com" in window.data.provider.domains
    assert brand.catalog().find_by_domain("gmail.com") is None


def test_an_address_elsewhere_stops_when_the_brand_says_so(qtbot: Any, open_window: Any) -> None:
    window = open_window(folder=BRANDS / "ispis")
    brand_ready(qtbot, window)
    welcome = window.pages[PageId.WELCOME]
    type_address(qtbot, window, "jana@seznam.cz")
    window.next()
    assert window.currentId() == PageId.WELCOME
    assert welcome.address_hint.text() == "This setup is for addresses at ispis.cz."
    assert welcome.search_anyway is None or not welcome.search_anyway.isVisible()
    type_address(qtbot, window, "jana@ispis.cz")
    assert not welcome.address_hint.text()  # gone once the address is one of the brand's
    window.next()
    assert window.currentId() == PageId.PASSWORD


def test_a_brand_that_cannot_be_loaded_says_why_and_goes_no_further(
    qtbot: Any, open_window: Any, tmp_path: Path
) -> None:
    folder = brand_copy(tmp_path, "astra")
    (folder / "logo.svg").write_text("not an image", encoding="utf-8")
    window = open_window(folder=folder)
    welcome = window.pages[PageId.WELCOME]
    qtbot.waitUntil(lambda: bool(window.brand_error), timeout=10000)
    assert window.brand is None
    assert "brand.toml" in window.brand_error and "'logo'" in window.brand_error
    assert welcome.status.text() == window.brand_error
    type_address(qtbot, window, "user@astra.od.ua")
    assert not next_enabled(window)


def test_the_window_speaks_as_the_brand(qtbot: Any, open_window: Any) -> None:
    window = open_window(Services(catalog=None, brand=load_brand(BRANDS / "astra")))
    brand_ready(qtbot, window)
    window.ensure_pages()
    for page_id in (PageId.WELCOME, PageId.DETECT, PageId.VERIFY, PageId.DONE):
        subtitle = window.pages[page_id].subTitle()
        assert "Astra Mail" in subtitle and "Mail Wizard" not in subtitle, page_id
    type_address(qtbot, window, "user@astra.od.ua")
    window.reject()  # typed input: asks first
    question = window.close_question
    assert question is not None
    assert question.windowTitle() == "Close Astra Mail?"
    assert "If you close Astra Mail now" in question.text()
    question.reject()


# -- support contacts ------------------------------------------------------------------------


def assert_support_shown(box: Any) -> None:
    """The box shows the contacts (on its page, which need not be the one on screen)."""
    text = box.text()
    assert not box.isHidden()
    assert '<a href="https://support.astra.example.invalid/">' in text
    assert "+380&nbsp;00&nbsp;000&nbsp;0000" in text
    assert '<a href="mailto:support@astra.example.invalid">' in text


def test_a_failed_search_shows_the_support_contacts(
    qtbot: Any, open_window: Any, discovery_world: Any
) -> None:
    network = discovery_world.network()
    services = Services(catalog=None, brand=load_brand(BRANDS / "astra"))

    async def search(address: str, password: str, emit: Any) -> Any:
        catalog = services.search_catalog()
        return await discover(address, network=network, catalog=catalog, password=password, on_event=emit)

    services.discover = search
    window = open_window(services)
    brand_ready(qtbot, window)
    window.ensure_pages()
    detect = window.pages[PageId.DETECT]
    assert not detect.support.isVisible()
    type_address(qtbot, window, "someone@no-such-brand-domain.test")
    window.next()
    window.pages[PageId.WELCOME].search_anyway.click()
    qtbot.waitUntil(lambda: window.currentId() == PageId.PASSWORD, timeout=10000)
    window.pages[PageId.PASSWORD].password.setText("x")
    window.pages[PageId.PASSWORD]._on_password("x")
    window.next()
    qtbot.waitUntil(lambda: window.data.detection_done and not window.data.detecting, timeout=30000)
    assert window.data.detection_failed == "no-such-domain"
    assert_support_shown(detect.support)
    detect.again.click()  # searching again: no failure (yet), no contacts
    assert not detect.support.isVisible()
    qtbot.waitUntil(lambda: window.data.detection_done and not window.data.detecting, timeout=30000)
    assert_support_shown(detect.support)


@pytest.mark.dovecot
def test_a_failed_login_shows_the_support_contacts_and_the_report_names_them(
    qtbot: Any, open_window: Any, mail_servers: Any, tmp_path: Path
) -> None:
    config = _config_for(mail_servers)
    folder = brand_copy(tmp_path, "astra")
    for old in (folder / "providers").iterdir():
        old.unlink()
    (folder / "providers" / "example.test.xml").write_bytes(write_clientconfig(config))
    services = _real_services(mail_servers, tmp_path, config)
    services.brand = load_brand(folder)
    window = open_window(services)
    window.ensure_pages()
    _to_checking(qtbot, window, WRONG_PASSWORD)
    checking = window.pages[PageId.VERIFY]
    assert checking.retry.isVisible()
    assert_support_shown(checking.support)
    report = window.diagnostic_report()
    assert f"Brand: Astra Mail Setup (astra-mail) from {folder.resolve()}" in report
    assert "Support phone: +380 00 000 0000" in report
    assert "Support web: https://support.astra.example.invalid/" in report
    assert "Support e-mail: support@astra.example.invalid" in report
    assert WRONG_PASSWORD not in report


def test_a_failed_write_shows_the_support_contacts(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    brand = load_brand(BRANDS / "astra")
    services = Services(catalog=brand.catalog(), brand=brand, thunderbird=thunderbird_service(tmp_path))
    window = open_window(services)
    window.ensure_pages()
    type_address(qtbot, window, "user@astra.od.ua")
    window.data.set_password("secret")
    window.data.set_config(brand.providers[0].expanded(window.data.address))
    targets = window.pages[PageId.TARGETS]
    targets.initializePage()
    qtbot.waitUntil(lambda: window.data.thunderbird_profile is not None, timeout=10000)
    profile = window.data.thunderbird_profile
    assert profile is not None
    shutil.rmtree(profile)  # the profile vanished meanwhile: the write fails
    targets.start_writing([Target.THUNDERBIRD])
    qtbot.waitUntil(lambda: not window.data.writing, timeout=20000)
    done = window.pages[PageId.DONE]
    done.initializePage()
    assert done.failed_box.text()
    assert_support_shown(done.support)


def test_the_error_dialog_shows_the_support_contacts(qtbot: Any, open_window: Any) -> None:
    window = open_window(Services(catalog=None, brand=load_brand(BRANDS / "astra")))
    window.report_error(RuntimeError("boom"))
    dialog = window.error_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.message.text().startswith("Astra Mail ran into a problem")
    assert_support_shown(dialog.support)
    dialog.reject()


def test_the_generic_wizard_shows_no_support_contacts(qtbot: Any, open_window: Any) -> None:
    window = open_window(Services(catalog=None))
    window.report_error(RuntimeError("boom"))
    dialog = window.error_dialog
    assert dialog is not None
    assert not dialog.support.isVisible()
    assert "Brand:" not in dialog.report
    dialog.reject()


# -- the targets page ------------------------------------------------------------------------


def targets_page(qtbot: Any, open_window: Any, tmp_path: Path, folder: Path, *, profiles: bool = True) -> Any:
    """The targets page of the brand in ``folder``, entered; once Thunderbird's profiles are
    found, if ``profiles``."""
    brand = load_brand(folder)
    services = Services(catalog=brand.catalog(), brand=brand, thunderbird=thunderbird_service(tmp_path))
    window = open_window(services)
    window.ensure_pages()
    page = window.pages[PageId.TARGETS]
    page.initializePage()
    if profiles:
        qtbot.waitUntil(lambda: page.profile.count() > 0, timeout=10000)
    return page


def shown(widget: Any) -> bool:
    """Shown on its page (the targets page need not be the one on screen)."""
    return not widget.isHidden()


def formats_offered(page: Any) -> list[str]:
    return [page.format.itemData(i) for i in range(page.format.count())]


def test_the_targets_page_follows_the_preset(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    astra = targets_page(qtbot, open_window, tmp_path / "astra", BRANDS / "astra")
    assert astra.thunderbird.isChecked()
    assert shown(astra.file) and not astra.file.isChecked()
    assert formats_offered(astra) == ["autoconfig", "prf", "qr"]  # no Apple profile
    ispis = targets_page(qtbot, open_window, tmp_path / "ispis", BRANDS / "ispis")
    assert ispis.thunderbird.isChecked()
    assert not shown(ispis.file)  # no settings files offered


def test_the_preset_ticks_what_it_checks(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    folder = brand_copy(tmp_path, "astra", replace={'checked = ["thunderbird"]': 'checked = ["file"]'})
    page = targets_page(qtbot, open_window, tmp_path, folder)
    assert page.file.isChecked() and shown(page.file_panel)
    assert shown(page.thunderbird) and not page.thunderbird.isChecked()
    assert page.mw.data.targets == {Target.FILE}


def test_a_preset_without_thunderbird_hides_it(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    folder = brand_copy(
        tmp_path,
        "astra",
        replace={
            'targets = ["thunderbird", "outlook", "file"]': 'targets = ["file"]',
            'checked = ["thunderbird"]': 'checked = ["file"]',
        },
    )
    page = targets_page(qtbot, open_window, tmp_path, folder, profiles=False)
    assert page.probe_job is None  # not even looked for
    assert not shown(page.thunderbird) and not shown(page.profile)
    assert page.file.isChecked()


# -- OAuth2 registrations ----------------------------------------------------------------------


def test_the_brands_oauth2_registrations_come_first(tmp_path: Path) -> None:
    folder = brand_copy(tmp_path, "astra", replace={"[preset]": '[preset]\noauth2 = "oauth2.toml"'})
    (folder / "oauth2.toml").write_text(
        '[[registration]]\nissuer = "accounts.astra.example.test"\nclient_id = "astra-desktop"\n',
        encoding="utf-8",
    )
    brand = load_brand(folder)
    branded = Services(catalog=None, brand=brand).oauth_registrations()
    found = branded.find("accounts.astra.example.test")
    assert found is not None and found.client_id == "astra-desktop"
    assert branded.problems == ()
    assert Services(catalog=None).oauth_registrations().find("accounts.astra.example.test") is None
    # The window asks the production wiring whether it may sign in at a provider.
    settings = OAuth2Settings(
        "accounts.astra.example.test", ("mail",), "https://a.example.test/auth", "https://a.example.test/token"
    )
    config = replace(brand.providers[0], oauth2=settings)
    registered = Services.default(brand=brand).sign_in_registered
    assert registered is not None and registered(config)
    generic = Services.default().sign_in_registered
    assert generic is not None and not generic(config)


# -- the start: a first look before the paint, the brand's language --------------------------------

_START = r"""
import json, sys
from wizard.app import create_window
app, window = create_window(sys.argv[:1])
welcome = window.page(window.startId())
print(json.dumps({
    "modules": sorted(m for m in sys.modules if m.startswith("wizard")),
    "title": window.windowTitle(),
    "language": window.language,
    "subtitle": welcome.subTitle(),
    "find": not welcome.find_provider.isHidden(),
}, ensure_ascii=False))
"""

# Loaded only after the first paint, with a brand too: the brand's checks, the model, the catalog.
_AFTER_PAINT = ("wizard.brand.folder", "wizard.model", "wizard.catalog", "wizard.flow.data", "wizard.texts")


def start(tmp_path: Path, lang: str, brand: str | None) -> dict[str, Any]:
    """Start the window as ``mailwizard`` does, with ``brand`` in the per-machine config folder."""
    machine = tmp_path / f"machine-{lang}-{brand}"
    if brand is not None:
        shutil.copytree(BRANDS / brand, machine / "mailwizard" / "brand")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "XDG_CONFIG_HOME": str(tmp_path / "home"),
        "XDG_CONFIG_DIRS": str(machine),
        "LANG": lang,
        "LC_ALL": "",
        "LC_MESSAGES": "",
        "LANGUAGE": "",
    }
    result = subprocess.run(
        [sys.executable, "-c", _START], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    state: dict[str, Any] = json.loads(result.stdout)
    return state


def test_the_brands_language_applies_when_the_systems_is_not_one_of_ours(tmp_path: Path) -> None:
    state = start(tmp_path, "C", "ispis")
    assert state["title"] == "iSpis Mail Setup"
    assert state["language"] == "cs"
    assert state["subtitle"] == "Zadejte e-mailovou adresu – program iSpis Mail nastavení najde sám."
    assert not state["find"]
    assert [m for m in _AFTER_PAINT if m in state["modules"]] == [], "imported before the first paint"
    assert start(tmp_path, "de_DE.UTF-8", "astra")["language"] == "ru"
    assert start(tmp_path, "sv_SE.UTF-8", "ispis")["language"] == "sv"  # the system's, one of ours
    generic = start(tmp_path, "C", None)
    assert (generic["title"], generic["language"], generic["find"]) == ("Mail Wizard", "en", True)
