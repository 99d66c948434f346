"""Fixes to the pooled spans of the rules and the model, where the model's spans need them.

The CRF (`fasl.textlogic.suggest.model`) learns span edges from the gold sets, but it sees
only a few words around each one, so it runs a name on into the sentence and leaves off what
the rules' conventions add.  These apply to whatever the pool holds (each was found on a
held-out set after its blind measurement; tests/textlogic/test_suggest_heldout1617_rules.py):

- a local body is named with its seat (`courts_with_seat`): the model finds
  ``المحكمة المركزية`` and the seat ``في الناصرة`` belongs to it as it would to a rule's;
- a person's name holds no word of the sentence around it (`trim_person`): not the outlet
  he spoke to (``محمد الربيعي للمشرق``), the verb or function word after it
  (``بنيامين نتنياهو التقى``، ``ناجي عيسى بشأن``), a word written with tanween, nor a
  listed title or ``السابق`` before it;
- one organisation's name holds no second one (`separate_bodies`):
  ``البنك التجاري الدولي وجهاز تنمية المشروعات`` are two bodies (a head after و begins the
  second, as `fasl.textlogic.suggest.orgs` reads it), and so are
  ``وزارة الموارد المائية الحكومة التركية`` (a definite head after a definite word begins
  a new phrase: the verb's object); nor does it go on into the person who speaks for it
  (`before_a_person`: ``معهد باندونغ للتكنولوجيا هيري أندرياس``);
- a generic head is no name (``مكتبه``، ``الصندوق خفض دعم الكهرباء``);
- an organisation inside another's name is not offered apart (``الأمم المتحدة`` in
  ``بعثة الأمم المتحدة للدعم في ليبيا``), as `fasl.textlogic.suggest.orgs` already drops
  the lists' own.
"""
from __future__ import annotations

from dataclasses import replace

from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.mentions import _SAYS
from fasl.textlogic.suggest.merge import merge
from fasl.textlogic.suggest.namedorgs import _RULER_TITLES, courts_with_seat
from fasl.textlogic.suggest.names import has_tanween
from fasl.textlogic.suggest.orgs import HEADS, SECOND_HEADS, drop_nested_organisations

# Heads of an outlet's name that a glued ل takes before it (قال لموقع «...» إن).
_OUTLET_HEADS = frozenset(fold("ل" + w) for w in [
    "موقع", "صحيفة", "جريدة", "مجلة", "وكالة", "قناة", "إذاعة", "تلفزيون", "شبكة", "راديو",
])
_LAM_ARTICLE = fold("لل")
# (not إذاعة وتلفزيون: radio and television are one broadcaster's name)
_BODY_HEADS = (HEADS | SECOND_HEADS | frozenset(fold(w) for w in [
    "تجمع", "التجمع", "مستشارية", "المستشارية", "اللواء", "تنسيقية", "جبهة", "الجبهة",
    "الحركة", "هيئة", "منظمة", "مفوضية",
])) - {fold("تلفزيون"), fold("التلفزيون")}
# After و these begin a position held (ورئيسة بعثة الأمم المتحدة), which ends the name.
_OFFICE_HEADS = frozenset(fold(w) for w in [
    "رئيس", "رئيسة", "مدير", "مديرة", "وزير", "وزيرة", "أمين", "الأمين", "نائب", "سفير",
    "ممثل", "ممثلة", "المبعوث", "مبعوث", "قائد", "محافظ", "عضو",
])
_DEFINITE_HEADS = frozenset(h for h in _BODY_HEADS if h.startswith("ال"))
_WAW = "\u0648"


# A preposition glued to the article, or و before it, never starts a name's word (بالقرار).
_GLUED_ARTICLE = tuple(fold(p) for p in ("بال", "فال", "كال", "وال"))
_AND_PREPOSITIONS = frozenset(fold(w) for w in ["ومع", "وفي", "ومن", "وعن", "وإلى", "وبين"])
# Function words no name holds (a list of its own: names.STOPWORDS has علي, which is both على
# and the name, and its time words hold names too: صباح، فجر).
_FUNCTION_WORDS = frozenset(fold(w) for w in [
    "في", "من", "إلى", "عن", "مع", "لدى", "خلال", "حول", "عبر", "منذ", "ضد", "نحو", "بعد",
    "قبل", "حتى", "بشأن", "بسبب", "بحسب", "عقب", "إثر", "ضمن", "بين", "عند", "لا", "لم",
    "لن", "قد", "أن", "إن", "أنه", "أنها", "الذي", "التي", "الذين", "كما", "هذا", "هذه",
    "ذلك", "تلك", "مساء", "أيضا",
])
# Words the model takes in before a name after a title (الرئيس الفلبيني السابق رودريغو).
_BEFORE_A_NAME = frozenset(fold(w) for w in ["السابق", "الأسبق", "الراحل"])
# "High-level" (مسؤول سوري رفيع المستوى، وفد رفيع المستوى): رفيع is also a given name, so
# the phrase looks like one; no name holds المستوى.
_NO_NAME_HOLDS = frozenset(fold(w) for w in ["المستوى"])


