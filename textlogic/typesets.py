"""Entity type sets as data: the shipped default and ANERcorp sets, and user files.

Which types a project annotates with is a project decision, not code, so the sets are TOML
files (format in resources/typesets/README.md).  Suggestions are always made in the default
types; `TypeSet.map_type` says what each becomes in another set.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from fasl.resources import resource_path

_ID = re.compile(r"^[A-Z][A-Z0-9_]*$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class TypeSetError(ValueError):
    """A type set file that cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class EntityType:
    """One entity type: id (``PERS``), label, description, colour ``#rrggbb`` and key."""

    id: str
    name: str
    description: str
    colour: str
    key: str
    maps_from: tuple[str, ...]


@dataclass(frozen=True)
class TypeSet:
    """A named, ordered set of entity types."""

    name: str
    description: str
    types: tuple[EntityType, ...]

    def ids(self) -> tuple[str, ...]:
        """Type ids in display order."""
        return tuple(t.id for t in self.types)

    def get(self, type_id: str) -> EntityType | None:
        """The type with this id, or None."""
        return next((t for t in self.types if t.id == type_id), None)

    def map_type(self, default_type: str) -> str | None:
        """What a suggestion of default type ``default_type`` becomes here (None: not shown)."""
        for t in self.types:
            if default_type in t.maps_from:
                return t.id
        return None


def _text(table: dict[str, object], key: str, where: str, required: bool = True) -> str:
    value = table.get(key, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise TypeSetError(f"{where}: '{key}' must be a non-empty string")
    return value


def parse_typeset(data: dict[str, object], origin: str) -> TypeSet:
    """Validate parsed TOML into a `TypeSet`; ``origin`` names the file in errors."""
    name = _text(data, "name", origin)
    raw_types = data.get("types")
    if not isinstance(raw_types, list) or not raw_types:
        raise TypeSetError(f"{origin}: needs at least one [[types]] table")
    types = []
    seen_ids: set[str] = set()
    seen_keys: set[str] = set()
    for number, raw in enumerate(raw_types, 1):
        where = f"{origin}: type {number}"
        if not isinstance(raw, dict):
            raise TypeSetError(f"{where}: must be a table")
        type_id = _text(raw, "id", where)
        where = f"{origin}: type {type_id}"
        if not _ID.match(type_id):
            raise TypeSetError(f"{where}: id must be upper-case letters, digits or _")
        colour = _text(raw, "colour", where)
        if not _COLOUR.match(colour):
            raise TypeSetError(f"{where}: colour {colour!r} is not #rrggbb")
        key = _text(raw, "key", where)
        if len(key) != 1:
            raise TypeSetError(f"{where}: key {key!r} must be one character")
        maps_from = raw.get("from", [type_id])
        if not isinstance(maps_from, list) or not all(isinstance(m, str) for m in maps_from):
            raise TypeSetError(f"{where}: 'from' must be a list of type ids")
        if type_id in seen_ids:
            raise TypeSetError(f"{where}: duplicate id")
        if key in seen_keys:
            raise TypeSetError(f"{where}: key {key!r} is already used by another type")
        seen_ids.add(type_id)
        seen_keys.add(key)
        types.append(EntityType(type_id, _text(raw, "name", where),
                                _text(raw, "description", where, required=False), colour, key,
                                tuple(maps_from)))
    return TypeSet(name, _text(data, "description", origin, required=False), tuple(types))


def load_typeset(path: Path | str) -> TypeSet:
    """Read and validate a type set file, or raise `TypeSetError` naming it and the reason."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise TypeSetError(f"{path}: cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise TypeSetError(f"{path}: not valid TOML: {exc}") from exc
    return parse_typeset(data, str(path))


def shipped_typeset(name: str = "default") -> TypeSet:
    """One of the shipped sets: ``default`` or ``anercorp``."""
    path = resource_path("typesets", f"{name}.toml")
    if not path.is_file():
        raise TypeSetError(f"{path}: no shipped type set called {name!r}")
    return load_typeset(path)
