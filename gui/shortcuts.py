"""The shortcut sheet, built from the live QActions so it can never fall behind them."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    group: str
    action: str
    keys: str


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def shortcut_rows(groups: Iterable[tuple[str, Sequence[QAction]]]) -> list[ShortcutRow]:
    """Every action with a shortcut, grouped as given, each action once."""
    seen: set[int] = set()
    rows: list[ShortcutRow] = []
    for group, actions in groups:
        for action in actions:
            keys = [k for k in action.shortcuts() if not k.isEmpty()]
            if not keys or id(action) in seen or action.isSeparator():
                continue
            seen.add(id(action))
            text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows.append(ShortcutRow(group, _plain(action.text()) or action.objectName(), text))
    return rows


class ShortcutSheet(QDialog):
    """A non-modal list of every shortcut, by menu."""

    def __init__(self, rows: Sequence[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setObjectName("shortcut_sheet")
        self.tree = QTreeWidget(objectName="shortcuts")
        self.tree.setHeaderLabels(["Action", "Shortcut"])
        self.tree.setRootIsDecorated(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for row in rows:
            parent_item = groups.get(row.group)
            if parent_item is None:
                parent_item = QTreeWidgetItem([row.group, ""])
                font = parent_item.font(0)
                font.setBold(True)
                parent_item.setFont(0, font)
                parent_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(parent_item)
                groups[row.group] = parent_item
            parent_item.addChild(QTreeWidgetItem([row.action, row.keys]))
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rows = list(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(620, 640)
