"""Small widgets shared by the pages: a message banner, provider avatars, a status icon, and
the scroll area that holds each page's content."""

from __future__ import annotations

import zlib
from enum import Enum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wizard.flow.providers import initials


class Tone(Enum):
    INFO = "info"
    GOOD = "good"
    WARNING = "warning"
    ERROR = "error"
    BUSY = "busy"


_ICONS = {
    Tone.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Tone.GOOD: QStyle.StandardPixmap.SP_DialogApplyButton,
    Tone.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Tone.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Tone.BUSY: QStyle.StandardPixmap.SP_BrowserReload,
}


def tone_icon(tone: Tone) -> QIcon:
    return QApplication.style().standardIcon(_ICONS[tone])


class Banner(QFrame):
    """An icon and a wrapped sentence; hidden while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None, *, rich: bool = False) -> None:
        super().__init__(parent)
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self._text.setOpenExternalLinks(True)
        self._text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            if rich
            else Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._text, 1)
        self.tone = Tone.INFO
        self.hide()

    def show_message(self, text: str, tone: Tone = Tone.INFO) -> None:
        if not text:
            self.clear()
            return
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
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take the focus
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setAutoFillBackground(False)  # the page's own background shows
        content.setAutoFillBackground(False)
        self.setWidget(content)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = (content.minimumSizeHint().width() if content is not None else 0) + bar
        return QSize(width, 6 * self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return content.sizeHint() + QSize(bar, 0)


def avatar_colour(key: str) -> QColor:
    """A stable, calm colour per provider (so a provider keeps its colour between runs)."""
    hue = zlib.crc32(key.encode("utf-8")) % 360
    return QColor.fromHsl(hue, 140, 105)


def avatar_pixmap(name: str, key: str, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_colour(key))
    painter.drawEllipse(QRect(0, 0, size, size))
    font = QFont(QApplication.font())
    font.setBold(True)
    font.setPixelSize(max(8, int(size * 0.4)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return pixmap


DOMAINS_ROLE = Qt.ItemDataRole.UserRole + 1
PROVIDER_ROLE = Qt.ItemDataRole.UserRole + 2


class ProviderDelegate(QStyledItemDelegate):
    """A provider row: a coloured circle with initials, the name, and its domains below."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(200, 2 * line + 10)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = opt.text
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect
        line = opt.fontMetrics.height()
        size = 2 * line
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        key = str(index.data(PROVIDER_ROLE) or name)
        avatar = avatar_pixmap(name, key, size, ratio)
        painter.drawPixmap(rect.left() + 6, rect.top() + (rect.height() - size) // 2, avatar)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        left = rect.left() + size + 14
        width = rect.right() - left - 4
        painter.save()
        painter.setPen(opt.palette.color(group, text_role))
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        top = rect.top() + (rect.height() - 2 * line) // 2
        metrics = painter.fontMetrics()
        painter.drawText(
            QRect(left, top, width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(opt.font)
        domains = str(index.data(DOMAINS_ROLE) or "")
        if not selected:
            text = opt.palette.color(group, QPalette.ColorRole.Text)
            base = opt.palette.color(group, QPalette.ColorRole.Base)
            painter.setPen(_blend(text, base, 0.62))
        painter.drawText(
            QRect(left, top + line, width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(domains, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()


def _blend(front: QColor, back: QColor, weight: float) -> QColor:
    """A colour between two (a secondary text that keeps a readable contrast)."""
    return QColor.fromRgbF(
        front.redF() * weight + back.redF() * (1 - weight),
        front.greenF() * weight + back.greenF() * (1 - weight),
        front.blueF() * weight + back.blueF() * (1 - weight),
    )


def heading_font(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    font.setBold(True)
    return font
