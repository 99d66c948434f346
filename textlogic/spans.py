"""Finding the spans that overlap a new one without looking at every span.

Entity suggestions over a long document run to tens of thousands of spans; checking each
new span against all kept ones made merging quadratic (a 160k-character text took seconds,
a 1 MB one never finished).  Entity spans are short, so the spans that can overlap
``[start, end)`` all start within the longest kept span's length before ``start``: a list
sorted by start and two bisections find them.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


def crosses(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans overlap without one holding the other (SCHEME.md: nest, never cross)."""
    return a[0] < b[0] < a[1] < b[1] or b[0] < a[0] < b[1] < a[1]


class SpanIndex(Generic[T]):
    """Half-open spans with a payload each, queried by overlap."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._items: list[tuple[int, int, T]] = []
        self._longest = 0

    def __len__(self) -> int:
        return len(self._items)

    def add(self, start: int, end: int, payload: T) -> None:
        at = bisect.bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._items.insert(at, (start, end, payload))
        self._longest = max(self._longest, end - start)

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int, T]]:
        """Every kept span sharing at least one position with ``[start, end)``."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        for other_start, other_end, payload in self._items[lo:hi]:
            if other_end > start and other_start < end:
                yield other_start, other_end, payload

    def crossing(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` would cross a kept span."""
        return any(crosses((start, end), (s, e)) for s, e, _ in self.overlapping(start, end))
