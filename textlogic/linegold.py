"""The line-level view of a segmentation (SCHEME.md section 4) and its scores.

Gold for benchmarking is kept per line (`lines`, `items`, optional in-line `cuts`); the
splitter produces character segments.  This module converts both ways and scores a
prediction against gold, so the benchmark and the tests count the same thing.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from fasl.textlogic.zones import APPENDED_ZONES, Segment, Zone, merge_adjacent

APPENDED_NAMES = frozenset(str(z) for z in APPENDED_ZONES)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def segments_to_lines(text: str, segments: Sequence[Segment]) -> tuple[list[str | None], list[int | None]]:
    """Zone and related-item number of each line of ``text.split("\\n")``.

    A whitespace-only line is ``None``; a line cut inside gets the zone of the segment that
    holds its first non-space character.

    Args:
        text: the document text.
        segments: a segmentation covering ``text``.

    Returns:
        ``(lines, items)`` as in a gold record.
    """
    starts = [seg.start for seg in segments]
    lines: list[str | None] = []
    items: list[int | None] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.lstrip()
        if not stripped.strip():
            lines.append(None)
            items.append(None)
        else:
            at = pos + len(line) - len(stripped)
            seg = segments[bisect.bisect_right(starts, at) - 1]
            lines.append(str(seg.label))
            items.append(seg.item if seg.label == Zone.RELATED else None)
        pos += len(line) + 1
    return lines, items


def gold_to_segments(text: str, record: Mapping[str, object]) -> list[Segment]:
    """Segments equivalent to a gold record, obeying the whitespace rule.

    Each labelled line opens a segment at its first non-space character when its zone or
    item differs from what runs before it; each cut ``{"line", "char", "before", "after"}``
    opens one at that character (moved forward past spaces).  A related part after a cut
    takes the item of the next related line, else the line's own, else a new number.

    Args:
        text: the document text (its sha256 is not checked here).
        record: a gold record with ``lines``, optional ``items`` and ``cuts``.

    Returns:
        Segments covering ``text`` (empty for an empty text).

    Raises:
        ValueError: the record does not fit the text (line count, bad zone or cut).
    """
    lines = list(record["lines"])  # type: ignore[arg-type]
    parts = text.split("\n")
    if len(lines) != len(parts):
        raise ValueError(f"gold has {len(lines)} lines, text has {len(parts)}")
    items = list(record.get("items") or [None] * len(lines))  # type: ignore[arg-type]
    cuts: dict[int, list[Mapping[str, object]]] = {}
    for cut in record.get("cuts") or []:  # type: ignore[union-attr]
        cuts.setdefault(int(cut["line"]), []).append(cut)
    starts = _line_starts(text)
    max_item = max((i for i in items if i is not None), default=0)
    opens: list[tuple[int, Zone, int | None]] = []
    for n, zone_name in enumerate(lines):
        if zone_name is None:
            continue
        line = parts[n]
        first = starts[n] + len(line) - len(line.lstrip())
        zone = Zone(zone_name)
        opens.append((first, zone, items[n] if zone == Zone.RELATED else None))
        for cut in sorted(cuts.get(n, []), key=lambda c: int(c["char"])):
            k = int(cut["char"])
            if not 0 <= k <= len(line):
                raise ValueError(f"cut at char {k} outside line {n}")
            while k < len(line) and line[k].isspace():
                k += 1
            after = Zone(str(cut["after"]))
            item = None
            if after == Zone.RELATED:
                nxt = next((items[j] for j in range(n + 1, len(lines)) if lines[j] is not None), None)
                nxt_zone = next((lines[j] for j in range(n + 1, len(lines)) if lines[j] is not None), None)
                if nxt_zone == "related" and nxt is not None:
                    item = nxt
                elif zone == Zone.RELATED and items[n] is not None:
                    item = items[n]
                else:
                    max_item += 1
                    item = max_item
            opens.append((starts[n] + k, after, item))
    if not text:
        return []
    if not opens:
        return [Segment(0, len(text), Zone.BODY, None, 1.0, "human")]
    segs: list[Segment] = []
    for i, (start, zone, item) in enumerate(opens):
        end = opens[i + 1][0] if i + 1 < len(opens) else len(text)
        start = 0 if i == 0 else start
        if end > start:
            segs.append(Segment(start, end, zone, item, 1.0, "human"))
    return merge_adjacent(segs)


def appended_flags(lines: Iterable[str | None]) -> list[bool | None]:
    """Per line: True when appended (related, list, boilerplate), False for main, None unscored."""
    return [None if z is None else z in APPENDED_NAMES for z in lines]


@dataclass
class Score:
    """Running line-level counts for the appended class over many documents."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    lines: int = 0
    zone_right: int = 0
    docs: int = 0
    exact_docs: int = 0
    clean_docs: int = 0  # gold has no appended line
    clean_docs_cut: int = 0  # ... but the prediction marked one
    failures: list[str] = field(default_factory=list)

    def add(self, doc_id: str, gold: Sequence[str | None], pred: Sequence[str | None]) -> None:
        """Count one document: ``gold`` and ``pred`` are zone names per line (None = blank)."""
        exact = True
        gold_flags, pred_flags = appended_flags(gold), appended_flags(pred)
        for g, p, gz, pz in zip(gold_flags, pred_flags, gold, pred, strict=True):
            if g is None:
                continue
            p = bool(p)
            self.lines += 1
            self.zone_right += gz == pz
            if g and p:
                self.tp += 1
            elif p and not g:
                self.fp += 1
                exact = False
            elif g and not p:
                self.fn += 1
                exact = False
        self.docs += 1
        self.exact_docs += exact
        if not any(g for g in gold_flags if g):
            self.clean_docs += 1
            if any(p for g, p in zip(gold_flags, pred_flags, strict=True) if g is not None and p):
                self.clean_docs_cut += 1
        if not exact:
            self.failures.append(doc_id)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def exact_rate(self) -> float:
        return self.exact_docs / self.docs if self.docs else 0.0

    @property
    def zone_accuracy(self) -> float:
        return self.zone_right / self.lines if self.lines else 0.0
