"""Welcome: the address first (as in Thunderbird's Account Hub), and behind "Find my
provider" the searchable provider list, for those who know their provider's name but not
the address format.

This page is painted before anything else is loaded, so building it needs only Qt's widget
classes. The flow and the model load in ``attach``, called by the window right after the
first paint; so does the provider list (hidden until asked for), whose rows come with the
catalog.

The list never changes the address by itself: moving through it (arrows, Tab) only
highlights; a click or Enter picks. A provider picked from the list survives an address in
a domain the list does not know (a hosting customer's own domain) and supplies its settings.

A brand whose list is locked to its own providers asks for the address alone: no "Find my
provider", no list. An address at another domain gets one sentence ("This setup is for
addresses at …") and, if the brand lets it, a button that goes on with the generic search
(every source, and the bundled list in place of the brand's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from wizard.flow.graph import PageId
from wizard.ui.i18n import LANGUAGE_NAMES
from wizard.ui.pages.base import Page
from wizard.ui.widgets import Banner

if TYPE_CHECKING:
    from typing import Any

    from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

    from wizard.flow import PageState
    from wizard.model import AccountConfig


class WelcomePage(Page):
    page_id = PageId.WELCOME
    attached = False
    finder: QWidget | None = None  # the search field and the list, made in ``attach``
    search_anyway: QPushButton | None = None  # the way on for an address outside the brand's
    search: QLineEdit
    providers: QListWidget

    def build(self) -> None:
        top = QHBoxLayout()
        top.addStretch(1)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.mw.language)))
        self.language_label.setBuddy(self.language)
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        self.body.addLayout(top)

        self.address_label = QLabel(self)
        self.address = QLineEdit(self)
        self.address.setObjectName("address")
        # By name, like the scroll area's focus policy (wizard.ui.widgets): the enum would
        # load all of the Qt namespace before the first paint.
        self.address.setProperty("inputMethodHints", "ImhEmailCharactersOnly")
        self.address_label.setBuddy(self.address)
        self.body.addWidget(self.address_label)
        self.body.addWidget(self.address)
        # Beside the field, not at the foot of the page; only once the user has left the
        # field or asked for Next (never while still typing).
        self.address_hint = Banner(self)
        self.address_hint.setObjectName("address-hint")
        self.body.addWidget(self.address_hint)
        self.provider_note = QLabel(self)
        self.provider_note.setObjectName("provider-note")
        self.provider_note.setWordWrap(True)
        self.provider_note.hide()
        self.body.addWidget(self.provider_note)
        self.body.addSpacing(self.fontMetrics().height() // 2)

        row = QHBoxLayout()
        self.find_provider = QPushButton(self)
        self.find_provider.setObjectName("find-provider")
        self.find_provider.setCheckable(True)
        self.locked = self.mw.brand_look is not None and self.mw.brand_look.locked
        if self.locked:  # the brand's own providers only: nothing to find
            self.find_provider.hide()
        row.addWidget(self.find_provider)
        row.addStretch(1)
        self.body.addLayout(row)
        self._finder_index = self.body.count()  # the list goes here, made after the paint

        self._syncing = False
        self._list_language = ""
        self.language.currentIndexChanged.connect(self._on_language)
        self.address.textEdited.connect(self._on_address)
        self.address.editingFinished.connect(self._on_address_left)
        self.find_provider.toggled.connect(self.show_finder)
        self.setTabOrder(self.language, self.address)
        self.setTabOrder(self.address, self.find_provider)

    def _build_finder(self) -> None:
        """The search field and the list, hidden until "Find my provider" opens them."""
        from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

        finder = QWidget(self)
        finder.setObjectName("finder")
        layout = QVBoxLayout(finder)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search_label = QLabel(finder)
        self.search_label.setWordWrap(True)
        self.search = QLineEdit(finder)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.providers = QListWidget(finder)
        self.providers.setObjectName("providers")
        self.providers.setUniformItemSizes(True)
        self.providers.setMinimumHeight(5 * 2 * self.fontMetrics().height())
        self.search_label.setBuddy(self.search)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.providers, 1)
        finder.hide()
        self.body.insertWidget(self._finder_index, finder, 1)
        self.search.textChanged.connect(self._fill_providers)
        # Only a click or Enter picks; the arrows and Tab merely move the highlight.
        self.providers.itemClicked.connect(self._pick)
        self.search.installEventFilter(self)
        self.providers.installEventFilter(self)
        self.setTabOrder(self.find_provider, self.search)
        self.setTabOrder(self.search, self.providers)
        self.finder = finder
        self._retranslate_finder()

    def attach(self) -> None:
        """Load what the page does (the flow and the model) once it is on screen, and show
        the wizard data. The provider rows load with the catalog."""
        if self.attached:
            return
        if not self.locked:
            self._build_finder()
        self.attached = True
        if self.data.address_text and not self.address.text():
            self.address.setText(self.data.address_text)
        self._fill_providers()
        self.refresh()

    # -- Next: enabled once something is typed; an invalid address is explained beside it ----

    def isComplete(self) -> bool:
        return self.attached and not self.mw.brand_pending and bool(self.address.text().strip())

    def validatePage(self) -> bool:
        if self.state().can_continue:
            return True
        self.touched = True
        self._show_address_hint()
        self.address.setFocus()
        return False

    def nextId(self) -> int:
        return super().nextId() if self.attached else int(PageId.PASSWORD)

    def refresh(self) -> None:
        """The page's problems show beside the address (``address_hint``), not below."""
        if not self.attached:
            return
        self._show_provider_note()
        self.completeChanged.emit()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Set up your e-mail"))
        subtitle = self.tr("Type your e-mail address: %1 finds the settings by itself.")
        self.setSubTitle(subtitle.replace("%1", self.mw.product_name))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.address_label.setText(self.tr("Your e-mail &address:"))
        self.address.setPlaceholderText(self.tr("name@example.com"))
        self.address.setAccessibleName(self.tr("E-mail address"))
        self.find_provider.setText(self.tr("&Find my provider"))
        self.find_provider.setAccessibleDescription(
            self.tr("Opens a list of providers to search by name, for when you are not sure of your address.")
        )
        # The language may have been switched elsewhere than in the chooser: follow it.
        with QSignalBlocker(self.language):
            self.language.setCurrentIndex(max(0, self.language.findData(self.mw.language)))
        if self.finder is not None:
            self._retranslate_finder()
        if self.search_anyway is not None:
            self.search_anyway.setText(self.tr("&Set up this address anyway"))
        if self.attached:
            if self._list_language != self.mw.language:
                self._fill_providers()  # regional providers first for the new language
            if self.address_hint.text():
                self._show_address_hint()
        super().retranslateUi()

    def _retranslate_finder(self) -> None:
        self.search_label.setText(self.tr("&Search for your provider by its name or domain:"))
        self.search.setPlaceholderText(self.tr("e.g. Seznam or gmail.com"))
        self.search.setAccessibleName(self.tr("Search providers"))
        self.providers.setAccessibleName(self.tr("Providers"))
        self.providers.setAccessibleDescription(
            self.tr("Press Enter or click to pick a provider; its domain goes into the address.")
        )

    def focus_first(self) -> None:
        self.address.setFocus()  # everyone starts at the address, not at the language

    def always_show_problems(self, state: PageState) -> bool:
        return False

    # -- the address ---------------------------------------------------------------------------

    def _on_address(self, text: str) -> None:
        from wizard.flow.providers import domain_of
        from wizard.ui.services import provider_of

        self.touched = bool(text.strip())
        self.data.set_address(text)
        domain = domain_of(text)
        self.data.match_provider(provider_of(self.services.catalog, domain) if domain else None)
        self._select(self.data.provider)
        if self.address_hint.text():  # shown already: follow the typing, gone once it fits
            self._show_address_hint()
        self.refresh()

    def select_domain(self) -> None:
        """The cursor in the address, the part after the @ selected (to correct a typo)."""
        text = self.address.text()
        at = text.find("@")
        self.address.setFocus()
        if at < 0:
            self.address.selectAll()
        else:
            self.address.setSelection(at + 1, len(text) - at - 1)

    def _on_address_left(self) -> None:
        """Left the field: now say what is wrong with the address, unless the user went into
        the provider list (that is how the address gets its domain)."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        finding = self.finder is not None and focus is not None and self.finder.isAncestorOf(focus)
        if self.attached and self.address.text().strip() and not finding:
            self._show_address_hint()

    def _show_address_hint(self) -> None:
        from wizard import texts
        from wizard.flow import PageProblem
        from wizard.ui.widgets import Tone

        state = self.state()
        text = texts.problem_text(state) if state.problem is not None else ""
        self.address_hint.show_message(text, Tone.WARNING)
        self.address.setAccessibleDescription(text)
        self._offer_generic_search(state.problem is PageProblem.ADDRESS_OUTSIDE)

    # -- an address outside a locked brand's domains -------------------------------------------

    def _offer_generic_search(self, outside: bool) -> None:
        """The way on to the generic search, when the brand gives one."""
        from wizard.brand import OutsideAddress

        brand = self.mw.brand
        offered = outside and brand is not None and brand.outside is OutsideAddress.SEARCH
        if offered and self.search_anyway is None:
            self.search_anyway = QPushButton(self)
            self.search_anyway.setObjectName("search-anyway")
            self.search_anyway.clicked.connect(self.go_on_with_generic_search)
            row = QHBoxLayout()
            row.addWidget(self.search_anyway)
            row.addStretch(1)
            self.body.insertLayout(self.body.indexOf(self.address_hint) + 1, row)
            self.setTabOrder(self.address, self.search_anyway)
            self.search_anyway.setText(self.tr("&Set up this address anyway"))
        if self.search_anyway is not None:
            self.search_anyway.setVisible(offered)
            self.search_anyway.setEnabled(offered)

    def go_on_with_generic_search(self) -> None:
        """Set up the address outside the brand's domains: the generic provider list (read on
        the disk worker) replaces the brand's, then on to the next page."""
        brand = self.mw.brand
        if brand is None or self.search_anyway is None:
            return
        self.search_anyway.setEnabled(False)
        job = self.mw.engine.run_blocking(lambda: brand.catalog(generic=True), name="generic-catalog")
        job.finished.connect(self._on_generic_catalog)
        job.failed.connect(self.mw.report_error)

    def _on_generic_catalog(self, catalog: Any) -> None:
        self.services.catalog = catalog
        self.data.generic_search = True
        self._on_address(self.address.text())
        self._show_address_hint()
        if self.mw.currentPage() is self:
            self.mw.next()

    def show_brand_error(self, sentence: str) -> None:
        """The brand could not be loaded: say why; the page stays closed (``isComplete``)."""
        from wizard.ui.widgets import Tone

        self.status.show_message(sentence, Tone.ERROR)
        self.completeChanged.emit()

    def _show_provider_note(self) -> None:
        provider = self.data.provider
        if provider is None:
            self.provider_note.hide()
            return
        address = self.data.address
        if self.data.provider_chosen and address is not None and address.domain not in provider.domains:
            text = self.tr("Provider: %1, chosen from the list; it hosts your own domain.")
        else:
            text = self.tr("Provider: %1")
        self.provider_note.setText(text.replace("%1", provider.name))
        self.provider_note.show()

    # -- the provider list ---------------------------------------------------------------------

    def show_finder(self, shown: bool = True) -> None:
        """Open the search and the list in place (or close them), and move the focus there."""
        if self.finder is None:
            return
        with QSignalBlocker(self.find_provider):
            self.find_provider.setChecked(shown)
        self.finder.setVisible(shown)
        # The list takes the spare height while it is open, the stretch below it otherwise.
        self.body.setStretch(self._finder_index + 1, 0 if shown else 1)
        if shown:  # the list is how the address gets its domain: no complaint meanwhile
            self.address_hint.clear()
            self.search.setFocus()
            self.search.selectAll()
        else:
            self.address.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in (self.search, self.providers):
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QKeyEvent

            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape:  # closes the list, not the wizard
                self.show_finder(False)
                return True
            if watched is self.search and key == Qt.Key.Key_Down and self.providers.count():
                self.providers.setFocus()
                if self.providers.currentRow() < 0:
                    self.providers.setCurrentRow(0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Enter picks the highlighted provider (the only one, from the search field);
                # it must not also press Next.
                item = self.providers.currentItem()
                if item is None and self.providers.count() == 1:
                    item = self.providers.item(0)
                if item is not None:
                    self._pick(item)
                elif watched is self.search and self.providers.count():
                    self.providers.setFocus()
                    self.providers.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    def _pick(self, item: QListWidgetItem) -> None:
        from wizard.flow.providers import address_with_domain
        from wizard.ui.provider_list import provider_of_item
        from wizard.ui.services import provider_of

        provider = provider_of_item(item)
        if not provider.domains:
            return
        self.data.choose_provider(provider)
        address = self.data.address
        # An address in a domain no provider in the list has (a hosting customer's own
        # domain) stays as typed: the picked provider serves it. Otherwise the provider's
        # domain goes in, and the cursor waits where the name goes.
        own_domain = address is not None and provider_of(self.services.catalog, address.domain) is None
        if not own_domain:
            text = address_with_domain(self.address.text(), provider.domains[0])
            self.address.setText(text)
            self.data.set_address(text)
        self.show_finder(False)
        if not own_domain:
            self.address.setCursorPosition(self.address.text().index("@"))
        self._select(provider)
        self.refresh()

    def _select(self, provider: AccountConfig | None) -> None:
        """Highlight ``provider`` in the list (the list follows the address, never the other
        way round)."""
        if self.finder is None:
            return
        self._syncing = True
        try:
            with QSignalBlocker(self.providers):
                self.providers.setCurrentRow(-1)
                self.providers.clearSelection()
                if provider is None:
                    return
                from wizard.ui.provider_list import provider_id_of_item

                for row in range(self.providers.count()):
                    item = self.providers.item(row)
                    if provider_id_of_item(item) == provider.id:
                        self.providers.setCurrentItem(item)
                        self.providers.scrollToItem(item)
                        return
        finally:
            self._syncing = False

    def _fill_providers(self) -> None:
        if self.finder is None:
            return
        self._list_language = self.data.language
        query = self.search.text()
        catalog = self.services.catalog
        try:
            providers = catalog.search(query, self.data.language) if catalog is not None else []
        except Exception:  # a broken catalog leaves the address field working
            providers = []
        with QSignalBlocker(self.providers):
            self.providers.clear()
            if providers:
                from wizard.ui.provider_list import ProviderDelegate, provider_item

                if not isinstance(self.providers.itemDelegate(), ProviderDelegate):
                    self.providers.setItemDelegate(ProviderDelegate(self.providers))
                for provider in providers:
                    self.providers.addItem(provider_item(provider))
        self._select(self.data.provider)

    def catalog_ready(self) -> None:
        """The provider list (and the brand) arrived from the disk worker: show it and match
        the address."""
        self._fill_providers()
        if self.address.text():
            self._on_address(self.address.text())
        self.refresh()

    def _on_language(self, _index: int) -> None:
        code = self.language.currentData()
        if code:
            self.mw.set_language(code)
            self._fill_providers()  # regional providers first for the new language

    def select_provider(self, provider_id: str) -> None:
        """Pick a provider as a click would (used by tests and the screenshot script)."""
        from wizard.ui.provider_list import provider_id_of_item

        for row in range(self.providers.count()):
            item = self.providers.item(row)
            if provider_id_of_item(item) == provider_id:
                self._pick(item)
                return
        raise LookupError(provider_id)
