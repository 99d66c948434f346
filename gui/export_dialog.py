"""The export dialog: choose what to export, run it on a worker, report what was written.

The dialog gathers `ExportOptions`; `run_export` (a plain function, no Qt) opens its own
store connection on the worker thread (SQLite connections never cross threads) and calls
`fasl.store.export.export` with the op's progress and cancel flag.  The store writes every
file under a temporary name and renames it at the end, so a cancel leaves nothing behind.
The dialog runs on its own thread pool and waits for it when closed, so no export outlives
its window.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fasl.gui.ops import Op, OpContext, run_in_background
from fasl.store.db import open_store
from fasl.store.documents import ReviewState
from fasl.store.errors import StoreError
from fasl.store.export import FORMATS, export
from fasl.store.export.select import resolve_reviewer
from fasl.store.reviewers import list_reviewers

GOLD = "gold"
#: How each format's default output is named after the store: a file suffix, or a folder.
_DEFAULT_NAMES = {"jsonl": ".jsonl", "brat": "-brat", "conll": ".conll", "spacy": "-spacy.jsonl",
                  "label-studio": "-label-studio.json", "text": "-text.jsonl"}
_FOLDER_FORMATS = frozenset({"brat"})
_FORMAT_TEXT = {
    "jsonl": "jsonl — fasl's own, one document per line (reads back with fasl import)",
    "brat": "brat — .txt/.ann standoff pairs in a folder",
    "conll": "conll — IOB2 tokens for entities",
    "spacy": "spacy — {text, spans} lines for spaCy / Prodigy",
    "label-studio": "label-studio — tasks JSON with the annotations in place",
    "text": "text — the cleaned corpus: each main story as fields",
}


@dataclass(frozen=True, slots=True)
class ExportOptions:
    format: str
    reviewer: str
    states: tuple[str, ...] | None  # None: every document, whatever its state
    out: Path
    related: bool = False


def run_export(store_path: Path, options: ExportOptions, ctx: OpContext) -> Any:
    """The worker: export on a connection of its own; returns the store's report."""
    db = open_store(store_path)
    try:
        return export(db, options.format, options.out, reviewer=options.reviewer,
                      states=options.states, related=options.related,
                      progress=lambda done, total: ctx.progress(done, total),
                      cancelled=ctx.cancelled)
    finally:
        db.close()


