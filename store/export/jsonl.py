"""fasl's own export: one JSON object per document, everything a reviewer decided.

The record (schema in README.md, "Export formats") carries the text with its zones and
accepted entities, so it can be read back by `fasl import` (`fasl.store.reimport`) and
exported again to the same bytes.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fasl.store.export.atomic import AtomicFile
from fasl.store.export.select import ExportDoc

# The keys that mark a JSONL record as a fasl export (what `fasl import` recognises).
RECORD_KEYS = ("id", "name", "origin", "sha256", "metadata", "text", "zones", "entities",
               "reviewer", "state", "note")
CONFIDENCE_DIGITS = 4


def zone_dict(seg: Any) -> dict[str, Any]:
    return {"start": seg.start, "end": seg.end, "label": str(seg.label), "item": seg.item,
            "confidence": round(float(seg.confidence), CONFIDENCE_DIGITS), "origin": seg.origin}


def record(doc: ExportDoc) -> dict[str, Any]:
    """The JSON object of one document; offsets are code points into ``text``."""
    return {
        "id": doc.uid, "name": doc.name, "origin": doc.origin, "sha256": doc.sha256,
        "metadata": doc.meta, "text": doc.text,
        "zones": [zone_dict(s) for s in doc.segments],
        "entities": [{"start": e.start, "end": e.end, "type": e.type,
                      "text": doc.text[e.start:e.end], "origin": e.origin}
                     for e in doc.entities],
        "reviewer": doc.reviewer, "state": doc.state, "note": doc.note,
    }


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


class JsonlWriter:
    """One JSON object per line into one file written atomically; the JSON-lines formats
    (spacy, text) differ only in `records`."""

    def __init__(self, out: Path, **_: Any) -> None:
        self.file = AtomicFile(out)

    def records(self, doc: ExportDoc) -> list[dict[str, Any]]:
        return [record(doc)]

    def write(self, doc: ExportDoc) -> None:
        self.file.write("".join(dumps(r) + "\n" for r in self.records(doc)))

    def commit(self) -> list[Path]:
        self.file.commit()
        return [self.file.path]

    def abort(self) -> None:
        self.file.abort()
