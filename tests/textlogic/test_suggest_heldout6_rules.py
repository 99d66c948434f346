"""Rules found by studying suggestions on entities_heldout6 (after its blind score was
recorded): each with made-up sentences, written as another outlet would publish them, where
the rule fires and ones where it must not."""
from __future__ import annotations

import pytest

from suggesttypes import of_type


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وضبطت الشرطة المتهمين في شقة بمحافظة الجيزة مساء الأحد", "محافظة الجيزة"),
        ("وأعلنت السلطات الصحية وولاية الخرطوم عن حملة تطعيم", "ولاية الخرطوم"),
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
        # so do حي and منطقة (relabelled in entities_heldout6/7 to the development set's rule)
        ("وانتشرت المياه في الشوارع بحي البليدة وسط المدينة", "البليدة"),
        ("وهطلت أمطار غزيرة على منطقة جازان أمس", "جازان"),
        # a plural designator stays outside
        ("وهطلت أمطار غزيرة على محافظات الجيزة والقاهرة", "الجيزة"),
    ],
)
def test_description_and_plural_designators_stay_outside(text, place):
    assert of_type(text, "GPE")[0] == place


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a compound name in الدين counts as one given name
        ("وقال المهندس صلاح الدين منصور إن المشروع سينجز قريبا", "صلاح الدين منصور"),
        ("وأوضح وزير المالية فاروق نور الدين في تصريح للصحافة", "فاروق نور الدين"),
        # the family after آل closes the name
        ("واستقبل سمو الشيخ حمد بن جاسم بن حمد آل ثاني الوفد الزائر", "حمد بن جاسم بن حمد آل ثاني"),
        # a chained بن after two name words
        ("وقال محافظ مأرب مبخوت مبارك بن ماضي إن الطرق مغلقة", "مبخوت مبارك بن ماضي"),
        # in apposition, the word before the comma closes the name
        ("وقال المدير العام للمؤسسة، محمد عبد الرحيم بوزيدي، إن العقد وقع أمس",
         "محمد عبد الرحيم بوزيدي"),
        ("وأوضحت الدكتورة سلمى حسن الكعبي، مديرة البرنامج، أن النتائج مشجعة",
         "سلمى حسن الكعبي"),
        ("وقال رئيس الهيئة، المهندس خالد بن عبدالعزيز المطيري، إن الخطة جاهزة",
         "خالد بن عبدالعزيز المطيري"),
    ],
)
def test_a_name_goes_on_with_what_closes_it(text, person):
    assert person in of_type(text, "PERS")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال الوزير أحمد حسن الخميس، إن الاتفاق قريب", "أحمد حسن"),  # a weekday
        ("ونشرت المجلة قصيدة محمود درويش الأخيرة، وسط اهتمام واسع", "محمود درويش"),
        ("وقال رجال الدين في المدينة إن الصلاة ستقام", None),  # no name in الدين alone
        ("ورأى أن الرئيس جوزاف عون يتقدم على سواه في السباق", "جوزاف عون"),  # a verb
    ],
)
def test_what_goes_on_the_sentence_does_not_join_a_name(text, person):
    found = of_type(text, "PERS")
    assert found == ([person] if person else [])


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a title, a comma, and a name that a comma closes: no list needs to know it
        ("وقال وزير الطاقة، كمال بوقرة، إن الأسعار ستستقر", "كمال بوقرة"),
        ("وصرحت وزيرة الثقافة، كلوديا مارتينيز، بأن المهرجان سيقام", "كلوديا مارتينيز"),
        # after a nationality the title is whole: ب/ل starting a name is no preposition
        ("واستقبل الرئيس البرازيلي لويز سانتوس الوفد المغربي", "لويز سانتوس"),
        ("وقال المدرب الفرنسي برونو جيرار إن الفريق جاهز", "برونو جيرار"),
    ],
)
def test_names_after_a_title_in_apposition_or_after_a_nationality(text, person):
    assert person in of_type(text, "PERS")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وسجل البرازيلي ماتيوس نونيش الهدف الأول للفريق", "ماتيوس نونيش"),
        ("وقال البرتغالي فيتور فونسيكا، مدرب الفريق، إن المباراة صعبة", "فيتور فونسيكا"),
        ("وأحرز المغربي حكيم زياش والسنغالي ساديو ماني هدفين", "ساديو ماني"),
    ],
)
def test_a_nationality_standing_for_a_person_introduces_a_name(text, person):
    assert person in of_type(text, "PERS")


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير الصحة، في كلمته أمام النواب، إن الخطة جاهزة",  # no name closes
        "وشن الجيش السوداني هجوما واسعا على المدينة",  # an adjective of the army
        "وتقدم العربي بهدف مبكر في الدقيقة الثامنة",  # a club, then "with a goal"
        "ويحتفي المعرض بالثقافة القطرية ضيف شرف لدورته",  # an adjective after بال
        "وقضت المحكمة بسجن مدير سابق في البنك سبع سنوات",  # "former" is no name
    ],
)
def test_no_name_where_the_sentence_goes_on(text):
    assert of_type(text, "PERS") == []


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("ووقعت الوزارة اتفاقا مع منظمة اليونيسف لدعم المدارس", "منظمة اليونيسف", "اليونيسف"),
        ("وأرسلت جمعية الهلال الأحمر الأردني قافلة إغاثة", "جمعية الهلال الأحمر الأردني",
         "الهلال الأحمر"),
        ("وأعلنت شركة مايكروسوفت الأمريكية عن استثمار جديد", "شركة مايكروسوفت الأمريكية",
         "مايكروسوفت"),
    ],
)
def test_a_listed_organisation_inside_a_longer_name_is_not_offered_alone(text, outer, inner):
    found = of_type(text, "ORG")
    assert outer in found and inner not in found


