"""The zone margin: each zone's name at its first line, boundary grips, low-confidence flags.

It sits on the RIGHT of the text.  The text is right-to-left, so the right edge is where
every line begins: a zone's label then stands beside the first word of the zone, the eye
never crosses the page to match label and line, and dragging a grip up or down moves a
boundary from line start to line start right where the reader is looking.  RTL editors put
their gutter on that side for the same reason; the left side already has the scroll bar
and the ragged ends of lines.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget

from fasl.gui.document.bands import LineBox, visible_lines
from fasl.gui.document.palette import (
    ACCENT,
    LOW_CONF,
    band_color,
    hatch_color,
    is_hatched,
    is_low,
    strong_color,
    zone_caption,
)

if TYPE_CHECKING:
    from fasl.gui.document.editor import ZoneTextEdit

STRIP = 6  # width of the zone-colour strip next to the text
GRIP = 10  # the triangle that marks a boundary
PAD = 4
GRAB = 5  # pixels above a boundary line that still grab it
CAPTION_POINT_SIZE = 10.0


class ZoneMargin(QWidget):
    """Paints zone captions and boundary grips; a grip can be dragged to another line.

    Signals:
        boundary_pressed(int): a boundary's grip or caption was clicked (boundary index).
        boundary_dropped(int, int): a grip was dragged and released; boundary index and the
            Qt position of the line start it was dropped on.
    """

    boundary_pressed = Signal(int)
    boundary_dropped = Signal(int, int)

    def __init__(self, editor: ZoneTextEdit) -> None:
        super().__init__(editor)
        self.setObjectName("zone_margin")
        self._editor = editor
        self._drag: int | None = None
        self.setMouseTracking(True)
        # Every attribute set explicitly: otherwise the point size would follow the text's
        # zoom through font propagation and the captions would outgrow the margin.
        font = QFont()
        font.setFamilies(["Noto Sans", "Noto Naskh Arabic"])
        font.setPointSizeF(CAPTION_POINT_SIZE)
        self.setFont(font)
        self._bold = QFont(font)
        self._bold.setBold(True)

    def preferred_width(self) -> int:
        metrics = QFontMetrics(self._bold)
        disc = metrics.height()
        widest = max(metrics.horizontalAdvance(t) for t in ("boilerplate", "related 88"))
        return STRIP + GRIP + 4 * PAD + widest + disc

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#fbfbf9"))
        state = self._editor.state
        if not state.segments:
            return
        rect = QRectF(event.rect())
        first = True
        for box in visible_lines(self._editor, rect.top(), rect.bottom()):
            k = state.index_at(box.start)
            seg = state.segments[k]
            strip = QRectF(0, box.top, STRIP, box.height)
            painter.fillRect(strip, band_color(seg).darker(115))
            if is_hatched(seg.label):
                painter.fillRect(strip, QBrush(hatch_color(seg.label), Qt.BrushStyle.BDiagPattern))
            # Zones starting on this line, by bisection (a scan of every later zone per line
            # made a long document with many zones quadratic to paint).
            starts_here = range(bisect_left(state.qt_starts, box.start, k),
                                bisect_left(state.qt_starts, box.end, k))
            if not starts_here and first and box.top <= 2:
                self._caption(painter, box, k, sticky=True)
            for j in starts_here[-1:]:  # several zones on one line: name the last one
                self._caption(painter, box, j, sticky=False)
            for j in starts_here:
                if j > 0:
                    self._grip(painter, box, j)
            first = False
        if state.drop_at is not None and self._drag is not None:
            for box in visible_lines(self._editor, rect.top(), rect.bottom()):
                if box.start == state.drop_at:
                    painter.setPen(QPen(QColor(ACCENT), 2, Qt.PenStyle.DotLine))
                    painter.drawLine(QPointF(0, box.top), QPointF(self.width(), box.top))

    def _caption(self, painter: QPainter, box: LineBox, k: int, *, sticky: bool) -> None:
        state = self._editor.state
        seg = state.segments[k]
        left = STRIP + GRIP + 2 * PAD
        text_rect = QRectF(left, box.top, self.width() - left - PAD, box.height)
        if sticky:
            painter.setFont(self.font())
            painter.setPen(QColor("#8a8a8a"))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, "↑ " + zone_caption(seg))
            return
        painter.setFont(self._bold)
        painter.setPen(strong_color(seg.label))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, zone_caption(seg))

    def _grip(self, painter: QPainter, box: LineBox, k: int) -> None:
        state = self._editor.state
        seg = state.segments[k]
        y = box.top
        current = k == state.current
        low = is_low(seg.confidence)
        color = QColor(ACCENT) if current else QColor(LOW_CONF) if low else strong_color(seg.label)
        painter.setPen(QPen(color, 3 if current else 1))
        painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
        tip = QPointF(STRIP + PAD, y + box.height / 2)  # points at the line start, on the left
        triangle = QPolygonF([tip, QPointF(tip.x() + GRIP, y + 2),
                              QPointF(tip.x() + GRIP, y + box.height - 2)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(triangle)
        if low:  # a filled amber disc with "?" so the flag is not colour alone
            size = min(box.height - 4, QFontMetrics(self._bold).height())
            disc = QRectF(self.width() - size - PAD, y + (box.height - size) / 2, size, size)
            painter.setBrush(QColor(LOW_CONF))
            painter.drawEllipse(disc)
            painter.setPen(QColor("#000000"))
            painter.setFont(self._bold)
            painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, "?")
        painter.setBrush(Qt.BrushStyle.NoBrush)

    # --- mouse -----------------------------------------------------------------------

    def boundary_at(self, y: float) -> int | None:
        """The boundary whose first line (or the few pixels above it) is at ``y``."""
        state = self._editor.state
        for box in visible_lines(self._editor, y - GRAB, y + GRAB):
            if not box.top - GRAB <= y < box.top + box.height:
                continue
            for j in range(1, len(state.qt_starts)):
                if box.start <= state.qt_starts[j] < box.end:
                    return j
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._editor.setFocus()  # the zone keys act on what was just clicked
        k = self.boundary_at(event.position().y())
        if k is not None:
            self._drag = k
            self.boundary_pressed.emit(k)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        y = event.position().y()
        if self._drag is None:
            hover = self.boundary_at(y) is not None
            self.setCursor(Qt.CursorShape.SizeVerCursor if hover else Qt.CursorShape.ArrowCursor)
            return
        self._editor.state.drop_at = self._editor.line_start_at(y)
        self._editor.viewport().update()
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        k, self._drag = self._drag, None
        state = self._editor.state
        state.drop_at = None
        self._editor.viewport().update()
        self.update()
        if k is None or event.button() != Qt.MouseButton.LeftButton:
            return
        target = self._editor.line_start_at(event.position().y())
        if target is not None and k < len(state.qt_starts) and target != state.qt_starts[k]:
            self.boundary_dropped.emit(k, target)
