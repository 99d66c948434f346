"""Where two reviewers' annotations of one text differ, and what taking one side does.

Pure logic for adjudication: the store reads two reviewers' zones and entities, these
functions list the differences as data, say which side the gold annotation follows in each
difference, and compute the gold annotation after "take A's" or "take B's".

Zones are compared character by character on ``(zone, item)``: a boundary between two
segments of the same zone and item carries no meaning in the scheme (`merge_adjacent`
joins them), so it is not a difference.  A difference is a maximal run of characters the
two label differently; a run of whitespace only is dropped, since whitespace changes no
line's zone (SCHEME.md section 1 gives it to the segment before).

Entities are compared as spans with a type: the same span with another type is a
``entity_type`` difference; spans found on one side only are paired with an overlapping
span of the other side when there is one (``entity_span``: the two reviewers saw the same
name with different extents), else stand alone (``entity_only_a`` / ``entity_only_b``).
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from fasl.textlogic.spans import crosses as spans_cross
from fasl.textlogic.zones import Segment, Zone, check_cover


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """An entity as adjudication sees it: ``[start, end)`` in code points and a type."""

    start: int
    end: int
    type: str


class Kind(StrEnum):
    ZONE = "zone"
    ENTITY_TYPE = "entity_type"
    ENTITY_SPAN = "entity_span"
    ENTITY_ONLY_A = "entity_only_a"
    ENTITY_ONLY_B = "entity_only_b"


class Side(StrEnum):
    A = "a"
    B = "b"


class Status(StrEnum):
    """Which side the gold annotation follows in one difference."""

    OPEN = "open"  # no gold yet
    A = "a"
    B = "b"
    OTHER = "other"  # gold was edited to something neither reviewer had


@dataclass(frozen=True, slots=True)
class Difference:
    """One place where the reviewers disagree.

    Attributes:
        kind: what differs.
        start, end: the text range it covers (code points), for showing and scrolling.
        a_spans, b_spans: the entities of each side involved (empty for zone differences).
        a_zones, b_zones: the ``(zone, item)`` runs of each side inside ``[start, end)``.
    """

    kind: Kind
    start: int
    end: int
    a_spans: tuple[Span, ...] = ()
    b_spans: tuple[Span, ...] = ()
    a_zones: tuple[tuple[int, int, Zone, int | None], ...] = ()
    b_zones: tuple[tuple[int, int, Zone, int | None], ...] = ()

    @property
    def is_zone(self) -> bool:
        return self.kind is Kind.ZONE


class CrossingError(ValueError):
    """Taking a side would leave two gold entities crossing each other."""


# --- zones ------------------------------------------------------------------------------


def _runs(segments: Sequence[Segment], start: int, end: int
          ) -> tuple[tuple[int, int, Zone, int | None], ...]:
    """``(start, end, zone, item)`` pieces of ``segments`` clipped to ``[start, end)``,
    neighbours with the same zone and item joined."""
    out: list[tuple[int, int, Zone, int | None]] = []
    starts = [s.start for s in segments]
    k = max(0, bisect.bisect_right(starts, start) - 1)
    while k < len(segments) and segments[k].start < end:
        seg = segments[k]
        lo, hi = max(seg.start, start), min(seg.end, end)
        if lo < hi:
            if out and out[-1][2] == seg.label and out[-1][3] == seg.item and out[-1][1] == lo:
                out[-1] = (out[-1][0], hi, seg.label, seg.item)
            else:
                out.append((lo, hi, seg.label, seg.item))
        k += 1
    return tuple(out)


def zone_differences(text: str, a: Sequence[Segment], b: Sequence[Segment]
                     ) -> list[Difference]:
    """Maximal runs where A and B give a different ``(zone, item)``, whitespace runs dropped."""
    check_cover(a, len(text))
    check_cover(b, len(text))
    cuts = sorted({s.start for s in a} | {s.start for s in b} | {len(text)})
    regions: list[tuple[int, int]] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        ra, rb = _runs(a, lo, hi), _runs(b, lo, hi)
        if (ra[0][2], ra[0][3]) == (rb[0][2], rb[0][3]):
            continue
        if regions and regions[-1][1] == lo:
            regions[-1] = (regions[-1][0], hi)
        else:
            regions.append((lo, hi))
    return [Difference(Kind.ZONE, lo, hi, a_zones=_runs(a, lo, hi), b_zones=_runs(b, lo, hi))
            for lo, hi in regions if text[lo:hi].strip()]


def take_zones(result: Sequence[Segment], source: Sequence[Segment], start: int, end: int
               ) -> list[Segment]:
    """``result`` with ``[start, end)`` labelled as in ``source``.

    Pieces taken from ``source`` keep their origin and confidence; a taken piece joins its
    neighbour when both have the same zone and item, so no meaningless boundary is left.
    """
    pieces: list[Segment] = []
    for seg, lo, hi in ([(s, s.start, min(s.end, start)) for s in result]
                        + [(s, max(s.start, start), min(s.end, end)) for s in source]
                        + [(s, max(s.start, end), s.end) for s in result]):
        if lo < hi:
            pieces.append(replace(seg, start=lo, end=hi))
    pieces.sort(key=lambda s: s.start)
    out: list[Segment] = []
    for seg in pieces:
        prev = out[-1] if out else None
        at_seam = seg.start in (start, end)
        if prev is not None and at_seam and (prev.label, prev.item) == (seg.label, seg.item):
            out[-1] = replace(prev, end=seg.end, confidence=min(prev.confidence, seg.confidence),
                              origin="human" if "human" in (prev.origin, seg.origin)
                              else prev.origin)
        else:
            out.append(seg)
    return out


# --- entities ---------------------------------------------------------------------------


def _overlaps(x: Span, y: Span) -> bool:
    return x.start < y.end and y.start < x.end


def crosses(x: Span, y: Span) -> bool:
    """Two spans that overlap without one containing the other (never allowed)."""
    return spans_cross((x.start, x.end), (y.start, y.end))


def entity_differences(a: Sequence[Span], b: Sequence[Span]) -> list[Difference]:
    """Entity spans the two sides do not share exactly, grouped where they overlap.

    Spans of one side that overlap spans of the other are one difference (the connected
    group of the "overlaps" relation across the sides), so taking a side swaps the whole
    group at once: a chosen span can then never cross a span the other side left in gold,
    which pairwise swapping could not promise (A ``[0,2) [2,4)`` against B ``[0,3) [1,3)``
    would leave each half waiting for the other).
    """
    set_a, set_b = set(a), set(b)
    only_a = sorted(set_a - set_b)
    only_b = sorted(set_b - set_a)
    out: list[Difference] = []
    by_extent_b = {(s.start, s.end): s for s in only_b}
    rest_a: list[Span] = []
    for span in only_a:
        other = by_extent_b.pop((span.start, span.end), None)
        if other is None:
            rest_a.append(span)
        else:
            out.append(Difference(Kind.ENTITY_TYPE, span.start, span.end, (span,), (other,)))
    rest_b = sorted(by_extent_b.values())
    spans = [*rest_a, *rest_b]  # A's first: index < len(rest_a) means side A
    group = list(range(len(spans)))

    def root(k: int) -> int:
        while group[k] != k:
            group[k] = group[group[k]]
            k = group[k]
        return k

    for i, x in enumerate(rest_a):
        for j, y in enumerate(rest_b, start=len(rest_a)):
            if _overlaps(x, y):
                group[root(i)] = root(j)
    members: dict[int, list[int]] = {}
    for k in range(len(spans)):
        members.setdefault(root(k), []).append(k)
    for ks in members.values():
        side_a = tuple(spans[k] for k in ks if k < len(rest_a))
        side_b = tuple(spans[k] for k in ks if k >= len(rest_a))
        kind = (Kind.ENTITY_SPAN if side_a and side_b
                else Kind.ENTITY_ONLY_A if side_a else Kind.ENTITY_ONLY_B)
        start = min(s.start for s in (*side_a, *side_b))
        end = max(s.end for s in (*side_a, *side_b))
        out.append(Difference(kind, start, end, side_a, side_b))
    return sorted(out, key=lambda d: (d.start, d.end, str(d.kind)))


def take_entities(result: Sequence[Span], diff: Difference, side: Side) -> list[Span]:
    """``result`` with the entities of ``diff`` as ``side`` has them.

    Whatever ``result`` holds at the extents either side used in this difference is
    replaced by the chosen side's spans (nothing, for a span the side did not tag).

    Raises:
        CrossingError: a chosen span would cross another entity of ``result``.
    """
    involved = {(s.start, s.end) for s in (*diff.a_spans, *diff.b_spans)}
    chosen = diff.a_spans if side is Side.A else diff.b_spans
    kept = [s for s in result if (s.start, s.end) not in involved]
    for span in chosen:
        for other in kept:
            if crosses(span, other):
                raise CrossingError(
                    f"{span.type} [{span.start}, {span.end}) would cross {other.type} "
                    f"[{other.start}, {other.end}); remove or change that one first")
    return sorted({*kept, *chosen}, key=lambda s: (s.start, -s.end, s.type))


# --- both -------------------------------------------------------------------------------


def differences(text: str, zones_a: Sequence[Segment], zones_b: Sequence[Segment],
                spans_a: Sequence[Span], spans_b: Sequence[Span]) -> list[Difference]:
    """Every zone and entity difference, in text order (zones first at the same place)."""
    found = zone_differences(text, zones_a, zones_b) + entity_differences(spans_a, spans_b)
    return sorted(found, key=lambda d: (d.start, not d.is_zone, d.end, str(d.kind)))


def take(zones: Sequence[Segment], spans: Sequence[Span], diff: Difference, side: Side,
         zones_a: Sequence[Segment], zones_b: Sequence[Segment]
         ) -> tuple[list[Segment], list[Span]]:
    """The gold ``(zones, spans)`` after taking ``side`` in ``diff``."""
    if diff.is_zone:
        source = zones_a if side is Side.A else zones_b
        return take_zones(zones, source, diff.start, diff.end), list(spans)
    return list(zones), take_entities(spans, diff, side)


def status(diff: Difference, zones: Sequence[Segment] | None, spans: Sequence[Span]) -> Status:
    """Which side the gold ``(zones, spans)`` follows in ``diff`` (OPEN without gold)."""
    if zones is None:
        return Status.OPEN
    if diff.is_zone:
        mine = _runs(zones, diff.start, diff.end)
        return (Status.A if mine == diff.a_zones else Status.B if mine == diff.b_zones
                else Status.OTHER)
    involved = {(s.start, s.end) for s in (*diff.a_spans, *diff.b_spans)}
    mine_spans = {s for s in spans if (s.start, s.end) in involved}
    if mine_spans == set(diff.a_spans):
        return Status.A
    if mine_spans == set(diff.b_spans):
        return Status.B
    return Status.OTHER


def line_range(text: str, start: int, end: int) -> tuple[int, int]:
    """1-based first and last line numbers that ``[start, end)`` touches."""
    first = text.count("\n", 0, start) + 1
    last = text.count("\n", 0, max(start, end - 1)) + 1
    return first, last


def describe(text: str, diff: Difference) -> str:
    """One line saying where and what, e.g. ``lines 3–4 · zone: A body · B title``."""
    first, last = line_range(text, diff.start, diff.end)
    where = f"line {first}" if first == last else f"lines {first}–{last}"

    def zones(runs: tuple[tuple[int, int, Zone, int | None], ...]) -> str:
        names: list[str] = []
        for _, _, zone, item in runs:
            name = f"{zone} {item}" if item is not None else str(zone)
            if name not in names:
                names.append(name)
        return ", ".join(names)

    def spans(items: tuple[Span, ...]) -> str:
        return ", ".join(f"{s.type} «{text[s.start:s.end]}»" for s in items) or "nothing"

    if diff.is_zone:
        return f"{where} · zone: A {zones(diff.a_zones)} · B {zones(diff.b_zones)}"
    if diff.kind is Kind.ENTITY_TYPE:
        a, b = diff.a_spans[0], diff.b_spans[0]
        return f"{where} · type of «{text[a.start:a.end]}»: A {a.type} · B {b.type}"
    return f"{where} · entity: A {spans(diff.a_spans)} · B {spans(diff.b_spans)}"
