"""Rules found by studying suggestions on entities_heldout16 and _heldout17 (after their blind
scores were recorded): made-up sentences, written as another outlet would publish them, where
each rule fires and ones where it must not."""
from __future__ import annotations

import pytest

from fasl.textlogic.suggest import SOURCES, suggest
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.gazetteer import default_gazetteers
from fasl.textlogic.suggest.pooled import trim_person, tidy_pooled
from suggesttypes import of_type


def _pooled(text, surface, type_="PERS"):
    start = text.index(surface)
    return Suggestion(start, start + len(surface), type_, "model", 0.8)


def _tidied(text, spans):
    pooled = [_pooled(text, surface, type_) for surface, type_ in spans]
    return {text[s.start : s.end]: s.type
            for s in tidy_pooled(Doc.of(text), pooled, default_gazetteers())}


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("وقال رئيس نقابة المحامين في بيروت إن الإضراب مستمر", "نقابة المحامين", "بيروت"),
        ("وطالب الاتحاد الجهوي للشغل بقابس بفتح الحوار", "الاتحاد الجهوي للشغل", "قابس"),
        ("وأعلنت دائرة الثقافة بالشارقة برنامج الموسم", "دائرة الثقافة", "الشارقة"),
        ("وقال رئيس الغرفة التجارية والصناعية بتعز إن الطريق مغلق",
         "الغرفة التجارية والصناعية", "تعز"),
        # a place no list holds, found by the model
        ("وأدانت المحكمة المركزية في الناصرة خمسة شبان", "المحكمة المركزية", "الناصرة"),
    ],
)
def test_a_local_body_is_named_with_its_seat(text, body, place):
    seat = text[text.index(body) : text.index(place) + len(place)]
    assert _tidied(text, [(body, "ORG"), (place, "GPE")]) == {seat: "ORG", place: "GPE"}


@pytest.mark.parametrize(
    ("text", "body", "norp", "place"),
    [
        # the name already says whose body it is: the place is where it acts
        ("ودعا الاتحاد المغربي للشغل بالرباط إلى الإضراب", "الاتحاد المغربي للشغل", "المغربي",
         "الرباط"),
        ("وقالت نقابة المعلمين السويدية في ستوكهولم إن الأجور متدنية",
         "نقابة المعلمين السويدية", "السويدية", "ستوكهولم"),
    ],
)
def test_a_national_body_leaves_the_place_outside(text, body, norp, place):
    assert _tidied(text, [(body, "ORG"), (norp, "NORP"), (place, "GPE")]) == {
        body: "ORG", norp: "NORP", place: "GPE"}


def test_the_rules_own_body_takes_its_seat():
    assert "جمعية البنوك في فلسطين" in of_type(
        "وقال رئيس جمعية البنوك في فلسطين سلامة خليل إن الوضع صعب", "ORG")


@pytest.mark.parametrize(
    ("text", "model_span", "person"),
    [
        ("وقال المتحدث باسم الأمانة محمد الربيعي للمشرق إن المشروع يتقدم",
         "محمد الربيعي للمشرق", "محمد الربيعي"),
        ("وقال الأمين العام أحمد الخليفة عمر للرأي العام إن الامتحانات ستجري",
         "أحمد الخليفة عمر للرأي العام", "أحمد الخليفة عمر"),
        ("وقالت النائبة ريم سعيد لموقع «الحدث» إن القرار متأخر", "ريم سعيد لموقع",
         "ريم سعيد"),
    ],
)
def test_a_name_ends_before_the_outlet_it_spoke_to(text, model_span, person):
    doc = Doc.of(text)
    cut = trim_person(doc, _pooled(text, model_span))
    assert text[cut.start : cut.end] == person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال الوزير فوزي لقجع إن الميزانية متوازنة", "فوزي لقجع"),  # ل starts a family name
        ("وقالت المديرة ليلى لطفي إن الدورة ستبدأ", "ليلى لطفي"),
    ],
)
def test_a_name_with_a_lam_word_of_its_own_is_kept(text, name):
    span = _pooled(text, name)
    assert trim_person(Doc.of(text), span) == span


def test_the_shipped_model_runs_through_the_tidying():
    # (the shipped model alone runs this name on into للرأي العام)
    text = "وقال الأمين العام للمجلس الأعلى للتعليم خالد عمر يوسف للرأي العام إن الامتحانات ستجري"
    found = [text[s.start : s.end] for s in suggest(text, sources=("gazetteers", "patterns", "model"))
             if s.type == "PERS"]
    assert found == ["خالد عمر يوسف"]


