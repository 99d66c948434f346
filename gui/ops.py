"""The one way the window runs long work: on a thread pool, results back on the GUI thread.

An op is a plain function ``fn(ctx) -> result`` that never touches a widget or the GUI's
store connection (SQLite connections must not cross threads: a worker opens its own with
`open_store(path)`).  It reports progress through ``ctx.progress`` and polls
``ctx.cancelled``; the `Op` object, which lives on the GUI thread, turns those into Qt
signals, so slots connected to it run on the GUI thread and may update widgets.
"""
from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


PROGRESS_INTERVAL_S = 0.05


class OpContext:
    """What the worker function sees: progress reporting and the cancel flag."""

    def __init__(self, op: Op) -> None:
        self._op = op
        self._last = 0.0

    def progress(self, done: int, total: int, where: str = "") -> None:
        """Report progress; calls closer together than 50 ms are dropped (not queued)."""
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S or done >= total:
            self._last = now
            self._op._worker_progressed.emit(done, total, where)

    def cancelled(self) -> bool:
        return self._op._cancel.is_set()


class _Runner(QRunnable):
    def __init__(self, op: Op, fn: Callable[[OpContext], Any]) -> None:
        super().__init__()
        self._op = op
        self._fn = fn

    def run(self) -> None:
        op = self._op
        try:
            result = self._fn(OpContext(op))
        except Exception as exc:  # handed to the GUI thread, which shows it
            exc.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            op._worker_done.emit(False, exc)
        else:
            op._worker_done.emit(True, result)


class Op(QObject):
    """One background job.

    Signals (delivered on the GUI thread, queued from the worker):
        progressed(done, total, where): progress as reported by the function.
        succeeded(result): the function returned.
        failed(exception): the function raised.
        finished(): after either of the above.
    """

    progressed = Signal(object, object, str)  # Python ints: byte counts pass 2**31
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    # Emitted on the worker thread; queued explicitly to this object's (the GUI) thread,
    # because a plain Python callable connected to a signal would run on the emitting thread.
    _worker_progressed = Signal(object, object, str)  # Python ints: byte counts pass 2**31
    _worker_done = Signal(bool, object)

    def __init__(self, fn: Callable[[OpContext], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self._running = False
        queued = Qt.ConnectionType.QueuedConnection
        self._worker_progressed.connect(self._on_worker_progressed, queued)
        self._worker_done.connect(self._on_worker_done, queued)

    @Slot(object, object, str)
    def _on_worker_progressed(self, done: int, total: int, where: str) -> None:
        if self._running:
            self.progressed.emit(done, total, where)

    @Slot(bool, object)
    def _on_worker_done(self, ok: bool, value: object) -> None:
        self._running = False
        (self.succeeded if ok else self.failed).emit(value)
        self.finished.emit()

    def start(self, pool: QThreadPool) -> Op:
        self._running = True
        pool.start(_Runner(self, self._fn))
        return self

    def cancel(self) -> None:
        """Ask the function to stop at its next check; it still finishes normally."""
        self._cancel.set()

    @property
    def is_running(self) -> bool:
        return self._running


def run_in_background(pool: QThreadPool, fn: Callable[[OpContext], Any], *,
                      on_success: Callable[[Any], None] | None = None,
                      on_error: Callable[[Exception], None] | None = None,
                      on_progress: Callable[[int, int, str], None] | None = None,
                      parent: QObject | None = None) -> Op:
    """Start ``fn`` on ``pool`` and connect the callbacks (called on the GUI thread)."""
    op = Op(fn, parent)
    if on_success is not None:
        op.succeeded.connect(on_success)
    if on_error is not None:
        op.failed.connect(on_error)
    if on_progress is not None:
        op.progressed.connect(on_progress)
    return op.start(pool)
