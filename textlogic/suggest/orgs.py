"""Organisations found from how news text names them, beyond the shipped lists.

No list holds every ministry, court, agency or newspaper, but Arabic news names them in a
few fixed ways, used here:

- a head noun and its genitive or adjective chain: ``وزارة الزراعة والإصلاح الزراعي``,
  ``المؤسسة السورية للحبوب``, ``محكمة جنايات القاهرة``, ``قوات الاحتلال الإسرائيلي``;
- datelines and source lines (`fasl.textlogic.suggest.credits`): ``دبي - البيان``,
  ``إسطنبول/ الأناضول``, ``جرش 24 تموز (بترا) -``, ``المصدر: الوطن``;
- a quoted name in a position only an organisation takes (``شركة «تويوتا»``) and an
  acronym or short name right after one (``منظمة الصحة العالمية (WHO)``):
  `fasl.textlogic.suggest.quoted`.

Everything here is typed ORG with the ``patterns`` source.  Spans never include attached
proclitics (``باتحاد الصناعات`` → ``اتحاد الصناعات``).
"""
from __future__ import annotations

import bisect
from collections.abc import Collection

from fasl.textlogic.clitics import clitic_splits
from fasl.textlogic.normalize import fold, fold_with_offsets
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.names import STOPWORDS

SOURCE = "patterns"

