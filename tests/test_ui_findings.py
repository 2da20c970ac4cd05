"""Issue 20: the window as users meet it. One test (or a few) per finding of the two walks,
through the real window offscreen, by keyboard where the finding is about the keyboard, and
against real servers on loopback (a dead name server for "offline", Dovecot for a refused
password, refused ports for servers out of reach)."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget, QWizard

from tests.fixtures.discovery_servers import LoopbackWorld, Reply, clientconfig
from tests.test_discovery_reachability import dead_network
from tests.test_ui import (
    WRONG_PASSWORD,
    _config_for,
    _real_services,
    loopback_discover,
    make_window,
    next_enabled,
    type_address,
    type_unicode,
)
from tests.test_ui_layout import qm_folder, speak
from wizard.catalog import Catalog, default_catalog
from wizard.discovery import discover
from wizard.flow import PageId, PageProblem
from wizard.model import AccountConfig, Protocol, Security, ServerSettings, Source
from wizard.ui.services import Services
from wizard.ui.window import MailWizard

__all__ = ["make_window", "qm_folder", "speak"]  # fixtures of tests/test_ui.py and test_ui_layout.py

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


# -- helpers -------------------------------------------------------------------------------


def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def alt(window: QWidget, letter: str) -> None:
    """Alt+letter, as a user presses a shortcut (the underlined letter). A button clicks
    itself a moment later (Qt animates the press): let that happen."""
    key = getattr(Qt.Key, f"Key_{letter.upper()}")
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, key, Qt.KeyboardModifier.AltModifier)
    QTest.qWait(250)


@pytest.fixture
def open_window(make_window: Any, qtbot: Any) -> Any:
    """``make_window``, and the window active: it has the keyboard focus, as on a desktop."""

    def make(*args: Any, **kwargs: Any) -> MailWizard:
        window: MailWizard = make_window(*args, **kwargs)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def fill_password_page(window: MailWizard, password: str, name: str = "") -> None:
    page = window.pages[PageId.PASSWORD]
    if name:
        page.name.setFocus()
        QTest.keyClicks(page.name, name)
    page.password.setFocus()
    type_text(page.password, password)


def type_text(widget: QWidget, text: str) -> None:
    """Typed key by key (QTest.keyClicks knows only ASCII)."""
    if text.isascii():
        QTest.keyClicks(widget, text)
    else:
        type_unicode(widget, text)


def closed_tcp_port() -> int:
    """A loopback port where nothing listens: a connection is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def unreachable_services(tmp_path: Path) -> Services:
    """The provider list names servers that refuse every connection (a computer whose
    network is down, as the check sees it); the real checker, no network needed."""
    config = AccountConfig(
        id="example.test",
        display_name="Example Test Mail",
        domains=("example.test",),
        incoming=(ServerSettings(Protocol.IMAP, "127.0.0.1", closed_tcp_port(), Security.SSL),),
        outgoing=(ServerSettings(Protocol.SMTP, "127.0.0.1", closed_tcp_port(), Security.SSL),),
        source=Source.CATALOG,
    )
    return _real_services(None, tmp_path, config)


def to_checking(qtbot: Any, window: MailWizard, address: str = "user@example.test") -> None:
    type_address(window, address)
    window.next()
    fill_password_page(window, "secret", "Test User")
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW)
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.VERIFY and not window.data.verifying, timeout=60000)


def dead_network_services(catalog: Catalog | None = None) -> Services:
    network = dead_network()
    catalog = catalog or Catalog.load(bundled=False, site=False)

    async def run(address: str, password: str, emit: Any) -> Any:
        return await discover(address, network=network, catalog=catalog, on_event=emit, timeout=10.0)

    return Services(catalog=catalog, discover=run)


def to_finding(qtbot: Any, window: MailWizard, address: str) -> None:
    type_address(window, address)
    window.next()
    fill_password_page(window, "x")
    window.next()
    assert window.currentId() == PageId.DETECT
    qtbot.waitUntil(lambda: not window.data.detecting, timeout=30000)


# -- 1. offline is not "nothing found" ------------------------------------------------------


def test_1_a_dead_network_says_offline_on_the_finding_page(qtbot: Any, open_window: Any) -> None:
    window = open_window(dead_network_services())
    to_finding(qtbot, window, "anna@mybakery.fr")
    page = window.pages[PageId.DETECT]
    assert page.state().problem is PageProblem.OFFLINE
    assert "offline" in page.status.text()
    assert "No settings were found" not in page.result.text() + page.status.text()
    assert not next_enabled(window)  # not on to an editor for servers that cannot be tried
    assert page.again.isVisible() and page.manual.isVisible()
    # The search is over: the header no longer promises that it takes a few seconds.
    assert "few seconds" not in page.subTitle() and "ended" in page.subTitle()


