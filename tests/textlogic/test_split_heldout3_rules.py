"""Splitter rules learned from heldout3's failures, each on a text written as another site
would publish it (not heldout3's own lines), with SCHEME.md's zones line by line.

Each rule also gets the page it must not break.
"""
from __future__ import annotations

from fasl.textlogic.split import split_text
from splitzones import zones

TITLE = "ارتفاع أسعار الأسمنت في السوق المحلية للمرة الثالثة هذا العام"
LEAD = ("رفعت شركات الأسمنت المحلية أسعار البيع للمستهلك بنسبة ثمانية في المئة اعتبارا من صباح "
        "اليوم الأحد، في ثالث زيادة منذ مطلع العام، مرجعة ذلك إلى ارتفاع تكاليف الطاقة والنقل.")
BODY = ("وقال رئيس شعبة مواد البناء في غرفة التجارة إن الزيادة ستنعكس على أسعار الشقق السكنية "
        "خلال الأشهر المقبلة، مطالبا الحكومة بمراجعة أسعار الوقود المورد للمصانع.")



def pieces(text: str) -> list[tuple[str, str]]:
    return [(str(s.label), text[s.start:s.end].strip()) for s in split_text(text)]


# -- a call to follow a channel glued after the last sentence -----------------------------

def test_a_follow_channel_call_glued_after_a_sentence_is_cut_inside_the_line() -> None:
    short = "وأكد المسؤول أن الأسعار ستعود للاستقرار قريبا."
    text = "\n".join([TITLE, LEAD, short + "تابعونا عبر قناتنا على تيليجرام", BODY])
    got = pieces(text)
    assert got[1][0] == "body" and got[1][1].endswith(short)
    assert got[2] == ("boilerplate", "تابعونا عبر قناتنا على تيليجرام")
    assert zones(text) == ["title", "body", "body", "body"]


def test_a_story_sentence_about_following_on_a_platform_is_not_cut() -> None:
    # Past-tense "تابع" with a platform, ending in a full stop: prose, not a promotion.
    line = "وأعلنت الشركة النتائج في مؤتمر صحفي. تابع آلاف المشاهدين البث المباشر عبر يوتيوب."
    text = "\n".join([TITLE, LEAD, line, BODY])
    assert zones(text) == ["title", "body", "body", "body"]
    assert all(label == "body" for label, _ in pieces(text)[1:])


# -- list headings: sidebar tabs, "مرتبطة" headings, "المزيد حول الموضوع" ------------------

HEADLINES = ["الحكومة تدرس خفض رسوم استيراد الحديد", "مصنع جديد للأسمنت في المنطقة الصناعية",
             "تراجع مبيعات الشقق في الربع الثالث"]
R_LEDE = ("تدرس وزارة التجارة مقترحا بخفض الرسوم الجمركية على واردات حديد التسليح لمدة ستة أشهر، "
          "في محاولة لكبح ارتفاع أسعار مواد البناء في السوق المحلية.")


def test_sidebar_tabs_on_one_line_head_a_list() -> None:
    text = "\n".join([TITLE, LEAD, BODY, "الأحدث | الأكثر تعليقا", *HEADLINES])
    assert zones(text) == ["title", "body", "body"] + ["list"] * 4


def test_a_heading_then_other_words_after_a_bar_is_not_tabs() -> None:
    # A news ticker line that opens with "الأحدث |" then a headline is no tab strip.
    text = "\n".join([TITLE, LEAD, "الأحدث | الحكومة تقر موازنة العام المقبل وسط انتقادات", BODY])
    assert "list" not in zones(text)


def test_linked_articles_heading_over_bare_headlines_is_a_list() -> None:
    text = "\n".join([TITLE, LEAD, BODY, "موضوعات مرتبطة", *HEADLINES])
    assert zones(text) == ["title", "body", "body"] + ["list"] * 4


def test_more_on_the_topic_over_a_headline_and_its_lede_is_a_related_item() -> None:
    text = "\n".join([TITLE, LEAD, BODY, "المزيد عن الموضوع", HEADLINES[0], R_LEDE])
    assert zones(text) == ["title", "body", "body"] + ["related1"] * 3


def test_a_sentence_about_more_on_the_topic_stays_body() -> None:
    line = ("المزيد حول الموضوع ستكشفه اللجنة في تقريرها النهائي الذي يصدر مطلع الشهر المقبل، "
            "بحسب ما قال رئيسها للصحفيين.")
    text = "\n".join([TITLE, LEAD, line, BODY])
    assert zones(text) == ["title", "body", "body", "body"]


