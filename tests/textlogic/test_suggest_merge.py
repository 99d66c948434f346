"""Merged suggestions: inside the text, nested but never crossing, never raising."""
from __future__ import annotations

from pathlib import Path

from fasl.textlogic.suggest import build_learned, suggest
from fasl.textlogic.suggest.base import Suggestion
from fasl.textlogic.suggest.merge import merge
from hypothesis import given, settings
from hypothesis import strategies as st

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "samples").glob("*.txt"))


def s(start, end, type_="ORG", source="gazetteers", confidence=0.5):
    return Suggestion(start, end, type_, source, confidence)


def crossing(a: Suggestion, b: Suggestion) -> bool:
    return a.start < b.start < a.end < b.end or b.start < a.start < b.end < a.end


def test_longer_wins_then_confidence_then_source():
    assert merge([s(0, 5), s(3, 10)]) == [s(3, 10)]
    assert merge([s(0, 5, confidence=0.4), s(2, 7, confidence=0.9)]) == [s(2, 7, confidence=0.9)]
    learned = s(0, 5, "PERS", "learned", 0.5)
    assert merge([s(0, 5, "GPE"), learned]) == [learned]


def test_nesting_rules():
    occ, norp = s(0, 20, "OCC"), s(14, 20, "NORP")
    assert merge([norp, occ]) == [occ, norp]
    gpe = s(0, 8, "GPE")
    assert merge([gpe, s(5, 8, "GPE")]) == [gpe]  # غزة inside قطاع غزة
    assert merge([occ, s(0, 13, "OCC")]) == [occ]  # same type sharing an edge
    org = s(0, 20, "ORG")
    assert merge([org, s(5, 10, "GPE")]) == [org, s(5, 10, "GPE")]


def test_samples_give_well_formed_suggestions():
    # Speed is bench/suggest_bench.py's business: timed asserts fail on a busy CI machine.
    learned = build_learned({"لافروف": {"PERS": 4}, "الشرع": {"PERS": 1}})
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        text5k = (text * 3)[:5000]
        out = suggest(text5k, learned=learned)
        assert out
        for a in out:
            assert 0 <= a.start < a.end <= len(text5k)
            assert text5k[a.start : a.end] == text5k[a.start : a.end].strip()
        assert not [(a, b) for a in out for b in out if crossing(a, b)]


ARABIC_HEAVY = st.lists(
    st.one_of(
        st.sampled_from(["روسيا", "لروسيا", "وزير الخارجية", "الروسي", "سيرجي", "لافروف",
                         "بالكرملين", "للجزيرة", "غزة", "قطاع", "15", "أكتوبر", "/",
                         "كانون الأول",
                         "السابع من", "مجلس الأمن", "الدولي", "فلاديمير", "بوتين"]),
        st.sampled_from([" ", " ", "، ", "\n", "😀", "👍🏽", "\u064e", "\u0651", "ـ", "\u200f",
                         "«"]),
        st.text(max_size=3),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=60, deadline=None)
@given(ARABIC_HEAVY)
def test_any_text_gives_in_bounds_never_crossing_suggestions(text):
    out = suggest(text, learned={"لافروف": {"PERS": 1}, "غز": {"GPE": 1}})
    for a in out:
        assert 0 <= a.start < a.end <= len(text)
        assert 0.0 <= a.confidence <= 1.0
    assert not [(a, b) for a in out for b in out if crossing(a, b)]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_never_raises_on_any_string(text):
    suggest(text, learned={text[:5] or "x": {"ORG": 1}})
