"""Tokens for the token-based formats (CoNLL, spaCy/Prodigy), cut so that entities align.

Arabic glues conjunctions and prepositions to the next word (``لروسيا``), and an entity
leaves them out (SCHEME.md 2: the entity is ``روسيا``).  A token-based format can only
express that if the clitic is its own token, so tokens are the words of
`fasl.textlogic.words` (letters, digits and their tashkeel), each other visible character
on its own (punctuation, symbols, emoji, with any marks that follow it), and then cut again
at every entity boundary: ``ل`` + ``روسيا`` exactly when an entity excludes the ``ل``.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from fasl.textlogic.words import WORD_RE, is_mark

# Joiners and variation selectors belong to the symbol before them (emoji sequences).
_TRAILING = "\u200c\u200d\ufe0e\ufe0f"
SENTENCE_END = frozenset(".!?؟…")


def _base(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        match = WORD_RE.match(text, i)
        end = match.end() if match and not is_mark(text[i]) else i + 1
        while end < n and (is_mark(text[end]) or text[end] in _TRAILING):
            end += 1
        out.append((i, end))
        i = end
    return out


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


@dataclass(frozen=True, slots=True)
class Token:
    """A token as spaCy and Prodigy describe one: ``ws`` is "followed by one space"."""

    start: int
    end: int
    ws: bool


def spacy_tokens(text: str, cuts: Iterable[int] = ()) -> list[Token]:
    """Tokens that rebuild ``text`` exactly the way `spacy.tokens.Doc(words, spaces)` does.

    Whitespace other than one plain space after a token becomes a token of its own, as
    spaCy's own tokenizer makes it (``"\\n\\n"``, the second of two spaces).
    """
    cut_points = sorted(set(cuts))
    words = word_tokens(text, cut_points)
    out: list[Token] = []
    pos = 0
    for start, end in words:
        if start > pos:
            _space_run(out, text, pos, start, cut_points)
        out.append(Token(start, end, False))
        pos = end
    if pos < len(text):
        _space_run(out, text, pos, len(text), cut_points)
    return out


def _space_run(out: list[Token], text: str, start: int, end: int, cuts: list[int]) -> None:
    if out and out[-1].end == start and text[start] == " ":
        last = out[-1]
        out[-1] = Token(last.start, last.end, True)
        start += 1
    if start < end:
        out.extend(Token(a, b, False) for a, b in _cut([(start, end)], cuts))


def sentences(text: str, tokens: list[tuple[int, int]],
              spans: Iterable[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group tokens into sentences: a break after ``. ! ? ؟ …`` or at a line break.

    A break never falls inside an entity, so every entity stays in one sentence.
    """
    inside = [0] * (len(text) + 1)  # entities covering the gap before each offset
    for start, end in spans:
        for i in range(start + 1, end):
            inside[i] += 1
    out: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(tokens):
        current.append((start, end))
        if k + 1 == len(tokens):
            break
        next_start = tokens[k + 1][0]
        gap = text[end:next_start]
        boundary = "\n" in gap or (text[start:end] in SENTENCE_END)
        if boundary and not any(inside[i] for i in range(end, next_start + 1)):
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out
