"""The wizard window: a QWizard in the platform's own style over ``wizard.flow``.

Start-up is in two steps, so that the window is on screen as soon as Qt can paint it.
The first page is built from Qt's widget classes alone (not even the enums of the ``Qt``
namespace: PySide makes them on first use, and that costs more than the page). Once it is
painted, the page loads the flow and the model (``WelcomePage.attach``), a worker reads the
provider catalog, and when the list is shown the other pages are built, one per turn of
the event loop, while another worker imports the core. The wizard data, the services and
the engine are made when first used.

An ISP's own edition (a brand, ``wizard.brand``) comes in the services, loaded, or as a
folder: then the window paints with a first look at it (title, short name, language, locked
list) and loads the whole brand, with its provider list, after the first paint.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget, QWizard

from wizard.flow.graph import PageId
from wizard.i18n import PRODUCT_NAME, SUPPORTED_LANGUAGES, use_brand_name
from wizard.ui.i18n import install_language, start_language
from wizard.ui.pages.welcome import WelcomePage

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from wizard.brand import Brand, BrandLook, Support
    from wizard.flow import Target, WizardData
    from wizard.ui.engine import Engine
    from wizard.ui.errors import ErrorDialog
    from wizard.ui.services import Services

log = logging.getLogger(__name__)

# The first page is built at once; the others right after it is painted (same behaviour,
# a faster first paint).
LATER_PAGES = (
    ("wizard.ui.pages.password", "PasswordPage"),
    ("wizard.ui.pages.detect", "DetectPage"),
    ("wizard.ui.pages.review", "ReviewPage"),
    ("wizard.ui.pages.checking", "CheckingPage"),
    ("wizard.ui.pages.targets", "TargetsPage"),
    ("wizard.ui.pages.done", "DonePage"),
)
FITS = QSize(1024, 700)  # the smallest screen we promise to fit


def app_icon() -> QIcon | None:
    from importlib import resources

    path = Path(str(resources.files("wizard") / "resources" / "icons" / "mailwizard.svg"))
    return QIcon(str(path)) if path.is_file() else None


def _load_brand(folder: Path) -> tuple[Brand, Any]:
    """The brand in ``folder`` and its provider list (on the disk worker)."""
    from wizard.brand import load_brand

    brand = load_brand(folder)
    return brand, brand.catalog()


class MailWizard(QWizard):
    languageChanged = Signal(str)

    def __init__(
        self,
        services: Services | None = None,
        data: WizardData | None = None,
        *,
        language: str | None = None,
        engine: Engine | None = None,
        brand_look: BrandLook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mailwizard")
        self._data = data
        self._services = services
        self._engine = engine
        # The brand: loaded in the services, or (``brand_look``, a first look at its folder)
        # loaded after the first paint; until then the look decides the title, the first
        # page and the language.
        self.brand_look = brand_look
        if services is not None and services.brand is not None:
            self.brand_look = services.brand.look
            if data is not None:
                self._apply_brand(data)
        self.brand_error = ""  # the sentence of a brand that could not be loaded
        fallback = (self.brand_look.language if self.brand_look else None) or "en"
        self._language = data.language if data is not None else language or start_language(fallback)
        self.results: dict[Target, Any] = {}  # what each target's writer returned
        self.error_dialog: ErrorDialog | None = None
        self.close_question: QMessageBox | None = None  # "throw away what you typed?"
        self._close_unasked = False
        # Pages passed by themselves on the way (the finding page, when it found the
        # settings at once): Back never lands on a page the user has not seen.
        self.passed_by_itself: set[PageId] = set()
        # The platform's own wizard look (Aero on Windows, Mac style on macOS) is QWizard's
        # default; we only keep the Back button off the last page.
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.pages: dict[PageId, Any] = {}
        welcome = WelcomePage(self)
        self._add_page(welcome)
        self.setStartId(int(PageId.WELCOME))
        # QWizard focuses a page's first focusable child (even a hidden one) when it shows
        # the page, then says so: now the page puts the cursor where the user goes on.
        self.currentIdChanged.connect(self._focus_page)
        self._started = False
        # The page itself gets no Paint event (its scroll area covers it); its address field
        # always paints when the page shows.
        welcome.address.installEventFilter(self)
        # No setMinimumSize(): QWizard then keeps its minimum at what the current page's
        # layout needs, so a longer translation widens the window instead of clipping text.
        self.resize(QSize(780, 620))
        self.retranslateUi()

    # -- made when first used ------------------------------------------------------------------

    @property
    def data(self) -> WizardData:
        if self._data is None:
            from wizard.flow import WizardData

            self._data = WizardData(language=self._language)
            self._apply_brand(self._data)
        return self._data

    @property
    def language(self) -> str:
        """The window's language (the wizard data's, once there is wizard data)."""
        return self._data.language if self._data is not None else self._language

    @property
    def services(self) -> Services:
        if self._services is None:
            from wizard.ui.services import Services

            self._services = Services.default()
        return self._services

    @property
    def brand(self) -> Brand | None:
        """The brand, once loaded (None without one)."""
        return self._services.brand if self._services is not None else None

    @property
    def brand_pending(self) -> bool:
        """A brand is on its way (or failed to load): the first page waits for it."""
        return self.brand_look is not None and self.brand is None

    @property
    def support(self) -> Support | None:
        """The brand's support contacts, for the failure pages."""
        brand = self.brand
        return brand.support if brand is not None else None

    @property
    def brand_look(self) -> BrandLook | None:
        """The first look at the brand (its loaded look once loaded); None without one."""
        return self._brand_look

    @brand_look.setter
    def brand_look(self, look: BrandLook | None) -> None:
        self._brand_look = look
        # The shared sentences (the words table, the sign-in's browser page) speak as it too.
        use_brand_name(look.short_name if look is not None else None)

    @property
    def product_name(self) -> str:
        """What the window's sentences call the program: the brand's short name."""
        look = self.brand_look
        return look.short_name if look is not None and look.short_name else PRODUCT_NAME

    def _apply_brand(self, data: WizardData) -> None:
        brand = self.brand
        if brand is not None and brand.locked:
            data.only_domains = brand.domains

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from wizard.ui.engine import Engine

            self._engine = Engine(self)
        return self._engine

    def _add_page(self, page: Any) -> None:
        self.setPage(int(page.page_id), page)
        self.pages[page.page_id] = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._started:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.first_painted)
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # In case nothing paints (a window opened minimised): start anyway, a moment later.
        QTimer.singleShot(1000, self, self.first_painted)

    def first_painted(self) -> None:
        """Called once the first page is on screen: now give it its behaviour, read the
        catalog, then build the other pages (doing it earlier would only delay that paint)."""
        if self._started:
            return
        self._started = True
        # QWizard.back is no virtual function: the button must call ours (which skips the
        # pages passed by themselves). Not before the paint: the first page has no Back.
        back_button = self.button(QWizard.WizardButton.BackButton)
        back_button.clicked.disconnect()
        back_button.clicked.connect(self.back)
        self._show_icon()
        services = self.services
        look = self.brand_look
        if look is not None and self.brand is None:  # the brand too is read on a worker
            job = self.engine.run_blocking(lambda: _load_brand(look.folder), name="brand")
            job.finished.connect(self._on_brand)
            job.failed.connect(self._on_brand_failed)
        elif services.catalog is None:  # read on a worker while the page is wired
            job = self.engine.run_blocking(services.search_catalog, name="catalog")
            job.finished.connect(self._on_catalog)
            job.failed.connect(self.report_error)
            job.failed.connect(lambda _error: self._after_catalog())
        else:
            QTimer.singleShot(0, self, self._after_catalog)
        self.pages[PageId.WELCOME].attach()

    def _show_icon(self) -> None:
        brand = self.brand
        icon = QIcon(str(brand.logo.path)) if brand is not None else app_icon()
        if icon is not None:
            self.setWindowIcon(icon)

    def _on_brand(self, loaded: tuple[Brand, Any]) -> None:
        brand, catalog = loaded
        self.services.brand = brand
        self.brand_look = brand.look
        if self._data is not None:
            self._apply_brand(self._data)
        self._show_icon()
        self.retranslateUi()  # the title, should the first look have missed it
        self._on_catalog(catalog)

    def _on_brand_failed(self, error: BaseException) -> None:
        """A brand that cannot be used: its one sentence on the first page, which stays
        closed (setting up addresses the brand did not mean is worse than none)."""
        from wizard.brand import BrandError

        if not isinstance(error, BrandError):
            self.report_error(error)
            return
        log.error("the brand cannot be used: %s", error)
        self.brand_error = str(error)
        self.pages[PageId.WELCOME].show_brand_error(self.brand_error)

    def _on_catalog(self, catalog: Any) -> None:
        self.services.catalog = catalog
        self.pages[PageId.WELCOME].catalog_ready()
        self._after_catalog()

    def _after_catalog(self) -> None:
        """The provider list is on screen: import the core on a worker, and build the other
        pages one per turn of the event loop, so that typing is never held up for long."""
        self._start_warm_up()
        QTimer.singleShot(0, self, self._build_pages_in_turn)

    def _build_pages_in_turn(self) -> None:
        if self._build_next_page():
            QTimer.singleShot(0, self, self._build_pages_in_turn)
        else:
            self.fit_pages()

    def _build_next_page(self) -> bool:
        """Build the next of the later pages; False when all are built."""
        built = len(self.pages) - 1
        if built >= len(LATER_PAGES):
            return False
        module_name, class_name = LATER_PAGES[built]
        page_class = getattr(importlib.import_module(module_name), class_name)
        self._add_page(page_class(self))
        return True

    def ensure_pages(self) -> None:
        """Build, now, the later pages not built yet (idempotent)."""
        if len(self.pages) > len(LATER_PAGES):
            return
        while self._build_next_page():
            pass
        self.fit_pages()

    def fit_pages(self) -> None:
        """Widen the window (never beyond 1024 pixels) to what the widest page needs in this
        language, so that it keeps one width from page to page instead of growing on the way.
        QWizard's own minimum only follows the page on screen."""
        current = self.currentPage()
        if current is None or not self.isVisible() or current.width() <= 0:
            return
        chrome = self.width() - current.width()
        need = max(page.minimumSizeHint().width() for page in self.pages.values()) + chrome
        if need > self.width():
            self.resize(min(need, FITS.width()), self.height())

    def next(self) -> None:
        self.ensure_pages()
        super().next()

    def _focus_page(self, page_id: int) -> None:
        page = self.pages.get(PageId(page_id)) if page_id >= 0 else None
        if page is not None:
            self.fit_subtitle()
            page.focus_first()

    def fit_subtitle(self) -> None:
        """Keep the window at least as wide as the current page's subtitle needs in two lines.
        QWizard's header keeps the height of two lines whatever the width, and its minimum
        width follows only the longest word: a window squeezed to its minimum would cut a long
        subtitle's third line off (a Lithuanian or Czech one, on a page shown again after the
        window was narrowed)."""
        page = self.currentPage()
        subtitle = page.subTitle() if page is not None else ""
        header = (lb for lb in self.findChildren(QLabel) if page is not None and not page.isAncestorOf(lb))
        label = next((lb for lb in header if lb.text() == subtitle), None)
        if label is None or not subtitle:
            return
        two_lines = 2 * label.fontMetrics().lineSpacing()
        narrow, wide = 1, label.fontMetrics().horizontalAdvance(subtitle) + 1
        while narrow < wide:  # the narrowest width at which the subtitle takes two lines
            middle = (narrow + wide) // 2
            if label.heightForWidth(middle) <= two_lines:
                wide = middle
            else:
                narrow = middle + 1
        label.setMinimumWidth(wide)
        # QWizard sets its own minimum size when it lays a page out, from the page alone.
        need = wide + self.width() - label.width()
        if self.minimumWidth() < need:
            self.setMinimumWidth(need)

    def pass_by_itself(self, page_id: PageId) -> None:
        """Go on from ``page_id`` without the user: a later Back skips it."""
        self.passed_by_itself.add(page_id)
        self.next()

    def back(self) -> None:
        super().back()
        while self.current_page_id() in self.passed_by_itself and self.visitedIds()[:-1]:
            super().back()

    def go_back_to(self, page_id: PageId) -> None:
        """Back, page by page (each cleans up as on Back), until ``page_id`` is shown."""
        while self.current_page_id() != page_id and int(page_id) in self.visitedIds()[:-1]:
            QWizard.back(self)

    def initializePage(self, page_id: int) -> None:
        self.passed_by_itself.discard(PageId(page_id))  # shown anew: seen unless passed again
        super().initializePage(page_id)

    def _start_warm_up(self) -> None:
        from wizard.ui.services import warm_up

        self.engine.start()
        services = self.services
        self.engine.run_blocking(lambda: warm_up(services), name="warm-up")

    def page_of(self, page_id: PageId) -> QWidget:
        page: QWidget = self.pages[page_id]
        return page

    def current_page_id(self) -> PageId | None:
        current = self.currentId()
        return PageId(current) if current >= 0 else None

    def set_language(self, language: str) -> None:
        """Switch the whole window; every page re-translates on the LanguageChange event."""
        if language == self.data.language:
            return
        self.data.language = language
        install_language(language)
        if language in SUPPORTED_LANGUAGES:  # not the pseudo-locale of the layout tests
            from wizard.i18n import remember_language

            self.engine.run_blocking(lambda: remember_language(language), name="remember-language")
        self.languageChanged.emit(language)

    def retranslateUi(self) -> None:
        look = self.brand_look
        self.setWindowTitle(look.name if look is not None and look.name else self.tr("Mail Wizard"))
        self._retranslate_standard_buttons()
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        # Ours, not Qt's: Qt's Lithuanian "At&gal" hides its underline in the g's descender.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))

    def _retranslate_standard_buttons(self) -> None:
        """QWizard words its Back/Next/Cancel buttons (Qt's translations) only when its style
        is set, not on a language change: set the style anew so that they follow."""
        style = self.wizardStyle()
        other = (
            QWizard.WizardStyle.ModernStyle
            if style != QWizard.WizardStyle.ModernStyle
            else QWizard.WizardStyle.ClassicStyle
        )
        self.setUpdatesEnabled(False)
        try:
            self.setWizardStyle(other)
            self.setWizardStyle(style)
        finally:
            self.setUpdatesEnabled(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            QTimer.singleShot(0, self, self.fit_pages)  # once the pages have their new words
        super().changeEvent(event)

    # -- errors ------------------------------------------------------------------------------

    def diagnostic_report(self, error: BaseException | None = None) -> str:
        from wizard.ui.errors import diagnostic_report

        return diagnostic_report(self.data, error, secrets=(self.data.password,), brand=self.brand)

    def report_error(self, error: BaseException, *, quiet: bool = False) -> None:
        """Log an unexpected error; unless ``quiet`` (the page words it), show the dialog."""
        log.error("unexpected error: %s", type(error).__name__, exc_info=error)
        if quiet:
            return
        if self.error_dialog is not None:
            return  # one dialog at a time
        from wizard.ui.errors import ErrorDialog

        report = self.diagnostic_report(error)
        dialog = ErrorDialog(report, self, product=self.product_name, support=self.support)
        dialog.finished.connect(self._error_dialog_closed)
        self.error_dialog = dialog
        dialog.open()

    def _error_dialog_closed(self) -> None:
        if self.error_dialog is not None:
            self.error_dialog.deleteLater()
            self.error_dialog = None

    # -- closing: never leave work running behind a closed window ---------------------------

    def shutdown(self) -> None:
        """Stop the background work, if any was started."""
        if self._engine is not None:
            self._engine.shutdown()

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    def has_typed_input(self) -> bool:
        """Has the user typed anything that closing would throw away?"""
        if self._data is None:
            return bool(self.pages[PageId.WELCOME].address.text().strip())
        data = self._data
        return bool(data.address_text.strip() or data.password or data.real_name or data.manual)

    def reject(self) -> None:
        """Escape, Cancel and the window's close button: ask first when typed input would be
        lost (the last page has nothing left to lose)."""
        if self._close_unasked or self.current_page_id() is PageId.DONE or not self.has_typed_input():
            super().reject()
            return
        if self.close_question is not None:
            return  # asked already
        from PySide6.QtWidgets import QMessageBox

        question = QMessageBox(self)
        question.setObjectName("close-question")
        question.setIcon(QMessageBox.Icon.Question)
        question.setWindowTitle(self.tr("Close %1?").replace("%1", self.product_name))
        question.setText(
            self.tr("If you close %1 now, what you have typed is lost.").replace("%1", self.product_name)
        )
        close = question.addButton(self.tr("&Close"), QMessageBox.ButtonRole.DestructiveRole)
        stay = question.addButton(self.tr("&Keep working"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(stay)
        question.setEscapeButton(stay)
        question.finished.connect(lambda _result: self._close_answered(question.clickedButton() is close))
        self.close_question = question
        question.open()

    def _close_answered(self, close: bool) -> None:
        question, self.close_question = self.close_question, None
        if question is not None:
            question.deleteLater()
        if close:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # QDialog asks reject(): for the window manager's close button that asks the user
        # first; a close() by the program itself is not the user's, and just closes.
        self._close_unasked = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._close_unasked = False
        if event.isAccepted() and not self.isVisible():
            self.shutdown()
