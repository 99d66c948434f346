"""Edits the store could not take yet: kept in order, retried, and shown to the reviewer.

A reviewer's edit must survive a store that is briefly or lastingly unwritable: another
process holding the write lock past the busy timeout (``database is locked``), a full
disk, a store file that became read-only, a network share that dropped.  SQLite reports
all of these as `sqlite3.OperationalError` and rolls the edit's transaction back, so the
edit is simply not there yet - it is safe to run it again later.  `PendingSaves` keeps
such writes in a queue, in the order they were made (a later edit never lands before an
earlier one), retries them on a timer with a growing pause, and says so through
``changed(count, reason)`` so the window can show a banner.

A refusal (zones that do not tile the text, a crossing entity) is not a store failure: it
is raised to the caller at once and never queued - retrying would refuse it again.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from fasl.store.db import is_write_failure

FIRST_RETRY_MS = 1000
MAX_RETRY_MS = 15000

Write = Callable[[], object]


@dataclass(slots=True)
class _Pending:
    write: Write
    label: str
    key: object = None  # what the write is about (a document id), for `latest`
    value: object = None  # what it will leave there (the zones), for `latest`


class PendingSaves(QObject):
    """Signals:
        changed(count, reason): edits waiting (0 once all are saved) and the last error.
        saved_late(label): a queued edit reached the store.
        written(): any write through this queue reached the store (now or late).
    """

    changed = Signal(int, str)
    saved_late = Signal(str)
    written = Signal()
    dropped = Signal(str)  # a waiting edit the store refused when written: the reason

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[_Pending] = deque()
        self._reason = ""
        self._delay = FIRST_RETRY_MS
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.retry)

    @property
    def count(self) -> int:
        return len(self._queue)

    @property
    def reason(self) -> str:
        return self._reason

    def latest(self, key: object) -> object:
        """The value of the last waiting write about ``key`` (None if nothing waits).

        A document reopened while its edit waits must show that edit, not the store.
        """
        for item in reversed(self._queue):
            if item.key == key:
                return item.value
        return None

    def waiting(self, key: object) -> list[object]:
        """The values of every waiting write about ``key``, oldest first.

        Entity edits are not whole replacements like zones: each waiting one changes the
        stored list a little (`fasl.gui.entities.waiting`), so all of them are needed, in
        the order they will be written.
        """
        return [item.value for item in self._queue if item.key == key]

    def write(self, write: Write, label: str, key: object = None, value: object = None) -> bool:
        """Run ``write`` now, or queue it behind earlier waiting edits or on a store failure.

        Returns True if it is in the store now, False if it waits.

        Raises:
            Exception: anything that is not a store failure (a refusal): not queued.
        """
        if self._queue:
            self._queue.append(_Pending(write, label, key, value))
            self.changed.emit(len(self._queue), self._reason)
            return False
        try:
            write()
        except Exception as exc:
            if not is_write_failure(exc):
                raise
            self._queue.append(_Pending(write, label, key, value))
            self._fail(exc)
            return False
        self.written.emit()
        return True

    def _fail(self, exc: BaseException) -> None:
        self._reason = str(exc) or type(exc).__name__
        self.changed.emit(len(self._queue), self._reason)
        self._timer.start(self._delay)
        self._delay = min(self._delay * 2, MAX_RETRY_MS)

    def retry(self) -> bool:
        """Write waiting edits in order until one fails; True when none is left."""
        self._timer.stop()
        while self._queue:
            head = self._queue[0]
            try:
                head.write()
            except Exception as exc:
                if not is_write_failure(exc):
                    # Refused now though accepted when made (the store changed under it):
                    # drop it rather than block every later edit, and say which.
                    self._queue.popleft()
                    self._reason = f"{head.label} could not be saved and was dropped: {exc}"
                    self.changed.emit(len(self._queue), self._reason)
                    self.dropped.emit(self._reason)
                    continue
                self._fail(exc)
                return False
            self._queue.popleft()
            self.saved_late.emit(head.label)
            self.written.emit()
        self._delay = FIRST_RETRY_MS
        self._reason = ""
        self.changed.emit(0, "")
        return True
