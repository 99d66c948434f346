"""Auto-split: cut a scraped article into SCHEME.md zones (issue #3).

The text is read as a sequence of *units*: a line, or a piece of a line where scraped text
glued two things together (a share bar onto the lede, ``إقرأ أيضاً:`` onto the last
sentence).  Each unit first gets a *kind* from the cue lexicon and cheap shape features
(`fasl.textlogic.splitread`), then a structural pass assigns zones
(`fasl.textlogic.splitlayout`):

* the main story: an optional title (first short line), header lines before the first
  paragraph (datelines, bylines), body paragraphs with their sub-headings and bullets, and
  source / tags / dateline lines recognised by their labels;
* the appended part, which starts at the first related-article cue or list heading that
  stands on its own after the story: each cue opens a related item (its title, body and
  credit follow), a heading opens a list;
* boilerplate (promotion, share bars, navigation, comment widgets, wire end markers),
  wherever it stands; it never ends a related item, so the item continues after it.

Matching runs on `skeleton(text)`, a same-length folded copy, so offsets need no mapping and
no line is folded character by character.  Segments start at the first non-space character
of the unit that opens them, so whitespace belongs to the segment before (SCHEME rule).
Every segment carries the confidence of the weakest rule that produced it.
"""
from __future__ import annotations

from functools import lru_cache

from fasl.textlogic.cuematch import Matchers, compile_lexicon
from fasl.textlogic.lexicon import Lexicon, load_lexicon
from fasl.textlogic.splitlayout import Layout
from fasl.textlogic.splitread import Reader
from fasl.textlogic.splitunits import Z_BODY, Z_RELATED, Unit
from fasl.textlogic.zones import Segment

#: Whether this install runs the splitter's modules compiled by mypyc (setup.py; 1.8 times
#: as fast, same answers) or as the .py files (an editable install, or no C compiler).
COMPILED = not __file__.endswith(".py")


@lru_cache(maxsize=1)
def _default_matchers() -> Matchers:
    """The shipped lexicon's matchers, built once (hashing a lexicon per call costs ~60 µs)."""
    return compile_lexicon(load_lexicon())


def split_text(text: str, lexicon: Lexicon | None = None, *,
               compiled: bool | None = None) -> list[Segment]:
    """Cut ``text`` into flat, contiguous zone segments covering it exactly.

    Args:
        text: the document's exact stored text.
        lexicon: cue lexicon; the shipped one (loaded once and cached) when ``None``.
        compiled: run the cue tries as the compiled walk (True), as regexes (False) or as
            whichever this install has (None); the answers are the same.

    Returns:
        Segments over code-point offsets into ``text``, in order, covering ``[0, len(text))``
        (empty for an empty text).  ``related`` segments carry their item number; every
        segment's ``confidence`` is in ``[0, 1]`` and is low where the evidence was weak.
        Never raises: should a rule fail on some unforeseen input, the whole text comes back
        as one body segment with confidence 0, for a human to cut.
    """
    if not text:
        return []
    try:
        if lexicon is None and compiled is None:
            matchers = _default_matchers()
        else:
            matchers = compile_lexicon(lexicon if lexicon is not None else load_lexicon(),
                                       compiled)
        return cut_text(text, matchers)
    except Exception:  # noqa: BLE001 - the contract is "never raises"; a human fixes the cut
        return [Segment(0, len(text), Z_BODY, None, 0.0)]


def cut_text(text: str, matchers: Matchers) -> list[Segment]:
    """`split_text` without its safety net: a rule's error is raised, not turned into one
    body segment, so tests see what the net would hide from users."""
    if not text:
        return []
    reader = Reader(text, matchers)
    units = reader.read()
    Layout(units, reader.sk, matchers, text).assign()
    return _segments(units, len(text))


def _segments(units: list[Unit], length: int) -> list[Segment]:
    """Turn zoned units into segments; a segment runs until the next one's first unit.

    Units are grouped by zone and, for related items, item number (the key `merge_adjacent`
    joins neighbours by), so each segment is built once: a frozen segment costs ~1 µs to
    make and a document has a few dozen units.  A group's confidence is its lowest one.
    """
    if not units:
        return [Segment(0, length, Z_BODY, None, 0.5)]
    out: list[Segment] = []
    first = units[0]
    zone, conf = first.zone, first.zconf
    item = first.item if zone == Z_RELATED else None
    start = 0
    for unit in units:
        uzone = unit.zone
        if uzone == zone and (uzone != Z_RELATED or unit.item == item):
            if unit.zconf < conf:
                conf = unit.zconf
            continue
        out.append(Segment(start, unit.start, zone, item,
                           conf if 0.0 <= conf <= 1.0 else _clamp(conf)))
        start, zone, conf = unit.start, uzone, unit.zconf
        item = unit.item if uzone == Z_RELATED else None
    out.append(Segment(start, length, zone, item,
                       conf if 0.0 <= conf <= 1.0 else _clamp(conf)))
    return out


def _clamp(conf: float) -> float:
    """``conf`` held to [0, 1]; callers test the usual in-range case inline (no call)."""
    return conf if 0.0 <= conf <= 1.0 else max(0.0, min(1.0, conf))
