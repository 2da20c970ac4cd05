"""The wizard window, offscreen: every page's states, cancel, failures, the happy path.

Qt warnings fail these tests; so does a dialog left open.
"""

from __future__ import annotations

import functools
import html
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from wizard.catalog import Catalog, default_catalog
from wizard.catalog.clientconfig import write_clientconfig
from wizard.discovery import discover
from wizard.flow import PageId, PageProblem, WizardData
from wizard.model import AccountConfig, Protocol, Security, ServerSettings, Source
from wizard.ui.services import Services, ThunderbirdService, verify_with
from wizard.ui.window import FITS, MailWizard

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_level_fail("WARNING"),
    # The offscreen platform says this about every dialog; it is not our warning.
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

WRONG_PASSWORD = "парольNeverRight1"


# -- fixtures ------------------------------------------------------------------------------


@pytest.fixture
def make_window(qtbot: Any, qapp: QApplication) -> Iterator[Callable[..., MailWizard]]:
    windows: list[MailWizard] = []

    def make(services: Services | None = None, **data: Any) -> MailWizard:
        services = services or Services(catalog=default_catalog())
        window = MailWizard(services, WizardData(**{"language": "en", **data}))
        qtbot.addWidget(window)
        window.resize(QSize(780, 620))
        window.show()
        qtbot.waitExposed(window)
        window.first_painted()  # as after the first paint (offscreen may not paint at once)
        window.ensure_pages()  # built right after the first paint; tests reach them at once
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.shutdown()
    left_open = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    for dialog in left_open:
        dialog.close()
    assert left_open == [], "a dialog was left open"


def test_shown_window_loads_the_provider_list_and_the_pages_by_itself(
    qtbot: Any, qapp: QApplication
) -> None:
    """Nothing calls ``first_painted`` here: the first paint itself must give the page its
    behaviour and start the catalog, then the other pages (the page under its scroll area
    never gets a Paint event)."""
    window = MailWizard(Services.default(), WizardData(language="en"))
    qtbot.addWidget(window)
    window.show()
    page = window.pages[PageId.WELCOME]
    qtbot.waitUntil(lambda: window._started, timeout=900)  # by the paint, not the 1 s fallback
    assert page.attached
    qtbot.waitUntil(lambda: page.providers.count() > 20, timeout=10000)
    qtbot.waitUntil(lambda: len(window.pages) == len(PageId), timeout=10000)
    window.shutdown()


def type_address(window: MailWizard, text: str) -> None:
    page = window.pages[PageId.WELCOME]
    page.address.clear()
    page.address.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClicks(page.address, text)


def type_unicode(widget: QWidget, text: str) -> None:
    """Key presses carrying any character (QTest.keyClicks knows only ASCII)."""
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def next_enabled(window: MailWizard) -> bool:
    return window.button(window.WizardButton.NextButton).isEnabled()


def thunderbird_service(tmp: Path) -> ThunderbirdService:
    from wizard.targets.thunderbird import create_profile, find_profiles, is_locked, write_account

    create_profile(tmp / "tb", tmp / "install")
    return ThunderbirdService(
        find_profiles=lambda: find_profiles([tmp / "tb"], installs=[tmp / "install"]),
        is_locked=is_locked,
        write_account=write_account,
        executable=lambda: None,
    )


def loopback_discover(world: Any, catalog: Catalog | None = None, **limits: Any) -> Any:
    network = world.network(**limits)

    async def run(address: str, password: str, emit: Any) -> Any:
        return await discover(
            address,
            network=network,
            catalog=catalog or Catalog.load(bundled=False, site=False),
            password=password or None,
            on_event=emit,
            timeout=limits.get("deadline", 15.0),
        )

    return run


# -- Welcome -------------------------------------------------------------------------------


