"""Finding listed phrases in a document the Arabic way, fast.

Both the learned strings and the gazetteers are lists of phrases.  Each phrase is folded and
cut into words once, and indexed by its folded first word; a document is then walked word by
word with one dict look-up per word (and per proclitic reading of the word), which keeps a
5 KB article in the low milliseconds without an automaton or a new dependency.

Folding (`fasl.textlogic.normalize.fold`) makes tashkeel, tatweel, hamza and alef forms, taa
marbuta/haa and alef maqsura/yaa compare equal.  Attached proclitics (و ف ب ل ك, لل) are
tried off the first word only, and left outside the span (SCHEME.md section 2).
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from fasl.textlogic.clitics import clitic_splits
from fasl.textlogic.normalize import fold, fold_with_offsets
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.words import word_re


@dataclass(frozen=True, slots=True)
class Phrase:
    """A listed phrase: folded words, the folded gaps between them, its type and confidence."""

    words: tuple[str, ...]
    gaps: tuple[str, ...]
    type: str
    confidence: float


def phrase_of(surface: str, type_: str, confidence: float) -> Phrase | None:
    """Fold and cut ``surface`` into a `Phrase`; None when it has no word worth matching."""
    folded = fold(surface)
    spans = [(m.start(), m.end()) for m in word_re().finditer(folded)]
    if not spans or sum(e - s for s, e in spans) < 2:
        return None
    words = tuple(folded[s:e] for s, e in spans)
    gaps = tuple(folded[a[1] : b[0]].strip() for a, b in itertools.pairwise(spans))
    return Phrase(words, gaps, type_, confidence)


class PhraseIndex:
    """Phrases keyed on their folded first word, longest first within a key."""

    def __init__(self, phrases: Iterable[Phrase], elided_article: bool = False) -> None:
        """Index ``phrases``.

        Args:
            phrases: the phrases to find.
            elided_article: also read ``الجزيرة`` as ``لجزيرة``, for learned strings tagged
                in the elided form SCHEME.md gives for ``للجزيرة``.
        """
        self._elided = elided_article
        by_first: dict[str, list[Phrase]] = {}
        for phrase in phrases:
            by_first.setdefault(phrase.words[0], []).append(phrase)
        for bucket in by_first.values():
            bucket.sort(key=lambda p: (-len(p.words), -p.confidence))
        self._by_first = by_first
        self._first_words = frozenset(by_first)

    def __len__(self) -> int:
        return sum(len(bucket) for bucket in self._by_first.values())

    def words(self) -> set[str]:
        """Every folded word of every phrase (the known-word check of `clitics`)."""
        return {word for bucket in self._by_first.values() for p in bucket for word in p.words}

    def first_words(self) -> frozenset[str]:
        """The folded first words (keys of the index)."""
        return self._first_words

    def _readings(self, doc: Doc, index: int) -> Iterator[tuple[str, int]]:
        """(folded key, original start) readings of word ``index``: as is, then without clitics.

        Only readings whose key is indexed are produced, so the per-word offset map is built
        for the few words that can match at all.
        """
        word = doc.words[index]
        folded = word.folded
        yield folded, word.start
        candidates: list[tuple[str, int]] = []
        if folded.startswith("ال"):
            # The elided-article form a reviewer tagged (لجزيرة) names the whole word here.
            if self._elided and folded[1:] in self._by_first:
                yield folded[1:], word.start
        elif folded[:1] in ("و", "ف", "ب", "ل", "ك"):
            for length, elided in clitic_splits(folded):
                rest = folded[length:]
                if folded[length - 1] == "ك" and len(rest) <= 3 and not rest.startswith("ال"):
                    continue  # كابل is Kabul or a cable, not ك + أبل (Apple)
                candidates.append((rest, length))
                if elided:
                    candidates.append(("ا" + folded[length:], length))
        candidates = [c for c in candidates if c[0] in self._by_first]
        if candidates:
            _, offsets = fold_with_offsets(doc.text[word.start : word.end])
            for key, length in candidates:
                yield key, word.start + offsets[length]

    def _tail_matches(self, doc: Doc, index: int, phrase: Phrase) -> bool:
        words = doc.words
        if index + len(phrase.words) > len(words):
            return False
        for k in range(1, len(phrase.words)):
            before = words[index + k - 1]
            if phrase.gaps[k - 1] != before.gap_after:
                return False
            if not phrase.gaps[k - 1] and not before.gap_is_space:
                return False
            if words[index + k].folded != phrase.words[k]:
                return False
        return True

    def match_at(self, doc: Doc, index: int) -> tuple[int, int, Phrase] | None:
        """The longest phrase starting at word ``index``: ``(start, end, phrase)`` or None."""
        for key, start in self._readings(doc, index):
            for phrase in self._by_first.get(key, ()):
                if self._tail_matches(doc, index, phrase):
                    end = doc.words[index + len(phrase.words) - 1].end
                    return start, end, phrase
        return None

    def find(self, doc: Doc, source: str) -> list[Suggestion]:
        """Every longest match in the document, one per starting word."""
        out = []
        for index in range(len(doc.words)):
            hit = self.match_at(doc, index)
            if hit is not None:
                start, end, phrase = hit
                out.append(Suggestion(start, end, phrase.type, source, phrase.confidence))
        return out
