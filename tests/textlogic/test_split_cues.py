"""Cue spellings the splitter must recognise (issue #3 point 2), each in a small article.

Scraped Arabic writes one cue many ways: tashkeel and tanween in either order, hamza on or
off the alef, alef maqsura for final yeh, Persian yeh and kaf, tatweel, invisible bidi and
zero-width marks, no-break spaces, Arabic or Latin punctuation and digits.  Every expected
zone list below is what SCHEME.md section 1 says the article is, written line by line:
``"related1"`` is a line of related item 1, ``None`` a whitespace-only line.
"""
from __future__ import annotations

import pytest

from fasl.textlogic.split import split_text
from splitzones import zones

TITLE = "وزارة الصحة تطلق حملة وطنية للتطعيم ضد الحصبة في المدارس"
BODY1 = ("أطلقت وزارة الصحة اليوم الأحد حملة وطنية للتطعيم ضد الحصبة تستهدف أكثر من مليوني "
         "طالب في المدارس الحكومية والخاصة، وتستمر ثلاثة أسابيع.")
BODY2 = ("وقال المتحدث باسم الوزارة إن الفرق الطبية ستزور المدارس وفق جدول معلن مسبقا، داعيا "
         "أولياء الأمور إلى التعاون مع الفرق وتسليم بطاقات التطعيم السابقة.")
REL_TITLE = "الصحة العالمية تحذر من ارتفاع إصابات الحصبة في المنطقة"
REL_BODY = ("حذرت منظمة الصحة العالمية من ارتفاع ملحوظ في عدد إصابات الحصبة خلال الأشهر الأخيرة، "
            "مرجعة ذلك إلى تراجع معدلات التطعيم بعد الجائحة في عدد من الدول.")



def assert_segment_starts_on_content(text: str) -> None:
    for seg in split_text(text)[1:]:
        assert not text[seg.start].isspace(), (seg, text[seg.start:seg.start + 20])


RELATED_CUES = [
    "اقرأ أيضاً:",            # tanween fatha before the alef
    "اقرأ أيضًا:",            # tanween after the yeh, alef last
    "اقرأ ايضا",              # no hamza, no colon
    "إقرأ أيضاً:",            # hamza below
    "اِقْرَأْ أَيْضًا:",        # full tashkeel
    "اقـــرأ أيضـــاً:",        # tatweel
    "اقرأ\u00a0أيضاً:",       # no-break space
    "اقرأ أيضاً\u00a0:",      # no-break space before the colon
    "\u200fاقرأ أيضاً:\u200f",  # right-to-left marks around it
    "\u202bاقرأ أيضا:\u202c",  # bidi embedding
    "اقرأ\u200c أيضا\u200d:",  # zero-width non-joiner / joiner
    "\ufeffاقرأ أيضا:",       # stray BOM from a concatenated file
    "اقرأ أیضاً:",            # Persian yeh
    "اقرأ أيضا :",            # space before the colon
    "- اقرأ أيضا -",
    "« اقرأ أيضا »",
    "اقرأ أيضا...",
    "اقرأ أيضا>>",
    "اقرأ أيضا|",
    "أخبار ذات صلة:",
    "اخبار ذات صله",          # no hamza, heh for taa marbuta
    "أخبـار ذات صلـة",         # tatweel
    "مواضيع ذات صلة",
    "طالع أيضا:",
    "شاهد أيضاً:",
    "قد يهمك أيضاً:",
    "اقرأ کذلک:",             # Persian kaf
    "Read also:",
    "READ MORE:",
]


@pytest.mark.parametrize("cue", RELATED_CUES)
def test_related_cue_variants_open_an_item(cue: str) -> None:
    text = "\n".join([TITLE, BODY1, BODY2, cue, REL_TITLE, REL_BODY])
    assert zones(text) == ["title", "body", "body", "related1", "related1", "related1"]


@pytest.mark.parametrize("cue", ["اقرأ أيضاً:", "إقرأ أيضًا", "اقـرأ أيضاً:"])
def test_cue_variants_in_blank_line_layout_with_crlf_and_nbsp_lines(cue: str) -> None:
    """Windows line ends, and a lone no-break-space line that belongs to the body before it."""
    text = "\r\n".join([TITLE, "", BODY1, "\u00a0", BODY2, " \u00a0 ", cue, "", REL_TITLE, "",
                        REL_BODY, ""])
    assert zones(text) == ["title", None, "body", None, "body", None, "related1", None,
                           "related1", None, "related1", None]
    assert_segment_starts_on_content(text)
    segs = split_text(text)
    related = [s for s in segs if s.label == "related"]
    assert len(related) == 1 and related[0].start == text.index(cue)


