"""The base of every page: a thin adapter whose flow state alone enables Next."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget, QWizardPage

from wizard import flow  # its names load on first use (the first page paints before that)
from wizard.ui.widgets import Banner, PageScrollArea, Tone

if TYPE_CHECKING:
    from wizard.flow import PageId, PageState, WizardData
    from wizard.ui.services import Services
    from wizard.ui.window import MailWizard


class Page(QWizardPage):
    page_id: ClassVar[PageId]
    # Pages whose main widget grows (a list) give it the spare room instead of a stretch.
    stretch_at_end: ClassVar[bool] = True

    def __init__(self, wizard: MailWizard) -> None:
        super().__init__()
        self.mw = wizard
        self.setObjectName(f"page-{self.page_id.name.lower()}")
        # The content scrolls when it needs more room than the window has (a long
        # translation, a large font): text is never clipped.
        self.content = QWidget()
        self.content.setObjectName("page-content")
        self.body = QVBoxLayout(self.content)
        # Never narrower than the layout needs (the scroll area would squeeze it otherwise):
        # short of width, the page scrolls sideways too.
        self.body.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.scroll_area = PageScrollArea(self.content, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.status = Banner(self)
        self.status.setObjectName("status")
        self.touched = False  # problems are shown only once the user has done something
        self.build()
        if self.stretch_at_end:
            self.body.addStretch(1)
        self.body.addWidget(self.status)
        self.retranslateUi()

    @property
    def data(self) -> WizardData:
        return self.mw.data

    @property
    def services(self) -> Services:
        return self.mw.services

    # -- to be filled by the pages ---------------------------------------------------------

    def build(self) -> None:
        """Create the widgets (no text: ``retranslateUi`` sets every string)."""

    def retranslateUi(self) -> None:
        """Set every visible string; called again on each language change."""
        self.refresh()

    def problem_labels(self) -> dict[str, str]:
        """Readable names for a problem's detail (e.g. an input field's label)."""
        return {}

    # -- the adapter -----------------------------------------------------------------------

    def state(self) -> PageState:
        return flow.page_state(self.page_id, self.data)

    def isComplete(self) -> bool:
        return self.state().can_continue

    def nextId(self) -> int:
        following = flow.next_page(self.page_id, self.data)
        return -1 if following is None else int(following)

    def refresh(self) -> None:
        """Show the current state and let QWizard re-ask ``isComplete``."""
        from wizard import texts

        state = self.state()
        if state.problem is not None and (self.touched or self.always_show_problems(state)):
            self.status.show_message(texts.problem_text(state, self.problem_labels()), Tone.WARNING)
        else:
            self.status.clear()
        self.completeChanged.emit()

    def always_show_problems(self, state: PageState) -> bool:
        return False

    def setSubTitle(self, subtitle: str) -> None:
        super().setSubTitle(subtitle)
        if self.mw.currentPage() is self:  # QWizard has shown the new words in its header
            self.mw.fit_subtitle()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def focus_first(self) -> None:
        """Put the cursor where the user goes on, once the page is shown (the window calls
        this after QWizard has focused the page's first focusable child, shown or not; by
        default that choice stays)."""

    def job_failed_text(self) -> str:
        return QCoreApplication.translate(
            "Page", "Something went wrong. The diagnostic report has the details."
        )


def add_row(layout: QVBoxLayout, *widgets: QWidget) -> None:
    for widget in widgets:
        layout.addWidget(widget)