# Folded head nouns that begin an organisation's name when a qualifier follows them.
HEADS = frozenset(fold(w) for w in [
    "وزارة", "هيئة", "الهيئة", "مؤسسة", "المؤسسة", "شركة", "منظمة", "المنظمة", "وكالة",
    "مجلس", "المجلس", "لجنة", "بنك", "البنك", "جامعة", "محكمة", "نقابة", "اتحاد", "دائرة",
    "مفوضية", "المفوضية", "المركز", "المرصد", "الديوان", "ديوان", "حزب",
    "حركة", "جمعية", "النادي", "نادي", "المنتخب", "منتخب", "بورصة", "قوات", "جيش", "الجيش",
    "الحكومة", "حكومة", "صندوق", "بلدية", "أكاديمية", "معهد", "المعهد", "صحيفة", "قناة",
    "إذاعة", "مجموعة", "الصندوق", "الوكالة", "الاتحاد", "الحزب",
    # administrations and banks as Arab states name them: مديرية المرور، أمانة بغداد،
    # مصرف لبنان، شرطة البصرة، مكتب تنسيق الشؤون الإنسانية، اللجنة القانونية (not إدارة,
    # قيادة or شبكة: "management of", "leadership of", "network of" far more often)
    "مصرف", "المصرف", "مديرية", "المديرية", "أمانة", "مكتب", "اللجنة", "المندوبية",
    "مندوبية", "شرطة", "الجمعية", "البورصة", "الجامعة", "محكمة", "المحكمة", "النيابة",
    "راديو", "تحالف", "الشركة", "البنك",
    # airlines, embassies, authorities, broadcasters, statistics and competition bodies,
    # coordination offices (الخطوط الجوية التركية، السفارة السودانية، سلطة المياه
    # الفلسطينية، تلفزيون سوريا، جهاز حماية المنافسة، المنسقية العامة للنازحين); a
    # definite head still needs a naming adjective after it (not الجهاز الفني، الجهاز
    # المصرفي، الإدارة الفرنسية: staff, sector and government, so those two stay out)
    "الخطوط", "السفارة", "سفارة", "سلطة", "تلفزيون", "التلفزيون", "جهاز", "المنسقية",
])
# Nouns that, joined by و after a name, begin a second body rather than go on the first
# (وزارة السياحة والآثار والكنيسة القبطية، وزارة التجارة ووحدة التحريات المالية); too
# plain to start a name on their own.
SECOND_HEADS = frozenset(fold(w) for w in [
    "الكنيسة", "كنيسة", "وحدة", "الوحدة", "السلطة", "سلطة", "الشرطة", "النقابة", "الهلال",
    "المفوضية", "الأكاديمية", "البرلمان", "الجهاز", "جهاز", "القوات", "الأمم",
    "القنصلية", "قنصلية", "العصبة", "الرقابة",
])
# Governing boards: مجلس إدارة البنك الأهلي is the bank's board; the organisation is the
# bank.  Alone (مجلس الإدارة، مجلس الأمناء، لجنة التحكيم) they name no organisation.
_BOARD_HEADS = frozenset(fold(w) for w in ["مجلس", "المجلس", "لجنة", "اللجنة"])
_BOARDS = frozenset(fold(w) for w in ["إدارة", "أمناء", "الإدارة", "الأمناء", "التحكيم", "تحكيم"])
# دائرة سرت (an electoral district) is the place, not an organisation.
_DISTRICT = fold("دائرة")
# Definite heads that a nationality alone only describes (الشركة الصينية "سي أس سي أو سي").
_GENERIC_DEFINITE = frozenset(fold(w) for w in ["الشركة", "المؤسسة", "المجموعة"])
# A league's groups are named by the compass (مجموعة الشرق، مجموعة الغرب): no organisation.
_GROUP_HEADS = frozenset(fold(w) for w in ["مجموعة", "المجموعة"])
_COMPASS = frozenset(fold(w) for w in ["الشرق", "الغرب", "الشمال", "الجنوب", "الوسط"])
# A king's ordinal after his name goes on an institution named for him.
_REGNAL = frozenset(fold(w) for w in [
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
])
# Definite heads whose nisba names a place (النادي الإسماعيلي), not a description.
_TEAM_HEADS = frozenset(fold(w) for w in ["النادي", "المنتخب"])
# Heads that are everyday nouns too (movement, circle): a name needs more than a plain noun.
AMBIGUOUS_HEADS = frozenset(fold(w) for w in ["حركة", "دائرة"])
# Words that end a name even though they look like its next word.
_ENDERS = frozenset(fold(w) for w in [
    "اليوم", "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    "السبت", "الماضي", "الماضية", "الجاري", "الجارية", "الحالي", "الحالية", "المقبل",
    "المقبلة", "القادم", "السابق", "السابقة", "الذي", "التي", "الذين", "الكلمات", "الوسوم",
    "المشغلة", "المعنية", "المختصة", "نفسها", "ذاتها", "الأخير", "الأخيرة", "الأول", "الأولى",
    "الثاني", "الثانية", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
    "العاشر", "المقرر", "المقررة",
    # calendar words: the sentence's time after the name (اتحاد عنابة الأسبوع المقبل)
    "الأسبوع", "الأسبوعين", "الشهرين",
])
# Adjectives that go on naming an organisation after its first qualifier (الهيئة العامة
# للأرصاد الجوية); any other word after the first qualifier ends the name, because in
# ``اعتمدت وزارة التربية والتعليم التقويم`` the next word is the verb's object.
_NAME_ADJECTIVES = frozenset(fold(w) for w in [
    "الوطني", "الوطنية", "العام", "العامة", "العليا", "الأعلى", "الدولي", "الدولية",
    "العالمي", "العالمية", "المركزي", "المركزية", "الجوية", "الصحي", "الصحية", "الزراعي",
    "الزراعية", "التقليدية", "الإخبارية", "الدستوري", "الدستورية", "المدنية", "المدني",
    "الملكي", "الملكية", "الرياضي", "الرياضية", "الاتحادية", "الاتحادي", "المتحدة", "الأهلي",
    "الأهلية", "الفضائية", "الشعبية", "الشعبي", "الإسلامية", "الإسلامي", "العربية", "العربي",
    "الفيدرالي", "الفيدرالية", "الاقتصادي", "الاقتصادية", "الاجتماعي", "الاجتماعية",
    "الخارجية", "الداخلية", "الإقليمي", "الإقليمية", "المستقلة", "العسكري", "العسكرية",
    # closing words of long official names (البنك الأهلي المتحد، سلطة منطقة العقبة الاقتصادية
    # الخاصة، المنطقة الحرة، الهيئة العامة للقوى العاملة، اللجنة الدولية المشتركة)
    "المتحد", "الخاصة", "الحرة", "العاملة", "المشتركة", "الصغيرة", "المتوسطة",
])
_PREPOSITIONS = frozenset(fold(w) for w in ["في", "على", "إلى", "من", "عن", "مع", "ب"])
VERB_PREFIXES = ("ي", "ت", "س")