DATELINES = [
    "تاريخ النشر: ١٢ مايو ٢٠٢٤ - ١٠:٣٠ ص",          # Arabic-Indic digits
    "تاريخ النشر: ۱۲ مايو ۲۰۲۴",                    # Persian digits
    "نشر فى: الأحد، 12/05/2024 - 10:30 مساءً",      # alef maqsura in "فى", Arabic comma
    "آخر تحديث: 2024-05-12 14:05 GMT",
    "اخر تحديث : الأحد 12 مايو 2024",
    "تاريـخ النشـر: 26th, October 2023 GMT",        # tatweel, Latin ordinal
    "الأحد 4 ذو القعدة 1445 هـ - 12 مايو 2024",      # Hijri month
    "الأحد 4 ذى القعدة 1445 هـ",                    # Hijri month with alef maqsura
    "\u200fالخميس ١٨ نيسان ٢٠٢٤\u200f",             # Levantine month, bidi marks
]


@pytest.mark.parametrize("dateline", DATELINES)
def test_dateline_variants(dateline: str) -> None:
    text = "\n".join([TITLE, dateline, BODY1, BODY2])
    assert zones(text) == ["title", "dateline", "body", "body"]


SOURCES = [
    "المصدر: وكالة الأنباء الأردنية (بترا)",
    "المصـــدر: الأهرام",                # tatweel
    "\u200fالمصدر:\u00a0سكاي نيوز عربية",  # RLM and no-break space
    "المصدر – رويترز",                   # en dash
    "المصدر : وكالات",
    "مصدر الخبر: بوابة الأهرام",
    "نقلاً عن: الشرق الأوسط",
    "المَصْدَرُ: اليوم السابع",           # tashkeel
]


@pytest.mark.parametrize("source", SOURCES)
def test_source_line_variants(source: str) -> None:
    text = "\n".join([TITLE, BODY1, BODY2, source])
    assert zones(text) == ["title", "body", "body", "source"]


TAGS = [
    "کلمات دلالیة: الولایات المتحدة إطلاق النار",  # Persian kaf and yeh (as in the samples)
    "كلماتٌ دلاليةٌ: الصحة الحصبة",                 # tanween
    "الكلمات الدالة: الصحة، الحصبة، التطعيم",
    "وسوم: #الصحة #التطعيم",
    "Tags: الصحة، التطعيم",
    "هاشتاغ: #الصحة #الحصبة",                       # Levantine غ for the g of "hashtag"
]


@pytest.mark.parametrize("tags", TAGS)
def test_tags_line_variants(tags: str) -> None:
    text = "\n".join([TITLE, BODY1, BODY2, "المصدر: الوطن", tags])
    assert zones(text) == ["title", "body", "body", "source", "tags"]


@pytest.mark.parametrize("heading", ["مقالات مشابهة", "الأكثر قراءة", "الاكثر قراءه",
                                     "مواضيع أخرى", "مواضيع اخرى", "مواضيع اخري", "اخترنا لك:",
                                     "ربما فاتك", "المزيد حول هذه القصة", "مقالات الكاتب"])
def test_list_heading_variants(heading: str) -> None:
    """Hamza dropped, heh for taa marbuta, alef maqsura written as yeh (and the reverse)."""
    headlines = ["• الأرصاد تتوقع أمطارا غزيرة على المناطق الشمالية",
                 "• ارتفاع أسعار الذهب في التعاملات المسائية",
                 "• منتخب الشباب يتأهل إلى نصف نهائي البطولة العربية"]
    text = "\n".join([TITLE, BODY1, BODY2, heading, *headlines])
    assert zones(text) == ["title", "body", "body", "list", "list", "list", "list"]


PROMOS = [
    "تابع أحدث الأخبار عبر تطبيق",
    "إنضم لقناة النيلين على واتساب",
    "انضم لقناتنا على تيليجرام",
    "تابعونا على فيسبوك وتويتر",
    "حمّل تطبيق المصري اليوم",
    "جميع الحقوق محفوظة © 2024",
    "شارك",
    "\u200fتابـعـونا على إنستغرام\u200f",
]