def test_welcome_typing_an_address_selects_the_provider(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    page = window.pages[PageId.WELCOME]
    assert not next_enabled(window)
    type_address(window, "anna@seznam")
    assert next_enabled(window)  # Next says what is missing (beside the field)
    window.next()
    assert window.currentId() == PageId.WELCOME
    assert page.address_hint.text()  # a gentle word on what is missing
    type_address(window, "anna@seznam.cz")
    assert not page.address_hint.text()  # gone once the address is complete
    assert next_enabled(window)
    assert page.providers.currentItem() is not None
    assert page.providers.currentItem().data(Qt.ItemDataRole.UserRole).id == "seznam.cz"
    assert window.data.provider is not None
    assert "Seznam" in page.provider_note.text()


def test_welcome_picking_a_provider_fills_the_domain(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    page = window.pages[PageId.WELCOME]
    type_address(window, "jonas")
    page.search.setText("inbox")
    page.select_provider("inbox.lt")
    assert page.address.text() == "jonas@inbox.lt"
    assert page.address.cursorPosition() == len("jonas")
    assert next_enabled(window)


def test_welcome_lists_regional_providers_first(qtbot: Any, make_window: Any) -> None:
    window = make_window(language="lt")
    first = window.pages[PageId.WELCOME].providers.item(0).data(Qt.ItemDataRole.UserRole)
    assert any(d.endswith(".lt") for d in first.domains)


def test_every_page_retranslates_on_language_change(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    calls: list[str] = []
    for page in window.pages.values():
        original = page.retranslateUi
        page.retranslateUi = functools.partial(  # type: ignore[method-assign]
            lambda orig, name: (calls.append(name), orig())[1], original, page.objectName()
        )
    QApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.LanguageChange))
    for page in window.pages.values():
        QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert sorted(set(calls)) == sorted(p.objectName() for p in window.pages.values())


# -- Password ------------------------------------------------------------------------------


def test_password_page_warnings_notes_and_extra_fields(qtbot: Any, make_window: Any) -> None:
    from PySide6.QtTest import QTest

    window = make_window()
    type_address(window, "123abc@ispis.cz")
    window.next()
    page = window.pages[PageId.PASSWORD]
    assert window.currentId() == PageId.PASSWORD
    assert "ISDS" in page.notes._text.text()  # the provider's password rule is shown
    assert "USERNAME" in page.input_edits
    QTest.keyClicks(page.password, "Secret")
    assert not page.warnings.text()
    QTest.keyClick(page.password, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    type_unicode(page.password, "Б")
    assert "Cyrillic" in page.warnings.text()
    assert not next_enabled(window)  # the data-box login is still missing
    assert page.state().problem is PageProblem.INPUT_MISSING
    page.input_edits["USERNAME"].insert("abc\n123")  # pasted from a note of two lines
    assert not next_enabled(window)
    assert page.state().problem is PageProblem.INPUT_INVALID
    assert "one line" in page.status.text() and "USERNAME" not in page.status.text()
    page.input_edits["USERNAME"].clear()
    QTest.keyClicks(page.input_edits["USERNAME"], "abc123")
    assert next_enabled(window)
    page.reveal.click()
    assert page.password.echoMode() == page.password.EchoMode.Normal
    assert page.password.accessibleName()


def test_caps_lock_warning(qtbot: Any, make_window: Any) -> None:
    from PySide6.QtTest import QTest

    window = make_window()
    type_address(window, "anna@gmail.com")
    window.next()
    page = window.pages[PageId.PASSWORD]
    # An upper-case letter without Shift: Caps Lock must be on.
    QTest.keyClick(page.password, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, -1)
    event_text = "A"
    from PySide6.QtGui import QKeyEvent

    QApplication.sendEvent(
        page.password,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, event_text),
    )
    assert "Caps Lock" in page.warnings.text()


class _PasswordStore:
    """Stands in for ``wizard.secrets``: says whether the store is usable, and on which
    thread it was asked."""

    def __init__(self, usable: bool) -> None:
        self.usable = usable
        self.asked_on: list[threading.Thread] = []

    def keyring_status(self) -> bool:
        self.asked_on.append(threading.current_thread())
        return self.usable


@pytest.mark.parametrize("usable", [True, False])
def test_the_password_store_is_asked_off_the_gui_thread(qtbot: Any, make_window: Any, usable: bool) -> None:
    store = _PasswordStore(usable)
    window = make_window(Services(catalog=default_catalog(), secrets=store))
    page = window.pages[PageId.PASSWORD]
    qtbot.waitUntil(lambda: bool(store.asked_on))
    assert store.asked_on[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: page._keyring_known)
    assert page.remember.isEnabled() is usable
    assert bool(page.keyring_note.text()) is not usable
    if not usable:
        assert not window.data.remember_password
    page.retranslateUi()  # as on a language change: words again, without asking again
    assert page.remember.isEnabled() is usable
    assert len(store.asked_on) == 1


# -- Finding settings ----------------------------------------------------------------------


def test_cancel_during_detection(qtbot: Any, make_window: Any, discovery_world: Any) -> None:
    services = Services(
        catalog=Catalog.load(bundled=False, site=False),
        discover=loopback_discover(discovery_world),
    )
    window = make_window(services)
    type_address(window, "someone@blackhole.test")
    window.next()
    window.pages[PageId.PASSWORD].password.setText("x")
    window.pages[PageId.PASSWORD]._on_password("x")
    window.next()
    page = window.pages[PageId.DETECT]
    assert window.currentId() == PageId.DETECT
    qtbot.waitUntil(lambda: any(str(e.state) == "asking" for e in window.data.trace))
    assert page.state().busy
    assert not next_enabled(window)
    assert page.cancel.isVisible()
    with qtbot.waitSignal(page.job.cancelled):
        page.cancel.click()
    assert not window.data.detecting
    assert page.state().problem is PageProblem.DETECTION_CANCELLED
    assert page.again.isVisible() and page.manual.isVisible()
    assert not next_enabled(window)
    # The sources that were still asking say they were stopped (not "asking…", not "not needed").
    states = [page.sources.topLevelItem(i).text(1) for i in range(page.sources.topLevelItemCount())]
    assert "stopped" in states
    assert "asking…" not in states and "waiting" not in states
    page.manual.click()  # enter the settings myself
    assert window.currentId() == PageId.REVIEW
    assert window.pages[PageId.REVIEW].stack.currentIndex() == 1


def test_cross_domain_confirmation(qtbot: Any, make_window: Any, discovery_world: Any) -> None:
    services = Services(
        catalog=Catalog.load(bundled=False, site=False),
        discover=loopback_discover(discovery_world),
    )
    window = make_window(services)
    type_address(window, "someone@foreign.test")
    window.next()
    window.pages[PageId.PASSWORD].password.setText("x")
    window.pages[PageId.PASSWORD]._on_password("x")
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW, timeout=20000)
    page = window.pages[PageId.REVIEW]
    assert page.confirm.isVisible()
    banner = page.foreign._text.text()
    assert "<b>faraway.test</b>" in banner
    assert not next_enabled(window)
    assert page.state().problem is PageProblem.CONFIRM_FOREIGN
    page.confirm.click()
    assert next_enabled(window)