# -- widgets and link-backs under the story ------------------------------------------------

def test_rating_and_opinion_widgets_under_the_story_are_boilerplate() -> None:
    text = "\n".join([TITLE, LEAD, BODY, "قيّم هذا الخبر: ★★★☆☆ (3.1 من 5 - 12 صوتا)",
                      "شاركونا رأيكم"])
    assert zones(text) == ["title", "body", "body", "boilerplate", "boilerplate"]


def test_an_aggregators_link_back_to_the_outlet_is_boilerplate_not_a_related_item() -> None:
    text = "\n".join([TITLE, LEAD, BODY, "اقرأ الخبر كاملا من المصدر", "رابط المصدر: alwatan.com"])
    assert zones(text) == ["title", "body", "body", "boilerplate", "boilerplate"]


def test_read_the_story_with_a_headline_is_still_a_related_item() -> None:
    text = "\n".join([TITLE, LEAD, BODY, "اقرأ الخبر: " + HEADLINES[0], R_LEDE])
    assert zones(text) == ["title", "body", "body", "related1", "related1"]


def test_a_wire_end_marker_with_editors_initials_is_boilerplate() -> None:
    for marker in ("(انتهى) م ع/ س ح", "انتهى - ع ب", "(النهاية) أ.ف"):
        text = "\n".join([TITLE, LEAD, BODY, marker])
        assert zones(text) == ["title", "body", "body", "boilerplate"], marker


def test_a_story_line_opening_with_ended_stays_body() -> None:
    line = "انتهى الاجتماع دون اتفاق على موعد الجولة المقبلة من المفاوضات بين الطرفين."
    text = "\n".join([TITLE, LEAD, line, BODY])
    assert zones(text) == ["title", "body", "body", "body"]


def test_a_link_back_glued_to_the_last_sentence_is_cut_inside_the_line() -> None:
    text = "\n".join([TITLE, LEAD, BODY + "طالع الخبر من المصدر الوطن"])
    got = pieces(text)
    assert got[-2][0] == "body" and got[-2][1].endswith(BODY)
    assert got[-1] == ("boilerplate", "طالع الخبر من المصدر الوطن")


def test_a_donation_call_after_a_list_is_boilerplate_not_a_headline() -> None:
    text = "\n".join([TITLE, LEAD, BODY, "موضوعات مرتبطة", *HEADLINES,
                      "ادعم صحافتنا.. تبرع الآن"])
    assert zones(text) == ["title", "body", "body"] + ["list"] * 4 + ["boilerplate"]


def test_a_long_copyright_line_opening_with_the_sign_is_boilerplate() -> None:
    text = "\n".join([TITLE, LEAD, BODY,
                      "© 2024 شركة الوطن للصحافة والطباعة والنشر - جميع المواد تخضع لشروط الاستخدام"])
    assert zones(text) == ["title", "body", "body", "boilerplate"]


def test_a_story_sentence_that_asks_readers_to_support_stays_body() -> None:
    line = ("ودعت الجمعية المواطنين إلى دعم الصحافة المستقلة عبر الاشتراك في الصحف المحلية، "
            "معتبرة أن تراجع مواردها يهدد حق الجمهور في المعرفة.")
    text = "\n".join([TITLE, LEAD, line, BODY])
    assert zones(text) == ["title", "body", "body", "body"]


def test_a_counter_glued_to_the_front_of_the_title_is_cut_off() -> None:
    text = "\n".join(["12 مشاركة" + TITLE, "الأحد 13 أبريل 2025", LEAD, BODY])
    got = pieces(text)
    assert got[0] == ("boilerplate", "12 مشاركة")
    assert got[1] == ("title", TITLE)


def test_a_title_opening_with_a_count_and_a_space_is_not_cut() -> None:
    title = "5 تعليقات غاضبة تشعل الجدل حول قرار رفع أسعار الأسمنت"
    text = "\n".join([title, LEAD, BODY])
    assert pieces(text)[0] == ("title", title)


def test_a_title_opening_with_an_accusative_count_is_not_cut() -> None:
    title = "12 تعليقا على قرار رفع أسعار الأسمنت في السوق المحلية"
    text = "\n".join([title, LEAD, BODY])
    assert pieces(text)[0] == ("title", title)
