"""The on-screen key: which digit sets which zone, in which colour, plus a one-line status.

The reviewer should never have to open a help sheet to relabel: the eight zones of
SCHEME.md stand in their key order with the swatch the bands use (hatched = appended).
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from fasl.gui.chip import SwatchChip
from fasl.gui.document.palette import (
    STYLES,
    ZONE_KEYS,
    hatch_color,
    is_hatched,
    strong_color,
)
from fasl.textlogic.zones import Segment, Zone


class _Chip(SwatchChip):
    """``[swatch] n zone`` for one zone."""

    def __init__(self, key: int, zone: Zone, parent: QWidget | None = None) -> None:
        super().__init__(f"{key} {zone}", parent)
        self.zone = zone
        self.setObjectName(f"legend_{zone}")
        self.setToolTip(f"Press {key} to mark the zone at the cursor as {zone}")

    def paint_swatch(self, painter: QPainter, swatch: QRectF) -> None:
        painter.fillRect(swatch, Qt.GlobalColor.white)
        painter.fillRect(swatch, QBrush(STYLES[self.zone].band))
        if is_hatched(self.zone):
            painter.fillRect(swatch, QBrush(hatch_color(self.zone), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(strong_color(self.zone), 1))
        painter.drawRect(swatch)


class ZoneLegend(QWidget):
    """The eight zone chips and, under them, a status line (current boundary, prompts).

    Two rows, so that the chips never get squeezed by a long status in a narrow window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zone_legend")
        rows = QVBoxLayout(self)
        rows.setContentsMargins(4, 2, 4, 0)
        rows.setSpacing(0)
        chips = QHBoxLayout()
        chips.setSpacing(10)
        self.chips = [_Chip(n, zone, self) for n, zone in enumerate(ZONE_KEYS, start=1)]
        for chip in self.chips:
            chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            chips.addWidget(chip)
        chips.addStretch(1)
        rows.addLayout(chips)
        self.status = QLabel(self)
        self.status.setObjectName("zone_status")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        rows.addWidget(self.status)

    def show_boundary(self, index: int | None, segments: list[Segment]) -> None:
        if index is None or not 0 < index < len(segments):
            self.status.setText("")
            return
        before, after = segments[index - 1], segments[index]
        self.status.setText(f"boundary {index}: {before.label} | {after.label}"
                            f"  ({after.confidence:.0%}, {after.origin})")

    def show_prompt(self, text: str) -> None:
        self.status.setText(text)
