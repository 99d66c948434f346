"""Undoable edits: each one replaces a reviewer's zones, or review state, through one store call.

A zone command holds the document id, the reviewer and the whole old and new segmentation.
``redo`` saves the new list, ``undo`` saves the old one (history action ``undo:<name>``), and
both then call ``on_saved(doc_id, segments)`` so the window can repaint; a command never
touches a widget itself, so commands are tested with a store and no window.  A review mark
(done, flag, in progress) is a command too, so a done pressed by mistake is one Ctrl+Z away.

Undo history is per document: `UndoStacks` keeps one `QUndoStack` per document in a
`QUndoGroup` and makes the open document's stack the active one.  A reviewer who marks a
document done, moves on and comes back can still undo there, while Ctrl+Z never edits a
document that is not on screen (one shared stack would; clearing it on every switch would
throw away work that is still undoable).  Only the stacks of the most recently opened
documents are kept.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from fasl.store.documents import ReviewState
from fasl.store.reviews import set_state
from fasl.store.segments import save_segments
from fasl.textlogic.zones import Segment

SavedFn = Callable[[int, list[Segment]], None]
FailedFn = Callable[[Exception], None]
Store = Any  # the connection `fasl.store.db.open_store` returned; gui/ never names its type

_LABELS = {
    "move_boundary": "move boundary",
    "split": "split zone",
    "merge": "merge zones",
    "relabel": "relabel zone",
}


class EditZones(QUndoCommand):
    """Replace a document's segments for one reviewer; undo puts the old ones back."""

    def __init__(self, db: Store, doc_id: int, reviewer: str, old: Sequence[Segment],
                 new: Sequence[Segment], action: str, detail: dict[str, Any] | None,
                 on_saved: SavedFn, on_failed: FailedFn, pending: Any = None) -> None:
        super().__init__(_LABELS.get(action, action.replace("_", " ")))
        self.db = db
        self.doc_id = doc_id
        self.reviewer = reviewer
        self.old = list(old)
        self.new = list(new)
        self.action = action
        self.detail = dict(detail or {})
        self._on_saved = on_saved
        self._on_failed = on_failed
        # `fasl.gui.pending.PendingSaves`: a store that cannot be written keeps the edit
        # queued and retried (and the command on the stack) instead of dropping it.
        self._pending = pending

    def _save(self, segments: list[Segment], action: str) -> None:
        def write() -> None:
            save_segments(self.db, self.doc_id, self.reviewer, segments, action, self.detail)

        try:
            if self._pending is None:
                write()
            else:
                self._pending.write(write, self.text(), key=self.doc_id, value=segments)
        except Exception as exc:  # a refusal must not escape into Qt's undo machinery
            self.setObsolete(True)
            self._on_failed(exc)
            return
        self._on_saved(self.doc_id, segments)

    def redo(self) -> None:
        self._save(self.new, self.action)

    def undo(self) -> None:
        self._save(self.old, f"undo:{self.action}")


_STATE_LABELS = {
    ReviewState.DONE: "mark done",
    ReviewState.FLAGGED: "flag",
    ReviewState.IN_PROGRESS: "mark in progress",
}


def review_key(doc_id: int) -> tuple[str, int]:
    """The waiting-writes key of a document's review mark (zones use the bare id)."""
    return ("review", doc_id)


class SetReviewState(QUndoCommand):
    """Move a document to a review state (and note); undo puts the old state and note back.

    ``on_saved(doc_id)`` runs after each write so the window can refresh the list and the
    progress; a refused write calls ``on_failed`` and makes the command obsolete, so the
    stack never holds a mark that was not stored.
    """

    def __init__(self, db: Store, doc_id: int, reviewer: str, old: tuple[ReviewState, str],
                 new: tuple[ReviewState, str | None], on_saved: Callable[[int], None],
                 on_failed: FailedFn, pending: Any = None) -> None:
        super().__init__(_STATE_LABELS.get(new[0], str(new[0]).replace("_", " ")))
        self.db = db
        self.doc_id = doc_id
        self.reviewer = reviewer
        self.old = old
        self.new = new
        self._on_saved = on_saved
        self._on_failed = on_failed
        self._pending = pending

    def _save(self, state: ReviewState, note: str | None, action: str) -> None:
        def write() -> None:
            set_state(self.db, self.doc_id, self.reviewer, state, note, action)

        try:
            if self._pending is None:
                write()
            else:  # a store that cannot be written keeps the mark waiting, and retries
                kept = note if note is not None else self.old[1]
                label = self.text() if action == "set_state" else f"undo {self.text()}"
                self._pending.write(write, label, key=review_key(self.doc_id),
                                    value=(state, kept))
        except Exception as exc:  # a refusal must not escape into Qt's undo machinery
            self.setObsolete(True)
            self._on_failed(exc)
            return
        self._on_saved(self.doc_id)

    def redo(self) -> None:
        self._save(self.new[0], self.new[1], "set_state")

    def undo(self) -> None:
        self._save(self.old[0], self.old[1], "undo:set_state")


class UndoStacks(QObject):
    """One undo stack per document, the open one active in a `QUndoGroup`."""

    def __init__(self, keep: int = 20, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group = QUndoGroup(self)
        self._keep = keep
        self._stacks: OrderedDict[int, QUndoStack] = OrderedDict()

    def activate(self, doc_id: int) -> QUndoStack:
        stack = self._stacks.pop(doc_id, None)
        if stack is None:
            stack = QUndoStack(self.group)
        self._stacks[doc_id] = stack
        stack.setActive(True)
        while len(self._stacks) > self._keep:
            _, oldest = self._stacks.popitem(last=False)
            self.group.removeStack(oldest)
            oldest.deleteLater()
        return stack

    def stack(self, doc_id: int) -> QUndoStack | None:
        return self._stacks.get(doc_id)

    def active(self) -> QUndoStack | None:
        return self.group.activeStack()

    def clear(self) -> None:
        for stack in self._stacks.values():
            self.group.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()