class ExportDialog(QDialog):
    """Options, a progress bar with Cancel, and the report or the error, in one dialog.

    Attributes:
        report: the last finished export's report (None before, or after a failure).
        error: the last failure's message ("" when none).
    """

    def __init__(self, db: Any, store_path: Path, reviewer: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle("Export annotations")
        self.store_path = store_path
        self.pool = QThreadPool(self)
        self.op: Op | None = None
        self.report: Any = None
        self.error = ""
        self._path_edited = False

        self.format_box = QComboBox(objectName="export_format")
        for name in FORMATS:
            self.format_box.addItem(_FORMAT_TEXT.get(name, name), name)
        self.reviewer_box = QComboBox(objectName="export_reviewer", editable=True)
        people = list_reviewers(db)
        self.reviewer_box.addItems(([GOLD] if GOLD not in people else []) + people)
        try:
            default = resolve_reviewer(db, None)
        except StoreError:  # several people and no gold yet: the one at this window
            default = reviewer
        self.reviewer_box.setCurrentText(default)
        self.state_boxes: dict[ReviewState, QCheckBox] = {}
        states = QHBoxLayout()
        for state in ReviewState:
            box = QCheckBox(str(state).replace("_", " "), objectName=f"export_state_{state}")
            box.setChecked(state is ReviewState.DONE)
            self.state_boxes[state] = box
            states.addWidget(box)
        states.addStretch(1)
        self.related_box = QCheckBox("also each related item as its own record",
                                     objectName="export_related")
        self.path_edit = QLineEdit(objectName="export_path")
        browse = QPushButton("Browse…", objectName="export_browse")
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.progress = QProgressBar(objectName="export_progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(objectName="export_status", wordWrap=True)
        self.result_text = QPlainTextEdit(objectName="export_result", readOnly=True)
        self.result_text.setMaximumHeight(110)
        self.result_text.hide()
        self.export_button = QPushButton("Export", objectName="export_start", default=True)
        self.cancel_button = QPushButton("Cancel export", objectName="export_cancel")
        self.cancel_button.setEnabled(False)
        close = QPushButton("Close", objectName="export_close")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.export_button, self.cancel_button, close):
            buttons.addWidget(button)

        form = QFormLayout()
        form.addRow("Format:", self.format_box)
        form.addRow("Reviewer:", self.reviewer_box)
        form.addRow("Review states:", states)
        form.addRow("", self.related_box)
        form.addRow("Write to:", path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.result_text)
        layout.addLayout(buttons)
        self._inputs: list[QWidget] = [self.format_box, self.reviewer_box, self.related_box,
                                       self.path_edit, browse, *self.state_boxes.values()]

        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        self.reviewer_box.currentTextChanged.connect(lambda _t: self._suggest_path())
        self.path_edit.textEdited.connect(self._on_path_edited)
        browse.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        close.clicked.connect(self.close)
        self._on_format_changed()
        self.resize(640, 360)

    # -- options ------------------------------------------------------------------------

    def _on_format_changed(self, _index: int = 0) -> None:
        self.related_box.setEnabled(self.format_box.currentData() == "text")
        self._suggest_path()

    def _on_path_edited(self, _text: str) -> None:
        self._path_edited = True

    def _suggest_path(self) -> None:
        """Next to the store, named after it, the reviewer and the format, until edited."""
        if self._path_edited:
            return
        fmt = self.format_box.currentData()
        stem = f"{self.store_path.stem}-{self.reviewer_box.currentText() or 'export'}"
        self.path_edit.setText(str(self.store_path.with_name(stem + _DEFAULT_NAMES.get(
            fmt, f".{fmt}"))))

    def _browse(self) -> None:
        if self.format_box.currentData() in _FOLDER_FORMATS:
            chosen = QFileDialog.getExistingDirectory(self, "Export into a new folder",
                                                      self.path_edit.text())
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, "Export to", self.path_edit.text())
        if chosen:
            self.path_edit.setText(chosen)
            self._path_edited = True

    def options(self) -> ExportOptions | str:
        """The chosen options, or what is missing, as a sentence."""
        reviewer = self.reviewer_box.currentText().strip()
        states = tuple(str(s) for s, box in self.state_boxes.items() if box.isChecked())
        path = self.path_edit.text().strip()
        if not reviewer:
            return "Choose whose annotations to export."
        if not states:
            return "Tick at least one review state."
        if not path:
            return "Choose where to write the export."
        return ExportOptions(self.format_box.currentData(), reviewer,
                             None if len(states) == len(ReviewState) else states,
                             Path(path).expanduser(),
                             self.related_box.isChecked() and self.related_box.isEnabled())

    # -- running ------------------------------------------------------------------------

    def start(self) -> bool:
        """Start the export with the chosen options; False (with the reason shown) if not."""
        if self.op is not None and self.op.is_running:
            return False
        options = self.options()
        if isinstance(options, str):
            self._show_error(options)
            return False
        self.report, self.error = None, ""
        self.result_text.hide()
        self.progress.setRange(0, 0)  # busy until the first report says how many
        self.status.setStyleSheet("")
        self.status.setText(f"Exporting {options.reviewer}'s documents as {options.format}…")
        self._set_running(True)
        self.op = run_in_background(
            self.pool, lambda ctx: run_export(self.store_path, options, ctx),
            on_success=self._on_finished, on_error=self._on_failed,
            on_progress=self._on_progress, parent=self)
        return True

    def cancel(self) -> None:
        if self.op is not None and self.op.is_running:
            self.op.cancel()
            self.status.setText("Cancelling…")

    def is_running(self) -> bool:
        return self.op is not None and self.op.is_running

    def _set_running(self, running: bool) -> None:
        for widget in self._inputs:
            widget.setEnabled(not running)
        if not running:
            self.related_box.setEnabled(self.format_box.currentData() == "text")
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _on_progress(self, done: int, total: int, _where: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(f"{done:,} of {total:,} documents…")

    def _on_finished(self, report: Any) -> None:
        self._set_running(False)
        self.report = report
        if report.cancelled:
            self.progress.setValue(0)
            self.status.setText("Export cancelled; nothing was written.")
            return
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if report.documents == 0:
            self.status.setText(f"{report.reviewer} has no document in the chosen states: "
                                "the export is empty.")
        else:
            self.status.setText(f"Wrote {report.documents:,} document"
                                f"{'s' * (report.documents != 1)} to {report.files[0]}")
        self.result_text.setPlainText(report.summary() + "\n" +
                                      "\n".join(str(p) for p in report.files))
        self.result_text.show()

    def _on_failed(self, exc: Exception) -> None:
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._show_error(f"Export failed: {exc}" if str(exc) else
                         f"Export failed: {type(exc).__name__}")

    def _show_error(self, text: str) -> None:
        self.error = text
        self.status.setStyleSheet("color: #b00020")
        self.status.setText(text)

    # -- closing ------------------------------------------------------------------------

    def _stop(self) -> None:
        """Cancel a running export and wait for its worker: nothing outlives the dialog."""
        if self.op is not None and self.op.is_running:
            self.op.cancel()
        self.pool.waitForDone()

    def done(self, result: int) -> None:  # Esc, Close
        self._stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._stop()
        super().closeEvent(event)
