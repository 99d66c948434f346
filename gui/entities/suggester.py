"""Suggestions computed off the GUI thread, delivered only for the document still open.

Opening a document starts a job on the window's thread pool (`fasl.gui.ops`) and returns at
once: the text is on screen before any suggestion exists.  The job opens its own read-only
store connection (SQLite connections never cross threads), reads the learned strings, runs
`fasl.textlogic.suggest.suggest` and maps the types to the project's set.  The result comes
back on the GUI thread with the document id and a generation number; a result for a
document the reviewer has left, or for an older request, is dropped.  Writing the
suggestions (`add_suggestions`) is left to the receiver, on the GUI's connection.
"""
from __future__ import annotations

import threading
from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from fasl.gui.ops import Op, OpContext, run_in_background
from fasl.store.db import open_store
from fasl.store.entities import learned_surfaces
from fasl.textlogic.suggest import LearnedIndex, build_learned, suggest
from fasl.textlogic.typesets import TypeSet

SpanRow = tuple[int, int, str, str]  # start, end, type, surface

_cache_lock = threading.Lock()
_cache: tuple[dict, LearnedIndex] | None = None


def _learned_index(learned: dict[str, dict[str, int]]) -> LearnedIndex:
    """Build the learned index once per learned set (it is rebuilt only when tags change)."""
    global _cache
    with _cache_lock:
        if _cache is not None and _cache[0] == learned:
            return _cache[1]
    index = build_learned(learned)
    with _cache_lock:
        _cache = (learned, index)
    return index


def read_learned(store_path: Path) -> dict[str, dict[str, int]]:
    """surface -> {type: count} of every accepted entity in the store (own connection)."""
    db = open_store(store_path, readonly=True)
    try:
        surfaces = learned_surfaces(db)
    finally:
        db.close()
    out: dict[str, dict[str, int]] = {}
    for (surface, type_), count in surfaces.items():
        out.setdefault(surface, {})[type_] = count
    return out


def compute(store_path: Path, text: str, sources: Collection[str], typeset: TypeSet,
            ctx: OpContext | None = None) -> list[SpanRow]:
    """Suggestions for ``text`` in ``typeset``'s types (runs on a worker thread)."""
    learned = None
    if "learned" in sources:
        learned = _learned_index(read_learned(store_path))
    if ctx is not None and ctx.cancelled():
        return []
    rows = []
    for s in suggest(text, sources, learned=learned):
        if s.source == "learned" and typeset.get(s.type) is not None:
            type_: str | None = s.type  # learned strings are already in the project's types
        else:
            type_ = typeset.map_type(s.type)
        if type_ is not None:
            rows.append((s.start, s.end, type_, text[s.start:s.end]))
    return rows


class Suggester(QObject):
    """Signals:
        arrived(doc_id, rows): suggestions for the document the newest request was for.
        failed(str): the job raised (message for the status bar).
    """

    arrived = Signal(int, list)
    failed = Signal(str)

    def __init__(self, pool: QThreadPool, store_path: Path, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.pool = pool
        self.store_path = store_path
        self._generation = 0
        self._op: Op | None = None

    def request(self, doc_id: int, text: str, sources: Collection[str],
                typeset: TypeSet) -> None:
        """Start computing suggestions for ``doc_id``; an earlier request becomes stale."""
        self.cancel()
        self._generation += 1
        if not sources or not text:
            return
        generation = self._generation
        chosen = tuple(sources)
        path = self.store_path
        self._op = run_in_background(
            self.pool, lambda ctx: compute(path, text, chosen, typeset, ctx),
            on_success=lambda rows: self._done(generation, doc_id, rows),
            on_error=lambda exc: self._error(generation, exc), parent=self)

    def _done(self, generation: int, doc_id: int, rows: list[SpanRow]) -> None:
        if generation == self._generation:
            self._op = None
            self.arrived.emit(doc_id, rows)

    def _error(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._op = None
            self.failed.emit(f"Suggestions failed: {exc}")

    def cancel(self) -> None:
        """Make any running job stale (it stops at its next check; its result is dropped)."""
        self._generation += 1
        if self._op is not None:
            self._op.cancel()
            self._op = None

    @property
    def busy(self) -> bool:
        return self._op is not None and self._op.is_running


def known_for_snap() -> frozenset[str]:
    """Words that are names, for the proclitic check: gazetteers plus the learned strings
    of the last suggestion run (a tagged name is then never cut as "و + rest")."""
    from fasl.textlogic.suggest import known_words

    with _cache_lock:
        index = _cache[1] if _cache is not None else None
    return known_words(index) if index is not None and len(index) else known_words()
