"""`fasl check`: is this store whole, and does everything in it fit its text?

SQLite's own checks (``integrity_check``, ``foreign_key_check``) find damaged pages and
dangling rows, but not a store that is sound as a database and wrong as annotations: a
segment past the end of its text, a reviewer's zones with a gap, an entity outside the
text, a history that no longer says how the current zones came about.  Those are what a
crash, a hand edit or a bug in some other tool would leave, so they are checked here,
read-only, and each is reported with the document, the reviewer and what is wrong.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from sqlite_utils import Database

from fasl.store.migrations import AUTO_REVIEWER
from fasl.textlogic.zones import CoverageError, Segment, Zone, check_cover

_HISTORY_TRIGGERS = ("history_no_update", "history_no_delete")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong; ``uid``/``reviewer`` are empty when it is not about one document."""

    what: str
    uid: str = ""
    reviewer: str = ""

    def __str__(self) -> str:
        where = []
        if self.uid:
            where.append(f"document {self.uid}")
        if self.reviewer:
            where.append(f"reviewer {self.reviewer}")
        return f"{', '.join(where)}: {self.what}" if where else self.what


def _database(db: Database) -> Iterator[Problem]:
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        for row in rows:
            yield Problem(f"integrity: {row}")
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        yield Problem(f"{table} row {rowid} points to a missing {parent} row")
    triggers = {r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}
    for name in _HISTORY_TRIGGERS:
        if name not in triggers:
            yield Problem(f"the trigger {name} that keeps history append-only is missing")


def _documents(db: Database, uids: dict[int, str]) -> Iterator[Problem]:
    for doc_id, stored, actual in db.execute(
            "SELECT id, length, length(text) FROM documents WHERE length != length(text)"):
        yield Problem(f"stored length {stored} but the text has {actual} code points",
                      uids[doc_id])
    for (doc_id,) in db.execute(
            "SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM segments s "
            "WHERE s.doc_id = d.id AND s.reviewer = ?)", [AUTO_REVIEWER]):
        yield Problem("no automatic zones (every document needs them)", uids[doc_id],
                      AUTO_REVIEWER)


def _segment(row: tuple) -> Segment:
    _, _, start, end, label, item, confidence, origin = row
    return Segment(start, end, Zone(label), item, confidence, origin)


def _segments(db: Database, uids: dict[int, str], lengths: dict[int, int]
              ) -> Iterator[tuple[int, str, list[Segment] | None, Problem | None]]:
    """(doc, reviewer, segments or None, problem) for every stored segmentation."""
    rows = db.execute("SELECT doc_id, reviewer, start, [end], label, item, confidence, origin "
                      "FROM segments ORDER BY doc_id, reviewer, start")
    for (doc_id, reviewer), group in groupby(rows, key=lambda r: (r[0], r[1])):
        uid = uids.get(doc_id, f"#{doc_id}")
        try:
            segments = [_segment(r) for r in group]
        except ValueError as exc:  # an unknown zone label
            yield doc_id, reviewer, None, Problem(f"zones: {exc}", uid, reviewer)
            continue
        if doc_id not in lengths:
            yield doc_id, reviewer, None, Problem("zones of a missing document", uid, reviewer)
            continue
        try:
            check_cover(segments, lengths[doc_id])
        except CoverageError as exc:
            yield doc_id, reviewer, segments, Problem(f"zones do not cover the text: {exc}",
                                                      uid, reviewer)
            continue
        yield doc_id, reviewer, segments, None


def _entities(db: Database, uids: dict[int, str]) -> Iterator[Problem]:
    for doc_id, reviewer, entity_id, start, end, length in db.execute(
            "SELECT e.doc_id, e.reviewer, e.id, e.start, e.[end], d.length FROM entities e "
            "JOIN documents d ON d.id = e.doc_id "
            "WHERE e.start < 0 OR e.[end] <= e.start OR e.[end] > d.length"):
        yield Problem(f"entity {entity_id} [{start}, {end}) is empty or outside the text "
                      f"(0..{length})", uids[doc_id], reviewer)


_UNKNOWN: list[dict[str, Any]] = []  # written by a bulk action that does not list the zones


