"""Turning a reviewer's rough selection into an entity span, and nudging a span by hand.

Selections made with a mouse start and end anywhere: in the middle of a word, on a space, on
a comma, between a letter and its shadda.  `snap_span` makes them whole words without the
attached proclitics (the rule is in `fasl.textlogic.clitics`); `widen` and `narrow` let the
reviewer overrule it one letter or one word at a time.  All offsets are code points into the
original text, half-open.
"""
from __future__ import annotations

from collections.abc import Container
from typing import Literal

from fasl.textlogic.clitics import proclitic_length
from fasl.textlogic.words import is_mark, is_word_char, word_bounds

Unit = Literal["char", "word"]
Side = Literal["start", "end", "both"]


def _clamp(text: str, start: int, end: int) -> tuple[int, int]:
    if start > end:
        start, end = end, start
    return max(0, min(start, len(text))), max(0, min(end, len(text)))


def snap_span(
    text: str, start: int, end: int, known: Container[str] | None = None
) -> tuple[int, int] | None:
    """Snap a selection to the entity span it most likely means.

    Trims spaces and punctuation at both ends, widens to the whole words it touches, then
    leaves the first word's attached proclitics outside (``وبالكرملين`` → ``الكرملين``).
    Snapping a snapped span gives it back unchanged, and the result never reaches past the
    words the selection touched.

    Args:
        text: the document text.
        start: selection start (either order, clamped to the text).
        end: selection end.
        known: folded words that are real words or names, for the proclitic check; None
            uses the shipped gazetteers' words.

    Returns:
        ``(start, end)``, or None when the selection holds no word character.
    """
    start, end = _clamp(text, start, end)
    first = next((i for i in range(start, end) if is_word_char(text[i])), None)
    if first is None:
        return None
    last = next(i for i in range(end - 1, first - 1, -1) if is_word_char(text[i]))
    word_start, word_end = word_bounds(text, first) or (first, first + 1)
    _, span_end = word_bounds(text, last) or (last, last + 1)
    if known is None:
        from fasl.textlogic.suggest.gazetteer import known_words

        known = known_words()
    cut = proclitic_length(text[word_start:word_end], known)
    return word_start + cut, span_end


def _grow_end(text: str, end: int) -> int:
    end += 1
    while end < len(text) and is_mark(text[end]):
        end += 1
    return end


def _grow_start(text: str, start: int) -> int:
    start -= 1
    while start > 0 and is_mark(text[start]):
        start -= 1
    return start


def _shrink_end(text: str, start: int, end: int) -> int:
    end -= 1
    while end > start and is_mark(text[end]):
        end -= 1
    return end


def _shrink_start(text: str, start: int, end: int) -> int:
    start += 1
    while start < end and is_mark(text[start]):
        start += 1
    return start


def _next_word_end(text: str, end: int) -> int:
    if 0 < end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]):
        return word_bounds(text, end)[1]  # type: ignore[index]  # finish the current word
    probe = end
    while probe < len(text) and not is_word_char(text[probe]):
        probe += 1
    return end if probe == len(text) else word_bounds(text, probe)[1]  # type: ignore[index]


def _previous_word_start(text: str, start: int) -> int:
    if 0 < start < len(text) and is_word_char(text[start - 1]) and is_word_char(text[start]):
        return word_bounds(text, start)[0]  # type: ignore[index]
    probe = start - 1
    while probe >= 0 and not is_word_char(text[probe]):
        probe -= 1
    return start if probe < 0 else word_bounds(text, probe)[0]  # type: ignore[index]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not is_word_char(text[start]):
        start += 1
    while end > start and not is_word_char(text[end - 1]):
        end -= 1
    return start, end


def widen(
    text: str, start: int, end: int, unit: Unit = "word", side: Side = "both"
) -> tuple[int, int]:
    """Grow a span by one letter (with its marks) or one word on the given side(s).

    ``start`` is the logical start: in right-to-left text that is the right-hand edge; the GUI
    maps arrow keys to sides.  At the text's edge the span stays as it is.
    """
    start, end = _clamp(text, start, end)
    if side in ("end", "both") and end < len(text):
        end = _grow_end(text, end) if unit == "char" else _next_word_end(text, end)
    if side in ("start", "both") and start > 0:
        start = _grow_start(text, start) if unit == "char" else _previous_word_start(text, start)
    return start, end


def narrow(
    text: str, start: int, end: int, unit: Unit = "word", side: Side = "both"
) -> tuple[int, int]:
    """Shrink a span by one letter (with its marks) or one word on the given side(s).

    A span is never narrowed to nothing: a step that would empty it is not taken.
    """
    start, end = _clamp(text, start, end)
    new_start, new_end = start, end
    if side in ("end", "both"):
        if unit == "char":
            new_end = _shrink_end(text, new_start, new_end)
        else:
            cut = new_end
            while cut > new_start and is_word_char(text[cut - 1]):
                cut -= 1
            new_start, new_end = _trim(text, new_start, cut)
    if side in ("start", "both") and new_start < new_end:
        if unit == "char":
            new_start = _shrink_start(text, new_start, new_end)
        else:
            cut = new_start
            while cut < new_end and is_word_char(text[cut]):
                cut += 1
            new_start, new_end = _trim(text, cut, new_end)
    if new_start >= new_end:
        return start, end
    return new_start, new_end
