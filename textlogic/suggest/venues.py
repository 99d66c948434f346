"""Facilities and events named the way Arabic news names them, from a few strong shapes.

A head noun alone says little (``طريق`` is also "way", ``مسرح الجريمة`` is no theatre,
``مؤتمر`` may be any meeting), so a name is suggested only where a second sign makes it one:

- a head + a listed place (after at most one bare noun): ``مطار بيروت``,
  ``مستشفى القدس``, ``قمة الرياض``, ``مهرجان جرش``, ``بطولة آسيا``, ``دوري أبطال آسيا``,
  ``دوري نجوم العراق``; the name goes on with adjectives written with the article
  (``الدولي``, ``المسرحي``), a genitive with ل and its article words (``للثقافة
  والفنون``, ``لكرة اليد للناشئين``) and a year (``كأس العالم 2030``);
- a facility head + one word + an adjective that only names build ``الدولي``,
  ``الأولمبي``, ``الفضائية``, ``الجوية`` ...: ``ملعب الشعب الدولي``, ``قاعدة بليسيتسك
  الفضائية``;
- ``كأس`` + what cups are named after or a place (``كأس الأمير``, ``كأس العرش``) and the league
  with a nationality (``الدوري الفرنسي``, ``دوري روشن السعودي``) or ``الممتاز``;
- ``شارع`` / ``جسر`` + a name (``شارع الفاتح``, ``جسر الملك فهد``): a street or bridge word
  is rarely anything else in news;
- a sea, gulf or lake named after a listed place is a LOC (``بحر عُمان``), and holds no GPE.

Facilities are FAC, events EVENT, source ``patterns``; places inside keep their own span
(SCHEME.md: a GPE inside a FAC or EVENT is tagged too).
"""
from __future__ import annotations

from fasl.textlogic.normalize import fold, fold_with_offsets
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.dates import GREGORIAN, MAGHREB
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.names import STOPWORDS, given_length, name_end

SOURCE = "patterns"
FAC_HEADS = frozenset(fold(w) for w in [
    "مطار", "ميناء", "مرفأ", "ملعب", "استاد", "ستاد", "مستشفى", "سجن", "مسرح",
    "قاعدة", "قصر", "برج", "متحف", "جامع", "مسجد", "كنيسة", "محطة", "معبر", "سد", "فندق",
    "كورنيش", "مجمع", "منتزه", "حديقة", "ميدان",
])
EVENT_HEADS = frozenset(fold(w) for w in [
    "مهرجان", "معرض", "مؤتمر", "قمة", "منتدى", "ملتقى", "بطولة", "كأس", "دوري", "أولمبياد",
    "ماراثون", "رالي",
])
STREET_HEADS = frozenset(fold(w) for w in ["شارع", "جسر"])
# Land and river features named after a place (وادي درنة، صحراء سيناء، جبال الأطلس): LOC,
# going on over adjectives (جبال النوبة الغربية).  جبل before a country is a province of it
# (جبل لبنان, a GPE) and is left alone.  نهر and شط also take a bare article word
# (شط العرب، نهر الفرات): a river word is rarely anything else.
LAND_HEADS = frozenset(fold(w) for w in [
    "نهر", "شط", "وادي", "جبل", "جبال", "صحراء", "سهل", "هضبة", "حوض", "واحة",
])
_RIVER_HEADS = frozenset(fold(w) for w in ["نهر", "شط"])
_MOUNTAIN = fold("جبل")
_ALL_HEADS = FAC_HEADS | EVENT_HEADS | STREET_HEADS | LAND_HEADS | {
    fold("الدوري"), fold("بحر"), fold("خليج"), fold("بحيرة")}
