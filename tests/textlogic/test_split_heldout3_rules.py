"""Splitter rules learned from heldout3's failures, each on a text written as another site
would publish it (not heldout3's own lines), with SCHEME.md's zones line by line.

Each rule also gets the page it must not break.
"""
from __future__ import annotations

from fasl.textlogic.linegold import segments_to_lines
from fasl.textlogic.split import split_text

TITLE = "ارتفاع أسعار الأسمنت في السوق المحلية للمرة الثالثة هذا العام"
LEAD = ("رفعت شركات الأسمنت المحلية أسعار البيع للمستهلك بنسبة ثمانية في المئة اعتبارا من صباح "
        "اليوم الأحد، في ثالث زيادة منذ مطلع العام، مرجعة ذلك إلى ارتفاع تكاليف الطاقة والنقل.")
BODY = ("وقال رئيس شعبة مواد البناء في غرفة التجارة إن الزيادة ستنعكس على أسعار الشقق السكنية "
        "خلال الأشهر المقبلة، مطالبا الحكومة بمراجعة أسعار الوقود المورد للمصانع.")


def zones(text: str) -> list[str | None]:
    lines, items = segments_to_lines(text, split_text(text))
    return [z if z != "related" else f"related{i}" for z, i in zip(lines, items, strict=True)]


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
