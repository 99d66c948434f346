"""People introduced by what they do: ``المدرب البرتغالي جوزيه روماو``, ``للمخرجة كوثر بن
هنية``, ``البروفيسور لي يادونغ``, ``السفير الهندي في عمان منيش تشوهان``.

News names players, artists, scholars and diplomats no list knows by putting their trade,
rank or form of address first, often with a nationality or a describing nisba between
(``عازف القانون اللبناني``, ``الفنان التشكيلي``).  After such a cue the next two to four
words that a name may hold are the person's name; the words that cannot be part of a name
(function and time words, listed words, verbs, article words in first place) end it, and a
name needs two words, so a lone word after a trade (``المهاجم الأول``) is never taken.
The title chains (`fasl.textlogic.suggest.chains`) take names after listed positions; this
source adds the trades and forms of address they leave out, at a lower confidence.
"""
from __future__ import annotations

from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.names import (
    CHAINING,
    PARTICLES,
    STOPWORDS,
    _imperfect_verb,
    has_tanween,
    prepositional,
    is_given_name,
)

SOURCE = "patterns"
CONFIDENCE = 0.5
# Trades, ranks and forms of address that stand right before a person's name (the feminine
# too).  Playing positions count: the annotated sets tag the name after them, not them.
_CUES = frozenset(fold(w) for w in [
    "المدرب", "المدربة", "المهاجم", "المدافع", "الحارس", "اللاعب", "اللاعبة",
    "الممثل", "الممثلة", "المخرج", "المخرجة", "الروائي", "الروائية", "الكاتب", "الكاتبة",
    "الشاعر", "الشاعرة", "الفنان", "الفنانة", "المغني", "المغنية", "المطرب", "المطربة",
    "الموسيقار", "الملحن", "المايسترو", "السوبرانو", "عازف", "عازفة", "الباحث", "الباحثة",
    "البروفيسور", "البروفسور", "الدكتور", "الدكتورة", "الطبيب", "الطبيبة", "الجراح",
    "الناقد", "الناقدة", "الصحفي", "الصحفية", "الصحافي", "الصحافية", "المراسل", "المراسلة",
    "المصور", "المصورة", "الناشط", "الناشطة", "المحامي", "المحامية", "المهندس", "المهندسة",
    "الأستاذ", "الأستاذة", "المؤرخ", "المفكر", "الأديب", "الأديبة", "النجم", "النجمة",
    "المطران", "الأب", "الأنبا", "القس", "الأخت", "المبعوث", "السفير", "السفيرة",
    "المؤلف", "المؤلفة", "الناشر", "الناشرة", "المصمم", "المصممة",
])
# Describing words that may stand between the cue and the name (a nisba or a nationality
# with the article, as written: البرتغالي، التشكيلي، الأممي، السودانية).
_MAX_DESCRIBING = 2
# Prepositions that carry a diplomat's or an envoy's post before the name (السفير الهندي
# في عمان، المبعوث الأممي إلى اليمن).
_POSTED = frozenset(fold(w) for w in ["في", "إلى", "لدى"])
_POSTED_CUES = frozenset(fold(w) for w in ["المبعوث", "السفير", "السفيرة"])


def _cue_at(folded: str) -> bool:
    """A cue, also behind و ب ف or ل (للمخرجة: ل + the article, its alef elided)."""
    if folded in _CUES:
        return True
    if folded[:2] == "لل" and "ا" + folded[1:] in _CUES:
        return True
    return folded[:1] in "وبف" and folded[1:] in _CUES


def _describing(doc: Doc, index: int, gazetteers: Gazetteers) -> bool:
    word = doc.words[index]
    folded = word.folded
    if doc.text[word.start : word.start + 2] != "\u0627\u0644" or len(folded) < 5:
        return False
    if folded.endswith(("ي", "يه")):
        return True
    hit = gazetteers.index.match_at(doc, index)
    return hit is not None and hit[2].type == "NORP" and hit[1] == word.end


