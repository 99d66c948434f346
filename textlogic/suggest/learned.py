"""Learned suggestions: strings reviewers have tagged, found again wherever they recur.

The store keeps, per surface string, how often reviewers gave it each type.  Here that
becomes a `PhraseIndex` built once per learned set (call `build_learned` when the set
changes, not per document) and matched the Arabic way (see `fasl.textlogic.suggest.phrases`).

A tag alone does not make a string a name: reviewers tag ``الصحة`` where it stands for the
ministry in a headline, and leave it untagged in ``الرعاية الصحية`` or ``فرق الصحة``.  So the
index can also read the reviewed documents (text + the reviewer's accepted spans) and count
how often each learned string occurs there *untagged* (not inside any accepted span): a
string tagged in 2 of 40 free occurrences is a common word, not a name.  The confidence is
scaled by that tagged share (squared for a single word, the usual common-noun case), and a
string falling below `MIN_CONFIDENCE` is not suggested at all.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence

from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.names import STOPWORDS
from fasl.textlogic.suggest.phrases import Phrase, PhraseIndex, phrase_of

SOURCE = "learned"
Learned = Mapping[str, Mapping[str, int]]
# A reviewed document: its text and the (start, end) spans its reviewer accepted.
Reviewed = tuple[str, Sequence[tuple[int, int]]]
# Below this a learned string is not suggested (one tagging with no evidence against: 0.5).
MIN_CONFIDENCE = 0.3
_VERB_PREFIXES = ("ي", "ت", "ن", "ا")  # folded: أ is ا
_VERB_ENDINGS = ("ت", "وا", "نا")


def learned_confidence(counts: Mapping[str, int], untagged: int = 0,
                       single_word: bool = False) -> tuple[str, float]:
    """The majority type and a confidence growing with agreement and with the count.

    One tagging gives 0.5 of its share, two 0.75, three 0.875: the reviewers' habit counts
    more each time it is confirmed, never reaching certainty.  ``untagged`` free
    occurrences in reviewed documents scale it by the tagged share tagged/(tagged +
    untagged), squared for a single word: 1 of 2 → 0.125, 3 of 4 → 0.49, 2 of 40 → 0.002.
    """
    positive = {t: n for t, n in counts.items() if n > 0}
    if not positive:
        return "", 0.0
    total = sum(positive.values())
    type_, best = max(sorted(positive.items()), key=lambda item: item[1])
    share = total / (total + max(untagged, 0))
    if single_word:
        share *= share
    return type_, round((best / total) * (1 - 0.5**total) * share, 4)


class LearnedIndex:
    """The learned strings, indexed for matching; build once per learned set."""

    def __init__(self, learned: Learned, reviewed: Iterable[Reviewed] | None = None) -> None:
        """Index ``learned`` (surface → {type: count}); surfaces that fold equal merge.

        Args:
            learned: surface → {type: count} of accepted entities.
            reviewed: the documents those came from, each ``(text, accepted spans)``;
                untagged occurrences there lower a string's confidence (see the module).
        """
        merged: dict[tuple[str, ...], tuple[Phrase, dict[str, int]]] = {}
        for surface, counts in learned.items():
            probe = phrase_of(surface, "", 0.0)
            if probe is None:
                continue
            key = probe.words + probe.gaps
            _, acc = merged.setdefault(key, (probe, {}))
            for type_, count in counts.items():
                acc[type_] = acc.get(type_, 0) + int(count)
        untagged = _untagged(PhraseIndex([p for p, _ in merged.values()], elided_article=True),
                             reviewed) if reviewed is not None else {}
        phrases = []
        self.dropped = 0
        for key, (probe, counts) in merged.items():
            type_, confidence = learned_confidence(counts, untagged.get(key, 0),
                                                   single_word=len(probe.words) == 1)
            if type_ and confidence >= MIN_CONFIDENCE:
                phrases.append(Phrase(probe.words, probe.gaps, type_, confidence))
            elif type_:
                self.dropped += 1
        self.index = PhraseIndex(phrases, elided_article=True)

    def __len__(self) -> int:
        return len(self.index)

    def find(self, doc: Doc) -> list[Suggestion]:
        """Every learned string in ``doc`` (longest per starting word), except a single
        common-looking word where the grammar makes it part of a longer phrase."""
        out = []
        for at in range(len(doc.words)):
            hit = self.index.match_at(doc, at)
            if hit is None:
                continue
            start, end, phrase = hit
            if len(phrase.words) == 1 and in_phrase(doc, at, phrase):
                continue
            out.append(Suggestion(start, end, phrase.type, SOURCE, phrase.confidence))
        return out

    def words(self) -> set[str]:
        """Folded words of the learned strings (for the proclitic check when snapping)."""
        return self.index.words()


def _looks_like_construct_noun(folded: str) -> bool:
    """A bare noun that takes a genitive (وزارة، مراكز، حماية، مشروع), not a verb or a
    function word: no article, not a listed function word, no verb's prefix or ending."""
    if folded.startswith("ال") or folded in STOPWORDS or len(folded) < 3:
        return False
    if folded.endswith("ه"):
        return True
    return not (folded.startswith(_VERB_PREFIXES) or folded.endswith(_VERB_ENDINGS))


