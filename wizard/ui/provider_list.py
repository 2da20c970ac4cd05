"""The rows of the provider list: a coloured circle with initials, the name, its domains.

Loaded with the catalog, when the first rows are shown: nothing here is needed to paint the
empty list before it.
"""

from __future__ import annotations

import zlib

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from wizard.flow.providers import initials
from wizard.model import AccountConfig


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


def provider_item(provider: AccountConfig) -> QListWidgetItem:
    """A list row for ``provider`` (the provider itself under ``UserRole``)."""
    item = QListWidgetItem(provider.name)
    item.setData(Qt.ItemDataRole.UserRole, provider)
    item.setData(PROVIDER_ROLE, provider.id)
    domains = ", ".join(provider.domains[:4]) + (", …" if len(provider.domains) > 4 else "")
    item.setData(DOMAINS_ROLE, domains)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{provider.name}, {domains}")
    item.setToolTip(", ".join(provider.domains))
    return item


def provider_of_item(item: QListWidgetItem) -> AccountConfig:
    provider: AccountConfig = item.data(Qt.ItemDataRole.UserRole)
    return provider


def provider_id_of_item(item: QListWidgetItem) -> str | None:
    value = item.data(PROVIDER_ROLE)
    return str(value) if value is not None else None
