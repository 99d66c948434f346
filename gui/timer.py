"""How long each reviewer spends on each document.

Time counts while a document is open *and* the window is active (a reviewer who switches
to a browser is not reviewing), and is written with `reviews.add_time` when the document
changes, when the window closes and every minute, so a crash loses at most a minute.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from fasl.store.reviews import add_time

FLUSH_INTERVAL_MS = 60_000


class TimeTracker(QObject):
    """Signals:
        flushed(doc_id, seconds): that much time was just written to the store.
    """

    flushed = Signal(int, float)

    def __init__(self, db: Any, reviewer: str, parent: QObject | None = None,
                 flush_interval_ms: int = FLUSH_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._db = db
        self._reviewer = reviewer
        self._doc: int | None = None
        self._active = False
        self._banked = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer(self, interval=flush_interval_ms)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()

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

    def open(self, doc_id: int | None) -> None:
        """Write the time of the previous document and start counting for ``doc_id``."""
        try:
            self.flush()
        except Exception:  # store locked or full: that time is lost, the switch must not be
            self._banked = 0.0
        self._clock.invalidate()
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
        """Write the time counted so far for the open document; keep counting."""
        if self._doc is None:
            return
        self._bank()
        seconds, self._banked = self._banked, 0.0
        self._resume()
        if seconds > 0:
            try:
                add_time(self._db, self._doc, self._reviewer, seconds)
            except Exception:
                self._banked += seconds  # kept for the next attempt
                raise
            self.flushed.emit(self._doc, seconds)

    def _on_tick(self) -> None:
        try:
            self.flush()
        except Exception:  # store busy or gone: the time stays pending, tried next minute
            return

    def close(self) -> None:
        """Write what is pending and stop (window closing)."""
        self.open(None)
        self._timer.stop()
