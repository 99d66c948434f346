"""Entity tagging for the open document: keys and clicks in, undo commands out.

The controller owns the entity parts of the window (highlighter, frame, legend, list dock,
suggestion worker) and connects them to the document view without the view knowing about
entities.  Like the zone view, it never writes to the store directly: every edit is a
command on the document's undo stack (`fasl.gui.entities.commands`), and the widgets are
refreshed from the store when the command reports back, so the screen, the undo history
and the store cannot disagree.

On a store that cannot be written now, an edit waits in the window's queue with the zone
edits (`set_store_state`); the widgets then show the stored entities with the waiting
edits laid over them (`fasl.gui.entities.waiting`).  In a read-only window (another window
has the store) every entity key that would write is refused with a status line, and no
suggestion is asked for: the worker process would write them.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRectF, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QPainter, QUndoCommand

from fasl.gui.commands import UndoStacks
from fasl.gui.entities import commands as cmd
from fasl.gui.entities.actions import build_actions
from fasl.gui.keytable import make_action
from fasl.gui.entities.dock import EntityDock
from fasl.gui.entities.highlighter import EntityHighlighter
from fasl.gui.entities.layer import EntityLayer
from fasl.gui.entities.legend import EntityLegend
from fasl.gui.entities.model import EntityListModel
from fasl.gui.entities.outline import paint_frame
from fasl.gui.entities.suggester import Suggester
from fasl.gui.entities.typeset import SHIPPED, resolve
from fasl.gui.entities.waiting import apply_waiting, waiting_key
from fasl.gui.offsets import OffsetMap
from fasl.store.db import is_write_failure
from fasl.store.entities import (
    Entity,
    EntityState,
    crosses,
    get_entities,
)
from fasl.store.errors import StoreError
from fasl.store.settings import (
    DEFAULT_TYPE_SET,
    entity_type_set,
    entity_type_set_copy,
    set_entity_type_set,
)
from fasl.textlogic.snap import narrow, snap_span, widen
from fasl.textlogic.suggest import SOURCES
from fasl.textlogic.typesets import TypeSet, TypeSetError

ErrorFn = Callable[[str, str], None]
SOURCE_KEY = "entities/source/{}"
RESUGGEST_MS = 400  # after a tag, look for the new string elsewhere once typing pauses
SUGGEST_DELAY_MS = 150  # after opening: paging quickly through documents starts no work
# The worker could not store suggestions (store locked or full): ask again after this long,
# doubling up to the maximum (a lock held for minutes is not polled every second).
SUGGEST_RETRY_MS = 2000
SUGGEST_RETRY_MAX_MS = 30000


def _quote(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return "«" + (flat if len(flat) <= limit else flat[: limit - 1] + "…") + "»"


class EntityController(QObject):
    """Signals:
        message(str): a short status-bar line (refusals, counts).
        changed(int): the document's entities were written to the store.
        keys_changed(): the type keys changed (another type set); rebuild the shortcut sheet.
    """

    message = Signal(str)
    changed = Signal(int)
    keys_changed = Signal()

    def __init__(self, db: Any, store_path: Path, reviewer: str, view: Any, stacks: UndoStacks,
                 settings: QSettings, show_error: ErrorFn,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.reviewer = reviewer
        self.view = view
        self.stacks = stacks
        self.settings = settings
        self._show_error = show_error
        self.edits = cmd.EditContext(db, reviewer, self._done, self._failed)
        # Why this window may not write (another window has the store), or "".
        self.read_only = ""
        self.layer = EntityLayer()
        self.offsets = OffsetMap("")
        self._moving_cursor = False
        self.typeset_value, self.typeset = self._stored_typeset()

        editor = view.editor
        self.highlighter = EntityHighlighter(editor.document(), self.layer,
                                             lambda: self.typeset, self._layer_is_current)
        editor.overlays.append(self._paint_frame)
        self.legend = EntityLegend(view)
        view.layout().insertWidget(1, self.legend)
        self.legend.set_typeset(self.typeset)
        self.model = EntityListModel(self)
        self.model.set_entities([], self.typeset)
        self.dock = EntityDock(self.model)
        self.suggester = Suggester(store_path, self)
        self._resuggest = QTimer(self, singleShot=True, interval=RESUGGEST_MS)
        self._suggest_soon = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self._suggest_retry = QTimer(self, singleShot=True)
        self._suggest_retry_ms = SUGGEST_RETRY_MS
        self._suggest_deferred = False  # asked for while edits waited: ask once they are saved

        self.actions = build_actions(self, view)
        self.type_actions: list[QAction] = []
        self._build_type_actions()

        editor.cursorPositionChanged.connect(self._on_cursor_moved)
        editor.selectionChanged.connect(self._on_cursor_moved)
        self.dock.entity_activated.connect(self.select_entity)
        self.suggester.arrived.connect(self._on_suggestions)
        self.suggester.failed.connect(self.message)
        self.suggester.store_busy.connect(self._on_suggestions_busy)
        self._resuggest.timeout.connect(self.request_suggestions)
        self._suggest_soon.timeout.connect(self.request_suggestions)
        self._suggest_retry.timeout.connect(self.request_suggestions)

    def set_store_state(self, pending: Any, read_only: str) -> None:
        """Use the window's queue of waiting edits (`PendingSaves`), and say whether the
        window may write at all (``read_only``: why not, or "")."""
        self.edits.pending = pending
        self.read_only = read_only
        pending.changed.connect(self._on_waiting_changed)

    @property
    def pending(self) -> Any:
        return self.edits.pending

    def _refuse_read_only(self) -> bool:
        if self.read_only:
            self.message.emit(f"Read-only: {self.read_only}")
        return bool(self.read_only)

    def _on_waiting_changed(self, count: int, _reason: str) -> None:
        """A waiting edit was queued, saved or dropped: show the entities as they will be."""
        doc_id = self.layer.doc_id
        if doc_id is not None and self._layer_is_current():
            self._reload(doc_id, self.layer.selected)
            self.changed.emit(doc_id)
        if count == 0 and self._suggest_deferred:
            self._suggest_deferred = False
            self.request_suggestions()

    # -- documents ---------------------------------------------------------------------------

    def open_document(self, doc_id: int) -> None:
        """Show ``doc_id``'s entities (the view already shows its text); start suggesting."""
        self.offsets = self.view.offsets()
        self.layer.selected = None
        self._reload(doc_id, None)
        self.suggester.supersede()  # the previous document's answer is no longer wanted
        self._suggest_soon.start()

    def _layer_is_current(self) -> bool:
        return (self.layer.doc_id is not None and self.layer.doc_id == self.view.document_id()
                and len(self.layer.text) == len(self.view.text()))

    def _reload(self, doc_id: int, select: int | None, scroll: bool = False) -> None:
        """Read the document's live entities from the store and repaint what changed."""
        before = {(s.qt_start, s.qt_end, s.entity.type, s.entity.state, s.depth)
                  for s in self.layer.shown}
        old_frame = self._frame_span()
        was_current = self._layer_is_current()
        ids = self.edits.ids
        self.layer.selected = ids.resolve(self.layer.selected)  # a waiting tag was stored
        select = ids.resolve(select)
        self.layer.set(doc_id, self.view.text(), self._live(doc_id), self.offsets)
        after = {(s.qt_start, s.qt_end, s.entity.type, s.entity.state, s.depth)
                 for s in self.layer.shown}
        changed = after if not was_current else before ^ after
        self.highlighter.refresh_spans([(a, b) for a, b, *_ in changed])
        self.model.set_entities(self.layer.entities(), self.typeset)
        if select is not None and self.layer.get(select) is not None:
            self.select_entity(select, scroll=scroll)
        else:
            self._set_selected(self.layer.selected, old_frame)

    def reload(self) -> None:
        """Show the open document's entities as stored now (another process may have
        written: F5, or the window noticed a commit)."""
        doc_id = self.layer.doc_id
        if doc_id is not None and self._layer_is_current():
            self._reload(doc_id, self.layer.selected)

    def _live(self, doc_id: int) -> list[Entity]:
        """The document's live entities as the reviewer left them: the store's, with the
        edits still waiting to be written applied in order."""
        stored = get_entities(self.db, doc_id, self.reviewer)
        if self.pending is None:
            return stored
        return apply_waiting(stored, self.pending.waiting(waiting_key(doc_id)))

    # -- selection -------------------------------------------------------------------------

    def selected(self) -> Entity | None:
        shown = self.layer.get(self.layer.selected)
        return shown.entity if shown else None

    def select_entity(self, entity_id: int, scroll: bool = True) -> None:
        """Select an entity, put the text cursor at its start and bring it into view."""
        shown = self.layer.get(entity_id)
        if shown is None:
            return
        old = self._frame_span()
        editor = self.view.editor
        cursor = editor.textCursor()
        cursor.setPosition(shown.qt_start)
        self._moving_cursor = True
        try:
            editor.setTextCursor(cursor)
        finally:
            self._moving_cursor = False
        if scroll:
            editor.ensureCursorVisible()
        self._set_selected(entity_id, old)

    def deselect(self) -> None:
        self._set_selected(None, self._frame_span())

    def select_step(self, delta: int, pending_only: bool) -> None:
        target = self.layer.step(self.layer.selected, delta, pending_only,
                                 self.view.cursor_position())
        if target is None:
            self.message.emit("No suggestions left in this document." if pending_only
                              else "No entities in this document.")
            return
        self.select_entity(target.id)

    def _set_selected(self, entity_id: int | None, old_frame: tuple[int, int] | None) -> None:
        self.layer.selected = entity_id
        self.dock.show_selected(entity_id)
        if old_frame != self._frame_span():
            self.view.editor.viewport().update()
        self._show_status()

    def _on_cursor_moved(self) -> None:
        if self._moving_cursor or not self._layer_is_current():
            return
        cursor = self.view.editor.textCursor()
        if cursor.hasSelection():
            if self.layer.selected is not None:
                self._set_selected(None, self._frame_span())
            else:
                self._show_status()
            return
        hit = self.layer.innermost_at(self.offsets.from_qt_floor(cursor.position()))
        new = hit.id if hit else None
        if new != self.layer.selected:
            self._set_selected(new, self._frame_span())

    def _frame_span(self) -> tuple[int, int] | None:
        shown = self.layer.get(self.layer.selected)
        return (shown.qt_start, shown.qt_end) if shown else None

    def _paint_frame(self, painter: QPainter, clip: QRectF) -> None:
        span = self._frame_span() if self._layer_is_current() else None
        if span is not None:
            paint_frame(self.view.editor, painter, span[0], span[1], clip)

    def _show_status(self) -> None:
        e = self.selected()
        if e is not None:
            t = self.typeset.get(e.type)
            name = f"{e.type} ({t.name})" if t else e.type
            if e.state is EntityState.PENDING:
                hint = "suggestion — A accept · X reject · a type key changes the type"
            else:
                hint = "type key: change type · Delete: remove · [ ] widen, Ctrl+[ ] narrow"
            self.legend.show_status(f"{name} {_quote(e.surface)} — {hint}")
            return
        span = self._selection_span()
        if span is not None:
            self.legend.show_status(f"selection {_quote(self.layer.text[span[0]:span[1]])} — "
                                    "press a type key to tag it")
        else:
            self.legend.show_status("")

    def _selection_span(self) -> tuple[int, int] | None:
        sel = self.view.selection_range()
        if sel is None or sel[0] == sel[1] or not self._layer_is_current():
            return None
        return snap_span(self.layer.text, sel[0], sel[1])

    # -- edits -------------------------------------------------------------------------------

    def _push(self, command: QUndoCommand) -> None:
        stack = self.stacks.stack(self.layer.doc_id) if self.layer.doc_id is not None else None
        if stack is None:
            stack = self.stacks.active()
        if stack is not None:
            stack.push(command)

    def _done(self, doc_id: int, select: int | None) -> None:
        if doc_id == self.layer.doc_id:
            self._reload(doc_id, select, scroll=True)
        self.changed.emit(doc_id)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, StoreError):  # crossing span, entity gone: the reviewer's doing
            self.message.emit(f"Not saved: {exc}")
            if self.layer.doc_id is not None:
                self._reload(self.layer.doc_id, self.layer.selected)
            return
        text = str(exc) or type(exc).__name__
        QTimer.singleShot(0, lambda: self._show_error("The entity edit was not saved", text))

    def _crossing(self, start: int, end: int, ignore: int | None = None) -> Entity | None:
        return next((e for e in self.layer.entities()
                     if e.id != ignore and crosses((start, end), (e.start, e.end))), None)

    def _refuse_crossing(self, start: int, end: int, other: Entity) -> None:
        self.message.emit(
            f"Not tagged: {_quote(self.layer.text[start:end])} would cross {other.type} "
            f"{_quote(other.surface)} — entities may nest but not cross.")

    def tag(self, type_id: str) -> None:
        """A type key: tag the selection, or give the selected entity this type."""
        doc_id = self.layer.doc_id
        if doc_id is None or not self._layer_is_current() or self._refuse_read_only():
            return
        sel = self.view.selection_range()
        if sel is not None and sel[0] != sel[1]:
            span = self._selection_span()
            if span is None:
                self.message.emit("Nothing to tag: the selection holds no word.")
                return
            start, end = span
            same = self.layer.same_span(start, end)
            if same is not None:
                self._retype(same, type_id)
                return
            other = self._crossing(start, end)
            if other is not None:
                self._refuse_crossing(start, end, other)
                return
            self._push(cmd.AddEntity(self.edits, doc_id, start, end, type_id,
                                     self.layer.text[start:end]))
            if "learned" in self.sources():
                self._resuggest.start()
            return
        selected = self.selected()
        if selected is None:
            self.message.emit("Select some text (or click an entity) first, then press "
                              "a type key.")
            return
        self._retype(selected, type_id)

    def _retype(self, entity: Entity, type_id: str) -> None:
        if entity.type == type_id:
            if entity.state is EntityState.PENDING:
                self._decide([entity], True, entity.id)
            else:
                self.message.emit(f"{_quote(entity.surface)} is already {type_id}.")
                self.select_entity(entity.id, scroll=False)
            return
        self._push(cmd.RetypeEntity(self.edits, entity, type_id))

    def delete_selected(self) -> None:
        if self._refuse_read_only():
            return
        e = self.selected()
        if e is None:
            self.message.emit("Click an entity first, then press Delete.")
            return
        if e.state is EntityState.PENDING:  # deleting would let it be offered again
            self._decide([e], False, self._next_pending(e))
            return
        self._push(cmd.DeleteEntity(self.edits, e))

    def resize_selected(self, grow: bool, unit: str, side: str) -> None:
        if self._refuse_read_only():
            return
        e = self.selected()
        if e is None:
            self.message.emit("Click an entity first, then widen or narrow it.")
            return
        fn = widen if grow else narrow
        start, end = fn(self.layer.text, e.start, e.end, unit, side)  # type: ignore[arg-type]
        if (start, end) == (e.start, e.end):
            self.message.emit(f"{_quote(e.surface)} cannot be "
                              f"{'widened' if grow else 'narrowed'} further on that side.")
            return
        other = self._crossing(start, end, ignore=e.id)
        if other is not None:
            self._refuse_crossing(start, end, other)
            return
        self._push(cmd.ResizeEntity(self.edits, e, start, end, self.layer.text[start:end]))

    def _next_pending(self, after: Entity) -> int | None:
        nxt = self.layer.step(after.id, 1, pending_only=True)
        return None if nxt is None or nxt.id == after.id else nxt.id

    def _decide(self, entities: list[Entity], accept: bool, select: int | None) -> None:
        if self._refuse_read_only():
            return
        pending = [e for e in entities if e.state is EntityState.PENDING]
        if not pending or self.layer.doc_id is None:
            self.message.emit("No suggestions to decide.")
            return
        state = EntityState.ACCEPTED if accept else EntityState.REJECTED
        self._push(cmd.DecideSuggestions(self.edits, self.layer.doc_id, pending, state,
                                         select))
        if len(pending) > 1:
            verb = "Accepted" if accept else "Rejected"
            self.message.emit(f"{verb} {len(pending)} suggestions.")

    def _decide_selected(self, accept: bool) -> None:
        if self._refuse_read_only():
            return
        e = self.selected()
        if e is None or e.state is not EntityState.PENDING:
            self.message.emit("Select a suggestion first (. and , step through them).")
            return
        self._decide([e], accept, self._next_pending(e) or (e.id if accept else None))

    def accept_selected(self) -> None:
        self._decide_selected(True)

    def reject_selected(self) -> None:
        self._decide_selected(False)

    def decide_type(self, accept: bool) -> None:
        if self._refuse_read_only():
            return
        e = self.selected()
        if e is None:
            self.message.emit("Select an entity of the type first.")
            return
        same = [x for x in self.layer.entities() if x.type == e.type]
        self._decide(same, accept, e.id if accept else None)

    def decide_all(self, accept: bool) -> None:
        self._decide(self.layer.entities(), accept, self.layer.selected if accept else None)

    # -- suggestions -----------------------------------------------------------------------

    def sources(self) -> list[str]:
        return [s for s in SOURCES if self.source_enabled(s)]

    def source_enabled(self, source: str) -> bool:
        value = self.settings.value(SOURCE_KEY.format(source), True)
        return value not in (False, "false", "0", 0)

    def set_source_enabled(self, source: str, enabled: bool) -> None:
        self.settings.setValue(SOURCE_KEY.format(source), bool(enabled))
        if enabled:
            self.request_suggestions()

    @property
    def suggesting(self) -> bool:
        """Suggestions for the open document are due or being computed."""
        return (self._suggest_soon.isActive() or self._resuggest.isActive()
                or self._suggest_retry.isActive() or self.suggester.busy)

    def request_suggestions(self) -> None:
        """Ask the worker for the open document's suggestions.

        Not in a read-only window (the worker writes them to the store), and not while
        edits wait to be saved: the store cannot be written now, and a suggestion stored
        before a waiting tag could cross it and get the tag refused; they are asked for
        once the queue is empty.
        """
        self._suggest_retry.stop()
        doc_id = self.layer.doc_id
        if self.read_only or doc_id is None or not self._layer_is_current():
            return
        if self.pending is not None and self.pending.count and self.sources():
            self._suggest_deferred = True
            self.suggester.supersede()
            return
        self.suggester.request(doc_id, self.reviewer, self.layer.text, self.sources(),
                               self.typeset)

    def _on_suggestions_busy(self, doc_id: int, added: int, reason: str) -> None:
        """The worker could not store (all of) them: the store is locked or full.  Show what
        it stored, say so once, and ask again later (only spans not stored yet are added)."""
        if doc_id != self.layer.doc_id:
            return
        self._show_new_suggestions(doc_id, added)
        if self._suggest_retry_ms == SUGGEST_RETRY_MS:
            self.message.emit(f"Suggestions wait: the store cannot be written now ({reason}); "
                              "fasl asks again.")
        self._suggest_retry.start(self._suggest_retry_ms)
        self._suggest_retry_ms = min(self._suggest_retry_ms * 2, SUGGEST_RETRY_MAX_MS)

    def _on_suggestions(self, doc_id: int, added: int) -> None:
        """The worker stored ``added`` new suggestions for ``doc_id``: show them."""
        self._suggest_retry_ms = SUGGEST_RETRY_MS  # the store took them: no longer busy
        self._show_new_suggestions(doc_id, added)

    def _show_new_suggestions(self, doc_id: int, added: int) -> None:
        if doc_id != self.layer.doc_id or not self._layer_is_current() or not added:
            return
        self._reload(doc_id, self.layer.selected)
        self.message.emit(f"{added} new suggestion{'s' if added != 1 else ''} "
                          "(. next · A accept · X reject).")
        self.changed.emit(doc_id)

    # -- type sets ---------------------------------------------------------------------------

    def _stored_typeset(self) -> tuple[str, TypeSet]:
        value = entity_type_set(self.db)
        try:
            return value, resolve(value, entity_type_set_copy(self.db))
        except TypeSetError as exc:
            # The text now: Python unbinds ``exc`` when the except block ends, before the
            # timer fires.
            said = f"Using the default type set: {exc}"
            QTimer.singleShot(0, lambda: self.message.emit(said))
            return DEFAULT_TYPE_SET, resolve(DEFAULT_TYPE_SET)

    def set_type_set(self, value: str) -> bool:
        """Switch the project to another type set (``default``, ``anercorp`` or a file)."""
        if self._refuse_read_only():
            return False
        try:
            typeset = resolve(value)
            text = None if value in SHIPPED else Path(value).read_text(encoding="utf-8")
            set_entity_type_set(self.db, value, self.reviewer, text)
        except (TypeSetError, StoreError, OSError) as exc:
            self._show_error("Cannot use this type set", str(exc))
            return False
        except Exception as exc:
            if not is_write_failure(exc):
                raise
            # A project setting, not an undoable edit: not queued; the reviewer tries again.
            self._show_error("Cannot use this type set",
                             f"The store cannot be written now ({exc}); nothing was changed. "
                             "Try again once the other program has finished with it.")
            return False
        self.typeset_value, self.typeset = value, typeset
        self.legend.set_typeset(typeset)
        self._build_type_actions()
        self.model.set_entities(self.layer.entities(), typeset)
        self.highlighter.rehighlight()
        self.message.emit(f"Entity types: {typeset.name} "
                          f"({', '.join(t.id for t in typeset.types)}).")
        self.request_suggestions()
        return True

    def _build_type_actions(self) -> None:
        for action in self.type_actions:
            self.view.removeAction(action)
            action.deleteLater()
        self.type_actions = [
            make_action(self.view, f"entity_tag_{t.id}", f"Tag as {t.id} — {t.name}",
                        (t.key.upper(),), partial(self.tag, t.id))
            for t in self.typeset.types]
        self.keys_changed.emit()

    # -- shutting down -----------------------------------------------------------------------

    def shut_down(self) -> None:
        """Stop suggesting and stop the worker process (the window is closing)."""
        self._resuggest.stop()
        self._suggest_soon.stop()
        self._suggest_retry.stop()
        self.suggester.shut_down()