# From entities_heldout18-20's misses, after their blind figures were recorded.


@pytest.mark.parametrize(
    ("text", "model_span", "bodies"),
    [
        ("بحضور ممثلين عن البنك التجاري الدولي وجهاز تنمية المشروعات الصغيرة",
         "البنك التجاري الدولي وجهاز تنمية المشروعات الصغيرة",
         ["البنك التجاري الدولي", "جهاز تنمية المشروعات الصغيرة"]),
        ("والتقى وفداً من شركة نيوم وشركة البحر الأحمر الدولية أمس",
         "شركة نيوم وشركة البحر الأحمر الدولية", ["شركة نيوم", "شركة البحر الأحمر الدولية"]),
        # a definite head after a definite word: the verb's object begins
        ("ودعت وزارة الموارد المائية الحكومة التركية إلى زيادة الإطلاقات",
         "وزارة الموارد المائية الحكومة التركية", ["وزارة الموارد المائية", "الحكومة التركية"]),
        # no name goes on past a word written with tanween
        ("وتعادل وحدة صنعاء مع شعب إب سلباً في الجولة الأخيرة", "شعب إب سلباً", ["شعب إب"]),
    ],
)
def test_one_name_holds_no_second_body(text, model_span, bodies):
    assert _tidied(text, [(model_span, "ORG")]) == {b: "ORG" for b in bodies}


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس هيئة الإذاعة والتلفزيون إن البث مستمر",
        "وأعلن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية أن القوافل وصلت",
        "وقالت وزارة السياحة والآثار إن المعبد سيفتح",
    ],
)
def test_a_name_with_and_or_a_genitive_head_stays_whole(text):
    name = {"هيئة": "هيئة الإذاعة والتلفزيون", "مكتب": "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
            "وزارة": "وزارة السياحة والآثار"}[next(w for w in ("هيئة", "مكتب", "وزارة") if w in text)]
    assert _tidied(text, [(name, "ORG")]) == {name: "ORG"}


@pytest.mark.parametrize(
    ("text", "model_span", "person"),
    [
        ("وقال وزير الدفاع النيجري الجنرال ساليفو مودي إن القوة ستنتشر",
         "الجنرال ساليفو مودي", "ساليفو مودي"),
        ("دفاعاً عن الرئيس الفلبيني السابق رودريغو دوتيرتي أمام المحكمة",
         "السابق رودريغو دوتيرتي", "رودريغو دوتيرتي"),
        ("ورحبت المحامية كريستينا كوندي بالقرار وقالت إنه منصف",
         "كريستينا كوندي بالقرار", "كريستينا كوندي"),
        ("وقال المدرب البرتغالي للتعاون بيريكليس شاموسكا إن فريقه قدم الأفضل",
         "للتعاون بيريكليس شاموسكا", "بيريكليس شاموسكا"),
    ],
)
def test_words_around_a_name_that_are_no_part_of_it(text, model_span, person):
    cut = trim_person(Doc.of(text), _pooled(text, model_span), default_gazetteers())
    assert text[cut.start : cut.end] == person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأوضح نائب الرئيس حسين الشيخ أن الحركة وجهت الدعوات", "حسين الشيخ"),
        ("دشن المحافظ عوض محمد الوزير العولقي المرحلة الأولى", "عوض محمد الوزير العولقي"),
        ("وبحث الوزير مع نظيره الأفغاني أمير خان متقي وقف النار", "أمير خان متقي"),
    ],
)
def test_a_title_that_is_a_family_name_stays_in_it(text, name):
    span = _pooled(text, name)
    assert trim_person(Doc.of(text), span, default_gazetteers()) == span


def test_kabul_is_not_kaf_and_apple():
    assert of_type("وقال منسق الهلال الأحمر التركي في كابل إن القافلة وصلت", "ORG") == [
        "الهلال الأحمر التركي"]


