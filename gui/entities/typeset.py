"""The project's type set as the window uses it: which file, which keys, which colours.

The store records the choice (``default``, ``anercorp`` or the path of a TOML file, see
resources/typesets/README.md).  A type's key becomes a shortcut in the document view, so a
set whose key is already one of the window's own keys (zone keys S M B I, the entity keys
A X, digits, brackets ...) is refused with a message naming the file, instead of silently
shadowing a command.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtGui import QColor

from fasl.textlogic.typesets import (
    TypeSet,
    TypeSetError,
    load_typeset,
    parse_typeset,
    shipped_typeset,
)

SHIPPED = ("default", "anercorp")

#: Single keys the document view already uses (zones, entity commands, item numbers, help).
RESERVED_KEYS = frozenset("SMBIAX0123456789+-=[]{}.,?")

#: Colour of an entity whose type the current set does not have (set changed afterwards).
UNKNOWN_COLOUR = "#808080"


def check_keys(typeset: TypeSet, origin: str) -> TypeSet:
    """Return ``typeset`` if none of its keys is a window key, else raise `TypeSetError`."""
    for t in typeset.types:
        if t.key.upper() in RESERVED_KEYS:
            raise TypeSetError(
                f"{origin}: type {t.id} uses key {t.key!r}, which the review window already "
                f"uses; reserved keys: {' '.join(sorted(RESERVED_KEYS))}")
    return typeset


def resolve(value: str, stored_copy: str | None = None) -> TypeSet:
    """The type set a store setting names: a shipped name or a TOML file path.

    When the file is missing here, ``stored_copy`` (its text as kept in the store) is used.
    """
    if value in SHIPPED:
        return check_keys(shipped_typeset(value), value)
    path = Path(value)
    if not path.is_file():
        if stored_copy is None:
            raise TypeSetError(f"{path}: type set file not found")
        origin = f"{path} (the copy kept in the store)"
        try:
            data = tomllib.loads(stored_copy)
        except tomllib.TOMLDecodeError as exc:
            raise TypeSetError(f"{origin}: not valid TOML: {exc}") from exc
        return check_keys(parse_typeset(data, origin), origin)
    return check_keys(load_typeset(path), str(path))


def describe(value: str) -> str:
    """Menu wording for a setting value."""
    return {"default": "Default (SCHEME.md)", "anercorp": "ANERcorp (PERS LOC ORG MISC)"}.get(
        value, Path(value).name)


def colour_of(typeset: TypeSet, type_id: str) -> QColor:
    t = typeset.get(type_id)
    return QColor(t.colour if t else UNKNOWN_COLOUR)


def tint(colour: QColor, strength: float = 0.42) -> QColor:
    """An opaque light version of ``colour`` (mixed with white), for a background under text.

    Opaque rather than translucent so the contrast with black text does not depend on the
    zone band painted below it; 0.42 keeps every shipped colour above 9:1 with black text (tested).
    """
    r, g, b = colour.red(), colour.green(), colour.blue()
    mix = [round(255 - (255 - c) * strength) for c in (r, g, b)]
    return QColor(*mix)
