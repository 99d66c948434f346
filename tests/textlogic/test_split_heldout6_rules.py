"""Splitter rules learned from the failures of heldout6 (measured blind first), each on a
text written as another site would publish it (not the set's own lines), with each rule's
must-not-break page.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fasl.textlogic.normalize import skeleton
from fasl.textlogic.split import split_text
from fasl.textlogic.splitcredit import lede_credit
from splitzones import zones

TITLE = "محافظة الشمال تفتتح محطة جديدة لتحلية المياه بطاقة مئة ألف متر مكعب"
LEDE = ("افتتح محافظ الشمال صباح اليوم محطة جديدة لتحلية مياه البحر بطاقة مئة ألف متر مكعب "
        "يوميا، تغطي حاجة أكثر من ثلاثمئة ألف نسمة في القرى الساحلية.")
BODY = ("وقال مدير المشروع إن المحطة تعمل بالطاقة الشمسية بنسبة أربعين في المئة، وإن مرحلتها "
        "الثانية ستنجز قبل نهاية العام المقبل.")



def credit_cut(lede: str) -> str | None:
    """The credit `split_text` cuts off the first paragraph under the title, or None."""
    text = f"{TITLE}\n{lede}"
    segments = split_text(text)
    dated = [s for s in segments if s.label == "dateline"]
    return text[dated[0].start:dated[0].end] if dated else None


# -- a wire credit glued to the lede is the dateline ----------------------------------------

@pytest.mark.parametrize("credit", [
    "صيدا - «الوكالة الوطنية»- ",            # place, quoted outlet, dash
    "الخرطوم – سودان تايمز – ",              # place, plain two-word outlet, dash
    "نابلس - شبكة وطن: ",                   # place, outlet, colon
    "طرابلس، 3 مارس 2025 (وال) -- ",         # place, date, bracketed agency
    "(بي بي سي)-- ",                        # the bracketed agency alone
    "عدن/ عدن الغد/ خاص: ",                  # slashes, closing "خاص"
    "منى السيد - الأهرام - القاهرة: ",        # reporter, outlet, city
    "الدار البيضاء ـ «هسبريس»: ",            # tatweel used as the dash
])
def test_a_wire_credit_glued_to_the_lede_is_cut_as_the_dateline(credit: str) -> None:
    text = f"{TITLE}\n{credit}{LEDE}\n{BODY}"
    segments = split_text(text)
    assert [str(s.label) for s in segments] == ["title", "dateline", "body"]
    assert text[segments[1].start:segments[1].end] == credit
    assert segments[1].confidence <= 0.6  # a guess from the shape: reviewers look at it


@pytest.mark.parametrize("lede", [
    # A speech verb and its aside.
    "قال وزير المياه - في مؤتمر صحفي - إن المحطة الجديدة ستغطي حاجة العاصمة طوال الصيف.",
    # A place and a colon with nothing else: no outlet named, left as it is.
    "القاهرة: شهدت العاصمة أمطارا غزيرة صباح اليوم أدت إلى تعطل حركة المرور في عدة شوارع.",
    # Speech after a colon.
    "قال الوزير: إن الحكومة ماضية في خطتها لإصلاح قطاع الكهرباء رغم الصعوبات المالية الكبيرة.",
])
def test_a_lede_with_its_own_dashes_or_speech_keeps_its_start(lede: str) -> None:
    assert credit_cut(lede) is None


@pytest.mark.parametrize("lede", [
    "الرياض - أعلنت وزارة الصحة - اليوم الأحد - أن حملة التطعيم الموسمية ستبدأ في المدارس.",
    "عمان - أكد وزير المياه - في مؤتمر صحفي - أن المحطة الجديدة ستغطي حاجة العاصمة.",
])
def test_the_ledes_own_asides_stay_out_of_the_place_credit(lede: str) -> None:
    assert credit_cut(lede) == lede[:lede.index("-") + 2]


def test_only_the_first_paragraph_is_read_for_a_credit() -> None:
    later = "دمشق - سانا: " + BODY
    text = "\n".join([TITLE, LEDE, later])
    assert zones(text) == ["title", "body", "body"]


def test_a_title_shaped_like_a_credit_is_not_cut() -> None:
    title = "مصر - السودان: اتفاق على تشغيل خط ملاحي جديد بين الموانئ"
    text = "\n".join([title, LEDE, BODY])
    assert zones(text) == ["title", "body", "body"]
    assert len(split_text(text)) == 2


@given(st.text(alphabet="بيروت -«»():،/ـ–—0123456789\u064b\u200f", max_size=60))
def test_the_credit_reader_never_runs_past_the_line(prefix: str) -> None:
    text = prefix + LEDE
    sk = skeleton(text)
    cut = lede_credit(sk, 0, len(text))
    assert cut is None or 0 < cut < len(text)


# -- share bars and menus on a line of their own ---------------------------------------------

@pytest.mark.parametrize("bar", [
    "شارك: فيسبوك | تويتر | واتساب",
    "مشاركة: فيسبوك تويتر واتساب تيليغرام لينكد إن",
    "شارك الخبر | Facebook | X | WhatsApp | نسخ الرابط",
])
def test_a_share_bar_line_is_boilerplate(bar: str) -> None:
    text = "\n".join([TITLE, LEDE, BODY, bar])
    assert zones(text) == ["title", "body", "body", "boilerplate"]


def test_a_sentence_about_sharing_stays_body() -> None:
    line = "شارك آلاف المواطنين في حملة التشجير على فيسبوك وتويتر خلال عطلة نهاية الأسبوع."
    text = "\n".join([TITLE, LEDE, BODY, line])
    assert zones(text) == ["title", "body", "body", "body"]


def test_a_menu_of_sections_between_bars_is_boilerplate() -> None:
    menu = "الرئيسية | محلية | دولية | رياضية | ثقافية | من نحن | اتصل بنا"
    text = "\n".join([TITLE, LEDE, BODY, menu])
    assert zones(text) == ["title", "body", "body", "boilerplate"]


def test_a_tags_line_of_countries_between_bars_stays_tags() -> None:
    text = "\n".join([TITLE, LEDE, BODY, "وسوم: مصر | السودان | النيل"])
    assert zones(text)[-1] == "tags"


def test_comments_closed_is_boilerplate() -> None:
    text = "\n".join([TITLE, LEDE, BODY, "التعليقات مغلقة."])
    assert zones(text)[-1] == "boilerplate"


# -- a numbered timetable in the story is no dateline ---------------------------------------

def test_numbered_days_of_a_timetable_stay_body() -> None:
    rows = ["1- الأحد: التاريخ", "2- الاثنين: الفيزياء", "3- الثلاثاء: الكيمياء",
            "4- الأربعاء: الأحياء"]
    text = "\n".join([TITLE, LEDE, "وجاء الجدول كما يلي:", *rows, BODY])
    assert zones(text) == ["title"] + ["body"] * 7


def test_a_numbered_list_item_holding_a_full_date_is_still_a_date() -> None:
    text = "\n".join([TITLE, "1- الأحد 12 مايو 2024", LEDE, BODY])
    assert zones(text) == ["title", "dateline", "body", "body"]


# -- a keyword line under a two-word label, glued after the last sentence ---------------------

def test_a_keyword_line_glued_after_the_last_sentence_is_cut_as_tags() -> None:
    last = BODY + " الكلمات المفتاحية تحلية المياه الطاقة الشمسية محافظة الشمال"
    text = "\n".join([TITLE, LEDE, last])
    segments = split_text(text)
    assert [str(s.label) for s in segments] == ["title", "body", "tags"]
    assert text[segments[-1].start:].startswith("الكلمات المفتاحية")


def test_a_sentence_naming_keywords_stays_body() -> None:
    last = BODY + " الكلمات المفتاحية في البحث عن المحطة ارتفعت كثيرا خلال الشهر الماضي."
    text = "\n".join([TITLE, LEDE, last])
    assert [str(s.label) for s in split_text(text)] == ["title", "body"]


def test_one_part_opening_with_an_outlet_word_is_a_credit() -> None:
    assert credit_cut("وكالة الجنوب للأنباء - " + LEDE) == "وكالة الجنوب للأنباء - "
    assert credit_cut("صحيفة الأيام: " + LEDE) == "صحيفة الأيام: "


def test_one_short_part_is_the_place_or_outlet_credit() -> None:
    assert credit_cut("خبرني - " + LEDE) == "خبرني - "
    assert credit_cut("الرباط - (ومع) " + LEDE) == "الرباط - (ومع) "
    assert credit_cut('القدس - "القدس" دوت كوم - ' + LEDE) == 'القدس - "القدس" دوت كوم - '


def test_one_part_of_three_words_or_a_speech_verb_keeps_the_ledes_start() -> None:
    assert credit_cut("وزارة المياه والري - " + LEDE) is None
    assert credit_cut("وقال الوزير - " + LEDE) is None


# -- heldout9 (measured blind first: F1 0.970) -------------------------------------------------

@pytest.mark.parametrize("credit", [
    "الرياض - «الحياة» ",                    # a quoted outlet, then the lede with no dash
    "رام الله / سما / ",                     # slashes between two plain parts
    "طهران/ 1 كانون الاول/ديسمبر/ارنا- ",      # a dated credit of four parts
    "أبوظبي في 14 مايو / وام / ",              # the Gulf agencies' "place في date / agency /"
    "شفق نيوز/ ",                           # one short part before a slash
])
def test_more_credit_shapes_are_cut_as_the_dateline(credit: str) -> None:
    assert credit_cut(credit + LEDE) == credit


def test_a_quoted_name_that_goes_on_to_a_dash_is_one_credit() -> None:
    credit = 'القدس - "القدس" دوت كوم - '
    assert credit_cut(credit + LEDE) == credit


def test_an_outlet_named_after_the_place_with_no_dash_goes_with_the_credit() -> None:
    assert credit_cut("بغداد - موازين نيوز " + LEDE) == "بغداد - موازين نيوز "


# -- heldout10 (measured blind first: F1 0.920) ------------------------------------------------

@pytest.mark.parametrize("credit", [
    "زاد الجنوب الاخباري - ",   # an outlet named by its last word, three words before the dash
    "أخبار الساحل أون لاين - ",
    "أنفاس الجنوب بريس: ",
])
def test_one_part_ending_with_an_outlet_word_is_a_credit(credit: str) -> None:
    assert credit_cut(credit + LEDE) == credit
