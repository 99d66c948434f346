"""Words for entity work: what a word character is, and where the words of a text lie.

Entity spans snap to whole words and must never cut a letter from its tashkeel, so a "word"
here is a run of letters, digits and combining marks (plus tatweel and the zero-width
joiners Persian and Urdu text uses inside words).  Python's ``\\w`` is not enough: it stops
at combining marks, so ``\\w+`` would cut ``مُحَمَّد`` into pieces.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Any

_JOINERS = "\u200c\u200d"


def _mark_class() -> str:
    """A regex class of every combining mark in the Basic Multilingual Plane, as ranges."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code))[0] == "M":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


# [^\W_] is letters and digits; marks are added because `\w` leaves them out.  Astral
# combining marks are left out on purpose (none occur in Arabic news); `is_word_char` uses
# this same regex so both definitions always agree.
# Built on first use, not at import: scanning the plane costs ~25 ms of the review window's
# start-up.  ``MARK_CLASS`` and ``WORD_RE`` stay module attributes (PEP 562 __getattr__).
@cache
def _regexes() -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    mark_class = _mark_class()  # the body of a regex class, e.g. "[" + MARK_CLASS + "]"
    word_class = "(?:[^\\W_]|[" + mark_class + _JOINERS + "])"
    return mark_class, re.compile(word_class + "+"), re.compile(word_class)


def word_re() -> re.Pattern[str]:
    """The regex of one word (a run of word characters)."""
    return _regexes()[1]


def __getattr__(name: str) -> Any:
    if name == "MARK_CLASS":
        return _regexes()[0]
    if name == "WORD_RE":
        return _regexes()[1]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def is_word_char(ch: str) -> bool:
    """True for letters, digits and combining marks: the characters a word is made of."""
    return _regexes()[2].fullmatch(ch) is not None


def is_mark(ch: str) -> bool:
    """True for a combining mark (tashkeel and the like): it belongs to the letter before it."""
    return unicodedata.category(ch)[0] == "M" and ord(ch) < 0x10000


def words(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every word in ``text``, in order (code points, half-open)."""
    for match in word_re().finditer(text):
        yield match.start(), match.end()


def word_bounds(text: str, index: int) -> tuple[int, int] | None:
    """The word containing ``text[index]`` as ``(start, end)``, or None if it is no word char."""
    if not 0 <= index < len(text) or not is_word_char(text[index]):
        return None
    start = index
    while start > 0 and is_word_char(text[start - 1]):
        start -= 1
    end = index + 1
    while end < len(text) and is_word_char(text[end]):
        end += 1
    return start, end
