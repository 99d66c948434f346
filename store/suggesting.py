"""Pre-annotating a whole store with entity suggestions (what ``fasl suggest`` runs).

Every document gets the suggestions of `fasl.textlogic.suggest` as pending entities of one
reviewer, learning from every string reviewers have accepted anywhere in the store.  The
store's own rules make it safe to run again and again: a span the reviewer already has, in
any state, is never offered twice (`add_suggestions`), so a rerun adds nothing new and a
rejected suggestion never comes back.  Work is committed every `BATCH` documents: an
interrupt rolls back only the batch in progress, never what came before it.

With ``jobs`` above one, worker processes compute the suggestions (the model makes them
cost about 17 ms a document, so a corpus of 100,000 takes half an hour on one core) while
this process reads the texts and is the store's only writer; results come back in document
order, so the store ends up exactly as with one process.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from fasl.store.entities import add_suggestions, learned_surfaces, reviewed_spans
from fasl.store.errors import StoreError
from fasl.store.reviewers import ensure_reviewer, list_reviewers
from fasl.textlogic.suggest import SOURCES, LearnedIndex, Suggestion, build_learned, suggest
from fasl.textlogic.typesets import TypeSet, TypeSetError, load_typeset, shipped_typeset

BATCH = 50
# Documents per unit of work sent to a worker process.
DOCS_PER_CHUNK = 16

ProgressFn = Callable[[int, int, int], None]  # (documents done, documents total, added so far)
CancelFn = Callable[[], bool]


@dataclass(slots=True)
class SuggestReport:
    """What a run did; filled in as batches commit, so it is right even after an interrupt.

    Attributes:
        total: documents in the store.
        done: documents whose suggestions are committed.
        added: suggestions committed as new pending entities.
        learned: learned strings used.
        cancelled: the run stopped before the last document.
        seconds: wall time so far.
    """

    total: int = 0
    done: int = 0
    added: int = 0
    learned: int = 0
    cancelled: bool = False
    seconds: float = 0.0

    def summary(self) -> str:
        rate = self.done / self.seconds if self.seconds > 0 else 0.0
        text = (f"{self.added} new suggestions in {self.done} of {self.total} documents "
                f"({self.learned} learned strings, {self.seconds:.1f} s, {rate:.0f} docs/s)")
        return text + (", cancelled" if self.cancelled else "")


def learned_from_counts(counts: Mapping[tuple[str, str], int]) -> dict[str, dict[str, int]]:
    """`learned_surfaces` ((surface, type) → count) as the suggester's surface → {type: count}."""
    out: dict[str, dict[str, int]] = {}
    for (surface, type_), count in counts.items():
        if surface.strip() and count > 0:
            out.setdefault(surface, {})[type_] = out.get(surface, {}).get(type_, 0) + count
    return out


def learned_index(db: Database) -> LearnedIndex:
    """The learned strings of the store, weighed against their untagged occurrences in the
    documents reviewers tagged (`fasl.textlogic.suggest.learned`): build once per change."""
    return build_learned(learned_from_counts(learned_surfaces(db)), reviewed_spans(db))


def project_typeset(db: Database) -> TypeSet:
    """The type set the store records (``settings.entity_type_set``): shipped name or file."""
    row = db.execute("SELECT value FROM settings WHERE key = 'entity_type_set'").fetchone()
    value = (row[0] if row else None) or "default"
    try:
        if value.endswith(".toml") or "/" in value or "\\" in value:
            return load_typeset(Path(value))
        return shipped_typeset(value)
    except TypeSetError as exc:
        raise StoreError(f"the store's entity type set cannot be used: {exc}") from None


def default_reviewer(db: Database) -> str:
    """The store's one reviewer; with none or several, the caller must name one."""
    people = list_reviewers(db)
    if len(people) == 1:
        return people[0]
    if not people:
        raise StoreError("the store has no reviewer yet; name one with --reviewer")
    raise StoreError(f"the store has several reviewers ({', '.join(people)}); "
                     "name one with --reviewer")


def _typed(found, typeset: TypeSet) -> list[tuple[int, int, str]]:
    """Suggestions in the project's types: learned ones are already; others are mapped."""
    ids = set(typeset.ids())
    out = []
    for s in found:
        type_ = s.type if s.source == "learned" and s.type in ids else typeset.map_type(s.type)
        if type_:
            out.append((s.start, s.end, type_))
    return out


