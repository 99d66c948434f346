"""A frame around the selected entity, painted over the text after Qt has drawn it.

The selection must not hide what it selects: a text selection would paint over the type's
background and the nested underlines, so the selected entity gets a frame instead.  On each
visual line the frame spans the x extent of every cursor position inside the entity, which
is right for mixed-direction lines too (a Latin date inside Arabic text is one run, visually
contiguous, whatever its logical order).
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QPlainTextEdit

from fasl.gui.document.bands import visible_lines

FRAME = "#d1006f"  # the accent the zone view uses for "current"
MAX_PROBES = 400  # positions probed per line; a longer entity uses the line's ends


def frame_rects(editor: QPlainTextEdit, qt_start: int, qt_end: int,
                clip: QRectF) -> list[QRectF]:
    """One rectangle per visible line holding part of ``[qt_start, qt_end)``."""
    rects = []
    for box in visible_lines(editor, clip.top(), clip.bottom()):
        line_end = min(box.end, box.block.position() + box.block.length() - 1)
        a, b = max(qt_start, box.start), min(qt_end, line_end)
        if a >= b and not (a == b == qt_start == qt_end):
            continue
        if b - a > MAX_PROBES:
            probes = [a, b]
        else:
            probes = list(range(a, b + 1))
        xs = [box.x_of(p) for p in probes]
        left, right = min(xs), max(xs)
        rects.append(QRectF(left - 1, box.top, right - left + 2, box.height))
    return rects


def paint_frame(editor: QPlainTextEdit, painter: QPainter, qt_start: int, qt_end: int,
                clip: QRectF) -> None:
    pen = QPen(QColor(FRAME), 2)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for rect in frame_rects(editor, qt_start, qt_end, clip):
        painter.drawRoundedRect(rect, 3, 3)
