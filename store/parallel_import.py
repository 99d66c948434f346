"""`fasl import --jobs N` and `fasl split --jobs N`: decode and split in several processes.

Decoding, auto-splitting and folding a document for search cost far more than storing it,
and they need nothing from the store, so worker processes do them while this process is the
only writer (SQLite has one writer at a time anyway).  Work goes out in chunks and comes
back in the order it went out, through a bounded window, so:

* the result is the same as with one process: same documents, same ids, same problems in
  the same order (tests/store/test_parallel_import.py compares whole stores);
* memory stays flat on a 100,000-document corpus: at most ``window`` chunks are in flight.

Workers are started with ``spawn``: forking a process that runs Qt or holds an SQLite
connection is unsafe, and spawned workers are this process's own children, so their time
and memory show up in its resource accounting (bench/scale_bench.py reports them).
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from fasl.store.importer import (
    DEFAULT_MAX_BYTES,
    JSONL_SUFFIXES,
    CancelFn,
    ImportProblem,
    ImportReport,
    ProgressFn,
    _Incoming,
    _read_text_file,
    _with_work,
    checked_record,
    jsonl_lines,
    plan_import,
    write_stream,
)
from fasl.store.lexicons import active_lexicon, named_lexicon_files, use_lexicon_files
from fasl.textlogic.decode import DecodeError

FILES_PER_CHUNK = 32
LINES_PER_CHUNK = 128
T = TypeVar("T")
R = TypeVar("R")

# (document or None, byte position reached, where, problem or None)
Prepared = tuple[_Incoming | None, int, str, ImportProblem | None]


def _prepare_files(files: list[tuple[str, int]], max_bytes: int) -> list[Prepared]:
    """Read, decode and split text files (worker side); positions are passed in."""
    out: list[Prepared] = []
    for name, position in files:
        path = Path(name)
        try:
            out.append((_with_work(_read_text_file(path, max_bytes)), position, name, None))
        except DecodeError as exc:
            out.append((None, position, name, ImportProblem(name, str(exc))))
        except OSError as exc:
            out.append((None, position, name,
                        ImportProblem(name, f"cannot read ({exc.strerror or exc})")))
    return out


def _prepare_lines(name: str, lines: list[tuple[int, bytes, int]],
                   max_bytes: int) -> list[Prepared]:
    """Parse and split JSONL records (worker side)."""
    path = Path(name)
    out: list[Prepared] = []
    for number, raw, position in lines:
        where = f"{name}:{number}"
        try:
            item = _with_work(checked_record(raw, number, path, max_bytes))
            out.append((item, position, item.where, None))
        except DecodeError as exc:
            out.append((None, position, where, ImportProblem(where, str(exc))))
    return out


def _chunks(files: Sequence[Path], sizes: dict[Path, int], max_bytes: int
            ) -> Iterator[tuple[Callable[..., Any], tuple] | list[Prepared]]:
    """Work for the pool in input order; a ready list where nothing is left to do."""
    done_before = 0
    batch: list[tuple[str, int]] = []
    for path in files:
        if path.suffix.lower() in JSONL_SUFFIXES:
            if batch:
                yield _prepare_files, (batch, max_bytes)
                batch = []
            lines: list[tuple[int, bytes, int]] = []
            try:
                for number, raw, offset in jsonl_lines(path):
                    lines.append((number, raw, done_before + offset))
                    if len(lines) == LINES_PER_CHUNK:
                        yield _prepare_lines, (str(path), lines, max_bytes)
                        lines = []
            except OSError as exc:
                yield [(None, done_before + sizes[path], str(path),
                        ImportProblem(str(path), f"cannot read ({exc.strerror or exc})"))]
            if lines:
                yield _prepare_lines, (str(path), lines, max_bytes)
        else:
            batch.append((str(path), done_before + sizes[path]))
            if len(batch) == FILES_PER_CHUNK:
                yield _prepare_files, (batch, max_bytes)
                batch = []
        done_before += sizes[path]
    if batch:
        yield _prepare_files, (batch, max_bytes)


def ordered_map(pool: ProcessPoolExecutor, work: Iterable[tuple[Callable[..., R], tuple] | R],
                window: int) -> Iterator[R]:
    """Results of ``fn(*args)`` for each work item, in input order, ``window`` in flight.

    An item that is not a ``(fn, args)`` pair is an already-computed result and is passed
    through in its place.
    """
    pending: deque[Future[R] | R] = deque()
    for unit in work:
        if isinstance(unit, tuple):
            fn, args = unit
            pending.append(pool.submit(fn, *args))
        else:
            pending.append(unit)
        while len(pending) >= window:
            head = pending.popleft()
            yield head.result() if isinstance(head, Future) else head
    while pending:
        head = pending.popleft()
        yield head.result() if isinstance(head, Future) else head


def spawn_pool(jobs: int, initializer: Callable[..., None] | None = None,
               initargs: tuple = ()) -> ProcessPoolExecutor:
    """``jobs`` worker processes started with ``spawn`` (see the module docstring)."""
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=initializer, initargs=initargs)


def make_pool(jobs: int) -> ProcessPoolExecutor:
    return spawn_pool(jobs, use_lexicon_files, (named_lexicon_files(),))


def import_paths_parallel(db: Database, paths: Sequence[str | Path], *, jobs: int,
                          max_bytes: int = DEFAULT_MAX_BYTES,
                          progress: ProgressFn | None = None,
                          cancelled: CancelFn | None = None) -> ImportReport:
    """`fasl.store.importer.import_paths` with decoding and splitting in ``jobs`` processes.

    Same result as the one-process import; fasl's own exports (which carry annotations)
    are read in this process, as `import_paths` does.
    """
    report = ImportReport()
    files, sizes = plan_import(db, paths, report, progress, cancelled)
    total = sum(sizes.values())

    def stream(pool: ProcessPoolExecutor) -> Iterator[tuple[_Incoming | None, int, str]]:
        for results in ordered_map(pool, _chunks(files, sizes, max_bytes),
                                   window=jobs * 3):
            for item, position, where, problem in results:
                if problem is not None:
                    report.problems.append(problem)
                yield item, position, where

    with make_pool(jobs) as pool:
        try:
            write_stream(db, stream(pool), total, report, progress, cancelled)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return report


def _split_one(name: str) -> tuple[str, str | None, list | None, str | None]:
    """(path, text, segments, reason): what `fasl split` prints for one file."""
    from fasl.textlogic.decode import decode_bytes
    from fasl.textlogic.split import split_text

    path = Path(name)
    try:
        text = decode_bytes(path.read_bytes()).text
    except (OSError, DecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return name, None, None, reason
    return name, text, split_text(text, active_lexicon()), None


def _split_chunk(names: list[str]) -> list[tuple[str, str | None, list | None, str | None]]:
    return [_split_one(name) for name in names]


def split_files(names: Sequence[str], jobs: int
                ) -> Iterator[tuple[str, str | None, list | None, str | None]]:
    """Decode and split each file, ``jobs`` processes at once; results in input order."""
    if jobs <= 1:
        yield from (_split_one(name) for name in names)
        return
    chunks = [(_split_chunk, (list(names[i:i + FILES_PER_CHUNK]),))
              for i in range(0, len(names), FILES_PER_CHUNK)]
    with make_pool(jobs) as pool:
        for results in ordered_map(pool, chunks, window=jobs * 3):
            yield from results
