"""Zone bands painted under the text, and the line geometry the margin shares.

The bands are painted by hand in the viewport before QPlainTextEdit draws the text (QT-NOTES
P5 offers this beside full-width ExtraSelections).  Painting keeps zones out of the
document's character formats entirely, so the entity highlighter (a QSyntaxHighlighter that
will own those formats) and the zones can never overwrite each other, and only the visible
lines cost anything, whatever the document's size.

A line that holds a boundary is split at the boundary's x.  In a right-to-left line the
earlier zone is to the right of it; inside a mixed-direction run the split is approximate,
which is acceptable for a tint (the boundary tick and the margin give the exact place).
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QTextBlock, QTextLine

from fasl.gui.document.palette import (
    ACCENT,
    LOW_CONF,
    band_color,
    hatch_color,
    is_hatched,
    is_low,
    strong_color,
)
from fasl.textlogic.zones import Segment

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit


@dataclass
class ZoneState:
    """What the editor and the margin paint: segments with their starts in Qt positions.

    Attributes:
        segments: the zones, in code points (as stored).
        qt_starts: ``segments[k].start`` converted to a Qt (UTF-16) position.
        current: the selected boundary (index of the segment starting there), or None.
        drop_at: Qt position a margin drag would move the boundary to, while dragging.
    """

    segments: list[Segment] = field(default_factory=list)
    qt_starts: list[int] = field(default_factory=list)
    current: int | None = None
    drop_at: int | None = None

    def index_at(self, qt_pos: int) -> int:
        """Segment containing Qt position ``qt_pos`` (-1 without segments)."""
        if not self.qt_starts:
            return -1
        return max(0, bisect.bisect_right(self.qt_starts, qt_pos) - 1)


@dataclass(frozen=True, slots=True)
class LineBox:
    """One visual line on screen: its y span (viewport coordinates) and its Qt positions.

    ``end`` includes the block's line break on a block's last line, so a zone that starts
    at the next line never shows on this one.
    """

    top: float
    height: float
    start: int
    end: int
    x_offset: float
    block: QTextBlock
    line: QTextLine

    def x_of(self, qt_pos: int) -> float:
        """Viewport x of the cursor position ``qt_pos`` on this line."""
        x, _ = self.line.cursorToX(qt_pos - self.block.position())
        return x + self.x_offset


def visible_lines(editor: QPlainTextEdit, top: float, bottom: float) -> Iterator[LineBox]:
    """The laid-out lines whose y span meets ``[top, bottom]``, in document order."""
    offset = editor.contentOffset()
    block = editor.firstVisibleBlock()
    while block.isValid():
        rect = editor.blockBoundingGeometry(block).translated(offset)
        if rect.top() > bottom:
            break
        layout = block.layout()
        if block.isVisible() and rect.bottom() >= top and layout is not None:
            base = block.position()
            count = layout.lineCount()
            for k in range(count):
                line = layout.lineAt(k)
                start = base + line.textStart()
                end = base + block.length() if k == count - 1 else start + line.textLength()
                y = rect.top() + line.y()
                if y + line.height() >= top and y <= bottom:
                    yield LineBox(y, line.height(), start, end, rect.left(), block, line)
        block = block.next()


def _pieces(state: ZoneState, box: LineBox) -> list[tuple[int, int]]:
    """(segment index, Qt start on this line) for every zone that shows on ``box``."""
    k = state.index_at(box.start)
    out = [(k, box.start)]
    k += 1
    while k < len(state.qt_starts) and state.qt_starts[k] < box.end:
        out.append((k, state.qt_starts[k]))
        k += 1
    return out


def paint_bands(editor: QPlainTextEdit, painter: QPainter, state: ZoneState,
                clip: QRectF) -> None:
    """Fill the zone tints and draw the boundary lines for the lines inside ``clip``."""
    if not state.segments:
        return
    width = float(editor.viewport().width())
    painter.setBrushOrigin(editor.contentOffset())
    for box in visible_lines(editor, clip.top(), clip.bottom()):
        pieces = _pieces(state, box)
        edges = [width] + [box.x_of(p) for _, p in pieces[1:]] + [0.0]
        for n, (k, _) in enumerate(pieces):
            seg = state.segments[k]
            left, right = sorted((edges[n + 1], edges[n]))
            rect = QRectF(left, box.top, right - left, box.height)
            painter.fillRect(rect, band_color(seg))
            if is_hatched(seg.label):
                painter.fillRect(rect, QBrush(hatch_color(seg.label), Qt.BrushStyle.BDiagPattern))
        for k, p in pieces:
            if k == 0 or p != state.qt_starts[k]:
                continue
            _boundary_line(painter, state, k, box, width, p)
    if state.drop_at is not None:
        _drop_guide(editor, painter, state.drop_at, width, clip)


def _boundary_pen(state: ZoneState, k: int) -> QPen:
    seg = state.segments[k]
    if k == state.current:
        return QPen(QColor(ACCENT), 3)
    if is_low(seg.confidence):
        return QPen(QColor(LOW_CONF), 2, Qt.PenStyle.DashLine)
    return QPen(strong_color(seg.label), 1)


def _boundary_line(painter: QPainter, state: ZoneState, k: int, box: LineBox, width: float,
                   p: int) -> None:
    painter.setPen(_boundary_pen(state, k))
    if p == box.start:
        painter.drawLine(QPointF(0, box.top), QPointF(width, box.top))
    else:  # inside a line: a tick the height of the line
        x = box.x_of(p)
        painter.drawLine(QPointF(x, box.top), QPointF(x, box.top + box.height))


def _drop_guide(editor: QPlainTextEdit, painter: QPainter, qt_pos: int, width: float,
                clip: QRectF) -> None:
    for box in visible_lines(editor, clip.top(), clip.bottom()):
        if box.start == qt_pos:
            painter.setPen(QPen(QColor(ACCENT), 2, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(0, box.top), QPointF(width, box.top))
            return