# The sentence's verb after its subject's name (وصف يائير لبيد الموازنة، بنيامين نتنياهو
# التقى، الوزير أحمد الحجار أبلغ): the reporting verbs `mentions` knows and more past news
# verbs, both genders.
_SENTENCE_VERBS = _SAYS | frozenset(fold(w) for stem in [
    "توقع", "صرح", "التقى", "استقبل", "بحث", "زار", "وصل", "غادر", "أبلغ", "حذر", "اشترط",
    "أكمل", "وصف", "انتقد", "رحب", "طالب", "نفى", "وقع", "افتتح", "أصدر", "قرر", "أبدى",
    "ترأس", "تسلم", "سلم", "أحرز", "سجل", "قاد", "حقق", "أنهى", "تعهد", "هدد", "اتهم", "أدان",
    "ناقش", "عرض", "قدم", "تلقى", "أرسل", "أمر", "وجه", "أعرب", "نقل", "جدد", "أجاب", "رد",
    "عاد", "أنقذ", "مول", "وزع", "نظم", "أطلق", "دشن",
] for w in (stem, stem[:-1] + "ت" if stem.endswith("ى") else stem + "ت")) | frozenset(
    # the same in the present, as headlines write it (أنس جابر تعود، مصطفى يلتقي)
    fold(p + stem) for p in ("ي", "ت") for stem in [
        "لتقي", "ستقبل", "عود", "زور", "بحث", "قود", "طالب", "دعو", "ؤكد", "علن", "تصدر",
        "فوز", "توج", "حذر", "رفض", "قرر",
    ])


def _not_in_a_name(doc: Doc, index: int) -> bool:
    folded = doc.words[index].folded
    if folded.startswith(_LAM_ARTICLE) or folded in _OUTLET_HEADS:
        return True
    if folded.startswith(_GLUED_ARTICLE) or folded in _SENTENCE_VERBS:
        return True
    # (not every function word: علي is both على and the name)
    return (folded in _AND_PREPOSITIONS or folded in _FUNCTION_WORDS  # ومع، بشأن
            or has_tanween(doc, index))  # هدفاً


# Titles that are family names as often (حسين الشيخ، عوض محمد الوزير، أمير خان متقي).
_NAME_TITLES = frozenset(fold(w) for w in [
    "الشيخ", "الأمير", "الوزير", "الملك", "السلطان", "الإمام", "السيد", "الحاج",
])


def _a_title(doc: Doc, index: int, gazetteers: Gazetteers | None) -> bool:
    folded = doc.words[index].folded
    # (a bare title is a given name as often: أمير خان متقي)
    if gazetteers is None or not folded.startswith("ال") or folded in _NAME_TITLES or (
            folded in gazetteers.given_names or folded in gazetteers.weak_given_names):
        return False
    hit = gazetteers.index.match_at(doc, index)
    return hit is not None and hit[2].type == "OCC" and hit[0] == doc.words[index].start


def trim_person(doc: Doc, span: Suggestion,
                gazetteers: Gazetteers | None = None) -> Suggestion | None:
    """``span`` (a PERS) without the words before and after it that are no part of a name,
    or None when nothing is left; ``span`` itself when it holds none.  Before: a title the
    lists know and no family name shares (الجنرال), ل + the article, السابق; after the first
    word: ل + the article or an outlet's head, a preposition glued to the article
    (بالقرار), a news verb, و + a preposition, a function word, a tanween word."""
    first = doc.first_word_ending_after(span.start)
    if first is None:
        return span
    words = doc.words
    last = doc.first_word_ending_after(span.end - 1)
    if last is not None and any(w.folded in _NO_NAME_HOLDS for w in words[first : last + 1]):
        return None
    start = first
    while (start < len(words) and words[start].end < span.end
           and (words[start].folded in _BEFORE_A_NAME
                or words[start].folded.startswith(_LAM_ARTICLE)
                or _a_title(doc, start, gazetteers))):
        start += 1
    index = start + 1
    while index < len(words) and words[index].end <= span.end:
        if _not_in_a_name(doc, index):
            break
        index += 1
    begin = span.start if start == first else words[start].start
    end = words[index - 1].end
    if (begin, end) == (span.start, span.end):
        return span
    if index - 1 < start:
        return None
    return replace(span, start=begin, end=end)


def _after_waw(text: str, start: int) -> int:
    """The offset after a word's و and any marks on it."""
    pos = start + 1
    while pos < len(text) and "\u064b" <= text[pos] <= "\u0652":
        pos += 1
    return pos