def _reading(doc: Doc, index: int, keys: frozenset[str]) -> tuple[str, int] | None:
    """(folded word, original start) of word ``index`` as is or without proclitics, if in keys."""
    word = doc.words[index]
    if word.folded in keys:
        return word.folded, word.start
    for length, elided in clitic_splits(word.folded):
        rest = word.folded[length:]
        if rest in keys or (elided and "ا" + rest in keys):
            _, offsets = fold_with_offsets(doc.text[word.start : word.end])
            return rest if rest in keys else "ا" + rest, word.start + offsets[length]
    return None


def _is_article_word(folded: str) -> bool:
    return folded.startswith("ال") and len(folded) >= 4 and folded not in _ENDERS


def _written_article(doc: Doc, index: int) -> bool:
    """The word really starts with the article, not a folded hamza (ألمانية)."""
    word = doc.words[index]
    return doc.text[word.start : word.start + 2] == "\u0627\u0644"


def _genitive_article(folded: str) -> bool:
    """للأرصاد (ل + the article, its alef elided) or والري (و + the article)."""
    if folded.startswith("لل"):
        return _is_article_word("ا" + folded[1:])
    return folded.startswith("وال") and _is_article_word(folded[1:])


def _continues(doc: Doc, index: int, gazetteers: Gazetteers, first: bool) -> int:
    """How many words at ``index`` continue an organisation's name (0: it ends before).

    ``first``: the word is the name's first qualifier, right after the head (or its
    construct noun); only there may any article word, a listed place or organisation follow.
    """
    words = doc.words
    folded = words[index].folded
    if folded in _REGNAL and index and words[index - 1].gap_is_space:
        before = words[index - 1].folded
        if before in gazetteers.given_names or before[2:] in gazetteers.given_names:
            return 1  # صندوق الحسن الثاني، جامعة محمد السادس: a king's ordinal
    if folded in STOPWORDS or folded in _ENDERS or any(c.isdigit() for c in folded):
        return 0
    if folded[:1] == "و" and (folded[1:] in HEADS or folded[1:] in SECOND_HEADS):
        return 0  # ونادي، والنادي، والكنيسة، ووحدة: a second organisation begins
    if folded.startswith("وال"):
        hit = gazetteers.index.match_at(doc, index)
        if hit is not None and hit[2].type == "ORG" and hit[0] > words[index].start:
            return 0  # والأمم المتحدة، والهلال الأحمر: a listed organisation after و
    if _genitive_article(folded):
        after = words[index + 1].folded if index + 1 < len(words) else ""
        if folded.startswith("لل") and after in _PREPOSITIONS and not (
                index and (words[index - 1].folded in _NAME_ADJECTIVES
                           or (_nationality_at(doc, index - 1, gazetteers)
                               and not words[index].gap_is_space))):
            return 0  # للسير في: a purpose, not a name's genitive (but الهيئة العامة
            # للترفيه في، البنك الأوروبي للاستثمار، على: after a naming adjective, or a
            # nationality and a comma, the remit; الاتحاد الأوروبي للحد من is a purpose)
        return 1  # للأرصاد, والري
    hit = gazetteers.index.match_at(doc, index)
    if hit is not None and hit[0] == words[index].start and (
            (hit[2].type == "NORP" and _written_article(doc, index))
            or (first and hit[2].type in ("GPE", "ORG"))):
        return len(doc.words_within(words[index].start, hit[1]))
    if _is_article_word(folded) and _written_article(doc, index):
        plural = folded.endswith(("ين", "ون"))
        return 1 if (first and not plural) or folded in _NAME_ADJECTIVES else 0
    if (folded.startswith("ل") and len(folded) >= 4 and index + 1 < len(words)
            and words[index].gap_is_space and (_is_article_word(words[index + 1].folded)
                                               or _listed_place(doc, index + 1, gazetteers))):
        return 2  # لإدارة النقد, المجلس المركزي لمصرف لبنان
    if (folded.startswith("لت") and len(folded) >= 5 and index + 2 < len(words)
            and index > 0 and words[index - 1].folded in _NAME_ADJECTIVES
            and words[index].gap_is_space and words[index + 1].gap_is_space
            and not _is_article_word(words[index + 1].folded)
            and words[index + 1].folded not in STOPWORDS
            and not any(c.isdigit() for c in words[index + 1].folded)
            and _is_article_word(words[index + 2].folded)):
        return 3  # الوكالة الوطنية لتثمين موارد المحروقات: ل + a تفعيل noun + its genitive
    return 0


