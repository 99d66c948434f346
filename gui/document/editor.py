"""The read-only right-to-left text widget with zone bands under the text and a margin.

Right-to-left needs both the widget's layout direction and the document's default
QTextOption (RTL + AlignRight|AlignAbsolute): QPlainTextEdit ignores per-block direction,
left-aligns Arabic with only the former, and lets a line that starts with "CNN" turn
left-to-right (QT-NOTES P3).  Read-only keeps every stored offset valid (P4).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from fasl.gui.document.bands import ZoneState, paint_bands
from fasl.gui.document.margin import ZoneMargin


class TextMismatchError(ValueError):
    """Qt would show a different text than the one stored (a BOM at the start, CR, ...).

    Offsets into the stored text would then point at the wrong characters, so the document
    is refused instead of shown wrongly; the store normalises text on import (QT-NOTES P4).
    """


class ZoneTextEdit(QPlainTextEdit):
    """QPlainTextEdit that paints `state`'s zones and carries a `ZoneMargin` on its right.

    Attributes:
        state: the zones to paint (shared with the margin, owned by the document view).
        margin: the zone margin widget.
        overlays: painters called over the text after each paint (entity frame).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_text")
        self.state = ZoneState()
        #: Painters run after the text is drawn: ``paint(painter, clip_rect)``.
        self.overlays: list[Callable[[QPainter, QRectF], None]] = []
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.margin = ZoneMargin(self)
        self.margin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # absolute geometry
        self._margin_width = self.margin.preferred_width()
        # Viewport margins are not mirrored by the layout direction: "right" is the right.
        self.setViewportMargins(0, 0, self._margin_width, 0)
        self.updateRequest.connect(self._on_update_request)
        self._apply_rtl()

    def _apply_rtl(self) -> None:
        doc = self.document()
        option = doc.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)

    def set_text(self, text: str) -> None:
        """Show ``text`` exactly; raises TextMismatchError if Qt would change it."""
        self.setPlainText(text)
        self._apply_rtl()
        shown = self.document().toRawText().replace("\u2029", "\n")
        if shown != text:
            raise TextMismatchError(
                f"the document shows {len(shown)} characters, the stored text has {len(text)}")
        self._lay_out_first_screen()

    def _lay_out_first_screen(self) -> None:
        """Lay out the blocks the first paint will show, now rather than during that paint.

        QPlainTextEdit lays blocks out lazily and grows the scroll bar's range as each one
        turns out taller than one line; done inside the paint, every growth schedules a
        second repaint of the scroll bar (2-3 ms each with Fusion).  Here the range
        settles before anything is painted; the work is the paint's own, moved earlier.
        """
        height = self.viewport().height()
        block = self.firstVisibleBlock()
        top = 0.0
        while block.isValid() and top <= height:
            top += self.blockBoundingRect(block).height()
            block = block.next()
        if block.isValid():  # the first block below the screen: the paint measures it too
            self.blockBoundingRect(block)

    # --- geometry shared with the margin and the view ----------------------------------

    def line_start_at(self, y: float) -> int | None:
        """Qt position where the visual line under viewport ``y`` begins."""
        if self.document().isEmpty():
            return None
        cursor = self.cursorForPosition(QPoint(self.viewport().width() // 2, int(y)))
        block = cursor.block()
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return block.position()
        line = layout.lineForTextPosition(cursor.positionInBlock())
        if not line.isValid():
            return block.position()
        return block.position() + line.textStart()

    def margin_rect(self) -> QRect:
        vp = self.viewport().geometry()
        return QRect(vp.right() + 1, vp.top(), self._margin_width, vp.height())

    # --- Qt overrides ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self.viewport())
        paint_bands(self, painter, self.state, QRectF(event.rect()))
        painter.end()
        super().paintEvent(event)
        if self.overlays:  # drawn over the text (the selected entity's frame)
            painter = QPainter(self.viewport())
            for paint in self.overlays:
                paint(painter, QRectF(event.rect()))
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.margin.setGeometry(self.margin_rect())

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        # Repaint rather than scroll the margin: its top line names the zone scrolled into.
        if dy:
            self.margin.update()
        else:
            self.margin.update(0, rect.y(), self.margin.width(), rect.height())
