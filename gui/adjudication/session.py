"""The adjudication flow for one document and two reviewers: what differs, what gold is.

The session reads both annotations and the gold one from the store, turns each choice or
zone edit into one `EditGold` on the document's undo stack, and re-reads gold after every
save, so the panes, the undo history and the store cannot disagree.  Until the first edit
there is no gold in the store; the result pane shows what gold would start as (A's
annotation, or A's zones with the agreed entities), and the first edit writes it.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from fasl.gui.adjudication.commands import EditGold
from fasl.gui.commands import UndoStacks
from fasl.store.adjudication import (
    GOLD_REVIEWER,
    Annotations,
    GoldState,
    StartFrom,
    annotations,
    get_gold,
    initial_gold,
)
from fasl.store.documents import ReviewState
from fasl.store.reviews import get_review, set_state
from fasl.textlogic.diff_annotations import CrossingError, Difference, Side, Status, status, take
from fasl.textlogic.zones import Segment

ErrorFn = Callable[[str, str], None]  # (title, message)


class AdjudicationSession(QObject):
    """Signals:
        opened(): a document (or another pair of reviewers) is now being adjudicated.
        gold_changed(): gold was written (an edit, an undo or a redo) and re-read.
        message(text): a short line for the adjudicator (a refusal, what happened).
    """

    opened = Signal()
    gold_changed = Signal()
    message = Signal(str)

    def __init__(self, db: Any, adjudicator: str, stacks: UndoStacks, show_error: ErrorFn,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.adjudicator = adjudicator
        self.stacks = stacks
        self._show_error = show_error
        self.doc_id: int | None = None
        self.a = ""
        self.b = ""
        self.info: Annotations | None = None
        self.gold: GoldState | None = None
        self.start_from = StartFrom.A
        self._initial: GoldState | None = None

    # -- opening ------------------------------------------------------------------------

    def open(self, doc_id: int, a: str, b: str) -> None:
        self.doc_id, self.a, self.b = doc_id, a, b
        self.info = annotations(self.db, doc_id, a, b)
        self.gold = get_gold(self.db, doc_id)
        self._initial = None
        self.stacks.activate(doc_id)
        self.opened.emit()

    def reload(self) -> bool:
        """Re-read both reviewers' work (they may have edited it meanwhile in the review
        window); reopen and True when it changed, so the differences are never stale."""
        if self.doc_id is None or self.info is None:
            return False
        if annotations(self.db, self.doc_id, self.a, self.b) == self.info:
            return False
        self.open(self.doc_id, self.a, self.b)
        return True

    def close_document(self) -> None:
        self.doc_id, self.info, self.gold, self._initial = None, None, None, None
        self.opened.emit()

    def set_start_from(self, start: StartFrom) -> None:
        """What a gold not yet written starts as; no effect once gold exists."""
        self.start_from = start
        self._initial = None
        if self.gold is None and self.info is not None:
            self.gold_changed.emit()

    # -- reading ------------------------------------------------------------------------

    @property
    def differences(self) -> list[Difference]:
        return [] if self.info is None else self.info.differences

    def base(self) -> GoldState:
        """Gold as stored, or what it starts as when not written yet."""
        if self.gold is not None:
            return self.gold
        if self._initial is None:
            assert self.doc_id is not None
            self._initial = initial_gold(self.db, self.doc_id, self.a, self.b, self.start_from)
        return self._initial

    def statuses(self) -> list[Status]:
        zones = None if self.gold is None else self.gold.segments
        spans = () if self.gold is None else self.gold.spans
        return [status(d, zones, spans) for d in self.differences]

    def gold_state(self) -> ReviewState | None:
        if self.doc_id is None or self.gold is None:
            return None
        return get_review(self.db, self.doc_id, GOLD_REVIEWER).state

    # -- edits --------------------------------------------------------------------------

    def take(self, index: int, side: Side) -> bool:
        """Gold follows ``side`` in difference ``index``; False when refused or a no-op."""
        if self.info is None or not 0 <= index < len(self.differences):
            return False
        diff = self.differences[index]
        base = self.base()
        try:
            zones, spans = take(base.segments, base.spans, diff, side, self.info.zones_a,
                                self.info.zones_b)
        except CrossingError as exc:
            self.message.emit(f"Not taken: {exc}")
            return False
        detail = {"difference": index + 1, "kind": str(diff.kind), "start": diff.start,
                  "end": diff.end, "reviewer": self.a if side is Side.A else self.b}
        return self._push(GoldState(tuple(zones), tuple(spans)), f"take_{side}", detail)

    def take_all(self, side: Side) -> bool:
        """Gold follows ``side`` in every difference, as one undo step."""
        if self.info is None:
            return False
        base = self.base()
        zones, spans = list(base.segments), list(base.spans)
        pending = list(self.differences)
        while pending:  # a span may cross one whose own difference comes later
            left = []
            for diff in pending:
                try:
                    zones, spans = take(zones, spans, diff, side, self.info.zones_a,
                                        self.info.zones_b)
                except CrossingError:
                    left.append(diff)
            if len(left) == len(pending):
                self.message.emit(f"{len(left)} difference(s) not taken: their entities "
                                  "would cross gold's; decide them one by one")
                break
            pending = left
        detail = {"reviewer": self.a if side is Side.A else self.b}
        return self._push(GoldState(tuple(zones), tuple(spans)), f"take_all_{side}", detail)

    def edit_zones(self, segments: list[Segment], action: str,
                   detail: dict[str, Any] | None = None) -> bool:
        """A zone key on the result pane: gold's zones become ``segments``."""
        if self.info is None:
            return False
        after = GoldState(tuple(segments), self.base().spans)
        return self._push(after, action, dict(detail or {}))

    def _push(self, after: GoldState, action: str, detail: dict[str, Any]) -> bool:
        stack = self.stacks.active()
        if self.doc_id is None or stack is None:
            return False
        if self.gold is not None and after == self.gold:
            self.message.emit("Gold already has that here.")
            return False
        if self.gold is None:
            detail = detail | {"started_from": str(self.start_from)}
        stack.push(EditGold(self.db, self.doc_id, self.adjudicator, self.gold, after, action,
                            detail, self._on_saved, self._on_failed))
        return True

    def mark_done(self) -> bool:
        """Gold of this document is finished (written first if still untouched)."""
        if self.doc_id is None or self.info is None:
            return False
        if self.gold is None:
            self._push(self.base(), "start_gold", {})
            if self.gold is None:
                return False
        try:
            set_state(self.db, self.doc_id, GOLD_REVIEWER, ReviewState.DONE)
        except Exception as exc:  # store busy or gone: say so, keep the window
            self._show_error("The gold state was not saved", str(exc))
            return False
        return True

    def _on_saved(self, doc_id: int) -> None:
        if doc_id == self.doc_id:
            self.gold = get_gold(self.db, doc_id)
            self._initial = None
            self.gold_changed.emit()

    def _on_failed(self, exc: Exception) -> None:
        # Called inside QUndoStack.push/undo: show the dialog once the stack is done.
        text = str(exc) or type(exc).__name__
        QTimer.singleShot(0, lambda: self._show_error("The gold edit was not saved", text))
