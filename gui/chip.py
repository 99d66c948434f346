"""A legend chip: ``[swatch] key name``, the swatch drawn the way the text shows the thing.

The zone legend and the entity legend both put one chip per key on screen; only the
swatch differs (a zone's band and hatching, an entity type's tint and underline).
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

SWATCH = 14


class SwatchChip(QWidget):
    """Subclasses paint their swatch in `paint_swatch`; the label text is drawn after it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def paint_swatch(self, painter: QPainter, swatch: QRectF) -> None:
        raise NotImplementedError

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = QFontMetrics(self.font())
        return QSize(SWATCH + 6 + metrics.horizontalAdvance(self.text) + 4,
                     max(SWATCH, metrics.height()) + 4)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        self.paint_swatch(painter, QRectF(1, (self.height() - SWATCH) / 2, SWATCH, SWATCH))
        painter.setPen(self.palette().windowText().color())
        painter.drawText(QRectF(SWATCH + 6, 0, self.width() - SWATCH - 6, self.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.text)
