"""Edits a reviewer makes to a document's zones, as pure functions over a segment list.

Every function takes the current segments (which tile the text, see `check_cover`) and
returns a NEW list that still tiles it, or the very same list object when the edit is
impossible (a boundary that would empty a segment, an index out of range, ...).  A user
edit is never an exception: the review window just sees that nothing changed.

Boundaries are numbered by the segment that starts there: boundary ``i`` (``1 <= i <
len(segments)``) lies between ``segments[i - 1]`` and ``segments[i]``.

Where a moved boundary may land ("stops") follows SCHEME.md section 1:

* whitespace-only stretches belong to the segment before, so a boundary that lands in
  whitespace snaps forward to the end of the run.  When the run crosses a line break it
  ends at the start of its last line, so that the indentation of a bullet line ("  • ...")
  stays with its line, as the line-level gold of SCHEME.md section 4 has it;
* a boundary never separates a letter from the marks that follow it (tashkeel, other
  combining marks, variation selectors, emoji modifiers, zero-width joiners), which is also
  where Qt refuses to put a cursor (QT-NOTES P4).

Segments an edit touches get ``origin="human"`` and ``confidence=1.0``.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Literal

from fasl.textlogic.zones import Segment, Zone

Unit = Literal["char", "word", "line"]
UNITS: tuple[Unit, ...] = ("char", "word", "line")

_WORD_START = re.compile(r"(?<!\S)\S")
_JOINERS = {"\u200d"}  # ZWJ glues the next character to the previous one (emoji sequences)


def _human(seg: Segment, **changes: object) -> Segment:
    return replace(seg, origin="human", confidence=1.0, **changes)  # type: ignore[arg-type]


def _is_mark(ch: str) -> bool:
    """Characters that belong to the character before them and never start a cluster."""
    cp = ord(ch)
    return (
        unicodedata.category(ch) in ("Mn", "Mc", "Me")
        or 0x1F3FB <= cp <= 0x1F3FF  # emoji skin-tone modifiers
        or 0xFE00 <= cp <= 0xFE0F  # variation selectors
        or ch in _JOINERS
    )


def in_cluster(text: str, pos: int) -> bool:
    """True when ``pos`` falls between a character and a mark (or joiner) that belongs to it."""
    if pos <= 0 or pos >= len(text):
        return False
    return _is_mark(text[pos]) or text[pos - 1] in _JOINERS


def snap(text: str, pos: int) -> int:
    """Where a boundary placed at ``pos`` really goes under the whitespace rule.

    Outside whitespace ``pos`` is returned as is.  Inside a whitespace run (``text[pos]`` is
    whitespace) it moves to the end of the run, or, when the run crosses a line break, to
    the start of the run's last line.
    """
    n = len(text)
    if pos <= 0 or pos >= n or not text[pos].isspace():
        return pos
    end = pos
    while end < n and text[end].isspace():
        end += 1
    start = pos
    while start > 0 and text[start - 1].isspace():
        start -= 1
    last_nl = text.rfind("\n", start, end)
    return end if last_nl == -1 else last_nl + 1


def is_stop(text: str, pos: int) -> bool:
    """A position strictly inside the text where a boundary may stand."""
    return 0 < pos < len(text) and not in_cluster(text, pos) and snap(text, pos) == pos


def segment_at(segments: Sequence[Segment], pos: int) -> int:
    """Index of the segment containing code point ``pos`` (the last one for ``pos == len``).

    Returns -1 for an empty list.  Positions before 0 count as 0.
    """
    if not segments:
        return -1
    starts = [s.start for s in segments]
    return max(0, min(len(segments) - 1, bisect.bisect_right(starts, pos) - 1))


def _limits(segments: Sequence[Segment], index: int) -> tuple[int, int] | None:
    """Open interval ``(lo, hi)`` boundary ``index`` may move in without emptying a segment."""
    if not 1 <= index < len(segments):
        return None
    return segments[index - 1].start, segments[index].end


def _nearest_stop(text: str, pos: int, lo: int, hi: int) -> int | None:
    """The stop in ``(lo, hi)`` closest to ``pos``, preferring the one before it."""
    pos = min(max(pos, lo + 1), hi - 1)
    for cand in range(pos, lo, -1):
        if is_stop(text, cand):
            return cand
    for cand in range(pos + 1, hi):
        if is_stop(text, cand):
            return cand
    return None


def _with_boundary(segments: Sequence[Segment], index: int, pos: int) -> list[Segment]:
    out = list(segments)
    out[index - 1] = _human(out[index - 1], end=pos)
    out[index] = _human(out[index], start=pos)
    return out


def move_boundary(segments: Sequence[Segment], index: int, new_pos: int,
                  text: str) -> Sequence[Segment]:
    """Move boundary ``index`` to ``new_pos`` (snapped to a stop, clamped to its neighbours)."""
    limits = _limits(segments, index)
    if limits is None:
        return segments
    lo, hi = limits
    target = snap(text, new_pos)
    if not is_stop(text, target) or not lo < target < hi:
        found = _nearest_stop(text, target, lo, hi)
        if found is None:
            return segments
        target = found
    if target == segments[index].start:
        return segments
    return _with_boundary(segments, index, target)


def _candidates(text: str, pos: int, unit: Unit, direction: int) -> Iterator[int]:
    """Word or line starts after ``pos`` in ``direction``, found locally (documents run to 1 MB)."""
    n = len(text)
    if unit == "word":
        if direction > 0:
            for m in _WORD_START.finditer(text, pos + 1):
                yield m.start()
        else:
            for i in range(pos - 1, 0, -1):
                if not text[i].isspace() and text[i - 1].isspace():
                    yield i
    elif direction > 0:
        nl = text.find("\n", pos)
        while 0 <= nl < n - 1:
            yield nl + 1
            nl = text.find("\n", nl + 1)
    else:
        nl = text.rfind("\n", 0, pos - 1)
        while nl >= 0:
            yield nl + 1
            nl = text.rfind("\n", 0, nl)


def _next_stop(text: str, pos: int, unit: Unit, direction: int) -> int | None:
    """The next stop after ``pos`` in logical ``direction`` (+1 forward, -1 back) by ``unit``."""
    n = len(text)
    if unit == "char":
        cand = pos + direction
        while 0 < cand < n and not is_stop(text, cand):
            cand += direction
        return cand if 0 < cand < n else None
    return next((c for c in _candidates(text, pos, unit, direction) if is_stop(text, c)), None)


def step_boundary(segments: Sequence[Segment], index: int, text: str, unit: Unit,
                  direction: int) -> Sequence[Segment]:
    """Move boundary ``index`` one ``unit`` forward (``direction > 0``) or back, in logical order.

    A step that would cross a neighbouring boundary stops at the last stop before it.
    """
    limits = _limits(segments, index)
    if limits is None or unit not in UNITS or direction == 0:
        return segments
    lo, hi = limits
    step = 1 if direction > 0 else -1
    pos = segments[index].start
    target = _next_stop(text, pos, unit, step)
    if target is None or not lo < target < hi:
        edge = hi if step > 0 else lo
        target = _next_stop(text, edge, "char", -step)
        if target is None or not lo < target < hi or (target - pos) * step <= 0:
            return segments
    return _with_boundary(segments, index, target)


def _next_free_item(segments: Sequence[Segment]) -> int:
    return max((s.item for s in segments if s.item is not None), default=0) + 1


def _join_around(segments: list[Segment], index: int) -> list[Segment]:
    """Join segment ``index`` with neighbours of the same zone and item.

    A boundary between two equal zones means nothing, so an edit that creates one removes it.
    Only the edited segment's neighbours are looked at: untouched parts stay as they were.
    """
    if index + 1 < len(segments) and _same(segments[index], segments[index + 1]):
        segments[index:index + 2] = [_human(segments[index], end=segments[index + 1].end)]
    if index > 0 and _same(segments[index - 1], segments[index]):
        segments[index - 1:index + 1] = [_human(segments[index - 1], end=segments[index].end)]
    return segments


def _same(a: Segment, b: Segment) -> bool:
    return a.label == b.label and a.item == b.item


def split_at(segments: Sequence[Segment], pos: int, label: Zone | str | None = None, *,
             text: str | None = None) -> Sequence[Segment]:
    """Cut the segment containing ``pos`` in two there.

    With ``text`` the cut is snapped to a stop first (whitespace rule, no cut inside a
    letter's marks); without it ``pos`` is taken as it is.

    The second part takes ``label`` if given, else the first part's label; a ``related``
    second part starts a new item (the next free number), since a cut inside a related
    stretch almost always marks where the next related article begins.
    """
    idx = segment_at(segments, pos)
    if idx < 0:
        return segments
    seg = segments[idx]
    cut = pos if text is None else snap(text, pos)
    if not seg.start < cut < seg.end or (text is not None and not is_stop(text, cut)):
        return segments
    try:
        new_label = seg.label if label is None else Zone(label)
    except ValueError:
        return segments
    if new_label == Zone.RELATED:
        item: int | None = _next_free_item(segments)
    else:
        item = None
    out = list(segments)
    out[idx:idx + 1] = [_human(seg, end=cut),
                        _human(seg, start=cut, label=new_label, item=item)]
    return out


def merge_with_next(segments: Sequence[Segment], index: int) -> Sequence[Segment]:
    """Join segment ``index`` and the one after it; the joined segment keeps the first's zone."""
    if not 0 <= index < len(segments) - 1:
        return segments
    out = list(segments)
    out[index:index + 2] = [_human(segments[index], end=segments[index + 1].end)]
    return _join_around(out, index)


def relabel(segments: Sequence[Segment], index: int, label: Zone | str) -> Sequence[Segment]:
    """Give segment ``index`` a new zone.

    A segment becoming ``related`` keeps its item if it had one, else continues the item of
    a related neighbour (the one before first: SCHEME.md lets an item resume after a
    boilerplate interruption), else takes the next free number.  Other zones have no item.
    Neighbours that end up with the same zone and item are joined.
    """
    if not 0 <= index < len(segments):
        return segments
    try:
        zone = Zone(label)
    except ValueError:
        return segments
    seg = segments[index]
    if zone == seg.label:
        return segments
    item: int | None = None
    if zone == Zone.RELATED:
        neighbours = [segments[j] for j in (index - 1, index + 1) if 0 <= j < len(segments)]
        item = next((n.item for n in neighbours if n.label == Zone.RELATED),
                    _next_free_item(segments))
    out = list(segments)
    out[index] = _human(seg, label=zone, item=item)
    return _join_around(out, index)


def set_item(segments: Sequence[Segment], index: int, item: int) -> Sequence[Segment]:
    """Set the related-item number of segment ``index`` (only ``related`` segments have one)."""
    if not 0 <= index < len(segments) or not isinstance(item, int) or item < 1:
        return segments
    seg = segments[index]
    if seg.label != Zone.RELATED or seg.item == item:
        return segments
    out = list(segments)
    out[index] = _human(seg, item=item)
    return _join_around(out, index)
