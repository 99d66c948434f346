"""Places named with a word the lists leave out: ``جمهورية سنغافورة``, ``القاهرة الكبرى``.

A listed country or city keeps its type when the text wraps it in a state word before it
(جمهورية، مملكة، ولاية، محافظة ...; دولة only before a country, دولة قطر; not مدينة,
which only describes the place) or
``الكبرى`` (greater) or a closing ``العاصمة`` (الجزائر العاصمة) after it; the whole phrase is one GPE, so the merge does not keep the bare name inside it (SCHEME.md: nothing nests in a
place's name).
"""
from __future__ import annotations

import bisect

from fasl.textlogic.normalize import fold, fold_with_offsets
from fasl.textlogic.suggest.base import Doc, Suggestion, proclitic_cut
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.names import STOPWORDS

SOURCE = "patterns"
STATE_WORDS = frozenset(fold(w) for w in [
    "جمهورية", "مملكة", "إمارة", "سلطنة", "ولاية", "مقاطعة", "محافظة", "إقليم",
    # Iraqi, Syrian and Yemeni districts (قضاء الزبير، ناحية زمار، مديرية المنصورة): singular
    # designators the annotators keep inside the place, like محافظة.  حي (a city's
    # quarter) stays outside like مدينة and منطقة: حي السلام → السلام, as the development
    # set and entities_heldout8 have it.
    "قضاء", "ناحية", "مديرية",
])
# A conjunction or preposition glued to the designator stays outside (بمحافظة الجيزة,
# وولاية الخرطوم, لمديرية المنصورة); the designator itself goes into the span.
_DESIGNATOR_CLITICS = ("وب", "فب", "ول", "وف", "ب", "و", "ل", "ف")


def _designator_cut(folded: str) -> int | None:
    """Letters of proclitic before a state word (``بمحافظه`` → 1), 0 for a bare one, or None."""
    if folded in STATE_WORDS:
        return 0
    for clitic in _DESIGNATOR_CLITICS:
        if folded.startswith(clitic) and folded[len(clitic):] in STATE_WORDS:
            return len(clitic)
    return None
_GREATER = fold("الكبرى")
# حلب القديمة, القاهرة الجديدة: the old or new city is one place name.
_GREATER_WORDS = frozenset(fold(w) for w in ["الكبرى", "القديمة", "الجديدة"])
# After a state word, the adjectives of a state's formal name (جمهورية الكونغو الديمقراطية,
# المملكة الأردنية الهاشمية is listed whole).
_FORMAL_WORDS = frozenset(fold(w) for w in [
    "الشعبية", "الديمقراطية", "الاتحادية", "الفيدرالية", "الاشتراكية", "الإسلامية",
    "العربية", "الهاشمية", "التعاونية",
])
# دولة قطر, دولة الإمارات: "state" before a country is part of its formal name (one GPE);
# before a city or in a phrase (دولة فلسطينية) it only describes.
_STATE = fold("دولة")
# الجزائر العاصمة, تونس العاصمة: the capital city as against the country (one GPE); not
# when العاصمة goes on (الرياض العاصمة السعودية is an apposition).
_CAPITAL = fold("العاصمة")


def _qualified(doc: Doc, index: int) -> bool:
    """Is word ``index`` followed, on the same phrase, by another word?"""
    return index + 1 < len(doc.words) and doc.words[index].gap_is_space


def _original_offset(doc: Doc, word, folded_cut: int) -> int:
    """Code points of ``word``'s original text before its ``folded_cut``-th folded letter."""
    _, offsets = fold_with_offsets(doc.text[word.start : word.end])
    return offsets[folded_cut]


