"""The Entities menu: type set, suggestion sources, and every entity command with its key.

Listing the commands here makes them discoverable and puts them on the shortcut sheet (it
is built from the menus); their shortcuts stay on the document view, so they fire only
while the text has the focus and never clash with keys elsewhere in the window.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from fasl.gui.entities.controller import EntityController
from fasl.gui.entities.typeset import SHIPPED, describe

SOURCE_TEXT = {
    "learned": "Strings reviewers have tagged",
    "gazetteers": "Gazetteers (places, names, titles, nationalities)",
    "patterns": "Patterns (dates, title–nationality–name chains)",
    "model": "Learned model (CRF trained on gold entities)",
}


class EntityMenu:
    """Builds and keeps up to date the Entities menu of ``window``."""

    def __init__(self, controller: EntityController, menu: QMenu, window: QWidget) -> None:
        self.c = controller
        self.menu = menu
        self.window = window
        self.typeset_menu = menu.addMenu("Entity &type set")
        self.typeset_menu.setObjectName("entity_typeset_menu")
        self.typeset_group = QActionGroup(menu)
        self.typeset_menu.aboutToShow.connect(self._fill_typesets)
        self._fill_typesets()

        sources = menu.addMenu("&Suggestion sources")
        sources.setObjectName("entity_sources_menu")
        self.source_actions: dict[str, QAction] = {}
        for name, text in SOURCE_TEXT.items():
            action = sources.addAction(text)
            action.setObjectName(f"entity_source_{name}")
            action.setCheckable(True)
            action.setChecked(controller.source_enabled(name))
            action.toggled.connect(lambda on, n=name: controller.set_source_enabled(n, on))
            self.source_actions[name] = action
        again = menu.addAction("Suggest &again for this document")
        again.setObjectName("entity_suggest_again")
        again.triggered.connect(controller.request_suggestions)
        menu.addAction(controller.dock.toggleViewAction())
        controller.dock.toggleViewAction().setText("Entity &list")

        self._types_start = menu.addSeparator()
        self._types_end = menu.addSeparator()
        menu.addActions(controller.actions)
        self._fill_types()
        controller.keys_changed.connect(self._fill_types)

    def _fill_types(self) -> None:
        actions = self.menu.actions()
        first, last = actions.index(self._types_start), actions.index(self._types_end)
        for old in actions[first + 1:last]:
            self.menu.removeAction(old)
        self.menu.insertActions(self._types_end, self.c.type_actions)

    def _fill_typesets(self) -> None:
        self.typeset_menu.clear()
        for action in self.typeset_group.actions():
            self.typeset_group.removeAction(action)
        current = self.c.typeset_value
        values = list(SHIPPED) + ([current] if current not in SHIPPED else [])
        for value in values:
            action = self.typeset_menu.addAction(describe(value))
            action.setObjectName(f"entity_typeset_{Path(value).stem}")
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setActionGroup(self.typeset_group)
            action.triggered.connect(lambda _=False, v=value: self.c.set_type_set(v))
        self.typeset_menu.addSeparator()
        pick = self.typeset_menu.addAction("From a &file…")
        pick.setObjectName("entity_typeset_file")
        pick.triggered.connect(self.choose_file)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Entity type set",
                                              "", "Type sets (*.toml);;All files (*)")
        if path:
            self.c.set_type_set(str(Path(path).resolve()))
