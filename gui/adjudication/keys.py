"""The adjudication window's keys, as one table turned into QActions.

One table, so that the window, its menu, the shortcut sheets (its own and the review
window's) and the tests cannot disagree.  Plain letters, because the adjudicator's hands
stay on the keyboard: none of them is a zone key of the result pane (digits, S M B I, + - =)
or a key a read-only text field uses.  "Left" and "right" are the panes as seen on screen:
reviewer A on the left, B on the right.
"""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from fasl.gui.keytable import KeySpec, build, make_action

from fasl.textlogic.diff_annotations import Side

if TYPE_CHECKING:
    from fasl.gui.adjudication.window import AdjudicationWindow


def specs() -> list[KeySpec]:
    from fasl.gui.adjudication.window import AdjudicationWindow as W  # noqa: N814 (table)

    return [
        KeySpec("adj_next", "Next difference", ("N", "F8"), partial(W.step, delta=1)),
        KeySpec("adj_previous", "Previous difference", ("P", "Shift+F8"),
                partial(W.step, delta=-1)),
        KeySpec("adj_take_left", "Take the left pane's (A) annotation here", ("L",),
                partial(W.take_current, side=Side.A)),
        KeySpec("adj_take_right", "Take the right pane's (B) annotation here", ("R",),
                partial(W.take_current, side=Side.B)),
        KeySpec("adj_take_all_left", "Take A's annotation in every difference", ("Shift+L",),
                partial(W.take_all, side=Side.A)),
        KeySpec("adj_take_all_right", "Take B's annotation in every difference", ("Shift+R",),
                partial(W.take_all, side=Side.B)),
        KeySpec("adj_focus_gold", "Edit gold with the zone keys (focus the result pane)",
                ("G",), W.focus_gold),
        KeySpec("adj_done", "Mark gold done and go to the next document", ("Ctrl+D",),
                W.mark_done),
        KeySpec("adj_shortcuts", "Keyboard shortcuts", ("?", "F1"), W.show_shortcuts),
        KeySpec("adj_close", "Close the adjudication window", ("Ctrl+W",), W.close),
    ]


def build_actions(window: AdjudicationWindow) -> list[QAction]:
    """QActions for every spec, active anywhere in ``window``."""
    return build(window, specs(), window, Qt.ShortcutContext.WindowShortcut)


def sheet_actions(parent: QObject | QWidget) -> list[QAction]:
    """The same keys as inert actions (never added to a widget), for another window's sheet."""
    return [make_action(parent, s.name, s.text, s.keys) for s in specs()]
