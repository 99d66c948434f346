"""Learned suggestions: strings reviewers have tagged, found again wherever they recur.

The store keeps, per surface string, how often reviewers gave it each type.  Here that
becomes a `PhraseIndex` built once per learned set (call `build_learned` when the set
changes, not per document) and matched the Arabic way (see `fasl.textlogic.suggest.phrases`).
"""
from __future__ import annotations

from collections.abc import Mapping

from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.phrases import Phrase, PhraseIndex, phrase_of

SOURCE = "learned"
Learned = Mapping[str, Mapping[str, int]]


def learned_confidence(counts: Mapping[str, int]) -> tuple[str, float]:
    """The majority type and a confidence growing with agreement and with the count.

    One tagging gives 0.5 of its share, two 0.75, three 0.875: the reviewers' habit counts
    more each time it is confirmed, never reaching certainty.
    """
    positive = {t: n for t, n in counts.items() if n > 0}
    if not positive:
        return "", 0.0
    total = sum(positive.values())
    type_, best = max(sorted(positive.items()), key=lambda item: item[1])
    return type_, round((best / total) * (1 - 0.5**total), 4)


class LearnedIndex:
    """The learned strings, indexed for matching; build once per learned set."""

    def __init__(self, learned: Learned) -> None:
        """Index ``learned`` (surface → {type: count}); surfaces that fold equal merge."""
        merged: dict[tuple[str, ...], tuple[Phrase, dict[str, int]]] = {}
        for surface, counts in learned.items():
            probe = phrase_of(surface, "", 0.0)
            if probe is None:
                continue
            key = probe.words + probe.gaps
            _, acc = merged.setdefault(key, (probe, {}))
            for type_, count in counts.items():
                acc[type_] = acc.get(type_, 0) + int(count)
        phrases = []
        for probe, counts in merged.values():
            type_, confidence = learned_confidence(counts)
            if type_:
                phrases.append(Phrase(probe.words, probe.gaps, type_, confidence))
        self.index = PhraseIndex(phrases, elided_article=True)

    def __len__(self) -> int:
        return len(self.index)

    def find(self, doc: Doc) -> list[Suggestion]:
        """Every learned string in ``doc`` (longest per starting word)."""
        return self.index.find(doc, SOURCE)

    def words(self) -> set[str]:
        """Folded words of the learned strings (for the proclitic check when snapping)."""
        return self.index.words()


def build_learned(learned: Learned | LearnedIndex | None) -> LearnedIndex:
    """An index for ``learned``, passing a ready index through unchanged."""
    if isinstance(learned, LearnedIndex):
        return learned
    return LearnedIndex(learned or {})
