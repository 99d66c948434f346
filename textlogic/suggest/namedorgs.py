"""Organisations named by a proper name no list holds: companies, founders' institutions, outlets.

`fasl.textlogic.suggest.orgs` follows a head noun through Arabic qualifiers (وزارة الصحة
والسكان); three common shapes of news text name an organisation with a proper name instead:

- a company head and a foreign or coined name: ``شركة سيمنس للطاقة``, ``شركة إكسون موبيل``
  (an indefinite adjective after شركة agrees with it and ends in taa marbuta: شركة ناشئة);
- an institution named after a person, often a ruler with his title: ``جامعة الملك سعود``,
  ``مركز الملك سلمان للإغاثة والأعمال الإنسانية``, ``جامعة محمد بن زايد للذكاء الاصطناعي``;
- an outlet called "X News": ``شفق نيوز``, ``السومرية نيوز``.

All are typed ORG from the ``patterns`` source; attached proclitics stay outside.
"""
from __future__ import annotations

from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.names import (
    DIN_FIRST,
    STOPWORDS,
    _imperfect_verb,
    loose_name_word,
    name_end,
)

_DIN = fold("الدين")
from fasl.textlogic.suggest.orgs import _reading, _written_article

SOURCE = "patterns"
_COMPANY_HEADS = frozenset(fold(w) for w in ["شركة"])  # (مجموعة تضم: a group of teams)
# Institutions that carry a founder's or ruler's name (جامعة الملك سعود); hospitals,
# schools, libraries and centres so named are as often buildings or districts (FAC: مركز
# الملك عبدالله المالي) and are left to the venues.
_FOUNDED_HEADS = frozenset(fold(w) for w in [
    "جامعة", "مؤسسة", "صندوق", "معهد", "أكاديمية", "جمعية", "هيئة",
])
# Heads before "X نيوز" that belong to the outlet's name (وكالة شفق نيوز).
_OUTLET_HEADS = frozenset(fold(w) for w in ["وكالة", "قناة", "شبكة", "موقع"])
_RULER_TITLES = frozenset(fold(w) for w in [
    "الملك", "الأمير", "الأميرة", "السلطان", "الشيخ", "الشيخة", "الإمام",
])
_NEWS = fold("نيوز")
# A ruler's ordinal closes his name (جامعة محمد السادس، مؤسسة محمد الخامس).
_REGNAL = frozenset(fold(w) for w in [
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
])


def _qualifiers(doc: Doc, end: int) -> int:
    """One past the genitive and adjective words that go on a name ending before ``end``:
    ل + the article (للإغاثة، للذكاء), an article word after one (الاصطناعي), و + the
    article inside the chain (والأعمال الإنسانية)."""
    words = doc.words
    genitive = False
    if (end < len(words) and words[end - 1].gap_is_space and _written_article(doc, end)
            and words[end].folded.endswith(("ي", "يه")) and len(words[end].folded) >= 6):
        end += 1  # جامعة الملك سلمان الدولية: a nisba describing the institution
    while end < len(words) and words[end - 1].gap_is_space:
        folded = words[end].folded
        if folded.startswith("لل") and len(folded) >= 5:
            genitive = True
        elif genitive and folded.startswith(("ال", "وال")) and len(folded) >= 5 and (
                folded not in STOPWORDS):
            pass
        else:
            break
        end += 1
    return end


def _company(doc: Doc, index: int, gazetteers: Gazetteers) -> int | None:
    """One past ``شركة`` + a name of one to three words no Arabic phrase would put there."""
    words = doc.words
    end = index + 1
    while end < len(words) and end - index <= 3 and words[end - 1].gap_is_space:
        folded = words[end].folded
        if (not loose_name_word(folded, gazetteers) or folded.endswith(("ه", "ي"))
                or folded in gazetteers.given_names  # شركة نيوم أيمن المديفر: a person next
                or folded.startswith(("ب", "ل")) and len(folded) >= 5):
            break  # شركة ناشئة، شركة محلي، شركة لتصنيع: a description or a purpose
        end += 1
    return end if end > index + 1 else None


