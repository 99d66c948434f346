"""Bring teammates' stores into one: `fasl merge TARGET SOURCE...`.

A team shares work by store files: each reviewer annotates on their own desktop, and one
store collects everyone's work.  Rules, in the order a team relies on them:

- **Documents are matched by content** (``text_sha256``), never by id or name: the same
  article imported on two machines is one document.  A document only in the source is
  added (with its automatic zones, search row and import history); a document already in
  the target is never duplicated, and its automatic zones (reviewer ``auto``) and system
  history are left as they are.
- **Every reviewer's work is kept apart and copied in**: their zones, entities (new ids in
  the target), review state, note and time, and their history rows.  History is never
  rewritten: a row already in the target (same time, reviewer, action and detail) is not
  added twice, so merging the same source again changes nothing, and merging back and
  forth between two stores converges.  Entity ids quoted inside history details refer to
  the store where the edit was made.
- **Same reviewer, two machines.**  When one person's work on a document differs between
  the target and the source, their history decides: if one side's history already holds
  every edit of the other, that side is simply newer and is kept (no conflict).  If both
  sides hold edits the other lacks, that is a **conflict**: by default the side with the
  latest edit (history time) is kept, the other version is written whole into the
  target's history (action ``merge_conflict``), so nothing is lost, and the conflict is
  reported.  With ``on_conflict="refuse"`` the merge of that source is refused instead,
  naming the documents and reviewers, and the target is left untouched.  Time spent that
  differs without any other difference takes the larger figure.
- **All or nothing per source**: each source is merged in one transaction; an error
  leaves the target exactly as it was before that source.  Every source is opened (and
  checked: not a store, newer fasl) before the first one is merged.  A source is only
  ever opened read-only; one made by an older fasl is refused with the advice to open it
  once with this fasl (which upgrades it, keeping a backup).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from fasl.store.db import now, open_store
from fasl.store.errors import NotAStoreError, StoreError
from fasl.store.migrations import AUTO_REVIEWER, SYSTEM_REVIEWER
from fasl.textlogic.normalize import fold

RESERVED = (AUTO_REVIEWER, SYSTEM_REVIEWER)
ON_CONFLICT = ("newer", "refuse")


class MergeConflictError(StoreError):
    """A source holds edits that conflict with the target's, and conflicts were refused."""


@dataclass(frozen=True, slots=True)
class Conflict:
    """One reviewer's diverging work on one document."""

    document: str
    reviewer: str
    kept: str  # "target" | "source"
    target_latest: str
    source_latest: str

    def __str__(self) -> str:
        return (f"{self.document}: {self.reviewer} edited it in both stores "
                f"(target {self.target_latest or 'no history'}, source "
                f"{self.source_latest or 'no history'}); kept the {self.kept}'s version")


