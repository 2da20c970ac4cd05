"""A Google Workspace or Microsoft 365 customer domain in the window (issue 15): the address
names no provider the list knows, so the password page asks for a password; the search then
recognises the provider by the domain's MX (the test DNS), and the window goes back to the
password page in its "Sign in with <provider>" form, one sentence saying why. The proof then
uses the token (XOAUTH2 on the wire, against the OAuth2-only Dovecot and SMTP servers of
``oauth_world``), or, without a client registration, proves what it can without credentials.
The typed password reaches no server, no keyring and no file; the app password stays one click
away, and Back lands only on pages seen going forward."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.discovery_servers import autodiscover_pox, basic_only
from tests.fixtures.mailservers import M365_USER, WORKSPACE_USER, log_size, wait_for_log
from tests.fixtures.oauth_world import GOOGLE, MICROSOFT, DictKeyring, OAuthWorld
from tests.test_ui import make_window, next_enabled, type_address
from tests.test_ui_oauth import services
from wizard.flow import PageId, PageProblem
from wizard.ui.window import MailWizard

__all__ = ["make_window"]  # the window fixture of test_ui, shared

pytestmark = [
    pytest.mark.gui,
    pytest.mark.dovecot,
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

TYPED = "Bakery-Pass-4711"  # what the user typed before the search knew better
# (address, its domain's MX, the provider's short name, its incoming server, our registration)
DOMAINS = {
    "workspace": (WORKSPACE_USER, "aspmx.l.google.com", "Google", "imap.gmail.com", GOOGLE),
    "m365": (M365_USER, "bakery-m365-test.mail.protection.outlook.com", "Microsoft 365",
             "outlook.office365.com", MICROSOFT),
}


@pytest.fixture(params=sorted(DOMAINS))
def customer(request: pytest.FixtureRequest, oauth_world: OAuthWorld) -> Iterator[tuple[str, str, str, str]]:
    """A customer domain whose MX names the provider; the person at the sign-in page is its user."""
    address, mx, name, host, issuer = DOMAINS[request.param]
    domain = address.partition("@")[2]
    oauth_world.world.add_mx(domain, 10, mx)
    # The domain's own Autodiscover host asks for the password (Microsoft's does, for any
    # domain) and answers before the MX does: the password must still wait and go nowhere.
    settings = autodiscover_pox(
        f"<Protocol><Type>IMAP</Type><Server>imap.{domain}</Server><Port>993</Port>"
        f"<SSL>on</SSL><SPA>off</SPA><LoginName>{address}</LoginName></Protocol>"
    )
    url = f"https://autodiscover.{domain}/autodiscover/autodiscover.xml"
    oauth_world.world.route(url, basic_only(address, settings, TYPED))
    oauth_world.world.slow_answers[(domain, "MX")] = 1.0
    with oauth_world.oauth.consenting_as(address):
        yield address, name, host, issuer


def to_search(qtbot: Any, window: MailWizard, address: str) -> Any:
    """Address, name and password typed, then Next: the search runs and decides."""
    type_address(window, address)
    window.next()
    page = window.pages[PageId.PASSWORD]
    assert page.sign_in.currentWidget() is page.password_panel  # nothing known yet: a password
    page.name.setText("Anna Berg")
    page._on_name("Anna Berg")
    page.password.setText(TYPED)
    page._on_password(TYPED)
    assert next_enabled(window)
    window.next()
    assert window.currentId() == PageId.DETECT
    qtbot.waitUntil(lambda: window.data.detection_done, timeout=30000)
    return page


def test_the_search_leads_back_to_the_providers_sign_in_and_the_proof_uses_its_token(
    qtbot: Any, make_window: Any, oauth_world: OAuthWorld, tmp_path: Path, customer: tuple[str, str, str, str]
) -> None:
    address, name, host, issuer = customer
    keyring = DictKeyring()
    window = make_window(services(oauth_world, tmp_path, keyring=keyring, issuers=(issuer,)))
    page = to_search(qtbot, window, address)

    qtbot.waitUntil(lambda: window.currentId() == PageId.PASSWORD)
    assert window.visitedIds() == [PageId.WELCOME, PageId.PASSWORD]  # only pages seen going forward
    qtbot.waitUntil(lambda: window.data.sign_in_registered is not None)
    assert page.title() == f"Sign in with {name}"
    assert page.sign_in.currentWidget() is page.sign_in_panel and not page.password.isVisible()
    domain = address.partition("@")[2]
    assert page.found_note._text.text() == (
        f"The search found that the mail of {domain} is at {name}, which signs you in on its own page."
    )
    assert page.sign_in_button.isVisible() and not next_enabled(window)
    assert page.state().problem is PageProblem.SIGN_IN_NEEDED and not page.status._text.text()
    assert page.use_app_password.isVisible()  # the bundled entry's fallback, explained in its notes

    page.sign_in_button.click()
    qtbot.waitUntil(lambda: bool(window.data.sign_in_token), timeout=30000)
    dovecot = log_size(oauth_world.servers.dovecot_log)
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW, timeout=30000)  # found before: passed
    window.next()
    qtbot.waitUntil(lambda: window.data.verify_report is not None, timeout=60000)
    report = window.data.verify_report
    assert report.ok and report.incoming.signed_in and report.outgoing.signed_in
    assert report.incoming.server.hostname == host
    wait_for_log(oauth_world.servers.dovecot_log, rf"Login: user=<{address}>, method=XOAUTH2", dovecot)

    window.back()
    window.back()
    assert window.currentId() == PageId.PASSWORD  # the search, passed by itself, is skipped

    # The typed password went nowhere: not to the servers, the sign-in, the keyring or a file.
    forms = [TYPED, base64.b64encode(TYPED.encode()).decode(),
             base64.b64encode(f"{address}:{TYPED}".encode()).decode()]  # as Basic sends it
    assert oauth_world.world.requests_to(f"autodiscover.{domain}")  # it was asked, without it
    records = [
        oauth_world.servers.dovecot_log.read_text(errors="replace"),
        repr([r.headers for r in oauth_world.world.requests]),
        oauth_world.servers.smtp_log.read_text(errors="replace"),
        repr(oauth_world.world.requests),
        repr(oauth_world.oauth.authorization_requests),
        repr(keyring.entries),
    ]
    assert not [form for form in forms for record in records if form in record]
    assert window.data.password == TYPED  # kept on the page, for the app password


def test_without_a_registration_the_search_leads_back_and_nothing_is_asked(
    qtbot: Any, make_window: Any, oauth_world: OAuthWorld, tmp_path: Path, customer: tuple[str, str, str, str]
) -> None:
    address, name, host, issuer = customer
    window = make_window(services(oauth_world, tmp_path, registered=False, issuers=(issuer,)))
    page = to_search(qtbot, window, address)
    qtbot.waitUntil(lambda: window.currentId() == PageId.PASSWORD)
    qtbot.waitUntil(lambda: window.data.sign_in_registered is False)
    assert page.sign_in_text.text().startswith(f"Thunderbird opens the sign-in page of {name} at its first start")
    assert page.found_note.isVisible() and not page.sign_in_button.isVisible()
    assert next_enabled(window)

    asked = len(oauth_world.oauth.introspections)
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW, timeout=30000)
    window.next()
    qtbot.waitUntil(lambda: window.data.verify_report is not None, timeout=60000)
    report = window.data.verify_report
    assert report.ok and not report.incoming.signed_in and report.incoming.server.hostname == host
    assert len(oauth_world.oauth.introspections) == asked  # no token, no password


def test_the_app_password_after_the_search_goes_on_with_the_typed_password(
    qtbot: Any, make_window: Any, oauth_world: OAuthWorld, tmp_path: Path, customer: tuple[str, str, str, str]
) -> None:
    address, _name, _host, issuer = customer
    window = make_window(services(oauth_world, tmp_path, issuers=(issuer,)))
    page = to_search(qtbot, window, address)
    qtbot.waitUntil(lambda: window.currentId() == PageId.PASSWORD)
    qtbot.waitUntil(lambda: window.data.sign_in_registered is not None)
    page.use_app_password.click()
    assert page.sign_in.currentWidget() is page.password_panel and page.password.text() == TYPED
    assert not page.found_note.isVisible() and next_enabled(window)
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW, timeout=30000)  # not back again
    assert window.data.found is not None and window.data.found.oauth2 is not None
