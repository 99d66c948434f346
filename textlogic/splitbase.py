"""What every part of the splitter's line reader shares: the skeleton, the matchers and
the small position helpers over them.

The reader is put together from mixins (`DateLines`, `PageHead`, `Frame`, `Reader`), each
of which asks these helpers.  They are defined here, once, rather than declared as
attributes the last class fills in, so that mypyc can compile the mixins as *traits* of
one native class (setup.py says why); the `trait` decorator does
nothing when the code runs as plain Python.
"""
from __future__ import annotations

import re

from fasl.textlogic.cuematch import LEAD_CLASS, Matchers

try:
    from mypy_extensions import trait
except ImportError:  # not installed where fasl runs: only mypyc reads the decorator
    def trait(cls):  # type: ignore[misc]  # (the same decorator, as plain Python)
        return cls

_SPACES = re.compile(r"\s*")
_LEAD = re.compile(LEAD_CLASS + "{0,6}")
_ALNUM = re.compile(r"[^\W_]")


@trait
class LineTools:
    """Position helpers over ``sk``, the document's skeleton (`normalize.skeleton`)."""

    text: str
    sk: str
    m: Matchers
    lines_read: int

    def words(self, s: int, e: int) -> int:
        return self.sk.count(" ", s, e) + 1 if e > s else 0

    def skip_space(self, pos: int, end: int) -> int:
        # Most calls stand on a non-space already: one character test, no regex call.
        if pos >= end or not self.sk[pos].isspace():
            return pos
        return _SPACES.match(self.sk, pos, end).end()  # type: ignore[union-attr]  # \s* always matches

    def skip_lead(self, pos: int, end: int) -> int:
        if pos < end and self.sk[pos].isalnum():  # most pieces open with a letter
            return pos
        return _LEAD.match(self.sk, pos, end).end()  # type: ignore[union-attr]  # {0,6} always matches

    def has_alnum(self, s: int, e: int) -> bool:
        if s < e and self.sk[s].isalnum():  # (`_ALNUM` is exactly `str.isalnum`)
            return True
        return _ALNUM.search(self.sk, s, e) is not None

    def rstrip(self, s: int, e: int) -> int:
        while e > s and self.sk[e - 1].isspace():
            e -= 1
        return e
