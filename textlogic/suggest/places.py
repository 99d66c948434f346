"""Places named with a word the lists leave out: ``جمهورية سنغافورة``, ``القاهرة الكبرى``.

A listed country or city keeps its type when the text wraps it in a state word before it
(جمهورية، مملكة، ولاية، محافظة ...; not مدينة or دولة, which only describe the place) or
``الكبرى`` (greater) or a closing ``العاصمة`` (الجزائر العاصمة) after it; the whole phrase is one GPE, so the merge does not keep the bare name inside it (SCHEME.md: nothing nests in a
place's name).
"""
from __future__ import annotations

import bisect

from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.gazetteer import Gazetteers

SOURCE = "patterns"
STATE_WORDS = frozenset(fold(w) for w in [
    "جمهورية", "مملكة", "إمارة", "سلطنة", "ولاية", "مقاطعة", "محافظة", "إقليم",
])
_GREATER = fold("الكبرى")
# الجزائر العاصمة, تونس العاصمة: the capital city as against the country (one GPE); not
# when العاصمة goes on (الرياض العاصمة السعودية is an apposition).
_CAPITAL = fold("العاصمة")


def _qualified(doc: Doc, index: int) -> bool:
    """Is word ``index`` followed, on the same phrase, by another word?"""
    return index + 1 < len(doc.words) and doc.words[index].gap_is_space


def qualified_places(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """State word + listed place, and listed place + الكبرى, as GPE."""
    out = []
    words = doc.words
    candidates = set()
    for index, word in enumerate(words):
        if word.folded in STATE_WORDS:
            candidates.add(index + 1)
        elif word.folded == _GREATER or (word.folded == _CAPITAL and not _qualified(doc, index)):
            candidates.update(range(max(0, index - 3), index))
    for index in sorted(c for c in candidates if c < len(words)):
        word = words[index]
        hit = gazetteers.index.match_at(doc, index)
        if hit is None or hit[2].type != "GPE" or not word.start <= hit[0] < word.end:
            continue  # (a proclitic stays outside: بالجزائر العاصمة)
        start, end = hit[0], hit[1]
        last = max(i for i in range(index, len(words)) if words[i].end <= end)
        before = words[index - 1] if index else None
        if (before is not None and before.gap_is_space and before.folded in STATE_WORDS
                and hit[0] == word.start):
            start = before.start
        if (last + 1 < len(words) and words[last].gap_is_space
                and (words[last + 1].folded == _GREATER or (
                    words[last + 1].folded == _CAPITAL and not _qualified(doc, last + 1)))):
            end = words[last + 1].end
        if (start, end) != (hit[0], hit[1]):
            out.append(Suggestion(start, end, "GPE", SOURCE, 0.8))
    return out


# Colour adjectives that make a longer place name (النيل الأزرق, not النيل + "blue").
COLOURS = frozenset(fold(w) for w in [
    "الأبيض", "الأزرق", "الأحمر", "الأسود", "الأخضر", "الأصفر", "البيضاء", "الزرقاء",
    "الحمراء", "السوداء", "الخضراء",
])


def coloured_name(doc: Doc, suggestion: Suggestion) -> bool:
    """Is a listed place directly followed by a colour (النيل الأبيض)?  Then the list knows
    only part of the name, and the bare place would be a wrong span."""
    starts = doc.word_starts
    at = bisect.bisect_left(starts, suggestion.end)
    if at == 0 or at >= len(doc.words) or doc.words[at - 1].end != suggestion.end:
        return False
    return doc.words[at - 1].gap_is_space and doc.words[at].folded in COLOURS