def _listed_place(doc: Doc, index: int, gazetteers: Gazetteers) -> bool:
    """Is word ``index`` exactly a listed one-word place (لبنان in لمصرف لبنان)?"""
    hit = gazetteers.index.match_at(doc, index)
    word = doc.words[index]
    return hit is not None and hit[2].type == "GPE" and (hit[0], hit[1]) == (word.start, word.end)


def _names_itself(doc: Doc, start: int, end: int, gazetteers: Gazetteers) -> bool:
    """Do words ``start:end`` name something: a word without the article (حركة حماس),
    or a last word that is a nisba or a nationality (حركة المقاومة الإسلامية)?"""
    if end <= start:
        return False
    if any(not doc.words[i].folded.startswith(("ال", "وال", "لل")) for i in range(start, end)):
        return True
    last = doc.words[end - 1].folded
    return _nisba(doc, end - 1) or (last.startswith("ال") and _adjective_like(
        doc, end - 1, gazetteers, naming=True))


def _second_entity(doc: Doc, head: int, index: int, gazetteers: Gazetteers) -> bool:
    """Does word ``index``, after a name complete in ``[head, index)``, join a second body
    with و rather than continue the name?  The name is complete when it ends in a nisba
    (الأوروبي، الفلسطينية) or is listed as a whole (مجلس الوزراء); the و-word is then a
    listed place or organisation (والولايات المتحدة، واليابان).  (A second body's plain head
    word, والقنصلية الفرنسية, is one of `SECOND_HEADS`.)"""
    words = doc.words
    folded = words[index].folded
    if not folded.startswith("و") or len(folded) < 4:
        return False
    whole = gazetteers.index.match_at(doc, head)
    complete = _nisba(doc, index - 1) or (
        whole is not None and whole[2].type == "ORG" and whole[1] == words[index - 1].end)
    if not complete:
        return False
    hit = gazetteers.index.match_at(doc, index)
    return hit is not None and hit[2].type in ("GPE", "ORG") and hit[0] > words[index].start


def _nisba(doc: Doc, index: int) -> bool:
    """A nisba adjective written with the article (الأولية، الصحي), not an ender."""
    folded = doc.words[index].folded
    return (_is_article_word(folded) and _written_article(doc, index)
            and folded.endswith(("ي", "يه")) and not folded.endswith("اءي"))


