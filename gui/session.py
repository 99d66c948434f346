"""The review flow for one reviewer: which document is open, its edits and its state.

The session connects the corpus panel (which document), the document view (what it looks
like and which edits the reviewer asks for), the per-document undo stacks and the store.
Each slot does one thing: open a document, push one undo command, or make one store call.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from fasl.gui.commands import EditZones, SetReviewState, UndoStacks, review_key
from fasl.gui.corpus.model import STATE_LABELS, CorpusModel
from fasl.gui.corpus.panel import CorpusPanel
from fasl.gui.timer import TimeTracker
from fasl.store.documents import Document, ReviewState, get_document
from fasl.store.reviews import Review, get_review, progress
from fasl.store.segments import get_segments
from fasl.textlogic.zones import Segment

ErrorFn = Callable[[str, str], None]  # (title, message)


class ReviewSession(QObject):
    """Signals:
        document_opened(doc_id): a document is now shown (also on open of the same id again).
        document_changed(doc_id): its zones or review state were written to the store.
        progress_changed(done, total): this reviewer's done count may have moved.
        message(text): a short status line for the reviewer.
    """

    document_opened = Signal(int)
    document_changed = Signal(int)
    progress_changed = Signal(int, int)
    message = Signal(str)

    def __init__(self, db: Any, reviewer: str, model: CorpusModel, panel: CorpusPanel,
                 view: Any, stacks: UndoStacks, tracker: TimeTracker, show_error: ErrorFn,
                 parent: QObject | None = None, *, pending: Any = None,
                 read_only: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.reviewer = reviewer
        self.model = model
        self.panel = panel
        self.view = view
        self.stacks = stacks
        self.tracker = tracker
        self._show_error = show_error
        # `PendingSaves`: writes the store could not take yet (None: write directly).
        self.pending = pending
        # Why this window may not write (another window has the store), or "".
        self.read_only = read_only
        self.document: Document | None = None
        self._last_marked: int | None = None  # the document of this session's last mark
        self._mark_refused = False
        panel.document_selected.connect(self.open_document)
        view.edit_requested.connect(self.request_edit)
        if pending is not None:
            self.set_store_state(pending, read_only)

    def set_store_state(self, pending: Any, read_only: str) -> None:
        """Write through ``pending`` (`PendingSaves`), or not at all when ``read_only``."""
        self.pending = pending
        self.read_only = read_only
        pending.saved_late.connect(self._on_saved_late)
        self.model.waiting_mark = self.waiting_mark

    @property
    def doc_id(self) -> int | None:
        return None if self.document is None else self.document.id

    # -- opening ------------------------------------------------------------------------

    def open_document(self, doc_id: int) -> None:
        if self.doc_id == doc_id:
            return
        document = get_document(self.db, doc_id)
        segments = self._zones(doc_id)
        try:
            self.view.set_document(doc_id, document.text, segments)
        except ValueError as exc:  # stored zones that do not fit the text: say so, keep going
            self._show_error(f"Cannot show {document.name}", str(exc))
            return
        self.tracker.open(doc_id)
        self.document = document
        self.stacks.activate(doc_id)
        self.document_opened.emit(doc_id)

    def _zones(self, doc_id: int) -> list[Segment]:
        """The zones as the reviewer left them: a waiting (unsaved) edit, else the store's."""
        waiting = None if self.pending is None else self.pending.latest(doc_id)
        return list(waiting) if waiting is not None else get_segments(self.db, doc_id,
                                                                        self.reviewer)

    def reload_document(self) -> None:
        """Show the open document's zones as stored now (another process may have written)."""
        if self.document is None:
            return
        segments = self._zones(self.document.id)
        if segments != self.view.segments():
            self.view.set_segments(segments)

    def _refuse_read_only(self) -> bool:
        if self.read_only:
            self.message.emit(f"Read-only: {self.read_only}")
        return bool(self.read_only)

    def review(self) -> Review | None:
        """The open document's review as the reviewer left it (a waiting mark included)."""
        if self.doc_id is None:
            return None
        stored = get_review(self.db, self.doc_id, self.reviewer)
        waiting = self.waiting_mark(self.doc_id)
        return stored if waiting is None else Review(*waiting, stored.seconds)

    # -- zone edits ---------------------------------------------------------------------

    def request_edit(self, new_segments: list[Segment], action: str,
                     detail: dict[str, Any] | None = None) -> None:
        """The view asks for a new segmentation: push it as one undoable, autosaved edit."""
        if self.document is None or self._refuse_read_only():
            return
        stack = self.stacks.active()
        if stack is None:
            return
        old = self._zones(self.document.id)
        stack.push(EditZones(self.db, self.document.id, self.reviewer, old, list(new_segments),
                             action, detail, self._on_saved, self._on_save_failed,
                             pending=self.pending))

    def _on_saved(self, doc_id: int, segments: list[Segment]) -> None:
        if doc_id == self.doc_id:
            self.view.set_segments(segments)
        self.model.mark_stale([doc_id])
        self.document_changed.emit(doc_id)

    def _on_save_failed(self, exc: Exception) -> None:
        # Called from inside QUndoStack.push/undo: show the dialog after the stack is done.
        text = str(exc) or type(exc).__name__
        QTimer.singleShot(0, lambda: self._show_error("The edit was not saved", text))

    # -- review state -------------------------------------------------------------------

    def progress(self) -> tuple[int, int]:
        return progress(self.db, self.reviewer)

    def _set_state(self, state: ReviewState, note: str | None = None) -> bool:
        """Push the mark as an undoable command on the document's stack.

        False if it was refused (the reviewer is told).  A mark that changes nothing (done
        on a document already done) is not pushed: no undo step, no history row.
        """
        if self.doc_id is None or self._refuse_read_only():
            return False
        stack = self.stacks.active()
        if stack is None:
            return False
        doc_id = self.doc_id
        live = self._live_review(doc_id)
        if live == (state, live[1] if note is None else note):
            return True
        self._mark_refused = False
        stack.push(SetReviewState(self.db, doc_id, self.reviewer, live, (state, note),
                                  self._on_state_saved, self._on_mark_failed,
                                  pending=self.pending))
        if self._mark_refused:
            return False
        self._last_marked = doc_id
        return True

    def _on_mark_failed(self, exc: Exception) -> None:
        # Called from inside QUndoStack.push/undo/redo: tell the reviewer once it is done.
        self._mark_refused = True
        text = str(exc) or type(exc).__name__
        QTimer.singleShot(0, lambda: self._show_error("The review state was not saved", text))

    def take_back_mark(self) -> None:
        """Undo the last mark of this session on its document, going back to it first.

        Done moves on to the next document, whose own undo history Ctrl+Z then walks; this
        is the one key that takes a mistaken done back without hunting for the document.
        """
        doc_id = self._last_marked
        if doc_id is None:
            self.message.emit("No mark to take back.")
            return
        if self.doc_id != doc_id and not self.panel.select_doc(doc_id):
            self.message.emit("The document last marked is not in this list; "
                              "clear the search or filter to reach it.")
            return
        stack = self.stacks.stack(doc_id)
        top = stack.command(stack.index() - 1) if stack is not None and stack.index() else None
        if not isinstance(top, SetReviewState):
            self.message.emit("The last change here is not a mark: Ctrl+Z undoes it.")
            return
        stack.undo()
        self._last_marked = None
        self.message.emit(f"Mark taken back: {STATE_LABELS[top.old[0]]} again.")

    def waiting_mark(self, doc_id: int) -> tuple[ReviewState, str] | None:
        """The state and note of a mark on ``doc_id`` still waiting to be written, if any."""
        if self.pending is None:
            return None
        return self.pending.latest(review_key(doc_id))  # type: ignore[no-any-return]

    def _live_review(self, doc_id: int) -> tuple[ReviewState, str]:
        """State and note as the reviewer left them: a waiting mark, else the store's."""
        waiting = self.waiting_mark(doc_id)
        if waiting is not None:
            return waiting
        review = get_review(self.db, doc_id, self.reviewer)
        return review.state, review.note

    def _on_saved_late(self, _label: str) -> None:
        """A waiting edit or mark reached the store: the list and progress read the store."""
        self.model.mark_stale()
        self.progress_changed.emit(*self.progress())

    def _on_state_saved(self, doc_id: int) -> None:
        self.model.mark_stale([doc_id])
        self.document_changed.emit(doc_id)
        self.progress_changed.emit(*self.progress())

    def mark_done(self) -> None:
        """Mark the open document done and open the next one not done, in list order."""
        if not self._set_state(ReviewState.DONE):
            return
        name = self.document.name if self.document else ""
        row = self.model.row_of(self.doc_id) if self.doc_id is not None else None
        after = row if row is not None else self.panel.current_row()
        following = self.model.find_row(after, lambda s: s.state != ReviewState.DONE)
        if following is None:
            self.message.emit(f"{name} done. Every document in this list is done.")
            return
        self.panel.select_row(following)
        self.message.emit(f"{name} done (Ctrl+Alt+Z takes it back).")

    def flag(self, note: str) -> None:
        if self._set_state(ReviewState.FLAGGED, note):
            self.message.emit("Flagged.")

    def reopen(self) -> None:
        """Back to in progress (a done or a flag taken back by hand, not by undo)."""
        if self._set_state(ReviewState.IN_PROGRESS):
            self.message.emit("Marked in progress.")

    # -- moving -------------------------------------------------------------------------

    def step(self, delta: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        current = self.panel.current_row()
        row = 0 if current < 0 else min(max(current + delta, 0), count - 1)
        self.panel.select_row(row)
