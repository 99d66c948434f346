"""Organisations named by datelines and source lines: ``دبي - البيان``, ``عمان- الغد``,
``إسطنبول/ الأناضول``, ``جرش 24 تموز (بترا) -``, ``أبوظبي في 14 مايو / وام /``,
``المصدر: الوطن``.

A dateline is cut into parts at its separators; a part that is neither a place, a date nor
a label is the outlet.  Kept apart from `fasl.textlogic.suggest.orgs` (names built from a
head noun), which it shares a few word tests with.
"""
from __future__ import annotations

from collections.abc import Iterator

from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.base import Doc, Suggestion, Word
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.names import STOPWORDS, given_length
from fasl.textlogic.suggest.orgs import SOURCE, VERB_PREFIXES

_DATELINE_CUES = frozenset(fold(w) for w in [
    "كتب", "كتبت", "بقلم", "نشر", "نشرت", "تاريخ", "التاريخ", "آخر", "المصدر", "مصدر",
    "تحديث", "اعداد", "تقرير", "حوار", "تصوير", "الكاتب", "الكاتبة", "المحرر", "بواسطة",
    "تحرير",
])
# A part that is only a weekday (اليوم (الأربعاء)) is a date, not an outlet.
_WEEKDAY_WORDS = frozenset(fold(w) for w in [
    "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    "اليوم", "أمس",
])
_BULLETS = "-–—•*·▪●"
_GENERIC_SOURCES = frozenset(fold(w) for w in [
    "وكالات", "مواقع", "متابعات", "وسائل", "مصادر", "خاص", "صحف", "الوكالات",
])
_SOURCE_STOPS = frozenset(fold(w) for w in ["كلمات", "الكلمات", "وسوم", "الوسوم", "tags"])
_SEPARATORS = "-–—ـ:|/()"


def _lines(doc: Doc) -> Iterator[list[int]]:
    """Word indexes of each line of the document."""
    line: list[int] = []
    for index, word in enumerate(doc.words):
        if line and "\n" in doc.text[doc.words[index - 1].end : word.start]:
            yield line
            line = []
        line.append(index)
    if line:
        yield line


def _parts(doc: Doc, line: list[int]) -> list[list[int]]:
    """The line cut at separators (dashes, colon, slash, brackets)."""
    parts: list[list[int]] = [[line[0]]]
    for before, index in zip(line, line[1:], strict=False):
        gap = doc.text[doc.words[before].end : doc.words[index].start]
        if any(c in _SEPARATORS for c in gap):
            parts.append([])
        parts[-1].append(index)
    return parts


def _span(doc: Doc, part: list[int]) -> tuple[int, int]:
    return doc.words[part[0]].start, doc.words[part[-1]].end


def _part_kind(doc: Doc, part: list[int], gazetteers: Gazetteers) -> str:
    words = [doc.words[i] for i in part]
    if any(w.folded.isdigit() for w in words) or all(w.folded in _WEEKDAY_WORDS for w in words):
        return "date"
    if words[0].folded in _DATELINE_CUES or words[0].folded in STOPWORDS:
        return "cue"
    hit = gazetteers.index.match_at(doc, part[0])
    if hit is not None and hit[1] == words[-1].end and hit[2].type in ("GPE", "LOC"):
        return "place"
    if len(part) >= 2 and given_length(doc, part[0], gazetteers):
        return "person"
    if len(part) > 4 or any(w.folded in _GENERIC_SOURCES for w in words):
        return "other"
    return "name"


def _no_dateline(doc: Doc, line: list[int]) -> bool:
    """A list item (``- الأحد 15 يونيو: التربية الدينية``, ``— الوزارة (@handle) June 24``)
    or a table row (``صافي الربح | 4,530 | 5,120``): short lines with a date in them that
    are no dateline, so their labels are no outlets."""
    text = doc.text
    first = doc.words[line[0]].start
    line_start = text.rfind("\n", 0, first) + 1
    if text[line_start:first].strip()[:1] in _BULLETS and text[line_start:first].strip():
        return True
    line_end = text.find("\n", first)
    return text[first : len(text) if line_end < 0 else line_end].count("|") >= 2


