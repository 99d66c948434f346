"""Adjudication in the store: two reviewers' differences as data, and the `gold` annotation.

The gold standard of a document is kept as the work of a reviewer named ``gold`` (zones,
entities and review state like anyone's), so every reader of the store (export, agreement,
the review window) handles it without a special case.  The adjudicator's own name goes into
each history row's detail.

Every change to gold replaces its whole annotation of one document (`write_gold`) in one
transaction with one history row holding the before and after, so an undo is just another
`write_gold` with the "before" state.  Entities are compared by extent and type, and only
those that changed are deleted or inserted, so unchanged gold entities keep their ids.
The comparison itself is pure logic in `fasl.textlogic.diff_annotations`.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from fasl.store.documents import get_document
from fasl.store.entities import EntityOrigin, EntityState, SpanError, get_entities
from fasl.store.history import record
from fasl.store.migrations import AUTO_REVIEWER, SYSTEM_REVIEWER
from fasl.store.reviewers import ensure_reviewer
from fasl.store.segments import get_segments, has_own_segments, write_segments
from fasl.textlogic.diff_annotations import Difference, Span, crosses, differences
from fasl.textlogic.zones import Segment

GOLD_REVIEWER = "gold"


class StartFrom(StrEnum):
    """What a new gold annotation starts as."""

    A = "a"  # reviewer A's zones and entities
    AGREED = "agreed"  # A's zones (they must cover the text) and the entities both tagged


@dataclass(frozen=True, slots=True)
class GoldState:
    """A whole gold annotation of one document: what `write_gold` writes and undo restores."""

    segments: tuple[Segment, ...]
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Annotations:
    """Everything adjudication compares for one document and two reviewers."""

    text: str
    zones_a: list[Segment]
    zones_b: list[Segment]
    spans_a: list[Span]
    spans_b: list[Span]
    differences: list[Difference]


def reviewer_spans(db: Database, doc_id: int, reviewer: str) -> list[Span]:
    """The reviewer's accepted entities (pending suggestions are nobody's decision yet)."""
    return [Span(e.start, e.end, e.type)
            for e in get_entities(db, doc_id, reviewer, (EntityState.ACCEPTED,))]


def reviewer_state(db: Database, doc_id: int, reviewer: str) -> GoldState:
    """A reviewer's zones (the automatic ones while they have none) and accepted entities."""
    return GoldState(tuple(get_segments(db, doc_id, reviewer)),
                     tuple(reviewer_spans(db, doc_id, reviewer)))


def get_gold(db: Database, doc_id: int) -> GoldState | None:
    """The gold annotation of the document, or None when adjudication has not started."""
    if not has_own_segments(db, doc_id, GOLD_REVIEWER):
        return None
    return reviewer_state(db, doc_id, GOLD_REVIEWER)


def annotations(db: Database, doc_id: int, a: str, b: str) -> Annotations:
    """Both reviewers' annotations of the document and every difference between them."""
    text = get_document(db, doc_id).text
    zones_a, zones_b = get_segments(db, doc_id, a), get_segments(db, doc_id, b)
    spans_a, spans_b = reviewer_spans(db, doc_id, a), reviewer_spans(db, doc_id, b)
    return Annotations(text, zones_a, zones_b, spans_a, spans_b,
                       differences(text, zones_a, zones_b, spans_a, spans_b))


def document_differences(db: Database, doc_id: int, a: str, b: str) -> list[Difference]:
    """Where reviewers ``a`` and ``b`` disagree on the document, in text order."""
    return annotations(db, doc_id, a, b).differences


def initial_gold(db: Database, doc_id: int, a: str, b: str, start: StartFrom) -> GoldState:
    """What gold starts as: A's annotation, or A's zones with only the entities both share."""
    state_a = reviewer_state(db, doc_id, a)
    if start is StartFrom.A:
        return state_a
    shared = set(reviewer_spans(db, doc_id, b))
    return GoldState(state_a.segments, tuple(s for s in state_a.spans if s in shared))


def _as_detail(state: GoldState | None) -> dict[str, Any] | None:
    if state is None:
        return None
    return {"segments": [s.as_dict() for s in state.segments],
            "entities": [[s.start, s.end, s.type] for s in state.spans]}


def _check_spans(spans: Sequence[Span], length: int) -> None:
    for n, span in enumerate(spans):
        if not 0 <= span.start < span.end <= length:
            raise SpanError(f"span [{span.start}, {span.end}) is empty or outside the text "
                            f"(0..{length})")
        for other in spans[:n]:
            if crosses(span, other):
                raise SpanError(f"{span.type} [{span.start}, {span.end}) crosses {other.type} "
                                f"[{other.start}, {other.end}); entities may nest but not cross")


