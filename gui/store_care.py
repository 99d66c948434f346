"""The review window's side of sharing a store: read-only mode, refresh, unsaved edits.

Kept out of `MainWindow` so that the window only creates it: `StoreCare` puts the banner
above the document, adds View > Refresh (F5), watches the store for other processes'
commits (`PRAGMA data_version` changes exactly when another connection has committed,
so polling it every two seconds costs nothing and never reacts to our own writes),
gives the session its queue of waiting edits, and keeps the window open while edits
still wait to be saved.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fasl.gui.banner import StoreBanner
from fasl.gui.pending import PendingSaves
from fasl.store.db import data_version, set_busy_timeout
from fasl.store.history import actions_since, is_entity_action, last_history_id

WATCH_INTERVAL_MS = 2000
# An edit waits this long for another process's write (an import batch takes well under a
# second) before it is queued and retried, instead of freezing the window for the store's
# default five seconds.
BUSY_TIMEOUT_MS = 2000
# Actions that write; disabled in a read-only window (the view's zone keys are refused by
# the session, which says why in the status bar).
_WRITING_ACTIONS = ("import_folder_action", "import_files_action", "done_action",
                    "flag_action")


class StoreCare(QObject):
    def __init__(self, window: Any, read_only: str = "") -> None:
        super().__init__(window)
        self.window = window
        self.read_only = read_only
        self.pending = PendingSaves(self)
        set_busy_timeout(window.db, BUSY_TIMEOUT_MS)
        window.session.set_store_state(self.pending, read_only)
        window.entities.set_store_state(self.pending, read_only)  # entity edits: same queue
        self._warned_on_close = False
        self.lock: Any = None  # the window lock (fasl.gui.instance), released on close

        self.banner = StoreBanner()
        self._wrap_central(window)
        self.banner.set_read_only(read_only)
        self._dropped: list[str] = []  # told once, and "All edits saved" is not said after
        self.pending.changed.connect(self._on_pending)
        self.pending.written.connect(self._after_own_write)
        self.pending.dropped.connect(self._on_dropped)
        self.pending.saved_late.connect(
            lambda label: window.statusBar().showMessage(f"Saved now: {label}", 5000))
        self.banner.retry_requested.connect(self.pending.retry)

        self.refresh_action = QAction("&Refresh from the store", window)
        self.refresh_action.setObjectName("refresh")
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(self.refresh)
        window.addAction(self.refresh_action)
        for action in window.menuBar().actions():
            if action.menu() is not None and action.text().replace("&", "") == "View":
                action.menu().addAction(self.refresh_action)

        if read_only:
            window.setWindowTitle(window.windowTitle() + " — read-only")
            for name in _WRITING_ACTIONS:
                if (action := getattr(window, name, None)) is not None:
                    action.setEnabled(False)
            for action in window.actions():
                if action.objectName() in ("mark_in_progress", "take_back_mark"):
                    action.setEnabled(False)

        self._version = self._data_version()
        self._history_id = self._last_history_id()
        self._watch = QTimer(self, interval=WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self._check_for_changes)
        self._watch.start()

    def _wrap_central(self, window: Any) -> None:
        central = window.takeCentralWidget()  # take: setCentralWidget would delete it
        box = QWidget(objectName="central")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(central, 1)
        window.setCentralWidget(box)

    # -- other processes ---------------------------------------------------------------

    def _data_version(self) -> int | None:
        try:
            return data_version(self.window.db)
        except Exception:  # a store that cannot be read now: try again at the next tick
            return None

    def _last_history_id(self) -> int | None:
        try:
            return last_history_id(self.window.db)
        except Exception:  # unreadable now: the next change reloads everything
            return None

    def _after_own_write(self) -> None:
        """This window's own commits are no news to it: move the history mark past them.

        Only while no other connection has committed since the last look (data_version
        unchanged; it never changes for this connection's own commits), so another's
        commit is never skipped.  Without this, the suggester's next commit looked like a
        mix with this window's marks and zone edits, and reloaded every corpus id.
        """
        if self._version is not None and self._data_version() == self._version:
            self._history_id = self._last_history_id()

    def _check_for_changes(self) -> None:
        version = self._data_version()
        if version is not None and version != self._version:
            self._version = version
            self.refresh(corpus=not self._only_entity_work())

    def _only_entity_work(self) -> bool:
        """Whether everything committed since the last look was entity work.

        The entity suggester (another process) stores suggestions for each document the
        reviewer opens; reloading 100,000 corpus ids for each (~200 ms, every two seconds
        while paging) bought nothing, since the corpus list shows no entities.  Commits
        that recorded no history (unknown work) count as not entity work.
        """
        seen = self._history_id
        try:
            if seen is None:
                self._history_id = last_history_id(self.window.db)
                return False
            self._history_id, actions = actions_since(self.window.db, seen)
        except Exception:
            self._history_id = None
            return False
        return bool(actions) and all(map(is_entity_action, actions))

    def refresh(self, *, corpus: bool = True) -> None:
        """Show what is in the store now: new documents, others' marks, changed zones.

        ``corpus=False``: only entities changed; the corpus list and progress stay as
        they are and the status bar says nothing.
        """
        window = self.window
        if self.pending.count:
            self.pending.retry()
        if corpus:
            window.panel.reload()
            window._show_progress(*window.session.progress())
        window.session.reload_document()
        window.entities.reload()
        window._show_document_status()
        window.history.refresh()
        if not corpus:
            return
        if window.session.doc_id is None and window.model.rowCount():
            window.panel.select_row(0)
        count = window.model.rowCount()
        window.statusBar().showMessage(
            f"Refreshed from the store: {count:,} document{'s' if count != 1 else ''} listed",
            4000)

    # -- unsaved edits --------------------------------------------------------------------

    def _on_pending(self, count: int, reason: str) -> None:
        self.banner.set_waiting(count, reason)
        if count:
            self.window.statusBar().showMessage(
                f"Not saved yet ({count} waiting): {reason}; retrying", 8000)
        elif self._dropped:
            self.window.statusBar().showMessage(
                f"Waiting edits saved except {len(self._dropped)} that could not be: "
                f"{self._dropped[-1]}", 15000)
            self._dropped.clear()
        else:
            self.window.statusBar().showMessage("All edits saved.", 4000)

    def _on_dropped(self, reason: str) -> None:
        self._dropped.append(reason)
        self.window.prompts.show_error(self.window, "An edit could not be saved", reason)

    def may_close(self) -> bool:
        """False (after telling the reviewer) the first time edits still wait unsaved."""
        if not self.pending.count or self.pending.retry():
            return True
        if self._warned_on_close:
            return True
        self._warned_on_close = True
        count = self.pending.count
        self.window._show_error(
            "Edits not saved",
            f"{count} edit{'s' if count != 1 else ''} could not be saved: the store cannot "
            f"be written ({self.pending.reason}).\n\nKeep the window open and fasl keeps "
            "retrying (or free disk space / close the program holding the store, then press "
            "Retry now). Closing the window again quits and loses "
            f"{'them' if count != 1 else 'it'}.")
        return False

    def shut_down(self) -> None:
        self._watch.stop()
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None
