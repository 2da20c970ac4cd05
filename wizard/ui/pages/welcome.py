"""Welcome: the language, the address, and the provider list for those who know only a name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
)

from wizard.flow import PageId, PageState
from wizard.flow.providers import address_with_domain, domain_of
from wizard.model import AccountConfig
from wizard.ui.i18n import LANGUAGE_NAMES
from wizard.ui.pages.base import Page
from wizard.ui.services import provider_of
from wizard.ui.widgets import DOMAINS_ROLE, PROVIDER_ROLE, ProviderDelegate


class WelcomePage(Page):
    page_id = PageId.WELCOME
    stretch_at_end = False

    def build(self) -> None:
        top = QHBoxLayout()
        top.addStretch(1)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.data.language)))
        self.language_label.setBuddy(self.language)
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        self.body.addLayout(top)

        self.address_label = QLabel(self)
        self.address = QLineEdit(self)
        self.address.setObjectName("address")
        self.address.setText(self.data.address_text)
        self.address.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
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
        self.providers.setItemDelegate(ProviderDelegate(self.providers))
        self.providers.setUniformItemSizes(True)
        self.providers.setMinimumHeight(5 * 2 * self.fontMetrics().height())
        self.providers_label.setBuddy(self.search)
        self.body.addWidget(self.providers_label)
        self.body.addWidget(self.search)
        self.body.addWidget(self.providers, 1)

        self._syncing = False
        self.language.currentIndexChanged.connect(self._on_language)
        self.address.textEdited.connect(self._on_address)
        self.search.textChanged.connect(self._fill_providers)
        self.providers.currentItemChanged.connect(self._on_provider)
        self.providers.itemActivated.connect(lambda _item: self.address.setFocus())
        self.search.returnPressed.connect(self.providers.setFocus)
        self._fill_providers()
        self.setTabOrder(self.address, self.search)
        self.setTabOrder(self.search, self.providers)
        self.setTabOrder(self.providers, self.language)

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
            self.language.setCurrentIndex(max(0, self.language.findData(self.data.language)))
        if self._list_language != self.data.language:
            self._fill_providers()  # regional providers first for the new language
        super().retranslateUi()

    def initializePage(self) -> None:
        self.address.setFocus()

    def always_show_problems(self, state: PageState) -> bool:
        return False

    # -- the address and the list keep each other in step -----------------------------------

    def _on_address(self, text: str) -> None:
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
        provider: AccountConfig = item.data(Qt.ItemDataRole.UserRole)
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
            for row in range(self.providers.count()):
                item = self.providers.item(row)
                if item.data(PROVIDER_ROLE) == provider.id:
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
            for provider in providers:
                item = QListWidgetItem(provider.name)
                item.setData(Qt.ItemDataRole.UserRole, provider)
                item.setData(PROVIDER_ROLE, provider.id)
                domains = ", ".join(provider.domains[:4]) + (", …" if len(provider.domains) > 4 else "")
                item.setData(DOMAINS_ROLE, domains)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{provider.name}, {domains}")
                item.setToolTip(", ".join(provider.domains))
                self.providers.addItem(item)
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
        for row in range(self.providers.count()):
            item = self.providers.item(row)
            if item.data(PROVIDER_ROLE) == provider_id:
                self.providers.setCurrentItem(item)
                return
        raise LookupError(provider_id)
