"""Zones of a document per reviewer: read, and replace as one logical edit.

A reviewer starts from the splitter's segments (stored under the reviewer ``auto``) and gets
their own copy on the first edit.  Every edit replaces the reviewer's whole segmentation in
one transaction with its history row; the zone-edit arithmetic itself is pure logic in
`fasl.textlogic.zone_edits`, so the store only has to check that the result tiles the text.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from fasl.store.db import now
from fasl.store.documents import document_length
from fasl.store.history import record
from fasl.store.migrations import AUTO_REVIEWER
from fasl.store.reviewers import ensure_reviewer
from fasl.textlogic.zones import Segment, Zone, check_cover, summarize


def _rows(db: Database, doc_id: int, reviewer: str) -> list[Segment]:
    return [
        Segment(r["start"], r["end"], Zone(r["label"]), r["item"], r["confidence"], r["origin"])
        for r in db["segments"].rows_where("doc_id = ? AND reviewer = ?", [doc_id, reviewer],
                                           order_by="start")
    ]


def get_segments(db: Database, doc_id: int, reviewer: str) -> list[Segment]:
    """The reviewer's segments, or the automatic ones while they have not edited any."""
    own = _rows(db, doc_id, reviewer)
    return own if own else _rows(db, doc_id, AUTO_REVIEWER)


def has_own_segments(db: Database, doc_id: int, reviewer: str) -> bool:
    return bool(db.execute("SELECT 1 FROM segments WHERE doc_id = ? AND reviewer = ? LIMIT 1",
                           [doc_id, reviewer]).fetchone())


def _as_dicts(segments: Sequence[Segment]) -> list[dict[str, Any]]:
    return [s.as_dict() | {"origin": s.origin} for s in segments]


def write_segments(db: Database, doc_id: int, reviewer: str, segments: Sequence[Segment],
                   length: int) -> None:
    """Replace the stored segments and the review row's summary; caller owns the transaction."""
    check_cover(segments, length)
    db.execute("DELETE FROM segments WHERE doc_id = ? AND reviewer = ?", [doc_id, reviewer])
    # Plain executemany: this runs for every imported document, and sqlite-utils' insert_all
    # rebuilds its statement per call, which cost more than the insert itself.
    db.conn.executemany(
        """INSERT INTO segments (doc_id, reviewer, start, "end", label, item, confidence, origin)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        [(doc_id, reviewer, s.start, s.end, str(s.label), s.item, float(s.confidence), s.origin)
         for s in segments],
    )
    min_conf = min((s.confidence for s in segments), default=None)
    db.execute(
        """INSERT INTO reviews (doc_id, reviewer, state, note, seconds, min_confidence,
                                zone_summary, updated_at)
           VALUES (?, ?, ?, '', 0.0, ?, ?, ?)
           ON CONFLICT (doc_id, reviewer) DO UPDATE SET
             min_confidence = excluded.min_confidence, zone_summary = excluded.zone_summary,
             updated_at = excluded.updated_at,
             state = CASE WHEN reviews.state = 'new' AND excluded.state = 'in_progress'
                          THEN 'in_progress' ELSE reviews.state END""",
        [doc_id, reviewer, "new" if reviewer == AUTO_REVIEWER else "in_progress", min_conf,
         summarize(segments), now()],
    )


def save_segments(db: Database, doc_id: int, reviewer: str, segments: Sequence[Segment],
                  action: str, detail: dict[str, Any] | None = None) -> None:
    """One reviewer edit of the zones: new segmentation, review state and history, atomically.

    Raises:
        CoverageError: ``segments`` do not tile the document's text; nothing is written.
    """
    length = document_length(db, doc_id)
    with db.atomic():
        ensure_reviewer(db, reviewer)
        before = get_segments(db, doc_id, reviewer)
        write_segments(db, doc_id, reviewer, segments, length)
        record(db, reviewer, doc_id, action,
               (detail or {}) | {"before": _as_dicts(before), "after": _as_dicts(segments)})
