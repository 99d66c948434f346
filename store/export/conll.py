"""CoNLL with IOB2 entity tags: one token per line, nested entities in extra columns.

    -DOCSTART-	O	O
    <blank>
    قال	O	O
    وزير	B-OCC	O
    الخارجية	I-OCC	O
    الروسي	I-OCC	B-NORP

Column 1 is the token (`fasl.store.export.tokens`: clitics are their own tokens when an
entity leaves them out), then one tag column per nesting level: the outermost entities
first, the entities inside them in the next column, and so on.  Every line of the file has
as many columns as the deepest nesting among the exported documents (at least one tag
column), so readers that expect a fixed width work.  Documents start with a ``-DOCSTART-``
line and a blank line; sentences are separated by a blank line (a break after ``. ! ? ؟``
or at a line end, never inside an entity).  Columns are separated by a tab, since tokens
never contain one.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from fasl.store.export.atomic import AtomicFile
from fasl.store.export.select import ExportDoc, Span
from fasl.store.export.tokens import sentences, word_tokens

DOCSTART = "-DOCSTART-"


def levels(entities: Sequence[Span]) -> list[int]:
    """Nesting depth of each entity (0 = not inside another), for spans in text order."""
    depth: list[int] = []
    stack: list[tuple[int, int]] = []  # (end, depth) of open entities
    for ent in entities:
        while stack and stack[-1][0] <= ent.start:
            stack.pop()
        # Spans never cross, so an open entity that does not end before this one holds it.
        level = len(stack)
        depth.append(level)
        stack.append((ent.end, level))
    return depth


def max_depth(db: Database, ids: Sequence[int], reviewer: str) -> int:
    """The deepest nesting (1 = no nesting) among the exported documents' accepted entities."""
    deepest = 1
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows = db.execute(
            f"SELECT doc_id, start, end FROM entities WHERE doc_id IN ({','.join('?' * len(chunk))})"
            " AND reviewer = ? AND state = 'accepted' ORDER BY doc_id, start, end DESC, id",
            [*chunk, reviewer]).fetchall()
        current, spans = None, []
        for doc_id, start, end in [*rows, (None, 0, 0)]:
            if doc_id != current:
                if spans:
                    deepest = max(deepest, 1 + max(levels(spans)))
                current, spans = doc_id, []
            spans.append(Span(start, end, "", ""))
    return deepest


def document_lines(doc: ExportDoc, columns: int) -> str:
    """The CoNLL block of one document (without the ``-DOCSTART-`` header)."""
    ents = doc.entities
    depth = levels(ents)
    cuts = [p for e in ents for p in (e.start, e.end)]
    tokens = word_tokens(doc.text, cuts)
    tags: dict[tuple[int, int], list[str]] = {}
    for ent, level in zip(ents, depth, strict=True):
        first = True
        for tok in _covered(tokens, ent):
            row = tags.setdefault(tok, ["O"] * columns)
            row[level] = ("B-" if first else "I-") + ent.type
            first = False
    out: list[str] = []
    for sentence in sentences(doc.text, tokens, [(e.start, e.end) for e in ents]):
        for tok in sentence:
            row = tags.get(tok) or ["O"] * columns
            out.append(doc.text[tok[0]:tok[1]] + "\t" + "\t".join(row) + "\n")
        out.append("\n")
    return "".join(out)


def _covered(tokens: list[tuple[int, int]], ent: Span) -> list[tuple[int, int]]:
    k = bisect.bisect_left(tokens, (ent.start, -1))
    out = []
    while k < len(tokens) and tokens[k][1] <= ent.end:
        out.append(tokens[k])
        k += 1
    return out


class ConllWriter:
    def __init__(self, out: Path, *, db: Database, ids: Sequence[int], reviewer: str,
                 **_: Any) -> None:
        self.columns = max_depth(db, ids, reviewer)
        self.file = AtomicFile(out)

    def write(self, doc: ExportDoc) -> None:
        header = DOCSTART + "\t" + "\t".join(["O"] * self.columns) + "\n\n"
        self.file.write(header + document_lines(doc, self.columns))

    def commit(self) -> list[Path]:
        self.file.commit()
        return [self.file.path]

    def abort(self) -> None:
        self.file.abort()