# Adjectives that make a facility a named one (a plain ملعب كبير is just a big pitch).
NAMING_ADJECTIVES = frozenset(fold(w) for w in [
    "الدولي", "الدولية", "الأولمبي", "الأولمبية", "الفضائية", "الفضائي", "الجوية", "الجوي",
    "البحرية", "البحري", "المركزي", "المركزية", "الرياضي", "الرياضية", "الجامعي",
    "الكبير", "الملكي", "الملكية", "الوطني", "الوطنية",
])
_CUP = fold("كأس")
# What a cup is named after (كأس الماء is a glass of water).
CUP_NAMES = frozenset(fold(w) for w in [
    "العالم", "الأمير", "العرش", "الملك", "السوبر", "الخليج", "الاتحاد", "الرابطة", "الأمم",
    "القارات", "الجمهورية", "الدوري", "الكونفدرالية", "السلطان", "الشيخ", "رئيس",
])
_LEAGUE = fold("دوري")
_THE_LEAGUE = fold("الدوري")
_PREMIER = fold("الممتاز")
_ENDERS = frozenset(fold(w) for w in [
    "اليوم", "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    "السبت", "الماضي", "الماضية", "الجاري", "الحالي", "الحالية", "المقبل", "المقبلة",
    "الذي", "التي", "الجديد", "الجديدة", "القادم", "السابق", "الأخير", "الأخيرة", "الأول",
])
_PLACES = ("GPE", "LOC")
# ل-words after a cup or league that give its sport or season, not its name.
_NOT_GENITIVE = frozenset(fold(w) for w in [
    "لكرة", "للموسم", "لموسم", "للعام", "لعام", "للمرة", "لمرة", "للسنة", "لسنة",
])
# Water bodies named after a country: بحر عُمان, خليج عمان (a LOC; nothing nests inside).
WATER_HEADS = frozenset(fold(w) for w in ["بحر", "خليج", "بحيرة"])


def _joined(doc: Doc, index: int) -> bool:
    return index + 1 < len(doc.words) and doc.words[index].gap_is_space


def _article(doc: Doc, index: int) -> bool:
    word = doc.words[index]
    return (doc.text[word.start : word.start + 2] == "\u0627\u0644" and len(word.folded) >= 4
            and word.folded not in _ENDERS)


def _place_at(doc: Doc, index: int, gazetteers: Gazetteers, types=_PLACES) -> int | None:
    """One past a listed place (or other ``types``) starting exactly at word ``index``."""
    if index >= len(doc.words):
        return None
    hit = gazetteers.index.match_at(doc, index)
    if hit is None or hit[2].type not in types or hit[0] != doc.words[index].start:
        return None
    end = index
    while end < len(doc.words) and doc.words[end].end <= hit[1]:
        end += 1
    return end


def _bare(doc: Doc, index: int) -> bool:
    folded = doc.words[index].folded
    return (len(folded) >= 3 and not folded.startswith("ال") and folded not in STOPWORDS
            and not any(c.isdigit() for c in folded) and folded[:1] not in "وفبلك")


def _tail(doc: Doc, end: int, gazetteers: Gazetteers) -> int:
    """Extend a name over nisba adjectives, a ل genitive with its article words, a year."""
    words = doc.words
    genitive = False
    while end < len(words) and _joined(doc, end - 1) and end - 1 < len(words):
        folded = words[end].folded
        if _article(doc, end) and (folded.endswith(("ي", "يه")) or folded in NAMING_ADJECTIVES
                                   or genitive):
            end += 1
            continue
        if _place_at(doc, end, gazetteers, ("NORP",)) == end + 1 and _article(doc, end):
            end += 1
            continue
        if folded in _NOT_GENITIVE or folded[1:] in _NOT_GENITIVE:
            break  # كأس الأمير لكرة القدم, للموسم الثاني: the sport or season, not the name
        if folded.startswith("لل") and len(folded) >= 5 and folded[2:] not in STOPWORDS:
            end += 1
            genitive = True
            continue  # للكتاب، للثقافة، للناشئين
        if (folded.startswith("ل") and not folded.startswith("لل") and len(folded) >= 4
                and end + 1 < len(words) and _joined(doc, end) and _article(doc, end + 1)):
            end += 2
            genitive = True
            continue  # لكرة اليد، لسينما البحر
        if genitive and folded.startswith("وال") and len(folded) >= 5:
            end += 1
            continue  # والفنون
        if folded.isdigit() and len(folded) == 4 and folded[:2] in ("19", "20"):
            end += 1
        break
    return end


