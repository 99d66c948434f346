"""The zone vocabulary of SCHEME.md section 1 and the segment record every layer passes around.

Kept in one place so the splitter, the store and the review window cannot drift apart on
what a zone is called or which zones belong to the main story.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum


class Zone(StrEnum):
    TITLE = "title"
    DATELINE = "dateline"
    BODY = "body"
    SOURCE = "source"
    TAGS = "tags"
    RELATED = "related"
    LIST = "list"
    BOILERPLATE = "boilerplate"

    @property
    def is_main(self) -> bool:
        """Part of the main story (SCHEME.md: the zones marked "yes")."""
        return self in MAIN_ZONES


MAIN_ZONES = frozenset({Zone.TITLE, Zone.DATELINE, Zone.BODY, Zone.SOURCE, Zone.TAGS})
APPENDED_ZONES = frozenset({Zone.RELATED, Zone.LIST, Zone.BOILERPLATE})


@dataclass(frozen=True, slots=True)
class Segment:
    """One zone over the half-open code-point range ``[start, end)`` of a document's text.

    ``item`` numbers the related article a ``related`` segment belongs to (1, 2, ...);
    it is ``None`` for every other zone.  ``confidence`` is in ``[0, 1]``.
    """

    start: int
    end: int
    label: Zone
    item: int | None = None
    confidence: float = 1.0
    origin: str = "auto"  # "auto" from the splitter, "human" once a reviewer set it

    def as_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "label": str(self.label),
            "item": self.item,
            "confidence": round(self.confidence, 4),
        }


class CoverageError(ValueError):
    """Segments that leave a gap, overlap, or run past the text."""


def check_cover(segments: Sequence[Segment], length: int) -> None:
    """Raise ``CoverageError`` unless ``segments`` tile ``[0, length)`` exactly, in order.

    Every writer of segments calls this, so a broken segmentation never reaches the store.
    """
    if length == 0:
        if segments:
            raise CoverageError("an empty text has no segments")
        return
    if not segments:
        raise CoverageError("no segments for a non-empty text")
    pos = 0
    for seg in segments:
        if seg.start != pos:
            raise CoverageError(f"segment starts at {seg.start}, expected {pos}")
        if seg.end <= seg.start:
            raise CoverageError(f"empty or reversed segment [{seg.start}, {seg.end})")
        if not 0.0 <= seg.confidence <= 1.0:
            raise CoverageError(f"confidence {seg.confidence} outside [0, 1]")
        if (seg.item is not None) != (seg.label == Zone.RELATED):
            raise CoverageError(f"item {seg.item!r} on a {seg.label} segment")
        pos = seg.end
    if pos != length:
        raise CoverageError(f"segments end at {pos}, text has {length} code points")


def merge_adjacent(segments: Iterable[Segment]) -> list[Segment]:
    """Join neighbours with the same zone and item, keeping the lower confidence."""
    out: list[Segment] = []
    for seg in segments:
        if out and out[-1].label == seg.label and out[-1].item == seg.item:
            prev = out[-1]
            origin = "human" if "human" in (prev.origin, seg.origin) else prev.origin
            out[-1] = Segment(prev.start, seg.end, prev.label, prev.item,
                              min(prev.confidence, seg.confidence), origin)
        else:
            out.append(seg)
    return out


def summarize(segments: Sequence[Segment]) -> str:
    """A one-line zone summary for a corpus list, e.g. ``title body source | related×2 list``.

    Main-story zones come first in reading order, then what was appended, so two documents
    with the same layout read the same.
    """
    main: list[str] = []
    appended: list[str] = []
    items: set[int] = set()
    for seg in segments:
        if seg.label == Zone.RELATED:
            if seg.item is not None:
                items.add(seg.item)
            continue
        target = main if seg.label in MAIN_ZONES else appended
        if str(seg.label) not in target:
            target.append(str(seg.label))
    if items:
        appended.insert(0, "related" if len(items) == 1 else f"related×{len(items)}")
    return " ".join(main) + (" | " + " ".join(appended) if appended else "")
