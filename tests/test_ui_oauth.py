"""The window's "Sign in with <provider>" (issue 15), offscreen, against the local OAuth2 server
and the OAuth2-only Dovecot and SMTP servers standing in for Gmail (``oauth_world``): the
button opens the "browser" (a test opener that follows the page by HTTP) from the engine's
loop, the page waits with Cancel and shows the result; the check then signs in with the token
(XOAUTH2 on the wire) and Thunderbird is written with OAuth2 and no password. Without a client
registration the page says that Thunderbird signs in at its first start and asks for nothing;
a refusal is one sentence; the app password is one click away."""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.fixtures.mailservers import log_size, wait_for_log
from tests.fixtures.oauth_world import DictKeyring, OAuthWorld
from tests.test_ui import make_window, next_enabled, thunderbird_service, type_address
from wizard.catalog import default_catalog
from wizard.discovery import discover
from wizard.flow import PageId, PageProblem
from wizard.model import AccountConfig, parse_address
from wizard.pipeline import OAuthAccess, Pipeline, network_verify_changes
from wizard.targets.thunderbird.prefs import parse_prefs, prefs_dict
from wizard.ui.services import Services, verify_with
from wizard.ui.window import MailWizard

__all__ = ["make_window"]  # the window fixture of test_ui, shared

pytestmark = [
    pytest.mark.gui,
    pytest.mark.dovecot,
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

Opener = Callable[[str], bool | None]


def services(world: OAuthWorld, tmp_path: Path, *, opener: Opener | None = None,
             registered: bool = True, keyring: DictKeyring | None = None,
             issuers: tuple[str, ...] = ()) -> Services:
    from wizard import verify
    from wizard.targets import exports
    from wizard.verify import TrustedCertificates

    network = world.network()
    catalog = default_catalog()

    async def find(address: str, password: str, emit: Any) -> Any:
        # As the window's own service: the typed password goes to the search (Autodiscover).
        return await discover(address, network=network, catalog=catalog, password=password or None,
                              on_event=emit)

    async def sign_in(config: AccountConfig, address: str, emit: Any) -> Any:
        access = OAuthAccess(registrations=world.registrations(*issuers), opener=opener or world.oauth.browser,
                             keyring=keyring or DictKeyring(), timeout=60)
        return await Pipeline(network=network).sign_in(config, parse_address(address), access)

    return Services(
        catalog=catalog,
        discover=find,
        verify=verify_with(
            verify,
            network=network,
            **network_verify_changes(network),
            trusted_certificates=TrustedCertificates(tmp_path / "trusted.json"),
            server_timeout=60.0,
        ),
        thunderbird=thunderbird_service(tmp_path),
        exports=exports,
        sign_in=sign_in,
        sign_in_registered=lambda config: registered,
    )


def to_sign_in_page(qtbot: Any, window: MailWizard) -> Any:
    type_address(window, "user@gmail.com")
    window.next()
    page = window.pages[PageId.PASSWORD]
    assert window.currentId() == PageId.PASSWORD
    page.name.setText("Anna Berg")
    page._on_name("Anna Berg")
    qtbot.waitUntil(lambda: window.data.sign_in_registered is not None)
    return page


def test_sign_in_with_google_then_the_check_and_thunderbird(
    qtbot: Any, make_window: Any, oauth_world: OAuthWorld, tmp_path: Path
) -> None:
    window = make_window(services(oauth_world, tmp_path))
    page = to_sign_in_page(qtbot, window)
    assert page.title() == "Sign in with Google"
    assert page.sign_in.currentWidget() is page.sign_in_panel and not page.password.isVisible()
    assert page.sign_in_button.isVisible() and page.sign_in_button.text() == "&Sign in with Google"
    assert not page.remember.isVisible()
    assert page.state().problem is PageProblem.SIGN_IN_NEEDED and not next_enabled(window)

    page.sign_in_button.click()
    assert window.data.signing_in or window.data.sign_in_token  # the GUI thread did not wait
    qtbot.waitUntil(lambda: bool(window.data.sign_in_token), timeout=30000)
    assert "You are signed in." in page.sign_in_result._text.text()
    assert not page.sign_in_cancel.isVisible() and next_enabled(window)
    assert "sign_in" in window.data.redacted() and window.data.sign_in_token not in window.diagnostic_report()

    dovecot = log_size(oauth_world.servers.dovecot_log)
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW, timeout=30000)
    window.next()
    assert window.currentId() == PageId.VERIFY
    qtbot.waitUntil(lambda: window.data.verify_report is not None, timeout=60000)
    report = window.data.verify_report
    assert report.ok and report.incoming.signed_in and report.outgoing.signed_in
    wait_for_log(oauth_world.servers.dovecot_log, r"Login: user=<user@gmail\.com>, method=XOAUTH2", dovecot)
    assert "Signed in to imap.gmail.com:993" in window.pages[PageId.VERIFY].incoming.result._text.text()

    window.next()
    targets = window.pages[PageId.TARGETS]
    qtbot.waitUntil(targets.thunderbird.isChecked)
    assert targets.outlook_own_setup() == ""  # Gmail: Outlook takes a profile file
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE, timeout=30000)
    profile = window.data.thunderbird_profile
    assert profile is not None
    prefs = prefs_dict(parse_prefs((profile / "prefs.js").read_text(encoding="utf-8")))
    assert sorted(v for k, v in prefs.items() if k.endswith(".authMethod")) == [10, 10]
    assert not (profile / "logins.json").exists()
    todo = html.unescape(window.pages[PageId.DONE].todo._text.text())
    assert "Thunderbird stores no password for this account: it opens your provider's sign-in page" in todo