# Titles a place is named after with the person (شارع الشيخ زايد، مطار الملك خالد).
NAME_TITLES = frozenset(fold(w) for w in [
    "الشيخ", "الملك", "الأمير", "السلطان", "الإمام", "الرئيس", "الشهيد", "الأميرة", "الشيخة",
])


def _person_named(doc: Doc, at: int, gazetteers: Gazetteers) -> int | None:
    """One past a person's name at word ``at`` (after an optional title) that a facility
    is named after: a title and a first name (الملك فهد), or a first name and more
    (جاسم بن حمد، محمد الخامس); None when no such name starts there."""
    words = doc.words
    titled = words[at].folded in NAME_TITLES and _joined(doc, at)
    first = at + 1 if titled else at
    if first >= len(words):
        return None
    given = given_length(doc, first, gazetteers, after_title=titled)
    if not given and titled and words[first].folded in gazetteers.weak_given_names:
        # شارع الشيخ خليفة بن سلمان: a title's first name may be an everyday word too
        return _son_of(doc, first + 1, gazetteers)
    if not given and not titled:
        return None
    end = name_end(doc, first, gazetteers, after_title=titled)  # الشيخ زايد: any name word
    if end is None:
        return None
    end = _son_of(doc, end, gazetteers)
    if end - first == given and not titled:
        nxt = first + given
        if nxt < len(words) and _joined(doc, nxt - 1) and words[nxt].folded in _ORDINALS:
            return nxt + 1  # محمد الخامس
        return None
    return end


_MONTHS = frozenset(fold(m) for m in GREGORIAN + MAGHREB if " " not in m)


def _date_named(doc: Doc, at: int) -> bool:
    """Is word ``at`` a day (1-31) followed by a month: a place named after a date?"""
    words = doc.words
    if at + 1 >= len(words) or not _joined(doc, at):
        return False
    day = words[at].folded
    return (day.isdigit() and len(day) <= 2 and 1 <= int(day) <= 31
            and words[at + 1].folded in _MONTHS)


def _son_of(doc: Doc, end: int, gazetteers: Gazetteers) -> int:  # noqa: ARG001
    """``end`` moved past a following ``بن`` + name (زايد بن سلطان, where سلطان is also a
    title and so ends an ordinary name)."""
    words = doc.words
    if (end + 1 < len(words) and _joined(doc, end - 1) and _joined(doc, end)
            and words[end].folded in ("بن", "ابن") and _bare(doc, end + 1)):
        return end + 2  # after بن a name follows, whatever else the word may be
    return end


_ORDINALS = frozenset(fold(w) for w in [
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
])