def _name_word(doc: Doc, index: int, gazetteers: Gazetteers, position: int) -> bool:
    """Could word ``index`` be the ``position``-th word (0-based) of an unknown name?"""
    word = doc.words[index]
    folded = word.folded
    if has_tanween(doc, index) or (position >= 1 and prepositional(doc, index)):
        return False  # قادماً، حلاً، بإدراج، زوارها: the sentence's own words
    if (position >= 1 and folded[:1] == "ل" and len(folded) == 4 and folded[-1] != "ي"
            and not is_given_name(folded, gazetteers)):
        return False  # أشرف صبحى لصرف: ل + a noun, the purpose (not لبكي, a family name)
    if is_given_name(folded, gazetteers):
        return True
    if (len(folded) < 2 or folded in STOPWORDS or folded.isascii()
            or any(c.isdigit() for c in folded)):
        return False
    if folded in gazetteers.known or folded in gazetteers.index.first_words():
        return False
    if folded.startswith("ال"):
        # only a family name closing the clause (ريما الخطيب، نجا المهداوي.), not the
        # sentence's next noun (رودريغو رودريغيز التسجيل)
        return (position >= 1 and len(folded) >= 5 and _closes(doc, index)
                and doc.text[word.start : word.start + 2] == "\u0627\u0644"
                and not folded.endswith(("ين", "ون", "ات", "يه")))
    if folded[:1] == "و" and position >= 1:
        return False  # a second noun joined on (نهائي وبات)
    if folded[:1] in "وبلف" and len(folded) >= 5 and (
            position == 0 or folded[:1] in "ول" or folded[1:3] == "ال" or (
                folded[:2] == "با" and not _closes(doc, index))):
        return False  # a proclitic on the next noun (ولدى، بأداء، لتطوير; not بكريم، فرهادي)
    if folded.endswith("ا") and not folded.endswith("يا") and (
            (position >= 1 and (len(folded) == 4 or (folded[:1] == "م" and len(folded) >= 5)))
            or (position == 0 and len(folded) <= 4 and index + 1 < len(doc.words)
                and doc.words[index + 1].folded.endswith("ا")
                and len(doc.words[index + 1].folded) >= 4)):
        return False  # an accusative and its adjective (عرضا مميزا), not ريما، رشا، كيم بو را
    if _imperfect_verb(folded) and (folded[:1] == "ي" or position >= 2):
        return False  # يشارك; سيلقي as a third word
    if position >= 2 and folded[:1] == "ا" and folded.endswith("ت") and 4 <= len(folded) <= 6:
        return False  # ريم حداد اعتبرت: a past verb in the feminine, the sentence going on
    after_connector = position >= 1 and doc.words[index - 1].folded in CHAINING | PARTICLES
    if folded.endswith("ه") and not ((position == 0 or after_connector) and (
            len(folded) <= 5 or (folded.endswith("يه") and len(folded) <= 6))) and not (
            position >= 1 and _closes(doc, index)
            and not doc.words[index - 1].folded.endswith("ه")):
        return False  # a feminine noun (مسؤولية، ضيفة، أغنية جديدة); not غادة، جوزيه، بن هنية
    return len(folded) >= 3 or position >= 1


def _closes(doc: Doc, index: int) -> bool:
    """Is word ``index`` the last before punctuation or a line end?"""
    if index + 1 >= len(doc.words):
        return True
    gap = doc.text[doc.words[index].end : doc.words[index + 1].start]
    return "\n" in gap or bool(gap.strip())


def introduced_persons(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """``cue [describing words] name`` as PERS (two to four name words)."""
    out = []
    words = doc.words
    for index, word in enumerate(words[:-2]):
        if not word.gap_is_space or not _cue_at(word.folded):
            continue
        at = index + 1
        described = 0
        while (described < _MAX_DESCRIBING and at < len(words) and words[at - 1].gap_is_space
               and _describing(doc, at, gazetteers)):
            at += 1
            described += 1
        if (at + 1 < len(words) and words[at].folded in _POSTED
                and proclitic_free(word.folded) in _POSTED_CUES and words[at].gap_is_space):
            hit = gazetteers.index.match_at(doc, at + 1)
            if hit is not None and hit[2].type == "GPE" and hit[0] == words[at + 1].start:
                at = doc.first_word_ending_after(hit[1] - 1) + 1
        if at >= len(words) or not words[at - 1].gap_is_space:
            continue
        end = at
        while end < len(words) and end - at < 4:
            folded = words[end].folded
            if end > at and folded in CHAINING | PARTICLES and end + 1 < len(words):
                end += 1
                continue
            if not _name_word(doc, end, gazetteers, end - at):
                break
            end += 1
            if not words[end - 1].gap_is_space:
                break
        while end > at and words[end - 1].folded in CHAINING | PARTICLES:
            end -= 1
        if end - at < 2:
            continue
        out.append(Suggestion(words[at].start, words[end - 1].end, "PERS", SOURCE, CONFIDENCE))
    return out


def proclitic_free(folded: str) -> str:
    """The cue without an attached و ب ف."""
    return folded[1:] if folded[:1] in "وبف" and folded[1:] in _CUES else folded
