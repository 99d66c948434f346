"""Rules found by studying suggestions on entities_heldout11 (after its blind score was
recorded): each with made-up sentences, written as another outlet would publish them, where
the rule fires and ones where it must not."""
from __future__ import annotations

import pytest

from suggesttypes import of_type


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وسجل البديل كريم فؤاد هدف التعادل في الدقيقة 90", "كريم فؤاد"),
        ("وأحرز المهاجم سامي يونس هدفي فريقه في الشوط الثاني", "سامي يونس"),
    ],
)
def test_the_goal_after_a_scorer_is_not_his_name(text, person):
    assert of_type(text, "PERS") == [person]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الجمعية إن المشروع يقدم حلاً دائماً لمشكلة المياه في القرى",
        "وأكد أن النادي ينتظر ردًا رسميًا من الاتحاد",
    ],
)
def test_a_word_written_with_tanween_starts_no_name(text):
    assert of_type(text, "PERS") == []


def test_a_name_before_a_tanween_adverb_ends_there():
    assert of_type("ووصل اللاعب علي يوسف قادماً من الدوحة", "PERS") == ["علي يوسف"]


@pytest.mark.parametrize(
    "text",
    [
        "وتنطلق الحملة في شهر رجب المقبل في كل المدن",
        "ويعود الموظفون إلى الدوام بعد شهر رمضان المبارك",
    ],
)
def test_a_given_name_after_the_word_for_month_is_the_month(text):
    assert of_type(text, "PERS") == []


def test_the_same_name_without_the_word_for_month_is_a_person():
    assert of_type("وقال رجب عبد الكريم إن العمل تأخر", "PERS") == ["رجب عبد الكريم"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Mauritanian: منت is the daughter's ولد
        ("وقالت المديرة فاطمة منت أحمد إن الدورة ستستمر", "فاطمة منت أحمد"),
        ("بحسب الطبيبة خديجة منت الشيخ.", "خديجة منت الشيخ"),
        ("بحسب الطبيب محمد ولد الشيخ.", "محمد ولد الشيخ"),
        # Omani and Gulf women: the family's nisba in the feminine closes the chain
        ("وقالت الدكتورة شيماء بنت علي البلوشية إن النتائج جيدة", "شيماء بنت علي البلوشية"),
    ],
)
def test_womens_chains(text, person):
    assert of_type(text, "PERS") == [person]


def test_a_feminine_adjective_after_a_mans_chain_stays_out():
    # after بن the nisba in -ية is an adjective of the sentence, not the family's name
    assert of_type("وتسلم خالد بن سعيد الجائزة الدولية", "PERS") == ["خالد بن سعيد"]