def test_a_listed_organisation_alone_is_still_offered():
    assert of_type("وقالت اليونيسف إن آلاف الأطفال بلا مدارس", "ORG") == ["اليونيسف"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("بي بي سي نيوز عربي - لندن\nأعلنت الحكومة", "بي بي سي نيوز عربي"),
        ("وقال مصدر لموقع سي إن إن بالعربية إن المفاوضات متعثرة", "سي إن إن بالعربية"),
    ],
)
def test_an_outlets_arabic_service_is_part_of_its_name(text, outlet):
    assert outlet in of_type(text, "ORG")


def test_service_words_join_an_outlet_only_right_after_it():
    assert of_type("وقالت بي بي سي في تقرير عربي إن الاتفاق تم", "ORG") == ["بي بي سي"]


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("ووقعت الوزارة عقدا مع شركة كوانتيكس كابيتال لإدارة المحافظ", "شركة كوانتيكس كابيتال"),
        ("وقال مصدر لقناة دجلة نيوز إن الطريق مغلق", "قناة دجلة نيوز"),
        ("وتستضيف جامعة الملك فيصل الدولية المؤتمر", "جامعة الملك فيصل الدولية"),
        ("وقدمت مؤسسة الشيخ زايد للأعمال الخيرية منحا للطلاب",
         "مؤسسة الشيخ زايد للأعمال الخيرية"),
        ("وتخرج من جامعة محمد الخامس بالرباط عام 1990", "جامعة محمد الخامس"),
    ],
)
def test_organisations_named_by_a_proper_name(text, organisation):
    assert organisation in of_type(text, "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "وأسس الشاب شركة ناشئة في مجال التقنية",  # an indefinite adjective
        "وتعاقدت الوزارة مع شركة تعمل في مجال النقل",  # a verb
        "وأوقعته القرعة في مجموعة تضم فرقا قوية",  # a group of teams
        "ونشرت الصفحة في نيوز عاجل خبرا",  # a function word before نيوز is no outlet
    ],
)
def test_no_named_organisation_in_a_description(text):
    assert of_type(text, "ORG") == []