def separate_bodies(doc: Doc, span: Suggestion,
                    gazetteers: Gazetteers | None = None) -> list[Suggestion]:
    """``span`` (an ORG) cut where a second body begins inside it, each part an ORG of two
    words or more (a lone definite head is no name); unchanged when none begins."""
    words = doc.words
    first = doc.first_word_ending_after(span.start)
    if first is None:
        return [span]
    index = first + 1
    while index < len(words) and words[index].end <= span.end:
        folded = words[index].folded
        cut = None
        if folded[:1] == _WAW and folded[1:] in _OFFICE_HEADS:
            return [replace(span, end=words[index - 1].end)]
        if folded[:1] == _WAW and folded[1:] in _BODY_HEADS:
            cut = _after_waw(doc.text, words[index].start)
        elif folded in _DEFINITE_HEADS and words[index - 1].folded.startswith("ال"):
            cut = words[index].start
        if cut is None and (has_tanween(doc, index) or folded in _SENTENCE_VERBS
                            or (index - first >= 2 and _a_title(doc, index, gazetteers))):
            # the sentence goes on: a tanween word, its verb (الهيئة الطبية الدولية موّلت),
            # or a listed title (النيابة العامة المدعي العام)
            return [replace(span, end=words[index - 1].end)]
        if cut is not None:
            left = replace(span, end=words[index - 1].end)
            right = replace(span, start=cut)
            parts = [left] if index - first >= 2 or words[first].folded not in _BODY_HEADS \
                else []
            if doc.first_word_ending_after(span.end - 1) != index:  # two words or more
                parts += separate_bodies(doc, right, gazetteers)
            return parts
        index += 1
    return [span]


_PRONOUNS = ("هما", "هم", "ها", "ه")
# Words that make an outlet's name of any word before them (البورصة نيوز، الخليج تايمز).
_OUTLET_WORDS = frozenset(fold(w) for w in [
    "نيوز", "تايمز", "بوست", "برس", "سيتي", "أونلاين", "إنفو", "ميديا", "بلس", "توداي",
    "تيفي", "تي", "إف", "أف", "24",
])


def _head_of_its_own(doc: Doc, span: Suggestion, gazetteers: Gazetteers) -> bool:
    """Is ``span`` (an ORG) only a generic head: a head with a pronoun (``مكتبه بالقدس``,
    ``حكومتها``), or a definite head followed by an indefinite word, which cannot describe it
    (``الصندوق خفض دعم الكهرباء``، ``المجلس مدينة بور``: the sentence goes on), or by a
    person's name (``الحزب أوزغور أوزيل``)?  A head the lists hold as a name alone
    (``الاتحاد`` the club) is kept."""
    words = doc.words
    first = doc.first_word_ending_after(span.start)
    if first is None:
        return False
    raw = doc.text[span.start : words[first].end]
    for suffix in _PRONOUNS:
        if raw.endswith(suffix) and len(raw) > len(suffix) + 2:
            stem = raw[: -len(suffix)]
            stem = stem[:-1] + "ة" if stem.endswith("ت") else stem
            if fold(stem) in _BODY_HEADS:
                return True
    if fold(raw) not in _DEFINITE_HEADS or first + 1 >= len(words):
        return False
    nxt = words[first + 1]
    if nxt.end > span.end or not words[first].gap_is_space:
        return False
    listed = gazetteers.index.match_at(doc, first)
    if listed is not None and listed[1] == words[first].end and listed[2].type == "ORG":
        return False
    folded = nxt.folded
    if (folded.startswith(("ال", "لل")) or folded in _OUTLET_WORDS
            or not all("\u0621" <= c <= "\u064a" for c in folded)):
        return False  # (البورصة نيوز: an outlet's name)
    hit = gazetteers.index.match_at(doc, first + 1)
    return hit is None or hit[2].type in ("PERS", "OCC", "DATE")


_RULERS = _RULER_TITLES | {fold("الرئيس")}


def before_a_person(doc: Doc, span: Suggestion, persons: list[Suggestion]) -> Suggestion:
    """``span`` (an ORG) ended before a person found inside it after a word that closes a
    name (``معهد باندونغ للتكنولوجيا هيري أندرياس``، ``الحزب البيروني ماريا إيميليا سوريا``):
    the speaker after the body, not a body named after him.  A person right after the head
    or a ruler's title stays inside (``جامعة محمد الخامس``، ``جامعة الإمام محمد بن سعود``)."""
    first = doc.first_word_ending_after(span.start)
    for person in persons:
        if not span.start < person.start < span.end:
            continue
        at = doc.first_word_ending_after(person.start)
        if first is None or at is None or at - first < 2 or doc.words[at].start != person.start:
            continue
        before = doc.words[at - 1].folded
        if before.startswith(("ال", "لل")) and before not in _RULERS:
            return replace(span, end=doc.words[at - 1].end)
    return span


def tidy_pooled(doc: Doc, pooled: list[Suggestion], gazetteers: Gazetteers) -> list[Suggestion]:
    """The pooled suggestions with the rules' conventions applied to the model's spans."""
    persons = [s for s in pooled if s.type == "PERS"]
    tidied = []
    for s in pooled:
        if s.type == "PERS":
            s = trim_person(doc, s, gazetteers)
            if s is None:
                continue
        if s.type == "ORG":
            if _head_of_its_own(doc, s, gazetteers):
                continue
            tidied += separate_bodies(doc, before_a_person(doc, s, persons), gazetteers)
            continue
        tidied.append(s)
    # an organisation inside another's name is not offered apart, whichever source found it
    return merge(drop_nested_organisations(courts_with_seat(doc, tidied, gazetteers), None))
