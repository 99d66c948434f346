"""Exporting one reviewer's annotations in the formats people load into their tools.

`export` picks the documents (by default the ``done`` ones of one reviewer, see
`fasl.store.export.select`), reads them in batches and hands each to the format's writer.
Every output appears under its real name only when the export finished (`atomic`), so a
cancel or a crash never leaves a truncated file that looks complete.  Formats, one module
each: ``jsonl`` (fasl's own, read back by `fasl import`), ``brat``, ``conll``, ``spacy``,
``label-studio``, ``text``.  No Qt: the GUI runs `export` in a worker with ``progress`` and
``cancelled``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from fasl.store.documents import ReviewState
from fasl.store.export.atomic import ExportError
from fasl.store.export.brat import BratWriter
from fasl.store.export.conll import ConllWriter
from fasl.store.export.jsonl import JsonlWriter
from fasl.store.export.labelstudio import LabelStudioWriter
from fasl.store.export.select import iter_documents, resolve_reviewer, select_ids
from fasl.store.export.spacy import SpacyWriter
from fasl.store.export.text import TextWriter

__all__ = ["DEFAULT_STATES", "FORMATS", "ExportError", "ExportReport", "export"]

FORMATS: dict[str, Any] = {
    "jsonl": JsonlWriter,
    "brat": BratWriter,
    "conll": ConllWriter,
    "spacy": SpacyWriter,
    "label-studio": LabelStudioWriter,
    "text": TextWriter,
}
DEFAULT_STATES = (ReviewState.DONE,)

ProgressFn = Callable[[int, int], None]  # (documents written, documents to write)
CancelFn = Callable[[], bool]


@dataclass(slots=True)
class ExportReport:
    format: str
    reviewer: str
    states: tuple[str, ...] | None  # None: every state
    documents: int = 0
    entities: int = 0
    zones: int = 0
    files: list[Path] = field(default_factory=list)
    bytes: int = 0
    cancelled: bool = False

    def summary(self) -> str:
        which = "all states" if self.states is None else "/".join(self.states)
        if self.cancelled:
            return f"cancelled; nothing written ({self.documents} documents were done)"
        return (f"{self.documents} documents ({which}) of reviewer {self.reviewer!r}, "
                f"{self.zones} zones, {self.entities} entities, {self.format}, "
                f"{self.bytes:,} bytes")


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir() if p.is_file())
    return path.stat().st_size


def export(db: Database, fmt: str, out: str | Path, *, reviewer: str | None = None,
           states: Iterable[str] | None = DEFAULT_STATES, ids: Sequence[str] | None = None,
           related: bool = False, progress: ProgressFn | None = None,
           cancelled: CancelFn | None = None) -> ExportReport:
    """Write the selected documents of one reviewer to ``out`` in format ``fmt``.

    Args:
        reviewer: whose work; None picks ``gold`` or the only reviewer (`resolve_reviewer`).
        states: review states to take (default ``done``); None for every document.
        ids: only the documents with these stable ids.
        related: ``text`` format only: also write each related item as its own record.
        progress: called with (documents written, documents to write).
        cancelled: polled between documents; when it returns True nothing is written.

    Raises:
        StoreError: unknown format or reviewer, unknown ids; `ExportError` for a path that
            cannot be written.  In every failure the target is left as it was.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out)
    who = resolve_reviewer(db, reviewer)
    wanted = None if states is None else tuple(sorted({str(ReviewState(s)) for s in states}))
    report = ExportReport(fmt, who, wanted)
    doc_ids = select_ids(db, who, wanted, ids)
    writer = FORMATS[fmt](out, db=db, ids=doc_ids, reviewer=who, related=related)
    total = len(doc_ids)
    try:
        for doc in iter_documents(db, doc_ids, who):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            writer.write(doc)
            report.documents += 1
            report.zones += len(doc.segments)
            report.entities += len(doc.entities)
            if progress is not None:
                progress(report.documents, total)
        if not report.cancelled and cancelled is not None and cancelled():
            report.cancelled = True
        if report.cancelled:
            writer.abort()
            return report
        report.files = writer.commit()
    except OSError as exc:
        writer.abort()
        raise ExportError(f"{out}: writing failed ({exc.strerror or exc})") from None
    except BaseException:
        writer.abort()
        raise
    report.bytes = sum(_size(p) for p in report.files)
    return report