def in_phrase(doc: Doc, at: int, phrase: Phrase) -> bool:
    """Is the one-word learned ``phrase`` at word ``at`` only a piece of a longer phrase?

    A tagged ``الصحة`` stood for the ministry (``«الصحة»``, ``الصحة:``); after a bare noun
    it is a genitive (``وزارة الصحة``, ``مراكز الصحة``), and a feminine noun followed by an
    adjective (``الصحة العامة``) is a common phrase.  A bare feminine noun tagged as an
    organisation or a title (``مؤسسة``) followed by a noun heads a construct
    (``مؤسسة الرعاية``, ``مؤسسة حمد``) and names nothing by itself.
    """
    words = doc.words
    word = words[at].folded
    stripped = _without_proclitic(word)
    before = words[at - 1] if at else None
    after = words[at + 1] if at + 1 < len(words) and words[at].gap_is_space else None
    if stripped.startswith("ال"):
        if (before is not None and before.gap_is_space and stripped == word
                and _looks_like_construct_noun(before.folded)):
            return True
        return (stripped.endswith("ه") and after is not None
                and after.folded.startswith("ال") and after.folded.endswith(("ه", "ي")))
    return (phrase.type in ("ORG", "OCC") and stripped.endswith("ه") and after is not None
            and (after.folded.startswith("ال") or _looks_like_construct_noun(after.folded)))


def _without_proclitic(folded: str) -> str:
    for prefix in ("وال", "بال", "فال", "كال"):
        if folded.startswith(prefix):
            return folded[1:]
    if folded.startswith("لل"):
        return "ا" + folded[1:]
    return folded


def _untagged(index: PhraseIndex, reviewed: Iterable[Reviewed]) -> dict[tuple, int]:
    """Per phrase key, its occurrences in ``reviewed`` that touch no accepted span.

    An occurrence equal to an accepted span is a tagging (counted by the store already);
    one inside or overlapping an accepted span is part of another name and says nothing.
    """
    counts: dict[tuple, int] = {}
    for text, spans in reviewed:
        ordered = sorted(spans)
        starts = [s for s, _ in ordered]
        longest = max((e - s for s, e in ordered), default=0)
        doc = Doc.of(text)
        for at in range(len(doc.words)):
            hit = index.match_at(doc, at)
            if hit is None:
                continue
            start, end, phrase = hit
            low = bisect.bisect_left(starts, start - longest)
            high = bisect.bisect_left(starts, end)
            if any(s < end and start < e for s, e in ordered[low:high]):
                continue
            key = phrase.words + phrase.gaps
            counts[key] = counts.get(key, 0) + 1
    return counts


def build_learned(learned: Learned | LearnedIndex | None,
                  reviewed: Iterable[Reviewed] | None = None) -> LearnedIndex:
    """An index for ``learned``, passing a ready index through unchanged."""
    if isinstance(learned, LearnedIndex):
        return learned
    return LearnedIndex(learned or {}, reviewed)
