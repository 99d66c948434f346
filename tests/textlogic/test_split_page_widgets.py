"""Splitter rules learned from heldout2's failures, each on a text written as another site
would publish it (not heldout2's own lines), with SCHEME.md's zones line by line
(``"related2"`` = a line of related item 2, ``None`` = blank line).

Each rule also gets the page it must not break: a story table is not a ticker, a story
sentence that opens with "للأعلى" or a sub-heading "النتائج" stays body, and so on.
"""
from __future__ import annotations

from fasl.textlogic.split import split_text
from fasl.textlogic.zones import Zone
from splitzones import zones

TITLE = "ارتفاع أسعار الأسمنت في السوق المحلية للمرة الثالثة هذا العام"
LEAD = ("رفعت شركات الأسمنت المحلية أسعار البيع للمستهلك بنسبة ثمانية في المئة اعتبارا من صباح "
        "اليوم الأحد، في ثالث زيادة منذ مطلع العام، مرجعة ذلك إلى ارتفاع تكاليف الطاقة والنقل.")
BODY = ("وقال رئيس شعبة مواد البناء في غرفة التجارة إن الزيادة ستنعكس على أسعار الشقق السكنية "
        "خلال الأشهر المقبلة، مطالبا الحكومة بمراجعة أسعار الوقود المورد للمصانع.")
CLOSE = ("ويتوقع متعاملون في السوق أن تتراجع المبيعات خلال الربع المقبل مع تباطؤ حركة البناء في "
         "المدن الكبرى وارتفاع أسعار الحديد بالتوازي.")
R_TITLE = "الحكومة تدرس خفض رسوم استيراد الحديد"
R_BODY = ("تدرس وزارة التجارة مقترحا بخفض الرسوم الجمركية على واردات حديد التسليح لمدة ستة أشهر، "
          "في محاولة لكبح ارتفاع أسعار مواد البناء في السوق المحلية.")



def confidence_of(text: str, needle: str) -> float:
    at = text.index(needle)
    return next(s.confidence for s in split_text(text) if s.start <= at < s.end)


# -- tables and tickers ------------------------------------------------------------------

def test_a_table_of_figures_in_the_story_is_body_but_a_lone_ticker_is_not() -> None:
    table = ["المؤشر | سبتمبر | أكتوبر | التغير",
             "سعر الطن | 2,450 | 2,650 | 8.2%",
             "المبيعات | 1.2 | 1.1 | -8.3%",
             "الصادرات | 0.4 | 0.45 | 12.5%"]
    text = "\n".join([TITLE, LEAD, *table, BODY, CLOSE])
    assert zones(text) == ["title"] + ["body"] * 7
    ticker = "الدولار 3.75 | اليورو 4.06 | الذهب 285.4 | النفط 82.1"
    text = "\n".join([TITLE, LEAD, BODY, CLOSE, ticker])
    assert zones(text) == ["title", "body", "body", "body", "boilerplate"]


# -- credits -----------------------------------------------------------------------------

def test_a_bracketed_agency_credit_closes_the_story_even_above_the_tags_line() -> None:
    for credit in ("(أ ش أ)", "(وام)", "(كونا)", "(واج)"):
        text = "\n".join([TITLE, LEAD, BODY, CLOSE, credit, "الكلمات الدالة: الأسمنت الأسعار"])
        assert zones(text) == ["title", "body", "body", "body", "source", "tags"], credit


def test_a_bracketed_credit_under_the_date_is_the_photo_credit() -> None:
    text = "\n".join([TITLE, "الأحد 3 نوفمبر 2024", "(أرشيفية)", LEAD, BODY])
    assert zones(text) == ["title", "dateline", "boilerplate", "body", "body"]
    # A name no list knows is a guess from the brackets alone: reviewers see it early.
    text = "\n".join([TITLE, "الأحد 3 نوفمبر 2024", "(جيتي)", LEAD, BODY])
    assert zones(text) == ["title", "dateline", "boilerplate", "body", "body"]
    assert confidence_of(text, "(جيتي)") <= 0.6


def test_the_outlet_name_alone_over_the_date_is_dateline() -> None:
    text = "\n".join([TITLE, "الغد", "نشر: 03 تشرين الثاني 2024", LEAD, BODY])
    assert zones(text) == ["title", "dateline", "dateline", "body", "body"]


def test_a_maghreb_dateline_with_its_hour_is_dateline_but_a_story_hour_is_body() -> None:
    text = "\n".join([TITLE, "الصباح نيوز – الإثنين 4 نوفمبر 2024 على الساعة 09:45", LEAD, BODY])
    assert zones(text) == ["title", "dateline", "body", "body"]
    story = "وفي حدود الساعة العاشرة صباحا تجمع عشرات المقاولين أمام مقر الوزارة للمطالبة بحلول."
    text = "\n".join([TITLE, LEAD, story, CLOSE])
    assert zones(text) == ["title", "body", "body", "body"]


# -- related items and what follows them -------------------------------------------------

def test_a_video_cue_above_the_story_is_no_appended_item() -> None:
    text = "\n\n".join([TITLE, "شاهد بالفيديو: طوابير أمام مصانع الأسمنت", "الأحد 3 نوفمبر 2024",
                        LEAD, BODY, CLOSE])
    assert zones(text) == ["title", None, "boilerplate", None, "dateline", None, "body", None,
                           "body", None, "body"]
    assert confidence_of(text, "شاهد بالفيديو") <= 0.5


def test_a_labelled_tags_line_after_a_related_item_is_the_page_s() -> None:
    text = "\n".join([TITLE, LEAD, BODY, "اقرأ أيضاً:", R_TITLE, R_BODY,
                      "وسوم المقال: الأسمنت مواد البناء الأسعار"])
    assert zones(text) == ["title", "body", "body", "related1", "related1", "related1", "tags"]


