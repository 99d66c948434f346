"""spaCy / Prodigy: JSONL of ``{"text", "tokens", "spans", "meta"}``, one document a line.

Span offsets are code points into ``text``, which is what spaCy's ``Doc.char_span`` and
Prodigy use (Python `str` indexes).  ``label`` is the entity type; nested spans are kept
(spaCy's ``doc.spans`` holds overlapping spans; ``doc.ents`` would need the outer ones
only).

spaCy's own Arabic tokenizer does not split proclitics, so ``char_span`` for ``روسيا``
inside ``لروسيا`` finds no token edge there and returns None.  Each record therefore also
carries Prodigy's ``tokens`` list (``text``, ``start``, ``end``, ``id``, ``ws``), cut at the
entity boundaries, and every span its ``token_start``/``token_end``: build the Doc with
``Doc(nlp.vocab, words=[t["text"] ...], spaces=[t["ws"] ...])`` and every span aligns.
"""
from __future__ import annotations

import bisect
from typing import Any

from fasl.store.export.jsonl import JsonlWriter
from fasl.store.export.select import ExportDoc
from fasl.store.export.tokens import spacy_tokens


def record(doc: ExportDoc) -> dict[str, Any]:
    cuts = [p for e in doc.entities for p in (e.start, e.end)]
    tokens = spacy_tokens(doc.text, cuts)
    starts = [t[0] for t in tokens]
    ends = [t[1] for t in tokens]
    spans = []
    for ent in doc.entities:
        first = bisect.bisect_left(starts, ent.start)
        last = bisect.bisect_left(ends, ent.end)
        spans.append({"start": ent.start, "end": ent.end, "label": ent.type,
                      "token_start": first, "token_end": last})
    return {
        "text": doc.text,
        "tokens": [{"text": doc.text[a:b], "start": a, "end": b, "id": i, "ws": ws}
                   for i, (a, b, ws) in enumerate(tokens)],
        "spans": spans,
        "meta": {"id": doc.uid, "name": doc.name, "reviewer": doc.reviewer,
                 "state": doc.state},
    }


class SpacyWriter(JsonlWriter):
    def records(self, doc: ExportDoc) -> list[dict[str, Any]]:
        return [record(doc)]
