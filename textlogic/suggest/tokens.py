"""Tokens for the learned entity model: words with their proclitics cut off, and BIO layers.

A sequence labeller can only start or end a span at a token edge, and SCHEME.md 2 puts the
attached conjunction (و ف) and preposition (ب ل ك) outside the span: ``لروسيا`` → ``روسيا``,
``للجزيرة`` → ``لجزيرة``.  So every word that begins with such letters gives each of them a
token of its own (``و|ب|الكرملين``); names that merely begin with those letters (``لبنان``,
``وليد``) are then two tokens that the model labels together.  A cut is made only while at
least two letters remain, and a letter's tashkeel stays with its token.  Punctuation marks
are tokens too, one per character, so spans holding them (``26th, October``) stay
expressible.

Nested gold (an OCC holding a GPE) cannot be one BIO sequence, so spans are split into two
layers: the *outer* layer holds the spans no other span contains, the *inner* layer the
spans that contain no other; a plain name is in both.  Only a span that is both inside one
and around another (rare) is in neither.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fasl.textlogic.normalize import fold, fold_with_offsets
from fasl.textlogic.words import word_re

CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"


@dataclass(frozen=True, slots=True)
class Token:
    """``text[start:end]`` in code points; ``word`` indexes the whitespace-free word it is
    cut from, ``part`` says which piece (0 first), ``clitic`` marks a cut-off letter."""

    start: int
    end: int
    word: int
    part: int
    clitic: bool


def _clitic_cuts(word: str) -> list[int]:
    """Offsets inside ``word`` after each leading proclitic letter (0, 1 or 2 of them)."""
    folded, offsets = fold_with_offsets(word)
    cuts: list[int] = []
    at = 0
    if folded[:1] and folded[0] in CONJUNCTIONS and len(folded) - 1 >= 2:
        at = 1
        cuts.append(offsets[1])
    if folded[at:at + 1] and folded[at] in PREPOSITIONS and len(folded) - at - 1 >= 2:
        cuts.append(offsets[at + 1])
    return cuts


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` in order: clitic letters, word stems and single punctuation marks."""
    tokens: list[Token] = []
    pos = 0
    word_index = 0

    def punctuation(upto: int) -> None:
        nonlocal word_index
        for i in range(pos, upto):
            if not text[i].isspace():
                tokens.append(Token(i, i + 1, word_index, 0, False))
                word_index += 1

    for match in word_re().finditer(text):
        punctuation(match.start())
        start, end = match.span()
        edges = [start, *(start + c for c in _clitic_cuts(text[start:end])), end]
        last = len(edges) - 2
        for part, (a, b) in enumerate(itertools.pairwise(edges)):
            tokens.append(Token(a, b, word_index, part, part < last))
        word_index += 1
        pos = end
    punctuation(len(text))
    return tokens


Span = tuple[int, int, str]


def layers(spans: Iterable[Span]) -> tuple[list[Span], list[Span]]:
    """(outer, inner): spans inside no other, and spans around no other (see module doc)."""
    unique = sorted(set(spans), key=lambda s: (s[0], -s[1]))

    def inside(a: Span, b: Span) -> bool:
        return b[0] <= a[0] and a[1] <= b[1] and (a[0], a[1]) != (b[0], b[1])

    outer = [s for s in unique if not any(inside(s, o) for o in unique)]
    inner = [s for s in unique if not any(inside(o, s) for o in unique)]
    # Two spans on the same characters with different types: keep one per layer.
    return _one_per_range(outer), _one_per_range(inner)


def _one_per_range(spans: list[Span]) -> list[Span]:
    seen: set[tuple[int, int]] = set()
    out = []
    for s in spans:
        if (s[0], s[1]) not in seen:
            seen.add((s[0], s[1]))
            out.append(s)
    return out


def bio(tokens: Sequence[Token], spans: Iterable[Span]) -> tuple[list[str], int]:
    """BIO labels of ``tokens`` for non-overlapping ``spans``, and how many spans could not
    be expressed (an edge inside a token, or crossing another span)."""
    labels = ["O"] * len(tokens)
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    lost = 0
    for start, end, type_ in sorted(spans):
        first, last = starts.get(start), ends.get(end)
        if first is None or last is None or last < first or any(
                label != "O" for label in labels[first:last + 1]):
            lost += 1
            continue
        labels[first] = "B-" + type_
        for i in range(first + 1, last + 1):
            labels[i] = "I-" + type_
    return labels, lost


def spans_of(tokens: Sequence[Token],
             labels: Sequence[str]) -> list[tuple[int, int, str, int, int]]:
    """Spans read back from BIO ``labels``: (start, end, type, first token, last token).

    An ``I-`` after ``O`` or after another type starts a span (the usual lenient reading)."""
    out = []
    open_at: int | None = None
    open_type = ""
    for i, label in enumerate([*labels, "O"]):
        kind, _, type_ = label.partition("-")
        if open_at is not None and (kind != "I" or type_ != open_type):
            out.append((tokens[open_at].start, tokens[i - 1].end, open_type, open_at, i - 1))
            open_at = None
        if kind == "B" or (kind == "I" and open_at is None):
            open_at, open_type = i, type_
    return out


def folded_words(text: str, tokens: Sequence[Token]) -> list[str]:
    """Each token's folded form (the model's main feature)."""
    return [fold(text[t.start:t.end]) for t in tokens]