def _adjective_like(doc: Doc, index: int, gazetteers: Gazetteers, naming: bool = False) -> bool:
    """Can word ``index`` qualify a definite head (الهيئة الملكية, المجلس الوطني, للأرصاد)?

    A definite noun is never in construct, so what follows it in a name is an adjective:
    a listed one, a nisba (ends in ي / ية) or a nationality; or a genitive with ل.  With
    ``naming``, right after a generic definite head (الحكومة، الهيئة), only what makes it a
    name counts: a listed naming adjective, a nationality or a genitive, not any nisba
    (``الحكومة الائتلافية``, ``الهيئة الإدارية`` describe, they do not name).
    """
    folded = doc.words[index].folded
    if folded in _NAME_ADJECTIVES or (not naming and folded.endswith(("ي", "يه", "يا"))):
        return True
    if _genitive_article(folded):
        return True
    hit = gazetteers.index.match_at(doc, index)
    return hit is not None and hit[2].type == "NORP"


_CLUB = fold("نادي")


def _nationality_at(doc: Doc, index: int, gazetteers: Gazetteers) -> bool:
    hit = gazetteers.index.match_at(doc, index)
    return hit is not None and hit[2].type == "NORP" and hit[0] == doc.words[index].start


def _title_at(doc: Doc, index: int, gazetteers: Gazetteers) -> bool:
    """Does a listed title (OCC) start at word ``index`` (رئيس الوزراء، القاضي)?"""
    hit = gazetteers.index.match_at(doc, index)
    return hit is not None and hit[2].type == "OCC" and hit[0] == doc.words[index].start


def _construct_noun(doc: Doc, index: int, gazetteers: Gazetteers) -> bool:
    """A bare noun in construct after the head: جنايات in محكمة جنايات القاهرة."""
    words = doc.words
    folded = words[index].folded
    if (folded.startswith("ال") or folded in STOPWORDS or folded.startswith(VERB_PREFIXES)
            or any(c.isdigit() for c in folded) or index + 1 >= len(words)
            or not words[index].gap_is_space):
        return False
    if folded[:1] in "بكفول" and len(folded) >= 4 and folded not in HEADS:
        return False  # بزيادة, وقيادات: a proclitic, not a name's noun
    if _title_at(doc, index, gazetteers):
        return False  # حكومة رئيس الوزراء: the head's holder, not the name
    nxt = words[index + 1].folded
    hit = gazetteers.index.match_at(doc, index + 1)
    listed_place = hit is not None and hit[2].type == "GPE" and hit[0] == words[index + 1].start
    article = _is_article_word(nxt) and _written_article(doc, index + 1)
    return (article and not nxt.endswith(("ين", "ون"))) or listed_place


