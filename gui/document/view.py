"""DocumentView: one article, its zones as bands, and keyboard/mouse zone editing.

The view never changes zones itself.  Each edit computes the new segment list with
`fasl.textlogic.zone_edits` and emits ``edit_requested(segments, action, detail)``; the
owner pushes an undo command that saves to the store and then calls `set_segments`.  So
undo, saving and the view can never disagree, and the view is testable with a lambda as
its owner.  All offsets the view takes or gives are code points; Qt positions stay inside
(through `OffsetMap`, QT-NOTES P4).
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fasl.gui.document.actions import build_actions
from fasl.gui.document.editor import ZoneTextEdit
from fasl.gui.document.legend import ZoneLegend
from fasl.gui.document.palette import ZONE_KEYS
from fasl.gui.fonts import app_font
from fasl.gui.offsets import OffsetMap
from fasl.textlogic import zone_edits
from fasl.textlogic.zone_edits import Unit
from fasl.textlogic.zones import Segment, Zone, check_cover

READING_POINT_SIZE = 14.0
ZOOM_RANGE = (-6, 12)


class DocumentView(QWidget):
    """Shows one document right to left with its zones, and turns keys and drags into edits.

    Signals:
        edit_requested(object, str, dict): new segment list, action name ("move_boundary",
            "split", "merge", "relabel", "set_item"), details (indices, old/new values).
        edit_refused(str): an edit key did nothing (at the edge, no such zone, ...).
        current_boundary_changed(object): the selected boundary index, or None.
    """

    edit_requested = Signal(object, str, dict)
    edit_refused = Signal(str)
    current_boundary_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_view")
        self.editor = ZoneTextEdit(self)
        self.editor.setFont(app_font(READING_POINT_SIZE))
        self.legend = ZoneLegend(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.legend)
        layout.addWidget(self.editor, 1)
        self.setFocusProxy(self.editor)
        self._doc_id: int | None = None
        self._text = ""
        self._map = OffsetMap("")
        self._zoom = 0
        self._item_entry = False
        self._pending: tuple[list[Segment], int | None, int | None] | None = None
        self._actions = build_actions(self)
        self.editor.margin.boundary_pressed.connect(self.select_boundary)
        self.editor.margin.boundary_dropped.connect(self._on_boundary_dropped)
        self.editor.cursorPositionChanged.connect(self._end_item_entry)

    # --- public API --------------------------------------------------------------------

    def set_document(self, doc_id: int, text: str, segments: Sequence[Segment]) -> None:
        """Show a new document; raises CoverageError / TextMismatchError for bad input."""
        check_cover(segments, len(text))
        self._doc_id = doc_id
        self._text = text
        self._map = OffsetMap(text)
        self._pending = None
        self._item_entry = False
        self.editor.state.current = None
        self.editor.set_text(text)
        self._install(segments)
        self._set_current(1 if len(segments) > 1 else None)

    def set_segments(self, segments: Sequence[Segment]) -> None:
        """Replace the zones of the shown document; keeps the scroll position.

        The current boundary stays where it was (clamped), or follows the edit this view
        asked for when ``segments`` is that edit's result.
        """
        check_cover(segments, len(self._text))
        pending, self._pending = self._pending, None
        self._install(segments)
        if pending is not None and pending[0] == list(segments):
            _, boundary, cursor_cp = pending
            self._set_current(boundary)
            if cursor_cp is not None:
                self._place_cursor(cursor_cp)
        else:
            self._set_current(self.editor.state.current)

    def segments(self) -> list[Segment]:
        return list(self.editor.state.segments)

    def document_id(self) -> int | None:
        return self._doc_id

    def text(self) -> str:
        return self._text

    def offsets(self) -> OffsetMap:
        """The shown text's code point <-> Qt position map (built once per document)."""
        return self._map

    def actions(self) -> list[QAction]:  # type: ignore[override]
        """The view's commands with their shortcuts, for menus and the shortcut sheet."""
        return list(self._actions)

    def current_boundary(self) -> int | None:
        return self.editor.state.current

    def select_boundary(self, index: int) -> None:
        """Make boundary ``index`` current and put the text cursor on it."""
        if not 0 < index < len(self.editor.state.segments):
            return
        self._set_current(index)
        self._place_cursor(self.editor.state.segments[index].start)

    def select_relative(self, step: int) -> None:
        current = self.editor.state.current
        count = len(self.editor.state.segments)
        if count < 2:
            self.edit_refused.emit("select_boundary")
            return
        target = 1 if current is None else min(max(current + step, 1), count - 1)
        self.select_boundary(target)

    def cursor_position(self) -> int:
        """The text cursor, in code points."""
        return self._map.from_qt_floor(self.editor.textCursor().position())

    def set_cursor_position(self, cp: int) -> None:
        self._place_cursor(cp)

    def current_zone(self) -> int:
        """Index of the segment containing the text cursor (-1 without a document)."""
        return zone_edits.segment_at(self.editor.state.segments, self.cursor_position())

    def selection_range(self) -> tuple[int, int] | None:
        """The selected text as a code-point range ``(start, end)``, or None."""
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            return None
        return (self._map.from_qt_floor(cursor.selectionStart()),
                self._map.from_qt_floor(cursor.selectionEnd()))

    def zoom_in(self) -> None:
        self._zoom_by(1)

    def zoom_out(self) -> None:
        self._zoom_by(-1)

    def reset_zoom(self) -> None:
        self._zoom_by(-self._zoom)

    def zoom_level(self) -> int:
        return self._zoom

    # --- edits (each emits, never applies) ---------------------------------------------

    def step_current(self, unit: Unit, direction: int) -> None:
        k = self.editor.state.current
        if k is None:
            self.edit_refused.emit("move_boundary")
            return
        new = zone_edits.step_boundary(self._segs, k, self._text, unit, direction)
        self._request(new, "move_boundary", {"boundary": k, "unit": unit,
                                             "direction": direction}, k, k)

    def move_current_to_cursor(self) -> None:
        k = self.editor.state.current
        if k is None:
            self.edit_refused.emit("move_boundary")
            return
        self.move_boundary_to(k, self.cursor_position())

    def move_boundary_to(self, index: int, cp: int) -> None:
        new = zone_edits.move_boundary(self._segs, index, cp, self._text)
        self._request(new, "move_boundary", {"boundary": index, "to": cp}, index, index)

    def split_at_cursor(self) -> None:
        pos = self.cursor_position()
        new = zone_edits.split_at(self._segs, pos, text=self._text)
        k = zone_edits.segment_at(self._segs, pos) + 1
        self._request(new, "split", {"segment": k - 1, "pos": pos}, k, k)

    def merge_current_with_next(self) -> None:
        k = self.current_zone()
        new = zone_edits.merge_with_next(self._segs, k)
        current = self.editor.state.current
        keep = None if len(new) < 2 or current is None else min(current, len(new) - 1)
        self._request(new, "merge", {"segment": k}, keep, None)

    def relabel_current(self, zone: Zone) -> None:
        k = self.current_zone()
        if k < 0:
            self.edit_refused.emit("relabel")
            return
        new = zone_edits.relabel(self._segs, k, zone)
        detail = {"segment": k, "from": str(self._segs[k].label), "to": str(zone)}
        self._request(new, "relabel", detail, self._clamped_current(new), None)

    def change_item(self, delta: int) -> None:
        k = self.current_zone()
        seg = self._segs[k] if k >= 0 else None
        if seg is None or seg.item is None:
            self.edit_refused.emit("set_item")
            return
        self.set_item_of(k, max(1, seg.item + delta))

    def set_item_of(self, index: int, item: int) -> None:
        old = self._segs[index].item if 0 <= index < len(self._segs) else None
        new = zone_edits.set_item(self._segs, index, item)
        self._request(new, "set_item", {"segment": index, "from": old, "to": item},
                      self._clamped_current(new), None)

    def begin_item_entry(self) -> None:
        k = self.current_zone()
        if k < 0 or self._segs[k].item is None:
            self.edit_refused.emit("set_item")
            return
        self._item_entry = True
        self.legend.show_prompt("related-item number: press 1–8")

    def digit_pressed(self, digit: int) -> None:
        """Digits relabel (SCHEME order), or set the item number right after "I"."""
        if self._item_entry:
            self._end_item_entry()
            self.set_item_of(self.current_zone(), digit)
        elif 1 <= digit <= len(ZONE_KEYS):
            self.relabel_current(ZONE_KEYS[digit - 1])

    # --- internals ---------------------------------------------------------------------

    @property
    def _segs(self) -> list[Segment]:
        return self.editor.state.segments

    def _install(self, segments: Sequence[Segment]) -> None:
        state = self.editor.state
        state.segments = list(segments)
        state.qt_starts = [self._map.to_qt(s.start) for s in segments]
        self.editor.viewport().update()
        self.editor.margin.update()

    def _set_current(self, index: int | None) -> None:
        count = len(self.editor.state.segments)
        if index is not None:
            index = min(max(index, 1), count - 1) if count > 1 else None
        changed = index != self.editor.state.current
        self.editor.state.current = index
        self.legend.show_boundary(index, self.editor.state.segments)
        self.editor.viewport().update()
        self.editor.margin.update()
        if changed:
            self.current_boundary_changed.emit(index)

    def _clamped_current(self, new: Sequence[Segment]) -> int | None:
        current = self.editor.state.current
        return None if current is None or len(new) < 2 else min(current, len(new) - 1)

    def _place_cursor(self, cp: int) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(self._map.to_qt(min(max(cp, 0), len(self._text))))
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def _request(self, new: Sequence[Segment], action: str, detail: dict,
                 boundary: int | None, cursor_boundary: int | None) -> None:
        self._end_item_entry()
        if new is self._segs or list(new) == self._segs:
            self.edit_refused.emit(action)
            return
        new = list(new)
        cursor_cp = (new[cursor_boundary].start
                     if cursor_boundary is not None and cursor_boundary < len(new) else None)
        self._pending = (new, boundary, cursor_cp)
        self.edit_requested.emit(new, action, detail)

    def _end_item_entry(self) -> None:
        if self._item_entry:
            self._item_entry = False
            self.legend.show_boundary(self.editor.state.current, self.editor.state.segments)

    def _on_boundary_dropped(self, index: int, qt_pos: int) -> None:
        self.move_boundary_to(index, self._map.from_qt_floor(qt_pos))

    def _zoom_by(self, steps: int) -> None:
        lo, hi = ZOOM_RANGE
        steps = min(max(self._zoom + steps, lo), hi) - self._zoom
        if steps:
            self.editor.zoomIn(steps)
            self._zoom += steps
