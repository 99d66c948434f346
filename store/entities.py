"""Entity spans per document and reviewer: add, retype, delete, accept or reject suggestions.

Spans may nest but never cross (SCHEME.md section 2), so every write checks the new span
against the reviewer's live spans (pending and accepted) before anything is written.  A
rejected suggestion stays in the table as ``rejected`` so the same span is never offered
again to that reviewer.  Every call is one transaction with its history row.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlite_utils import Database

from fasl.store.documents import document_length
from fasl.store.errors import StoreError
from fasl.store.history import record
from fasl.store.reviewers import ensure_reviewer
from fasl.textlogic.spans import SpanIndex, crosses


class EntityState(StrEnum):
    PENDING = "pending"  # a suggestion not yet decided
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class EntityOrigin(StrEnum):
    SUGGESTED = "suggested"
    HUMAN = "human"


@dataclass(frozen=True, slots=True)
class Entity:
    id: int
    doc_id: int
    start: int
    end: int
    type: str
    origin: EntityOrigin
    state: EntityState
    surface: str


class SpanError(StoreError):
    """A span that is empty, outside the text, or crosses another span."""


def _entity(row: dict) -> Entity:
    return Entity(row["id"], row["doc_id"], row["start"], row["end"], row["type"],
                  EntityOrigin(row["origin"]), EntityState(row["state"]), row["surface"] or "")


def get_entities(db: Database, doc_id: int, reviewer: str,
                 states: Iterable[EntityState] = (EntityState.PENDING, EntityState.ACCEPTED)
                 ) -> list[Entity]:
    """The reviewer's spans in the given states, in text order (outer before inner)."""
    wanted = [str(s) for s in states]
    marks = ",".join("?" * len(wanted))
    rows = db.execute(
        f"SELECT * FROM entities WHERE doc_id = ? AND reviewer = ? AND state IN ({marks}) "
        "ORDER BY start, end DESC, id", [doc_id, reviewer, *wanted])
    columns = [c[0] for c in rows.description]
    return [_entity(dict(zip(columns, row, strict=True))) for row in rows.fetchall()]


def _get(db: Database, entity_id: int, reviewer: str) -> Entity:
    rows = db.execute("SELECT * FROM entities WHERE id = ? AND reviewer = ?",
                      [entity_id, reviewer])
    row = rows.fetchone()
    if row is None:
        raise StoreError(f"no entity {entity_id} of reviewer {reviewer!r}")
    return _entity(dict(zip([c[0] for c in rows.description], row, strict=True)))


def _check_span(db: Database, doc_id: int, reviewer: str, start: int, end: int,
                ignore: int | None = None) -> None:
    length = document_length(db, doc_id)
    if not 0 <= start < end <= length:
        raise SpanError(f"span [{start}, {end}) is empty or outside the text (0..{length})")
    for other in get_entities(db, doc_id, reviewer):
        if other.id != ignore and crosses((start, end), (other.start, other.end)):
            raise SpanError(
                f"span [{start}, {end}) crosses {other.type} [{other.start}, {other.end}); "
                "entities may nest but not cross")


def add_entity(db: Database, doc_id: int, reviewer: str, start: int, end: int, type_: str,
               surface: str) -> Entity:
    """Tag ``[start, end)`` as ``type_`` by hand (accepted at once)."""
    with db.atomic():
        ensure_reviewer(db, reviewer)
        _check_span(db, doc_id, reviewer, start, end)
        entity_id = db["entities"].insert({
            "doc_id": doc_id, "reviewer": reviewer, "start": start, "end": end, "type": type_,
            "origin": str(EntityOrigin.HUMAN), "state": str(EntityState.ACCEPTED),
            "surface": surface}).last_pk
        record(db, reviewer, doc_id, "add_entity",
               {"id": entity_id, "start": start, "end": end, "type": type_, "surface": surface})
    return _get(db, int(entity_id), reviewer)


def retype_entity(db: Database, entity_id: int, reviewer: str, type_: str) -> Entity:
    """Change an entity's type; a retyped suggestion counts as accepted."""
    with db.atomic():
        before = _get(db, entity_id, reviewer)
        db.execute("UPDATE entities SET type = ?, state = ? WHERE id = ?",
                   [type_, str(EntityState.ACCEPTED), entity_id])
        record(db, reviewer, before.doc_id, "retype_entity",
               {"id": entity_id, "before": before.type, "after": type_})
    return _get(db, entity_id, reviewer)