def head_organisations(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """``head + qualifiers`` names: وزارة الصحة والسكان، بنك الجزائر، مؤسسة مطارات دبي."""
    out = []
    words = doc.words
    index = 0
    while index < len(words):
        reading = _reading(doc, index, HEADS)
        if reading is None:
            index += 1
            continue
        _, start = reading
        end = index + 1
        if (reading[0] in _BOARD_HEADS and end < len(words) and words[index].gap_is_space
                and words[end].folded in _BOARDS):
            index = end + 1  # مجلس إدارة البنك: the body is what follows, if anything
            continue
        if (reading[0] == _DISTRICT and end < len(words) and words[index].gap_is_space
                and _listed_place(doc, end, gazetteers)):
            index = end + 1  # عن دائرة سرت: an electoral district
            continue
        if (words[index].gap_is_space and end < len(words) and not reading[0].startswith("ال")
                and _construct_noun(doc, end, gazetteers)):
            end += 1  # محكمة جنايات القاهرة; a definite head (المفوضية عماد) is in no construct
        first = True
        first_is_construct = end == index + 2  # مكتب تنسيق الشؤون: the qualifier's genitive
        after_genitive = False
        club_country = False
        in_list = False
        first_qualifier = -1
        # للجنة الوطنية: ل + the article (its alef elided) + the head, a definite head too
        elided = words[index].folded.startswith("لل") and reading[0] in (
            words[index].folded[1:], "ا" + words[index].folded[1:])
        definite = (words[index].folded.startswith("ال") or elided) and end == index + 1
        while end < len(words) and words[end - 1].gap_is_space:
            folded = words[end].folded
            if _title_at(doc, end, gazetteers):
                break  # محكمة الاستئناف القاضي ...: a title starts the next phrase
            if (end > index + 1 and reading[0] == _CLUB and not words[end - 1].folded.startswith("ال")
                    and _nationality_at(doc, end, gazetteers)):
                club_country = True
                break  # نادي رين الفرنسي: the country describes the club (نادي الأسير الفلسطيني keeps it)
            if not first and _second_entity(doc, index, end, gazetteers):
                break  # الاتحاد الأوروبي والولايات المتحدة: و joins another body
            step = _continues(doc, end, gazetteers, first)
            if step and first and definite and folded.startswith("وال"):
                step = 0  # الجيش والقوة المشتركة: a definite head is complete, و adds another
            if (not step and end - 1 == first_qualifier and _nisba(doc, end)
                    and not folded.endswith(("يين", "يون"))):
                step = 1  # اتحاد الغرف التجارية, لجنة التسعير التلقائي: the qualifier's adjective
            if step and first and definite and not _adjective_like(
                    doc, end, gazetteers, naming=words[index].folded not in _TEAM_HEADS):
                step = 0  # الهيئة السكان, الحكومة الائتلافية: a noun or a plain description
            if (step >= 2 and not first and words[end].folded.startswith("ل")
                    and (not _adjective_like(doc, end - 1, gazetteers)
                         or (not definite and end - 1 == index + 1))):
                step = 0  # وزارة الداخلية لتأمين المراكز: a purpose after a complete name
            if (not step and not first and _nisba(doc, end)
                    and (_adjective_like(doc, end - 1, gazetteers) or after_genitive)):
                step = 1  # مؤسسة الرعاية الصحية الأولية, مكتب تنسيق الشؤون الإنسانية
            if (not step and not first and words[end - 1].folded.startswith(("لل", "وال"))
                    and _is_article_word(folded) and _written_article(doc, end)
                    and (folded.startswith("الم") and len(folded) >= 6
                         or folded.endswith(("يين", "يون")))
                    and not folded.endswith("ات") and end + 1 <= len(words)
                    and (end + 1 == len(words) or not words[end].gap_is_space
                         or words[end + 1].folded in STOPWORDS)):
                step = 1  # والإنذار المبكر، للأطباء البيطريين: the genitive's participle or
                # nisba adjective, closing the name (not العقد, the verb's object)
            if not step and in_list and folded.startswith("و") and folded[1:] not in HEADS and _construct_noun(
                    doc, end, gazetteers) is False and end + 1 < len(words) and _is_article_word(
                    words[end + 1].folded):
                step = 2  # والتشريع وحقوق الإنسان
            if not step:
                break
            after_genitive = step == 2 or (step == 1 and first and first_is_construct)
            in_list = in_list or folded.startswith("وال")
            if first and step == 1 and _written_article(doc, end):
                first_qualifier = end
            end += step
            first = False
        if first and end == index + 2 and not club_country:
            end = index + 1  # a construct noun with nothing after it is no name
        if words[index].folded in AMBIGUOUS_HEADS and not _names_itself(doc, index + 1, end,
                                                                         gazetteers):
            end = index + 1  # حركة البيع والشراء, دائرة القراءة: everyday nouns
        if end == index + 2 and (
                (reading[0] in _GENERIC_DEFINITE and _nationality_at(doc, index + 1, gazetteers))
                or (reading[0] in _GROUP_HEADS and words[index + 1].folded in _COMPASS)):
            end = index + 1  # الشركة الصينية: "the Chinese company"; مجموعة الشرق: a league group
        if end > index + 1:
            out.append(Suggestion(start, words[end - 1].end, "ORG", SOURCE, 0.6))
            index = end
        else:
            index += 1
    return out


# Head words that are not part of the name proper: نادي الجيش الملكي is then also
# الجيش الملكي, شركة «تويوتا» also تويوتا.
_DESCRIPTOR_HEADS = frozenset(fold(w) for w in ["نادي", "النادي", "شركة", "فريق", "منتخب"])
# Clubs keep their article (النادي الأهلي → الأهلي); a company named with the article
# (شركة الطاقة) is a kind of company, so only article-less brand names spread.


def name_mentions(doc: Doc, organisations: list[Suggestion]) -> list[Suggestion]:
    """Bare later mentions of an organisation first named with its descriptor: after
    ``النادي الأهلي``, every ``الأهلي`` of the document (proclitics left outside)."""
    names: dict[tuple[str, ...], Suggestion] = {}
    for org in organisations:
        inside = doc.words_within(org.start, org.end)
        if len(inside) < 2 or inside[0].folded not in _DESCRIPTOR_HEADS:
            continue
        if inside[0].folded == "شركه" and inside[1].folded.startswith("ال"):
            continue  # شركة الطاقة: a kind of company, not a brand name
        names.setdefault(tuple(w.folded for w in inside[1:]), org)
    if not names:
        return []
    taken = [(o.start, o.end) for o in organisations]
    out = []
    words = doc.words
    for index, word in enumerate(words):
        for key in names:
            first = key[0]
            cut = 0
            if word.folded != first:
                # بالأهلي → الأهلي; للأهلي → لأهلي (SCHEME.md: the article's ل stays)
                cut = next((n for n, elided in clitic_splits(word.folded)
                            if word.folded[n:] == first
                            or (elided and "ا" + word.folded[n:] == first)), 0)
                if not cut:
                    continue
            end = index + len(key)
            if end > len(words) or tuple(w.folded for w in words[index + 1 : end]) != key[1:]:
                continue
            start = word.start
            if cut:
                _, offsets = fold_with_offsets(doc.text[word.start : word.end])
                start += offsets[cut]
            if any(s <= start < e for s, e in taken):
                continue
            out.append(Suggestion(start, words[end - 1].end, "ORG", SOURCE, 0.6))
    return out


_HAMZA_ALEFS = frozenset("أإآؤئء")


# An outlet's Arabic service after its name: بي بي سي نيوز عربي، سي إن إن بالعربية، سبوتنيك عربي.
_SERVICE_WORDS = (("نيوز", "عربي"), ("نيوز", "عربيه"), ("عربي",), ("عربيه",), ("بالعربيه",))


def _arabic_service(doc: Doc, end: int) -> int | None:
    """End of an Arabic-service suffix right after a listed name ending at ``end``, or None."""
    at = doc.first_word_ending_after(end)
    if at is None or at == 0 or doc.words[at - 1].end != end or not doc.words[at - 1].gap_is_space:
        return None
    words = doc.words
    for suffix in _SERVICE_WORDS:
        last = at + len(suffix) - 1
        if last < len(words) and all(words[at + i].folded == w for i, w in enumerate(suffix)) and all(
                words[i].gap_is_space for i in range(at, last)):
            return words[last].end
    return None


def refine_listed_organisations(doc: Doc, found: list[Suggestion],
                                gazetteers: Gazetteers) -> list[Suggestion]:
    """Listed organisations, fitted to how the text writes them.

    - ``أوبك+``: a ``+`` glued to the name is part of it (the wider alliance);
    - ``الدفاع المدني اللبناني``: a nationality with the article right after a listed name
      makes the longer name (as ``الحكومة الروسية``), the nationality nested inside;
    - ``وأم`` ("and a mother") is not the agency ``وام``: a listed or learned name of three
      letters or less is an acronym, written without hamza, so a word with one folded onto
      it is another word.
    """
    out = []
    text = doc.text
    for s in found:
        if s.type != "ORG" or s.source not in ("gazetteers", "learned"):
            out.append(s)
            continue
        surface = text[s.start : s.end]
        letters = [c for c in surface if c.isalpha()]
        if (len(letters) <= 3 and " " not in surface
                and any(c in _HAMZA_ALEFS for c in letters)):
            continue  # (spaced acronyms such as د ب أ keep their hamza)
        if s.source == "learned":
            out.append(s)
            continue
        end = s.end
        service = _arabic_service(doc, s.end)
        if text[end : end + 1] == "+" and not text[end + 1 : end + 2].isalnum():
            end += 1
        elif service:
            out.append(Suggestion(s.start, service, "ORG", SOURCE, min(s.confidence, 0.75)))
        else:
            at = doc.first_word_ending_after(s.end)
            if at is not None and at > 0 and doc.words[at - 1].end == s.end and doc.words[
                    at - 1].gap_is_space and _written_article(doc, at):
                hit = gazetteers.index.match_at(doc, at)
                if hit is not None and hit[2].type == "NORP" and hit[0] == doc.words[at].start:
                    out.append(Suggestion(s.start, hit[1], "ORG", SOURCE, min(s.confidence, 0.75)))
        out.append(Suggestion(s.start, end, s.type, s.source, s.confidence))
    return out


def drop_nested_organisations(found: list[Suggestion],
                              sources: Collection[str] | None = ("gazetteers", "learned"),
                              ) -> list[Suggestion]:
    """A listed or learned organisation inside a longer organisation's name is not offered
    on its own: ``منظمة اليونسكو``, ``جمعية الهلال الأحمر السوداني``, ``مكتب الأمم المتحدة
    لتنسيق الشؤون الإنسانية`` are one organisation each to the annotators (the sets rarely
    tag the inner name).  ``sources``: whose inner organisations go (None: any source's, as
    for the model's spans pooled with the rules)."""
    outers = sorted((s.start, s.end) for s in found if s.type == "ORG")
    if len(outers) < 2:
        return found
    starts = [o[0] for o in outers]

    def inside(s: Suggestion) -> bool:
        at = bisect.bisect_right(starts, s.start)
        return any(a <= s.start and s.end <= b and (a, b) != (s.start, s.end)
                   for a, b in outers[max(0, at - 8) : at])

    return [s for s in found if not (s.type == "ORG" and (sources is None or s.source in sources)
                                     and inside(s))]


_NAME_MARKS_BEFORE = "«\"“'(-–—/|:"
_NAME_MARKS_AFTER = "»\"”')-–—/|:"


def bare_definite_word_in_prose(doc: Doc, suggestion: Suggestion) -> bool:
    """Is a one-word, article-led organisation (``الصحة``, ``التربية``, ``البيان``) used
    here as the common noun it also is (``عار من الصحة``, ``وزارتي التربية والصحة``)?

    Such short names stand for a ministry or an outlet only where a name stands out: in
    quotes or brackets, before a colon, at the edge of a dateline's separator, or at the
    start of a short line (a headline); in running prose they are the word.
    """
    at = doc.first_word_ending_after(suggestion.start)
    if (at is None or doc.words[at].end != suggestion.end
            or doc.text[suggestion.start : suggestion.start + 2] != "\u0627\u0644"):
        return False  # (والصحة: the word holds the span after its proclitic)
    text = doc.text
    before = text[max(0, suggestion.start - 2) : suggestion.start].strip()
    after = text[suggestion.end : suggestion.end + 2].strip()
    if (before and before[-1] in _NAME_MARKS_BEFORE) or (after and after[0] in _NAME_MARKS_AFTER):
        return False
    # At the start of a line: a headline's subject, unless the line is a paragraph.  Words
    # are counted only up to 13, so a long one-line document costs no scan per suggestion.
    words = doc.words
    if at and "\n" not in text[words[at - 1].end : words[at].start]:
        return True
    count = 1
    while at + count < len(words) and count <= 12 and "\n" not in text[
            words[at + count - 1].end : words[at + count].start]:
        count += 1
    return count > 12  # a paragraph's first word, not a headline