def qualified_places(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """State word + listed place, and listed place + الكبرى, as GPE."""
    out = []
    words = doc.words
    candidates = set()
    for index, word in enumerate(words):
        if _designator_cut(word.folded) is not None or word.folded == _STATE:
            candidates.add(index + 1)
        elif word.folded in _GREATER_WORDS or (word.folded == _CAPITAL
                                               and not _qualified(doc, index)):
            candidates.update(range(max(0, index - 3), index))
    for index in sorted(c for c in candidates if c < len(words)):
        word = words[index]
        hit = gazetteers.index.match_at(doc, index)
        if hit is None or hit[2].type != "GPE" or not word.start <= hit[0] < word.end:
            continue  # (a proclitic stays outside: بالجزائر العاصمة)
        start, end = hit[0], hit[1]
        last = max(i for i in range(index, len(words)) if words[i].end <= end)
        before = words[index - 1] if index else None
        cut = _designator_cut(before.folded) if before is not None else None
        if (before is not None and before.gap_is_space and hit[0] == word.start
                and (cut is not None or (
                    before.folded == _STATE and hit[2].confidence >= _COUNTRY_CONFIDENCE))):
            start = before.start + (_original_offset(doc, before, cut) if cut else 0)
        if (last + 1 < len(words) and words[last].gap_is_space
                and (words[last + 1].folded in _GREATER_WORDS or (
                    words[last + 1].folded == _CAPITAL and not _qualified(doc, last + 1)))):
            end = words[last + 1].end
        elif (start != hit[0] and last + 1 < len(words) and words[last].gap_is_space
              and words[last + 1].folded in _FORMAL_WORDS):
            end = words[last + 1].end  # جمهورية الصين الشعبية: the state's formal name
        if (start, end) != (hit[0], hit[1]):
            out.append(Suggestion(start, end, "GPE", SOURCE, 0.8))
    return out


# Colour adjectives that make a longer place name (النيل الأزرق, not النيل + "blue").
COLOURS = frozenset(fold(w) for w in [
    "الأبيض", "الأزرق", "الأحمر", "الأسود", "الأخضر", "الأصفر", "البيضاء", "الزرقاء",
    "الحمراء", "السوداء", "الخضراء",
])


def coloured_name(doc: Doc, suggestion: Suggestion) -> bool:
    """Is a listed place directly followed by a colour (النيل الأبيض)?  Then the list knows
    only part of the name, and the bare place would be a wrong span."""
    starts = doc.word_starts
    at = bisect.bisect_left(starts, suggestion.end)
    if at == 0 or at >= len(doc.words) or doc.words[at - 1].end != suggestion.end:
        return False
    return doc.words[at - 1].gap_is_space and doc.words[at].folded in COLOURS


# A compass part of a country or a continent is a region of it, not the country
# (SCHEME.md: جنوب لبنان, شمال موريتانيا, غرب إفريقيا are LOC); a part of a city names a
# spot in it and is left to the city (وسط القاهرة → القاهرة).  Countries are told from
# cities by their list's confidence: countries*.txt are 0.85, the city lists 0.75.
COMPASS = frozenset(fold(w) for w in [
    "جنوب", "شمال", "شرق", "غرب", "وسط",
    # the nisba forms, as in شمالي البرازيل، شمال غربي سوريا (for a country only, as above)
    "جنوبي", "شمالي", "شرقي", "غربي",
])
_COUNTRY_CONFIDENCE = 0.85
_PROCLITICS = frozenset("وفبلك")


def _compass_at(word_folded: str) -> int | None:
    """Letters of proclitic before a compass word (``وجنوب`` → 1), or None if none is one."""
    for cut in range(0, 3):
        head, rest = word_folded[:cut], word_folded[cut:]
        if all(c in _PROCLITICS for c in head) and rest in COMPASS:
            return cut
    return None


def compass_regions(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """``جنوب لبنان``, ``شمال غرب إفريقيا`` as LOC, so the country inside is not offered alone.

    Not when the list already names the whole phrase (``جنوب أفريقيا``, ``جنوب السودان`` are
    countries) and not in a coordination (``وسط وجنوب العراق``), where only the country is
    tagged.
    """
    out = []
    words = doc.words
    index = 0
    while index < len(words):
        cut = _compass_at(words[index].folded)
        if cut is None:
            index += 1
            continue
        first = index
        last = index  # a second compass word joined by space: شمال غرب
        while (last + 1 < len(words) and words[last].gap_is_space
               and words[last + 1].folded in COMPASS):
            last += 1
        index = last + 1
        if not words[last].gap_is_space or last + 1 >= len(words):
            continue
        coordinated = cut and first > 0 and _compass_at(words[first - 1].folded) is not None
        if coordinated or gazetteers.index.match_at(doc, first) is not None:
            continue
        hit = gazetteers.index.match_at(doc, last + 1)
        if hit is None or hit[0] != words[last + 1].start:
            continue
        phrase = hit[2]
        if phrase.type == "LOC" or (phrase.type == "GPE"
                                    and phrase.confidence >= _COUNTRY_CONFIDENCE):
            out.append(Suggestion(words[first].start + cut, hit[1], "LOC", SOURCE, 0.7))
    return out


def adjective_places(doc: Doc, found: list[Suggestion], gazetteers: Gazetteers) -> list[Suggestion]:
    """Listed places that the text uses as adjectives, retyped or dropped.

    A country whose name is a feminine nisba (السعودية، سورية) right after a noun of the same
    definiteness qualifies it: ``الأسر السعودية``, ``وزارة الطاقة السعودية``, ``ليرة سورية``
    are NORP; after a preposition or an indefinite construct (في السعودية، سفارة السعودية)
    it stays the country, and after a title (زار الوزير السعودية: a masculine title does
    not take a feminine adjective, so the country is the object).  A city named by a colour (الزرقاء) after a definite noun is the
    colour (الخرزة الزرقاء) and is dropped.
    """
    out = []
    for s in found:
        if s.type != "GPE" or s.source != "gazetteers":
            out.append(s)
            continue
        inside = doc.words_within(s.start, s.end)
        at = doc.first_word_ending_after(s.start)
        if len(inside) != 1 or at is None or at == 0 or inside[0].start != s.start:
            out.append(s)
            continue
        before = doc.words[at - 1]
        name = inside[0].folded
        gap = doc.text[before.end : s.start]
        if (s.confidence >= _COUNTRY_CONFIDENCE and name.startswith("ال") and name.endswith("يه")
                and gap.strip() in ("»", '"', "”")):
            # «أكوا باور» السعودية: after a quoted company name, the nisba qualifies it
            out.append(Suggestion(s.start, s.end, "NORP", SOURCE, 0.65))
            continue
        definite_before = before.folded.startswith(("ال", "وال", "بال", "فال", "كال", "لل"))
        if not before.gap_is_space or before.folded in STOPWORDS or any(
                c.isdigit() for c in before.folded):
            out.append(s)
            continue
        if name in COLOURS and definite_before and s.confidence < _COUNTRY_CONFIDENCE:
            continue
        title = gazetteers.index.match_at(doc, at - 1)
        if title is not None and title[2].type in ("OCC", "PERS"):
            out.append(s)
            continue
        if s.confidence >= _COUNTRY_CONFIDENCE and name.endswith("يه"):
            if name.startswith("ال") and definite_before:
                out.append(Suggestion(s.start, s.end, "NORP", SOURCE, 0.65))
                continue
            if not name.startswith("ال") and not definite_before and before.folded.endswith("ه"):
                out.append(Suggestion(s.start, s.end, "NORP", SOURCE, 0.65))
                continue
        out.append(s)
    return out


def after_compass(doc: Doc, suggestion: Suggestion) -> bool:
    """Does ``suggestion`` directly follow a compass word (مدينة جنوب سعد العبدالله)?  A
    name there is a district named after someone, not a person in the story."""
    index = doc.first_word_ending_after(suggestion.start)
    if not index or doc.words[index].start != suggestion.start:
        return False
    before = doc.words[index - 1]
    return before.gap_is_space and _compass_at(before.folded) is not None


# Administrative units before a name no list holds (محافظة نينوى، قضاء الزبير، بلدة
# كفرنبل): the phrase is one GPE, or the village's name alone.  ولاية (also "term of office"), مدينة and منطقة (any
# city, any area) are left out: only words that name a unit of government or a village.
UNIT_HEADS = frozenset(fold(w) for w in ["محافظة", "مقاطعة", "قضاء", "بلدة", "قرية", "ناحية"])
# Units whose name may carry the article (محافظة الأنبار); a village's article word is
# mostly a description (قرية الأطفال).
# A village or small town is tagged by its name alone; a governorate or district with its
# unit word (محافظة نينوى), as the annotated sets do.
_VILLAGES = frozenset(fold(w) for w in ["بلدة", "قرية"])
_ARTICLE_UNITS = frozenset(fold(w) for w in ["محافظة", "مقاطعة", "قضاء", "ناحية"])


def _unit_name_word(doc: Doc, index: int, article_ok: bool) -> bool:
    word = doc.words[index]
    folded = word.folded
    if (len(folded) < 3 or folded in STOPWORDS or any(c.isdigit() for c in folded)
            or folded.isascii() or folded.startswith(("وال", "بال", "لل", "فال"))):
        return False
    if folded.startswith("ال"):
        return (article_ok and doc.text[word.start : word.start + 2] == "\u0627\u0644"
                and not folded.endswith(("ي", "يه", "ين", "ون")) and len(folded) >= 5)
    if folded[:1] in "وفبل" or (folded.startswith(("ي", "ت")) and len(folded) >= 3):
        return False  # a clitic or a verb: قرية وسكانها، بلدة تقع
    if folded.endswith("يا") and len(folded) > 5:
        return False  # an adverb: قرية تقريبا
    # a village's word in taa marbuta is mostly an adjective (قرية صغيرة); a governorate's
    # is a name (محافظة حلبجة)
    return article_ok or not folded.endswith("ه")


def unit_places(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """``محافظة نينوى``, ``قضاء الزبير`` as one GPE each; ``كفرنبل`` after ``بلدة``."""
    out = []
    words = doc.words
    for index, word in enumerate(words[:-1]):
        folded = word.folded
        cut = proclitic_cut(folded, UNIT_HEADS)
        if cut < 0:
            continue
        head = folded[cut:]
        if not word.gap_is_space:
            continue
        at = index + 1
        hit = gazetteers.index.match_at(doc, at)
        if hit is not None and hit[0] == words[at].start:
            continue  # a listed name: the lists and qualified_places see to it
        if not _unit_name_word(doc, at, head in _ARTICLE_UNITS):
            continue
        start = word.start
        if head in _VILLAGES:
            start = words[at].start  # بلدة عيترون: a village is tagged by its name
        elif cut:
            _, offsets = fold_with_offsets(doc.text[word.start : word.end])
            start += offsets[cut]
        out.append(Suggestion(start, words[at].end, "GPE", SOURCE, 0.6))
    return out


# An island or archipelago is named with its designator, and is a LOC whatever the lists
# say of the name alone (جزيرة أنجوان، جزيرة مايوت، أرخبيل سقطرى، جزر الحلانيات): the
# annotated sets all keep the designator inside and type the island LOC.  A state named
# جزر (جزر القمر) is listed whole and stays a GPE.
_ISLANDS = frozenset(fold(w) for w in ["جزيرة", "جزر", "أرخبيل"])


def island_places(doc: Doc, found: list[Suggestion], gazetteers: Gazetteers) -> list[Suggestion]:
    """``جزيرة`` / ``جزر`` / ``أرخبيل`` + a name: one LOC, replacing a GPE or LOC on the name."""
    words = doc.words
    islands = []
    for index, word in enumerate(words[:-1]):
        cut = proclitic_cut(word.folded, _ISLANDS)
        if cut < 0 or not word.gap_is_space:
            continue
        own = gazetteers.index.match_at(doc, index)
        if own is not None and own[1] > word.end:
            continue  # جزر القمر: a listed name that holds the word
        at = index + 1
        hit = gazetteers.index.match_at(doc, at)
        if hit is not None and hit[0] == words[at].start and hit[2].type in ("GPE", "LOC"):
            end = hit[1]
        elif _unit_name_word(doc, at, article_ok=True):
            end = words[at].end
        else:
            continue
        start = word.start + (_original_offset(doc, word, cut) if cut else 0)
        islands.append((start, end, words[at].start))
    if not islands:
        return found
    names = {(name, end) for _, end, name in islands}
    out = [s for s in found if not (s.type in ("GPE", "LOC") and (s.start, s.end) in names)]
    out += [Suggestion(start, end, "LOC", SOURCE, 0.65) for start, end, _ in islands]
    return out
