#!/usr/bin/env python3
"""Render every page of the wizard offscreen into ``docs/screenshots/<lang>/NN-page.png``, and
the example brands' own editions into ``docs/screenshots/brands/<brand>/NN-page.png``.

The wizard runs for real (catalog, discovery offline, Thunderbird writer into a temporary
profile, settings-file export); only the network-facing checks are replaced by scripted
answers, so the pictures are the same on every machine. The window keeps its own size.
Our translations are read from the package (``scripts/translations compile`` first).

    .venv/bin/python scripts/screenshots.py [--lang en ru … pseudo] [--brand DIR …] [--out docs/screenshots]

A brand is shown in its own language (as under ``LANG=C``): its locked first page, an address
elsewhere, the password page with its provider's notes, and a failed check with its support
contacts. ``--lang`` alone renders no brand, ``--brand`` alone no language.

``tour()`` is also the route of the layout test (tests/test_ui_layout.py).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from wizard.brand import Brand, load_brand  # noqa: E402
from wizard.catalog import default_catalog  # noqa: E402
from wizard.discovery import (  # noqa: E402
    DiscoveryEvent,
    DiscoveryResult,
    EventState,
    Reachability,
    discover,
)
from wizard.flow import PageId, WizardData  # noqa: E402
from wizard.i18n import PSEUDO_LANGUAGE, SUPPORTED_LANGUAGES  # noqa: E402
from wizard.model import Source  # noqa: E402
from wizard.ui.i18n import install_language  # noqa: E402
from wizard.ui.services import Services, ThunderbirdService, VerifyRequest  # noqa: E402
from wizard.ui.window import MailWizard  # noqa: E402
from wizard.verify import (  # noqa: E402
    CertificateInfo,
    FailureKind,
    Hint,
    ServerCheck,
    VerifyFailure,
    VerifyReport,
)

Wait = Callable[[Callable[[], bool]], None]
MX_CUSTOMER = "anna.berg@mybakery.fr"  # a Google Workspace customer, known only by the MX


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the wizard did not get there in time")
        QApplication.processEvents()
        time.sleep(0.005)
    for _ in range(3):
        QApplication.processEvents()


class Script:
    """Scripted answers for the parts that would need the Internet."""

    def __init__(self) -> None:
        self.gate = threading.Event()  # discovery waits here, so the trace can be shown
        self.offline = False  # the next search meets a dead network
        self.fail_login = False
        self.bad_certificate = False
        self.registered = False  # Mail Wizard may sign in at the provider (OAuth2)
        self.catalog: Any = None  # what the search finds in (None: the default list)
        # Domains whose MX the search reads as a provider's (a Google Workspace customer).
        self.mx_providers = {MX_CUSTOMER.partition("@")[2]: "gmail.com"}
        self.sign_in_gate = threading.Event()  # the "browser" waits here, for the waiting page

    def sign_in_registered(self, provider: Any) -> bool:
        return self.registered

    async def sign_in(self, provider: Any, address: str, emit: Any) -> Any:
        from wizard.pipeline import SignedIn

        while not self.sign_in_gate.is_set():  # polled, so that Cancel ends it
            await asyncio.sleep(0.01)
        return SignedIn(token="scripted-token")

    async def discover(self, address: str, password: str, emit: Any) -> Any:
        start = time.monotonic()

        def event(source: Source, state: EventState, detail: str = "") -> None:
            emit(DiscoveryEvent(source, state, detail, time.monotonic() - start))

        if self.offline:  # every source fails: no name server answers
            self.offline = False
            event(Source.CATALOG, EventState.NOTHING)
            for source in (Source.ISP, Source.ISPDB, Source.MX, Source.SRV, Source.GUESS):
                event(source, EventState.FAILED, "no DNS server answered")
            found = await discover(address, offline=True, catalog=self.catalog or default_catalog())
            return DiscoveryResult(found.address, None, reachability=Reachability.UNREACHABLE)
        catalog = self.catalog or default_catalog()
        provider = self.mx_providers.get(address.rpartition("@")[2])
        if provider is not None:  # found by the domain's MX, at once
            event(Source.CATALOG, EventState.NOTHING)
            event(Source.MX, EventState.FOUND, provider)
            found = await discover(address, offline=True, catalog=catalog)
            config = catalog.find_by_domain(provider).replace(source=Source.MX)
            return DiscoveryResult(found.address, config.expanded(found.address))
        event(Source.CATALOG, EventState.ASKING)
        for source in (Source.ISP, Source.ISPDB, Source.MX, Source.SRV, Source.AUTODISCOVER):
            event(source, EventState.ASKING)
        event(Source.GUESS, EventState.WAITING)
        event(Source.ISPDB, EventState.NOTHING)
        event(Source.MX, EventState.FOUND)
        while not self.gate.is_set():  # polled, so that Stop searching cancels it
            await asyncio.sleep(0.01)
        return await discover(address, offline=True, catalog=catalog)

    async def verify(self, request: VerifyRequest, emit: Any) -> Any:
        account = request.account
        if self.fail_login:
            failure = VerifyFailure(FailureKind.AUTH, "[AUTHENTICATIONFAILED] Authentication failed.")
            incoming = ServerCheck(
                account.incoming,
                False,
                failure,
                (Hint.CAPS_LOCK, Hint.APP_PASSWORD, Hint.PASSWORD_RULES),
            )
        elif self.bad_certificate:
            now = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
            info = CertificateInfo(
                subject="CN=mail.example.net",
                issuer="CN=Example Self-Made CA",
                not_before=now,
                not_after=now + datetime.timedelta(days=365),
                sha256="3f" * 32,
                host=account.incoming.hostname,
                port=account.incoming.port,
                names=("mail.example.net",),
            )
            failure = VerifyFailure(FailureKind.TLS_UNKNOWN_ISSUER, "", info)
            incoming = ServerCheck(account.incoming, False, failure)
        else:
            incoming = ServerCheck(account.incoming, True, username=account.incoming.username)
        outgoing = ServerCheck(account.outgoing, True, username=account.outgoing.username)
        await asyncio.sleep(0.05)
        return VerifyReport(incoming, outgoing)


def services(script: Script, tmp: Path) -> Services:
    from wizard.targets import exports
    from wizard.targets.thunderbird import create_profile, find_profiles, is_locked, write_account

    root = tmp / "thunderbird"
    create_profile(root, tmp / "install", name="default-release")
    return Services(
        catalog=default_catalog(),
        discover=script.discover,
        verify=script.verify,
        sign_in=script.sign_in,
        sign_in_registered=script.sign_in_registered,
        thunderbird=ThunderbirdService(
            find_profiles=lambda: find_profiles([root], installs=[tmp / "install"]),
            is_locked=is_locked,
            write_account=lambda account, profile, **kw: write_account(account, profile, nss_dirs=[], **kw),
            executable=lambda: "/usr/bin/thunderbird",
        ),
        exports=exports,
    )


def fill_in(password: Any, name: str, secret: str) -> None:
    """The name and the password typed on the password page."""
    password.name.setText(name)
    password._on_name(name)
    password.password.setText(secret)
    password._on_password(secret)


def tour(window: MailWizard, script: Script, wait: Wait = wait_until) -> Iterator[tuple[str, QWidget]]:
    """Drive the shown window through every page and state worth a look; yields
    ``(name, widget)`` at each stop (the window, or the certificate dialog).

    Shared with tests/test_ui_layout.py, which checks every stop for clipped text.
    """
    wait(lambda: window.currentId() == PageId.WELCOME)
    window.first_painted()
    window.ensure_pages()
    wait(lambda: window.services.catalog is not None)
    welcome = window.pages[PageId.WELCOME]
    # An own domain at Google Workspace: the search finds it by the MX and goes back to the
    # password page, now asking to sign in at Google; Back leads to the first page again.
    welcome.address.setText(MX_CUSTOMER)
    welcome._on_address(MX_CUSTOMER)
    window.next()
    password = window.pages[PageId.PASSWORD]
    fill_in(password, "Anna Berg", "Bakery-Pass-4711")
    window.next()
    wait(lambda: window.data.detection_done and window.currentId() == PageId.PASSWORD)
    wait(lambda: window.data.sign_in_registered is not None)
    yield "02i-sign-in-found-by-mx", window
    window.back()
    yield "01c-welcome-again", window
    welcome.address.setText("anna.berg@")
    welcome._on_address(welcome.address.text())
    welcome.find_provider.click()
    welcome.search.setText("yandex")
    welcome.providers.setFocus()
    welcome.providers.setCurrentRow(0)
    yield "01b-welcome-find-provider", window
    welcome.select_provider("yandex.ru")
    welcome.address.setText("anna.berg@yandex.ru")
    welcome._on_address(welcome.address.text())
    yield "01-welcome", window

    window.next()
    password.name.setText("Anna Berg")
    password._on_name("Anna Berg")
    # Yandex signs in on its own page: without a registration Thunderbird does it at its
    # first start; with one, Mail Wizard opens the browser and waits.
    wait(lambda: window.data.sign_in_registered is False)
    yield "02e-sign-in-thunderbird", window
    script.registered = True
    window.data.sign_in_registered = None
    password.initializePage()
    wait(password.sign_in_button.isVisible)
    yield "02f-sign-in", window
    password.sign_in_button.click()
    wait(password.sign_in_cancel.isVisible)
    yield "02g-signing-in", window
    script.sign_in_gate.set()
    wait(lambda: bool(window.data.sign_in_token))
    yield "02h-signed-in", window
    # The rest of the tour takes the app password way (the password's warnings, a refusal).
    password.use_app_password.click()
    password.password.setText("пароль123")
    password._on_password("пароль123")
    yield "02-password", window

    script.offline = True
    window.next()
    detect = window.pages[PageId.DETECT]
    wait(lambda: window.data.detection_failed == "offline")
    yield "03c-finding-offline", window
    detect.again.click()
    wait(lambda: len(detect.items) >= 6)
    yield "03-finding", window
    detect.cancel.click()
    wait(lambda: not window.data.detecting and detect.again.isVisible())
    yield "03b-finding-stopped", window
    script.gate.set()
    detect.again.click()
    wait(lambda: window.currentId() == PageId.REVIEW)
    yield "04-review", window
    review = window.pages[PageId.REVIEW]
    review.open_editor()
    yield "04b-review-manual", window
    review._use_found()

    script.fail_login = True
    window.next()
    wait(lambda: window.data.verify_report is not None)
    yield "05b-checking-failed", window
    checking = window.pages[PageId.VERIFY]
    checking.retype.click()
    wait(lambda: window.currentId() == PageId.PASSWORD)
    yield "05d-password-again", window
    script.fail_login = False
    password.password.setText("parol123")
    password._on_password("parol123")
    window.next()  # the finding page passes by itself: the settings are known
    wait(lambda: window.currentId() == PageId.REVIEW)
    window.next()
    wait(lambda: window.data.verify_report is not None)
    script.bad_certificate = True
    checking.start()
    wait(lambda: window.data.verify_report is not None)
    checking.show_certificate(checking.incoming)
    dialog = checking.dialog
    assert dialog is not None
    wait(dialog.isVisible)
    yield "05c-certificate", dialog
    dialog.reject()
    script.bad_certificate = False
    checking.start()
    wait(lambda: window.data.verify_report is not None)
    yield "05-checking", window

    window.next()
    targets = window.pages[PageId.TARGETS]
    wait(lambda: targets.profile.count() > 0)
    targets.file.setChecked(True)
    targets.format.setCurrentIndex(targets.format.findData("qr"))
    yield "06-where", window
    targets.file.setChecked(False)

    window.next()
    wait(lambda: window.currentId() == PageId.DONE)
    yield "07-done", window


def brand_services(script: Script, tmp: Path, brand: Brand) -> Services:
    """The scripted services of ``services``, as the brand's own edition."""
    script.catalog = brand.catalog()
    wiring = services(script, tmp)
    wiring.catalog, wiring.brand = script.catalog, brand
    return wiring


