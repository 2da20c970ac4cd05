"""Small widgets shared by the pages: a message banner, a status icon, and the scroll area
that holds each page's content.

The first page is painted before anything else is loaded: nothing here touches the enums
of Qt's ``Qt`` namespace or of ``QStyle`` until it is used (PySide builds a class's enums on
first access, which costs tens of milliseconds at start).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QWidget,
)


class Tone(Enum):
    INFO = "info"
    GOOD = "good"
    WARNING = "warning"
    ERROR = "error"
    BUSY = "busy"


def tone_icon(tone: Tone) -> QIcon:
    from PySide6.QtWidgets import QStyle

    icons = {
        Tone.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
        Tone.GOOD: QStyle.StandardPixmap.SP_DialogApplyButton,
        Tone.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Tone.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        Tone.BUSY: QStyle.StandardPixmap.SP_BrowserReload,
    }
    return QApplication.style().standardIcon(icons[tone])


def tone_name(tone: Tone) -> str:
    """The icon's name for screen readers: what kind of message follows."""
    if tone is Tone.GOOD:
        return QCoreApplication.translate("Banner", "Done")
    if tone is Tone.WARNING:
        return QCoreApplication.translate("Banner", "Warning")
    if tone is Tone.ERROR:
        return QCoreApplication.translate("Banner", "Problem")
    if tone is Tone.BUSY:
        return QCoreApplication.translate("Banner", "Working")
    return QCoreApplication.translate("Banner", "Information")


def plain_text(rich: str) -> str:
    """What a screen reader should read for a rich-text message: the words, not the tags."""
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(rich).toPlainText().strip()


def _retain_size_when_hidden(widget: QWidget) -> None:
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


class Banner(QFrame):
    """An icon and a wrapped sentence; hidden while it has nothing to say.

    A banner made with ``reserved=True`` keeps its room instead (as much as the longest
    message given to ``reserve_for`` needs), so that a message coming and going never
    pushes the rest of the page."""

    def __init__(self, parent: QWidget | None = None, *, rich: bool = False, reserved: bool = False) -> None:
        super().__init__(parent)
        self._rich = rich
        self._reserved = reserved
        self._icon = QLabel(self)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setOpenExternalLinks(True)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self._layout.setColumnStretch(1, 1)
        self._layout.addWidget(self._icon, 0, 0)
        self._layout.addWidget(self._text, 0, 1)
        self._ghost: QLabel | None = None
        self._styled = False  # the rest waits for the first message (see the module's note)
        self.tone = Tone.INFO
        if reserved:
            # The longest message, never shown, in the text's own cell: the cell keeps its height.
            self._ghost = QLabel(self)
            self._ghost.setWordWrap(True)
            self._ghost.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self._layout.addWidget(self._ghost, 0, 1)
            for widget in (self._ghost, self._icon):
                _retain_size_when_hidden(widget)
                widget.hide()
        else:
            self.hide()

    def _style_labels(self) -> None:
        from PySide6.QtCore import Qt

        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._layout.setAlignment(self._icon, Qt.AlignmentFlag.AlignTop)
        self._layout.setAlignment(self._text, Qt.AlignmentFlag.AlignTop)
        self._text.setTextFormat(Qt.TextFormat.RichText if self._rich else Qt.TextFormat.PlainText)
        self._text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            if self._rich
            else Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._styled = True

    def reserve_for(self, longest: str) -> None:
        """Keep room for ``longest`` (a reserved banner only)."""
        if self._ghost is not None:
            self._ghost.setText(longest)

    def show_message(self, text: str, tone: Tone = Tone.INFO) -> None:
        if not text:
            self.clear()
            return
        if not self._styled:
            self._style_labels()
        self.tone = tone
        size = self.fontMetrics().height()
        self._icon.setPixmap(tone_icon(tone).pixmap(QSize(size, size), self.devicePixelRatioF()))
        self._icon.setAccessibleName(tone_name(tone))
        self._icon.show()
        self._text.setText(text)
        spoken = plain_text(text) if self._rich else text
        self._text.setAccessibleName(spoken)
        self.setAccessibleName(tone_name(tone))
        self.setAccessibleDescription(spoken)
        self.show()

    def clear(self) -> None:
        self._text.clear()
        self._text.setAccessibleName("")
        self.setAccessibleDescription("")
        if self._reserved:
            self._icon.hide()
        else:
            self.hide()

    def text(self) -> str:
        return self._text.text() if not self.isHidden() else ""


class PageScrollArea(QScrollArea):
    """Holds a page's content: when a translation, a large font or a small window leaves too
    little room, the page scrolls instead of clipping text. Frameless and transparent, so at
    the normal size it looks like the page itself.

    Its minimum width is the content's (only vertical scrolling: wrapped labels grow
    downwards, through ``heightForWidth``); its minimum height is a few lines.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        # The fields inside take the focus. (Set by name: Qt.FocusPolicy.NoFocus would load
        # every enum of the Qt namespace before the first paint.) Both scroll bars show as
        # needed, Qt's default.
        self.setProperty("focusPolicy", "NoFocus")
        # A viewport of our own, which leaves its background unfilled: the page's own shows.
        # (Reaching the default one through viewport() would make PySide set up every
        # QtWidgets class to find its type, a cost the first paint would wait for.)
        self.setViewport(QWidget(self))
        content.setAutoFillBackground(False)
        self.setWidget(content)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        bar = self._bar_width()
        width = (content.minimumSizeHint().width() if content is not None else 0) + bar
        return QSize(width, 6 * self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        return content.sizeHint() + QSize(self._bar_width(), 0)

    def _bar_width(self) -> int:
        # The style's scroll bar extent (PM_ScrollBarExtent), as the vertical bar reports it.
        return self.verticalScrollBar().sizeHint().width()