@pytest.mark.parametrize(
    ("domain", "said"),
    [("httpown.test", "unencrypted connection"), ("moved.test", "<b>movedto.test</b>")],
    ids=["plain-http", "redirected"],
)
def test_doubtful_source_confirmation(
    qtbot: Any, make_window: Any, discovery_world: Any, domain: str, said: str
) -> None:
    """Settings naming the address's own servers, but fetched over plain HTTP or handed on by
    another domain: the password goes nowhere until the user says the settings are right."""
    services = Services(
        catalog=Catalog.load(bundled=False, site=False),
        discover=loopback_discover(discovery_world),
    )
    window = make_window(services)
    type_address(window, f"someone@{domain}")
    window.next()
    window.pages[PageId.PASSWORD]._on_password("x")
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW, timeout=20000)
    page = window.pages[PageId.REVIEW]
    assert page.confirm.isVisible()
    assert page.confirm.hasFocus()
    assert said in page.foreign._text.text()
    assert page.state().problem is PageProblem.CONFIRM_SOURCE
    assert not next_enabled(window)
    qtbot.keyClick(page.confirm, Qt.Key.Key_Space)
    assert next_enabled(window)


# -- Review and the manual editor ----------------------------------------------------------


def _found(window: MailWizard, config: AccountConfig) -> None:
    window.data.found = config
    window.data.detection_done = True
    window.data.set_config(config)