def delete_entity(db: Database, entity_id: int, reviewer: str) -> Entity:
    """Remove an entity; returns it so an undo can put it back with `restore_entity`."""
    with db.atomic():
        gone = _get(db, entity_id, reviewer)
        db.execute("DELETE FROM entities WHERE id = ?", [entity_id])
        record(db, reviewer, gone.doc_id, "delete_entity",
               {"id": entity_id, "start": gone.start, "end": gone.end, "type": gone.type})
    return gone


def restore_entity(db: Database, entity: Entity, reviewer: str) -> Entity:
    """Put back a deleted entity with its id, origin and state (the undo of a delete)."""
    with db.atomic():
        _check_span(db, entity.doc_id, reviewer, entity.start, entity.end)
        db["entities"].insert({
            "id": entity.id, "doc_id": entity.doc_id, "reviewer": reviewer,
            "start": entity.start, "end": entity.end, "type": entity.type,
            "origin": str(entity.origin), "state": str(entity.state),
            "surface": entity.surface})
        record(db, reviewer, entity.doc_id, "restore_entity", {"id": entity.id})
    return _get(db, entity.id, reviewer)


def set_states(db: Database, entity_ids: Sequence[int], reviewer: str,
               state: EntityState) -> None:
    """Accept or reject several suggestions as one edit (one transaction, one history row)."""
    if not entity_ids:
        return
    with db.atomic():
        entities = [_get(db, i, reviewer) for i in entity_ids]
        marks = ",".join("?" * len(entity_ids))
        db.execute(f"UPDATE entities SET state = ? WHERE id IN ({marks})",
                   [str(state), *entity_ids])
        for doc_id in sorted({e.doc_id for e in entities}):
            record(db, reviewer, doc_id, f"{state}_entities",
                   {"ids": [e.id for e in entities if e.doc_id == doc_id],
                    "before": [str(e.state) for e in entities if e.doc_id == doc_id]})


def add_suggestions(db: Database, doc_id: int, reviewer: str,
                    spans: Iterable[tuple[int, int, str, str]]) -> int:
    """Store ``(start, end, type, surface)`` suggestions as pending; returns how many were new.

    A span the reviewer already has (in any state, rejected included) is not offered again,
    and a suggestion that would cross a live span is dropped.
    """
    with db.atomic():
        ensure_reviewer(db, reviewer)
        known = {(e.start, e.end) for e in get_entities(db, doc_id, reviewer, list(EntityState))}
        live: SpanIndex[None] = SpanIndex()
        for e in get_entities(db, doc_id, reviewer):
            live.add(e.start, e.end, None)
        rows = []
        for start, end, type_, surface in spans:
            if (start, end) in known or live.crossing(start, end):
                continue
            rows.append((doc_id, reviewer, start, end, type_, str(EntityOrigin.SUGGESTED),
                         str(EntityState.PENDING), surface))
            known.add((start, end))
            live.add(start, end, None)
        # executemany: a long document brings thousands of suggestions at once.
        db.conn.executemany(
            """INSERT INTO entities (doc_id, reviewer, start, "end", type, origin, state, surface)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows)
        added = len(rows)
        if added:
            record(db, reviewer, doc_id, "suggest_entities", {"added": added})
    return added


def learned_surfaces(db: Database) -> dict[tuple[str, str], int]:
    """(surface, type) -> how often reviewers accepted it, across the corpus: what to suggest."""
    return {(row[0], row[1]): int(row[2]) for row in db.execute(
        "SELECT surface, type, count(*) FROM entities WHERE state = 'accepted' "
        "AND surface != '' GROUP BY surface, type").fetchall()}


def reviewed_spans(db: Database) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """``(text, accepted spans)`` per document and reviewer who accepted entities in it.

    The counter-evidence for learned strings: where a reviewer tagged names in a document,
    an occurrence of a learned string left untagged there was judged not a name (see
    `fasl.textlogic.suggest.learned`).  One pair at a time, so a large store is not read
    into memory at once.
    """
    pairs = db.execute(
        "SELECT DISTINCT doc_id, reviewer FROM entities WHERE state = 'accepted' "
        "ORDER BY doc_id, reviewer").fetchall()
    for doc_id, reviewer in pairs:
        text = db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
        spans = [(int(r[0]), int(r[1])) for r in db.execute(
            'SELECT start, "end" FROM entities WHERE doc_id = ? AND reviewer = ? '
            "AND state = 'accepted'", [doc_id, reviewer]).fetchall()]
        yield text, spans
