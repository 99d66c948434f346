"""Rules found by studying suggestions on a blind set of news (entities_heldout3): each with
made-up sentences where the rule fires and ones where it must not."""
from __future__ import annotations

import pytest

from fasl.textlogic.suggest import suggest


def of_type(text: str, type_: str) -> list[str]:
    return [text[s.start : s.end] for s in suggest(text, sources=("gazetteers", "patterns"))
            if s.type == type_]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("أعلنت مديرية الأحوال المدنية تمديد الدوام", "مديرية الأحوال المدنية"),
        ("قال مصرف سوريا المركزي إن سعر الصرف استقر", "مصرف سوريا المركزي"),
        ("باشرت أمانة العاصمة أعمال الصيانة في الشوارع", "أمانة العاصمة"),
        ("وأصدرت المحكمة الدستورية العليا حكمها أمس", "المحكمة الدستورية العليا"),
        ("وذكر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية أن القوافل وصلت",
         "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"),
        ("ودرس الطالب في جامعة الخرطوم خمس سنوات", "جامعة الخرطوم"),
    ],
)
def test_administration_bank_and_office_heads_name_organisations(text, org):
    assert org in of_type(text, "ORG")


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("وقررت إدارة المهرجان تأجيل العروض", "إدارة المهرجان"),
        ("تضررت شبكة الصرف الصحي بعد الأمطار", "شبكة الصرف الصحي"),
        ("تولت قيادة الفريق الحكومي مهمة التفاوض", "قيادة الفريق الحكومي"),
    ],
)
def test_management_network_and_leadership_are_no_heads(text, not_org):
    assert not_org not in of_type(text, "ORG")


def test_a_title_ends_an_organisations_name():
    text = "وقضت محكمة التمييز القاضي بنقض الحكم، ورفضت حكومة رئيس الوزراء التعليق"
    orgs = of_type(text, "ORG")
    assert "محكمة التمييز" in orgs
    assert not any("القاضي" in o or "رئيس" in o for o in orgs)


def test_a_university_is_an_organisation_not_a_facility():
    text = "وافتتحت جامعة بغداد كلية جديدة"
    assert "جامعة بغداد" in of_type(text, "ORG")
    assert "جامعة بغداد" not in of_type(text, "FAC")