def test_cancel_while_waiting_leaves_nothing_listening(
    qtbot: Any, make_window: Any, oauth_world: OAuthWorld, tmp_path: Path
) -> None:
    opened: list[str] = []
    browser_open = threading.Event()

    def browser_left_open(url: str) -> bool:  # the user looks at the page and does nothing
        opened.append(url)
        browser_open.set()
        return True

    window = make_window(services(oauth_world, tmp_path, opener=browser_left_open))
    page = to_sign_in_page(qtbot, window)
    page.sign_in_button.click()
    qtbot.waitUntil(browser_open.is_set)
    assert page.sign_in_cancel.isVisible() and page.sign_in_progress.isVisible()
    assert "Waiting for you to sign in" in page.sign_in_result._text.text()
    assert not page.sign_in_button.isEnabled() and not next_enabled(window)

    page.sign_in_cancel.click()
    assert not window.data.signing_in and page.sign_in_button.isEnabled()
    redirect = parse_qs(urlsplit(opened[0]).query)["redirect_uri"][0]
    port = urlsplit(redirect).port

    def closed() -> bool:
        import socket

        try:
            socket.create_connection(("127.0.0.1", port or 0), timeout=2).close()
        except ConnectionRefusedError:
            return True
        return False

    qtbot.waitUntil(closed)  # the loop cancelled the sign-in: its listener is gone
    assert not window.data.sign_in_token and not next_enabled(window)


def test_a_refused_sign_in_is_one_sentence(
    qtbot: Any, make_window: Any, oauth_world: OAuthWorld, tmp_path: Path
) -> None:
    window = make_window(services(oauth_world, tmp_path))
    page = to_sign_in_page(qtbot, window)
    with oauth_world.oauth.denying():
        page.sign_in_button.click()
        qtbot.waitUntil(lambda: bool(window.data.sign_in_problem), timeout=30000)
    assert window.data.sign_in_problem == "denied"
    assert page.sign_in_result._text.text() == (
        "The sign-in at accounts.google.com was refused, so nothing was set up."
    )
    assert not next_enabled(window) and page.sign_in_button.isEnabled()


def test_without_a_registration_thunderbird_signs_in_and_nothing_is_asked(
    qtbot: Any, make_window: Any, oauth_world: OAuthWorld, tmp_path: Path
) -> None:
    window = make_window(services(oauth_world, tmp_path, registered=False))
    page = to_sign_in_page(qtbot, window)
    assert not page.sign_in_button.isVisible() and not page.password.isVisible()
    assert page.sign_in_text.text().startswith("Thunderbird opens the sign-in page of Google at its first start")
    assert next_enabled(window)
    asked = len(oauth_world.oauth.introspections)
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW, timeout=30000)
    window.next()
    qtbot.waitUntil(lambda: window.data.verify_report is not None, timeout=60000)
    report = window.data.verify_report
    assert report.ok and not report.incoming.signed_in
    assert len(oauth_world.oauth.introspections) == asked  # no token anywhere
    text = html.unescape(window.pages[PageId.VERIFY].incoming.result._text.text())
    assert "imap.gmail.com:993 answers over an encrypted connection and offers your provider's sign-in" in text


def test_the_app_password_is_one_click_away(
    qtbot: Any, make_window: Any, oauth_world: OAuthWorld, tmp_path: Path
) -> None:
    window = make_window(services(oauth_world, tmp_path))
    page = to_sign_in_page(qtbot, window)
    page.use_app_password.click()
    assert page.sign_in.currentWidget() is page.password_panel and page.password.isVisible()
    assert page.remember.isVisible() and page.title() == "Your name and password"
    assert page.state().problem is PageProblem.PASSWORD_EMPTY
    assert page.use_sign_in.isVisible() and page.use_sign_in.text() == "Sign in with Google &instead"
    page.use_sign_in.click()
    assert page.sign_in.currentWidget() is page.sign_in_panel and not window.data.app_password


def test_outlook_explains_its_own_account_setup_for_microsoft(
    qtbot: Any, make_window: Any, oauth_world: OAuthWorld, tmp_path: Path
) -> None:
    window = make_window(services(oauth_world, tmp_path))
    outlook = default_catalog().find_by_domain("outlook.com")
    assert outlook is not None
    window.data.set_address("anna@outlook.com")
    window.data.set_config(outlook)
    page = window.pages[PageId.TARGETS]
    assert page.outlook_own_setup() == (
        "Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, which opens "
        "Microsoft's sign-in page: in Outlook choose File, Add Account and type anna@outlook.com."
    )
