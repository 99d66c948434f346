"""The suggestion worker process: computes and stores suggestions, no Qt.

Suggestions are pure Python: ~50 ms for a 5 KB article, ~10 s for 160,000 characters
(measured; `merge` and `add_suggestions` grow quadratically with the count), and storing
thousands of them takes seconds more.  On a thread they would hold the GIL while the
reviewer works, so the GUI thread would wait for it between Qt calls; in the GUI thread
they would freeze the window.  A separate process shares nothing with the window,
can be killed when its answer is no longer wanted, and keeps the gazetteers, the learned
index and its store connection between requests.

Protocol, one JSON object per line on stdin/stdout:
    request ``{"id", "store", "doc", "reviewer", "text", "sources", "types"}`` where
    ``types`` is ``[[type id, [default types it receives]], ...]`` (the project's set);
    answer ``{"id", "doc", "added"}``, ``{"id", "stale": true}`` or ``{"id", "error"}``;
    ``{"id", "doc", "added", "busy"}`` when the store could not be written (locked by
    another process, full, read-only file): ``added`` were stored before, the rest were not;
    ``{"id", "noop": true}`` asks nothing (it only makes the request before it stale).

A request is stale when another one is already waiting on stdin: the window sends a new
request whenever the reviewer opens another document, and results for a document the
reviewer has left are not stored.  Suggestions are stored in batches (`add_suggestions`,
one short transaction each), so a reviewer's own edit never waits long for the lock, and
the worker waits at most `BUSY_TIMEOUT_MS` for another process's lock before it answers
"busy" (the window asks again later) instead of blocking newer requests.

    python -m fasl.gui.entities.compute
"""
from __future__ import annotations

import json
import os
import select
import sys
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from fasl.store.db import is_write_failure, open_store, set_busy_timeout
from fasl.store.entities import add_suggestions, learned_surfaces, reviewed_spans
from fasl.store.suggesting import learned_from_counts
from fasl.textlogic.suggest import LearnedIndex, build_learned, suggest

BATCH = 250
BUSY_TIMEOUT_MS = 1000
RawRow = tuple[int, int, str, str]  # start, end, type, source
Types = Sequence[tuple[str, Sequence[str]]]  # (type id, default types it receives)

_learned: tuple[dict, LearnedIndex] | None = None


def read_learned(db: Any) -> dict[str, dict[str, int]]:
    """surface -> {type: count} of every accepted entity in the store."""
    return learned_from_counts(learned_surfaces(db))


def learned_index(db: Any) -> LearnedIndex:
    """The store's learned strings, weighed against their untagged occurrences in reviewed
    documents (as ``fasl suggest`` does, `fasl.store.suggesting.learned_index`); built
    again only when the accepted strings changed, since the weighing reads those texts."""
    global _learned
    learned = read_learned(db)
    if _learned is None or _learned[0] != learned:
        _learned = (learned, build_learned(learned, reviewed_spans(db)))
    return _learned[1]


def raw_suggestions(db: Any, text: str, sources: Collection[str]) -> list[RawRow]:
    """Every suggestion for ``text`` from the chosen sources, in original code points."""
    learned = learned_index(db) if "learned" in sources else None
    return [(s.start, s.end, s.type, s.source)
            for s in suggest(text, tuple(sources), learned=learned)]


def map_rows(raw: Sequence[RawRow], text: str, types: Types) -> list[tuple[int, int, str, str]]:
    """Raw rows in the project's types, ``(start, end, type, surface)``.

    Learned strings were tagged in the project's types already; the other sources speak
    the default set and a type receives what its ``from`` list names (resources/typesets).
    """
    ids = {t for t, _ in types}
    receives = {d: t for t, froms in reversed(list(types)) for d in froms}
    rows = []
    for start, end, type_, source in raw:
        mapped = type_ if source == "learned" and type_ in ids else receives.get(type_)
        if mapped is not None and 0 <= start < end <= len(text):
            rows.append((start, end, mapped, text[start:end]))
    return rows


class Lines:
    """Lines from a file descriptor, read unbuffered so `waiting` can see what is queued."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = b""
        self.closed = False

    def _fill(self) -> None:
        chunk = os.read(self.fd, 1 << 20)
        if chunk:
            self.buffer += chunk
        else:
            self.closed = True

    def next(self) -> bytes | None:
        while b"\n" not in self.buffer and not self.closed:
            self._fill()
        if b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            return line
        return None

    def waiting(self) -> bool:
        """A newer request has arrived (complete or not)."""
        if self.buffer.strip():
            return True
        if self.closed:
            return False
        readable, _, _ = select.select([self.fd], [], [], 0)
        if readable:
            self._fill()
        return bool(self.buffer.strip())


def handle(request: dict, lines: Lines | None, stores: dict[str, Any]) -> dict:
    """Compute and store one request's suggestions, unless a newer request arrived."""
    path = request["store"]
    db = stores.get(path)
    if db is None:
        if not Path(path).is_file():
            raise FileNotFoundError(f"{path}: no such store")
        db = stores[path] = open_store(path)
        set_busy_timeout(db, BUSY_TIMEOUT_MS)
    text = request["text"]
    rows = map_rows(raw_suggestions(db, text, request["sources"]), text, request["types"])
    added = 0
    for k in range(0, len(rows), BATCH):
        if lines is not None and lines.waiting():
            return {"id": request["id"], "stale": True}
        try:
            added += add_suggestions(db, request["doc"], request["reviewer"],
                                     rows[k:k + BATCH])
        except Exception as exc:
            if not is_write_failure(exc):
                raise
            # Rolled back by SQLite: the batches before it are stored, this one is not.
            return {"id": request["id"], "doc": request["doc"], "added": added,
                    "busy": str(exc) or type(exc).__name__}
    return {"id": request["id"], "doc": request["doc"], "added": added}


def serve(fd_in: int, out: Any = sys.stdout) -> None:
    """Answer requests until stdin closes; a failing request answers with its error."""
    lines = Lines(fd_in)
    stores: dict[str, Any] = {}
    try:
        while (line := lines.next()) is not None:
            if not line.strip():
                continue
            request_id = None
            try:
                request = json.loads(line)
                request_id = request["id"]
                if request.get("noop"):
                    answer = {"id": request_id, "noop": True}
                elif lines.waiting():
                    answer = {"id": request_id, "stale": True}
                else:
                    answer = handle(request, lines, stores)
            except Exception as exc:  # reported to the window, which shows it in the status bar
                answer = {"id": request_id, "error": f"{type(exc).__name__}: {exc}"}
            out.write(json.dumps(answer, ensure_ascii=False) + "\n")
            out.flush()
    finally:
        for db in stores.values():
            db.close()


if __name__ == "__main__":
    serve(sys.stdin.fileno())
