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
from functools import cache

from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.words import is_mark

SOURCE = "patterns"

GREGORIAN = ["يناير", "فبراير", "مارس", "أبريل", "إبريل", "ابريل", "مايو", "يونيو", "يونيه",
             "يوليو", "يوليه", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر"]
# Algeria and Tunisia (French names) and Morocco (its own spellings).
MAGHREB = ["جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت", "يوليوز", "غشت", "شتنبر",
           "نونبر", "دجنبر"]
LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]
HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى",
         "جمادى الآخرة", "جمادى الثانية", "جمادى الأول", "جمادى الآخر", "رجب", "شعبان", "رمضان",
         "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة"]
# The Iranian solar calendar (Arabic services of Iranian media): only with a day and a year,
# since تير، مهر، دي are everyday words or names.
PERSIAN = ["فروردين", "أرديبهشت", "اردیبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "آبان",
           "آذر", "دي", "بهمن", "إسفند", "اسفند"]
ENGLISH = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
AMBIGUOUS = {fold(m) for m in ["مارس", "آب", "صفر", "رجب", "شعبان", "رمضان", "محرم", "may",
                               "ماي", "أوت"]}
WEEKDAYS = ["الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
ORDINALS = ["الأول", "الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
            "الثامن", "التاسع", "العاشر", "الحادي عشر", "الثاني عشر", "الثالث عشر",
            "الرابع عشر", "الخامس عشر", "السادس عشر", "السابع عشر", "الثامن عشر",
            "التاسع عشر", "العشرين", "الحادي والعشرين", "الثاني والعشرين", "الثالث والعشرين",
            "الرابع والعشرين", "الخامس والعشرين", "السادس والعشرين", "السابع والعشرين",
            "الثامن والعشرين", "التاسع والعشرين", "الثلاثين", "الحادي والثلاثين"]
# Calendar units that, with a relative word after them, name a period (العام الماضي).
UNITS = ["العام", "السنة", "الشهر", "الأسبوع", "الأيام", "الأسابيع", "الأشهر", "الشهور",
         "السنوات", "الأعوام", "العقد", "العقدين", "العقود", "القرن", "الأسبوعين", "الشهرين",
         "العامين", "السنتين"]
RELATIVE = ["الماضي", "الماضية", "الماضيين", "الماضيتين", "الجاري", "الجارية", "الحالي",
            "الحالية", "المقبل", "المقبلة", "المقبلين", "القادم", "القادمة", "القادمين",
            "المنصرم", "المنصرمة", "الأخير", "الأخيرة", "الأخيرين", "الأخيرتين", "المنقضي"]
COUNTS = ["الثلاث", "الثلاثة", "الأربع", "الأربعة", "الخمس", "الخمسة", "الست", "الستة",
          "السبع", "السبعة", "الثماني", "الثمانية", "التسع", "التسعة", "العشر", "العشرة"]
QUALIFIERS = ["المالي", "الدراسي", "الميلادي", "الهجري"]
PARTS = ["منتصف", "نهاية", "مطلع", "بداية", "أواخر", "أوائل", "أواسط", "مستهل"]
FRACTIONS = ["الربع", "النصف", "السداسي", "الثلث", "الفصل"]
# Quarters, halves and thirds alone are periods (الربع الثالث); a chapter is not (الفصل
# الأخير of a novel) unless a year follows.
BARE_FRACTIONS = ["الربع", "النصف", "السداسي", "الثلث"]
DECADES = ["العشرينيات", "الثلاثينيات", "الأربعينيات", "الخمسينيات", "الستينيات", "السبعينيات",
           "الثمانينيات", "التسعينيات", "عشرينيات", "ثلاثينيات", "أربعينيات", "خمسينيات",
           "ستينيات", "سبعينيات", "ثمانينيات", "تسعينيات"]
SEASONS = ["صيف", "شتاء", "ربيع", "خريف"]
# Qualifiers of a year that is no calendar year: the school, academic or financial year.
ACADEMIC = ["الدراسي", "الدراسية", "الجامعي", "الجامعية", "المالي", "المالية", "القضائي",
            "القضائية"]


def _alternation(names: list[str]) -> str:
    folded = sorted({fold(n) for n in names}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s") for f in folded)


def _with_elided_article(names: list[str]) -> str:
    """Words with the article also matched in their ``للعام`` form, from the second ``ل``."""
    alternation = _alternation(names)
    elided = _alternation([n[1:] for n in names if fold(n).startswith("ال")])
    return f"(?:{alternation}|(?:(?<=(?<![\\w])ل)|(?<=(?<![\\w])[وف]ل))(?:{elided}))"


_MONTH = f"(?:{_alternation(GREGORIAN + MAGHREB + LEVANTINE + HIJRI + ENGLISH)})"
_MONTH_PAIR = rf"{_MONTH}(?:\s?/\s?{_MONTH}|\s?\(\s?{_MONTH}\s?\))?"
_DAY = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
_YEAR_NUMBER = r"(?:1[3-9]\d\d|20\d\d)"
# An era mark right after a year (1445 هـ، 2024م).
_ERA = r"(?:\s?(?:م|ه|هـ)(?!\w))?"
# An era after the year belongs to the date: a mark (م، هـ) or a word (1445 هجرية، 1446
# للهجرة، 2024 ميلادية).
_YEAR = (rf"{_YEAR_NUMBER}(?:\s?(?:م|ه|هـ|ق\.?م)(?!\w)"
         rf"|\s(?:هجريه|هجري|للهجره|ميلاديه|ميلادي|للميلاد)(?!\w))?")
_ORDINAL = f"(?:{_alternation(ORDINALS)})"
_WEEKDAY = f"(?:{_alternation(WEEKDAYS)})"
_UNIT = _with_elided_article(UNITS)
_RELATIVE = f"(?:{_alternation(RELATIVE)})"
_PERIOD = (rf"(?:{_UNIT}(?:\s(?:{_alternation(QUALIFIERS)}))?(?:\s(?:{_alternation(COUNTS)}))?"
           rf"\s{_RELATIVE})")
_OF_YEAR = rf"(?:\sمن\s(?:{_PERIOD}|{_UNIT}))"
# ... of a year named by its number  —  من 2026, من عام 2026
_OF_YEAR_NUMBER = rf"(?:\sمن\s(?:(?:عام|العام|سنه)\s)?{_YEAR_NUMBER}{_ERA})"
# Every pattern starts a word, after any attached proclitics (بنهاية, ولعام); the date itself
# is the group "d".  A plain lookbehind first keeps the scan fast (one check per position).
_B = r"(?<![\w])(?:[وف]?[بلك]|[وف])?(?P<d>"
_E = r"(?![\w]))"
# The weekday belongs to the date it is attached to, with its "يوم" and a comma or a dash
# (يوم الخميس 10 يوليو, الأحد - 23 ذو الحجة 1445 هـ); "يوم" with no weekday stays out
# (يوم 26 أغسطس → 26 أغسطس, as the development set has it).
_WEEKDAY_PREFIX = rf"(?:(?:(?:اليوم|يوم)\s)?{_WEEKDAY}\s?(?:,\s?)?(?:-\s?)?)?"
_YEAR_RANGE = rf"{_YEAR_NUMBER}\s?[-/]\s?{_YEAR_NUMBER}"
# Gregorian (19xx, 20xx) or Hijri (14xx) years; an era mark after it belongs to the date
# (الموافق 2024.11.05 م، 1446.05.03 هـ).
_NUMERIC = (r"(?:[0-3]?\d[/.-][01]?\d[/.-](?:19|20|14)\d\d|(?:19|20|14)\d\d[/.-][01]?\d[/.-][0-3]?\d)")
_ACADEMIC_YEAR = (rf"(?:{_with_elided_article(['العام', 'السنة'])})"
                  rf"\s(?:{_alternation(ACADEMIC)})")
_ACADEMIC_NUMBER = rf"(?:{_YEAR_RANGE}{_ERA}|{_YEAR})"
# One end of a range: a month, with its day (or ordinal) and year when written.
_RANGE_END = (rf"(?:(?:{_DAY}\s|{_ORDINAL}\s(?:من\s)?))?(?:شهر\s)?{_MONTH_PAIR}"
              rf"(?:\s{_YEAR})?")

_PATTERNS = [
    # [weekday[,]] day[,] month[/month] [,] [year]  —  26th, October 2023 ; الخميس 26 أكتوبر
    (rf"{_B}{_WEEKDAY_PREFIX}{_DAY},?\s(?:من\s)?{_MONTH_PAIR}(?:(?:\s?,\s?|\s){_YEAR})?{_E}",
     0.85),
    # day ranges  —  13 إلى 16 يونيو, من 2 إلى 4 جوان
    (rf"{_B}(?<![:\d]){_DAY}\s?(?:الي|حتي|-)\s?{_DAY}\s{_MONTH_PAIR}(?:\s{_YEAR})?{_E}", 0.8),
    # [weekday] day/month-name/year  —  الأحد 12/مايو/2024
    (rf"{_B}{_WEEKDAY_PREFIX}{_DAY}\s?/\s?{_MONTH}\s?/\s?{_YEAR_NUMBER}{_E}", 0.85),
    # Iranian solar dates with their era mark  —  7 آذر 1405 هـ.ش، السبت 6 آذر 1405
    (rf"{_B}{_WEEKDAY_PREFIX}{_DAY}\s(?:{_alternation(PERSIAN)})\s1[34]\d\d"
     rf"(?:\s?(?:ه|هـ)\.?\s?ش\.?|\s?(?:ه|هـ)(?!\w))?(?![\w])(?!\.\w))", 0.8),
    # month day, year  —  October 26, 2023
    (rf"{_B}{_MONTH}\s{_DAY},?\s{_YEAR}{_E}", 0.85),
    # ordinal من month  —  السابع من أكتوبر
    (rf"{_B}(?:{_WEEKDAY}\s)?{_ORDINAL}\s(?:من\s)?(?:شهر\s)?{_MONTH_PAIR}(?:\s{_YEAR})?{_E}",
     0.8),
    # part of a month or period  —  منتصف يونيو, نهاية شهر أبريل, بداية العام الجاري,
    # مطلع عام 2022, أواخر 2024
    (rf"{_B}(?:{_alternation(PARTS)})\s(?:(?:شهر\s)?{_MONTH_PAIR}(?:\s{_YEAR})?|{_PERIOD}|{_UNIT}"
     rf"{_OF_YEAR}?|(?:(?:عام|العام|سنه)\s)?{_YEAR}){_E}", 0.75),
    # the last or first stretch of a month  —  الأسبوع الأخير من تشرين الأول, الجمعة الأولى
    # من رمضان ("the same period of last year" stays العام الماضي, as the development set has it)
    (rf"{_B}(?:{_UNIT}|{_WEEKDAY})\s(?:الاخير|الاخيره|الاول|الاولي)\sمن\s(?:شهر\s)?"
     rf"{_MONTH_PAIR}(?:\s{_YEAR})?{_E}", 0.7),
    # month[/month] year  —  ديسمبر 2023, أكتوبر/تشرين الأول 2023
    (rf"{_B}(?:شهر\s)?{_MONTH_PAIR}\s{_YEAR}{_E}", 0.8),
    # month of a relative year  —  أيار من العام المقبل
    (rf"{_B}(?:شهر\s)?{_MONTH_PAIR}{_OF_YEAR}{_E}", 0.75),
    # month[/month] alone (ambiguous names dropped below)
    (rf"{_B}(?:شهر\s)?{_MONTH_PAIR}{_E}", 0.6),
    # numeric dates, weekday allowed  —  26/10/2023, 2023-10-26, الثلاثاء 14-05-2024
    (rf"{_B}{_WEEKDAY_PREFIX}(?<![\d/.-]){_NUMERIC}(?![\d/.-]){_ERA})", 0.8),
    # year with a word for year or an era mark  —  عام 1992, لسنة 2024, عامي 2011 و2013
    (rf"{_B}(?:{_with_elided_article(['عام', 'سنة', 'العام', 'السنة'])})\s{_YEAR}{_E}", 0.7),
    (rf"{_B}(?:عامي|سنتي)\s{_YEAR_NUMBER}\s?و\s?{_YEAR_NUMBER}{_E}", 0.7),
    (rf"{_B}1[34]\d\d\s?(?:ه|هـ){_E}", 0.7),
    # a year after بحلول / منذ / حتى  —  بحلول 2030
    (rf"(?<![\w])(?:بحلول|منذ|حتي)\s(?P<d>{_YEAR_NUMBER}(?![\w]))", 0.65),
    # season + year  —  صيف 2030
    (rf"{_B}(?:{_alternation(SEASONS)})\s{_YEAR_NUMBER}{_E}", 0.7),
    # relative periods  —  العام الماضي, الأيام المقبلة, السنوات الخمس المقبلة, هذا العام
    (rf"{_B}(?:{_PERIOD}|هذا\s(?:العام|الشهر|الاسبوع)|هذه\s(?:السنه|الايام)){_E}", 0.7),
    # the first months of a year  —  الأشهر الأربعة الأولى من العام الحالي
    (rf"{_B}{_UNIT}(?:\s(?:{_alternation(COUNTS)}))?\s(?:الاولي|الاول|الاولين)"
     rf"(?:{_OF_YEAR}|{_OF_YEAR_NUMBER}){_E}", 0.7),
    # parts of a year, the year included  —  الربع الأول من العام الجاري, النصف الثاني من
    # العام, الربع الثالث 2023, الربع الرابع من عام 2024, نهاية الربع الثالث
    (rf"{_B}(?:(?:{_alternation(PARTS)})\s)?(?:{_alternation(FRACTIONS)})"
     rf"\s(?:الاول|الثاني|الثالث|الرابع|الاخير)"
     rf"(?:{_OF_YEAR}|\s(?:من\s)?(?:(?:عام|العام|سنه)\s)?{_YEAR_NUMBER}){_E}", 0.65),
    (rf"{_B}(?:(?:{_alternation(PARTS)})\s)?(?:{_alternation(BARE_FRACTIONS)})"
     rf"\s(?:الاول|الثاني|الثالث|الرابع|الاخير){_E}", 0.65),
    # a span of years standing as one period  —  2024-2025, العام الدراسي 2024/2025, عام
    # 2024-2025 (the word for year and a school or financial year's qualifier inside; a
    # season is no date, so للموسم 2024-2025 gives the years alone)
    (rf"{_B}(?:{_with_elided_article(['عام', 'سنة', 'العام'])}\s"
     rf"(?:(?:الدراسي|المالي)\s)?)?(?<![\d/.-]){_YEAR_RANGE}"
     rf"(?![\d/.-]){_E}", 0.6),
    # a school, academic or financial year, with a part of it or its number  —  بداية العام
    # الدراسي, مطلع العام الدراسي 2027-2028, السنة الدراسية 1447-1448هـ, للسنة المالية 2027
    (rf"{_B}(?:(?:{_alternation(PARTS)})\s{_ACADEMIC_YEAR}(?:\s{_ACADEMIC_NUMBER})?"
     rf"|{_ACADEMIC_YEAR}\s{_ACADEMIC_NUMBER}){_E}", 0.65),
    # the first or second half of a month  —  النصف الثاني من ديسمبر
    (rf"{_B}(?:{_alternation(BARE_FRACTIONS)})\s(?:الاول|الثاني|الاخير)\sمن\s(?:شهر\s)?"
     rf"{_MONTH_PAIR}(?:\s{_YEAR})?{_E}", 0.7),
    # the two ends of a range after بين (بين stays out)  —  بين 2019 و2022, بين جانفي 2023
    # وأفريل 2025, بين 21 ديسمبر و3 يناير 2027
    (rf"(?<=بين\s)(?<![^\sوف]بين\s)(?P<d>{_YEAR_NUMBER}\s?و\s?{_YEAR_NUMBER}(?![\w]))", 0.65),
    (rf"(?<=بين\s)(?<![^\sوف]بين\s)(?P<d>{_RANGE_END}\s?و\s?{_RANGE_END}(?![\w]))", 0.7),
    # a weekday range  —  الجمعة - السبت
    (rf"{_B}{_WEEKDAY}\s?-\s?{_WEEKDAY}{_E}", 0.6),
    # two months as one period  —  شهري سبتمبر وأكتوبر
    (rf"{_B}شهري\s{_MONTH}\s?و\s?{_MONTH}{_E}", 0.7),
    # months or weekdays joined by و name one period, a shared year and the plural word
    # before them inside  —  حزيران وتموز، تشرين الأول وتشرين الثاني، أيلول وتشرين الثاني
    # 2024، أشهر سبتمبر وأكتوبر ونوفمبر 2026، يومي الأحد والاثنين (each month alone would
    # leave the other half of the period untagged)
    (rf"{_B}(?:اشهر\s)?{_MONTH}(?:\s?و\s?{_MONTH})+(?:\s{_YEAR})?{_E}", 0.7),
    (rf"{_B}(?:(?:يومي|يومى)\s)?{_WEEKDAY}(?:\s?و\s?{_WEEKDAY})+{_E}", 0.6),
    # the first of a month, Maghreb style  —  فاتح يناير
    (rf"{_B}فاتح\s(?:شهر\s)?{_MONTH_PAIR}(?:\s{_YEAR})?{_E}", 0.75),
    # centuries and decades  —  القرن الثالث عشر الميلادي, تسعينيات القرن الماضي
    (rf"{_B}القرن\s{_ORDINAL}(?:\s(?:الميلادي|الهجري))?{_E}", 0.7),
    (rf"{_B}(?:{_alternation(DECADES)})"
     rf"(?:\s(?:القرن\s(?:الماضي|العشرين|الحالي)|{_YEAR_NUMBER}))?{_E}", 0.65),
    # weekday, optionally with اليوم/يوم  —  اليوم الأربعاء, الخميس
    (rf"{_B}(?:(?:اليوم|يوم)\s)?{_WEEKDAY}{_E}", 0.55),
]


@cache
def _compiled() -> list[tuple[re.Pattern[str], float]]:
    """The patterns, compiled on first use: compiling them all at import cost ~60 ms of
    the review window's start-up, before any document asks for dates."""
    return [(re.compile(p), c) for p, c in _PATTERNS]


def _first_words() -> list[str]:
    """Every word a date expression can begin with (digits aside)."""
    phrases = (GREGORIAN + MAGHREB + LEVANTINE + HIJRI + ENGLISH + WEEKDAYS + ORDINALS + UNITS
               + PARTS + FRACTIONS + DECADES + SEASONS
               + ["هذا", "هذه", "القرن", "عام", "سنة", "العام", "عامي", "سنتي", "شهر", "اليوم",
                  "يوم", "بحلول", "منذ", "حتى", "شهري", "فاتح", "أشهر", "يومي"])
    words = {fold(p).split()[0] for p in phrases}
    words |= {w[1:] for w in words if w.startswith("ال")}  # للعام: ل + لعام
    return sorted(words, key=len, reverse=True)


# Where a date may start: a word (after its proclitics) that is a digit or a first word above.
# The patterns are tried only there, so a 5 KB article costs one scan, not one per pattern.
@cache
def _start() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:[وف]?[بلك]|[وف])?(?:\d|(?:"
                      + "|".join(re.escape(w) for w in _first_words()) + r")(?![\w]))")


def _end_with_marks(text: str, end: int) -> int:
    while end < len(text) and (is_mark(text[end]) or text[end] == "\u0640"):
        end += 1
    return end


def find_dates(doc: Doc) -> list[Suggestion]:
    """Every date expression in ``doc``; where patterns overlap the longest wins."""
    folded, offsets = doc.folded
    found: list[tuple[int, int, float]] = []
    starts = [m.start() for m in _start().finditer(folded)]
    for regex, confidence in _compiled():
        for position in starts:
            match = regex.match(folded, position)
            if match is None:
                continue
            start, end = match.span("d")
            if end == start:
                continue
            if (confidence == 0.6 and not match["d"].startswith("شهر ")
                    and match["d"].split("/")[0] in AMBIGUOUS):
                continue  # (with "شهر" before it, رمضان or مارس is the month)
            found.append((start, end, confidence))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out = []
    covered_to = -1
    for start, end, confidence in found:
        if end <= covered_to:
            continue
        if start < covered_to:
            continue
        covered_to = end
        original_start = offsets[start]
        original_end = _end_with_marks(doc.text, offsets[end - 1] + 1)
        if not _not_a_date(doc.text, original_start, original_end):
            out.append(Suggestion(_first_listed_day(doc.text, original_start), original_end,
                                  "DATE", SOURCE, confidence))
    return out


# يومي 18 و19 جوان: the days listed before a day and month belong to the one date span.
_LISTED_DAY = re.compile(r"(?<![\w])([0-3]?\d)\s?و\s?$")
# A year range after a plan's name is the plan's term (المخطط الخماسي 2025-2029), not a date.
_PLAN_WORDS = re.compile(r"(?<![\w])(?:[وبلف]?(?:ال)?(?:مخطط|خطة|استراتيجية|إستراتيجية|رؤية))(?![\w])")
_YEAR_RANGE_ONLY = re.compile(rf"^{_YEAR_RANGE}$")
_PERIOD_WORDS = frozenset(fold(w) for w in [
    "الفترة", "للفترة", "فترة", "خلال", "الأعوام", "للأعوام", "السنوات", "للسنوات", "بين", "عام",
    "لعام", "العام", "للعام", "موسم", "الموسم", "للموسم",
])
# صلاة الجمعة, خطبة الجمعة: the Friday prayer or sermon, no date of the story.
_PRAYER_FRIDAY = re.compile(r"(?:صلاة|صلاه|خطبة|خطبه|خطب)\s$")


def _first_listed_day(text: str, start: int) -> int:
    """Start of ``18 و`` before a date that starts with a day number, or ``start``."""
    if not text[start : start + 1].isdigit():
        return start
    match = _LISTED_DAY.search(text[max(0, start - 8) : start])
    return start - len(match.group(0)) if match else start


def _not_a_date(text: str, start: int, end: int) -> bool:
    """A match that the words before it show is no date: a plan's term, a Friday prayer."""
    surface = text[start:end]
    before = text[max(0, start - 60) : start]
    if _YEAR_RANGE_ONLY.match(surface):
        clause = re.split(r"[.،,؛\n]", before)[-1]
        words = clause.split()
        if words and fold(words[-1]) in _PERIOD_WORDS:
            return False  # خطة عمل مشتركة للفترة 2023-2028: the period is named a period
        return _PLAN_WORDS.search(" ".join(words[-6:])) is not None
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        return True  # مايو-كيبي: a month's name inside a hyphenated place name
    return surface == "الجمعة" and _PRAYER_FRIDAY.search(before[-8:]) is not None
