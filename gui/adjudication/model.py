"""The list of differences of the open document and which side gold follows in each.

A table model over plain rows prepared by the adjudication session (no store access in
`data`): number, what differs and where, and the gold column, which changes after every
edit while the differences themselves stay put (A and B are not edited here).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from fasl.textlogic.diff_annotations import Status

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("#", "Difference", "Gold")
_STATUS_TEXT = {Status.OPEN: "—", Status.A: "A", Status.B: "B", Status.OTHER: "edited"}
_STATUS_TIP = {
    Status.OPEN: "No gold yet: the first choice or edit starts it",
    Status.A: "Gold follows reviewer A here",
    Status.B: "Gold follows reviewer B here",
    Status.OTHER: "Gold was edited here to something neither reviewer had",
}
_STATUS_COLOR = {Status.A: "#2f6db5", Status.B: "#2e8540", Status.OTHER: "#d1006f"}


@dataclass(frozen=True, slots=True)
class Row:
    text: str  # "lines 3–4 · zone: A body · B title"
    status: Status


class DifferenceModel(QAbstractTableModel):
    """Rows of `Row`; `set_rows` for a new document, `set_statuses` after a gold edit."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_statuses(self, statuses: Sequence[Status]) -> None:
        if len(statuses) != len(self._rows):
            raise ValueError(f"{len(statuses)} statuses for {len(self._rows)} differences")
        changed = [n for n, (row, s) in enumerate(zip(self._rows, statuses, strict=True))
                   if row.status != s]
        self._rows = [Row(row.text, s) for row, s in zip(self._rows, statuses, strict=True)]
        if changed:
            col = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(min(changed), col), self.index(max(changed), col))

    def status(self, row: int) -> Status:
        return self._rows[row].status

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(index.row() + 1), row.text, _STATUS_TEXT[row.status])[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _STATUS_TIP[row.status] if col == 2 else row.text
        if role == Qt.ItemDataRole.ForegroundRole and col == 2 and row.status in _STATUS_COLOR:
            return QColor(_STATUS_COLOR[row.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and col != 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