def write_gold(db: Database, doc_id: int, state: GoldState | None, action: str,
               adjudicator: str, detail: dict[str, Any] | None = None) -> None:
    """Make ``state`` the gold annotation of the document (None: remove it), atomically.

    Raises:
        CoverageError: the segments do not tile the text; nothing is written.
        SpanError: an entity is outside the text or two cross; nothing is written.
    """
    document = get_document(db, doc_id)
    length = len(document.text)
    with db.atomic():
        ensure_reviewer(db, GOLD_REVIEWER)
        before = get_gold(db, doc_id)
        if state is None:
            for table in ("segments", "entities", "reviews"):
                db.execute(f"DELETE FROM {table} WHERE doc_id = ? AND reviewer = ?",
                           [doc_id, GOLD_REVIEWER])
        else:
            _check_spans(state.spans, length)
            write_segments(db, doc_id, GOLD_REVIEWER, state.segments, length)
            _write_spans(db, doc_id, document.text, state.spans)
        record(db, GOLD_REVIEWER, doc_id, action,
               (detail or {}) | {"adjudicator": adjudicator, "before": _as_detail(before),
                                 "after": _as_detail(state)})


def _write_spans(db: Database, doc_id: int, text: str, spans: Sequence[Span]) -> None:
    """Delete gold entities not in ``spans`` (any state) and insert the missing ones."""
    wanted = set(spans)
    have: set[Span] = set()
    for entity in get_entities(db, doc_id, GOLD_REVIEWER, list(EntityState)):
        span = Span(entity.start, entity.end, entity.type)
        if span in wanted and entity.state is EntityState.ACCEPTED and span not in have:
            have.add(span)
        else:
            db.execute("DELETE FROM entities WHERE id = ?", [entity.id])
    db["entities"].insert_all(
        {"doc_id": doc_id, "reviewer": GOLD_REVIEWER, "start": s.start, "end": s.end,
         "type": s.type, "origin": str(EntityOrigin.HUMAN), "state": str(EntityState.ACCEPTED),
         "surface": text[s.start:s.end]}
        for s in sorted(wanted - have))


def copy_to_gold(db: Database, doc_id: int, reviewer: str, adjudicator: str) -> GoldState:
    """Make a reviewer's zones and accepted entities the gold annotation (one transaction)."""
    state = reviewer_state(db, doc_id, reviewer)
    write_gold(db, doc_id, state, "copy_to_gold", adjudicator, {"from": reviewer})
    return state


def shared_documents(db: Database, a: str, b: str) -> list[tuple[int, str]]:
    """``(id, name)`` of the documents both reviewers worked on, by name."""
    worked = ("SELECT doc_id FROM segments WHERE reviewer = ? "
              "UNION SELECT doc_id FROM entities WHERE reviewer = ? AND state = 'accepted' "
              "UNION SELECT doc_id FROM reviews WHERE reviewer = ? AND state != 'new'")
    rows = db.execute(
        f"SELECT id, name FROM documents WHERE id IN ({worked}) AND id IN ({worked}) "
        "ORDER BY name, id", [a, a, a, b, b, b]).fetchall()
    return [(int(row[0]), str(row[1])) for row in rows]


def reviewers_of(db: Database, doc_id: int | None = None) -> list[str]:
    """People who worked on the document (on any, without one), most work first.

    Work is counted as own zone edits, accepted entities and a review state past ``new``;
    gold and the app's own names are left out, so the first two make a sensible A and B.
    """
    where, params = ("WHERE doc_id = ?", [doc_id]) if doc_id is not None else ("", [])
    rows = db.execute(
        f"""SELECT reviewer, count(*) AS n FROM (
              SELECT reviewer FROM segments {where}
              UNION ALL SELECT reviewer FROM entities {where}
                {"AND" if where else "WHERE"} state = 'accepted'
              UNION ALL SELECT reviewer FROM reviews {where}
                {"AND" if where else "WHERE"} state != 'new')
            WHERE reviewer NOT IN (?, ?, ?) GROUP BY reviewer ORDER BY n DESC, reviewer""",
        [*params, *params, *params, GOLD_REVIEWER, AUTO_REVIEWER, SYSTEM_REVIEWER]).fetchall()
    return [str(row[0]) for row in rows]