@dataclass(slots=True)
class MergeReport:
    """What one source brought in."""

    source: str
    documents_added: int = 0
    documents_matched: int = 0
    # reviewer -> {"documents" whose work was taken, "segments", "entities", ...: rows}
    rows: dict[str, Counter[str]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    kept_newer_target: int = 0  # the target already held this work or a later version

    def count(self, reviewer: str, table: str, n: int = 1) -> None:
        if n:
            self.rows.setdefault(reviewer, Counter())[table] += n

    @property
    def changed(self) -> bool:
        return bool(self.documents_added or self.rows or self.conflicts)

    def summary(self) -> str:
        head = (f"{self.source}: {self.documents_added} documents added, "
                f"{self.documents_matched} matched")
        if not self.changed:
            return head + "; nothing new"
        parts = [head]
        for reviewer in sorted(self.rows):
            counts = self.rows[reviewer]
            parts.append(f"  {reviewer}: " + ", ".join(
                f"{counts[t]} {t}"
                for t in ("documents", "segments", "entities", "reviews", "history")
                if counts[t]))
        parts.append(f"  conflicts: {len(self.conflicts)}")
        parts.extend(f"    {c}" for c in self.conflicts)
        return "\n".join(parts)


# -- one reviewer's work on one document ------------------------------------------------------

_SEG_COLS = ("start", "end", "label", "item", "confidence", "origin")
_ENT_COLS = ("start", "end", "type", "origin", "state", "surface")
_REV_COLS = ("state", "note", "seconds", "min_confidence", "zone_summary", "updated_at")
_HIST_COLS = ("at", "reviewer", "doc_id", "action", "detail")


@dataclass(frozen=True, slots=True)
class _Work:
    segments: tuple[tuple[Any, ...], ...]
    entities: tuple[tuple[Any, ...], ...]
    review: tuple[Any, ...] | None  # _REV_COLS
    history: frozenset[tuple[str, str, str]]  # (at, action, detail) of this reviewer
    latest: str

    @property
    def empty(self) -> bool:
        return not (self.segments or self.entities or self.review)

    def annotation(self) -> tuple[Any, ...]:
        """What the reviewer decided (zones, entities, state, note), not time or summaries."""
        review = self.review[:2] if self.review else None
        segments = tuple((*s[:4], round(s[4] or 0.0, 4), *s[5:]) for s in self.segments)
        return segments, tuple(sorted(self.entities, key=repr)), review

    def as_detail(self) -> dict[str, Any]:
        return {"segments": [dict(zip(_SEG_COLS, s, strict=True)) for s in self.segments],
                "entities": [dict(zip(_ENT_COLS, e, strict=True)) for e in self.entities],
                "review": dict(zip(_REV_COLS, self.review, strict=True)) if self.review else None}

    def fingerprint(self) -> str:
        blob = json.dumps(self.annotation(), ensure_ascii=False, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _select(db: Database, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in db.execute(sql, params).fetchall()]


def _load_work(db: Database, doc_id: int, reviewer: str) -> _Work:
    seg_cols = ", ".join(f"[{c}]" for c in _SEG_COLS)
    ent_cols = ", ".join(f"[{c}]" for c in _ENT_COLS)
    segments = _select(db, f"SELECT {seg_cols} FROM segments WHERE doc_id = ? AND reviewer = ? "
                           "ORDER BY start", [doc_id, reviewer])
    entities = _select(db, f"SELECT {ent_cols} FROM entities WHERE doc_id = ? AND reviewer = ? "
                           "ORDER BY start, [end] DESC, id", [doc_id, reviewer])
    review = db.execute(f"SELECT {', '.join(_REV_COLS)} FROM reviews WHERE doc_id = ? AND "
                        "reviewer = ?", [doc_id, reviewer]).fetchone()
    history = frozenset(_select(db, "SELECT at, action, detail FROM history WHERE doc_id = ? "
                                    "AND reviewer = ?", [doc_id, reviewer]))
    return _Work(tuple(segments), tuple(entities), tuple(review) if review else None, history,
                 max((h[0] for h in history), default=""))


def _insert(db: Database, table: str, columns: Sequence[str],
            rows: Sequence[Sequence[Any]]) -> int | None:
    """Plain INSERTs (sqlite-utils' per-call overhead dominated merge time); last row id."""
    if not rows:
        return None
    names = ", ".join(f"[{c}]" for c in columns)
    sql = f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' * len(columns))})"
    if len(rows) == 1:
        return db.conn.execute(sql, list(rows[0])).lastrowid
    db.conn.executemany(sql, [list(r) for r in rows])
    return None


def _write_work(db: Database, doc_id: int, reviewer: str, work: _Work) -> None:
    """Replace the reviewer's rows for the document with ``work``."""
    for table in ("segments", "entities", "reviews"):
        db.execute(f"DELETE FROM {table} WHERE doc_id = ? AND reviewer = ?", [doc_id, reviewer])
    key = ("doc_id", "reviewer")
    _insert(db, "segments", key + _SEG_COLS, [(doc_id, reviewer, *s) for s in work.segments])
    _insert(db, "entities", key + _ENT_COLS, [(doc_id, reviewer, *e) for e in work.entities])
    if work.review:
        _insert(db, "reviews", key + _REV_COLS, [(doc_id, reviewer, *work.review)])


# -- the merge of one source --------------------------------------------------------------------


class _SourceMerge:
    """Merges one open source into the target; the caller holds the transaction."""

    def __init__(self, target: Database, source: Database, label: str, on_conflict: str,
                 report: MergeReport) -> None:
        self.target, self.source, self.label = target, source, label
        self.on_conflict = on_conflict
        self.report = report
        self.refused: list[Conflict] = []

    def run(self) -> None:
        self._reviewers()
        by_sha = dict(self.target.execute("SELECT text_sha256, id FROM documents").fetchall())
        worked = self._source_work_index()
        for sid, sha, name in self.source.execute(
                "SELECT id, text_sha256, name FROM documents ORDER BY id").fetchall():
            tid = by_sha.get(sha)
            if tid is None:
                tid = self._add_document(sid)
                by_sha[sha] = tid
                self.report.documents_added += 1
            else:
                self.report.documents_matched += 1
            for reviewer in sorted(worked.get(sid, ())):
                self._merge_reviewer(sid, tid, name, reviewer)
                self._copy_history(sid, tid, reviewer)
        self._copy_history(None, None, None)
        if self.refused:
            listed = "; ".join(f"{c.document} ({c.reviewer})" for c in self.refused[:5])
            more = f" and {len(self.refused) - 5} more" if len(self.refused) > 5 else ""
            raise MergeConflictError(
                f"{self.label}: {len(self.refused)} documents were edited by the same reviewer "
                f"in both stores: {listed}{more}; nothing was merged from it (merge with "
                "--on-conflict newer to keep the latest version of each)")
        if self.report.changed:
            _insert(self.target, "history", _HIST_COLS, [(
                now(), SYSTEM_REVIEWER, None, "merge",
                json.dumps({"source": self.label, "added": self.report.documents_added,
                            "conflicts": len(self.report.conflicts)}, ensure_ascii=False))])

    def _reviewers(self) -> None:
        for name, created in self.source.execute(
                "SELECT name, created_at FROM reviewers").fetchall():
            self.target.execute("INSERT OR IGNORE INTO reviewers (name, created_at) "
                                "VALUES (?, ?)", [name, created])

    def _source_work_index(self) -> dict[int, set[str]]:
        """doc id -> people with any row about it in the source (one query per table)."""
        index: dict[int, set[str]] = {}
        for table in ("reviews", "segments", "entities", "history"):
            for doc_id, reviewer in self.source.execute(
                    f"SELECT DISTINCT doc_id, reviewer FROM {table} WHERE doc_id IS NOT NULL "
                    "AND reviewer NOT IN (?, ?)", RESERVED).fetchall():
                index.setdefault(doc_id, set()).add(reviewer)
        return index

    def _add_document(self, sid: int) -> int:
        cursor = self.source.execute("SELECT * FROM documents WHERE id = ?", [sid])
        row = dict(zip([c[0] for c in cursor.description], cursor.fetchone(), strict=True))
        del row["id"]
        uid, n = row["uid"], 1
        while self.target.execute("SELECT 1 FROM documents WHERE uid = ?", [uid]).fetchone():
            uid = f"{row['uid']}~{row['text_sha256'][:8]}" + (f"-{n}" if n > 1 else "")
            n += 1
        row["uid"] = uid
        tid = int(_insert(self.target, "documents", list(row), [list(row.values())]))
        self.target.execute("INSERT INTO document_search (rowid, folded) VALUES (?, ?)",
                            [tid, fold(row["text"])])
        auto = _load_work(self.source, sid, AUTO_REVIEWER)
        _write_work(self.target, tid, AUTO_REVIEWER, auto)
        for reviewer in RESERVED:
            self._copy_history(sid, tid, reviewer)
        return tid

    def _merge_reviewer(self, sid: int, tid: int, name: str, reviewer: str) -> None:
        theirs = _load_work(self.source, sid, reviewer)
        ours = _load_work(self.target, tid, reviewer)
        if theirs.empty and not theirs.history:
            return None
        if ours.empty and not ours.history:
            return self._take(tid, reviewer, theirs)
        if theirs.annotation() == ours.annotation():
            seconds = (theirs.review or (0, 0, 0.0))[2] or 0.0
            if ours.review and seconds > (ours.review[2] or 0.0):
                self.target.execute("UPDATE reviews SET seconds = ? WHERE doc_id = ? AND "
                                    "reviewer = ?", [seconds, tid, reviewer])
                self.report.count(reviewer, "reviews")
            return None
        only_theirs, only_ours = theirs.history - ours.history, ours.history - theirs.history
        if only_ours and not only_theirs:  # the target already went further
            self.report.kept_newer_target += 1
            return None
        if only_theirs and not only_ours:  # the source went further: fast-forward
            return self._take(tid, reviewer, theirs)
        return self._conflict(tid, name, reviewer, ours, theirs)

    def _take(self, tid: int, reviewer: str, work: _Work) -> None:
        _write_work(self.target, tid, reviewer, work)
        self.report.count(reviewer, "documents")
        self.report.count(reviewer, "segments", len(work.segments))
        self.report.count(reviewer, "entities", len(work.entities))
        self.report.count(reviewer, "reviews", 1 if work.review else 0)

    def _conflict(self, tid: int, name: str, reviewer: str, ours: _Work, theirs: _Work) -> None:
        source_wins = theirs.latest > ours.latest
        kept, lost = (theirs, ours) if source_wins else (ours, theirs)
        conflict = Conflict(name, reviewer, "source" if source_wins else "target",
                            ours.latest, theirs.latest)
        fingerprint = lost.fingerprint()
        already = self.target.execute(
            "SELECT 1 FROM history WHERE doc_id = ? AND action = 'merge_conflict' "
            "AND json_extract(detail, '$.reviewer') = ? "
            "AND json_extract(detail, '$.discarded_sha256') = ?",
            [tid, reviewer, fingerprint]).fetchone()
        if already and not source_wins:
            return  # this very version lost before: settled, not a new conflict
        if self.on_conflict == "refuse":
            self.refused.append(conflict)
            return
        self.report.conflicts.append(conflict)
        if source_wins:
            self._take(tid, reviewer, kept)
        _insert(self.target, "history", _HIST_COLS, [(
            now(), SYSTEM_REVIEWER, tid, "merge_conflict",
            json.dumps({"reviewer": reviewer, "source": self.label, "kept": conflict.kept,
                        "discarded_sha256": fingerprint, "discarded": lost.as_detail()},
                       ensure_ascii=False))])

    def _copy_history(self, sid: int | None, tid: int | None, reviewer: str | None) -> None:
        """Source history rows the target lacks, in their order (doc-less rows when sid None)."""
        if sid is None:
            where, params, twhere, tparams = "doc_id IS NULL", [], "doc_id IS NULL", []
        else:
            where, params = "doc_id = ? AND reviewer = ?", [sid, reviewer]
            twhere, tparams = "doc_id = ? AND reviewer = ?", [tid, reviewer]
        have = set(_select(self.target, f"SELECT at, reviewer, action, detail FROM history "
                                        f"WHERE {twhere}", tparams))
        new = []
        for at, who, action, detail in self.source.execute(
                f"SELECT at, reviewer, action, detail FROM history WHERE {where} ORDER BY id",
                params).fetchall():
            if (at, who, action, detail) in have:
                continue
            have.add((at, who, action, detail))
            new.append((at, who, tid, action, detail))
            self.report.count(who, "history")
        _insert(self.target, "history", _HIST_COLS, new)


# -- opening and the public entry point -------------------------------------------------------


def _open_source(path: Path) -> Database:
    """The source, read-only; refused unless it is a fasl store this version can read."""
    if not path.exists():
        raise StoreError(f"{path}: no such store")
    if path.is_file() and path.stat().st_size > 0:
        try:
            probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                tables = {r[0] for r in probe.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
                ours = "_sqlite_migrations" in tables and probe.execute(
                    "SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'fasl'").fetchone()
            finally:
                probe.close()
        except sqlite3.DatabaseError:
            ours = True  # not SQLite at all: open_store says so in its own words
        if not ours:
            raise NotAStoreError(f"{path}: an SQLite database, but not a fasl store")
    elif path.is_file():
        raise NotAStoreError(f"{path}: an empty file, not a fasl store")
    # Newer fasl, not SQLite, or older fasl ("open it once read-write"): open_store's message.
    return open_store(path, readonly=True)


def merge_stores(target: str | Path, sources: Sequence[str | Path], *,
                 on_conflict: str = "newer",
                 progress: Callable[[int, int, str], None] | None = None) -> list[MergeReport]:
    """Merge each source into ``target`` (created if missing); one report per source.

    Args:
        on_conflict: ``"newer"`` keeps the version with the latest edit and records the
            other in history; ``"refuse"`` refuses a source that has any conflict.
        progress: called with (sources done, total, source) before and after each source.

    Raises:
        StoreError: a path is missing, not a store, from a newer fasl, or the target
            itself; or (``refuse``) a source conflicts.  Sources merged before the
            failing one stay merged; the failing one left no trace.
    """
    if on_conflict not in ON_CONFLICT:
        raise StoreError(f"on_conflict must be one of {', '.join(ON_CONFLICT)}")
    target_path = Path(target)
    paths = [Path(s) for s in sources]
    if not paths:
        raise StoreError("name at least one store to merge in")
    for path in paths:
        if target_path.exists() and path.exists() and path.resolve() == target_path.resolve():
            raise StoreError(f"{path}: is the target store itself")
    reports: list[MergeReport] = []
    opened: list[tuple[Database, Path]] = []
    try:
        for path in paths:
            opened.append((_open_source(path), path))
        db = open_store(target_path)
        try:
            for n, (source, path) in enumerate(opened):
                if progress:
                    progress(n, len(opened), str(path))
                report = MergeReport(str(path))
                try:
                    with db.atomic():
                        _SourceMerge(db, source, str(path), on_conflict, report).run()
                except sqlite3.Error as exc:
                    raise StoreError(f"{path}: could not be merged ({exc}); "
                                     f"{target_path} is unchanged by it") from None
                reports.append(report)
            if progress:
                progress(len(opened), len(opened), "")
        finally:
            db.close()
    finally:
        for source, _ in opened:
            source.close()
    return reports
