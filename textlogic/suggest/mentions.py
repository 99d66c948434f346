"""Passes over the persons already found: later mentions and the words around a name.

`fasl.textlogic.suggest.names` finds a name where it starts; these passes look at the found
persons as a whole: a family name mentioned again alone (لافروف after سيرجي لافروف), the
first word a found name left out (سعيد بن محمد البلوشي, وزيرة الصحة لوبا أحمد علي), a
second person joined by و (أحمد الحداد وخالد المنصوري) and the Maghreb's سيدي.
"""
from __future__ import annotations

import bisect

from fasl.textlogic.clitics import clitic_splits
from fasl.textlogic.normalize import fold, fold_with_offsets
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.names import (
    _NOT_FAMILY,
    CHAINING,
    CONNECTORS,
    STOPWORDS,
    given_length,
    is_given_name,
    loose_name_word,
    name_end,
    sentence_word,
)


def surname_mentions(doc: Doc, persons: list[Suggestion]) -> list[Suggestion]:
    """Later bare mentions of a suggested person's family name (``لافروف`` after
    ``سيرجي لافروف``), as weaker PERS suggestions; attached proclitics stay outside."""
    surnames: dict[str, Suggestion] = {}
    # A family name with the article (الغزواني، السليطي) is as often an adjective or a
    # noun, so its later bare mentions count only as a reporting verb's subject
    # (وقال السليطي إن ...).
    article_surnames: dict[str, Suggestion] = {}
    starts = doc.word_starts
    for person in persons:
        at = bisect.bisect_left(starts, person.start)
        inside = []
        while at < len(doc.words) and doc.words[at].end <= person.end:
            inside.append(doc.words[at])
            at += 1
        last = inside[-1].folded if len(inside) >= 2 else ""
        if len(last) >= 3 and last not in STOPWORDS and not last.startswith("ال"):
            surnames.setdefault(last, person)
        elif len(last) >= 6 and last.startswith("ال") and last not in _NOT_FAMILY:
            article_surnames.setdefault(last, person)
    if not surnames and not article_surnames:
        return []
    taken = [(p.start, p.end) for p in persons]
    out = []
    for index, word in enumerate(doc.words):
        if word.folded in article_surnames and index and doc.words[index - 1].gap_is_space:
            verb = doc.words[index - 1].folded
            verb = verb[1:] if verb[:1] in "وف" and verb[1:] in _SAYS else verb
            if verb in _SAYS and not any(s <= word.start < e for s, e in taken):
                out.append(Suggestion(word.start, word.end, "PERS",
                                      article_surnames[word.folded].source, 0.5))
            continue
        cut = 0
        if word.folded not in surnames:
            if word.folded[:1] not in "وفبلك":
                continue
            cut = next((n for n, _ in clitic_splits(word.folded)
                        if word.folded[n:] in surnames), 0)
            if not cut:
                continue
        if any(s <= word.start < e for s, e in taken):
            continue
        if (not cut and index and doc.words[index - 1].gap_is_space
                and doc.words[index - 1].folded in CONNECTORS):
            continue  # أبو سمبل، بن سلمان: the word ends another name here
        person = surnames[word.folded[cut:]]
        start = word.start
        if cut:
            _, offsets = fold_with_offsets(doc.text[word.start : word.end])
            start += offsets[cut]
        out.append(Suggestion(start, word.end, "PERS", person.source, 0.5))
    return out


# Reporting verbs whose subject, right after them, a bare family name may be.
_SAYS = frozenset(fold(w) for w in [
    "قال", "قالت", "أكد", "أكدت", "أوضح", "أوضحت", "أضاف", "أضافت", "أشار", "أشارت",
    "كشف", "كشفت", "اعتبر", "اعتبرت", "شدد", "شددت", "لفت", "لفتت", "ذكر", "ذكرت",
    "أفاد", "أفادت", "دعا", "دعت", "أعلن", "أعلنت", "تابع", "تابعت", "ختم", "ختمت",
])


# سيدي محمد، سيد أحمد: in Mauritania and the Maghreb the first part of a compound given name.
_SIDI = frozenset({"سيد", "سيدي"})


def with_sidi(doc: Doc, found: list[Suggestion], gazetteers: Gazetteers) -> list[Suggestion]:
    """A person whose name starts with a given name right after bare سيد/سيدي (no article:
    السيد is the honorific) takes that word in: ``سيدي محمد ولد أحمد سالم``."""
    out = []
    for s in found:
        at = doc.first_word_ending_after(s.start) if s.type == "PERS" and s.source != "learned" else None
        if (at and doc.words[at].start == s.start and doc.words[at - 1].gap_is_space
                and doc.words[at - 1].folded in _SIDI and doc.words[at].folded in gazetteers.given_names):
            s = Suggestion(doc.words[at - 1].start, s.end, s.type, s.source, s.confidence)
        out.append(s)
    return out


