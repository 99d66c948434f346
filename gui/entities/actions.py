"""The entity keys, as one table turned into QActions on the document view.

Chosen not to clash with the zone keys (digits, S M B I, + - =, Alt+arrows), the window's
(Ctrl+D, Ctrl+Shift+F, Ctrl+H, ?, F1, Ctrl+Z) or a read-only text field's own navigation
(arrows, Shift/Ctrl+arrows, Home/End, Ctrl+A/C).  A type set's one-letter keys are added
by the controller; `fasl.gui.entities.typeset.RESERVED_KEYS` keeps them off these.

Edges are named by where they are on screen: in right-to-left text an entity's END is its
LEFT edge, so ``[`` (the left bracket) moves the left edge and ``]`` the right one.
"""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from fasl.gui.keytable import KeySpec, build

if TYPE_CHECKING:
    from fasl.gui.entities.controller import EntityController


def _resize(c: EntityController, grow: bool, unit: str, side: str) -> None:
    c.resize_selected(grow, unit, side)  # type: ignore[arg-type]


def specs() -> list[KeySpec]:
    from fasl.gui.entities.controller import EntityController as C  # noqa: N814 (table)

    out = [
        KeySpec("entity_accept", "Accept the selected suggestion", ("A",),
                   C.accept_selected),
        KeySpec("entity_reject", "Reject the selected suggestion", ("X",),
                   C.reject_selected),
        KeySpec("entity_accept_type", "Accept every suggestion of the selected type",
                   ("Shift+A",), partial(C.decide_type, accept=True)),
        KeySpec("entity_reject_type", "Reject every suggestion of the selected type",
                   ("Shift+X",), partial(C.decide_type, accept=False)),
        KeySpec("entity_accept_all", "Accept every suggestion in the document",
                   ("Ctrl+Shift+A",), partial(C.decide_all, accept=True)),
        KeySpec("entity_reject_all", "Reject every suggestion in the document",
                   ("Ctrl+Shift+X",), partial(C.decide_all, accept=False)),
        KeySpec("entity_delete", "Delete the selected entity (a suggestion: reject)",
                   ("Delete", "Backspace"), C.delete_selected),
        KeySpec("entity_next", "Select the next entity", ("Tab",),
                   partial(C.select_step, delta=1, pending_only=False)),
        KeySpec("entity_previous", "Select the previous entity", ("Shift+Tab", "Backtab"),
                   partial(C.select_step, delta=-1, pending_only=False)),
        KeySpec("entity_next_suggestion", "Select the next suggestion", (".",),
                   partial(C.select_step, delta=1, pending_only=True)),
        KeySpec("entity_previous_suggestion", "Select the previous suggestion", (",",),
                   partial(C.select_step, delta=-1, pending_only=True)),
        KeySpec("entity_deselect", "Deselect the entity", ("Escape",), C.deselect),
    ]
    for grow, verb, mod_char, mod_word in ((True, "Widen", "", "Alt+"),
                                           (False, "Narrow", "Ctrl+", "Ctrl+Alt+")):
        for unit, mod in (("char", mod_char), ("word", mod_word)):
            what = "a letter" if unit == "char" else "a word"
            out.append(KeySpec(
                f"entity_{verb.lower()}_end_{unit}",
                f"{verb} the entity at its end (left edge) by {what}", (f"{mod}[",),
                partial(_resize, grow=grow, unit=unit, side="end")))
            out.append(KeySpec(
                f"entity_{verb.lower()}_start_{unit}",
                f"{verb} the entity at its start (right edge) by {what}", (f"{mod}]",),
                partial(_resize, grow=grow, unit=unit, side="start")))
    return out


def build_actions(controller: EntityController, owner: QWidget) -> list[QAction]:
    return build(owner, specs(), controller)