@pytest.mark.parametrize("promo", PROMOS)
def test_promo_lines_after_the_story_are_boilerplate(promo: str) -> None:
    text = "\n".join([TITLE, BODY1, BODY2, promo])
    assert zones(text) == ["title", "body", "body", "boilerplate"]


# -- lexicon families beyond the dev set ------------------------------------------------------

@pytest.mark.parametrize("promo", [
    "📲 تابعوا سبوتنيك عربي على تليغرام لمعرفة آخر الأخبار أولاً بأول",
    "✈️ تابعونا على تيليقرام ليصلكم كل جديد",
    "تابعوا أخبار سانا على تلغرام https://t.me/SyrianArabNewsAgency",
    "انضموا إلى قناتنا على التليجرام",
])
def test_social_promotion_in_regional_spellings_with_emoji_or_link(promo: str) -> None:
    text = "\n".join([TITLE, BODY1, BODY2, promo])
    assert zones(text) == ["title", "body", "body", "boilerplate"]


@pytest.mark.parametrize("linkback", [
    f"ظهر المقال {TITLE} أولاً على هسبريس.",
    f"ظهرت المقالة {TITLE} أولاً على النيلين.",
    "The post Measles vaccination campaign starts in schools appeared first on Hespress.",
])
def test_feed_link_back_lines_are_boilerplate(linkback: str) -> None:
    text = "\n".join([TITLE, BODY1, BODY2, linkback])
    assert zones(text) == ["title", "body", "body", "boilerplate"]


def test_bbc_story_box_links_heading_and_disclaimer() -> None:
    text = "\n\n".join([TITLE, BODY1, BODY2, "المزيد حول هذه القصة", REL_TITLE,
                        "كيف تعمل اللقاحات في جسم الإنسان؟", "روابط ذات صلة على الإنترنت",
                        "بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية."])
    assert zones(text) == ["title", None, "body", None, "body", None, "list", None, "list",
                           None, "list", None, "boilerplate", None, "boilerplate"]


def test_share_bar_glued_to_the_lede_without_a_space_is_cut_after_its_last_word() -> None:
    text = "\n".join([TITLE, "مشاركة الخبر طباعة" + BODY1, BODY2])
    segments = split_text(text)
    assert [str(s.label) for s in segments] == ["title", "boilerplate", "body"]
    assert text[segments[2].start:].startswith(BODY1)


@pytest.mark.parametrize("widget", ["+ الخط -", "- الخط +", "A- A A+", "حجم الخط"])
def test_font_size_widget_under_the_title_is_boilerplate(widget: str) -> None:
    text = "\n".join([TITLE, widget, BODY1, BODY2])
    assert zones(text) == ["title", "boilerplate", "body", "body"]


@pytest.mark.parametrize(("before", "after"), [
    (["استمع إلى المقال", "4 دقائق للقراءة"], []),
    ([], ["النشرة الإخبارية", "اشترك في نشرتنا البريدية لتصلك أهم الأخبار صباح كل يوم"]),
    ([], ["هذا المحتوى للمشتركين فقط", "لديك حساب بالفعل؟ سجل الدخول"]),
    ([], ["نستخدم ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في تصفح الموقع فإنك توافق "
          "على سياسة الخصوصية.", "موافق"]),
    ([], ["المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الصحيفة"]),
])
def test_page_widgets_around_the_story_are_boilerplate(before: list[str], after: list[str]) -> None:
    text = "\n".join([*before, TITLE, BODY1, BODY2, *after])
    assert zones(text) == ["boilerplate"] * len(before) + ["title", "body", "body"] + (
        ["boilerplate"] * len(after))


def test_story_sentences_with_widget_words_are_not_cut() -> None:
    sentences = [
        "وأظهر استطلاع رأي أجرته الوزارة أن سبعين في المئة من أولياء الأمور يؤيدون الحملة.",
        "وقال الوزير في بث مباشر على التلفزيون الرسمي إن اللقاح آمن ومجاني لجميع الطلاب.",
        "ولفت إلى أن الوزارة لا تتحمل أي مسؤولية عن تأخر الأسر في تسجيل أبنائها.",
    ]
    text = "\n".join([TITLE, BODY1, *sentences, BODY2])
    assert zones(text) == ["title"] + ["body"] * (len(sentences) + 2)