def brand_address(brand: Brand) -> str:
    return f"ivan.petrenko@{brand.domains[0]}"


def brand_tour(
    window: MailWizard, script: Script, address: str, wait: Wait = wait_until
) -> Iterator[tuple[str, QWidget]]:
    """A brand's own edition: the locked first page (with one of its addresses, and with an
    address elsewhere), the password page and a failed check with the support contacts."""
    wait(lambda: window.currentId() == PageId.WELCOME)
    window.first_painted()
    window.ensure_pages()
    wait(lambda: window.services.catalog is not None)
    welcome = window.pages[PageId.WELCOME]
    welcome.address.setText(address)
    welcome._on_address(address)
    yield "01-welcome", window
    elsewhere = address.partition("@")[0] + "@gmail.com"
    welcome.address.setText(elsewhere)
    welcome._on_address(elsewhere)
    window.next()  # stays: the address is not one of the brand's
    yield "01c-welcome-elsewhere", window
    welcome.address.setText(address)
    welcome._on_address(address)

    window.next()
    password = window.pages[PageId.PASSWORD]
    fill_in(password, "Ivan Petrenko", "parol123")
    for key, edit in password.input_edits.items():
        edit.setText("abc1234")
        password._on_input(key, "abc1234")
    yield "02-password", window

    script.gate.set()
    script.fail_login = True
    window.next()  # the finding page passes by itself: the brand's list knows the address
    wait(lambda: window.currentId() == PageId.REVIEW)
    window.next()
    checking = window.pages[PageId.VERIFY]
    if checking.consent_box.isVisible():  # Astra's own list says "no encryption"
        checking.consent.setChecked(True)
    wait(lambda: window.data.verify_report is not None)
    yield "05b-checking-failed", window


