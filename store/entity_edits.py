"""Changing one stored entity in place: its span, type or state, keeping its id.

`fasl.store.entities` adds, retypes, deletes and restores.  Two edits need more: a reviewer
widening or narrowing a tagged span by a letter or a word, and the undo of a retype, which
must put back the type AND the state it had (a retyped suggestion becomes accepted; undoing
it must make it pending again).  Both are one row rewritten in one transaction, checked
against crossing like every other entity write, with its history row.
"""
from __future__ import annotations

from sqlite_utils import Database

from fasl.store.documents import document_length
from fasl.store.entities import (
    Entity,
    EntityState,
    SpanError,
    crosses,
    get_entities,
)
from fasl.store.errors import StoreError
from fasl.store.history import record


def _one(db: Database, entity_id: int, reviewer: str) -> Entity:
    found = [e for e in _all(db, entity_id, reviewer) if e.id == entity_id]
    if not found:
        raise StoreError(f"no entity {entity_id} of reviewer {reviewer!r}")
    return found[0]


def _all(db: Database, entity_id: int, reviewer: str) -> list[Entity]:
    row = db.execute("SELECT doc_id FROM entities WHERE id = ? AND reviewer = ?",
                     [entity_id, reviewer]).fetchone()
    if row is None:
        return []
    return get_entities(db, int(row[0]), reviewer, list(EntityState))


def update_entity(db: Database, entity_id: int, reviewer: str, *, start: int | None = None,
                  end: int | None = None, type_: str | None = None,
                  state: EntityState | None = None, surface: str | None = None,
                  action: str = "update_entity") -> Entity:
    """Rewrite the given fields of one entity; the others stay as they are.

    Args:
        entity_id: the entity to change (it must belong to ``reviewer``).
        start, end: a new span, checked: inside the text, not empty, crossing no live span
            of the reviewer other than this one.
        type_, state, surface: new values.
        action: the history action name (``resize_entity``, ``undo:retype_entity`` ...).

    Returns:
        The entity as stored afterwards.

    Raises:
        SpanError: the new span is empty, outside the text, or crosses another span.
        StoreError: no such entity.
    """
    with db.atomic():
        before = _one(db, entity_id, reviewer)
        new_start = before.start if start is None else start
        new_end = before.end if end is None else end
        if (new_start, new_end) != (before.start, before.end):
            length = document_length(db, before.doc_id)
            if not 0 <= new_start < new_end <= length:
                raise SpanError(f"span [{new_start}, {new_end}) is empty or outside the text "
                                f"(0..{length})")
            for other in get_entities(db, before.doc_id, reviewer):
                if other.id != entity_id and crosses((new_start, new_end),
                                                     (other.start, other.end)):
                    raise SpanError(
                        f"span [{new_start}, {new_end}) crosses {other.type} "
                        f"[{other.start}, {other.end}); entities may nest but not cross")
        after = {
            "start": new_start, "end": new_end,
            "type": before.type if type_ is None else type_,
            "state": str(before.state if state is None else state),
            "surface": before.surface if surface is None else surface,
        }
        db["entities"].update(entity_id, after)
        record(db, reviewer, before.doc_id, action, {
            "id": entity_id,
            "before": {"start": before.start, "end": before.end, "type": before.type,
                       "state": str(before.state)},
            "after": {k: after[k] for k in ("start", "end", "type", "state")}})
    return _one(db, entity_id, reviewer)