def test_manual_editor_validates_fields(qtbot: Any, make_window: Any) -> None:
    window = make_window(config_given=True)
    type_address(window, "anna@example.org")
    window.next()
    window.pages[PageId.PASSWORD]._on_password("x")
    window.next()  # no config: straight to the editor
    page = window.pages[PageId.REVIEW]
    assert window.currentId() == PageId.REVIEW
    assert page.stack.currentIndex() == 1
    editor = page.in_editor
    assert (editor.port.minimum(), editor.port.maximum()) == (1, 65535)
    assert next_enabled(window)  # the guessed names are valid to try
    editor.host.setText("imap example.org")
    page._on_edited()
    assert not next_enabled(window)
    assert "not valid" in page.status.text()
    editor.host.setText("mail.example.org")
    page._on_edited()
    editor.security.setCurrentIndex(editor.security.findData(Security.STARTTLS))
    assert editor.port.value() == 143  # the default port follows the encryption
    assert next_enabled(window)
    account = window.data.account()
    assert account is not None
    assert (account.incoming.hostname, account.incoming.port) == ("mail.example.org", 143)
    assert window.data.config is not None and window.data.config.source is Source.MANUAL


def test_review_offers_imap_or_pop3(qtbot: Any, make_window: Any) -> None:
    window = make_window(config_given=True)
    type_address(window, "anna@seznam.cz")
    _found(window, default_catalog().find_by_domain("seznam.cz").expanded(window.data.address))
    window.next()
    window.pages[PageId.PASSWORD]._on_password("x")
    window.next()
    page = window.pages[PageId.REVIEW]
    assert page.choice_box.isVisible()
    assert "keeps a copy on the server" in page.choice_explained.text()
    page.pop.click()
    account = window.data.account()
    assert account is not None and account.incoming.protocol is Protocol.POP3


# -- Checking, against the real Dovecot and SMTP servers --------------------------------------


def _config_for(servers: Any, *, incoming_port: int | None = None) -> AccountConfig:
    return AccountConfig(
        id="example.test",
        display_name="Example Test Mail",
        domains=("example.test",),
        incoming=(
            ServerSettings(Protocol.IMAP, servers.host, incoming_port or servers.imaps_port, Security.SSL),
        ),
        outgoing=(ServerSettings(Protocol.SMTP, servers.host, servers.smtps_port, Security.SSL),),
        source=Source.CATALOG,
    )


def _real_services(servers: Any, tmp_path: Path, config: AccountConfig) -> Services:
    from wizard import verify
    from wizard.targets import exports
    from wizard.verify import TrustedCertificates

    folder = tmp_path / "catalog"
    folder.mkdir()
    (folder / "example.test.xml").write_bytes(write_clientconfig(config))
    catalog = Catalog.load([folder], bundled=False, site=False)

    async def offline(address: str, password: str, emit: Any) -> Any:
        return await discover(address, catalog=catalog, offline=True, on_event=emit)

    # Without test servers (None), the system's trust: servers that do not answer anyway.
    tls = {"tls_context_factory": servers.ssl_context} if servers is not None else {}
    return Services(
        catalog=catalog,
        discover=offline,
        verify=verify_with(
            verify,
            **tls,
            trusted_certificates=TrustedCertificates(tmp_path / "trusted.json"),
            connect_timeout=5.0,
            step_timeout=5.0,
            server_timeout=30.0,
        ),
        thunderbird=thunderbird_service(tmp_path),
        exports=exports,
    )


def _to_checking(qtbot: Any, window: MailWizard, password: str) -> None:
    type_address(window, "user@example.test")
    window.next()
    window.pages[PageId.PASSWORD].name.setText("Test User")
    window.pages[PageId.PASSWORD]._on_name("Test User")
    window.pages[PageId.PASSWORD].password.setText(password)
    window.pages[PageId.PASSWORD]._on_password(password)
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.REVIEW)
    window.next()
    assert window.currentId() == PageId.VERIFY
    qtbot.waitUntil(lambda: not window.data.verifying, timeout=60000)


@pytest.mark.dovecot
def test_failing_login_shows_the_hint(
    qtbot: Any, make_window: Any, mail_servers: Any, tmp_path: Path
) -> None:
    config = _config_for(mail_servers)
    window = make_window(_real_services(mail_servers, tmp_path, config))
    _to_checking(qtbot, window, WRONG_PASSWORD)
    page = window.pages[PageId.VERIFY]
    text = page.incoming.result._text.text()
    assert "refused the user name or the password" in text
    assert "Cyrillic" in text  # the keyboard-layout hint
    assert WRONG_PASSWORD not in text
    assert not next_enabled(window)
    assert page.retry.isVisible() and page.change.isVisible()
    report = window.diagnostic_report()
    assert WRONG_PASSWORD not in report