def test_1_servers_out_of_reach_say_offline_on_the_checking_page(
    qtbot: Any, open_window: Any, tmp_path: Path
) -> None:
    window = open_window(unreachable_services(tmp_path))
    to_checking(qtbot, window)
    page = window.pages[PageId.VERIFY]
    text = page.incoming.result.text()
    assert "seems to be offline" in text
    assert "typing errors" not in text


def test_1_servers_typed_by_hand_may_have_a_typo(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    """The other side of the rule: names the user typed are not the provider's word."""
    window = open_window(unreachable_services(tmp_path))
    type_address(window, "user@example.test")
    window.next()
    fill_password_page(window, "secret")
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW)
    window.pages[PageId.REVIEW].edit.click()  # the same servers, now the user's own entry
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.VERIFY and not window.data.verifying, timeout=60000)
    text = window.pages[PageId.VERIFY].incoming.result.text()
    assert "could not be reached" in text and "offline" not in text


# -- 2. a wrong password leads back to the password -------------------------------------------


@pytest.mark.dovecot
def test_2_wrong_password_type_it_again(qtbot: Any, open_window: Any, mail_servers: Any, tmp_path: Path) -> None:
    window = open_window(_real_services(mail_servers, tmp_path, _config_for(mail_servers)))
    type_address(window, "user@example.test")
    window.next()
    fill_password_page(window, WRONG_PASSWORD, "Test User")
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW)
    window.next()
    qtbot.waitUntil(lambda: window.data.verify_report is not None, timeout=60000)
    checking = window.pages[PageId.VERIFY]
    assert checking.retype.isVisible()
    alt(window, "T")  # "&Type the password again"
    assert window.currentId() == PageId.PASSWORD
    password = window.pages[PageId.PASSWORD]
    assert focused() is password.password
    assert password.password.selectedText() == WRONG_PASSWORD  # all of it: typing replaces it
    QTest.keyClicks(password.password, mail_servers.password)
    assert window.data.password == mail_servers.password
    press(password.password, Qt.Key.Key_Return)  # Next; the finding page passes by itself
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW)
    window.next()
    qtbot.waitUntil(lambda: window.data.verify_report is not None, timeout=60000)
    assert window.data.verify_report.ok


@pytest.mark.dovecot
def test_2_change_the_settings_opens_the_editor_at_once_and_only_then(
    qtbot: Any, open_window: Any, mail_servers: Any, tmp_path: Path
) -> None:
    window = open_window(_real_services(mail_servers, tmp_path, _config_for(mail_servers)))
    to_checking(qtbot, window)  # "secret" is the wrong password here
    window.pages[PageId.VERIFY].change.click()
    review = window.pages[PageId.REVIEW]
    assert window.currentId() == PageId.REVIEW
    assert review.stack.currentIndex() == 1  # the editor, as asked
    review.use_found.click()
    window.back()  # to the password page (the finding page passed by itself)
    assert window.currentId() == PageId.PASSWORD
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW)
    assert review.stack.currentIndex() == 0  # not the editor, unasked


# -- 3. a hosting provider picked from the list survives an own domain -----------------------


def test_3_a_hoster_picked_from_the_list_supplies_the_settings_for_an_own_domain(
    qtbot: Any, open_window: Any
) -> None:
    # No network at all: the settings must come from the choice, not from a search.
    window = open_window(dead_network_services(default_catalog()))
    welcome = window.pages[PageId.WELCOME]
    type_address(window, "anna")
    alt(window, "F")  # Find my provider
    assert focused() is welcome.search
    QTest.keyClicks(welcome.search, "OVH")
    press(welcome.search, Qt.Key.Key_Down)
    press(welcome.providers, Qt.Key.Key_Return)
    assert welcome.address.text() == "anna@ovh.net"
    assert focused() is welcome.address
    # The hosting customer's own domain replaces ovh.net: the choice stays, and says so.
    welcome.address.setSelection(len("anna@"), len("ovh.net"))
    QTest.keyClicks(welcome.address, "mybakery.fr")
    assert welcome.address.text() == "anna@mybakery.fr"
    assert window.data.provider is not None and window.data.provider.id == "ovh.net"
    assert "OVH" in welcome.provider_note.text() and welcome.provider_note.isVisible()
    window.next()
    fill_password_page(window, "x")
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW, timeout=20000)
    account = window.data.account()
    assert account is not None
    assert account.incoming.hostname == "ssl0.ovh.net"
    assert account.incoming.username == "anna@mybakery.fr"
    assert window.pages[PageId.REVIEW].state().can_continue  # no "foreign server" question


