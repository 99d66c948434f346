"""The pieces the auto-splitter's two passes share (`fasl.textlogic.split`).

A *unit* is a line, or a piece of a line where scraped text glued two things together;
`fasl.textlogic.splitread` gives each unit a *kind* (what it looks like on its own) and
`fasl.textlogic.splitlayout` a zone (what it is in the document).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from fasl.textlogic.zones import Zone

# Unit kinds (what a unit looks like on its own, before structure is known).
K_TEXT, K_RELATED, K_LIST, K_LIST_END, K_SOURCE, K_OUTLET, K_TAGS, K_DATE, K_META, K_BOILER = (
    "text", "related", "list", "list_end", "source", "outlet", "tags", "date", "meta", "boiler")

# Zone members as module constants: an Enum member lookup (`Zone.BODY`) costs ~0.2 µs in
# Python 3.11, and the layout makes a dozen per unit.
Z_BODY, Z_BOILERPLATE, Z_DATELINE, Z_LIST, Z_RELATED, Z_SOURCE, Z_TAGS, Z_TITLE = (
    Zone.BODY, Zone.BOILERPLATE, Zone.DATELINE, Zone.LIST, Zone.RELATED, Zone.SOURCE, Zone.TAGS,
    Zone.TITLE)

BULLET = "•·●▪■◆►▶*-"
META_SEP = re.compile(r"[-–—ـ/|(]")
DIGIT = re.compile(r"\d")


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
