"""Learned strings are found again the Arabic way, with proclitics left outside the span."""
from __future__ import annotations

import pytest
from fasl.textlogic.suggest import build_learned, suggest
from fasl.textlogic.suggest.base import Doc
from fasl.textlogic.suggest.learned import learned_confidence


def found(text: str, learned: dict[str, dict[str, int]]) -> list[tuple[str, str]]:
    hits = build_learned(learned).find(Doc.of(text))
    return [(text[s.start : s.end], s.type) for s in hits]


@pytest.mark.parametrize(
    ("tagged", "text", "expected"),
    [
        ("لافروف", "قال لافْرُوف إن", "لافْرُوف"),  # tashkeel
        ("أسعد الشيباني", "التقى اسعد الشيبانى", "اسعد الشيبانى"),  # hamza/alef, alef maqsura
        ("إسرائيل", "قالت اسرائيل", "اسرائيل"),
        ("القاهرة", "في القاهره", "القاهره"),  # taa marbuta / haa
        ("مصطفى", "قال مصطفي", "مصطفي"),  # alef maqsura / yaa
        ("غزة", "في غـــزة", "غـــزة"),  # tatweel
        ("روسيا", "لروسيا", "روسيا"),  # proclitics stay outside
        ("الكرملين", "وبالكرملين", "الكرملين"),
        ("الجزيرة", "للجزيرة", "لجزيرة"),  # SCHEME: the article's lam stays
        ("لجزيرة", "للجزيرة", "لجزيرة"),  # tagged in the elided form
        ("لجزيرة", "قالت الجزيرة", "الجزيرة"),  # (after a bare noun it is a genitive)
        ("بوتين", "وبوتين", "بوتين"),
    ],
)
def test_learned_matching_folds_like_arabic(tagged, text, expected):
    assert found(text, {tagged: {"PERS": 2}}) == [(expected, "PERS")]


def test_longest_learned_string_wins_and_words_must_be_whole():
    learned = {"مجلس الأمن": {"ORG": 1}, "مجلس الأمن الدولي": {"ORG": 2}}
    assert found("قرار مجلس الأمن الدولي اليوم", learned) == [("مجلس الأمن الدولي", "ORG")]
    assert found("مجلسي الأمنية", learned) == []
    # Phrases never run across a line break or punctuation.
    assert found("مجلس\nالأمن", learned) == []
    assert found("مجلس، الأمن", learned) == []


def test_punctuation_inside_a_learned_string_must_match():
    learned = {"26th, October 2023": {"DATE": 1}}
    assert found("نشر 26th, October 2023 GMT", learned) == [("26th, October 2023", "DATE")]


def test_majority_type_and_confidence_grow_with_counts():
    assert learned_confidence({"PERS": 1}) == ("PERS", 0.5)
    assert learned_confidence({"PERS": 3}) == ("PERS", 0.875)
    assert learned_confidence({"ORG": 3, "PERS": 1})[0] == "ORG"
    assert learned_confidence({"ORG": 0}) == ("", 0.0)
    # Surfaces that fold equal pool their counts.
    index = build_learned({"غزة": {"GPE": 1}, "غزه": {"GPE": 1}})
    assert len(index) == 1


def test_learned_source_can_be_switched_off():
    text = "قال لافروف"
    learned = {"لافروف": {"PERS": 1}}
    assert [s.source for s in suggest(text, learned=learned)] == ["learned"]
    assert suggest(text, sources=("gazetteers",), learned=learned) == []


def test_untagged_occurrences_in_reviewed_documents_lower_the_confidence():
    assert learned_confidence({"ORG": 2}, untagged=0, single_word=True) == ("ORG", 0.75)
    # Tagged twice, left untagged 38 times: a common word, far below what is shown.
    assert learned_confidence({"ORG": 2}, untagged=38, single_word=True)[1] < 0.01
    # A multi-word name's share is not squared: 3 of 4 keeps more than a single word's.
    multi = learned_confidence({"ORG": 3}, untagged=1)[1]
    single = learned_confidence({"ORG": 3}, untagged=1, single_word=True)[1]
    assert multi == pytest.approx(0.875 * 0.75, abs=1e-4)
    assert single == pytest.approx(0.875 * 0.5625, abs=1e-4)


def test_a_word_reviewers_mostly_left_untagged_is_not_suggested():
    tagged = "الصحة: لا إصابات جديدة"
    reviewed = [(tagged, [(0, 5)])] + [
        (f"تحسنت الصحة العامة للمرضى في اليوم {n}", [(31, 36)]) for n in range(3)]
    index = build_learned({"الصحة": {"ORG": 1}}, reviewed)
    assert len(index) == 0 and index.dropped == 1
    assert suggest("الصحة: حملة تطعيم", learned=index) == []
    # Occurrences inside another accepted span say nothing against it.
    inside = [("أعلنت وزارة الصحة اليوم", [(6, 17)])] * 5
    kept = build_learned({"الصحة": {"ORG": 1}}, [(tagged, [(0, 5)]), *inside])
    assert [(s.type, s.confidence) for s in kept.find(Doc.of("الصحة: حملة"))] == [("ORG", 0.5)]


@pytest.mark.parametrize(
    "text",
    [
        "أطلقت وزارة الصحة حملة",  # genitive after a bare noun
        "والتوجه إلى مراكز الصحة لاستكمال الجرعات",
        "الصحة العامة تطلق حملة التطعيم",  # feminine noun + adjective
        "بالتعاون مع مؤسسة الرعاية الصحية",  # a learned bare title heading a construct
    ],
)
def test_a_learned_common_word_inside_a_longer_phrase_is_not_suggested(text):
    learned = {"الصحة": {"ORG": 3}, "مؤسسة": {"OCC": 3}}
    assert found(text, learned) == []


def test_a_learned_word_standing_alone_is_still_suggested():
    learned = {"الصحة": {"ORG": 3}, "الهلال": {"ORG": 2}, "مؤسسة": {"OCC": 2}}
    assert found("«الصحة»: لا إصابات", learned) == [("الصحة", "ORG")]
    assert found("وقالت الصحة إن الوضع مستقر", learned) == [("الصحة", "ORG")]
    assert found("أعلن الهلال التعاقد مع لاعب", learned) == [("الهلال", "ORG")]
    assert found("قالت مؤسسة المبادرة سارة", learned) == []
    assert found("قالت سارة، مؤسسة المبادرة", learned) == []
    assert found("وقالت المؤسسة إن", {"المؤسسة": {"ORG": 1}}) == [("المؤسسة", "ORG")]
