"""People's names: a given name and what follows it, and the words that cannot be a name.

Arabic has no capital letters, so a person's name is found from its context: a known given
name (``فلاديمير``) or a title chain before it (`fasl.textlogic.suggest.chains`).  The
words that may continue a name are decided here, conservatively: function words, digits,
listed names of places and organisations, and imperfect verbs (``يطالب``, ``تبدي``) end it.
"""
from __future__ import annotations

from fasl.textlogic.clitics import clitic_splits
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.gazetteer import Gazetteers

SOURCE = "gazetteers"

# Folded function words and reporting verbs that never belong to a name.
STOPWORDS = frozenset({
    "في", "من", "الي", "علي", "عن", "ان", "انه", "انها", "لا", "لم", "لن", "ما", "مع", "عند",
    "بين", "بعد", "قبل", "حتي", "او", "ام", "ثم", "كما", "الذي", "التي", "الذين", "هذا", "هذه",
    "ذلك", "تلك", "هناك", "هنا", "كل", "بعض", "غير", "قد", "لقد", "هو", "هي", "هم", "نحن",
    "انا", "انت", "قال", "قالت", "اكد", "اكدت", "اعلن", "اعلنت", "اضاف", "اضافت", "اوضح",
    "اوضحت", "وقال", "وقالت", "واكد", "واضاف", "يوم", "اليوم", "امس", "عام", "سنه", "خلال",
    "منذ", "حول", "ضد", "عبر", "لدي", "لدى", "اي", "كان", "كانت", "يكون", "تكون", "ليس", "وفي",
    "ومن", "وعلي", "وان", "ايضا", "فقط", "جدا", "حيث", "اذا", "اذ", "لكن", "لان", "بان",
    "التقي", "يلتقي", "استقبل", "دعا", "بحث", "زار", "وصل", "غادر"
})
CONNECTORS = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ام", "ال", "عبد", "ابا", "ولد"})
_VERB_PREFIXES = ("ي", "ت", "ن", "س")


def is_given_name(folded: str, gazetteers: Gazetteers, after_title: bool = False) -> bool:
    """Is this folded word a first name (the weak list counts only right after a title)?"""
    return folded in gazetteers.given_names or (
        after_title and folded in gazetteers.weak_given_names
    )


def is_name_part(
    folded: str, gazetteers: Gazetteers, first: bool = False, after_title: bool = False
) -> bool:
    """Could this folded word be part of a person's name at this place?"""
    if len(folded) < 2 or folded in STOPWORDS or any(c.isdigit() for c in folded):
        return False
    if is_given_name(folded, gazetteers, after_title):
        return True
    if folded in gazetteers.index.first_words():
        return False
    if any(folded[n:] in gazetteers.known for n, _ in clitic_splits(folded)):
        return False  # وزير-like: a clitic glued to a listed word (لرئيس، وروسيا)
    looks_like_verb = folded.startswith(_VERB_PREFIXES) and len(folded) >= 4
    if first and (looks_like_verb or folded.startswith("ال")):
        return False
    return not folded.isascii()


def name_end(
    doc: Doc, index: int, gazetteers: Gazetteers, after_title: bool = False
) -> int | None:
    """Word index one past a person's name starting at word ``index``, or None.

    A name is its first word, then one more word, then a third only when the second is
    itself a given name (``جمال محمد فخرو``) or a connector (``محمد بن سلمان``).
    """
    words = doc.words
    if index >= len(words) or not is_name_part(words[index].folded, gazetteers, True, after_title):
        return None
    end = index + 1
    budget = 1
    while budget and end < len(words) and words[end - 1].gap_is_space:
        folded = words[end].folded
        if folded in CONNECTORS and end + 1 < len(words) and words[end].gap_is_space:
            end += 2 if is_name_part(words[end + 1].folded, gazetteers) else 0
            break
        if not is_name_part(folded, gazetteers, after_title=after_title):
            break
        end += 1
        budget -= 1
        if is_given_name(folded, gazetteers, after_title) and budget == 0:
            budget = 1
    return end


def given_name_persons(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """``given-name + family name`` pairs (``سيرغاي لافروف``) as PERS suggestions."""
    out = []
    words = doc.words
    index = 0
    while index < len(words):
        if words[index].folded in gazetteers.given_names:
            end = name_end(doc, index, gazetteers)
            if end is not None and end - index >= 2:
                out.append(Suggestion(words[index].start, words[end - 1].end, "PERS", SOURCE, 0.55))
                index = end
                continue
        index += 1
    return out
