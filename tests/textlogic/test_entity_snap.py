"""Span snapping (SCHEME.md section 2: proclitics outside, article inside) and manual nudges."""
from __future__ import annotations

import pytest
from fasl.textlogic.clitics import proclitic_length
from fasl.textlogic.snap import narrow, snap_span, widen
from fasl.textlogic.words import is_mark, is_word_char, word_bounds
from hypothesis import given, settings
from hypothesis import strategies as st

KNOWN = frozenset({"روسيا", "الجزيره", "بوتين", "لبنان", "وزير", "الكرملين"})


def snapped(text: str, start: int = 0, end: int | None = None) -> str:
    span = snap_span(text, start, len(text) if end is None else end, KNOWN)
    assert span is not None
    return text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("word", "entity"),
    [
        ("لروسيا", "روسيا"),
        ("الروسي", "الروسي"),
        ("للجزيرة", "لجزيرة"),
        ("بالكرملين", "الكرملين"),
        ("وبالكرملين", "الكرملين"),
        ("فبالكرملين", "الكرملين"),
        ("كالكرملين", "الكرملين"),
        ("ولروسيا", "روسيا"),
        ("ولبنان", "لبنان"),
    ],
)
def test_proclitics_leave_the_span(word, entity):
    assert snapped(word) == entity


@pytest.mark.parametrize("word", ["وزير", "بوتين", "لبنان", "لافروف", "فلسطين", "والدة", "كندا"])
def test_letters_of_the_word_itself_stay(word):
    assert snapped(word) == word


def test_shipped_gazetteers_are_the_default_known_words():
    text = "زار لروسيا ولبنان ولافروف"
    assert text[slice(*snap_span(text, 4, 10))] == "روسيا"
    assert text[slice(*snap_span(text, 11, 17))] == "لبنان"


def test_tashkeel_stays_with_its_letter():
    text = "وَبِالكَرْمَلِينِ"
    assert snapped(text) == "الكَرْمَلِينِ"
    # A selection ending between a letter and its kasra still takes the kasra.
    assert snapped(text, 0, len(text) - 1) == "الكَرْمَلِينِ"
    assert proclitic_length("لِرُوسْيَا", KNOWN) == 2  # after the lam and its kasra


def test_selection_is_trimmed_and_expanded_to_words():
    text = "قال «وزير الخارجية»، ثم"
    start = text.index("زير")
    end = text.index("»") + 2
    assert snapped(text, start, end) == "وزير الخارجية"
    assert snap_span(text, text.index("»"), text.index("»") + 2, KNOWN) is None
    assert snap_span("", 0, 0) is None


def test_reversed_and_out_of_range_selections():
    text = "في لروسيا"
    assert snap_span(text, 100, -5, KNOWN) == snap_span(text, 0, len(text), KNOWN) == (0, 9)
    assert snap_span(text, 9, 3, KNOWN) == (4, 9)


def test_widen_and_narrow_by_word():
    text = "الرئيس الروسي فلاديمير بوتين"
    span = (text.index("فلاديمير"), text.index("فلاديمير") + len("فلاديمير"))
    assert text[slice(*widen(text, *span, "word", "end"))] == "فلاديمير بوتين"
    assert text[slice(*widen(text, *span, "word", "start"))] == "الروسي فلاديمير"
    whole = (0, len(text))
    assert text[slice(*narrow(text, *whole, "word", "end"))] == "الرئيس الروسي فلاديمير"
    assert text[slice(*narrow(text, *whole, "word", "start"))] == "الروسي فلاديمير بوتين"
    assert narrow(text, 0, 6, "word", "both") == (0, 6)  # never narrowed to nothing
    assert widen(text, *whole) == whole


def test_widen_and_narrow_by_char_keep_marks():
    text = "لِرُوسْيَا"
    assert text[slice(*narrow(text, 0, len(text), "char", "start"))] == "رُوسْيَا"
    assert text[slice(*widen(text, 2, len(text), "char", "start"))] == text
    assert text[slice(*narrow(text, 0, len(text), "char", "end"))] == "لِرُوسْيَ"


ARABIC = st.sampled_from([*"ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةىـ", "ل", "و", "ب"])
MARKS = st.sampled_from(["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b"])
OTHER = st.sampled_from([" ", " ", "\n", "،", ".", "«", "»", "😀", "👍🏽", "1", "٣", "a", "\u200f"])
TEXT = st.lists(st.one_of(ARABIC, ARABIC, MARKS, OTHER), max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXT, st.integers(-3, 65), st.integers(-3, 65))
def test_snapping_is_idempotent_and_stays_inside_the_words(text, a, b):
    span = snap_span(text, a, b, KNOWN)
    if span is None:
        return
    start, end = span
    assert 0 <= start < end <= len(text)
    assert snap_span(text, start, end, KNOWN) == span
    lo, hi = sorted((max(0, min(a, len(text))), max(0, min(b, len(text)))))
    first = next(i for i in range(lo, hi) if is_word_char(text[i]))
    last = max(i for i in range(lo, hi) if is_word_char(text[i]))
    assert word_bounds(text, first)[0] <= start and end <= word_bounds(text, last)[1]
    assert not is_mark(text[start]) or start == word_bounds(text, first)[0]
    assert end == len(text) or not is_mark(text[end])


@settings(max_examples=100, deadline=None)
@given(TEXT, st.integers(0, 60), st.integers(0, 60), st.sampled_from(["char", "word"]),
       st.sampled_from(["start", "end", "both"]))
def test_widen_and_narrow_stay_in_the_text(text, a, b, unit, side):
    for nudge in (widen, narrow):
        start, end = nudge(text, a, b, unit, side)
        assert 0 <= start <= end <= len(text)
