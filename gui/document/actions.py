"""The document view's keyboard commands, as one table turned into QActions.

One table so that the shortcut sheet, the tests and the handlers cannot disagree.  Every
binding avoids the keys a read-only text field already uses for navigation and selection
(arrows, Shift/Ctrl+arrows, Home/End, PgUp/PgDn, Ctrl+A/C).  Arrow directions are VISUAL:
the text runs right to left, so Left moves a boundary forward in reading order.

The actions use the WidgetWithChildrenShortcut context: they fire while the view (or its
text) has focus, and cannot collide with the same keys elsewhere in the main window.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from fasl.gui.document.palette import ZONE_KEYS

if TYPE_CHECKING:
    from fasl.gui.document.view import DocumentView


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str  # objectName, stable for settings and tests
    text: str  # what the menu and the shortcut sheet show
    keys: tuple[str, ...]
    handler: Callable[[DocumentView], object]


def _specs() -> list[ActionSpec]:
    from fasl.gui.document.view import DocumentView as V  # noqa: N814 (short in a table)

    specs = [
        ActionSpec("zone_prev_boundary", "Previous boundary", ("Alt+Up",),
                   lambda v: v.select_relative(-1)),
        ActionSpec("zone_next_boundary", "Next boundary", ("Alt+Down",),
                   lambda v: v.select_relative(1)),
        ActionSpec("zone_boundary_char_fwd", "Move boundary forward one character",
                   ("Alt+Left",), partial(V.step_current, unit="char", direction=1)),
        ActionSpec("zone_boundary_char_back", "Move boundary back one character",
                   ("Alt+Right",), partial(V.step_current, unit="char", direction=-1)),
        ActionSpec("zone_boundary_word_fwd", "Move boundary forward one word",
                   ("Ctrl+Alt+Left", "Alt+Shift+Left"),
                   partial(V.step_current, unit="word", direction=1)),
        ActionSpec("zone_boundary_word_back", "Move boundary back one word",
                   ("Ctrl+Alt+Right", "Alt+Shift+Right"),
                   partial(V.step_current, unit="word", direction=-1)),
        ActionSpec("zone_boundary_line_fwd", "Move boundary down one line",
                   ("Alt+Shift+Down",), partial(V.step_current, unit="line", direction=1)),
        ActionSpec("zone_boundary_line_back", "Move boundary up one line",
                   ("Alt+Shift+Up",), partial(V.step_current, unit="line", direction=-1)),
        ActionSpec("zone_boundary_to_cursor", "Move boundary to the text cursor", ("B",),
                   V.move_current_to_cursor),
        ActionSpec("zone_split", "Split zone at the text cursor", ("S", "Ctrl+Return"),
                   V.split_at_cursor),
        ActionSpec("zone_merge_next", "Merge zone with the next one", ("M",),
                   V.merge_current_with_next),
        ActionSpec("zone_item_up", "Next related-item number", ("+", "="),
                   partial(V.change_item, delta=1)),
        ActionSpec("zone_item_down", "Previous related-item number", ("-",),
                   partial(V.change_item, delta=-1)),
        ActionSpec("zone_item_type", "Type the related-item number (then a digit)", ("I",),
                   V.begin_item_entry),
        ActionSpec("view_zoom_in", "Zoom in", ("Ctrl++", "Ctrl+="), V.zoom_in),
        ActionSpec("view_zoom_out", "Zoom out", ("Ctrl+-",), V.zoom_out),
        ActionSpec("view_zoom_reset", "Reset zoom", ("Ctrl+0",), V.reset_zoom),
    ]
    for n, zone in enumerate(ZONE_KEYS, start=1):
        specs.append(ActionSpec(f"zone_label_{zone}", f"Mark zone as {zone}", digit_keys(n),
                                partial(V.digit_pressed, digit=n)))
    return specs


def digit_keys(n: int) -> tuple[str, str, str]:
    """The keys of digit ``n``: Latin, Arabic-Indic and Persian.

    An Arabic or Persian keyboard layout (macOS's Arabic, Linux's ara(digits), Persian)
    types ١ or ۱ on the 1 key; Qt matches shortcuts by the character typed, so the zone
    keys must answer to all three or they go dead while the reviewer's layout is Arabic.
    """
    return str(n), chr(0x0660 + n), chr(0x06F0 + n)


def build_actions(view: DocumentView) -> list[QAction]:
    """QActions for every spec, added to ``view`` and triggering its methods."""
    actions = []
    for spec in _specs():
        action = QAction(spec.text, view)
        action.setObjectName(spec.name)
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(partial(_run, spec.handler, view))
        view.addAction(action)
        actions.append(action)
    return actions


def _run(handler: Callable[[DocumentView], object], view: DocumentView,
         _checked: bool = False) -> None:
    handler(view)
