"""Dates as DATE suggestions: month names of three calendars, digits of two scripts.

Matched on the folded text (`fasl.textlogic.normalize.fold_with_offsets`), so hamza forms,
tashkeel and Arabic-Indic digits need no special cases, and mapped back to original offsets.
Found: ``26th, October 2023``, ``15 أكتوبر``, ``السابع من أكتوبر``, ``ديسمبر/كانون الأول``,
``الخميس 26 أكتوبر 2023``, ``1445 هـ``, ``26/10/2023``, ``عام 1992``.  A month name alone is
a date only when it cannot be an ordinary word: ``مارس`` (practised), ``آب`` (folds to
father), ``صفر`` (zero), ``رجب``/``شعبان``/``رمضان`` (also names) need a day or a year.
"""
from __future__ import annotations

import re

from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.words import is_mark

SOURCE = "patterns"

GREGORIAN = ["يناير", "فبراير", "مارس", "أبريل", "إبريل", "ابريل", "مايو", "يونيو", "يونيه",
             "يوليو", "يوليه", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر"]
LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]
HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى",
         "جمادى الآخرة", "جمادى الثانية", "جمادى الأول", "جمادى الآخر", "رجب", "شعبان", "رمضان",
         "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة"]
ENGLISH = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
AMBIGUOUS = {fold(m) for m in ["مارس", "آب", "صفر", "رجب", "شعبان", "رمضان", "محرم", "may"]}
WEEKDAYS = ["الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
ORDINALS = ["الأول", "الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
            "الثامن", "التاسع", "العاشر", "الحادي عشر", "الثاني عشر", "الثالث عشر",
            "الرابع عشر", "الخامس عشر", "السادس عشر", "السابع عشر", "الثامن عشر",
            "التاسع عشر", "العشرين", "الحادي والعشرين", "الثاني والعشرين", "الثالث والعشرين",
            "الرابع والعشرين", "الخامس والعشرين", "السادس والعشرين", "السابع والعشرين",
            "الثامن والعشرين", "التاسع والعشرين", "الثلاثين", "الحادي والثلاثين"]


def _alternation(names: list[str]) -> str:
    folded = sorted({fold(n) for n in names}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s") for f in folded)


_MONTH = f"(?:{_alternation(GREGORIAN + LEVANTINE + HIJRI + ENGLISH)})"
_MONTH_PAIR = rf"{_MONTH}(?:\s?/\s?{_MONTH})?"
_DAY = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
_YEAR = r"(?:1[3-9]\d\d|20\d\d)(?:\s?(?:م|ه|هـ|ق\.?م)(?!\w))?"
_ORDINAL = f"(?:{_alternation(ORDINALS)})"
_WEEKDAY = f"(?:{_alternation(WEEKDAYS)})"
_B = r"(?<![\w])"
_E = r"(?![\w])"

_PATTERNS = [
    # [weekday[,]] day[,] month[/month] [,] [year]  —  26th, October 2023 ; الخميس 26 أكتوبر
    (rf"{_B}(?:{_WEEKDAY}\s?,?\s?)?{_DAY},?\s(?:من\s)?{_MONTH_PAIR}(?:,?\s{_YEAR})?{_E}", 0.85),
    # month day, year  —  October 26, 2023
    (rf"{_B}{_MONTH}\s{_DAY},?\s{_YEAR}{_E}", 0.85),
    # ordinal من month  —  السابع من أكتوبر
    (rf"{_B}(?:{_WEEKDAY}\s)?{_ORDINAL}\s(?:من\s)?(?:شهر\s)?{_MONTH_PAIR}(?:\s{_YEAR})?{_E}", 0.8),
    # month[/month] year  —  ديسمبر 2023, أكتوبر/تشرين الأول 2023
    (rf"{_B}(?:شهر\s)?{_MONTH_PAIR}\s{_YEAR}{_E}", 0.8),
    # month[/month] alone (ambiguous names dropped below)
    (rf"{_B}(?:شهر\s)?{_MONTH_PAIR}{_E}", 0.6),
    # numeric dates  —  26/10/2023, 2023-10-26
    (r"(?<![\d/.-])(?:[0-3]?\d[/.-][01]?\d[/.-](?:19|20)\d\d|(?:19|20)\d\d-[01]?\d-[0-3]?\d)"
     r"(?![\d/.-])", 0.8),
    # year with a word for year or an era mark  —  عام 1992, 1445 هـ
    (rf"{_B}(?:عام|سنه|العام)\s(?:1[3-9]\d\d|20\d\d)(?:\s?(?:م|ه|هـ)(?!\w))?{_E}", 0.7),
    (rf"{_B}1[34]\d\d\s?(?:ه|هـ){_E}", 0.7),
    # weekday, optionally with اليوم/يوم  —  اليوم الأربعاء, الخميس
    (rf"{_B}(?:(?:اليوم|يوم)\s)?{_WEEKDAY}{_E}", 0.55),
]
_COMPILED = [(re.compile(p), c) for p, c in _PATTERNS]


def _end_with_marks(text: str, end: int) -> int:
    while end < len(text) and (is_mark(text[end]) or text[end] == "\u0640"):
        end += 1
    return end


def find_dates(doc: Doc) -> list[Suggestion]:
    """Every date expression in ``doc``; where patterns overlap the longest wins."""
    folded, offsets = doc.folded
    found: list[tuple[int, int, float]] = []
    for regex, confidence in _COMPILED:
        for match in regex.finditer(folded):
            if match.end() == match.start():
                continue
            if confidence == 0.6 and match.group().split("/")[0].replace("شهر ", "") in AMBIGUOUS:
                continue
            found.append((match.start(), match.end(), confidence))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out = []
    covered_to = -1
    for start, end, confidence in found:
        if end <= covered_to:
            continue
        if start < covered_to:
            continue
        covered_to = end
        original_end = _end_with_marks(doc.text, offsets[end - 1] + 1)
        out.append(Suggestion(offsets[start], original_end, "DATE", SOURCE, confidence))
    return out