_FEMININE_HONORIFICS = frozenset(fold(w) for w in [
    "الدكتورة", "السيدة", "الأستاذة", "المهندسة", "الشيخة", "الطبيبة", "المحامية",
])
_HONORIFICS = frozenset(fold(w) for w in [
    "الدكتور", "الدكتورة", "د.", "السيد", "السيدة", "الأستاذ", "الأستاذة", "المهندس",
    "المهندسة", "البروفيسور", "الشيخ", "الشيخة", "برئاسة", "بقيادة",
])


def name_heads(doc: Doc, found: list[Suggestion], gazetteers: Gazetteers) -> list[Suggestion]:
    """A person found from a known given name takes in the word before it when that word
    can only be the name's start: before a chained بن/بنت/ولد (سعيد بن محمد البلوشي, where
    سعيد is also "happy"), or right after a title or an honorific (وزيرة الصحة لوبا أحمد
    علي، الدكتورة شيلان عمر بابان): no list knows لوبا or شيلان, but after a title the
    holder's name starts at once."""
    titles = {s.end for s in found if s.type == "OCC"}
    # a title's place or body right after it (محافظ كربلاء, وزير النفط بحكومة ...): the title
    # completed by `fit_titles` only later, the place's end stands for its end here
    ends = titles | {s.end for s in found
                     if s.type in ("GPE", "ORG") and s.start - 1 in titles}
    out = []
    words = doc.words
    for s in found:
        at = (doc.first_word_ending_after(s.start)
              if s.type == "PERS" and s.source != "learned" else None)
        if at and words[at].start == s.start and words[at - 1].gap_is_space:
            before = words[at - 1]
            if (before.folded in CHAINING and at >= 2 and words[at - 2].gap_is_space
                    and _head_word(doc, at - 2, gazetteers)):
                s = Suggestion(words[at - 2].start, s.end, s.type, s.source, s.confidence)
            elif (at >= 2 and words[at - 2].gap_is_space and (
                    _head_word(doc, at - 1, gazetteers) or _womans_name(doc, at - 1)
                    or _first_name_shape(doc, at - 1, gazetteers))
                  and not given_length(doc, at - 1, gazetteers)
                  and (words[at - 2].end in ends or words[at - 2].folded in _HONORIFICS)):
                s = Suggestion(before.start, s.end, s.type, s.source, s.confidence)
        out.append(s)
    return out


def _first_name_shape(doc: Doc, index: int, gazetteers: Gazetteers) -> bool:
    """Between a title and a found name, a word that only looks like a verb (نصيف، يزن:
    an imperfect's shape) is the holder's first name: no function word, article, digit,
    listed word or proclitic phrase."""
    word = doc.words[index]
    folded = word.folded
    return (len(folded) >= 3 and folded not in STOPWORDS and not folded.startswith("ال")
            and folded not in gazetteers.known and not folded.isascii()
            and not any(c.isdigit() for c in folded) and folded[:1] in "يتن"
            and not sentence_word(doc, index))


def _womans_name(doc: Doc, index: int) -> bool:
    """After a feminine honorific (الدكتورة زهرة ...), a word in taa marbuta without the
    article is her first name, however much it is also a noun (زهرة، نسمة، حياة)."""
    word = doc.words[index]
    return (index > 0 and doc.words[index - 1].folded in _FEMININE_HONORIFICS
            and doc.text[word.end - 1] == "\u0629" and not word.folded.startswith("ال")
            and 3 <= len(word.folded) <= 6)


def _head_word(doc: Doc, index: int, gazetteers: Gazetteers) -> bool:
    folded = doc.words[index].folded
    return bool(given_length(doc, index, gazetteers, after_title=True)) or loose_name_word(
        folded, gazetteers)


def coordinated_persons(doc: Doc, persons: list[Suggestion],
                        gazetteers: Gazetteers) -> list[Suggestion]:
    """``X و Y``: right after a found person, و glued to a known first name starts a second
    person (القاضيين أحمد الحداد ووجيه الشاعر، المستشارين عادل الهويدي وطارق البحر); the
    name is read as after a title, since the pair shares the first one's."""
    out = []
    words = doc.words
    for person in persons:
        at = doc.first_word_ending_after(person.end)
        if (at is None or at == 0 or words[at - 1].end != person.end
                or not words[at - 1].gap_is_space):
            continue
        word = words[at]
        if not word.folded.startswith("و") or not is_given_name(word.folded[1:], gazetteers):
            continue
        line_end = doc.text.find("\n", word.start)
        start = word.start + 1
        sub = Doc.of(doc.text[start : len(doc.text) if line_end < 0 else line_end])
        end = name_end(sub, 0, gazetteers, after_title=True) if sub.words else None
        if end is None or end < 2:
            continue  # one word alone (وأحمد) may be anything
        out.append(Suggestion(start, start + sub.words[end - 1].end, "PERS", person.source,
                              min(person.confidence, 0.55)))
    return out
