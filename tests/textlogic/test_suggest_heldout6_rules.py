"""Rules found by studying suggestions on entities_heldout6 (after its blind score was
recorded): each with made-up sentences, written as another outlet would publish them, where
the rule fires and ones where it must not."""
from __future__ import annotations

import pytest

from fasl.textlogic.suggest import suggest


def of_type(text: str, type_: str) -> list[str]:
    return [text[s.start : s.end] for s in suggest(text, sources=("gazetteers", "patterns"))
            if s.type == type_]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وضبطت الشرطة المتهمين في شقة بمحافظة الجيزة مساء الأحد", "محافظة الجيزة"),
        ("وأعلنت السلطات الصحية وولاية الخرطوم عن حملة تطعيم", "ولاية الخرطوم"),
        ("وانتشرت المياه في الشوارع بحي البليدة وسط المدينة", "حي البليدة"),
        ("وتواصلت الاشتباكات في قضاء الزبير جنوب البصرة", "قضاء الزبير"),
    ],
)
def test_a_singular_designator_joins_a_listed_place_even_after_a_proclitic(text, place):
    assert place in of_type(text, "GPE")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # مدينة only describes the place (the development set's rule): the city alone.
        ("ووصل الوفد إلى مدينة جدة صباح اليوم", "جدة"),
        # a plural designator stays outside
        ("وهطلت أمطار غزيرة على محافظات الجيزة والقاهرة", "الجيزة"),
    ],
)
def test_description_and_plural_designators_stay_outside(text, place):
    assert of_type(text, "GPE")[0] == place
