"""Rules found by studying suggestions on entities_heldout7 and _heldout8 (after their blind
scores were recorded): each with made-up sentences, written as another outlet would publish
them, where the rule fires and ones where it must not."""
from __future__ import annotations

import pytest

from suggesttypes import of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وتراجعت الصادرات خلال آب وأيلول الماضيين بسبب الحر", "آب وأيلول"),
        ("وتعطلت الرحلات بين كانون الأول وكانون الثاني 2025 مرتين", "كانون الأول وكانون الثاني 2025"),
        ("وتصرف الوزارة رواتب أشهر يناير وفبراير ومارس 2027 دفعة واحدة", "أشهر يناير وفبراير ومارس 2027"),
        ("وتغلق المكاتب يومي السبت والأحد المقبلين", "يومي السبت والأحد"),
        ("ويجتمع المجلس الثلاثاء والأربعاء في العاصمة", "الثلاثاء والأربعاء"),
    ],
)
def test_months_or_weekdays_joined_by_wa_are_one_date(text, date):
    assert of_type(text, "DATE") == [date]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a month and a country joined by و: no period, and مارس alone stays unsure
        ("وزار الوفد بيروت في مارس وروسيا في الصيف", []),
        # two dates each with its day are two dates
        ("وصل في 3 مايو وغادر في 9 يونيو", ["3 مايو", "9 يونيو"]),
    ],
)
def test_only_bare_months_are_joined(text, dates):
    assert of_type(text, "DATE") == dates


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # an imperfect verb after a name goes on the sentence (a title line)
        ("الرئيس كمال حسن علي يستقبل وفد البنك الدولي", "كمال حسن علي"),
        # a definite plural is the sentence's object, not a family name
        ("ووجه رئيس الحزب خالد عمر يوسف الحكومات المحلية إلى التقشف", "خالد عمر يوسف"),
        ("وسلم الأمين العام سامي جمال المشاركين شهاداتهم", "سامي جمال"),
        # a noun joined by و after a name is the next thing named
        ("وتغني الفنانة ريم سامي وفرقتها في الافتتاح", "ريم سامي"),
        # a title in the accusative: "elected as mayor"
        ("وانتخب المجلس محمد خليل رئيسا للبلدية", "محمد خليل"),
    ],
)
def test_a_name_stops_where_the_sentence_goes_on(text, person):
    assert of_type(text, "PERS") == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # family names that start like a verb or end like a plural stay whole
        ("وقال الرئيس الأمريكي دونالد ترامب إن المحادثات مستمرة", "دونالد ترامب"),
        ("وأكد الرئيس عبد المجيد تبون أن الانتخابات في موعدها", "عبد المجيد تبون"),
        ("وقال النائب علي المبيضين إن اللجنة اجتمعت", "علي المبيضين"),
        ("وقال الملحن رمزي نهرا إن الحفل ناجح", "رمزي نهرا"),
    ],
)
def test_family_names_of_those_shapes_stay_in_the_name(text, person):
    assert person in of_type(text, "PERS")


@pytest.mark.parametrize(
    "text",
    [
        "وانقطعت الكهرباء عن بلدة علي صبيح الحدودية",
        "وتفقد المحافظ منطقة سعد العبدالله السكنية",
        "وأغلقت الشرطة طريق الملك فهد بن عبدالعزيز لساعات",
        "وتقع المدرسة في قرية حسن مراد شمالا",
    ],
)
def test_a_name_after_a_village_district_or_road_is_no_person(text):
    assert of_type(text, "PERS") == []


def test_a_person_after_a_plain_noun_is_still_a_person():
    assert of_type("وتسلم الجائزة علي صبيح عن روايته", "PERS") == ["علي صبيح"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the word before بن/بنت/ولد starts the name, even a common word (سعيد: happy)
        ("وقال اللواء سعيد بن محمد الكعبي إن الطرق مفتوحة", "سعيد بن محمد الكعبي"),
        ("مسقط - خاص - سالم بن علي الحارثي", "سالم بن علي الحارثي"),
        # after a title or an honorific, an unknown first name before a known one
        ("وقالت وزيرة التربية نوال أحمد سعيد إن المدارس جاهزة", "نوال أحمد سعيد"),
        ("وأوضحت الدكتورة شيرين محمد عثمان أن النتائج واعدة", "شيرين محمد عثمان"),
    ],
)
def test_a_name_takes_in_its_first_word(text, person):
    assert of_type(text, "PERS") == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # no title or honorific before: the verb is not the name's start
        ("وشارك في اللقاء أحمد علي من الوزارة", "أحمد علي"),
        # a preposition or particle before بن is no name's start
        ("ونقلت الصحيفة عن بن محمد الكعبي قوله", "محمد الكعبي"),
        ("وأكد المتحدث أن بن محمد الكعبي غادر", "محمد الكعبي"),
    ],
)
def test_no_first_word_is_taken_without_the_cue(text, person):
    assert of_type(text, "PERS") == [person]