def test_3_a_known_domain_wins_over_an_earlier_pick(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    welcome = window.pages[PageId.WELCOME]
    welcome.show_finder()
    welcome.search.setText("gmail")
    welcome.select_provider("gmail.com")
    type_address(window, "anna@seznam.cz")
    assert window.data.provider is not None and window.data.provider.id == "seznam.cz"
    assert not window.data.provider_chosen


# -- 4. moving through the list never changes the address ---------------------------------------


def test_4_tab_and_arrows_in_the_list_leave_the_address_alone(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    welcome = window.pages[PageId.WELCOME]
    type_address(window, "jonas@mybakery.fr")
    alt(window, "F")
    assert focused() is welcome.search
    press(welcome.search, Qt.Key.Key_Tab)
    assert focused() is welcome.providers
    press(welcome.providers, Qt.Key.Key_Down)
    press(welcome.providers, Qt.Key.Key_Down)
    assert welcome.address.text() == "jonas@mybakery.fr"
    press(welcome.providers, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is welcome.search
    QTest.keyClicks(welcome.search, "inbox")
    press(welcome.search, Qt.Key.Key_Down)  # from the search field into the list
    assert focused() is welcome.providers
    assert welcome.providers.currentRow() == 0
    assert welcome.address.text() == "jonas@mybakery.fr"
    assert window.data.provider is None
    press(welcome.providers, Qt.Key.Key_Escape)  # closes the list, not the wizard
    assert window.isVisible() and not welcome.finder.isVisible()
    assert focused() is welcome.address


# -- 5. servers given as IP addresses ------------------------------------------------------------


def test_5_a_server_given_by_ip_address_is_not_read_as_a_domain(
    qtbot: Any, open_window: Any, discovery_world: LoopbackWorld
) -> None:
    # The provider's own autoconfig names its incoming server by address.
    discovery_world.route(
        "https://autoconfig.ipserver-ui.test/mail/config-v1.1.xml",
        Reply(body=clientconfig("ipserver-ui.test", ("127.0.0.1", 993, "SSL"), ("smtp.ipserver-ui.test", 465, "SSL"))),
    )
    window = open_window(
        Services(catalog=Catalog.load(bundled=False, site=False), discover=loopback_discover(discovery_world))
    )
    to_finding(qtbot, window, "me@ipserver-ui.test")
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW)
    review = window.pages[PageId.REVIEW]
    text = review.foreign.text()
    assert "127.0.0.1" in text and "IP address" in text
    assert "0.1." not in text.replace("127.0.0.1", "")  # never "belongs to 0.1"
    assert review.confirm.text() == "I &trust the server 127.0.0.1 with my mail"


# -- 6. texts that contradict each other ------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "address", "usual"),
    [("ru", "anna@mail.ru", False), ("en", "anna@gmail.com", False), ("en", "anna@seznam.cz", True)],
)
def test_6_the_password_page_does_not_contradict_the_providers_note(
    qtbot: Any, speak: Any, open_window: Any, language: str, address: str, usual: bool
) -> None:
    speak(language)
    window = open_window(language=language)
    type_address(window, address)
    window.next()
    page = window.pages[PageId.PASSWORD]
    usual_sentence = page.tr("The password is the one you use to sign in to your mail.")
    assert (page.subTitle() == usual_sentence) is usual
    if not usual:
        assert window.data.provider is not None and window.data.provider.name in page.subTitle()
        assert page.subTitle() != "%1 has rules for this password: read them below first."


# -- 7. a domain that does not exist -------------------------------------------------------------


def test_7_a_domain_that_does_not_exist_asks_about_a_typo(
    qtbot: Any, open_window: Any, discovery_world: LoopbackWorld
) -> None:
    window = open_window(
        Services(catalog=Catalog.load(bundled=False, site=False), discover=loopback_discover(discovery_world))
    )
    to_finding(qtbot, window, "me@nothing.test")
    page = window.pages[PageId.DETECT]
    assert window.currentId() == PageId.DETECT  # not on to the editor with imap.nothing.test
    assert page.state().problem is PageProblem.NO_SUCH_DOMAIN
    assert "nothing.test does not exist" in page.status.text() and "typing error" in page.status.text()
    assert not next_enabled(window)
    alt(window, "C")  # Correct the address
    welcome = window.pages[PageId.WELCOME]
    assert window.currentId() == PageId.WELCOME
    assert focused() is welcome.address and welcome.address.selectedText() == "nothing.test"


# -- 8. untranslated and misattributed text ---------------------------------------------------


def test_8_a_system_error_is_not_what_the_server_said(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    window = open_window(unreachable_services(tmp_path))
    to_checking(qtbot, window)
    text = window.pages[PageId.VERIFY].incoming.result.text()
    assert "The server said" not in text
    assert "Technical details:" in text


def test_8_the_finding_tooltips_speak_the_language(qtbot: Any, speak: Any, open_window: Any) -> None:
    speak("ru")
    window = open_window(dead_network_services(), language="ru")
    to_finding(qtbot, window, "anna@mybakery.fr")
    page = window.pages[PageId.DETECT]
    tips = [page.sources.topLevelItem(i).toolTip(1) for i in range(page.sources.topLevelItemCount())]
    detailed = [tip for tip in tips if "\n" in tip]
    assert detailed, tips
    for tip in detailed:
        sentence, details = tip.split("\n", 1)
        assert any("а" <= ch <= "я" for ch in sentence.lower()), tip  # the user's words first
        assert details.startswith("Технические подробности: ")  # the English detail, labelled


# -- 9. screen readers -------------------------------------------------------------------------


def test_9_failure_boxes_speak_words_and_their_icons_have_names(
    qtbot: Any, open_window: Any, tmp_path: Path
) -> None:
    window = open_window(unreachable_services(tmp_path))
    to_checking(qtbot, window)
    banner = window.pages[PageId.VERIFY].incoming.result
    description = banner.accessibleDescription()
    assert description and "<" not in description and "offline" in description
    assert banner.accessibleName() == "Problem"
    assert banner._icon.accessibleName() == "Problem"


def test_9_the_review_page_focuses_something_visible(
    qtbot: Any, open_window: Any, discovery_world: LoopbackWorld
) -> None:
    """IMAP only (no IMAP/POP3 choice shown) and a server elsewhere to confirm: the focus
    goes to the question, not to the hidden choice."""
    window = open_window(
        Services(catalog=Catalog.load(bundled=False, site=False), discover=loopback_discover(discovery_world))
    )
    to_finding(qtbot, window, "someone@foreign.test")
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW)
    review = window.pages[PageId.REVIEW]
    widget = focused()
    assert widget is not None and widget.isVisible() and widget.window() is window
    assert widget is review.confirm


# -- 10. smaller ones -----------------------------------------------------------------------


def test_10_escape_asks_before_throwing_typed_input_away(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    press(window.pages[PageId.WELCOME].address, Qt.Key.Key_Escape)  # nothing typed: closes
    assert not window.isVisible()
    window.show()
    qtbot.waitExposed(window)
    type_address(window, "anna@seznam.cz")
    press(window.pages[PageId.WELCOME].address, Qt.Key.Key_Escape)
    assert window.isVisible()
    question = window.close_question
    assert isinstance(question, QMessageBox) and question.isVisible()
    press(question, Qt.Key.Key_Escape)  # Escape again: keep working
    assert window.isVisible() and window.close_question is None
    window.button(QWizard.WizardButton.CancelButton).click()  # Cancel asks too
    question = window.close_question
    assert question is not None and question.isVisible()
    close = next(b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    close.click()
    assert not window.isVisible()


def test_10_the_save_dialog_opens_in_the_users_folder_with_the_file_kind(
    qtbot: Any, open_window: Any, tmp_path: Path
) -> None:
    window = open_window(config_given=True)
    type_address(window, "anna@seznam.cz")
    window.data.found = default_catalog().find_by_domain("seznam.cz").expanded(window.data.address)
    window.data.set_config(window.data.found)
    page = window.pages[PageId.TARGETS]
    page.file.setChecked(True)
    page.format.setCurrentIndex(page.format.findData("autoconfig"))
    page.save.click()
    dialog = page.file_dialog
    assert dialog is not None and dialog.isVisible()
    try:
        folder = Path(dialog.directory().absolutePath())
        assert folder != Path(os.getcwd())
        assert folder.is_relative_to(Path.home())
        assert dialog.nameFilters()[0].endswith("(*.xml)")
        assert "Thunderbird" in dialog.nameFilters()[0]
        assert dialog.selectedNameFilter() == dialog.nameFilters()[0]
    finally:
        dialog.reject()


def test_10_the_password_can_be_shown_and_hidden_by_keyboard(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    type_address(window, "anna@seznam.cz")
    window.next()
    page = window.pages[PageId.PASSWORD]
    QTest.keyClicks(page.password, "secret")
    alt(window, "S")  # &Show
    assert page.password.echoMode() == QLineEdit.EchoMode.Normal
    alt(window, "H")  # &Hide
    assert page.password.echoMode() == QLineEdit.EchoMode.Password


def test_10_and_13_the_address_hint_is_beside_the_field_once_it_is_left(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    welcome = window.pages[PageId.WELCOME]
    welcome.address.setFocus()
    QTest.keyClicks(welcome.address, "some")
    assert not welcome.address_hint.text()  # never while the user is still typing
    press(welcome.address, Qt.Key.Key_Tab)  # leaves the field
    assert welcome.address_hint.isVisible()
    assert "name@example.com" in welcome.address_hint.text()
    field = welcome.address.geometry()
    hint = welcome.address_hint.geometry()
    assert 0 <= hint.top() - field.bottom() <= 2 * welcome.fontMetrics().height()  # right below it
    welcome.address.setFocus()
    welcome.address.end(False)
    QTest.keyClicks(welcome.address, "@x.org")
    assert not welcome.address_hint.text()  # gone once the address is complete


def test_13_next_with_an_incomplete_address_says_why_beside_it(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    welcome = window.pages[PageId.WELCOME]
    welcome.address.setFocus()
    QTest.keyClicks(welcome.address, "anna@seznam")
    assert not welcome.address_hint.text()
    press(welcome.address, Qt.Key.Key_Return)  # Enter: Next
    assert window.currentId() == PageId.WELCOME
    assert "not a complete domain" in welcome.address_hint.text()
    assert focused() is welcome.address


# -- 11. an earlier address's name and password do not carry over -----------------------------


def test_11_a_new_address_starts_with_an_empty_name_and_password(qtbot: Any, open_window: Any) -> None:
    window = open_window(
        Services(
            catalog=default_catalog(),
            discover=lambda address, password, emit: discover(
                address, catalog=default_catalog(), offline=True, on_event=emit
            ),
        )
    )
    type_address(window, "anna@seznam.cz")
    press(window.pages[PageId.WELCOME].address, Qt.Key.Key_Return)
    page = window.pages[PageId.PASSWORD]
    assert focused() is page.name  # the first empty field, top down
    fill_password_page(window, "anna-secret", "Anna Berg")
    page.reveal.click()  # shown in clear text
    window.back()
    type_address(window, "anna@seznam.cz")  # the same address again: all kept
    press(window.pages[PageId.WELCOME].address, Qt.Key.Key_Return)
    assert (page.name.text(), page.password.text()) == ("Anna Berg", "anna-secret")
    assert focused() is page.password and page.password.selectedText() == "anna-secret"
    window.back()
    type_address(window, "jan@seznam.cz")
    press(window.pages[PageId.WELCOME].address, Qt.Key.Key_Return)
    assert focused() is page.name  # not at the end of someone else's name
    assert page.name.text() == "" and page.password.text() == ""
    assert window.data.password == "" and window.data.real_name == ""
    assert page.password.echoMode() == QLineEdit.EchoMode.Password
    fill_password_page(window, "jan-secret", "Jan Novak")
    assert window.data.real_name == "Jan Novak"
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW)
    assert "Jan Novak" in window.pages[PageId.REVIEW].sender_line.text()  # the review shows the name


# -- 12. "Try again" shows that it tries ---------------------------------------------------------


def test_12_try_again_shows_it_is_trying_even_when_the_answer_is_instant(
    qtbot: Any, open_window: Any, tmp_path: Path
) -> None:
    window = open_window(unreachable_services(tmp_path))
    to_checking(qtbot, window)
    page = window.pages[PageId.VERIFY]
    page.MINIMUM_BUSY = 5.0  # longer than the refusal takes, on any machine
    seen: list[tuple[bool, str]] = []
    alt(window, "A")  # Try &again
    assert page.job is not None
    page.job.finished.connect(
        lambda _report: seen.append((page.progress.isVisible(), page.incoming.result.text()))
    )
    assert page.progress.isVisible() and "Signing in" in page.incoming.result.text()  # at once
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    busy, text = seen[0]
    assert busy and "Signing in" in text  # the answer came, the page still shows the trying
    qtbot.waitUntil(lambda: not window.data.verifying, timeout=20000)
    assert "offline" in page.incoming.result.text()


# -- 14. Back never lands on a page not seen on the way --------------------------------------------


def test_14_back_skips_the_finding_page_that_passed_by_itself(qtbot: Any, open_window: Any) -> None:
    window = open_window(
        Services(
            catalog=default_catalog(),
            discover=lambda address, password, emit: discover(
                address, catalog=default_catalog(), offline=True, on_event=emit
            ),
        )
    )
    to_finding(qtbot, window, "anna@seznam.cz")
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW)
    alt(window, "B")  # < &Back
    assert window.currentId() == PageId.PASSWORD
    window.button(QWizard.WizardButton.NextButton).click()  # passes by itself again
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW)
    window.button(QWizard.WizardButton.BackButton).click()
    assert window.currentId() == PageId.PASSWORD


# -- 15. tab order and layout ------------------------------------------------------------------


def _tab_chain(start: QWidget, count: int) -> list[QWidget | None]:
    chain = []
    for _ in range(count):
        widget = focused()
        assert widget is not None
        press(widget, Qt.Key.Key_Tab)
        chain.append(focused())
    return chain


def test_15_the_language_box_comes_first_in_the_tab_order(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    welcome = window.pages[PageId.WELCOME]
    type_address(window, "anna@seznam.cz")
    press(welcome.address, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is welcome.language
    next_button = window.button(QWizard.WizardButton.NextButton)
    cancel = window.button(QWizard.WizardButton.CancelButton)
    assert _tab_chain(welcome.language, 5) == [welcome.address, welcome.find_provider, next_button, cancel, welcome.language]


@pytest.mark.parametrize("language", ["en", "cs", "ru"])
def test_15_show_and_hide_keep_the_password_field_still(
    qtbot: Any, speak: Any, open_window: Any, language: str
) -> None:
    speak(language)
    window = open_window(language=language)
    type_address(window, "anna@seznam.cz")
    window.next()
    page = window.pages[PageId.PASSWORD]
    before = (page.password.width(), page.reveal.width())
    page.reveal.click()
    QApplication.processEvents()
    assert (page.password.width(), page.reveal.width()) == before


def test_15_password_warnings_do_not_push_the_page(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    type_address(window, "anna@seznam.cz")
    window.next()
    page = window.pages[PageId.PASSWORD]
    QApplication.processEvents()
    before = page.remember.mapTo(window, page.remember.rect().topLeft())
    type_unicode(page.password, "Б")  # Cyrillic
    page.password.setFocus()
    QApplication.sendEvent(
        page.password, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "A")
    )  # an upper-case letter without Shift: Caps Lock
    QApplication.processEvents()
    assert "Caps Lock" in page.warnings.text() and "Cyrillic" in page.warnings.text()
    assert page.remember.mapTo(window, page.remember.rect().topLeft()) == before


# -- the new first page --------------------------------------------------------------------------


def test_first_page_leads_with_the_address_and_keeps_the_list_one_click_away(
    qtbot: Any, open_window: Any, tmp_path: Path
) -> None:
    admin = tmp_path / "admin"
    admin.mkdir()
    (admin / "corp.example.xml").write_bytes(
        clientconfig("corp.example", provider_id="corp.example").replace(
            b"<displayName>", b"<displayName>Example Corp "
        )
    )
    catalog = Catalog.load([admin], bundled=True, site=False)
    window = open_window(Services(catalog=catalog), language="lt")
    welcome = window.pages[PageId.WELCOME]
    assert focused() is welcome.address
    assert not welcome.finder.isVisible()  # the list waits behind "Find my provider"
    welcome.find_provider.click()
    assert welcome.finder.isVisible() and focused() is welcome.search
    first = welcome.providers.item(0).data(Qt.ItemDataRole.UserRole)
    assert any(d.endswith(".lt") for d in first.domains)  # regional providers first
    QTest.keyClicks(welcome.search, "corp")
    names = [welcome.providers.item(i).text() for i in range(welcome.providers.count())]
    assert any("Example Corp" in name for name in names)  # the administrator's providers too
    welcome.find_provider.click()  # closes it again
    assert not welcome.finder.isVisible()

