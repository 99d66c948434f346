"""Keyboard tables: each part of the window lists its keys as `KeySpec` rows, and
`make_action` turns a row into a QAction the same way for all of them.

One table per part (the document view's zone keys, the entity keys, the adjudication
window's keys) keeps its menu, the shortcut sheet and the tests from disagreeing; one
builder keeps the tables from each growing their own copy of the QAction set-up.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

Target = TypeVar("Target")


@dataclass(frozen=True, slots=True)
class KeySpec(Generic[Target]):
    name: str  # objectName, stable for settings and tests
    text: str  # what the menu and the shortcut sheet show
    keys: tuple[str, ...]
    handler: Callable[[Target], object]


def make_action(owner: QObject, name: str, text: str, keys: tuple[str, ...],
                slot: Callable[[], object] | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
                ) -> QAction:
    """An action on ``owner`` that runs ``slot`` while ``context`` holds (by default: while
    the owner widget has the focus).  Without a slot the action is inert and not added to
    the owner: only its text and keys, for another window's shortcut sheet."""
    action = QAction(text, owner)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(k) for k in keys])
    if slot is None:
        return action
    action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)  # type: ignore[attr-defined]
    return action


def build(owner: QObject, specs: list[KeySpec[Any]], target: Any,
          context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
          ) -> list[QAction]:
    """Actions on ``owner`` for every row, each calling its handler with ``target``."""
    return [make_action(owner, s.name, s.text, s.keys,
                        lambda h=s.handler: h(target), context) for s in specs]