@pytest.mark.parametrize(
    ("text", "model_span", "bodies"),
    [
        ("بحضور ممثلين عن حزب المؤتمر السوداني والتجمع الاتحادي",
         "حزب المؤتمر السوداني والتجمع الاتحادي", ["حزب المؤتمر السوداني", "التجمع الاتحادي"]),
        # و + an office: the position held begins, the name ends
        ("وقالت الممثلة الخاصة للأمم المتحدة في ليبيا ورئيسة البعثة إن الحوار مستمر",
         "لأمم المتحدة في ليبيا ورئيسة البعثة", ["لأمم المتحدة في ليبيا"]),
        # a speaker after the body, not a body named after a person
        ("وقال الخبير في معهد باندونغ للتكنولوجيا هيري أندرياس لوكالة أنتارا إن الجدار ضروري",
         "معهد باندونغ للتكنولوجيا هيري أندرياس", ["معهد باندونغ للتكنولوجيا"]),
    ],
)
def test_a_name_ends_where_another_name_begins(text, model_span, bodies):
    spans = [(model_span, "ORG")]
    if "هيري" in text:
        spans.append(("هيري أندرياس", "PERS"))
    out = _tidied(text, spans)
    assert {k: v for k, v in out.items() if v == "ORG"} == {b: "ORG" for b in bodies}


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("وتخرج في جامعة محمد الخامس بالرباط عام 2001", "جامعة محمد الخامس", "محمد الخامس"),
        ("وأعلنت جامعة الإمام محمد بن سعود الإسلامية نتائج القبول",
         "جامعة الإمام محمد بن سعود الإسلامية", "محمد بن سعود"),
    ],
)
def test_a_body_named_after_a_person_keeps_the_name(text, body, person):
    out = _tidied(text, [(body, "ORG"), (person, "PERS")])
    assert out.get(body) == "ORG"


def test_an_organisation_inside_another_is_not_offered_apart():
    text = "وقالت بعثة الأمم المتحدة للدعم في ليبيا إن الحوار مستمر"
    out = _tidied(text, [("بعثة الأمم المتحدة للدعم في ليبيا", "ORG"), ("الأمم المتحدة", "ORG"),
                         ("ليبيا", "GPE")])
    assert out == {"بعثة الأمم المتحدة للدعم في ليبيا": "ORG", "ليبيا": "GPE"}


# From entities_heldout21-23's misses, after their blind figures were recorded.


@pytest.mark.parametrize(
    ("text", "model_span", "person"),
    [
        ("في المقابل، وصف رئيس المعارضة يائير لبيد الموازنة بأنها ابتزاز",
         "يائير لبيد", "يائير لبيد"),  # (kept: a name the model ends right)
        ("وعلم أن رئيس الوزراء بنيامين نتنياهو التقى ليلة الأحد زعيم الحركة",
         "بنيامين نتنياهو التقى", "بنيامين نتنياهو"),
        ("وأشار إلى أن الوزير أحمد الحجار أبلغ اللجنة الوزارية بالقرار",
         "أحمد الحجار أبلغ", "أحمد الحجار"),
        ("أنس جابر تعود إلى الملاعب في المنستير", "أنس جابر تعود", "أنس جابر"),
        ("بحث الملف هاتفياً مع الرئيس فلاديمير بوتين ومع الرئيس الأوكراني",
         "فلاديمير بوتين ومع", "فلاديمير بوتين"),
        ("وسجل المهاجم ماتيو ديلاكروا هدفاً في الدقيقة 80", "ماتيو ديلاكروا هدفاً",
         "ماتيو ديلاكروا"),
        ("إلى محافظ المصرف المركزي ناجي عيسى بشأن السيولة", "ناجي عيسى بشأن", "ناجي عيسى"),
    ],
)
def test_the_sentence_after_a_name_is_not_part_of_it(text, model_span, person):
    cut = trim_person(Doc.of(text), _pooled(text, model_span), default_gazetteers())
    assert text[cut.start : cut.end] == person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال وزير الكهرباء زياد علي فاضل إن الخطة جاهزة", "زياد علي فاضل"),
        ("برئاسة رئيس الوزراء بنيامين نتنياهو في القدس", "بنيامين نتنياهو"),
        ("وقال الناقد المغربي سعيد يقطين إن اللجنة فحصت الأعمال", "سعيد يقطين"),
        ("وقال الروائي طارق إمام إن الرواية جديدة", "طارق إمام"),
    ],
)
def test_names_with_words_that_look_like_verbs_or_function_words_stay_whole(text, name):
    span = _pooled(text, name)
    assert trim_person(Doc.of(text), span, default_gazetteers()) == span