@pytest.mark.dovecot
def test_untrusted_certificate_can_be_trusted_for_this_host(
    qtbot: Any, make_window: Any, mail_servers: Any, tmp_path: Path
) -> None:
    bad = mail_servers.self_signed
    config = _config_for(mail_servers, incoming_port=bad.imaps_port)
    window = make_window(_real_services(mail_servers, tmp_path, config))
    _to_checking(qtbot, window, mail_servers.password)
    page = window.pages[PageId.VERIFY]
    assert page.incoming.certificate.isVisible()
    page.incoming.certificate.click()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert (
        dialog.info.fingerprint.replace(":", "").lower()
        in dialog.values[-1].text().replace(":", "").replace("\n", "").lower()
    )
    dialog.trust.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: window.data.verify_report is not None, timeout=60000)
    assert window.data.verify_report.incoming.ok
    assert next_enabled(window)


@pytest.mark.dovecot
def test_happy_path_into_a_thunderbird_profile(
    qtbot: Any, make_window: Any, mail_servers: Any, tmp_path: Path
) -> None:
    config = _config_for(mail_servers)
    window = make_window(_real_services(mail_servers, tmp_path, config))
    _to_checking(qtbot, window, mail_servers.password)
    assert window.data.verify_report.ok, window.pages[PageId.VERIFY].incoming.result._text.text()
    assert next_enabled(window)
    window.next()
    targets = window.pages[PageId.TARGETS]
    qtbot.waitUntil(lambda: targets.profile.count() == 1)
    assert targets.thunderbird.isChecked()
    # The profile already has settings of its own: they stay, and a copy is kept.
    profile = window.data.thunderbird_profile
    assert profile is not None
    (profile / "prefs.js").write_text('user_pref("mail.example.kept", true);\n')
    # A settings file too, saved through the same code the Save dialog uses.
    targets.file.setChecked(True)
    targets.format.setCurrentIndex(targets.format.findData("qr"))
    assert targets.qr.pixmap() is not None and not targets.qr.pixmap().isNull()
    assert not next_enabled(window)  # ticked but not saved yet
    job = targets.save_export("autoconfig", tmp_path / "settings.xml")
    assert job is not None
    qtbot.waitUntil(lambda: bool(window.data.exports))
    assert (tmp_path / "settings.xml").read_bytes().startswith(b"<?xml")
    window.next()
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE, timeout=30000)
    prefs = (window.data.thunderbird_profile / "prefs.js").read_text()
    assert f'"{mail_servers.host}"' in prefs
    assert "user@example.test" in prefs
    assert '"mail.example.kept", true' in prefs
    done = window.pages[PageId.DONE]
    said = html.unescape(done.done_box._text.text())
    assert "added to Thunderbird" in said
    assert f"The previous settings are kept as a copy in {profile}." in said
    assert [p.name for p in profile.glob("prefs.js.*.bak")]
    assert mail_servers.password not in prefs


# -- Where to set it up --------------------------------------------------------------------


def test_thunderbird_missing_is_explained(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = make_window()
    page = window.pages[PageId.TARGETS]
    window.data.set_address("anna@gmail.com")
    page.initializePage()
    assert not page.thunderbird.isEnabled()
    assert "not found" in page.tb_reason.text()
    assert page.state().problem is PageProblem.NO_TARGET


# -- Errors, size, keyboard ----------------------------------------------------------------


def test_error_dialog_copies_a_redacted_report(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.data.set_password("Top-Secret-42")
    window.report_error(RuntimeError("boom Top-Secret-42"))
    dialog = window.error_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.copy.click()
    copied = QApplication.clipboard().text()
    assert "RuntimeError" in copied
    assert "Top-Secret-42" not in copied
    dialog.reject()
    assert window.error_dialog is None


def test_every_page_fits_the_smallest_screen(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    assert window.minimumSizeHint().width() <= FITS.width()
    for page in window.pages.values():
        hint = page.minimumSizeHint()
        assert hint.width() <= FITS.width() - 40, page.objectName()
        assert hint.height() <= FITS.height() - 160, page.objectName()


def test_inputs_have_accessible_names(qtbot: Any, make_window: Any) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit

    window = make_window()
    missing = []
    for page in window.pages.values():
        for widget in page.findChildren(QWidget):
            if (
                isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox)
                and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
                and not widget.accessibleName()
            ):
                missing.append(f"{page.objectName()}/{widget.objectName()}")
    assert missing == []
