"""What every suggestion source returns, and the per-document word table they share.

A source gets a `Doc` (the text cut into words, each folded once) so that a 5 KB article
is tokenised and folded one time however many sources run.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from functools import cached_property

from fasl.textlogic.normalize import fold, fold_with_offsets
from fasl.textlogic.words import word_re

#: Prepositions and conjunctions written onto the next word (و ب ل ف).
PROCLITICS = "وبلف"


def proclitic_cut(folded: str, words: frozenset[str] | set[str]) -> int:
    """How many letters to cut off ``folded`` to find it in ``words``: 0 if it stands there
    as it is, 1 behind one attached و ب ل ف (ومركز، بجامعة), -1 if neither.  Sources ask this
    of head nouns and keywords that the text writes with a conjunction or preposition."""
    if folded in words:
        return 0
    return 1 if folded[:1] in PROCLITICS and folded[1:] in words else -1


@dataclass(frozen=True, slots=True, order=True)
class Suggestion:
    """A proposed entity: ``text[start:end]`` (original code points) is a ``type``.

    Attributes:
        start: first code point of the span.
        end: one past the last code point.
        type: the entity type (``PERS``, ``GPE`` ... of the default type set).
        source: which source proposed it (``learned``, ``gazetteers``, ``patterns``).
        confidence: 0..1, how sure the source is; the merge prefers higher values.
    """

    start: int
    end: int
    type: str
    source: str
    confidence: float


@dataclass(slots=True)
class Word:
    """One word of a document: its original span, folded form and the folded gap after it."""

    start: int
    end: int
    folded: str
    gap_after: str = ""
    gap_is_space: bool = True


@dataclass
class Doc:
    """A document as the sources see it: the text and its words, folded once."""

    text: str
    words: list[Word] = field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> Doc:
        """Cut ``text`` into words and fold each word and each gap between words."""
        spans = [(m.start(), m.end()) for m in word_re().finditer(text)]
        words = [Word(s, e, fold(text[s:e])) for s, e in spans]
        for left, right in itertools.pairwise(words):
            gap = text[left.end : right.start]
            left.gap_after = fold(gap)
            left.gap_is_space = not left.gap_after and "\n" not in gap
        if words:
            words[-1].gap_is_space = False
        return cls(text, words)

    @cached_property
    def word_starts(self) -> list[int]:
        """Each word's start, for bisection."""
        return [w.start for w in self.words]

    @cached_property
    def _ends(self) -> list[int]:
        return [w.end for w in self.words]

    def first_word_ending_after(self, offset: int) -> int | None:
        """Index of the first word that ends after ``offset`` (a bisection: sources ask this
        for every suggestion, and a scan made long documents quadratic)."""
        index = bisect.bisect_right(self._ends, offset)
        return index if index < len(self.words) else None

    def words_within(self, start: int, end: int) -> list[Word]:
        """The words lying wholly inside ``[start, end)``."""
        return self.words[bisect.bisect_left(self.word_starts, start):bisect.bisect_right(self._ends, end)]

    @cached_property
    def folded(self) -> tuple[str, list[int]]:
        """The whole text folded, with offsets back to the original (for regex sources)."""
        return fold_with_offsets(self.text)
