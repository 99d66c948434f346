"""Attached proclitics: which leading letters of a word leave an entity span (SCHEME.md 2).

A span covers the name without the conjunction (و ف) and preposition (ب ل ك) glued to it:
``لروسيا`` → ``روسيا``, ``وبالكرملين`` → ``الكرملين``.  The article stays (``الروسي``), and in
``للجزيرة`` only the preposition leaves: the second ``ل`` is the article's, its alef elided, so
the entity is ``لجزيرة``.

The same letters also begin ordinary words and names (``وزير``, ``بوتين``, ``لبنان``,
``لافروف``, ``فلسطين``), and no length rule tells them apart.  The rule used here:

1. A word that is itself known (a gazetteer or learned word) keeps all its letters.
2. Otherwise, try the longest clitic cluster first (``وب`` before ``و``).  The rest is taken
   as the word when it is known, or when it starts with the article and leaves a stem of
   at least three letters (``بالكرملين``; not ``والدة``, whose "stem" would be ``دة``), or,
   after ``لل``, when ``ال`` + the rest is known or the rest has three letters after its ``ل``.
3. Nothing else is stripped: an unknown name such as ``لافروف`` is left whole, and a reviewer
   narrows by hand; once tagged, the learned strings make it known.

All comparisons are on folded text (`fasl.textlogic.normalize.fold`); offsets returned are
into the original word, always at a letter, so tashkeel stays with its letter.
"""
from __future__ import annotations

from collections.abc import Container, Iterator

from fasl.textlogic.normalize import fold_with_offsets

CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
_MIN_STEM = 3


def clitic_splits(folded: str) -> Iterator[tuple[int, bool]]:
    """Possible proclitic lengths of a folded word, longest first, without the empty split.

    Yields ``(length, elided_article)``; ``elided_article`` is True when the rest begins with
    the ``ل`` of an article whose alef was elided after the preposition ``ل`` (``للجزيرة``).
    """
    conj = 1 if folded[:1] and folded[0] in CONJUNCTIONS else 0
    prep_letter = folded[conj : conj + 1]
    if prep_letter and prep_letter in PREPOSITIONS and len(folded) > conj + 2:
        elided = prep_letter == "ل" and folded[conj + 1 : conj + 2] == "ل"
        yield conj + 1, elided
    if conj and len(folded) > 2:
        yield conj, False


def _plausible(rest: str, elided: bool, known: Container[str]) -> bool:
    if len(rest) < 2:
        return False
    if rest in known:
        return True
    if elided:
        return "ا" + rest in known or len(rest) - 1 >= _MIN_STEM
    return rest.startswith("ال") and len(rest) - 2 >= _MIN_STEM


def proclitic_length(word: str, known: Container[str] = frozenset()) -> int:
    """How many code points at the start of ``word`` are attached proclitics to leave out.

    Args:
        word: one word of the original text (tashkeel and tatweel allowed).
        known: folded words taken to be real words or names (gazetteers, learned strings).

    Returns:
        An index into ``word``; 0 when nothing is stripped.  It always points at a letter.
    """
    folded, offsets = fold_with_offsets(word)
    if not folded or folded in known or folded.startswith("ال"):
        return 0
    for length, elided in clitic_splits(folded):
        if _plausible(folded[length:], elided, known):
            return offsets[length]
    return 0
