"""Splitter rules learned from the failures of heldout11 and heldout12 (each measured blind
first), each on a page written as another site would publish it (not the sets' own lines),
with the page each rule must not break.
"""
from __future__ import annotations

from fasl.textlogic.split import split_text
from splitzones import zones

TITLE = "بلدية المدينة تطلق مشروعا لتأهيل الحدائق العامة قبل فصل الصيف"
DATE = "الخميس 3 ديسمبر 2026 - 09:15"
LEDE = ("أطلقت البلدية اليوم مشروعا لتأهيل ثلاثين حديقة عامة في أحياء المدينة بكلفة تقارب "
        "خمسة ملايين دينار، على أن تنتهي الأعمال قبل حلول فصل الصيف.")
BODY = ("وقال رئيس البلدية إن المشروع يشمل تجديد الممرات والإنارة وزراعة أشجار محلية "
        "تحتمل الحر وقلة المياه، إلى جانب ملاعب جديدة للأطفال.")


# -- labels over the headline -------------------------------------------------------------------

def test_a_section_path_over_a_short_headline_is_boilerplate() -> None:
    for path in ("منوعات > مطبخ", "استشارات طبية › أمراض القلب"):
        text = "\n".join([path, "", "كعك العيد بالتمر", "", LEDE, BODY])
        assert zones(text) == ["boilerplate", None, "title", None, "body", "body"], path


def test_a_four_word_section_label_over_a_long_headline_is_boilerplate() -> None:
    text = "\n".join(["بطولة الأمم الأفريقية للشباب", "", TITLE, "", DATE, "", LEDE, BODY])
    assert zones(text) == ["boilerplate", None, "title", None, "dateline", None, "body",
                           "body"]


def test_a_four_word_title_over_a_short_second_line_stays_the_title() -> None:
    text = "\n".join(["البلدية تؤهل الحدائق العامة", "ثلاثون حديقة قبل الصيف", LEDE, BODY])
    assert zones(text)[0] == "title"


# -- photo captions -----------------------------------------------------------------------------

def test_a_caption_closed_by_a_photo_credit_after_a_dash_is_boilerplate() -> None:
    caption = "أطفال يلعبون في إحدى الحدائق بعد تأهيلها العام الماضي - تصوير: أحمد سالم"
    text = "\n".join([TITLE, DATE, caption, LEDE, BODY])
    assert zones(text) == ["title", "dateline", "boilerplate", "body", "body"]


def test_a_sentence_with_a_dash_before_the_word_photography_stays_body() -> None:
    line = ("وأعلنت البلدية عن مسابقة للتصوير - تصوير الحدائق بعد تأهيلها بعدسات الهواة "
            "من سكان المدينة")
    text = "\n".join([TITLE, DATE, LEDE, line, BODY])
    assert zones(text) == ["title", "dateline", "body", "body", "body"]


# -- promotions and share rows ------------------------------------------------------------------

def test_follow_the_latest_news_of_a_topic_on_the_site_is_boilerplate() -> None:
    text = "\n".join([TITLE, LEDE, BODY, "تابع أحدث أخبار المحليات على موقعنا"])
    assert zones(text) == ["title", "body", "body", "boilerplate"]


def test_a_labelled_share_row_and_audio_buttons_are_boilerplate() -> None:
    text = "\n".join([TITLE, "استماع | تحميل", LEDE, BODY,
                      "مشاركة الخبر: واتساب - فيسبوك - تويتر - نسخ الرابط"])
    assert zones(text) == ["title", "boilerplate", "body", "body", "boilerplate"]


# -- a link the story gives ---------------------------------------------------------------------

def test_an_address_under_a_line_that_introduces_it_stays_body() -> None:
    text = "\n".join([TITLE, LEDE, "ويمكن للمواطنين تقديم مقترحاتهم عبر الرابط التالي:",
                      "https://baladiya.example.gov/parks", BODY])
    assert zones(text) == ["title", "body", "body", "body", "body"]


def test_a_bare_address_after_the_last_sentence_stays_boilerplate() -> None:
    text = "\n".join([TITLE, LEDE, BODY, "www.baladiya-news.example"])
    assert zones(text) == ["title", "body", "body", "boilerplate"]


# -- an agency's dateline as the first line -----------------------------------------------------

def test_place_date_and_agency_opening_a_page_without_title_is_the_dateline() -> None:
    for line in ("عمّان، 3 ديسمبر، بترا", "الدوحة، 3 ديسمبر 2026 (قنا)"):
        text = "\n".join([line, LEDE, BODY])
        assert zones(text) == ["dateline", "body", "body"], line


def test_a_headline_opening_with_place_and_date_then_words_stays_the_title() -> None:
    text = "\n".join(["غزة، 3 ديسمبر، يوم دام في القطاع المحاصر", LEDE, BODY])
    assert zones(text)[0] == "title"


# -- the writer under the standfirst ------------------------------------------------------------

STANDFIRST = ("بين ضيق الميزانية وحاجة الأحياء الشعبية إلى متنفس، تراهن البلدية على حدائق صغيرة "
              "في كل حي بدل حديقة كبرى واحدة")


def test_the_writers_name_under_the_standfirst_is_the_byline() -> None:
    text = "\n\n".join([TITLE, STANDFIRST, "سلمى الحسيني", DATE, LEDE, BODY])
    assert [z for z in zones(text) if z] == ["title", "body", "dateline", "dateline", "body",
                                             "body"]