def shoot(widget: QWidget, folder: Path, name: str) -> Path:
    """Save the widget as a small opaque PNG: 256 colours (a few hundred in a window, so no
    visible loss), no alpha channel, the strongest compression."""
    for _ in range(5):
        QApplication.processEvents()
    path = folder / f"{name}.png"
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    image = image.convertToFormat(
        QImage.Format.Format_Indexed8,
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
    )
    if not image.save(str(path), "PNG", 0):  # quality 0: the strongest compression
        raise OSError(f"could not write {path}")
    print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return path


def _render(
    folder: Path,
    language: str,
    wiring: Callable[[Script, Path], Services],
    stops: Callable[[MailWizard, Script], Iterator[tuple[str, QWidget]]],
) -> list[Path]:
    """Shoot each of ``stops`` of a window in ``language`` (services from ``wiring``) into
    ``folder``, whose old pictures go first (not the Wine smoke test's ``wine-*.png``)."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        if not old.name.startswith("wine-"):
            old.unlink()
    install_language(language)
    script = Script()
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="mailwizard-shots-") as tmp_name:
        window = MailWizard(wiring(script, Path(tmp_name)), WizardData(language=language))
        window.show()  # at the window's own size, as users see it first
        for name, widget in stops(window, script):
            shots.append(shoot(widget, folder, name))
        window.close()
        window.engine.shutdown()
        window.deleteLater()
        QApplication.processEvents()
    return shots


def render(language: str, out: Path) -> list[Path]:
    return _render(out / language, language, services, tour)


def render_brand(brand_folder: Path, out: Path) -> list[Path]:
    """The brand in ``brand_folder``, in its own language, into ``out/brands/<folder name>``."""
    brand = load_brand(brand_folder)
    return _render(
        out / "brands" / brand_folder.name,
        brand.language,
        lambda script, tmp: brand_services(script, tmp, brand),
        lambda window, script: brand_tour(window, script, brand_address(brand)),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--lang",
        nargs="*",
        choices=[*SUPPORTED_LANGUAGES, PSEUDO_LANGUAGE],
        default=list(SUPPORTED_LANGUAGES),
        help="languages to render (default: all real ones; 'pseudo' for the layout check)",
    )
    parser.add_argument(
        "--brand",
        nargs="*",
        type=Path,
        default=sorted(p for p in (REPO / "packaging" / "brands").iterdir() if p.is_dir()),
        help="brand folders to render (default: the example brands in packaging/brands)",
    )
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    given = sys.argv[1:]
    args = parser.parse_args()
    if "--lang" in given and "--brand" not in given:
        args.brand = []
    if "--brand" in given and "--lang" not in given:
        args.lang = []
    app = QApplication.instance() or QApplication(sys.argv[:1])
    del app
    for language in args.lang:
        render(language, args.out)
    for brand in args.brand:
        render_brand(brand, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