def _named(doc: Doc, index: int, gazetteers: Gazetteers, event: bool) -> int | None:
    """One past the name after the head at word ``index``, or None when no sign of a name."""
    words = doc.words
    head = words[index].folded
    if not _joined(doc, index):
        return None
    at = index + 1
    place = _place_at(doc, at, gazetteers)
    if place is None and _bare(doc, at) and _joined(doc, at):
        place = _place_at(doc, at + 1, gazetteers)  # دوري أبطال آسيا، دوري نجوم العراق
    if place is not None:
        return _tail(doc, place, gazetteers)
    if head == _CUP and words[at].folded in CUP_NAMES:
        return _tail(doc, at + 1, gazetteers)  # كأس الأمير، كأس العرش
    if head == _LEAGUE and _joined(doc, at) and _bare(doc, at):
        nation = _place_at(doc, at + 1, gazetteers, ("NORP",))
        if nation is not None and _article(doc, at + 1):
            return nation  # دوري روشن السعودي
    if not event and _date_named(doc, at):
        return at + 2  # ملعب 5 جويلية، شارع 26 يوليو، جسر 6 أكتوبر
    if not event:
        named_after = _person_named(doc, at, gazetteers)
        if named_after is not None:
            return _tail(doc, named_after, gazetteers)  # ملعب جاسم بن حمد، شارع الملك فهد
    if head in STREET_HEADS and (_article(doc, at) or _place_at(doc, at, gazetteers, (
            "PERS",)) is not None):
        return at + 1  # شارع الفاتح
    if not event and _joined(doc, at) and (_article(doc, at) or (
            words[at].folded not in STOPWORDS and not words[at].folded.isdigit())):
        nxt = words[at + 1].folded if at + 1 < len(words) else ""
        if nxt in NAMING_ADJECTIVES and _article(doc, at + 1):
            return _tail(doc, at + 2, gazetteers)  # ملعب الشعب الدولي
    return None


def _land_name(doc: Doc, index: int, head: str, gazetteers: Gazetteers) -> int | None:
    """One past a land or river feature's name after the head at word ``index``."""
    at = index + 1
    hit = gazetteers.index.match_at(doc, at)
    if hit is not None and hit[0] == doc.words[at].start and hit[2].type in _PLACES:
        if head == _MOUNTAIN and hit[2].confidence >= 0.85:
            return None  # جبل لبنان: a province named after the country
        end = _place_at(doc, at, gazetteers)
    elif head in _RIVER_HEADS and _article(doc, at) and (hit is None or hit[2].type == "NORP"):
        end = at + 1
    else:
        return None
    words = doc.words
    while (end is not None and end < len(words) and _joined(doc, end - 1) and _article(doc, end)
           and words[end].folded.endswith(("ي", "يه")) and words[end].folded not in _ENDERS):
        end += 1  # جبال النوبة الغربية، حوض الأزرق المائي
    return end


def venues(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """FAC and EVENT names from the shapes the module lists."""
    out: list[Suggestion] = []
    words = doc.words
    index = 0
    while index < len(words):
        folded = words[index].folded
        start = words[index].start
        stripped = folded
        for prefix in ("و", "ب", "ل", "ف"):
            if folded.startswith(prefix) and folded[len(prefix):] in _ALL_HEADS:
                stripped = folded[len(prefix):]
                _, offsets = fold_with_offsets(doc.text[words[index].start : words[index].end])
                start = words[index].start + offsets[len(prefix)]
                break
        if (stripped == _THE_LEAGUE and _joined(doc, index)):
            nation = _place_at(doc, index + 1, gazetteers, ("NORP",))
            if nation is not None or words[index + 1].folded == _PREMIER:
                end = nation or index + 2
                out.append(Suggestion(start, words[end - 1].end, "EVENT", SOURCE, 0.7))
                index = end
                continue
        if stripped in WATER_HEADS:
            place = _place_at(doc, index + 1, gazetteers) if _joined(doc, index) else None
            if place is not None:
                out.append(Suggestion(start, words[place - 1].end, "LOC", SOURCE, 0.7))
                index = place
                continue
        if stripped in LAND_HEADS and _joined(doc, index):
            end = _land_name(doc, index, stripped, gazetteers)
            if end is not None:
                out.append(Suggestion(start, words[end - 1].end, "LOC", SOURCE, 0.7))
                index = end
                continue
        event = stripped in EVENT_HEADS
        if event or stripped in FAC_HEADS or stripped in STREET_HEADS:
            end = _named(doc, index, gazetteers, event)
            if end is not None and end > index + 1:
                type_ = "EVENT" if event else "FAC"
                out.append(Suggestion(start, words[end - 1].end, type_, SOURCE, 0.65))
                index = end
                continue
        index += 1
    return out
