"""The pieces the auto-splitter's two passes share (`fasl.textlogic.split`).

A *unit* is a line, or a piece of a line where scraped text glued two things together;
`fasl.textlogic.splitread` gives each unit a *kind* (what it looks like on its own) and
`fasl.textlogic.splitlayout` a zone (what it is in the document).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fasl.textlogic.cuematch import ACTION, PROMO
from fasl.textlogic.zones import Zone

if TYPE_CHECKING:
    from fasl.textlogic.splitread import Reader

# Unit kinds (what a unit looks like on its own, before structure is known).
K_TEXT, K_RELATED, K_LIST, K_LIST_END, K_SOURCE, K_OUTLET, K_TAGS, K_DATE, K_META, K_BOILER = (
    "text", "related", "list", "list_end", "source", "outlet", "tags", "date", "meta", "boiler")
#: Confidence of a heading read as a related cue from its shape alone ("حالات مشابهة",
#: "قضايا ذات صلة"): the layout takes it for the story's sub-heading when prose follows it.
SHAPE_CUE_CONF = 0.65
#: Confidence of a line read as a date from its shape (mostly dates and times, or a place
#: and a date), not from a label: the layout may still take it for a dated headline.
DATE_SHAPE_CONF = 0.8
#: The heading of the readers' comments: boilerplate that makes what follows boilerplate too.
K_COMMENTS = "comments"

# Zone members as module constants: an Enum member lookup (`Zone.BODY`) costs ~0.2 µs in
# Python 3.11, and the layout makes a dozen per unit.
Z_BODY, Z_BOILERPLATE, Z_DATELINE, Z_LIST, Z_RELATED, Z_SOURCE, Z_TAGS, Z_TITLE = (
    Zone.BODY, Zone.BOILERPLATE, Zone.DATELINE, Zone.LIST, Zone.RELATED, Zone.SOURCE, Zone.TAGS,
    Zone.TITLE)

BULLET = "•·●▪■◆►▶*-"
META_SEP = re.compile(r"[-–—ـ/|(]")
STOP = re.compile(r"[.!?]")  # a sentence end
#: ``\d``, scanned faster: sre tests ``\d`` by a Unicode table look-up per character, where
#: a class of code-point ranges is two comparisons, and every decimal digit lies in these
#: ranges (below U+07C0 there are only 0-9 and the two Arabic-Indic sets), so the look-behind
#: runs only on the few characters the class lets through.  Same matches as ``\d``.
DIGIT = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9\u07c0-\U0010ffff](?<=\\d)")


@dataclass(slots=True)
class Unit:
    start: int
    end: int
    line: int
    kind: str
    words: int
    conf: float
    zone: Zone = Z_BODY
    item: int | None = None
    zconf: float = 0.9
    para: bool = False  # a prose paragraph (set by the layout, see `Layout.is_para`)


class Probe:
    """What `inline_cut` and `classify` both look at, found once per piece.

    The promotion scan (``promo``, ``promo_next``, ``action``) is the dearest part and many
    pieces are decided before it is asked for (a cue line, a piece too short for a glued
    promotion), so it runs on first use.
    """

    __slots__ = ("words", "lead_end", "head", "_reader", "_s", "_e", "_promo", "_promo_next",
                 "_action")

    def __init__(self, reader: Reader, s: int, e: int, words: int, lead_end: int,
                 head: tuple[int, frozenset[str], str] | None) -> None:
        self.words = words
        self.lead_end = lead_end  # after bullets, quotes and marks at the head
        self.head = head  # the cue the piece opens with
        self._reader, self._s, self._e = reader, s, e
        self._promo: int | None = None

    def _scan(self) -> int:
        s, e = self._s, self._e
        promo = promo_next = -1
        action = False
        if self._reader.promo_sized(s, e, self.words):
            for at, roles in self._reader.promo_hits(s, e):
                if PROMO in roles:
                    if promo < 0:
                        promo = at
                    if at > s and promo_next < 0:
                        promo_next = at
                action = action or ACTION in roles
        else:
            action = self._reader.tail_action(s, e)
        self._promo, self._promo_next, self._action = promo, promo_next, action
        return promo

    @property
    def promo(self) -> int:
        """Where the first promotion phrase starts (pieces of up to 30 words), or -1."""
        if self._promo is None:
            return self._scan()
        return self._promo

    @property
    def promo_next(self) -> int:
        """Where the first one after the piece's first character starts, or -1."""
        if self._promo is None:
            self._scan()
        return self._promo_next

    @property
    def action(self) -> bool:
        """A call-to-action word is in the piece (pieces of up to 30 words)."""
        if self._promo is None:
            self._scan()
        return self._action
