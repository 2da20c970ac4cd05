"""Small widgets shared by the pages: a message banner, a status icon, and the scroll area
that holds each page's content.

The first page is painted before anything else is loaded: nothing here touches the enums
of Qt's ``Qt`` namespace or of ``QStyle`` until it is used (PySide builds a class's enums on
first access, which costs tens of milliseconds at start).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
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


class Banner(QFrame):
    """An icon and a wrapped sentence; hidden while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None, *, rich: bool = False) -> None:
        super().__init__(parent)
        self._rich = rich
        self._icon = QLabel(self)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setOpenExternalLinks(True)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self._layout.addWidget(self._icon, 0)
        self._layout.addWidget(self._text, 1)
        self._styled = False  # the rest waits for the first message (see the module's note)
        self.tone = Tone.INFO
        self.hide()

    def _style_labels(self) -> None:
        from PySide6.QtCore import Qt

        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._layout.setAlignment(self._icon, Qt.AlignmentFlag.AlignTop)
        self._text.setTextFormat(Qt.TextFormat.RichText if self._rich else Qt.TextFormat.PlainText)
        self._text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            if self._rich
            else Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._styled = True

    def show_message(self, text: str, tone: Tone = Tone.INFO) -> None:
        if not text:
            self.clear()
            return
        if not self._styled:
            self._style_labels()
        self.tone = tone
        size = self.fontMetrics().height()
        self._icon.setPixmap(tone_icon(tone).pixmap(QSize(size, size), self.devicePixelRatioF()))
        self._text.setText(text)
        self.setAccessibleDescription(self._text.text())
        self.show()

    def clear(self) -> None:
        self._text.clear()
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
