"""Review state, flag notes and time spent, per document and reviewer."""
from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from fasl.store.db import now
from fasl.store.documents import ReviewState
from fasl.store.history import record
from fasl.store.migrations import AUTO_REVIEWER
from fasl.store.reviewers import ensure_reviewer


@dataclass(frozen=True, slots=True)
class Review:
    state: ReviewState
    note: str
    seconds: float


def get_review(db: Database, doc_id: int, reviewer: str) -> Review:
    row = db.execute("SELECT state, note, seconds FROM reviews WHERE doc_id = ? AND reviewer = ?",
                     [doc_id, reviewer]).fetchone()
    if row is None:
        return Review(ReviewState.NEW, "", 0.0)
    return Review(ReviewState(row[0]), row[1] or "", row[2] or 0.0)


def _upsert(db: Database, doc_id: int, reviewer: str, column: str, value: object) -> None:
    ensure_reviewer(db, reviewer)
    db.execute(
        """INSERT INTO reviews (doc_id, reviewer, state, note, seconds, updated_at)
            VALUES (?, ?, 'new', '', 0.0, ?)
            ON CONFLICT (doc_id, reviewer) DO NOTHING""",
        [doc_id, reviewer, now()],
    )
    db.execute(f"UPDATE reviews SET {column} = ?, updated_at = ? WHERE doc_id = ? AND reviewer = ?",
               [value, now(), doc_id, reviewer])


def set_state(db: Database, doc_id: int, reviewer: str, state: ReviewState,
              note: str | None = None, action: str = "set_state") -> None:
    """Move a document to ``state`` for ``reviewer`` (a flag carries its note; ``None``
    keeps the note there is).  ``action`` names the change in history (``undo:set_state``
    when the window takes a mark back)."""
    with db.atomic():
        before = get_review(db, doc_id, reviewer)
        _upsert(db, doc_id, reviewer, "state", str(state))
        if note is not None:
            _upsert(db, doc_id, reviewer, "note", note)
        record(db, reviewer, doc_id, action,
               {"before": str(before.state), "after": str(state),
                **({"note": note} if note is not None else {})})


def add_time(db: Database, doc_id: int, reviewer: str, seconds: float) -> None:
    """Add time a reviewer spent with the document open (not a history event: too chatty)."""
    if seconds <= 0:
        return
    with db.atomic():
        _upsert(db, doc_id, reviewer, "seconds", get_review(db, doc_id, reviewer).seconds + seconds)


def add_times(db: Database, reviewer: str, seconds_by_doc: dict[int, float]) -> None:
    """`add_time` for several documents in one transaction (the window batches its writes)."""
    with db.atomic():
        for doc_id, seconds in seconds_by_doc.items():
            add_time(db, doc_id, reviewer, seconds)


def progress(db: Database, reviewer: str) -> tuple[int, int]:
    """(documents this reviewer has marked done, documents in the store)."""
    done = db.execute("SELECT count(*) FROM reviews WHERE reviewer = ? AND state = 'done'",
                      [reviewer]).fetchone()[0]
    return int(done), db["documents"].count


def progress_by_reviewer(db: Database) -> dict[str, dict[str, int]]:
    """{reviewer: {state: count}} for every person who has a review row."""
    out: dict[str, dict[str, int]] = {}
    for reviewer, state, count in db.execute(
        "SELECT reviewer, state, count(*) FROM reviews WHERE reviewer != ? "
        "GROUP BY reviewer, state ORDER BY reviewer", [AUTO_REVIEWER]
    ).fetchall():
        out.setdefault(reviewer, {})[state] = count
    return out
