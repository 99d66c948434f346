"""The open document's entities as the widgets need them: Qt positions, nesting, lookups.

The store gives entities in code points, outer before inner.  The highlighter needs them in
Qt (UTF-16) positions per block, the click handler needs "the innermost entity here", and
the keys need "the next suggestion after this one".  One `EntityLayer` per open document
answers all three from one sorted list, rebuilt whenever the store changes.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from fasl.gui.offsets import OffsetMap
from fasl.store.entities import Entity, EntityState


@dataclass(frozen=True, slots=True)
class Shown:
    """One entity on screen.

    Attributes:
        entity: as stored (code points).
        qt_start, qt_end: the span in Qt positions.
        depth: how many other live entities contain it (0: outermost).
    """

    entity: Entity
    qt_start: int
    qt_end: int
    depth: int

    @property
    def pending(self) -> bool:
        return self.entity.state is EntityState.PENDING


def _depths(entities: Sequence[Entity]) -> list[int]:
    """Nesting depth of each entity; the list is in (start, -end) order and never crosses."""
    ends: list[int] = []
    out = []
    for e in entities:
        while ends and ends[-1] <= e.start:
            ends.pop()
        out.append(len(ends))
        ends.append(e.end)
    return out


class EntityLayer:
    """The live (pending and accepted) entities of one document, and the selected one."""

    def __init__(self) -> None:
        self.doc_id: int | None = None
        self.text = ""
        self.shown: list[Shown] = []
        self.selected: int | None = None
        self._starts: list[int] = []
        self._max_len = 0

    def set(self, doc_id: int | None, text: str, entities: Sequence[Entity],
            offsets: OffsetMap) -> None:
        ordered = sorted(entities, key=lambda e: (e.start, -e.end, e.id))
        self.doc_id = doc_id
        self.text = text
        self.shown = [Shown(e, offsets.to_qt(e.start), offsets.to_qt(e.end), d)
                      for e, d in zip(ordered, _depths(ordered), strict=True)]
        self._starts = [s.qt_start for s in self.shown]
        self._max_len = max((s.qt_end - s.qt_start for s in self.shown), default=0)
        if self.selected is not None and self.get(self.selected) is None:
            self.selected = None

    def entities(self) -> list[Entity]:
        return [s.entity for s in self.shown]

    def get(self, entity_id: int | None) -> Shown | None:
        return next((s for s in self.shown if s.entity.id == entity_id), None)

    def overlapping(self, qt_start: int, qt_end: int) -> list[Shown]:
        """Entities meeting Qt range ``[qt_start, qt_end)``, outer before inner."""
        lo = bisect.bisect_left(self._starts, qt_start - self._max_len)
        hi = bisect.bisect_left(self._starts, qt_end)
        return [s for s in self.shown[lo:hi] if s.qt_end > qt_start]

    def innermost_at(self, cp: int) -> Entity | None:
        """The deepest entity containing code point ``cp`` (a click lands on a position
        between characters: the character after it counts first, then the one before)."""
        for probe in (cp, cp - 1):
            hits = [s for s in self.shown if s.entity.start <= probe < s.entity.end]
            if hits:
                return max(hits, key=lambda s: (s.depth, s.entity.start)).entity
        return None

    def same_span(self, start: int, end: int) -> Entity | None:
        return next((s.entity for s in self.shown
                     if (s.entity.start, s.entity.end) == (start, end)), None)

    def step(self, from_id: int | None, delta: int, pending_only: bool = False,
             cursor_cp: int = 0) -> Entity | None:
        """The entity ``delta`` places after ``from_id`` in text order (wrapping round)."""
        pool = [s.entity for s in self.shown if s.pending or not pending_only]
        if not pool:
            return None
        ids = [e.id for e in pool]
        if from_id in ids:
            return pool[(ids.index(from_id) + delta) % len(pool)]
        if delta > 0:
            return next((e for e in pool if e.start >= cursor_cp), pool[0])
        return next((e for e in reversed(pool) if e.start < cursor_cp), pool[-1])
