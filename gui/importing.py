"""Import from the window: a worker with its own store connection, progress, cancel, report."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QWidget

from fasl.gui.ops import Op, OpContext, run_in_background


def import_job(store_path: Path, paths: Sequence[Path], ctx: OpContext) -> Any:
    """Runs on a worker thread: its own connection, closed when done (never the GUI's)."""
    from fasl.store.db import open_store
    from fasl.store.importer import import_paths

    db = open_store(store_path)
    try:
        return import_paths(db, list(paths), progress=ctx.progress, cancelled=ctx.cancelled)
    finally:
        db.close()


class ImportProgress(QWidget):
    """Status-bar progress bar with a cancel button, shown only while importing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(objectName="import_progress")
        self.bar.setMaximumWidth(220)
        self.bar.setFormat("Importing %p%")
        self.cancel_button = QToolButton(text="Cancel", objectName="import_cancel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def set_progress(self, done: int, total: int, where: str) -> None:
        # Byte counts can pass a C int; the bar only needs per-mille.
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(1000 * done / total) if total else 0)
        self.bar.setToolTip(where)


class ImportController(QObject):
    """Starts at most one import at a time and reports how it ended.

    Signals:
        finished(report): the import ended (possibly cancelled); the corpus should reload.
        failed(message): the import could not run at all (e.g. the store was locked).
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, store_path: Path, pool: QThreadPool, progress: ImportProgress,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store_path = store_path
        self._pool = pool
        self._progress = progress
        self._op: Op | None = None
        self._shut_down = False
        progress.cancel_button.clicked.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._op is not None and self._op.is_running

    def start(self, paths: Sequence[Path]) -> bool:
        if self.running or not paths or self._shut_down:
            return False
        store_path, paths = self._store_path, list(paths)
        self._progress.set_progress(0, 1, "")
        self._progress.show()
        self._op = run_in_background(
            self._pool, lambda ctx: import_job(store_path, paths, ctx),
            on_success=self._on_success, on_error=self._on_error,
            on_progress=self._progress.set_progress, parent=self)
        self._op.finished.connect(self._progress.hide)
        return True

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()

    def shut_down(self) -> None:
        """Window closing: stop any import, wait for the worker, report nothing more."""
        self._shut_down = True
        self.cancel()
        self._pool.waitForDone()

    def _on_success(self, report: Any) -> None:
        if not self._shut_down:
            self.finished.emit(report)

    def _on_error(self, exc: Exception) -> None:
        if not self._shut_down:
            self.failed.emit(str(exc) or type(exc).__name__)
