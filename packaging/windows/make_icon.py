"""Renders an SVG or PNG logo into a Windows .ico (PNG-compressed frames, 16-256 px) with Qt:
the app icon, or a brand's logo (``build.sh --brand``). A logo that is not square keeps its
proportions, centred on a transparent square."""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)

Draw = Callable[[QPainter, QRectF], None]


def _fitted(source: QSizeF, size: int) -> QRectF:
    """``source`` scaled into a ``size`` square, centred, proportions kept."""
    scaled = source.scaled(QSizeF(size, size), Qt.AspectRatioMode.KeepAspectRatio)
    return QRectF((size - scaled.width()) / 2, (size - scaled.height()) / 2, scaled.width(), scaled.height())


def drawing(path: str) -> tuple[Draw, QSizeF]:
    """How to draw the logo in ``path`` into a rectangle, and its own size."""
    if path.lower().endswith(".svg"):
        renderer = QSvgRenderer(path)
        if not renderer.isValid():
            sys.exit(f"make_icon: cannot read {path}")
        return renderer.render, QSizeF(renderer.defaultSize())
    image = QImage(path)
    if image.isNull():
        sys.exit(f"make_icon: cannot read {path}")
    return (lambda painter, rect: painter.drawImage(rect, image)), QSizeF(image.size())


def render(draw: Draw, source: QSizeF, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    draw(painter, _fitted(source, size) if not source.isEmpty() else QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main(logo: str, ico: str) -> None:
    _app = QGuiApplication([])
    draw, source = drawing(logo)
    frames = [(size, render(draw, source, size)) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(frames))
    offset = len(header) + 16 * len(frames)
    entries, blobs = b"", b""
    for size, png in frames:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    with open(ico, "wb") as out:
        out.write(header + entries + blobs)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
