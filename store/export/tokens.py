"""Tokens for the token-based formats (CoNLL, spaCy/Prodigy), cut so that entities align.

Arabic glues conjunctions and prepositions to the next word (``لروسيا``), and an entity
leaves them out (SCHEME.md 2: the entity is ``روسيا``).  A token-based format can only
express that if the clitic is its own token, so tokens are the words of
`fasl.textlogic.words` (letters, digits and their tashkeel), each other visible character
on its own (punctuation, symbols, emoji, with any marks that follow it), and then cut again
at every entity boundary: ``ل`` + ``روسيا`` exactly when an entity excludes the ``ل``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from fasl.textlogic.words import MARK_CLASS, WORD_RE


# Joiners and variation selectors belong to the symbol before them (emoji sequences).
_TRAILING = "\u200c\u200d\ufe0e\ufe0f"
# A word, or any other visible character with the marks and joiners that follow it.
TOKEN_RE = re.compile(WORD_RE.pattern + "|\\S[" + MARK_CLASS + _TRAILING + "]*")
SENTENCE_END = frozenset(".!?؟…")


def _base(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in TOKEN_RE.finditer(text)]


def _cut(spans: list[tuple[int, int]], cuts: Iterable[int]) -> list[tuple[int, int]]:
    points = sorted(set(cuts))
    if not points:
        return spans
    out: list[tuple[int, int]] = []
    k = 0
    for start, end in spans:
        while k < len(points) and points[k] <= start:
            k += 1
        j = k
        pos = start
        while j < len(points) and points[j] < end:
            out.append((pos, points[j]))
            pos = points[j]
            j += 1
        out.append((pos, end))
    return out


def word_tokens(text: str, cuts: Iterable[int] = ()) -> list[tuple[int, int]]:
    """Non-space tokens ``(start, end)`` of ``text``, also cut at every offset in ``cuts``."""
    return _cut(_base(text), cuts)


def spacy_tokens(text: str, cuts: Iterable[int] = ()) -> list[tuple[int, int, bool]]:
    """Tokens ``(start, end, ws)`` that rebuild ``text`` as `spacy.tokens.Doc(words, spaces)` does.

    ``ws`` is "followed by one plain space".  Other whitespace becomes a token of its own,
    as spaCy's own tokenizer makes it (``"\\n\\n"``, the second of two spaces).
    """
    cut_points = sorted(set(cuts))
    out: list[tuple[int, int, bool]] = []
    pos = 0
    for start, end in [*word_tokens(text, cut_points), (len(text), len(text))]:
        if start > pos:
            if out and out[-1][1] == pos and text[pos] == " ":
                out[-1] = (out[-1][0], out[-1][1], True)
                pos += 1
            if start > pos:
                out.extend((a, b, False) for a, b in _cut([(pos, start)], cut_points))
        if end > start:
            out.append((start, end, False))
        pos = end
    return out


def sentences(text: str, tokens: list[tuple[int, int]],
              spans: Iterable[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group tokens into sentences: a break after ``. ! ? ؟ …`` or at a line break.

    A break never falls inside an entity, so every entity stays in one sentence.
    """
    spans = list(spans)
    out: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    last = len(tokens) - 1
    for k, (start, end) in enumerate(tokens):
        current.append((start, end))
        if k == last:
            break
        next_start = tokens[k + 1][0]
        if ("\n" in text[end:next_start] or text[start:end] in SENTENCE_END) and not any(
                a < next_start and b > end for a, b in spans):
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out