def test_a_short_heading_over_a_dated_entry_deep_in_the_story_stays_body() -> None:
    text = "\n".join([TITLE, DATE, LEDE, BODY, "اليوم الأول", "الاثنين 7 ديسمبر 2026",
                      BODY])
    assert zones(text)[4] == "body"


# -- a live blog under the date -----------------------------------------------------------------

def test_the_first_time_stamp_of_a_live_blog_is_the_posts_not_the_dateline() -> None:
    posts = ["الدفاع المدني: إخماد حريق في مستودع قرب المنطقة الصناعية دون إصابات",
             "البلدية: إغلاق جزئي لشارع الجامعة حتى المساء بسبب أعمال الصيانة"]
    text = "\n".join([TITLE, "الخميس 3 ديسمبر 2026", "14:10", posts[0], "13:25", posts[1]])
    assert zones(text) == ["title", "dateline", "body", "body", "body", "body"]


def test_a_time_under_the_date_of_an_ordinary_story_stays_the_dateline() -> None:
    text = "\n".join([TITLE, "الخميس 3 ديسمبر 2026", "09:15", LEDE, BODY])
    assert zones(text) == ["title", "dateline", "dateline", "body", "body"]


# -- a whole page on one line -------------------------------------------------------------------

LONG_STORY = " ".join([LEDE, BODY] * 4)  # a story of some 150 words


def test_read_also_without_colon_on_a_page_scraped_onto_one_line_opens_the_item() -> None:
    item = "اقرأ أيضا افتتاح سوق شعبي جديد في الحي الغربي يضم مئة محل لصغار التجار"
    text = f"{TITLE} {DATE} {LONG_STORY} {item}"
    segments = split_text(text)
    related = [s for s in segments if s.label.value == "related"]
    assert len(related) == 1 and text[related[0].start:related[0].end].strip() == item


def test_read_also_without_colon_after_a_sentence_of_an_ordinary_page_stays_body() -> None:
    line = BODY + " اقرأ أيضا التقرير الكامل الذي نشرته البلدية على موقعها عن خطة الحدائق."
    text = "\n".join([TITLE, DATE, LEDE, line])
    assert zones(text) == ["title", "dateline", "body", "body"]


# -- a share bar on the date's line -------------------------------------------------------------

def test_a_share_bar_scraped_onto_the_date_line_is_cut_off() -> None:
    date = "الخميس 3 ديسمبر 2026"
    text = "\n".join([TITLE, f"{date} شارك: فيسبوك تويتر واتساب", LEDE, BODY])
    segments = split_text(text)
    cuts = [(text[s.start:s.end].strip(), s.label.value) for s in segments[:3]]
    assert cuts == [(TITLE, "title"), (date, "dateline"),
                    ("شارك: فيسبوك تويتر واتساب", "boilerplate")]


def test_a_date_line_ending_in_a_platform_name_it_quotes_keeps_its_words() -> None:
    line = "3 ديسمبر 2026 بث مباشر عبر يوتيوب"
    text = "\n".join([TITLE, line, LEDE, BODY])
    assert all(text[s.start:s.end].strip() != "يوتيوب" for s in split_text(text))


# -- more credit shapes opening the lede --------------------------------------------------------

def _credit(line: str) -> str:
    text = "\n".join([TITLE, line, BODY])
    first = next(s for s in split_text(text) if s.start >= len(TITLE) + 1)
    return text[first.start:first.end] if first.label.value == "dateline" else ""


def test_place_colon_outlet_dash_and_a_slashed_agency_are_the_dateline() -> None:
    for credit in ("عدن: الأيام الجنوبية - ", "عمان: هلا نيوز - ", "نابلس /وفا/ - "):
        assert _credit(credit + LEDE) == credit, credit


def test_place_colon_then_the_ledes_own_dash_stays_body() -> None:
    assert _credit("غزة: الاحتلال يواصل - منذ فجر اليوم - قصف " + LEDE) == ""


def test_watch_and_listen_calls_in_the_plural_are_promotions() -> None:
    for promo in ("شاهدوا البث المباشر لقناتنا على موقعنا", "استمعوا إلى برنامج الصباح يوميا"):
        text = "\n".join([TITLE, LEDE, BODY, promo])
        assert zones(text) == ["title", "body", "body", "boilerplate"], promo


# -- a press release's contacts -----------------------------------------------------------------

def test_press_contacts_under_their_label_keep_their_e_mail_addresses() -> None:
    contacts = ["للاستفسارات الإعلامية:",
                "في عمّان: ليلى حداد، البريد الإلكتروني: lhaddad@example.org",
                "في بيروت: سامر خوري، البريد الإلكتروني: skhoury@example.org"]
    text = "\n".join([TITLE, LEDE, BODY, *contacts])
    assert all(s.label.value == "body" for s in split_text(text)[1:])


def test_a_writers_e_mail_line_after_the_story_stays_boilerplate() -> None:
    text = "\n".join([TITLE, LEDE, BODY, "للتواصل مع الكاتب: nadia@example.com"])
    assert zones(text)[-1] == "boilerplate"


# -- the columnist's bio over a comment form ----------------------------------------------------

def test_a_writers_bio_closing_the_column_over_a_comment_form_is_the_byline() -> None:
    form = ["أضف تعليقك", "التعليق * الاسم *", "إرسال"]
    text = "\n".join([TITLE, LEDE, BODY, "كاتبة وباحثة تونسية", *form])
    assert zones(text)[:4] == ["title", "body", "body", "dateline"]
