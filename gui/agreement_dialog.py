"""Team > Agreement…: two reviewers' agreement, and the documents they disagree on most.

The figures are those of `fasl agreement` (`fasl.store.agreement`), computed on a worker
thread with its own read-only store connection, so a large store never freezes the
window; a busy bar with Cancel shows while it runs.  Double-clicking a document emits
`open_document` with its id; the main window opens it (see `show_agreement`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, \
    QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fasl.gui.ops import Op, OpContext, run_in_background

_Index = QModelIndex | QPersistentModelIndex


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def agreement_job(store_path: Path, reviewer_a: str, reviewer_b: str, worked: bool,
                  ctx: OpContext) -> Any:
    """Runs on the worker thread: its own read-only connection, closed when done."""
    from fasl.store.agreement import Scope, compare_reviewers
    from fasl.store.db import open_store

    db = open_store(store_path, readonly=True)
    try:
        return compare_reviewers(db, reviewer_a, reviewer_b,
                                 scope=Scope.WORKED if worked else Scope.DONE,
                                 progress=ctx.progress, cancelled=ctx.cancelled)
    finally:
        db.close()


class _RowsModel(QAbstractTableModel):
    """A read-only table of preformatted rows; column 0 carries the row's key."""

    headers: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Any, tuple[str, ...]]] = []

    def set_rows(self, rows: list[tuple[Any, tuple[str, ...]]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def key(self, row: int) -> Any:
        return self._rows[row][0]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.tips):
            return self.tips[section]
        return None


class EntityF1Model(_RowsModel):
    headers = ("Type", "A", "B", "Exact F1", "Partial F1")
    tips = ("Entity type", "Accepted entities of reviewer A", "Accepted entities of reviewer B",
            "Same start, end and type", "Same type, overlapping by at least one character")


class DisagreementModel(_RowsModel):
    headers = ("Document", "Score", "Lines differing", "Main story", "Entities F1")
    tips = ("Double-click to open it", "Mean of the share of lines zoned differently and "
            "1 - exact entity F1 (0 = full agreement)", "Non-blank lines zoned differently",
            "Whether both put the same characters in the main story",
            "Exact entity F1 over all types on this document")


class AgreementDialog(QDialog):
    """Choose two reviewers; shows their agreement and the most-disagreed documents.

    Signals:
        open_document(doc_id): a document was double-clicked.
        computed(report): figures are shown (also after a cancel, with partial figures).
    """

    open_document = Signal(int)
    computed = Signal(object)

    def __init__(self, store_path: Path, reviewers: list[str], current: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_dialog")
        self.setWindowTitle("Agreement between reviewers")
        self.store_path = store_path
        self.pool = QThreadPool(self)  # its own: closing waits only for this dialog's work
        self.pool.setMaxThreadCount(1)
        self._op: Op | None = None
        self.report: Any = None

        self.reviewer_a = QComboBox(objectName="reviewer_a")
        self.reviewer_b = QComboBox(objectName="reviewer_b")
        for combo in (self.reviewer_a, self.reviewer_b):
            combo.addItems(reviewers)
        if len(reviewers) >= 2:
            first = reviewers.index(current) if current in reviewers else 0
            self.reviewer_a.setCurrentIndex(first)
            self.reviewer_b.setCurrentIndex(1 if first == 0 else 0)
        self.worked = QCheckBox("Include documents not marked done", objectName="worked")
        self.worked.setToolTip("Compare every document both have worked on, finished or not")
        self.compare_button = QPushButton("Compare", objectName="compare")
        self.compare_button.setDefault(True)
        choose = QHBoxLayout()
        for widget in (QLabel("Reviewer A"), self.reviewer_a, QLabel("Reviewer B"),
                       self.reviewer_b, self.worked):
            choose.addWidget(widget)
        choose.addStretch(1)
        choose.addWidget(self.compare_button)

        self.busy = QProgressBar(objectName="agreement_busy")
        self.busy.setRange(0, 0)
        self.busy.setFormat("Comparing %v / %m")
        self.cancel_button = QPushButton("Cancel", objectName="agreement_cancel")
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy, 1)
        busy_row.addWidget(self.cancel_button)
        self.busy_box = QWidget()
        self.busy_box.setLayout(busy_row)
        busy_row.setContentsMargins(0, 0, 0, 0)
        self.busy_box.hide()
        self.message = QLabel(objectName="agreement_message", wordWrap=True)

        self.figures: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, tip in (
                ("documents", "Documents compared", "Documents both reviewers marked done"),
                ("kappa", "Zone kappa (lines)", "Cohen's kappa over non-blank lines"),
                ("boundary", "Same main story", "Share of documents whose title, dateline, "
                 "body, source and tags cover exactly the same characters")):
            value = QLabel("—", objectName=f"figure_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel(label)
            name.setToolTip(tip)
            form.addRow(name, value)
            self.figures[key] = value
        self.entity_model = EntityF1Model(self)
        self.entity_table = self._table(self.entity_model, "entity_f1")
        figures = QGroupBox("Zones and entities")
        fig_layout = QHBoxLayout(figures)
        fig_layout.addLayout(form)
        fig_layout.addWidget(self.entity_table, 1)

        self.doc_model = DisagreementModel(self)
        self.doc_table = self._table(self.doc_model, "disagreement")
        self.doc_table.doubleClicked.connect(self._on_double_clicked)
        docs = QGroupBox("Documents, most disagreement first (double-click to open)")
        QVBoxLayout(docs).addWidget(self.doc_table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.busy_box)
        layout.addWidget(self.message)
        layout.addWidget(figures)
        layout.addWidget(docs, 1)
        layout.addWidget(buttons)
        self.resize(820, 600)

        self.compare_button.clicked.connect(self.compare)
        self.cancel_button.clicked.connect(self.cancel)
        if len(reviewers) < 2:
            self.compare_button.setEnabled(False)
            self.message.setText("Agreement needs at least two reviewers in this store; "
                                 "merge your teammates' stores in first (fasl merge).")

    @staticmethod
    def _table(model: QAbstractTableModel, name: str) -> QTableView:
        table = QTableView(objectName=name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names take the room
        header.setStretchLastSection(False)
        return table

    # -- computing ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._op is not None and self._op.is_running

    def compare(self) -> bool:
        """Start computing for the chosen pair; False if already running or not possible."""
        a, b = self.reviewer_a.currentText(), self.reviewer_b.currentText()
        if self.running or not a or not b:
            return False
        if a == b:
            self.message.setText("Choose two different reviewers.")
            return False
        self.message.setText("")
        self.busy.setRange(0, 0)
        self.busy_box.show()
        self.compare_button.setEnabled(False)
        path, worked = self.store_path, self.worked.isChecked()
        self._op = run_in_background(
            self.pool, lambda ctx: agreement_job(path, a, b, worked, ctx),
            on_success=self._show_report, on_error=self._show_error,
            on_progress=self._on_progress, parent=self)
        self._op.finished.connect(self._on_finished)
        return True

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()

    def _on_progress(self, done: int, total: int, _where: str) -> None:
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)

    def _on_finished(self) -> None:
        self.busy_box.hide()
        self.compare_button.setEnabled(True)

    def _show_error(self, exc: Exception) -> None:
        self.message.setText(f"Could not compute the agreement: {exc}")

    def _show_report(self, report: Any) -> None:
        self.report = report
        r = report.result
        same = sum(1 for d in r.documents if d.same_main_story)
        self.figures["documents"].setText(f"{report.documents:,}  ({r.lines:,} lines)")
        self.figures["kappa"].setText(_fmt(r.kappa))
        self.figures["boundary"].setText(
            f"{_fmt(r.boundary_share)}  ({same:,} / {report.documents:,})")
        self.entity_model.set_rows([
            (type_, (type_, f"{c.count_a:,}", f"{c.count_b:,}", _fmt(c.exact_f1),
                     _fmt(c.partial_f1)))
            for type_, c in [*r.entities.items(), ("all", r.entities_all)]])
        rows = []
        for d in r.documents:
            exact = sum(c.exact for c in d.entities.values())
            total = sum(c.count_a + c.count_b for c in d.entities.values())
            rows.append((d.doc_id, (d.name, f"{d.disagreement:.2f}",
                                    f"{d.lines_differing} / {d.lines}",
                                    "same" if d.same_main_story else "differs",
                                    _fmt(2 * exact / total if total else None))))
        self.doc_model.set_rows(rows)
        notes = []
        if report.cancelled:
            notes.append("Cancelled: the figures cover only the documents compared so far.")
        if not report.documents:
            notes.append(f"{report.reviewer_a} and {report.reviewer_b} have no document in "
                         "common" + ("" if self.worked.isChecked() else " that both marked "
                                     "done") + ".")
        self.message.setText(" ".join(notes))
        self.computed.emit(report)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_document.emit(int(self.doc_model.key(index.row())))

    # -- closing --------------------------------------------------------------------------

    def _stop(self) -> None:
        self.cancel()
        self.pool.waitForDone()  # the worker polls cancel between documents: short

    def done(self, result: int) -> None:  # Escape and the Close button end here
        self._stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop()
        super().closeEvent(event)


def show_agreement(window: Any) -> AgreementDialog:
    """Open the dialog over the review window; a double-clicked document opens there."""
    from fasl.store.reviewers import list_reviewers

    dialog = AgreementDialog(window.store_path, list_reviewers(window.db), window.reviewer,
                             window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def open_in_window(doc_id: int) -> None:
        if not window.panel.select_doc(doc_id):  # hidden by the list's filter: open anyway
            window.session.open_document(doc_id)
        window.raise_()
        window.activateWindow()

    dialog.open_document.connect(open_in_window)
    dialog.show()
    if dialog.compare_button.isEnabled():
        dialog.compare()
    return dialog
