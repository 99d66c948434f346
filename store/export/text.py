"""The cleaned corpus: each document's main story as fields, without what was appended.

One JSON object per line: ``{"id", "name", "kind": "main", "title", "dateline", "body",
"source", "tags", "metadata"}``.  Each field joins the document's stretches of that zone,
stripped, with a line break between stretches (a body interrupted by a promo line comes
back as one body).  With ``related=True`` every related item follows its document as
``{"id": "<id>#related-<n>", "parent": "<id>", "kind": "related", "item": n, "text"}``.
No offsets: nothing here points into another text.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fasl.store.export.jsonl import JsonlWriter
from fasl.store.export.select import ExportDoc
from fasl.textlogic.zones import Zone

MAIN_FIELDS = (Zone.TITLE, Zone.DATELINE, Zone.BODY, Zone.SOURCE, Zone.TAGS)


def _join(pieces: list[str]) -> str:
    return "\n".join(p for p in (piece.strip() for piece in pieces) if p)


def records(doc: ExportDoc, related: bool) -> list[dict[str, Any]]:
    fields: dict[Zone, list[str]] = {z: [] for z in MAIN_FIELDS}
    items: dict[int, list[str]] = {}
    for seg in doc.segments:
        piece = doc.text[seg.start:seg.end]
        if seg.label in fields:
            fields[seg.label].append(piece)
        elif seg.label == Zone.RELATED:
            items.setdefault(seg.item or 0, []).append(piece)
    main = {"id": doc.uid, "name": doc.name, "kind": "main"}
    main |= {str(z): _join(fields[z]) for z in MAIN_FIELDS}
    out = [main | {"metadata": doc.meta}]
    if related:
        out += [{"id": f"{doc.uid}#related-{n}", "parent": doc.uid, "kind": "related",
                 "item": n, "text": _join(items[n])} for n in sorted(items)]
    return out


class TextWriter(JsonlWriter):
    def __init__(self, out: Path, *, related: bool = False, **_: Any) -> None:
        super().__init__(out)
        self.related = related

    def records(self, doc: ExportDoc) -> list[dict[str, Any]]:
        return records(doc, self.related)
