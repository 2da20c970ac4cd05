"""Welcome: the language, the address, and the provider list for those who know only a name.

This page is painted before anything else is loaded, so building it needs only Qt's widget
classes. The flow and the model load in ``attach``, called by the window right after the
first paint (until then the page cannot go on: nobody has typed yet); the provider rows load
with the catalog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
)

from wizard.flow.graph import PageId
from wizard.ui.i18n import LANGUAGE_NAMES
from wizard.ui.pages.base import Page

if TYPE_CHECKING:
    from wizard.flow import PageState
    from wizard.model import AccountConfig


class WelcomePage(Page):
    page_id = PageId.WELCOME
    stretch_at_end = False
    attached = False

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
        self.body.addSpacing(self.fontMetrics().height() // 2)

        self.providers_label = QLabel(self)
        self.providers_label.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.providers = QListWidget(self)
        self.providers.setObjectName("providers")
        self.providers.setUniformItemSizes(True)
        self.providers.setMinimumHeight(5 * 2 * self.fontMetrics().height())
        self.providers_label.setBuddy(self.search)
        self.body.addWidget(self.providers_label)
        self.body.addWidget(self.search)
        self.body.addWidget(self.providers, 1)

        self._syncing = False
        self._list_language = ""
        self.language.currentIndexChanged.connect(self._on_language)
        self.address.textEdited.connect(self._on_address)
        self.search.textChanged.connect(self._fill_providers)
        self.providers.currentItemChanged.connect(self._on_provider)
        self.providers.itemActivated.connect(lambda _item: self.address.setFocus())
        self.search.returnPressed.connect(self.providers.setFocus)
        self.setTabOrder(self.address, self.search)
        self.setTabOrder(self.search, self.providers)
        self.setTabOrder(self.providers, self.language)

    def attach(self) -> None:
        """Load what the page does (the flow and the model) once it is on screen, and show
        the wizard data. The provider rows load with the catalog."""
        if self.attached:
            return
        self.attached = True
        if self.data.address_text and not self.address.text():
            self.address.setText(self.data.address_text)
        self._fill_providers()
        self.refresh()

    def isComplete(self) -> bool:
        return self.attached and super().isComplete()

    def nextId(self) -> int:
        return super().nextId() if self.attached else int(PageId.PASSWORD)

    def refresh(self) -> None:
        if self.attached:
            super().refresh()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Set up your e-mail"))
        self.setSubTitle(
            self.tr(
                "Type your e-mail address. If you are not sure of it, find your provider in the list below."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.address_label.setText(self.tr("Your e-mail &address:"))
        self.address.setPlaceholderText(self.tr("name@example.com"))
        self.address.setAccessibleName(self.tr("E-mail address"))
        self.providers_label.setText(self.tr("Or find your &provider by its name:"))
        self.search.setPlaceholderText(self.tr("Search by name or domain"))
        self.search.setAccessibleName(self.tr("Search providers"))
        self.providers.setAccessibleName(self.tr("Providers"))
        # The language may have been switched elsewhere than in the chooser: follow it.
        with QSignalBlocker(self.language):
            self.language.setCurrentIndex(max(0, self.language.findData(self.mw.language)))
        if self.attached and self._list_language != self.mw.language:
            self._fill_providers()  # regional providers first for the new language
        super().retranslateUi()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Everyone starts at the address. (QWizard focuses the page's first field, the
        # language chooser, after initializePage; a show event comes after that.)
        self.address.setFocus()

    def always_show_problems(self, state: PageState) -> bool:
        return False

    # -- the address and the list keep each other in step -----------------------------------

    def _on_address(self, text: str) -> None:
        from wizard.flow.providers import domain_of
        from wizard.ui.services import provider_of

        self.touched = bool(text.strip())
        self.data.set_address(text)
        domain = domain_of(text)
        provider = provider_of(self.services.catalog, domain) if domain else None
        self.data.provider = provider
        self._select(provider)
        self.refresh()

    def _on_provider(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if self._syncing or item is None:
            return
        from wizard.flow.providers import address_with_domain, domain_of
        from wizard.ui.provider_list import provider_of_item

        provider = provider_of_item(item)
        if not provider.domains:
            return
        self.data.provider = provider
        current = self.address.text()
        if domain_of(current) not in provider.domains:
            text = address_with_domain(current, provider.domains[0])
            self.address.setText(text)
            self.data.set_address(text)
            # Leave the cursor where the user types the name, before the @.
            self.address.setCursorPosition(text.index("@"))
        self.refresh()

    def _select(self, provider: AccountConfig | None) -> None:
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
        self._list_language = self.data.language
        query = self.search.text()
        catalog = self.services.catalog
        try:
            providers = catalog.search(query, self.data.language) if catalog is not None else []
        except Exception:  # a broken catalog leaves the address field working
            providers = []
        self._syncing = True
        try:
            self.providers.clear()
            if providers:
                from wizard.ui.provider_list import ProviderDelegate, provider_item

                if not isinstance(self.providers.itemDelegate(), ProviderDelegate):
                    self.providers.setItemDelegate(ProviderDelegate(self.providers))
            for provider in providers:
                self.providers.addItem(provider_item(provider))
        finally:
            self._syncing = False
        self._select(self.data.provider)

    def catalog_ready(self) -> None:
        """The provider list arrived from the disk worker: show it and match the address."""
        self._fill_providers()
        if self.address.text():
            self._on_address(self.address.text())

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
                self.providers.setCurrentItem(item)
                return
        raise LookupError(provider_id)