def _recorded(db: Database) -> tuple[dict[tuple[int, str], list[dict[str, Any]]],
                                     dict[tuple[int, str], str | None]]:
    """What the history says each (doc, reviewer) was last left with: zones and state.

    Zone edits record the whole segmentation they left (``after``: a list, or for the gold
    reviewer ``{"segments": [...]}``); an imported export records only that annotations
    came in (zones unknown, its ``state``); ``set_state`` and ``undo:set_state`` (a mark
    taken back) record the state they set.
    """
    zones: dict[tuple[int, str], list[dict[str, Any]]] = {}
    states: dict[tuple[int, str], str | None] = {}
    for doc_id, reviewer, action, detail in db.execute(
            "SELECT doc_id, reviewer, action, detail FROM history "
            "WHERE action IN ('set_state', 'undo:set_state', 'import_annotations') "
            "OR detail LIKE '%\"after\": %' ORDER BY id"):
        try:
            data = json.loads(detail)
        except ValueError:
            continue  # reported by _history
        if not isinstance(data, dict):
            continue
        key = (doc_id, reviewer)
        after = data.get("after")
        if action in ("set_state", "undo:set_state"):
            states[key] = after
        elif action == "import_annotations":
            zones[key] = _UNKNOWN
            states[key] = data.get("state")
        elif isinstance(after, list):
            zones[key] = after
        elif isinstance(after, dict) and isinstance(after.get("segments"), list):
            zones[key] = after["segments"]
    return zones, states


def _history(db: Database, uids: dict[int, str]) -> Iterator[Problem]:
    for row_id, doc_id, reviewer, detail in db.execute(
            "SELECT id, doc_id, reviewer, detail FROM history"):
        try:
            json.loads(detail or "{}")
        except ValueError:
            yield Problem(f"history row {row_id} has unreadable detail",
                          uids.get(doc_id, ""), reviewer)
        if doc_id is not None and doc_id not in uids:
            yield Problem(f"history row {row_id} is about a missing document #{doc_id}",
                          reviewer=reviewer)


def _matches(segments: list[Segment], recorded: list[dict[str, Any]]) -> bool:
    keys = ("start", "end", "label", "item")
    return [tuple(s.as_dict()[k] for k in keys) for s in segments] == \
        [tuple(r.get(k) for k in keys) for r in recorded]


def _states(db: Database, uids: dict[int, str],
            recorded: dict[tuple[int, str], str | None]) -> Iterator[Problem]:
    """A document marked done or flagged must have the history row that marked it so."""
    for doc_id, reviewer, state in db.execute(
            "SELECT doc_id, reviewer, state FROM reviews WHERE state IN ('done', 'flagged')"):
        if recorded.get((doc_id, reviewer)) != state:
            yield Problem(f"review state {state!r} but no history row set it",
                          uids.get(doc_id, f"#{doc_id}"), reviewer)


def check_store(db: Database) -> list[Problem]:
    """Every problem found in the store, in a stable order; empty when all is well.

    A store whose pages are damaged is reported as such and not read further: rows read
    from a damaged b-tree prove nothing about the annotations.
    """
    try:
        problems = list(_database(db))
        if any(p.what.startswith("integrity:") for p in problems):
            return problems
        return problems + _annotations(db)
    except sqlite3.DatabaseError as exc:
        return [Problem(f"integrity: the database cannot be read ({exc})")]


def _annotations(db: Database) -> list[Problem]:
    problems: list[Problem] = []
    uids: dict[int, str] = {}
    lengths: dict[int, int] = {}
    for doc_id, uid, length in db.execute("SELECT id, uid, length FROM documents"):
        uids[doc_id], lengths[doc_id] = uid, length
    problems += _documents(db, uids)
    recorded, states = _recorded(db)
    for doc_id, reviewer, segments, problem in _segments(db, uids, lengths):
        if problem is not None:
            problems.append(problem)
        if reviewer == AUTO_REVIEWER or segments is None:
            continue
        after = recorded.get((doc_id, reviewer))
        if after is _UNKNOWN:
            continue
        if after is None or not _matches(segments, after):
            problems.append(Problem("the zones differ from the last zone edit in the history",
                                    uids.get(doc_id, f"#{doc_id}"), reviewer))
    problems += _entities(db, uids)
    problems += _history(db, uids)
    problems += _states(db, uids, states)
    return problems
