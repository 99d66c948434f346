"""The one undoable adjudication edit: replace the gold annotation of a document.

Taking a side, a zone key on the result pane, "take all": each computes the whole gold
state after the edit (pure logic in `fasl.textlogic.diff_annotations`) and pushes an
`EditGold` holding the states before and after.  ``redo`` writes the after state and
``undo`` the before state, each with one `write_gold` call (one transaction, one history
row).  A ``None`` before state means gold did not exist: undoing the first edit removes it
again, so an adjudication started by mistake leaves nothing behind.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from fasl.store.adjudication import GoldState, write_gold

SavedFn = Callable[[int], None]
FailedFn = Callable[[Exception], None]
Store = Any  # the connection `open_store` returned; gui/ never names its type

_LABELS = {
    "take_a": "take A's annotation",
    "take_b": "take B's annotation",
    "take_all_a": "take A's annotation everywhere",
    "take_all_b": "take B's annotation everywhere",
}


class EditGold(QUndoCommand):
    """Set a document's gold annotation; undo puts back the one before (or none)."""

    def __init__(self, db: Store, doc_id: int, adjudicator: str, before: GoldState | None,
                 after: GoldState, action: str, detail: dict[str, Any] | None,
                 on_saved: SavedFn, on_failed: FailedFn) -> None:
        super().__init__(_LABELS.get(action, f"gold: {action.replace('_', ' ')}"))
        self.db = db
        self.doc_id = doc_id
        self.adjudicator = adjudicator
        self.before = before
        self.after = after
        self.action = action
        self.detail = dict(detail or {})
        self._on_saved = on_saved
        self._on_failed = on_failed

    def _write(self, state: GoldState | None, action: str) -> None:
        try:
            write_gold(self.db, self.doc_id, state, action, self.adjudicator, self.detail)
        except Exception as exc:  # a store error must not escape into Qt's undo machinery
            self.setObsolete(True)
            self._on_failed(exc)
            return
        self._on_saved(self.doc_id)

    def redo(self) -> None:
        self._write(self.after, self.action)

    def undo(self) -> None:
        self._write(self.before, f"undo:{self.action}")
