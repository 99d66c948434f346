"""The entity key on screen: each type's key and colour, how suggestions look, and a status
line naming the selected entity or the selection a type key would tag."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from fasl.gui.chip import SwatchChip
from fasl.gui.entities.typeset import tint
from fasl.textlogic.typesets import EntityType, TypeSet


class _TypeChip(SwatchChip):
    """``[swatch] P PERS`` for one type; the swatch is the background an entity gets."""

    def __init__(self, t: EntityType, parent: QWidget | None = None) -> None:
        super().__init__(f"{t.key.upper()} {t.id}", parent)
        self.type = t
        self.setObjectName(f"entity_legend_{t.id}")
        self.setToolTip(f"Press {t.key.upper()} to tag the selection as {t.id} ({t.name}): "
                        f"{t.description}")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def paint_swatch(self, painter: QPainter, swatch: QRectF) -> None:
        colour = QColor(self.type.colour)
        painter.fillRect(swatch, tint(colour))
        painter.setPen(QPen(colour, 2))
        painter.drawLine(swatch.bottomLeft(), swatch.bottomRight())


class EntityLegend(QWidget):
    """Type chips in one row, a hint about the styles, and the entity status line."""

    STYLE_HINT = "background: tagged · underline: nested · dashed: suggestion (A accept, X reject)"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entity_legend")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(4, 0, 4, 0)
        rows.setSpacing(0)
        self._chips_row = QHBoxLayout()
        self._chips_row.setSpacing(10)
        rows.addLayout(self._chips_row)
        self.hint = QLabel(self.STYLE_HINT, self)
        self.hint.setObjectName("entity_style_hint")
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        rows.addWidget(self.hint)
        self.status = QLabel(self)
        self.status.setObjectName("entity_status")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        rows.addWidget(self.status)
        self.chips: list[_TypeChip] = []

    def set_typeset(self, typeset: TypeSet) -> None:
        while self._chips_row.count():
            item = self._chips_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.chips = [_TypeChip(t, self) for t in typeset.types]
        for chip in self.chips:
            self._chips_row.addWidget(chip)
        self._chips_row.addStretch(1)

    def show_status(self, text: str) -> None:
        self.status.setText(text)
