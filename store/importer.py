"""Bringing files, folders and JSONL crawl records into a store.

A corpus arrives as whatever a crawler left: text files in nested folders, JSONL dumps,
a stray image or a truncated file among them.  Every bad input is reported with its path
and the reason and the rest goes on; each document is written in its own savepoint, so a
failure never leaves part of a document behind.  Duplicates (same stored text) are skipped.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from fasl.store.db import now
from fasl.store.history import record
from fasl.store.migrations import AUTO_REVIEWER, SYSTEM_REVIEWER
from fasl.store.segments import write_segments
from fasl.textlogic.decode import DecodeError, check_text, decode_bytes
from fasl.textlogic.normalize import fold
from fasl.store.lexicons import active_lexicon
from fasl.textlogic.split import split_text
from fasl.textlogic.zones import Segment, Zone

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# Files picked up when walking a folder; a file named explicitly is always tried.
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
BATCH = 200

ProgressFn = Callable[[int, int, str], None]  # (bytes done, bytes total, current path)
CancelFn = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class ImportProblem:
    path: str  # file path, with ":LINE" for a JSONL record
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(slots=True)
class ImportReport:
    imported: list[int] = field(default_factory=list)  # new document ids
    duplicates: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        parts = [f"{len(self.imported)} imported", f"{self.duplicates} already in the store"]
        if self.problems:
            parts.append(f"{len(self.problems)} skipped")
        if self.cancelled:
            parts.append("cancelled")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class _Incoming:
    uid: str
    name: str
    origin: str
    raw_sha256: str
    encoding: str
    text: str
    meta: dict[str, Any]
    where: str  # for problem reports
    # Filled in by worker processes (fasl.store.parallel_import); computed here if None.
    segments: tuple[Segment, ...] | None = None
    folded: str | None = None


def _walk(paths: Iterable[Path], problems: list[ImportProblem]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path, onerror=lambda e: problems.append(
                    ImportProblem(str(e.filename), f"cannot list folder ({e.strerror})"))):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    child = Path(root, name)
                    suffix = child.suffix.lower()
                    if name.startswith("."):
                        continue
                    if suffix in TEXT_SUFFIXES or suffix in JSONL_SUFFIXES:
                        files.append(child)
                    else:
                        problems.append(ImportProblem(
                            str(child), f"not imported from a folder: {suffix} is not a text "
                                        "or JSONL file (name it explicitly to try it)"))
        elif path.exists():
            files.append(path)
        else:
            problems.append(ImportProblem(str(path), "no such file or folder"))
    return files


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_text_file(path: Path, max_bytes: int) -> _Incoming:
    size = path.stat().st_size
    if size > max_bytes:
        raise DecodeError(f"too large: {size:,} bytes, the limit is {max_bytes:,}")
    data = path.read_bytes()
    decoded = decode_bytes(data)
    return _Incoming(uid=path.stem, name=path.name, origin=str(path.resolve()),
                     raw_sha256=_sha(data), encoding=decoded.encoding, text=decoded.text,
                     meta={"bom": True} if decoded.had_bom else {}, where=str(path))


def jsonl_record(raw: bytes, number: int, path: Path) -> _Incoming:
    """One line of a JSONL crawl file as a document.

    Raises:
        DecodeError: not UTF-8, not JSON, not an object, or no usable "text".
    """
    where = f"{path}:{number}"
    try:
        obj = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise DecodeError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise DecodeError("a JSON record must be an object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise DecodeError('no "text" string field')
    text = check_text(text)
    uid = obj.get("id")
    uid = str(uid) if uid not in (None, "") else f"{path.stem}-{number}"
    url = obj.get("url")
    meta = {k: v for k, v in obj.items() if k not in ("text", "id")}
    meta |= {"source_file": str(path), "line": number}
    return _Incoming(uid=uid, name=uid, origin=str(url) if url else where,
                     raw_sha256=_sha(obj["text"].encode("utf-8", "surrogatepass")),
                     encoding="utf-8", text=text, meta=meta, where=where)


def jsonl_lines(path: Path) -> Iterator[tuple[int, bytes, int]]:
    """(line number, raw line, byte offset after it) of a JSONL file; blank lines skipped."""
    with path.open("rb") as fh:
        offset = 0
        for number, raw in enumerate(fh, start=1):
            offset += len(raw)
            if raw.strip():
                yield number, raw, offset


def checked_record(raw: bytes, number: int, path: Path, max_bytes: int) -> _Incoming:
    if len(raw) > max_bytes:
        raise DecodeError(f"record too large: {len(raw):,} bytes")
    return jsonl_record(raw, number, path)


def _jsonl_records(path: Path, max_bytes: int,
                   problems: list[ImportProblem]) -> Iterator[tuple[_Incoming, int]]:
    """Records of a JSONL file with the byte offset after each; bad lines become problems."""
    for number, raw, offset in jsonl_lines(path):
        try:
            yield checked_record(raw, number, path, max_bytes), offset
        except DecodeError as exc:
            problems.append(ImportProblem(f"{path}:{number}", str(exc)))


def _with_work(item: _Incoming) -> _Incoming:
    """The document with its auto-split segments and folded search text computed."""
    return dataclasses.replace(item, segments=tuple(auto_segments(item.text)),
                               folded=fold(item.text))


def auto_segments(text: str) -> list[Segment]:
    """The splitter's segments; a splitter bug leaves the document whole at confidence 0.

    Raises:
        LexiconError: a user lexicon file is broken (`import_paths` says so before starting).
    """
    lexicon = active_lexicon()
    try:
        return split_text(text, lexicon)
    except Exception:  # the splitter must never cost a reviewer a document
        return [Segment(0, len(text), Zone.BODY, None, 0.0)]


def _unique_uid(db: Database, uid: str, sha: str) -> str:
    if db.execute("SELECT 1 FROM documents WHERE uid = ?", [uid]).fetchone():
        return f"{uid}~{sha[:8]}"
    return uid


def _store(db: Database, doc: _Incoming) -> int | None:
    """Insert one document with its search row and auto segments; None if a duplicate."""
    data = doc.text.encode("utf-8")
    sha = _sha(data)
    if db.execute("SELECT 1 FROM documents WHERE text_sha256 = ?", [sha]).fetchone():
        return None
    segments = list(doc.segments) if doc.segments is not None else auto_segments(doc.text)
    with db.atomic():
        doc_id = db.execute(
            "INSERT INTO documents (uid, name, origin, raw_sha256, text_sha256, encoding, "
            "text, length, meta, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_unique_uid(db, doc.uid, sha), doc.name, doc.origin, doc.raw_sha256, sha,
             doc.encoding, doc.text, len(doc.text), json.dumps(doc.meta, ensure_ascii=False),
             now()]).lastrowid
        db.execute("INSERT INTO document_search (rowid, folded) VALUES (?, ?)",
                   [doc_id, doc.folded if doc.folded is not None else fold(doc.text)])
        write_segments(db, doc_id, AUTO_REVIEWER, segments, len(doc.text))
        record(db, SYSTEM_REVIEWER, doc_id, "import",
               {"origin": doc.origin, "encoding": doc.encoding, "text_sha256": sha})
    return int(doc_id)


def _incoming(files: Sequence[Path], sizes: dict[Path, int], max_bytes: int,
              problems: list[ImportProblem]) -> Iterator[tuple[_Incoming | None, int, str]]:
    """Every document to store, with the byte position reached; ``None`` marks a skipped file."""
    done_before = 0
    for path in files:
        try:
            if path.suffix.lower() in JSONL_SUFFIXES:
                for item, offset in _jsonl_records(path, max_bytes, problems):
                    yield item, done_before + offset, item.where
            else:
                yield _read_text_file(path, max_bytes), done_before + sizes[path], str(path)
        except DecodeError as exc:
            problems.append(ImportProblem(str(path), str(exc)))
            yield None, done_before + sizes[path], str(path)
        except OSError as exc:
            problems.append(ImportProblem(str(path), f"cannot read ({exc.strerror or exc})"))
            yield None, done_before + sizes[path], str(path)
        done_before += sizes[path]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def import_paths(db: Database, paths: Sequence[str | Path], *,
                 max_bytes: int = DEFAULT_MAX_BYTES, progress: ProgressFn | None = None,
                 cancelled: CancelFn | None = None) -> ImportReport:
    """Import files, folders (recursively) and JSONL files of crawl records.

    Documents are committed in batches of `BATCH`; each sits in its own savepoint, so a
    document is either stored whole or not at all.  Cancelling keeps what came before it.
    """
    report = ImportReport()
    files, sizes = plan_import(db, paths, report, progress, cancelled)
    stream = _incoming(files, sizes, max_bytes, report.problems)
    write_stream(db, stream, sum(sizes.values()), report, progress, cancelled)
    return report


def plan_import(db: Database, paths: Sequence[str | Path], report: ImportReport,
                progress: ProgressFn | None, cancelled: CancelFn | None
                ) -> tuple[list[Path], dict[Path, int]]:
    """What both import paths do first: check the lexicon, take fasl's own exports (they
    come back with their annotations, `fasl.store.reimport`), list the files and sizes.

    Raises:
        LexiconError: a user lexicon file is broken; nothing has been imported.
    """
    from fasl.store.reimport import take_exports  # late: reimport builds on this module

    active_lexicon()
    paths = take_exports(db, paths, report, progress=progress, cancelled=cancelled)
    files = _walk([Path(p) for p in paths], report.problems)
    return files, {f: _size(f) for f in files}


class _StoreWriteFailed(Exception):
    """SQLite rolled the whole batch back (disk full, I/O error): the import must stop."""


def write_stream(db: Database, stream: Iterable[tuple[_Incoming | None, int, str]],
                 total: int, report: ImportReport, progress: ProgressFn | None = None,
                 cancelled: CancelFn | None = None) -> None:
    """Store ``(document or None, byte position, where)`` items in batches of `BATCH`.

    A document that cannot be stored is reported and the batch goes on.  But when SQLite
    itself gives up the transaction (a full disk or an I/O error roll back the whole
    batch), the documents of that batch are reported as not stored, not as imported, and
    the import stops: the store cannot be written, so the rest would fail the same way.
    """
    stream = iter(stream)
    while not report.cancelled:
        chunk = list(islice(stream, BATCH))
        if not chunk:
            break
        # Split before taking the write lock, so a window writing to the same store waits
        # only for the inserts (workers of fasl.store.parallel_import have done this already).
        chunk = [(_with_work(item) if item is not None and item.segments is None else item,
                  position, where) for item, position, where in chunk]
        kept, duplicates, stored = len(report.imported), report.duplicates, []
        try:
            with db.atomic():
                for item, position, where in chunk:
                    if cancelled and cancelled():
                        report.cancelled = True
                        break
                    if item is not None and _emit(db, item, report):
                        stored.append(item.where)
                    if progress:
                        progress(position, total, where)
        except (_StoreWriteFailed, sqlite3.Error) as exc:
            reason = str(exc.__cause__ or exc)
            del report.imported[kept:]
            report.duplicates = duplicates
            report.problems.extend(
                ImportProblem(where, f"not stored: the store could not be written ({reason})")
                for where in stored)
            report.problems.append(ImportProblem(
                chunk[0][2], f"import stopped: the store could not be written ({reason}); "
                             "what was imported before this batch is kept"))
            report.cancelled = True


def _emit(db: Database, item: _Incoming, report: ImportReport) -> bool:
    """Store one document; True if it was written (not a duplicate, not refused)."""
    try:
        doc_id = _store(db, item)
    except Exception as exc:  # reported per document; the import goes on
        if not db.conn.in_transaction:  # SQLite rolled the batch back: nothing of it is kept
            raise _StoreWriteFailed(exc) from exc
        report.problems.append(ImportProblem(item.where, f"could not be stored ({exc})"))
        return False
    if doc_id is None:
        report.duplicates += 1
        return False
    report.imported.append(doc_id)
    return True
