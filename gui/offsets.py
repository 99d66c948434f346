"""Code points (how fasl stores offsets) <-> UTF-16 code units (how Qt counts positions).

Python indexes a ``str`` by code point; ``QTextCursor`` positions count UTF-16 units, so
every character outside the Basic Multilingual Plane (emoji, some rare CJK) shifts all Qt
positions after it by one (QT-NOTES P4).  Build one map per document and put every offset
that crosses the Qt boundary through it.  Costs a regex scan to build and a bisect per call.
"""
from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Converts offsets of one text between code points and UTF-16 units.

    Attributes:
        length: the text's length in code points.
        qt_length: its length in UTF-16 units.
    """

    __slots__ = ("_cp", "_u16", "length", "qt_length")

    def __init__(self, text: str) -> None:
        self._cp = [m.start() for m in _ASTRAL.finditer(text)]  # code point of each astral char
        self._u16 = [c + i for i, c in enumerate(self._cp)]  # its UTF-16 index
        self.length = len(text)
        self.qt_length = len(text) + len(self._cp)

    @property
    def is_identity(self) -> bool:
        """True when the text is all BMP, so both kinds of offset agree."""
        return not self._cp

    def to_qt(self, cp: int) -> int:
        """Code point offset -> Qt position."""
        return cp + bisect.bisect_left(self._cp, cp)

    def from_qt(self, u: int) -> int:
        """Qt position -> code point offset; ValueError for a position inside a surrogate pair."""
        k = bisect.bisect_left(self._u16, u)
        if k and self._u16[k - 1] + 1 == u:
            raise ValueError(f"Qt position {u} splits a surrogate pair")
        return u - k

    def from_qt_floor(self, u: int) -> int:
        """Like `from_qt`, but a position inside a surrogate pair means the character it splits."""
        return u - bisect.bisect_left(self._u16, u)