def test_a_person_after_a_company_name_is_not_part_of_it():
    text = "وقال الرئيس التنفيذي لشركة كيوبكس أحمد السالم إن الطلب ارتفع"
    assert "شركة كيوبكس" in of_type(text, "ORG")


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("وفاز الوحدة على ضيفه الفجيرة الإماراتي بهدفين", "الفجيرة"),
        ("وتعادل باريس سان جيرمان مع نانت الفرنسي في الجولة العاشرة", "نانت"),
    ],
)
def test_a_city_with_a_masculine_nationality_is_its_club(text, club):
    assert club in of_type(text, "ORG") and club not in of_type(text, "GPE")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("وتقام البطولة في الفجيرة الإماراتية الشهر المقبل", "الفجيرة"),  # feminine: the city
        ("ونشرت صحيفة القدس العربي تقريرا عن القدس", "القدس"),  # a regional adjective
    ],
)
def test_a_city_with_a_feminine_or_regional_adjective_stays_a_place(text, city):
    assert city in of_type(text, "GPE")


def test_a_city_inside_a_clubs_name_is_left_to_the_club():
    assert "مدريد" in of_type("ويواجه الفريق ريال مدريد الإسباني الأربعاء", "GPE")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("وضربت العاصفة مناطق شمالي البرازيل أمس", "شمالي البرازيل"),
        ("ويعيش ملايين النازحين في شمال غربي سوريا", "شمال غربي سوريا"),
    ],
)
def test_a_compass_nisba_before_a_country_is_a_region(text, region):
    assert region in of_type(text, "LOC")


def test_a_compass_nisba_before_a_city_leaves_the_city():
    assert "إدلب" in of_type("وقصفت الطائرات قرى شمالي إدلب", "GPE")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("واستقبل الوزير سفير جمهورية الصين الشعبية في مكتبه", "جمهورية الصين الشعبية"),
        ("وانتشر الوباء في جمهورية الكونغو الديمقراطية العام الماضي",
         "جمهورية الكونغو الديمقراطية"),
    ],
)
def test_a_states_formal_name_after_a_state_word(text, state):
    assert state in of_type(text, "GPE")


def test_a_formal_adjective_without_a_state_word_is_not_taken():
    assert "الصين الشعبية" not in of_type("وقالت الصين الشعبية إن الاتفاق قريب", "GPE")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وتقام المباريات يومي 21 و22 أكتوبر 2026 في العاصمة", "21 و22 أكتوبر 2026"),
        ("وسجلت المستشفيات آلاف الحالات خلال يومي 3 و4 تموز", "3 و4 تموز"),
        ("ووقع البلدان خطة عمل للفترة 2024-2027 في مجالات الطاقة", "2024-2027"),
        ("وتقام صلاة الجمعة الأولى من رمضان في المسجد", "الجمعة الأولى من رمضان"),
    ],
)
def test_listed_days_and_periods_are_dates(text, date):
    assert date in of_type(text, "DATE")


@pytest.mark.parametrize(
    ("text", "not_date"),
    [
        ("ويندرج المشروع ضمن المخطط الخماسي 2026-2030 للشركة", "2026-2030"),
        ("وأطلقت الوزارة الاستراتيجية الوطنية للمياه 2025-2035 أمس", "2025-2035"),
        ("وأدى آلاف المصلين صلاة الجمعة في المسجد الأقصى", "الجمعة"),
        ("وألقى خطبة الجمعة إمام المسجد", "الجمعة"),
    ],
)
def test_a_plans_term_and_the_friday_prayer_are_no_dates(text, not_date):
    assert not_date not in of_type(text, "DATE")


def test_a_number_before_a_number_and_a_month_that_is_no_day_stays_out():
    assert of_type("وارتفع عدد الزوار 250 و12 مارس كان ذروة", "DATE") == ["12 مارس"]


