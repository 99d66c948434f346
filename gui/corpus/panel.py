"""The corpus panel: search box, state filter, sort choice and the document table."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fasl.gui.corpus.model import CONFIDENCE, NAME, REVIEWERS, STATE, ZONES, CorpusModel
from fasl.store.documents import Order, ReviewState

SEARCH_DELAY_MS = 300
UI_FAMILIES = ["Noto Sans", "Noto Naskh Arabic"]

STATE_CHOICES: list[tuple[str, ReviewState | None]] = [
    ("All states", None),
    ("New", ReviewState.NEW),
    ("In progress", ReviewState.IN_PROGRESS),
    ("Done", ReviewState.DONE),
    ("Flagged", ReviewState.FLAGGED),
]
ORDER_CHOICES: list[tuple[str, Order]] = [
    ("Lowest confidence first", Order.CONFIDENCE),
    ("Name", Order.NAME),
    ("Import order", Order.IMPORTED),
]


class CorpusPanel(QWidget):
    """Signals:
        document_selected(doc_id): the current row moved to another document.
        query_changed(): filter, search or sort changed (and the ids were reloaded).
    """

    document_selected = Signal(int)
    query_changed = Signal()

    def __init__(self, model: CorpusModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        # Names, states and zone words are Latin: the Latin face first saves a font
        # fallback on every cell of every repaint; Arabic (a search) still finds Naskh.
        font = self.font()
        font.setFamilies(UI_FAMILIES)
        self.setFont(font)
        self.search_box = QLineEdit(placeholderText="Search text (any tashkeel, hamza, tatweel)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setObjectName("search")
        self.state_box = QComboBox(objectName="state_filter")
        # Item data are the enum values as plain strings: Qt stores a StrEnum as a str anyway.
        for label, state in STATE_CHOICES:
            self.state_box.addItem(label, state.value if state else "")
        self.order_box = QComboBox(objectName="order")
        for label, order in ORDER_CHOICES:
            self.order_box.addItem(label, order.value)
        self.count_label = QLabel(objectName="count")
        self.table = self._make_table(model)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_query)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self._apply_query)
        self.state_box.currentIndexChanged.connect(self._apply_query)
        self.order_box.currentIndexChanged.connect(self._apply_query)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        model.modelReset.connect(self._update_count)

        controls = QHBoxLayout()
        controls.addWidget(self.state_box)
        controls.addWidget(self.order_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_box)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._update_count()

    @staticmethod
    def _make_table(model: CorpusModel) -> QTableView:
        table = QTableView(objectName="corpus_table")
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        vertical = table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        # Fixed widths, never ResizeToContents: that would read every one of 100,000 rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = table.fontMetrics()
        for column, sample in ((NAME, "000_d4acb01426226fc2.txt"), (STATE, "in progress"),
                               (REVIEWERS, "reviewers"), (CONFIDENCE, "Lowest conf.")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(ZONES, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        return table

    # -- query -----------------------------------------------------------------------------

    def state_filter(self) -> ReviewState | None:
        value = self.state_box.currentData()
        return ReviewState(value) if value else None

    def order(self) -> Order:
        return Order(self.order_box.currentData())

    def set_query_controls(self, state: ReviewState | None, order: Order) -> None:
        """Restore remembered choices without reloading twice (call `reload` after)."""
        for box, value in ((self.state_box, state.value if state else ""),
                           (self.order_box, order.value)):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)

    def reload(self) -> None:
        self._search_timer.stop()
        self._apply_query()

    def _apply_query(self) -> None:
        self._search_timer.stop()
        current = self.current_doc_id()
        self.model.set_query(self.state_filter(), self.search_box.text(), self.order())
        if current is not None:
            self.select_doc(current, notify=False)
        self.query_changed.emit()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(f"{count:,} document{'s' if count != 1 else ''}")

    # -- selection ---------------------------------------------------------------------------

    def current_doc_id(self) -> int | None:
        row = self.table.selectionModel().currentIndex().row()
        return None if row < 0 else self.model.doc_id(row)

    def current_row(self) -> int:
        return self.table.selectionModel().currentIndex().row()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def select_doc(self, doc_id: int, *, notify: bool = True) -> bool:
        row = self.model.row_of(doc_id)
        if row is None:
            return False
        if not notify:
            self._quiet = True
        try:
            self.select_row(row)
        finally:
            self._quiet = False
        return True

    _quiet = False

    def _on_current_row_changed(self, current: QModelIndex, _previous: Any) -> None:
        if current.isValid() and not self._quiet:
            self.document_selected.emit(self.model.doc_id(current.row()))

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()