def _founded(doc: Doc, index: int, gazetteers: Gazetteers) -> int | None:
    """One past a person's name (with a ruler's title) right after an institution's head."""
    words = doc.words
    first = index + 1
    if first >= len(words) or not words[index].gap_is_space:
        return None
    titled = words[first].folded in _RULER_TITLES and _written_article(doc, first)
    if titled:
        first += 1
        if first >= len(words) or not words[first - 1].gap_is_space:
            return None
    stop = name_end(doc, first, gazetteers, after_title=titled)
    if stop is None or (not titled and stop - first < 2):
        return None  # جامعة محمد: one bare word may be anything
    if not titled and words[first].folded not in gazetteers.given_names:
        return None  # without a title only a known first name starts a founder's name
    if stop - first >= 2 and words[stop - 1].folded.startswith("ال") and not words[
            stop - 1].folded.endswith("ي") and words[stop - 1].folded not in _REGNAL and not (
            words[stop - 1].folded == _DIN and words[stop - 2].folded in DIN_FIRST):
        stop -= 1  # جامعة الملك سعود المؤتمر: the sentence's object, no family name
        # (جامعة صلاح الدين keeps its الدين: one compound name)
    else:
        verb = next((i for i in range(first + 2, stop) if words[i].folded[:1] in "يت"
                     and words[i].folded not in gazetteers.given_names
                     and _imperfect_verb(words[i].folded)), None)
        stop = verb or stop  # جامعة صلاح الدين تفتتح: a headline's verb ends the name
    return stop


