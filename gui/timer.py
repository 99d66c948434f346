"""How long each reviewer spends on each document.

Time counts while a document is open *and* the window is active (a reviewer who switches
to a browser is not reviewing).  It is written with `reviews.add_times` every minute, when
the window closes, and a couple of seconds after the document changes: switching documents
only notes the time of the one left in memory, because a write transaction on every switch
would slow the reviewer's Ctrl+Down.  A crash loses at most a minute of the open document
and the last couple of seconds of switches.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from fasl.store.reviews import add_times

FLUSH_INTERVAL_MS = 60_000
SWITCH_WRITE_DELAY_MS = 2_000  # how long the time of documents left waits to be written


class TimeTracker(QObject):
    """Signals:
        flushed(doc_id, seconds): that much time was just written to the store.
    """

    flushed = Signal(int, float)

    def __init__(self, db: Any, reviewer: str, parent: QObject | None = None,
                 flush_interval_ms: int = FLUSH_INTERVAL_MS,
                 switch_write_delay_ms: int = SWITCH_WRITE_DELAY_MS) -> None:
        super().__init__(parent)
        self._db = db
        self._reviewer = reviewer
        self._doc: int | None = None
        self._active = False
        self._banked = 0.0
        self._left: dict[int, float] = {}  # documents switched away from: time not written
        self._clock = QElapsedTimer()
        self._timer = QTimer(self, interval=flush_interval_ms)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()
        self._switch_timer = QTimer(self, singleShot=True, interval=switch_write_delay_ms)
        self._switch_timer.timeout.connect(self._on_tick)

    @property
    def doc_id(self) -> int | None:
        return self._doc

    @property
    def active(self) -> bool:
        return self._active

    def _counting(self) -> bool:
        return self._doc is not None and self._active

    def _bank(self) -> None:
        if self._clock.isValid():
            self._banked += self._clock.elapsed() / 1000.0
            self._clock.invalidate()

    def _resume(self) -> None:
        if self._counting():
            self._clock.start()

    def pending_seconds(self) -> float:
        """Time counted for the open document and not yet written."""
        running = self._clock.elapsed() / 1000.0 if self._clock.isValid() else 0.0
        return self._banked + running

    def unwritten(self) -> dict[int, float]:
        """Every document's time not yet in the store (the open one's included)."""
        out = dict(self._left)
        if self._doc is not None and (pending := self.pending_seconds()) > 0:
            out[self._doc] = out.get(self._doc, 0.0) + pending
        return out

    def open(self, doc_id: int | None) -> None:
        """Start counting for ``doc_id``; the previous document's time is written soon."""
        if doc_id == self._doc:
            return
        self._bank()
        if self._doc is not None and self._banked > 0:
            self._left[self._doc] = self._left.get(self._doc, 0.0) + self._banked
            if not self._switch_timer.isActive():
                self._switch_timer.start()
        self._banked = 0.0
        self._doc = doc_id
        self._resume()

    def set_active(self, active: bool) -> None:
        """The window gained or lost activation: pause or resume counting."""
        if active == self._active:
            return
        self._bank()
        self._active = active
        self._resume()

    def flush(self) -> None:
        """Write every counted second not yet written, in one transaction; keep counting."""
        self._bank()
        batch, self._left = self._left, {}
        if self._doc is not None and self._banked > 0:
            batch[self._doc] = batch.get(self._doc, 0.0) + self._banked
        self._banked = 0.0
        self._resume()
        if not batch:
            return
        try:
            add_times(self._db, self._reviewer, batch)
        except Exception:
            for doc_id, seconds in batch.items():  # kept for the next attempt
                self._left[doc_id] = self._left.get(doc_id, 0.0) + seconds
            raise
        self._switch_timer.stop()
        for doc_id, seconds in batch.items():
            self.flushed.emit(doc_id, seconds)

    def _on_tick(self) -> None:
        try:
            self.flush()
        except Exception:  # store busy or gone: the time stays pending, tried next minute
            return

    def close(self) -> None:
        """Write what is pending and stop (window closing).

        A store that refuses the write now (locked, full) loses that time: the window closes
        anyway."""
        self.open(None)
        self._timer.stop()
        self._switch_timer.stop()
        try:
            self.flush()
        except Exception:
            self._left.clear()