@pytest.mark.parametrize("text", ["مصدر", "مصدر\nالمصدر", "وقال مصدر"])
def test_a_lone_source_word_suggests_nothing_and_does_not_fail(text):
    # (hypothesis found a one-word line مصدر indexing past the line in the source-line rule)
    assert of_type(text, "ORG") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال كريستوف ماروتي، المدير التنفيذي للشركة، إن الأرباح ارتفعت", "كريستوف ماروتي"),
        ("وأوضحت نادية بلقاسمي، المتحدثة باسم الوزارة، أن الامتحانات ستجرى", "نادية بلقاسمي"),
    ],
)
def test_the_subject_of_a_reporting_verb_presented_by_a_title(text, person):
    assert person in of_type(text, "PERS")


@pytest.mark.parametrize(
    "text",
    [
        "وقال البيان الختامي، المدير العام سيعلن النتائج",  # an article word is no name
        "وقال مصدر مطلع، المدير العام للشركة، إن الصفقة ألغيت",  # a source, no name
    ],
)
def test_no_subject_name_without_a_names_shape(text):
    assert of_type(text, "PERS") == []


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("وأجلت محكمة الجنايات في بغداد النظر في القضية", "محكمة الجنايات في بغداد"),
        ("وقضت المحكمة الاقتصادية بتونس بسجن المتهم", "المحكمة الاقتصادية بتونس"),
    ],
)
def test_a_court_with_its_seat_is_one_organisation(text, court):
    assert court in of_type(text, "ORG")


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("وقضت محكمة الاستئناف بحبس المتهم سبع سنوات", "محكمة الاستئناف"),  # بحبس: no place
        ("ونظرت محكمة الجنايات في مارس 2024 في القضية", "محكمة الجنايات"),  # a date after في
    ],
)
def test_a_court_without_a_seat_stays_as_it_is(text, court):
    assert court in of_type(text, "ORG")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وأشرف على الافتتاح الرئيس محمد ولد الشيخ الغزواني صباح اليوم",
         "محمد ولد الشيخ الغزواني"),
        ("وقال مدير الميناء سيدي محمد ولد أحمد سالم، إن الرصيف جاهز",
         "سيدي محمد ولد أحمد سالم"),
    ],
)
def test_maghreb_name_chains(text, person):
    assert person in of_type(text, "PERS")


@pytest.mark.parametrize(
    "text",
    [
        "وجرت المباراة على المركب محمد الخامس بالدار البيضاء",
        "ولجأت الأسر إلى مدرسة الشهيد عبدالله الحامد في المدينة",
        "ويمول صندوق محمد السادس للاستثمار المشاريع",
    ],
)
def test_a_person_named_by_a_place_or_a_fund_is_no_person_of_the_story(text):
    assert of_type(text, "PERS") == []


def test_the_honorific_with_its_article_stays_outside():
    assert "محمد ولد أحمد" in of_type("وقال السيد محمد ولد أحمد إن الاتفاق جاهز", "PERS")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("بمشاركة الاتحاد الأفريقي والأمم المتحدة في المفاوضات", "الاتحاد الأفريقي", "الأمم المتحدة"),
        ("بمشاركة منظمة أطباء بلا حدود والهلال الأحمر في الإغاثة", "منظمة أطباء بلا حدود",
         "الهلال الأحمر"),
    ],
)
def test_a_listed_organisation_after_and_begins_a_second_name(text, first, second):
    found = of_type(text, "ORG")
    assert first in found and second in found


def test_a_coordinated_qualifier_still_continues_a_name():
    text = "أعلنت وزارة التربية والتعليم العالي عن نتائج الامتحانات"
    assert "وزارة التربية والتعليم العالي" in of_type(text, "ORG")


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("وقال مدرب الوداد إن المباراة صعبة في الدوري، وأكد لاعب الوداد الرياضي جاهزيته", "الوداد الرياضي"),
        ("وفاز نادي الصفاقسي الرياضي على ضيفه في الدوري والمباراة شهدت هدفين", "نادي الصفاقسي الرياضي"),
    ],
)
def test_a_clubs_sporting_suffix_is_part_of_its_name(text, club):
    assert club in of_type(text, "ORG")
