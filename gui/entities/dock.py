"""The entity list dock beside the text: click (or move with the keys) to go to an entity."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTreeView, QWidget

from fasl.gui.entities.model import ENTITY_ID_ROLE, EntityListModel
from fasl.gui.fonts import app_font

LIST_POINT_SIZE = 11.0


class EntityDock(QDockWidget):
    """Signals:
        entity_activated(int): the reviewer picked this entity's row.
    """

    entity_activated = Signal(int)

    def __init__(self, model: EntityListModel, parent: QWidget | None = None) -> None:
        super().__init__("Entities", parent)
        self.setObjectName("entity_dock")
        self.model = model
        self.tree = QTreeView(self)
        self.tree.setObjectName("entity_list")
        self.tree.setModel(model)
        self.tree.setUniformRowHeights(True)
        self.tree.setFont(app_font(LIST_POINT_SIZE))  # Naskh is small at the UI's size
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Not ResizeToContents: that asks every row's data on each reset (thousands of rows
        # in a long article, after every edit); a width for "999 ✓ · 999 ?" is enough.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("999 ✓ · 999 ?") + 16)
        self.setWidget(self.tree)
        self._syncing = False
        model.modelReset.connect(self.tree.expandAll)
        self.tree.clicked.connect(self._picked)
        self.tree.activated.connect(self._picked)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

    def _picked(self, index: QModelIndex) -> None:
        entity_id = index.siblingAtColumn(0).data(ENTITY_ID_ROLE)
        if entity_id is not None and not self._syncing:
            self.entity_activated.emit(int(entity_id))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.tree.hasFocus():  # arrow keys in the list follow the text too
            self._picked(current)

    def show_selected(self, entity_id: int | None) -> None:
        """Highlight the row of the entity selected in the text (without re-emitting)."""
        index = self.model.index_of(entity_id) if entity_id is not None else QModelIndex()
        self._syncing = True
        try:
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            if index.isValid():
                self.tree.selectionModel().setCurrentIndex(index, flags)
                self.tree.scrollTo(index)
            else:
                self.tree.selectionModel().clearSelection()
        finally:
            self._syncing = False