# The learned strings of the run, set once in each worker process (`_start_worker`).
_WORKER_LEARNED: LearnedIndex | None = None


def _start_worker(learned: LearnedIndex | None) -> None:
    global _WORKER_LEARNED
    _WORKER_LEARNED = learned


def _suggest_chunk(items: list[tuple[int, str]], sources: tuple[str, ...]
                   ) -> list[tuple[int, str, list[Suggestion]]]:
    """Worker side: the suggestions of each (id, text)."""
    return [(doc_id, text, suggest(text, sources, learned=_WORKER_LEARNED))
            for doc_id, text in items]


def _texts(db: Database, ids: Sequence[int]) -> Iterator[tuple[int, str]]:
    for doc_id in ids:
        yield doc_id, db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()[0]


def _suggested(db: Database, ids: Sequence[int], sources: tuple[str, ...],
               learned: LearnedIndex | None, jobs: int
               ) -> Iterator[tuple[int, str, list[Suggestion]]]:
    """(id, text, suggestions) for each document in ``ids`` order, in ``jobs`` processes."""
    if jobs <= 1:
        for doc_id, text in _texts(db, ids):
            yield doc_id, text, suggest(text, sources, learned=learned)
        return
    from fasl.store.parallel_import import ordered_map, spawn_pool

    def work():
        chunk: list[tuple[int, str]] = []
        for item in _texts(db, ids):
            chunk.append(item)
            if len(chunk) == DOCS_PER_CHUNK:
                yield _suggest_chunk, (chunk, sources)
                chunk = []
        if chunk:
            yield _suggest_chunk, (chunk, sources)

    with spawn_pool(jobs, _start_worker, (learned,)) as pool:
        try:
            for results in ordered_map(pool, work(), window=jobs * 3):
                yield from results
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def suggest_store(db: Database, reviewer: str, sources: Collection[str] = SOURCES, *,
                  batch: int = BATCH, progress: ProgressFn | None = None,
                  cancelled: CancelFn | None = None,
                  report: SuggestReport | None = None, jobs: int = 1) -> SuggestReport:
    """Add pending suggestions for ``reviewer`` to every document of the store.

    Args:
        db: an open store.
        reviewer: whose suggestions they are (registered if new).
        sources: any of ``learned``, ``gazetteers``, ``patterns``, ``model``.
        batch: documents per transaction.
        progress: called after every document with (done, total, added so far).
        cancelled: polled before every document; True stops after committing what is done.
        report: filled in as the run goes (pass one to read it after an interrupt).
        jobs: processes computing suggestions (the result is the same as with one).

    Raises:
        StoreError: an unknown source, a reserved reviewer name, an unusable type set.
    """
    unknown = set(sources) - set(SOURCES)
    if unknown or not sources:
        raise StoreError(f"unknown suggestion source(s) {sorted(unknown) or '(none given)'}; "
                         f"choose from {', '.join(SOURCES)}")
    report = report if report is not None else SuggestReport()
    started = time.perf_counter()
    reviewer = ensure_reviewer(db, reviewer)
    typeset = project_typeset(db)
    index = learned_index(db) if "learned" in sources else None
    report.learned = len(index) if index is not None else 0
    ids = [row[0] for row in db.execute("SELECT id FROM documents ORDER BY id").fetchall()]
    report.total = len(ids)
    results = _suggested(db, ids, tuple(sources), index, jobs)
    try:
        while report.done < len(ids) and not report.cancelled:
            chunk_added = chunk_done = 0
            with db.atomic():
                while chunk_done < batch and report.done + chunk_done < len(ids):
                    if cancelled and cancelled():
                        report.cancelled = True
                        break
                    doc_id, text, found = next(results)
                    spans = _typed(found, typeset)
                    chunk_added += add_suggestions(
                        db, doc_id, reviewer, [(s, e, t, text[s:e]) for s, e, t in spans])
                    chunk_done += 1
                    if progress:
                        progress(report.done + chunk_done, report.total,
                                 report.added + chunk_added)
            report.done += chunk_done
            report.added += chunk_added
            report.seconds = time.perf_counter() - started
    finally:
        results.close()  # stops the workers when cancelled or interrupted
    report.seconds = time.perf_counter() - started
    return report