def dateline_organisations(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """Outlets and agencies in datelines (``دبي - البيان``, ``جرش 24 تموز (بترا) -``)."""
    out = []
    for line in _lines(doc):
        if _no_dateline(doc, line):
            continue
        parts = _parts(doc, line)
        kinds = [_part_kind(doc, p, gazetteers) for p in parts]
        if len(line) <= 8 and len(parts) >= 2 and {"place", "person", "date"} & set(kinds):
            names = [n for n, k in enumerate(kinds) if k == "name"]
            if (len(names) >= 2 and names[-1] == len(parts) - 1 and kinds[0] == "place"
                    and 2 <= len(parts[-1]) <= 3):
                # صفاقس - الشروق - منية الكسراوي: after the outlet, the reporter
                out.append(Suggestion(*_span(doc, parts[-1]), "PERS", SOURCE, 0.6))
                kinds[-1] = "person"
            for number, (part, kind) in enumerate(zip(parts, kinds, strict=True)):
                if number == 0 and _label(doc, part):
                    continue  # الحكم: عبد الرحمن ...، الملعب: ... (a field label)
                if number and doc.words[part[0] - 1].folded.isdigit() and doc.text[
                        doc.words[part[0] - 1].end : doc.words[part[0]].start] == "-":
                    continue  # 192-bit: a unit glued to its number
                if (kind == "name" and not _is_verbish(doc.words[part[0]])
                        and doc.text[doc.words[part[0]].start - 1 : doc.words[part[0]].start]
                        != "@"):  # a social-media handle, not an outlet's name
                    out.append(Suggestion(*_span(doc, part), "ORG", SOURCE, 0.85))
        elif len(parts) >= 2 and _starts_with_place(doc, line[0], gazetteers):
            # A dateline glued to its lead: the agency in brackets or slashes.
            head = parts[: min(len(parts), 5)]
            for part, kind in zip(head, kinds, strict=False):
                start, end = _span(doc, part)
                before = doc.text[max(0, start - 2) : start]
                after = doc.text[end : end + 2]
                bracketed = "(" in before and ")" in after
                slashed = "/" in before and "/" in after
                if kind == "name" and (bracketed or slashed) and len(part) <= 3:
                    out.append(Suggestion(start, end, "ORG", SOURCE, 0.8))
    return out


def _label(doc: Doc, part: list[int]) -> bool:
    """Is this first part of a line a label before a colon (``الحكم:``, ``عدد الأنوية:``)?
    A dateline puts a dash or slash between place and outlet; a colon after the first part
    introduces a value (a person, a number, a place), or an outlet only after المصدر."""
    end = doc.words[part[-1]].end
    return doc.text[end : end + 2].strip()[:1] == ":"


def _starts_with_place(doc: Doc, index: int, gazetteers: Gazetteers) -> bool:
    hit = gazetteers.index.match_at(doc, index)
    return hit is not None and hit[2].type in ("GPE", "LOC") and hit[0] == doc.words[index].start


def _is_verbish(word: Word) -> bool:
    return word.folded.startswith(VERB_PREFIXES) and len(word.folded) >= 4


def source_organisations(doc: Doc) -> list[Suggestion]:
    """The name after ``المصدر:``, ``مصدر الخبر:``, ``نقلا عن`` at the start of a line."""
    out = []
    words = doc.words
    for line in _lines(doc):
        first = words[line[0]].folded
        skip = 0
        if first in ("المصدر", "مصدر"):
            skip = 1 if first == "المصدر" else 2
            if len(line) < skip:
                continue  # a line that is only the word مصدر
            colon = doc.text[words[line[skip - 1]].end : words[line[skip - 1]].end + 3]
            if ":" not in colon:
                continue
        elif first == "نقلا" and len(line) > 1 and words[line[1]].folded == "عن":
            skip = 2
        if not skip or len(line) <= skip:
            continue
        taken: list[int] = []
        for index in line[skip:]:
            folded = words[index].folded
            if taken:
                gap = doc.text[words[index - 1].end : words[index].start]
                if any(c in gap for c in "+،,(:") or len(taken) == 4:
                    break
            if folded in _SOURCE_STOPS or folded in _GENERIC_SOURCES:
                break
            taken.append(index)
        if taken:
            out.append(Suggestion(*_span(doc, taken), "ORG", SOURCE, 0.8))
    return out
