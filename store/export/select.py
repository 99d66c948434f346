"""Which documents an export takes, and reading them in batches.

An export is one reviewer's view of the corpus: their zones (or the automatic ones while
they have not edited any, as in the review window), their accepted entities and their
review state.  A 100,000-document store is never held in memory: the ids of the selection
are read first (integers only), then the documents come in batches of `BATCH`, each batch
with one query per table.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from fasl.store.documents import ReviewState
from fasl.store.errors import StoreError
from fasl.store.migrations import AUTO_REVIEWER
from fasl.store.reviewers import RESERVED, list_reviewers
from fasl.textlogic.zones import Segment, Zone

BATCH = 500
GOLD_REVIEWER = "gold"


@dataclass(frozen=True, slots=True)
class Span:
    """An accepted entity as exported: offsets into the document's text."""

    start: int
    end: int
    type: str
    origin: str


@dataclass(frozen=True, slots=True)
class ExportDoc:
    """One document as one reviewer sees it, with everything any format writes."""

    id: int
    uid: str
    name: str
    origin: str
    sha256: str
    meta: dict[str, Any]
    text: str
    segments: list[Segment]
    entities: list[Span]  # text order, outer before inner
    reviewer: str
    state: str
    note: str


def _reviewers_with_work(db: Database) -> dict[str, dict[str, int]]:
    """{reviewer: {state: documents}} for everyone with a state past ``new`` or annotations."""
    states: dict[str, dict[str, int]] = {}
    for name, state, count in db.execute(
            "SELECT reviewer, state, count(*) FROM reviews GROUP BY reviewer, state").fetchall():
        states.setdefault(name, {})[state] = count
    annotated = {row[0] for row in db.execute("SELECT DISTINCT reviewer FROM entities UNION "
                                              "SELECT DISTINCT reviewer FROM segments")}
    names = (set(states) | annotated) - RESERVED
    return {name: states.get(name, {}) for name in sorted(names)
            if name in annotated or any(s != ReviewState.NEW for s in states.get(name, {}))}


def _describe(work: dict[str, dict[str, int]], everyone: Sequence[str]) -> str:
    if not everyone:
        return "the store has no reviewers yet"
    parts = []
    for name in everyone:
        states = work.get(name, {})
        shown = ", ".join(f"{count} {state}" for state, count in sorted(states.items()))
        parts.append(f"{name} ({shown or 'no work'})")
    return "reviewers: " + "; ".join(parts)


def resolve_reviewer(db: Database, requested: str | None) -> str:
    """The reviewer whose work to export.

    Without a request: ``gold`` when it has done documents, else the only reviewer who has
    worked on the store.  Anything else is a `StoreError` that lists the reviewers.
    """
    everyone = list_reviewers(db)
    if requested is not None:
        requested = requested.strip()
        if requested in RESERVED:
            raise StoreError(f"{requested!r} is fasl's own reviewer name, not a person's work; "
                             "choose a reviewer with --reviewer")
        if requested not in everyone:
            raise StoreError(f"no reviewer {requested!r} in this store; "
                             f"{_describe(_reviewers_with_work(db), everyone)}")
        return requested
    work = _reviewers_with_work(db)
    if work.get(GOLD_REVIEWER, {}).get(ReviewState.DONE):
        return GOLD_REVIEWER
    if len(work) == 1:
        return next(iter(work))
    if not work:
        raise StoreError("nobody has reviewed a document in this store yet; "
                         f"{_describe(work, everyone)}")
    raise StoreError(f"several reviewers have worked on this store; choose one with --reviewer "
                     f"({_describe(work, sorted(work))})")


def select_ids(db: Database, reviewer: str, states: Iterable[str] | None,
               uids: Sequence[str] | None = None) -> list[int]:
    """Document ids to export, in import order.

    Args:
        states: review states to take (a document nobody opened is ``new``); None for all.
        uids: only these documents (their stable ids); an unknown one is a `StoreError`.
    """
    sql = ("SELECT d.id, d.uid FROM documents d LEFT JOIN reviews r "
           "ON r.doc_id = d.id AND r.reviewer = ?")
    params: list[Any] = [reviewer]
    if states is not None:
        wanted = sorted({str(ReviewState(s)) for s in states})
        sql += f" WHERE COALESCE(r.state, 'new') IN ({','.join('?' * len(wanted))})"
        params += wanted
    rows = db.execute(sql + " ORDER BY d.id", params).fetchall()
    if uids is None:
        return [row[0] for row in rows]
    wanted_uids = set(uids)
    known = {row[0] for row in db.execute("SELECT uid FROM documents").fetchall()
             if row[0] in wanted_uids}
    missing = [u for u in uids if u not in known]
    if missing:
        more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        raise StoreError(f"no document with id {', '.join(map(repr, missing[:3]))}{more} "
                         "in this store")
    return [row[0] for row in rows if row[1] in wanted_uids]


def _segments(db: Database, marks: str, ids: Sequence[int],
              reviewer: str) -> dict[int, list[Segment]]:
    own: dict[int, list[Segment]] = {}
    auto: dict[int, list[Segment]] = {}
    for doc_id, who, start, end, label, item, confidence, origin in db.execute(
            f"SELECT doc_id, reviewer, start, end, label, item, confidence, origin FROM segments "
            f"WHERE doc_id IN ({marks}) AND reviewer IN (?, ?) ORDER BY doc_id, start",
            [*ids, reviewer, AUTO_REVIEWER]).fetchall():
        target = auto if who == AUTO_REVIEWER else own
        target.setdefault(doc_id, []).append(
            Segment(start, end, Zone(label), item, confidence, origin))
    return {doc_id: own.get(doc_id) or auto.get(doc_id, []) for doc_id in ids}


def load_batch(db: Database, ids: Sequence[int], reviewer: str) -> list[ExportDoc]:
    """The documents ``ids`` (at most a few hundred) with the reviewer's annotations, in order."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    docs = {row[0]: row for row in db.execute(
        f"SELECT id, uid, name, origin, text_sha256, meta, text FROM documents "
        f"WHERE id IN ({marks})", list(ids)).fetchall()}
    segments = _segments(db, marks, ids, reviewer)
    entities: dict[int, list[Span]] = {}
    for doc_id, start, end, type_, origin in db.execute(
            f"SELECT doc_id, start, end, type, origin FROM entities WHERE doc_id IN ({marks}) "
            "AND reviewer = ? AND state = 'accepted' ORDER BY doc_id, start, end DESC, id",
            [*ids, reviewer]).fetchall():
        entities.setdefault(doc_id, []).append(Span(start, end, type_, origin))
    reviews = {row[0]: (row[1], row[2] or "") for row in db.execute(
        f"SELECT doc_id, state, note FROM reviews WHERE reviewer = ? AND doc_id IN ({marks})",
        [reviewer, *ids]).fetchall()}
    out = []
    for doc_id in ids:
        _, uid, name, origin, sha, meta, text = docs[doc_id]
        state, note = reviews.get(doc_id, (str(ReviewState.NEW), ""))
        out.append(ExportDoc(doc_id, uid, name, origin or "", sha, json.loads(meta or "{}"), text,
                             segments[doc_id], entities.get(doc_id, []), reviewer, state, note))
    return out


def iter_documents(db: Database, ids: Sequence[int], reviewer: str) -> Iterator[ExportDoc]:
    """Every selected document, read `BATCH` at a time."""
    for i in range(0, len(ids), BATCH):
        yield from load_batch(db, ids[i:i + BATCH], reviewer)