def named_organisations(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """Companies, founders' institutions and "X News" outlets named by a proper name."""
    out = []
    words = doc.words
    for index, word in enumerate(words):
        if word.folded == _NEWS and index and words[index - 1].gap_is_space:
            before = words[index - 1].folded
            if before not in STOPWORDS and not any(c.isdigit() for c in before) and len(before) >= 3:
                head = (_reading(doc, index - 2, _OUTLET_HEADS)
                        if index >= 2 and words[index - 2].gap_is_space else None)
                start = head[1] if head else words[index - 1].start
                out.append(Suggestion(start, word.end, "ORG", SOURCE, 0.6))
            continue  # (a glued preposition, لشفق نيوز, is left for the reviewer to narrow)
        reading = _reading(doc, index, _COMPANY_HEADS | _FOUNDED_HEADS)
        if reading is None:
            continue
        stop = (_company(doc, index, gazetteers) if reading[0] in _COMPANY_HEADS
                else _founded(doc, index, gazetteers))
        if stop is not None:
            stop = _qualifiers(doc, stop)
            out.append(Suggestion(reading[1], words[stop - 1].end, "ORG", SOURCE, 0.6))
    return out


_COURTS = frozenset(fold(w) for w in ["محكمة", "المحكمة"])
# A local branch of a ministry or service is named with its place (مديرية التربية في حمص,
# المديرية العامة للخدمات الصحية بمحافظة الظاهرة, الإدارة العامة للتعليم بمنطقة عسير,
# السفارة المغربية في بروكسل); without it the name is the ministry's own.
_BRANCHES = frozenset(fold(w) for w in [
    "مديرية", "المديرية", "الإدارة", "إدارة", "مكتب", "فرع", "السفارة", "سفارة", "القنصلية",
    "قنصلية", "المندوبية", "مندوبية",
])
# Local bodies named with their seat the same way (نقابة المحامين في بيروت، جمعية البنوك في
# فلسطين، الاتحاد الجهوي للشغل بقابس، دائرة الثقافة بالشارقة، الغرفة التجارية والصناعية
# بتعز، النيابة العامة في لواء الشمال), unless the name already says whose body it is
# (الاتحاد المغربي للشغل بالدار البيضاء، نقابة المعلمين السويدية في سكونه).
_LOCAL_BODIES = frozenset(fold(w) for w in [
    "دائرة", "الدائرة", "نقابة", "النقابة", "جمعية", "الجمعية", "اتحاد", "الاتحاد",
    "السلطة", "بعثة", "البعثة", "غرفة", "الغرفة", "النيابة",
])
# Designators between the preposition and the place (بولاية جنوب دارفور, بمنطقة عسير).
_SEAT_DESIGNATORS = frozenset(fold(w) for w in [
    "منطقة", "محافظة", "ولاية", "إقليم", "مدينة", "بمنطقة", "بمحافظة", "بولاية", "بإقليم",
    "بمدينة",
])
_MINISTRY = frozenset(fold(w) for w in ["وزارة"])
# الجامعة الأمريكية في بيروت، الجامعة الفرنسية في مصر: a foreign university's name holds its
# seat (without it, "the American university" names none).
_UNIVERSITY = fold("الجامعة")
_IN = fold("في")


def _nationality(doc: Doc, index: int, gazetteers: Gazetteers) -> bool:
    hit = gazetteers.index.match_at(doc, index)
    return hit is not None and hit[2].type == "NORP" and hit[1] == doc.words[index].end


def courts_with_seat(doc: Doc, found: list[Suggestion], gazetteers: Gazetteers) -> list[Suggestion]:
    """A court named with its seat after في or a glued ب (محكمة الاستئناف في باريس،
    المحكمة الاقتصادية بالقاهرة), or a foreign university with its own (الجامعة الأمريكية
    في بيروت), is one organisation; the place keeps its own GPE."""
    out = []
    words = doc.words
    # places and nationalities already found, the longest at each start (the model's and
    # the rules' own, beyond what the lists hold)
    places: dict[int, Suggestion] = {}
    for p in found:
        if p.type in ("GPE", "LOC", "NORP") and (
                p.start not in places or p.end > places[p.start].end):
            places[p.start] = p
    for s in found:
        out.append(s)
        if s.type != "ORG":
            continue
        first = doc.first_word_ending_after(s.start)
        at = doc.first_word_ending_after(s.end)
        if first is None or at is None or at == 0 or words[at - 1].end != s.end:
            continue
        foreign_university = (_reading(doc, first, frozenset({_UNIVERSITY})) is not None
                              and at - first == 2
                              and _nationality(doc, first + 1, gazetteers))
        # (a long name with في after it is mostly a body at its seat: مكتب الأمم المتحدة
        # لتنسيق الشؤون الإنسانية في جنيف)
        branch = _reading(doc, first, _BRANCHES) is not None and 2 <= at - first <= 4
        if (not branch and _reading(doc, first, _LOCAL_BODIES) is not None
                and 2 <= at - first <= 4
                and not any(s.start <= p.start < s.end for p in places.values())):
            branch = True  # (no nationality or place in the name: نقابة المعلمين السويدية)
        # a ministry only for a state's or region's branch (وزارة الصحة بولاية كسلا)
        ministry = _reading(doc, first, _MINISTRY) is not None
        if (_reading(doc, first, _COURTS) is None and not foreign_university and not branch
                and not ministry) or not words[at - 1].gap_is_space:
            continue
        seat = at
        if words[at].folded == _IN and at + 1 < len(words) and words[at].gap_is_space:
            seat = at + 1
        elif not words[at].folded.startswith("ب"):
            continue
        # a designator only glued to ب (بمحافظة دهوك; مديرية السياحة في محافظة دهوك is
        # the directorate's work in the province as often as its name)
        designated = seat == at and words[seat].folded in _SEAT_DESIGNATORS
        if designated and seat + 1 < len(words) and words[seat].gap_is_space and (
                branch or ministry):
            seat += 1
        elif ministry or (seat > at and words[seat].folded in _SEAT_DESIGNATORS):
            continue
        hit = gazetteers.index.match_at(doc, seat)
        if hit is None or hit[2].type != "GPE":
            place = next((places[k] for k in range(words[seat].start, words[seat].start + 3)
                          if k in places and places[k].type in ("GPE", "LOC")), None)
            hit = (place.start, place.end, place) if place is not None else None
        if (hit is not None and hit[2].type in ("GPE", "LOC") and hit[0] <= words[seat].start + 2
                and (seat > at or hit[0] > words[at].start)
                and any(w.end == hit[1] for w in words[seat : seat + 4])):
            out.append(Suggestion(s.start, hit[1], "ORG", SOURCE, s.confidence))
    return out
