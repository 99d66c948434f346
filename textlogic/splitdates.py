"""Date lines for the splitter's line reader: runs of date and time tokens, lines made of
dates, and credit lines that close with a date.

A mixin of `fasl.textlogic.splitread.Reader` (it reads ``self.sk``, the skeleton of the
text, and ``self.m``, the compiled lexicon), kept apart so the reader stays one job: cutting
lines into units.
"""
from __future__ import annotations

import re

from fasl.textlogic.cuematch import LEAD_CHARS
from fasl.textlogic.cuetrie import find_digit, find_stop
from fasl.textlogic.splitbase import LineTools, trait
from fasl.textlogic.splitunits import DIGIT, STOP

_DATE_GAP = re.compile(r"[\s:,\-|/()]*")
_FIELD_SEP = re.compile(r"\s[|\-–—]\s")
#: A list item's number: "4- ", "4. ", "4) ", "(4) " (not "4-5", "12/3").
_LIST_ORDINAL = re.compile(r"\(?\d{1,2}\s*[-.)]\s+")
#: Stripped from a word before the date-word look-up (no letter among them).
_WORD_EDGE = LEAD_CHARS + "\u200b"
#: A place of one or two words and its comma, opening an agency's dateline.
_PLACE_COMMA = re.compile(r"[^\s،,\d]+(?:\s[^\s،,\d]+)?\s*[،,]\s*")
_WORD = re.compile(r"\w+")
_NUMERIC_DATE = re.compile(r"\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}")


@trait
class DateLines(LineTools):
    """Date tests over ``self.sk``."""

    def date_run(self, pos: int, e: int) -> tuple[int, int]:
        """End of consecutive date and time tokens from ``pos``, and how many held digits."""
        end, digits = pos, 0
        while pos < e:
            pos = _DATE_GAP.match(self.sk, pos, e).end()  # type: ignore[union-attr]  # may be empty
            m = self.m.date_token.match(self.sk, pos, e)
            if not m or m.end() == m.start():
                break
            if any(c.isdigit() for c in self.sk[m.start():m.end()]):
                digits += 1
            end = pos = m.end()
        return end, digits

    def ends_in_date(self, pos: int, e: int, max_words: int = 6) -> bool:
        """Whether a date with a figure closes ``[pos, e)`` within its first few words."""
        for _ in range(max_words):
            end, digits = self.date_run(pos, e)
            if digits and end >= e:
                return True
            space = self.sk.find(" ", pos, e)
            if space < 0:
                return False
            pos = self.skip_space(space, e)
        return False

    def place_and_date(self, s: int, e: int) -> bool:
        """A credit line of fields closed by a full date: "عمّان - المدينة نيوز | 12 مارس 2025",
        "الرباط | 3 يونيو 2025 - 10:40".  A full date (a month or weekday name, or d/m/y) so
        that a title ending in a year or a score ("الأهلي - الزمالك 2 - 1") is no dateline."""
        sk = self.sk
        for sep in _FIELD_SEP.finditer(sk, s, e):
            if find_stop(sk, s, sep.start()) >= 0:
                return False  # a sentence before it: prose, not fields
            p = self.skip_space(sep.end(), e)
            end, digits = self.date_run(p, e)
            if digits and end >= e:
                field = sk[p:e]
                return (_NUMERIC_DATE.search(field) is not None
                        or any(w in self.m.date_words for w in field.lower().split()))
        return self.agency_dateline(s, e)

    def agency_dateline(self, s: int, e: int) -> bool:
        """"باكو، 1 ديسمبر، أذرتاج", "جدة، 3 مارس 2025 (واس)": a place, a date with a month
        name and one or two words of the agency after it, between commas or dashes."""
        sk = self.sk
        m = _PLACE_COMMA.match(sk, s, e)
        if m is None:
            return False
        end, digits = self.date_run(m.end(), e)
        if not digits or end >= e or not any(
                w in self.m.date_words for w in _WORD.findall(sk, m.end(), end)):
            return False
        rest = sk[end:e].strip()
        if sk[end - 1] not in "،," and rest[:1] not in "،,-–—(":
            return False  # no separator: the date runs on into a sentence
        rest = rest.strip(" ()،,-–—")
        return 1 <= len(rest.split()) <= 2 and STOP.search(rest) is None

    def date_like(self, s: int, e: int) -> bool:
        """A line mostly made of dates, times and weekdays ("الأحد 12 مايو 2024 - 10:45 ص")."""
        if find_digit(self.sk, s, e) < 0:  # needs a digit; most short lines have none
            return False
        ordinal = _LIST_ORDINAL.match(self.sk, s, e)
        if ordinal is not None:
            # "4- الثلاثاء: الرياضيات": an item of a numbered list (a timetable in the story);
            # its number is no date, so what follows must be a date on its own.
            s = ordinal.end()
            if find_digit(self.sk, s, e) < 0:
                return False
        if "بتوقيت" not in self.sk[s:e]:
            # Date tokens start words and end inside them, so the words that hold a digit or
            # are month, day or time words bound what they can cover; a headline with one
            # number in it fails here without a regex per word.
            # (a word of letters only holds no digit and no `_WORD_EDGE` character to strip:
            # `str.isalpha` says so without a strip or a regex)
            bound = 0
            date_words = self.m.date_words
            for word in self.sk[s:e].lower().split():
                if word.isalpha():
                    if word in date_words:
                        bound += len(word)
                elif word.strip(_WORD_EDGE) in date_words or DIGIT.search(word):
                    bound += len(word)
            if bound < 0.45 * (e - s):
                return False
        covered, digits, pos = 0, 0, s
        while pos < e:
            pos = _DATE_GAP.match(self.sk, pos, e).end()  # type: ignore[union-attr]  # may be empty
            m = self.m.date_token.match(self.sk, pos, e) if pos < e else None
            if m and m.end() > m.start():
                covered += m.end() - m.start()
                digits += any(c.isdigit() for c in self.sk[m.start():m.end()])
                pos = m.end()
            else:  # skip one word
                space = self.sk.find(" ", pos, e)
                pos = e if space < 0 else space
        return digits >= 1 and covered >= 0.45 * (e - s)
