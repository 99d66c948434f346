"""The document view's keyboard commands, as one table turned into QActions.

One table so that the shortcut sheet, the tests and the handlers cannot disagree.  Every
binding avoids the keys a read-only text field already uses for navigation and selection
(arrows, Shift/Ctrl+arrows, Home/End, PgUp/PgDn, Ctrl+A/C).  Arrow directions are VISUAL:
the text runs right to left, so Left moves a boundary forward in reading order.

The actions use the WidgetWithChildrenShortcut context: they fire while the view (or its
text) has focus, and cannot collide with the same keys elsewhere in the main window.
"""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from fasl.gui.document.palette import ZONE_KEYS
from fasl.gui.keytable import KeySpec, build

if TYPE_CHECKING:
    from fasl.gui.document.view import DocumentView


def _specs() -> list[KeySpec]:
    from fasl.gui.document.view import DocumentView as V  # noqa: N814 (short in a table)

    specs = [
        KeySpec("zone_prev_boundary", "Previous boundary", ("Alt+Up",),
                   lambda v: v.select_relative(-1)),
        KeySpec("zone_next_boundary", "Next boundary", ("Alt+Down",),
                   lambda v: v.select_relative(1)),
        KeySpec("zone_boundary_char_fwd", "Move boundary forward one character",
                   ("Alt+Left",), partial(V.step_current, unit="char", direction=1)),
        KeySpec("zone_boundary_char_back", "Move boundary back one character",
                   ("Alt+Right",), partial(V.step_current, unit="char", direction=-1)),
        KeySpec("zone_boundary_word_fwd", "Move boundary forward one word",
                   ("Ctrl+Alt+Left", "Alt+Shift+Left"),
                   partial(V.step_current, unit="word", direction=1)),
        KeySpec("zone_boundary_word_back", "Move boundary back one word",
                   ("Ctrl+Alt+Right", "Alt+Shift+Right"),
                   partial(V.step_current, unit="word", direction=-1)),
        KeySpec("zone_boundary_line_fwd", "Move boundary down one line",
                   ("Alt+Shift+Down",), partial(V.step_current, unit="line", direction=1)),
        KeySpec("zone_boundary_line_back", "Move boundary up one line",
                   ("Alt+Shift+Up",), partial(V.step_current, unit="line", direction=-1)),
        KeySpec("zone_boundary_to_cursor", "Move boundary to the text cursor", ("B",),
                   V.move_current_to_cursor),
        KeySpec("zone_split", "Split zone at the text cursor", ("S", "Ctrl+Return"),
                   V.split_at_cursor),
        KeySpec("zone_merge_next", "Merge zone with the next one", ("M",),
                   V.merge_current_with_next),
        KeySpec("zone_item_up", "Next related-item number", ("+", "="),
                   partial(V.change_item, delta=1)),
        KeySpec("zone_item_down", "Previous related-item number", ("-",),
                   partial(V.change_item, delta=-1)),
        KeySpec("zone_item_type", "Type the related-item number (then a digit)", ("I",),
                   V.begin_item_entry),
        KeySpec("view_zoom_in", "Zoom in", ("Ctrl++", "Ctrl+="), V.zoom_in),
        KeySpec("view_zoom_out", "Zoom out", ("Ctrl+-",), V.zoom_out),
        KeySpec("view_zoom_reset", "Reset zoom", ("Ctrl+0",), V.reset_zoom),
    ]
    for n, zone in enumerate(ZONE_KEYS, start=1):
        specs.append(KeySpec(f"zone_label_{zone}", f"Mark zone as {zone}", digit_keys(n),
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
    return build(view, _specs(), view)
