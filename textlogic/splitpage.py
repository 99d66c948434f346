"""A whole page scraped onto one line: the headline and its time stamp run into the lede.

"ارتفاع جنوني لأسعار الخبز ... بدعم الدقيقالسبت 12 أكتوبر 2024شهدت أسعار الخبز ...",
"الستاغ: انقطاع التيار ... المقبل التونسية - تونس | 01/12/2026 09:30 أعلنت ...".  Scrapers
that join a page's text without separators leave no line break between the title, the
byline or date and the story.  The time stamp is what can be found: a weekday or month name,
a full date, a time, or "منذ 45 دقيقة", standing after a few words of headline and before a
long story, not set off by commas as a date inside a sentence is.  A short credit right
before it ("مصراوي -", "بواسطة أموال الغد -", "التونسية - تونس |") goes with the date.

A mixin of `fasl.textlogic.splitread.Reader`, asked only for a document's first line when
that line is nearly the whole document.
"""
from __future__ import annotations

import re

from fasl.textlogic.cuematch import DATE
from fasl.textlogic.splitbase import trait
from fasl.textlogic.splitdates import DateLines

#: "منذ 45 دقيقة", "منذ 3 ساعات" on the skeleton (ة folded to ه).
_RELATIVE = re.compile(r"منذ\s+\d+\s+(?:دقيقه|دقائق|دقيقتين|ساعه|ساعات|ساعتين|يوم|ايام)(?!\w)")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_YEAR_GLUED = re.compile(r"\d{4}(?=[^\W\d_])")  # "2024شهدت": the year glued to the lede
_PART_SEP = "-|/"
_HEAD_WORDS = (4, 30)  # words of headline before the stamp
_MIN_STORY_WORDS = 15
_BYLINE_WORDS = ("بواسطه", "كتب", "كتبت", "بقلم")


@trait
class PageHead(DateLines):
    """Finds the headline's end and the stamp's end on a one-line page."""

    def page_head(self, s: int, e: int) -> tuple[int, int] | None:
        """``(headline end, stamp end)`` in ``[s, e)``, or ``None``."""
        sk = self.sk
        limit = s
        for _ in range(_HEAD_WORDS[1] + 12):  # the stamp stands within the first words
            space = sk.find(" ", limit + 1, e)
            if space < 0:
                break
            limit = space
        pos = s
        while pos < limit:
            m = self.m.date_token.search(sk, pos, limit)
            rel = _RELATIVE.search(sk, pos, limit)
            if rel is not None and (m is None or rel.start() <= m.start()):
                at, end, full = rel.start(), rel.end(), sk[rel.start() - 1:rel.start()].isspace()
            elif m is not None:
                at = m.start()
                end, digits = self.date_run(at, e)
                glued = _YEAR_GLUED.match(sk, self.skip_space(end, e), e)
                if glued is not None:
                    end, digits = glued.end(), digits + 1
                full = (digits >= 2 or (digits >= 1 and _TIME.search(sk, at, end) is not None))
                full = full and self._starts_stamp(at, m.end())
            else:
                return None
            if full:
                at = self._label_start(s, at)
                if self._stands_apart(s, at, end, e):
                    return self._credit_start(s, at), self.skip_space(end, e)
            # (with no date token the stamp was the relative time, which ends at ``end``)
            pos = max(at, end) + 1 if full else m.end() if m is not None else end
        return None

    def _label_start(self, s: int, at: int) -> int:
        """Back from the stamp over a dateline label right before it ("نشر في", "Publié
        le", "تاريخ النشر:"): the label belongs to the stamp, not to the headline."""
        sk = self.sk
        p = at
        for _ in range(4):  # a label is at most a few words
            p = sk.rfind(" ", s, p - 1) + 1 if p - 1 > s else s
            cue = self.m.head_cue(sk, p, at)
            if cue is not None and DATE in cue[1]:
                after = cue[0]
                while after < at and (sk[after].isspace() or sk[after] in ":-"):
                    after += 1
                if after == at:
                    return p
            if p <= s:
                break
        return at

    def _starts_stamp(self, at: int, token_end: int) -> bool:
        """A stamp starts a word, or is a day or month name glued to the headline's last
        word ("الدقيقالسبت")."""
        sk = self.sk
        if at == 0 or not sk[at - 1].isalnum():
            return True
        return token_end - at >= 4 and not sk[at].isdigit()

    def _stands_apart(self, s: int, at: int, end: int, e: int) -> bool:
        """A headline's worth of words before, a story after, no comma either side."""
        sk = self.sk
        if not _HEAD_WORDS[0] <= self.words(s, at) <= _HEAD_WORDS[1]:
            return False
        before = at
        while before > s and sk[before - 1].isspace():
            before -= 1
        after = self.skip_space(end, e)
        return (sk[before - 1] not in ",.!?" and (after >= e or sk[after] not in ",")
                and self.words(after, e) >= _MIN_STORY_WORDS)

    def _credit_start(self, s: int, at: int) -> int:
        """Back from the stamp over a short credit set off by separators."""
        sk = self.sk
        start = at
        for _ in range(2):  # up to two parts: "التونسية - تونس |"
            p = start
            while p > s and sk[p - 1].isspace():
                p -= 1
            if p <= s or sk[p - 1] not in _PART_SEP:
                break
            p -= 1
            while p > s and sk[p - 1].isspace():
                p -= 1
            words = sk[s:p].split()[-4:]
            take = 1
            for k in range(len(words)):  # a byline word within four words opens the credit
                if words[k] in _BYLINE_WORDS:
                    take = len(words) - k
                    break
            end = p
            for _ in range(take):
                p = sk.rfind(" ", s, p - 1) + 1 or s
            if take == 1:  # or an outlet's word ("وكالة الطرق -", "صحيفة الأيام |")
                window = end
                for _ in range(4):
                    window = sk.rfind(" ", s, window - 1) + 1 or s
                outlet = self.m.outlet_search.find(sk, window, end)
                if 0 <= outlet < p:
                    p = outlet
            if self.words(s, p) < _HEAD_WORDS[0]:
                break
            start = p
        return start
