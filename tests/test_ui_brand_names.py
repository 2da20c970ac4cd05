"""The window of an ISP's own edition (the astra example brand), offscreen, names itself by the
brand's short name in every sentence, never "Mail Wizard": the "Sign in with <provider>" page
and the browser's page after the sign-in (against the local OAuth2 server), the note on a
computer without a password store, the provider's source on the review page, the failure on
the last page, the error dialog's diagnostic report. The generic window keeps its words.

Qt warnings fail these tests; so does a dialog left open.
"""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.oauth_world import OAuthWorld
from tests.test_ui_brand import BRANDS, brand_copy, open_window, type_address
from tests.test_ui_oauth import services as oauth_services
from tests.test_ui_oauth import to_sign_in_page
from wizard import __version__
from wizard.brand import load_brand
from wizard.flow import PageId, Target
from wizard.model import Protocol
from wizard.ui.services import Services

__all__ = ["open_window"]  # the window fixture of test_ui_brand, shared

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def speaks_as_astra(text: str) -> bool:
    return "Astra Mail" in text and "Mail Wizard" not in text


@pytest.mark.dovecot
@pytest.mark.parametrize("registered", [True, False])
def test_the_sign_in_page_and_the_browser_page_name_the_brand(
    qtbot: Any, open_window: Any, oauth_world: OAuthWorld, tmp_path: Path, registered: bool
) -> None:
    services = oauth_services(oauth_world, tmp_path, registered=registered)
    # Unlocked, so that a Gmail address is set up as in the generic wizard.
    services.brand = load_brand(brand_copy(tmp_path, "astra", replace={"locked = true": "locked = false"}))
    window = open_window(services)
    page = to_sign_in_page(qtbot, window)
    assert page.title() == "Sign in with Google"
    explanation = page.sign_in_text.text()
    if not registered:
        assert speaks_as_astra(explanation) and "Astra Mail checks the servers without signing in." in explanation
        return
    assert speaks_as_astra(explanation) and "Astra Mail opens it in your web browser" in explanation
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: bool(window.data.sign_in_token), timeout=30000)
    result = page.sign_in_result.text()
    assert speaks_as_astra(result) and result.startswith("You are signed in. Astra Mail checks")
    status, browser_page = oauth_world.oauth.browser_pages[-1]
    assert status == 200 and "<title>Astra Mail</title>" in browser_page
    assert speaks_as_astra(browser_page) and "go back to Astra Mail." in browser_page


def test_without_a_password_store_the_note_names_the_brand(qtbot: Any, open_window: Any) -> None:
    brand = load_brand(BRANDS / "astra")
    window = open_window(Services(catalog=brand.catalog(), brand=brand))  # no password store
    window.ensure_pages()
    type_address(qtbot, window, "user@astra.od.ua")
    window.next()
    assert window.currentId() == PageId.PASSWORD
    note = window.pages[PageId.PASSWORD].keyring_note
    qtbot.waitUntil(lambda: bool(note.text()))
    assert speaks_as_astra(note.text()) and "no password store that Astra Mail can use" in note.text()


def test_the_review_page_names_the_brands_provider_list(qtbot: Any, open_window: Any) -> None:
    brand = load_brand(BRANDS / "astra")
    window = open_window(Services(catalog=brand.catalog(), brand=brand))
    window.ensure_pages()
    type_address(qtbot, window, "user@astra.od.ua")
    window.data.set_config(brand.providers[0].expanded(window.data.address))
    review = window.pages[PageId.REVIEW]
    review.initializePage()
    assert review.source.text().startswith("Found in: Astra Mail's settings for its customers")


def test_a_write_thunderbird_cannot_take_names_the_brand(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    from tests.test_ui import thunderbird_service

    brand = load_brand(BRANDS / "astra")
    services = Services(catalog=brand.catalog(), brand=brand, thunderbird=thunderbird_service(tmp_path))
    window = open_window(services)
    window.ensure_pages()
    type_address(qtbot, window, "user@astra.od.ua")
    config = brand.providers[0].expanded(window.data.address)
    exchange = replace(config.outgoing[0], protocol=Protocol.EXCHANGE)  # no SMTP server
    window.data.set_config(replace(config, outgoing=(exchange,)))
    targets = window.pages[PageId.TARGETS]
    targets.initializePage()
    qtbot.waitUntil(lambda: window.data.thunderbird_profile is not None, timeout=10000)
    targets.start_writing([Target.THUNDERBIRD])
    qtbot.waitUntil(lambda: not window.data.writing, timeout=20000)
    done = window.pages[PageId.DONE]
    done.initializePage()
    failed = html.unescape(done.failed_box.text())
    assert speaks_as_astra(failed) and "cannot be set up in Thunderbird by Astra Mail." in failed


def test_the_diagnostic_report_is_headed_with_the_brands_name(qtbot: Any, open_window: Any) -> None:
    window = open_window(Services(catalog=None, brand=load_brand(BRANDS / "astra")))
    assert window.diagnostic_report().splitlines()[0] == f"Astra Mail Setup {__version__}"
    generic = open_window(Services(catalog=None))
    assert generic.diagnostic_report().splitlines()[0] == f"Mail Wizard {__version__}"
