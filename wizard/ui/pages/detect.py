"""Finding settings: every source and its state, live, with a way to stop."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from wizard import texts
from wizard.flow import PageId, PageState
from wizard.flow.providers import chosen_provider_settings
from wizard.flow.rules import sign_in_pending
from wizard.ui.engine import Job
from wizard.ui.pages.base import Page
from wizard.ui.support import SupportBox
from wizard.ui.widgets import Tone, tone_icon

_STATE_TONES = {
    "waiting": None,
    "asking": Tone.BUSY,
    "found": Tone.GOOD,
    "nothing": Tone.INFO,
    "failed": Tone.WARNING,
    "cancelled": None,
    "skipped": None,
    "stopped": None,
}


class DetectPage(Page):
    page_id = PageId.DETECT
    stretch_at_end = False

    def build(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.body.addWidget(self.intro)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.body.addWidget(self.progress)
        self.sources = QTreeWidget(self)
        self.sources.setObjectName("trace")
        self.sources.setColumnCount(2)
        self.sources.setRootIsDecorated(False)
        self.sources.setUniformRowHeights(True)
        header = self.sources.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.body.addWidget(self.sources, 1)
        buttons = QHBoxLayout()
        self.cancel = QPushButton(self)
        self.cancel.setObjectName("cancel-detection")
        self.again = QPushButton(self)
        self.again.setObjectName("search-again")
        self.manual = QPushButton(self)
        self.manual.setObjectName("enter-manually")
        self.correct = QPushButton(self)
        self.correct.setObjectName("correct-address")
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.correct)
        buttons.addWidget(self.again)
        buttons.addStretch(1)
        buttons.addWidget(self.manual)
        self.body.addLayout(buttons)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.body.addWidget(self.result)
        self.support = SupportBox(self)
        self.body.addWidget(self.support)
        self.job: Job | None = None
        self.items: dict[str, QTreeWidgetItem] = {}
        self.events: dict[str, Any] = {}
        self.stopped: set[str] = set()  # sources still asking when the user stopped the search
        self.cancel.clicked.connect(self.stop)
        self.again.clicked.connect(self.start)
        self.manual.clicked.connect(self.enter_manually)
        self.correct.clicked.connect(self.correct_address)
        self._update_controls()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Finding your settings"))
        product = self.mw.product_name
        self.intro.setText(self.tr("Where %1 is looking:").replace("%1", product))
        self.sources.setHeaderLabels([self.tr("Source"), self.tr("Result")])
        self.sources.setAccessibleName(self.tr("Sources asked"))
        self.progress.setAccessibleName(self.tr("Searching"))
        self.cancel.setText(self.tr("&Stop searching"))
        self.again.setText(self.tr("Search &again"))
        self.manual.setText(self.tr("&Enter the settings myself"))
        self.correct.setText(self.tr("&Correct the address"))
        for key, event in self.events.items():
            self._show_event(key, event)
        self._fit_columns()
        self._show_result()
        super().retranslateUi()

    def always_show_problems(self, state: PageState) -> bool:
        return state.problem is not None and state.problem.value != "not-started"

    # -- running ---------------------------------------------------------------------------

    def initializePage(self) -> None:
        if not self.data.detection_done and not self.data.detecting:
            self.start()
        elif self.data.found is not None and not self.data.detection_failed:
            # Found before (Back, then Next again): passed as it was the first time.
            QTimer.singleShot(0, self._pass_if_current)
        self._update_controls()

    def cleanupPage(self) -> None:  # Back: stop asking, the answers would be stale
        self.stop()

    def start(self) -> None:
        address = self.data.address
        if address is None:
            return
        self.data.forget_detection()
        self.sources.clear()
        self.items.clear()
        self.events.clear()
        self.stopped.clear()
        chosen = chosen_provider_settings(self.data)
        if chosen is not None:  # picked from the list for an own domain: its settings, no search
            # (Imported here, not with the page: the page is built on the GUI thread while a
            # worker imports the discovery package; by the time anyone gets here it has.)
            from wizard.discovery.result import DiscoveryEvent, DiscoveryResult, EventState

            self._on_event(DiscoveryEvent(chosen.source, EventState.FOUND, chosen.origin))
            self._on_result(DiscoveryResult(address, chosen, trace=tuple(self.data.trace)))
            return
        discover = self.services.discover
        if discover is None:  # built without discovery: straight to the manual editor
            self.data.detection_done = True
            self._finish()
            return
        self.data.detecting = True
        password = self.data.password
        self.job = self.mw.engine.run(
            lambda emit: discover(address.address, password, emit), name="discovery"
        )
        self.job.progress.connect(self._on_event)
        self.job.finished.connect(self._on_result)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(self._on_cancelled)
        self._finish(advance=False)

    def stop(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()

    def correct_address(self) -> None:
        """Back to the first page, the domain selected: the likely place of the typo."""
        self.mw.go_back_to(PageId.WELCOME)
        self.mw.pages[PageId.WELCOME].select_domain()

    def enter_manually(self) -> None:
        self.stop()
        self.data.detection_failed = ""
        self.data.detection_done = True
        self.data.manual = True
        self._finish()
        self.mw.next()

    # -- results ---------------------------------------------------------------------------

    def _on_event(self, event: Any) -> None:
        key = str(getattr(event.source, "value", event.source))
        self.events[key] = event
        self.data.trace.append(event)
        self._show_event(key, event)

    def _show_event(self, key: str, event: Any) -> None:
        item = self.items.get(key)
        if item is None:
            item = QTreeWidgetItem(self.sources)
            self.items[key] = item
        item.setText(0, texts.source_name(event.source))
        state = "stopped" if key in self.stopped else event.state
        item.setText(1, texts.event_state(state))
        tone = _STATE_TONES.get(str(getattr(state, "value", state)))
        item.setIcon(1, tone_icon(tone) if tone is not None else self._blank_icon())
        # The user's words first; the technical detail (English, as in the log) labelled so.
        explanation = texts.event_explanation(state, str(event.detail or ""))
        item.setToolTip(0, explanation)
        item.setToolTip(1, explanation)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Keep the list at least as wide as its texts: a narrow window scrolls the page
        rather than cutting a source's name short."""
        tree = self.sources
        header = tree.header()
        need = sum(
            max(tree.sizeHintForColumn(c), header.sectionSizeFromContents(c).width())
            for c in range(tree.columnCount())
        )
        bar = tree.style().pixelMetric(tree.style().PixelMetric.PM_ScrollBarExtent, None, tree)
        tree.setMinimumWidth(need + 2 * tree.frameWidth() + bar)

    def _blank_icon(self) -> QIcon:
        """A transparent icon the size of the others: the words line up and every row keeps
        the same height (the rows are uniform, measured on the first)."""
        side = self.style().pixelMetric(self.style().PixelMetric.PM_SmallIconSize, None, self.sources)
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        return QIcon(pixmap)

    def _on_result(self, result: Any) -> None:
        self.data.detecting = False
        self.data.detection_done = True
        self.data.found = result.config
        self.data.alternatives = tuple(result.alternatives)
        self.data.trace = list(result.trace)
        if result.config is not None:
            self.data.set_config(result.config)
        elif getattr(result, "offline", False):  # no name server answered: not "nothing found"
            self.data.detection_failed = "offline"
        elif getattr(result, "domain_missing", False):
            self.data.detection_failed = "no-such-domain"
        self._finish(advance=result.config is not None)

    def _on_failed(self, error: BaseException) -> None:
        self.data.detecting = False
        self.data.detection_failed = "error"
        self.mw.report_error(error, quiet=True)
        self._finish()

    def _on_cancelled(self) -> None:
        self.data.detecting = False
        if not self.data.detection_done:
            self.data.detection_failed = "cancelled"
        # The sources still asking or waiting will not answer now: do not leave them "asking…".
        for key, event in list(self.events.items()):
            if not event.state.is_final:
                self.events[key] = dataclasses.replace(event, state=type(event.state)("cancelled"))
                self.stopped.add(key)
                self._show_event(key, self.events[key])
        self._finish()

    def _finish(self, *, advance: bool = False) -> None:
        self._update_controls()
        self._show_result()
        self.refresh()
        if advance:
            self._pass_if_current()

    def _pass_if_current(self) -> None:
        if self.mw.currentPage() is not self or self.data.found is None or self.data.detecting:
            return
        if sign_in_pending(self.data):
            # Found at a provider that signs its users in on its own page (a Workspace or
            # Microsoft 365 domain, known only by its MX): back to the password page, which
            # now offers that sign-in; the password typed there is not used meanwhile.
            self.mw.go_back_to(PageId.PASSWORD)
            self.mw.pages[PageId.PASSWORD].offer_sign_in()
            return
        self.mw.pass_by_itself(self.page_id)

    def _update_controls(self) -> None:
        busy = self.data.detecting
        failed = not busy and bool(self.data.detection_failed)
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)
        self.again.setVisible(failed)
        self.manual.setVisible(failed)
        self.correct.setVisible(failed and self.data.detection_failed == "no-such-domain")
        # The search gave nothing usable (not stopped by the user): the brand's support can help.
        nothing = not busy and self.data.detection_done and self.data.found is None
        helpless = nothing or (failed and self.data.detection_failed != "cancelled")
        self.support.show_for(self.mw.support if helpless else None)

    def _show_result(self) -> None:
        if self.data.detecting or not (self.data.detection_done or self.data.detection_failed):
            self.setSubTitle(
                self.tr("%1 asks several places at once. This takes a few seconds.").replace(
                    "%1", self.mw.product_name
                )
            )
        else:  # over (found, nothing, offline, stopped): "takes a few seconds" would mislead
            self.setSubTitle(self.tr("The search has ended; the list shows what each place answered."))
        if self.data.detecting or not self.data.detection_done or self.data.detection_failed:
            self.result.clear()  # a failed search is told by the page's problem below
        elif self.data.found is not None:
            self.result.setText(self.tr("Found the settings for %1.").replace("%1", self.data.found.name))
        else:
            self.result.setText(self.tr("No settings were found. Click Next to enter them yourself."))