def test_emoji_before_a_cue_and_the_masculine_cue_open_items() -> None:
    text = "\n".join([TITLE, LEAD, BODY, "🔴 اقرأ أيضًا:", R_TITLE, R_BODY,
                      "ذو صلة:", "مصانع الأسمنت تطالب بتسعيرة جديدة للغاز"])
    assert zones(text) == ["title", "body", "body", "related1", "related1", "related1",
                           "related2", "related2"]


def test_a_cue_glued_to_its_headline_without_a_space_opens_an_item_with_low_confidence() -> None:
    text = "\n".join([TITLE, LEAD, BODY, "اقرأ أيضاً" + R_TITLE, R_BODY, "تابعونا على تلغرام"])
    assert zones(text) == ["title", "body", "body", "related1", "related1", "boilerplate"]
    assert confidence_of(text, "اقرأ أيضاً") <= 0.5
    # "كذلك" inside a sentence, or the cue with its space, are not this guess
    story = "وطالع كذلك المشاركون تقريرا عن أسعار الحديد قبل أن يصدروا توصياتهم للحكومة."
    assert zones("\n".join([TITLE, LEAD, story, CLOSE])) == ["title", "body", "body", "body"]


def test_back_to_top_after_an_item_is_boilerplate() -> None:
    text = "\n".join([TITLE, LEAD, BODY, "طالع أيضا", R_TITLE, R_BODY, "العودة للأعلى"])
    assert zones(text)[-1] == "boilerplate"
    assert zones(text)[3:6] == ["related1"] * 3


# -- dates inside the story --------------------------------------------------------------

def test_bulleted_schedule_dates_and_live_times_stay_body() -> None:
    schedule = ["وجاء جدول التسليم على النحو التالي:", "- الأحد 10 نوفمبر: المرحلة الأولى",
                "- الأربعاء 13 نوفمبر: المرحلة الثانية", "- الخميس 21 نوفمبر: المرحلة الثالثة"]
    text = "\n".join([TITLE, LEAD, *schedule, CLOSE])
    assert zones(text) == ["title"] + ["body"] * 6
    live = "\n".join([TITLE, "الأحد 3 نوفمبر 2024", LEAD, "14:20", BODY, "13:05", CLOSE])
    assert zones(live) == ["title", "dateline", "body", "body", "body", "body", "body"]


# -- glued share bars and copyright ------------------------------------------------------

def test_a_share_bar_glued_after_the_last_sentence_is_cut_off() -> None:
    last = CLOSE + "شارك: فيسبوك تويتر واتساب"
    text = "\n".join([TITLE, LEAD, last])
    segments = split_text(text)
    bar = text.index("شارك:")
    assert [(s.end, s.label) for s in segments][-2:] == [(bar, Zone.BODY),
                                                        (len(text), Zone.BOILERPLATE)]


def test_a_sentence_naming_social_networks_is_not_a_share_bar() -> None:
    last = "وانتشرت صور الطوابير على مواقع التواصل. وتداول ناشطون المقطع على فيسبوك وتويتر"
    text = "\n".join([TITLE, LEAD, last])
    assert zones(text) == ["title", "body", "body"]


def test_copyright_sign_before_the_notice_glued_to_the_story() -> None:
    text = "\n".join([TITLE, LEAD, CLOSE + "© جميع الحقوق محفوظة لصحيفة الغد 2024"])
    segments = split_text(text)
    assert segments[-1].label == Zone.BOILERPLATE
    assert text[segments[-1].start] == "©"


# -- widgets closing the page ------------------------------------------------------------

def test_widget_buttons_running_to_the_page_end_are_boilerplate_with_low_confidence() -> None:
    text = "\n".join([TITLE, LEAD, BODY, CLOSE, "مشاركة", "واتساب", "تويتر"])
    assert zones(text) == ["title", "body", "body", "body", "boilerplate", "boilerplate",
                           "boilerplate"]
    assert confidence_of(text, "تويتر") <= 0.5


def test_cookie_paywall_comment_and_podcast_widgets() -> None:
    cookie = ("نستخدم ملفات تعريف الارتباط لتحسين تجربتك وتحليل الزيارات، وبمتابعتك التصفح فإنك "
              "توافق على استخدامنا لها وفق سياسة الخصوصية الخاصة بالموقع وشروط الاستخدام.")
    text = "\n".join([TITLE, LEAD, BODY, cookie, "قبول"])
    assert zones(text)[3:] == ["boilerplate", "boilerplate"]
    text = "\n".join([TITLE, LEAD, "هذا التقرير حصري للمشتركين", "اشترك الآن"])
    assert zones(text) == ["title", "body", "boilerplate", "boilerplate"]
    text = "\n".join([TITLE, LEAD, BODY, "3 تعليقات", "ترتيب حسب", "الأحدث", "إضافة تعليق..."])
    assert zones(text)[3:] == ["boilerplate"] * 4
    text = "\n".join([TITLE, LEAD, BODY, "استمع على", "Spotify", "Anghami"])
    assert zones(text)[3:] == ["boilerplate"] * 3


def test_an_audio_player_clock_under_its_button_is_boilerplate() -> None:
    text = "\n".join([TITLE, "الأحد 3 نوفمبر 2024", "استمع إلى الخبر", "00:00 / 03:12", LEAD, BODY])
    assert zones(text) == ["title", "dateline", "boilerplate", "boilerplate", "body", "body"]


def test_a_results_subheading_in_the_story_stays_body() -> None:
    text = "\n".join([TITLE, LEAD, "النتائج", BODY, CLOSE])
    assert zones(text) == ["title", "body", "body", "body", "body"]
