"""How zones look: one colour per zone, the key that sets it, and the low-confidence limit.

Main-story zones (title, dateline, body, source, tags) get light, flat tints so the story
reads like a page; appended zones (related, list, boilerplate) get stronger tints AND a
diagonal hatch, so "not the story" is visible without relying on hue alone (colour-blind
reviewers still see flat vs hatched, and the margin names every zone).  All tints are light
enough for black text to keep a contrast ratio above 10:1.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from fasl.textlogic.zones import MAIN_ZONES, Segment, Zone

#: A boundary whose segment confidence is below this is flagged for the reviewer.
LOW_CONFIDENCE = 0.6

#: SCHEME.md order; digit key ``n`` sets ``ZONE_KEYS[n - 1]``.
ZONE_KEYS: tuple[Zone, ...] = (
    Zone.TITLE, Zone.DATELINE, Zone.BODY, Zone.SOURCE, Zone.TAGS,
    Zone.RELATED, Zone.LIST, Zone.BOILERPLATE,
)


@dataclass(frozen=True, slots=True)
class ZoneStyle:
    band: str  # background tint behind the text
    strong: str  # margin tab, boundary line, legend swatch border
    alt_band: str | None = None  # every second related item, so neighbours stay apart


STYLES: dict[Zone, ZoneStyle] = {
    Zone.TITLE: ZoneStyle("#d6e4f5", "#2f6db5"),
    Zone.DATELINE: ZoneStyle("#e6dff5", "#6a4fb3"),
    Zone.BODY: ZoneStyle("#f6f5ee", "#77756a"),
    Zone.SOURCE: ZoneStyle("#d9eedc", "#2e8540"),
    Zone.TAGS: ZoneStyle("#f3e9cf", "#94701c"),
    Zone.RELATED: ZoneStyle("#f9cfb0", "#c4581a", alt_band="#f5bfd2"),
    Zone.LIST: ZoneStyle("#bfe3df", "#137a73"),
    Zone.BOILERPLATE: ZoneStyle("#d2d2d2", "#4d4d4d"),
}

ACCENT = "#d1006f"  # the current boundary: a magenta no zone uses
LOW_CONF = "#e69f00"  # amber, with a "?" so it is not colour alone
HATCH_ALPHA = 45


def is_hatched(zone: Zone) -> bool:
    return zone not in MAIN_ZONES


def band_color(seg: Segment) -> QColor:
    style = STYLES[seg.label]
    if style.alt_band and seg.item is not None and seg.item % 2 == 0:
        return QColor(style.alt_band)
    return QColor(style.band)


def strong_color(zone: Zone) -> QColor:
    return QColor(STYLES[zone].strong)


def hatch_color(zone: Zone) -> QColor:
    color = QColor(STYLES[zone].strong)
    color.setAlpha(HATCH_ALPHA)
    return color


def zone_caption(seg: Segment) -> str:
    """What the margin writes at a zone's first line, e.g. ``related 2``."""
    return f"{seg.label} {seg.item}" if seg.item is not None else str(seg.label)


def is_low(confidence: float) -> bool:
    return confidence < LOW_CONFIDENCE