@pytest.mark.parametrize(
    "text",
    [
        "بحضور وزير المالية وحاكم مصرف لبنان كريم سعيد، للبحث في الخسائر",
        "بعد الاستماع إلى محافظ مصرف ليبيا المركزي بشأن السيولة",
    ],
)
def test_an_organisation_after_a_bare_title_is_what_it_governs(text):
    assert "مصرف" not in of_type(text, "PERS")


@pytest.mark.parametrize(
    ("text", "model_span"),
    [
        ("والتقى زعيم الحركة في مكتبه بالقدس لضمان دعمها", "مكتبه بالقدس"),
        ("ويشترط الصندوق خفض دعم الكهرباء والوقود", "الصندوق خفض دعم الكهرباء"),
        ("قد تنتهي القضية بعزل زعيم الحزب أوزغور أوزيل", "الحزب أوزغور أوزيل"),
    ],
)
def test_a_generic_head_is_no_name(text, model_span):
    assert _tidied(text, [(model_span, "ORG")]) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("القاهرة - البورصة نيوز أغلقت الشركة جولة التمويل", "البورصة نيوز"),
        ("وقال رئيس الحكومة اللبنانية إن الجلسة ستعقد", "الحكومة اللبنانية"),
        ("وأعلن الاتحاد السعودي لكرة القدم موعد المباراة", "الاتحاد السعودي لكرة القدم"),
    ],
)
def test_a_definite_head_with_its_own_name_stays(text, name):
    assert _tidied(text, [(name, "ORG")]) == {name: "ORG"}


# The operating point with the model (suggest's CONFIRMED_TYPES and MODEL_TYPE_FLOORS).

_COMMITTEE = "وأحال المجلس تعديلات الضريبة العقارية إلى لجنة الخطة والموازنة لدراستها"


def test_a_rule_organisation_the_model_does_not_confirm_is_not_offered():
    text = _COMMITTEE
    assert [text[s.start : s.end] for s in suggest(text, sources=("gazetteers", "patterns"))] == [
        "لجنة الخطة والموازنة"]
    assert suggest(text, sources=SOURCES) == []


def test_what_reviewers_tagged_is_offered_whatever_the_model_says():
    text = _COMMITTEE
    found = suggest(text, sources=SOURCES, learned={"لجنة الخطة والموازنة": {"ORG": 3}})
    assert [(text[s.start : s.end], s.type, s.source) for s in found] == [
        ("لجنة الخطة والموازنة", "ORG", "learned")]


def test_high_level_is_no_name():
    # (seen on the first sample article: رفيع is also a given name)
    text = "في أول زيارة يقوم بها مسؤول سوري رفيع المستوى من الحكومة الجديدة"
    assert trim_person(Doc.of(text), _pooled(text, "رفيع المستوى"), default_gazetteers()) is None


# From entities_heldout27-29's misses, after their blind figures were recorded.


@pytest.mark.parametrize(
    ("text", "model_span", "body"),
    [
        ("لافتاً إلى أن الهيئة الطبية الدولية موّلت تجهيز غرفة للعلاج النهاري",
         "الهيئة الطبية الدولية موّلت تجهيز غرفة", "الهيئة الطبية الدولية"),
        ("فيما مثّل النيابة العامة المدعي العام عمر الزعبي", "النيابة العامة المدعي العام",
         "النيابة العامة"),
    ],
)
def test_an_organisation_ends_where_the_sentence_goes_on(text, model_span, body):
    assert _tidied(text, [(model_span, "ORG")]) == {body: "ORG"}


def test_a_transliterated_word_that_folds_like_a_verb_stays_in_the_name():
    text = "وأن صندوق «جلف أجري كابيتال» الإماراتي سيبيع حصته"
    assert _tidied(text, [("جلف أجري كابيتال", "ORG")]) == {"جلف أجري كابيتال": "ORG"}


def test_a_name_ends_before_the_feminine_of_a_verb_in_alif():
    # (دعا's feminine is دعت, not دعات)
    text = "وفي السياق ذاته، قالت إن الوزيرة ريم سعيد دعت إلى الهدوء"
    cut = trim_person(Doc.of(text), _pooled(text, "ريم سعيد دعت"), default_gazetteers())
    assert text[cut.start : cut.end] == "ريم سعيد"
