"""Merging the sources' suggestions into one list where spans nest but never cross.

Order of preference: the longer span, then the higher confidence, then the source order
(learned before gazetteers before patterns: what reviewers did beats what we guessed).
A suggestion crossing one already kept is dropped.  Nesting is kept where SCHEME.md
expects it (an OCC holding its NORP, an ORG or FAC holding a GPE), but not inside a
person's, place's or date's name, where the inner span is only a piece of the name
(``غزة`` inside ``قطاع غزة``), and not when the inner span is the same type and shares an
edge with its container (``وزير الخارجية`` inside ``وزير الخارجية الروسي``).
"""
from __future__ import annotations

from collections.abc import Iterable

from fasl.textlogic.spans import SpanIndex, crosses
from fasl.textlogic.suggest.base import Suggestion

_END = 1 << 62  # past any text's end, to list every kept span
SOURCE_ORDER = {"learned": 0, "gazetteers": 1, "patterns": 2, "model": 3}
NO_NESTING_INSIDE = frozenset({"PERS", "GPE", "LOC", "NORP", "DATE"})


def _crosses(a: Suggestion, b: Suggestion) -> bool:
    return crosses((a.start, a.end), (b.start, b.end))


def _allowed_inside(inner: Suggestion, outer: Suggestion) -> bool:
    if (inner.start, inner.end) == (outer.start, outer.end):
        return False
    if outer.type in NO_NESTING_INSIDE:
        return False
    same_edge = inner.start == outer.start or inner.end == outer.end
    return not (inner.type == outer.type and same_edge)


def merge(suggestions: Iterable[Suggestion]) -> list[Suggestion]:
    """Keep the preferred, non-crossing suggestions, sorted by position (outer first)."""
    ranked = sorted(
        suggestions,
        key=lambda s: (-(s.end - s.start), -s.confidence, SOURCE_ORDER.get(s.source, 9), s.start),
    )
    kept: SpanIndex[Suggestion] = SpanIndex()
    for candidate in ranked:
        if candidate.end <= candidate.start:
            continue
        if all(not _crosses(candidate, other) and _allowed_inside(candidate, other)
               for _, _, other in kept.overlapping(candidate.start, candidate.end)):
            kept.add(candidate.start, candidate.end, candidate)
    return sorted((s for _, _, s in kept.overlapping(0, _END)), key=lambda s: (s.start, -s.end))
