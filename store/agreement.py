"""Agreement between reviewers, read from a store (the arithmetic is `textlogic.agreement`).

Which documents count: by default those **both** reviewers have marked ``done``, because
agreement on half-finished work mostly measures how far each got.  ``scope="worked"``
takes every document both have worked on (a review state other than ``new``, their own
zones, or entities), for a first look while a batch is still in progress.

What is compared: each reviewer's zones (their own, or the automatic ones they accepted by
marking the document done without editing), and their **accepted** entities (pending
suggestions and rejected ones are not their annotation).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations
from typing import Any

from sqlite_utils import Database

from fasl.store.entities import EntityState, get_entities
from fasl.store.errors import StoreError
from fasl.store.reviewers import list_reviewers
from fasl.store.segments import get_segments
from fasl.textlogic.agreement import CorpusAgreement, combine, compare_document


class Scope(StrEnum):
    DONE = "done"  # both reviewers marked the document done
    WORKED = "worked"  # both did anything on it


@dataclass(frozen=True, slots=True)
class AgreementReport:
    """Two reviewers' agreement over the documents in scope."""

    reviewer_a: str
    reviewer_b: str
    scope: Scope
    result: CorpusAgreement
    cancelled: bool = False

    @property
    def documents(self) -> int:
        return len(self.result.documents)

    def as_dict(self, top: int | None = None) -> dict[str, Any]:
        """Plain values for JSON: figures, per-type F1 and the most-disagreed documents."""
        r = self.result
        docs = r.documents if top is None else r.documents[:top]
        return {
            "reviewers": [self.reviewer_a, self.reviewer_b],
            "scope": str(self.scope),
            "documents": self.documents,
            "lines": r.lines,
            "zone_kappa": r.kappa,
            "boundary_share": r.boundary_share,
            "entities": {
                type_: {"count_a": c.count_a, "count_b": c.count_b, "exact_f1": c.exact_f1,
                        "partial_f1": c.partial_f1}
                for type_, c in {**r.entities, "ALL": r.entities_all}.items()
            },
            "most_disagreed": [
                {"doc_id": d.doc_id, "name": d.name, "disagreement": round(d.disagreement, 4),
                 "lines": d.lines, "lines_differing": d.lines_differing,
                 "same_main_story": d.same_main_story}
                for d in docs
            ],
        }


def shared_documents(db: Database, reviewer_a: str, reviewer_b: str,
                     scope: Scope = Scope.DONE) -> list[int]:
    """Ids of the documents in scope for both reviewers, in id order."""
    if scope is Scope.DONE:
        sql = ("SELECT a.doc_id FROM reviews a JOIN reviews b ON b.doc_id = a.doc_id "
               "WHERE a.reviewer = ? AND b.reviewer = ? AND a.state = 'done' "
               "AND b.state = 'done' ORDER BY a.doc_id")
        return [row[0] for row in db.execute(sql, [reviewer_a, reviewer_b]).fetchall()]
    worked = ("SELECT doc_id FROM reviews WHERE reviewer = :r AND state != 'new' "
              "UNION SELECT doc_id FROM segments WHERE reviewer = :r "
              "UNION SELECT doc_id FROM entities WHERE reviewer = :r")
    sql = (f"SELECT doc_id FROM ({worked.replace(':r', ':a')}) "
           f"INTERSECT SELECT doc_id FROM ({worked.replace(':r', ':b')}) ORDER BY doc_id")
    return [row[0] for row in db.execute(sql, {"a": reviewer_a, "b": reviewer_b}).fetchall()]


def _accepted(db: Database, doc_id: int, reviewer: str) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.type)
            for e in get_entities(db, doc_id, reviewer, (EntityState.ACCEPTED,))]


def compare_reviewers(db: Database, reviewer_a: str, reviewer_b: str, *,
                      scope: Scope = Scope.DONE,
                      progress: Callable[[int, int, str], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> AgreementReport:
    """Agreement of two reviewers over their shared documents.

    Args:
        progress: called with (documents done, total, document name) as it goes.
        cancelled: polled between documents; the report then covers those compared so far
            and says ``cancelled``.

    Raises:
        StoreError: a reviewer is unknown, or the two names are the same.
    """
    known = set(list_reviewers(db))
    for name in (reviewer_a, reviewer_b):
        if name not in known:
            listed = ", ".join(sorted(known)) or "none yet"
            raise StoreError(f"no reviewer {name!r} in this store (reviewers: {listed})")
    if reviewer_a == reviewer_b:
        raise StoreError(f"choose two different reviewers (got {reviewer_a!r} twice)")
    ids = shared_documents(db, reviewer_a, reviewer_b, scope)
    stopped = False

    def compared() -> Iterator[Any]:
        nonlocal stopped
        for n, doc_id in enumerate(ids):
            if cancelled and cancelled():
                stopped = True
                return
            name, text = db.execute("SELECT name, text FROM documents WHERE id = ?",
                                    [doc_id]).fetchone()
            yield compare_document(
                doc_id, name, text, get_segments(db, doc_id, reviewer_a),
                get_segments(db, doc_id, reviewer_b), _accepted(db, doc_id, reviewer_a),
                _accepted(db, doc_id, reviewer_b))
            if progress:
                progress(n + 1, len(ids), name)

    result = combine(compared())
    return AgreementReport(reviewer_a, reviewer_b, scope, result, stopped)


def reviewer_pairs(db: Database) -> list[tuple[str, str]]:
    """Every pair of people in the store, alphabetically."""
    return list(combinations(list_reviewers(db), 2))
