"""Marks over a pane's text: entities, differences and the current difference.

They are ExtraSelections with translucent backgrounds, so the zone bands painted under the
text (`fasl.gui.document.bands`) still show through: a zone difference tints its lines red
without hiding which zone each side gave them.  Entity marks add an underline, so an entity
stays visible inside a tinted difference.  Offsets are code points, converted with the
pane's `OffsetMap` (QT-NOTES P4).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from fasl.gui.document.palette import ACCENT
from fasl.gui.offsets import OffsetMap


class Look(Enum):
    ENTITY = "entity"  # an entity both sides (or gold and both) agree on
    ENTITY_DIFF = "entity_diff"  # an entity that is part of a difference
    ZONE_DIFF = "zone_diff"  # text the two sides put in different zones
    CURRENT = "current"  # the entity difference being decided
    CURRENT_ZONE = "current_zone"  # the zone difference being decided: underlined only,
    # so both sides' zone tints stay readable under it


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    look: Look


def _rgba(hex_color: str, alpha: int) -> QColor:
    color = QColor(hex_color)
    color.setAlpha(alpha)
    return color


def _format(look: Look) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if look is Look.ENTITY:
        fmt.setBackground(_rgba("#2f6db5", 38))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor("#2f6db5"))
    elif look is Look.ENTITY_DIFF:
        fmt.setBackground(_rgba("#e69f00", 110))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor("#b00020"))
        fmt.setFontWeight(700)
    elif look is Look.ZONE_DIFF:
        fmt.setBackground(_rgba("#d7263d", 34))
    elif look is Look.CURRENT_ZONE:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(ACCENT))
    else:
        fmt.setBackground(_rgba(ACCENT, 60))
    return fmt


#: Painted in this order, so the current difference is drawn over everything else.
_ORDER = {Look.ZONE_DIFF: 0, Look.ENTITY: 1, Look.ENTITY_DIFF: 2, Look.CURRENT: 3,
          Look.CURRENT_ZONE: 3}


def apply_marks(editor: QPlainTextEdit, offsets: OffsetMap, marks: Iterable[Mark]) -> int:
    """Show ``marks`` on ``editor`` (replacing any before); returns how many were shown."""
    selections = []
    for mark in sorted(marks, key=lambda m: (_ORDER[m.look], m.start, m.end)):
        start = min(max(mark.start, 0), offsets.length)
        end = min(max(mark.end, start), offsets.length)
        if start == end:
            continue
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(editor.document())
        cursor.setPosition(offsets.to_qt(start))
        cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # type: ignore[attr-defined]
        selection.format = _format(mark.look)  # type: ignore[attr-defined]
        selections.append(selection)
    editor.setExtraSelections(selections)
    return len(selections)
