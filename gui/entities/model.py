"""The entity list: a two-level Qt model, types with their counts, then each occurrence.

Type rows come in the type set's order (types the set does not know, after a set change,
come last in grey); occurrences in text order.  A suggestion is shown in grey with
"?" beside it (accepted: "✓"), so the list agrees with the dashed underline in the text.  The model
is rebuilt from the layer after each edit: an article holds tens of entities, not thousands,
and a reset is simpler than diffing rows and cannot get out of step with the store.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from fasl.gui.entities.typeset import colour_of
from fasl.store.entities import Entity, EntityState
from fasl.textlogic.typesets import TypeSet

ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TYPE_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("Entity", "State")
_GROUP = 0  # internalId of a type row; an occurrence row stores its group row + 1

Index = QModelIndex | QPersistentModelIndex


def _short(surface: str, limit: int = 48) -> str:
    flat = " ".join(surface.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class EntityListModel(QAbstractItemModel):
    """Types (with accepted and suggested counts) and their occurrences."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[Entity]]] = []
        self._typeset: TypeSet | None = None
        self._pending_colour = QColor("#5a5a5a")

    def set_entities(self, entities: Sequence[Entity], typeset: TypeSet) -> None:
        self.beginResetModel()
        self._typeset = typeset
        by_type: dict[str, list[Entity]] = {}
        for e in sorted(entities, key=lambda e: (e.start, -e.end)):
            by_type.setdefault(e.type, []).append(e)
        order = [t for t in typeset.ids() if t in by_type]
        order += sorted(t for t in by_type if t not in typeset.ids())
        self._groups = [(t, by_type[t]) for t in order]
        self.endResetModel()

    # -- lookups ---------------------------------------------------------------------------

    def index_of(self, entity_id: int) -> QModelIndex:
        for g, (_, items) in enumerate(self._groups):
            for r, e in enumerate(items):
                if e.id == entity_id:
                    return self.createIndex(r, 0, g + 1)
        return QModelIndex()

    def group_rows(self) -> list[tuple[str, int, int]]:
        """(type, accepted, suggested) per type row, for tests and the status line."""
        return [(t, sum(e.state is EntityState.ACCEPTED for e in items),
                 sum(e.state is EntityState.PENDING for e in items))
                for t, items in self._groups]

    def entity(self, index: Index) -> Entity | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    # -- QAbstractItemModel ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        """Qt: type rows at the top, occurrences under them."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        """Qt: an occurrence's parent is its type row."""
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._typeset is None:
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index, role)
        e = self._groups[index.internalId() - 1][1][index.row()]
        pending = e.state is EntityState.PENDING
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return _short(e.surface)
            return "?" if pending else "✓"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{e.type}: {e.surface}  [{e.start}–{e.end})"
        if role == Qt.ItemDataRole.ForegroundRole and pending:
            return self._pending_colour
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ENTITY_ID_ROLE:
            return e.id
        if role == TYPE_ROLE:
            return e.type
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        assert self._typeset is not None
        type_id, items = self._groups[index.row()]
        t = self._typeset.get(type_id)
        if role == Qt.ItemDataRole.DisplayRole:
            # Counts in their own column: Latin digits next to an Arabic type name in one
            # string get reordered by the bidi algorithm and read wrongly.
            accepted = sum(e.state is EntityState.ACCEPTED for e in items)
            pending = len(items) - accepted
            if index.column() == 1:
                return f"{accepted} ✓ · {pending} ?" if pending else f"{accepted} ✓"
            return f"{type_id} · {t.name}" if t else f"{type_id} · not in this set"
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return colour_of(self._typeset, type_id)
        if role == Qt.ItemDataRole.ToolTipRole and t:
            return f"{t.description}  — key {t.key.upper()}"
        if role == TYPE_ROLE:
            return type_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
