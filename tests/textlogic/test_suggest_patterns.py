"""Date patterns of the three calendars and title–nationality–name chains."""
from __future__ import annotations

import pytest
from fasl.textlogic.suggest import suggest
from fasl.textlogic.suggest.base import Doc
from fasl.textlogic.suggest.dates import find_dates


def dates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_dates(Doc.of(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تاريخ النشر: 26th, October 2023 GMT", "26th, October 2023"),
        ("منذ السابع من أكتوبر، قال", "السابع من أكتوبر"),
        ("في 15 أكتوبر».", "15 أكتوبر"),
        ("في ١٥ تشرين الثاني ٢٠٢٣ قال", "١٥ تشرين الثاني ٢٠٢٣"),  # Levantine, Arabic-Indic
        ("في 3 شباط", "3 شباط"),
        ("في ديسمبر/كانون الأول.وذكرت", "ديسمبر/كانون الأول"),
        ("الخميس 26 أكتوبر 2023 صباحا", "الخميس 26 أكتوبر 2023"),  # weekday + date
        ("يوم 12 ربيع الأول 1445 هـ", "12 ربيع الأول 1445 هـ"),  # Hijri
        ("حتى 10 ذو الحجة", "10 ذو الحجة"),
        ("October 26, 2023", "October 26, 2023"),
        ("بتاريخ 26/10/2023", "26/10/2023"),
        ("تأسست عام 1992 بعد", "عام 1992"),
        ("اجتماع اليوم الأربعاء.", "اليوم الأربعاء"),
        ("في ٢٦ أكتوبرَ", "٢٦ أكتوبرَ"),  # the fatha stays with its letter
        ("في شهر رمضان 1445هـ", "شهر رمضان 1445هـ"),
    ],
)
def test_date_kinds(text, expected):
    assert dates(text) == [expected]


@pytest.mark.parametrize("text", ["مارس الضغط عليه", "قال صفر", "رجب طيب", "الأب آب", "1234567"])
def test_ambiguous_month_words_alone_are_not_dates(text):
    assert dates(text) == []


def chain(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in suggest(text)]


def test_title_nationality_name_chain():
    got = chain("التقى الرئيس الروسي فلاديمير بوتين ووزير الخارجية الروسي سيرغي لافروف")
    assert ("الرئيس الروسي", "OCC") in got
    assert ("فلاديمير بوتين", "PERS") in got
    assert ("وزير الخارجية الروسي", "OCC") in got  # the و stays outside
    assert ("سيرغي لافروف", "PERS") in got
    assert got.count(("الروسي", "NORP")) == 2  # nested inside each OCC
    assert ("الرئيس", "OCC") not in got  # the shorter OCC is absorbed, not nested


def test_chain_through_organisation_and_comma():
    text = "أعلن المتحدث الرسمي باسم الكرملين، ديمتري بيسكوف، أن"
    got = chain(text)
    assert ("المتحدث الرسمي باسم الكرملين", "OCC") in got
    assert ("الكرملين", "ORG") in got
    assert ("ديمتري بيسكوف", "PERS") in got


def test_chain_stops_at_verbs_and_function_words():
    got = chain("وزير الخارجية الروسي يطالب بوقف التصعيد")
    assert ("وزير الخارجية الروسي", "OCC") in got
    assert not [g for g in got if g[1] == "PERS"]
    got = chain("بوتين يلتقي وزير الخارجية السوري في الكرملين")
    assert not [g for g in got if g[1] == "PERS"]


def test_unknown_first_name_after_title_has_lower_confidence():
    text = "قال الرئيس السوري أحمد الشرع إن"
    by_span = {text[s.start : s.end]: s for s in suggest(text)}
    assert by_span["أحمد الشرع"].confidence > 0.7
    text = "قال وزير الخارجية القرجيزستاني جينبك كولوباييف إن"
    by_span = {text[s.start : s.end]: s for s in suggest(text)}
    assert by_span["جينبك كولوباييف"].confidence < 0.5


def test_patterns_can_be_switched_off():
    text = "في 15 أكتوبر قال الرئيس الروسي فلاديمير بوتين"
    types = {s.type for s in suggest(text, sources=("gazetteers",))}
    assert "DATE" not in types
    assert {s.source for s in suggest(text, sources=("patterns",))} == {"patterns"}
