"""First pass of the auto-splitter: lines into units, each with a kind and a confidence.

A line is cut where scraped text glued two things together (a share bar onto the lede, a
cue onto the last sentence, a date onto the lede, a promotion onto a headline); each piece
is then classified on its own from the cue lexicon (`fasl.textlogic.cuematch`) and cheap
shape features.  Long story paragraphs with nothing at their head take a fast path.
"""
from __future__ import annotations

import re
from fasl.textlogic.cuematch import (
    ACTION, BYLINE, COMMENTS, DATE, END, FORM, LEAD_CLASS, LIST, LIST_END, NOTICE, OUTLET,
    PROMO, RELATED, SOURCE, TAGS, Matchers, tolerant,
)
from fasl.textlogic.cuetrie import find_digit, find_stop
from fasl.textlogic.normalize import skeleton
from fasl.textlogic.splitcredit import lede_credit
from fasl.textlogic.splitframe import LONG_RUN, Frame
from fasl.textlogic.splitpage import PageHead
from fasl.textlogic.splitunits import (
    DATE_SHAPE_CONF, K_BOILER, K_COMMENTS, K_DATE, K_LIST, K_LIST_END, K_META, K_OUTLET,
    K_RELATED, K_SOURCE, K_TAGS, K_TEXT, META_SEP, SHAPE_CUE_CONF, Probe, Unit,
)

_SEPS = ":-|/"
#: What marks a bracketed line under a credit word as a wire desk's credit: a second credit
#: after a dash or comma, or the desk it was written for (skeleton spelling).
_DESK_CREDIT = re.compile(r"[-،,]\s*(?:تحرير|اعداد|تغطيه|ترجمه|كتابه|مراجعه|تقرير)\s"
                          r"|\sللنشره\s+(?:العربيه|الاقتصاديه)")
#: "اقرأ أيضادبي تسجل ...": a read-also cue whose label and link text the scraper glued with
#: no space.  "أيضا" and "كذلك" begin no longer word, so a letter right after them starts the
#: headline.  Only these verb + adverb cues, only at a line head.
_GLUED_HEAD = re.compile(LEAD_CLASS + "{0,6}(?:" + "|".join(
    tolerant(f"{verb} {adverb}") for verb in ("اقرأ", "طالع", "شاهد", "اطلع", "تابع")
    for adverb in ("أيضا", "كذلك")) + r")(?=[^\W\d_])")
#: A page counter glued with no space to what follows it at the top of the page: "0 مشاركةالتمييز
#: تؤيد ...", "0 تعليقالأحد 13 أبريل" (the skeleton folds ة to ه).  Atomic, and two letters must
#: follow: "5 تعليقات غاضبة" and "12 تعليقا" (a spaced count in a title) are no glued counter.
_GLUED_COUNTER = re.compile(
    r"\d+\s*(?>مشاركات|مشاركه|تعليقات|تعليق|مشاهدات|مشاهده|قراءات|قراءه|"
    r"views|view|comments|comment|shares|share)(?=[^\W\d_]{2})", re.IGNORECASE)
#: A counter glued after the last sentence or the date, closing the line: "...عربي.4 مشاركة",
#: "...مفتوحة.عدد القراءات: 1532", "12:35 AMعدد القراءات : 3124", "منذ 4 ساعات3 تعليقات".
_TRAILING_COUNTER = re.compile(
    r"(?:(?<=[.!?؟»\"mM])|(?<=[\u0621-\u064a])(?=\d))\s*\d+\s*(?:مشاركات|مشاركه|تعليقات|"
    r"تعليقا|تعليق|مشاهدات|مشاهده|قراءات|قراءه|views?|comments?|shares?)\s*$"
    r"|(?:(?<=[.!?؟»\"])\s*|(?<=\S))عدد\s+(?:القراءات|المشاهدات|التعليقات|المشاركات|الزيارات)"
    r"\s*:?\s*\d+\s*$",
    re.IGNORECASE)
_COUNTER_STEM = re.compile(r"مشارك|تعليق|مشاهد|قراء|view|comment|share", re.IGNORECASE)
#: A wire end marker with the editors' initials glued after the last sentence:
#: "...العاجلة. (انتهى) ع.ص/م.ح", "...الجمعة. انتهى/ م.ع".
_TRAILING_END = re.compile(
    r"(?<=[.!?؟])\s*\(?\s*(?:[اإ]نته[ىي]|يتبع)\s*\)?[\s\-–/.]*"
    r"(?:[\u0621-\u064a]{1,2}[\s/.\-]*){0,6}$")
_COUNT = re.compile(r"\(?\s*\d+\s*\)?")  # a count after a heading: "(4)", "12"
#: A video or audio box's line: a play button, then a call to watch or listen or a closing
#: length ("▶️ شاهد النشرة ... (مدة الفيديو 03:12)", "▶ 01:42", "🔊 الاستماع إلى الخطبة"); a
#: play symbol used as a bullet, or a clip's length before its headline in a list ("▶ 02:41 |
#: ..."), opens plain text.
_VIDEO = re.compile(r"[▶►⏯🎥📹🎬🔊🎧]\ufe0f?\s*(?:(?:شاهد|شاهدوا|فيديو|بالفيديو|استمع|الاستماع)(?!\w)"
                    r"|.*\d:\d\d\)?\s*$)")
#: An audio or video player's position over its length, maybe after its button's word
#: ("استمع 00:00 / 02:47", "0:00 / 1:02:15").
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_PLAYER = re.compile(rf"(?:[^\W\d_]+\s+)?{_CLOCK}\s*/\s*{_CLOCK}\s*$")
#: A web address standing apart from the words beside it: the whole line before a separator,
#: or after one at the end ("المدينة نيوز | www.madina.net/ar/", "Site - https://x.tv").
_WEB = r"(?:https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?)"
#: A short heading that ends in "related" whatever it names: "فتاوى ذات صلة", "دروس ذات
#: علاقة", "قصص مرتبطة", "سيارات مشابهة", "وصفات مقترحة", "ألبومات أخرى", "حلقات سابقة"
#: (skeleton spelling).  The lexicon lists the common ones as head cues;
#: this catches the noun a site chose that no list has.
_RELATION_TAIL = re.compile(
    r"\s(?:(?:ذات|ذو|ذا)\s+(?:صله|علاقه)|مرتبطه|متعلقه|مشابهه|مماثله|مقترحه|اخري|سابقه)\s*:?$")
_ADDRESS_LINE = re.compile(rf"^{_WEB}\s+[|\-–—]\s+\S|\S\s+[|\-–—]\s+{_WEB}$", re.IGNORECASE)


class Reader(PageHead, Frame):
    """Reads lines into units, cutting a line where glued-together parts are recognised."""

    def __init__(self, text: str, matchers: Matchers) -> None:
        self.text = text
        self.sk = skeleton(text)
        self.m = matchers
        self.units: list[Unit] = []
        self.lines_read = 0
        self.tickers = 0  # lines read as tickers (see `tables`)
        # The last promotion scan and glued-cue search, by piece: a line that leaves a fast
        # path for `piece` asks again about the same piece.
        self._hits: tuple[int, int, list[tuple[int, frozenset[str]]]] = (-1, -1, [])
        self._glued: tuple[int, int, tuple[int, int] | None] = (-1, -1, None)
        self._paged: bool | None = None

    # -- small helpers ------------------------------------------------------------------
    def promo_hits(self, s: int, e: int) -> list[tuple[int, frozenset[str]]]:
        """`RoleSearch.hits` of the promotion phrases in ``[s, e)`` (kept for the next ask)."""
        hs, he, hits = self._hits
        if hs != s or he != e:
            hits = self.m.promo_action.hits(self.sk, s, e)
            self._hits = (s, e, hits)
        return hits

    def glued_search(self, s: int, e: int) -> tuple[int, int] | None:
        """The first glued-cue candidate in ``[s, e)``, `Matchers.glued` (kept for the next
        ask)."""
        gs, ge, m = self._glued
        if gs != s or ge != e:
            m = self.m.glued(self.sk, s, e)
            self._glued = (s, e, m)
        return m

    # -- reading ------------------------------------------------------------------------
    def read(self) -> list[Unit]:
        pos = 0
        sk = self.sk
        paragraph, headline, piece = self.plain_paragraph, self.plain_headline, self.piece
        lede = True  # no prose paragraph read yet: the next one may open with a wire credit
        stripped_text = self.text.strip()
        for number, line in enumerate(self.text.split("\n")):
            base = pos
            pos += len(line) + 1
            stripped = line.strip()
            if not stripped:
                continue
            s = base if line[0] == stripped[0] else base + len(line) - len(line.lstrip())
            e = s + len(stripped)
            words = sk.count(" ", s, e) + 1
            if self.lines_read <= 2 and words >= 40 and 5 * (e - s) >= 4 * len(stripped_text):
                # The whole page on one line: the headline and its stamp run into the lede.
                head = self.page_head(s, e)
                if head is not None:
                    title_end, stamp_end = head
                    self.add(s, self.rstrip(s, title_end), number, K_TEXT, 0.5)
                    self.add(title_end, self.rstrip(title_end, stamp_end), number, K_DATE, 0.5)
                    s = stamp_end
                    words = sk.count(" ", s, e) + 1
            if lede and (words >= 20 or (words >= 12 and sk[e - 1] in '.!?"')):
                lede = False
                cut = lede_credit(sk, s, e, self.m.outlet_search)
                if cut is not None:
                    # A guess from the shape alone: confidence low enough to be looked at.
                    self.add(s, self.rstrip(s, cut), number, K_DATE, 0.6)
                    s = cut
                    words = sk.count(" ", s, e) + 1
            # The fast paths' size tests are repeated here: a call that returns at once
            # still costs as much as a small regex search, and most lines fail one of them.
            if not (words > 14 and paragraph(s, e, number, words)) and not (
                    9 <= words <= 30 and self.lines_read > 2 and headline(s, e, number, words)):
                piece(s, e, number)
            self.lines_read += 1
        self.tables()
        return self.units

    def tables(self) -> None:
        """Rows of a table in the story are not tickers.

        A ticker scraped from the page frame is one line of "|" fields; a table of results
        or prices has a header row and rows on consecutive lines with the same number of
        fields.  Three or more such lines give their rows back to the text.
        """
        if not self.tickers:
            return
        units, sk = self.units, self.sk
        i = 0
        while i < len(units):
            bars = sk.count("|", units[i].start, units[i].end)
            j = i + 1
            while (bars >= 2 and j < len(units) and units[j].line == units[j - 1].line + 1
                   and sk.count("|", units[j].start, units[j].end) == bars):
                j += 1
            if j - i >= 3:
                for u in units[i:j]:
                    if u.kind == K_BOILER:
                        u.kind, u.conf = K_TEXT, 0.6
            i = j

    def plain_paragraph(self, s: int, e: int, line: int, words: int) -> bool:
        """Add a long line as one prose unit if nothing in it needs a closer look.

        Over 30 words, or over 14 ending with a full stop, question or exclamation mark (no
        promotion search, see `promo_sized`; up to 16 words also no digit, see `date_like`),
        not among the first lines (no breadcrumb), no share word, cue or digit at its head
        (no share bar, cue line or glued date), no cue glued after a sentence in it, no share
        bar, counter or end marker glued after its last sentence and fewer than two "|":
        `piece` would find nothing either, so the units are the same; story
        paragraphs are most lines of a document.
        """
        if words <= 14:
            return False
        sk = self.sk
        m = self.m
        if self.lines_read <= 2 and m.nav_token.match_end(sk, s, e) >= 0:
            return False  # a breadcrumb may be glued to it
        if words <= 30 and (sk[e - 1] not in ".!?"
                            or (words <= 16 and find_digit(sk, s, e) >= 0)):
            return False
        if (m.share_token.match_end(sk, s, e) >= 0
                or m.opens_with_cue(sk, s, e)
                or find_digit(sk, s, min(e, s + 48)) >= 0
                or sk.count("|", s, e) >= 2
                or (sk[e - 1] not in ".!?" and find_stop(sk, e - 160 if e - s > 160 else s, e)
                    >= 0 and (self.share_tail(s, e) is not None
                                     or self.glued_tail(s, e) is not None
                                     or self.tail_action(s, e)))
                or (self.glued_search(s, e) is not None and self.glued_cut(s, e) is not None)):
            return False
        self.units.append(Unit(s, e, line, K_TEXT, words, 0.9))
        return True

    def plain_headline(self, s: int, e: int, line: int, words: int) -> bool:
        """Add a headline-sized line as one text unit if nothing in it needs a closer look.

        9 to 30 words (shorter lines are checked against line patterns, menus and credit
        shapes), not among the first lines, no digit (no date, ticker or counter), no ")" at
        its end and no photo credit after a dash (no caption), no cue or share word at its head, no sentence end before a
        possible share bar, no glued cue and no promotion or call-to-action word: `piece`
        would make it one text unit too.  Related and list headlines are most such lines.
        """
        if words < 9 or words > 30 or self.lines_read <= 2:
            return False
        sk = self.sk
        if sk[e - 1] == ")" or (words <= 16 and self.captioned(s, e)):
            return False
        m = self.m
        if (find_digit(sk, s, e) >= 0
                or sk.count("|", s, e) >= 2
                or m.share_token.match_end(sk, s, e) >= 0
                or m.opens_with_cue(sk, s, e)
                or (sk[e - 1] not in ".!?" and find_stop(sk, s, e) >= 0)
                or self.glued_search(s, e) is not None
                or (self.promo_sized(s, e, words) and self.promo_hits(s, e))):
            return False
        self.units.append(Unit(s, e, line, K_TEXT, words, 0.9))
        return True

    def add(self, s: int, e: int, line: int, kind: str, conf: float, words: int = -1) -> None:
        self.units.append(Unit(s, e, line, kind, self.words(s, e) if words < 0 else words, conf))

    def probe(self, s: int, e: int) -> Probe:
        """What `inline_cut` and `classify` both look at (see `Probe`)."""
        words = self.words(s, e)
        p = self.skip_lead(s, e)
        head = self.m.head_cue(self.sk, p, e) if p < e else None
        return Probe(self, s, e, words, p, head)

    def tail_action(self, s: int, e: int) -> bool:
        """A call to action in the last sentence of a piece that does not end like prose:
        "...الذي سبقه. للاشتراك بقناة ... على واتساب اضغط هنا" glued after a paragraph too
        long for the promotion search (`promo_sized`).  Only that short tail is scanned, so
        long story lines stay cheap."""
        sk = self.sk
        if sk[e - 1] in ".!?":
            return False
        stop = max(sk.rfind(".", s, e), sk.rfind("!", s, e), sk.rfind("?", s, e))
        if stop < 0 or self.words(stop + 1, e) > 12:
            return False
        return any(ACTION in roles for _, roles in self.promo_hits(stop + 1, e))

    def promo_sized(self, s: int, e: int, words: int) -> bool:
        """Whether a piece is short enough to be, or to end with, a promotion line.

        Up to 14 words anything; up to 30 words only without a closing full stop, question
        or exclamation mark: a longer sentence that ends like prose is prose (a promotion
        starting the line is a head cue and is found anyway).  Searching every story
        sentence for a few hundred phrases was half the splitter's time.
        """
        return words <= 14 or (words <= 30 and self.sk[e - 1] not in ".!?")

    def piece(self, s: int, e: int, line: int, depth: int = 0) -> None:
        """Read ``[s, e)`` (stripped) into one or more units."""
        if depth < 8:
            prefix_end = None
            if self.m.share_token.match_end(self.sk, s, e) >= 0:
                prefix_end = self.share_bar(s, e)
                if prefix_end is None and self.share_only(s, e):
                    # "شارك: فيسبوك | تويتر | واتساب": the bar on a line of its own.
                    self.add(s, e, line, K_BOILER, 0.85)
                    return
            if self.sk.count("|", s, e) >= 2 and self.nav_only(s, e):
                # A menu of section names between bars, before a promotion word in it
                # ("... | اتصل بنا") is cut off as a glued promotion.
                self.add(s, e, line, K_BOILER, 0.8)
                return
            if (self.lines_read <= 3 and self.words(s, e) <= 16
                    and find_stop(self.sk, s, e) < 0 and self.trail(s, e)):
                self.add(s, e, line, K_BOILER, 0.75)  # a breadcrumb trail over the title
                return
            if not self.sk[s].isalnum() and _VIDEO.match(self.sk, s, e) is not None:
                self.add(s, e, line, K_BOILER, 0.7)
                return
            if not prefix_end and self.lines_read <= 2:
                counter = _GLUED_COUNTER.match(self.sk, s, e)
                prefix_end = (counter.end() if counter and self.words(counter.end(), e) >= 2
                              else self.breadcrumb(s, e))
            if prefix_end:
                self.add(s, self.rstrip(s, prefix_end), line, K_BOILER, 0.8)
                self.piece(prefix_end, e, line, depth + 1)
                return
            glued_head = _GLUED_HEAD.match(self.sk, s, e)
            if glued_head and self.words(glued_head.end(), e) >= 3:
                # A guess from the spelling alone: low confidence, reviewers see it first.
                self.add(s, glued_head.end(), line, K_RELATED, 0.5)
                self.piece(glued_head.end(), e, line, depth + 1)
                return
            if (self.sk[e - 1] not in ".!?" and e - s > 24
                    and find_stop(self.sk, e - 160 if e - s > 160 else s, e) >= 0):
                # A share bar glued after the last sentence: "...بحقه.شارك: X فيسبوك واتساب".
                tail = self.share_tail(s, e)
                if tail is not None:
                    self.piece(s, self.rstrip(s, tail), line, depth + 1)
                    self.add(tail, e, line, K_BOILER, 0.8)
                    return
            tail_at = self.glued_tail(s, e)
            if tail_at is not None:
                self.piece(s, self.rstrip(s, tail_at), line, depth + 1)
                self.add(self.skip_space(tail_at, e), e, line, K_BOILER, 0.75)
                return
            probe = self.probe(s, e)
            cut = self.inline_cut(s, e, probe)
            if cut:
                self.piece(s, self.rstrip(s, cut), line, depth + 1)
                self.piece(cut, e, line, depth + 1)
                return
        else:
            probe = self.probe(s, e)
        kind, conf = self.classify(s, e, probe)
        if kind in (K_DATE, K_TEXT) and probe.words <= 16:
            bar = self.date_share_tail(s, e, probe)
            if bar is not None:
                # "الثلاثاء 01 ديسمبر 2026 شارك: فيسبوك تويتر واتساب": the share bar under the
                # date scraped onto its line.
                self.add(s, self.rstrip(s, bar), line, K_DATE, conf)
                self.add(bar, e, line, K_BOILER, 0.8)
                return
        self.add(s, e, line, kind, conf, probe.words)

    def date_share_tail(self, s: int, e: int, probe: Probe) -> int | None:
        """Start of a share bar right after the date run of a date line, if one ends it."""
        last = self.sk.rfind(" ", s, e) + 1
        if last <= s or self.m.share_token.match_end(self.sk, last, e) != e:
            return None  # (no share word ends the line: the common case, one cheap test)
        head = probe.head
        start = head[0] if head is not None and DATE in head[1] else s
        end, digits = self.date_run(self.skip_space(start, e), e)
        if not digits or end >= e:
            return None
        bar = self.skip_lead(self.skip_space(end, e), e)
        return bar if bar < e and self.share_only(bar, e) else None

    def glued_tail(self, s: int, e: int) -> int | None:
        """Start of a counter or wire end marker glued to the end of ``[s, e)`` (see
        `_TRAILING_COUNTER`, `_TRAILING_END`), with at least two words before it."""
        sk = self.sk
        if not (sk[e - 1].isdigit() or sk[e - 1].isalpha()) or e - s < 12:
            return None
        lo = max(s, e - 60)
        # Substring guards first: the lookbehind searches cost more than the rest of a line.
        tail = sk[lo:e]
        mark = tail.rfind("©")
        # "... الجديدة © Tunisie Numérique 2026": the page's copyright glued to a sentence (a
        # short line with a © is boilerplate whole, "Masress © 2026 - ...": see classify)
        if mark >= 0 and self.words(lo + mark, e) <= 6 and self.words(s, lo + mark) >= 5:
            return lo + mark
        counter = (_COUNTER_STEM.search(sk, max(s, e - 16), e) is not None
                   or (sk[e - 1].isdigit() and "عدد" in tail))
        marker = "نته" in tail or "يتبع" in tail
        if not (counter or marker):
            return None
        m = ((_TRAILING_COUNTER.search(sk, lo, e) if counter else None)
             or (_TRAILING_END.search(sk, lo, e) if marker else None))
        if m is None or self.words(s, m.start()) < 2:
            return None
        return m.start()

    def inline_cut(self, s: int, e: int, probe: Probe) -> int | None:
        """Where a recognised second part glued inside ``[s, e)`` starts, if anywhere."""
        sk = self.sk
        words = probe.words
        head = probe.head
        roles = head[1] if head else frozenset()
        # A date label with its date glued to the lede: "نشر في: 12 مايو 2024 - 10:30 م أعلنت".
        if words > 12 and (DATE in roles or BYLINE in roles or (
                head is None and find_digit(sk, s, min(e, s + 48)) >= 0)):
            start = head[0] if head and (DATE in roles) else s
            end, digits = self.date_run(start, e)
            if digits >= 2 and (DATE in roles or end - s >= 10):
                cut = self.skip_space(end, e)
                if cut < e and self.words(cut, e) >= 6:
                    return cut
        # Source and keyword lines scraped into one: "المصدر: واج الكلمات الدالة: ...".
        if head and (SOURCE in roles or TAGS in roles) and words <= 60:
            at = self.m.tags_search.find(sk, head[0], e) if SOURCE in roles else -1
            if at > head[0]:
                return at
            if TAGS in roles:
                # "الكلمات المفتاحية: ... الميراث أخبار متعلقة": the list's heading under the
                # keywords scraped onto their line; its headlines follow on the next lines.
                for at, _ in self.m.head.hits(sk, head[0] + 1, e):
                    cue = self.m.head_cue(sk, at, e)
                    if cue and cue[0] == e and (LIST in cue[1] or RELATED in cue[1]):
                        return at
        glued = self.glued_cut(s, e)
        if glued is not None:
            return glued
        if words >= 4 and probe.action:  # (`glued_action` wants four words before it)
            action = self.glued_action(s, e)
            if action is not None:
                return action
        # A promotion glued at the end of a short unit without punctuation.
        if 4 <= words <= 30:  # (four words must stand before it)
            at = probe.promo
            if at == s:  # the next one
                at = probe.promo_next
            if at > 0 and self.words(s, self.rstrip(s, at)) >= 4 and self.words(at, e) <= 12:
                return at
        return None

    def glued_cut(self, s: int, e: int) -> int | None:
        """Where a cue glued after a sentence end in ``[s, e)`` starts, if anywhere.

        (`glued` finds only sentence ends with a cue after them, in one regex pass; most of
        its hits in story paragraphs are words like "عن" after a quote, which
        `glued_cue_ok` turns down.)
        """
        sk = self.sk
        m = self.glued_search(s, e)
        while m is not None:
            start, pos = m
            # An opening quote (« folds to "): quoted speech follows, not a new part.
            opening = (start > s and sk[start] == '"' and sk[start - 1].isspace()
                       and sk[start:pos].strip() == '"')
            if not opening and self.has_alnum(s, start):  # (else only quotes before it)
                p = self.skip_lead(pos, e)
                cue = self.m.head_cue(sk, p, e)
                if cue and self.glued_cue_ok(cue, p, e, s):
                    return pos
            m = self.m.glued(sk, pos, e)
        return None

    def list_tabs(self, rest: int, e: int) -> bool:
        """Whether ``[rest, e)`` is only more list headings, each after a separator.

        Sidebar tabs scraped onto one line ("الأحدث | الأكثر قراءة | الأكثر تعليقا") head the
        headline list under them; one heading followed by any other words is not tabs.
        """
        sk = self.sk
        pos = rest
        while pos < e:
            if sk[pos] not in _SEPS:
                return False
            pos = self.skip_space(pos + 1, e)
            cue = self.m.head_cue(sk, pos, e)
            if not cue or LIST not in cue[1]:
                return False
            pos = self.skip_space(cue[0], e)
        return True

    def barred_headlines(self, rest: int, e: int) -> bool:
        """Whether ``[rest, e)`` is two or more headlines, each after a "|" and of four words
        or more (a menu's fields are one or two words)."""
        fields = self.sk[rest + 1:e].split("|")
        return len(fields) >= 2 and all(len(field.split()) >= 4 for field in fields)

    def glued_action(self, s: int, e: int) -> int | None:
        """Where a call to follow a platform glued after the last sentence starts, if anywhere.

        "...في جامعة نواكشوط.تابعوا صحراء ميديا على قناة الواتساب": the action word must
        follow a sentence end, begin the last 12 words, a platform must be named after it and
        the piece must not end like prose (a promotion has no closing full stop).
        """
        sk = self.sk
        if sk[e - 1] in ".!?":
            return None  # "... تابع آلاف المشاهدين البث عبر يوتيوب." is a story sentence
        for at, roles in self.promo_hits(s, e):
            if ACTION not in roles or at <= s:
                continue
            before = at  # back over spaces and an emoji or arrow ("...أعراض.📲 تابعوا")
            while before > s and not sk[before - 1].isalnum() and sk[before - 1] not in ".!?":
                before -= 1
            if (before > s and sk[before - 1] in ".!?" and self.words(s, before) >= 4
                    and self.words(at, e) <= 12 and self.m.platform.find(sk, at, e) >= 0):
                return self.skip_space(before, e)
        return None

    def glued_cue_ok(self, cue: tuple[int, frozenset[str], str], p: int, e: int, s: int) -> bool:
        end, roles, phrase = cue
        rest = self.skip_space(end, e)
        sep = rest < e and self.sk[rest] in _SEPS
        rest_words = self.words(rest, e) if self.has_alnum(rest, e) else 0
        if RELATED in roles and (sep or rest_words == 0):
            return True
        if (RELATED in roles or LIST in roles) and " " in phrase and self.paged():
            # A whole page scraped onto one line: "...ألف جنيه. إقرأ أيضا نقص حاد في غاز
            # الطهي ...": nothing but the cue marks the related item, no colon, no break.
            return True
        if LIST in roles and rest_words == 0:
            return True
        if (SOURCE in roles or TAGS in roles) and sep and rest_words <= 40:
            return True
        if (TAGS in roles and " " in phrase and 2 <= rest_words <= 12
                and find_stop(self.sk, rest, e) < 0):
            # "...لمناقشتها. الموضوعات المتعلقة مجلس النواب قانون التصالح": a keyword line
            # under a two-word label, glued after the last sentence with no colon.
            return True
        if PROMO in roles and " " in phrase and self.words(p, e) <= 20:
            # "لديك حساب بالفعل؟ سجل الدخول": a few words before the promotion belong to it.
            return self.words(s, self.rstrip(s, p)) >= 4
        return END in roles and rest_words == 0

    def paged(self) -> bool:
        """Whether the document is a whole page scraped onto one line: a line of over 120
        words holding over four fifths of its words (worked out once)."""
        if self._paged is None:
            sk, total = self.sk, self.sk.count(" ") + 1
            longest = max((line.count(" ") + 1 for line in sk.split("\n")), default=0)
            self._paged = longest > 120 and longest * 5 > 4 * total
        return self._paged

    def classify(self, s: int, e: int, probe: Probe) -> tuple[str, float]:
        """Kind and confidence of one stripped unit ``[s, e)`` on its own."""
        sk = self.sk
        words = probe.words
        head = probe.head
        if head:
            end, roles, phrase = head
            rest = self.skip_space(end, e)
            sep = rest < e and sk[rest] in _SEPS
            bare = not self.has_alnum(rest, e)
            rest_words = 0 if bare else self.words(rest, e)
            multi = " " in phrase
            if LIST_END in roles and bare and words <= 4:
                return K_LIST_END, 0.8
            if COMMENTS in roles and words <= 4 and (bare or _COUNT.fullmatch(sk, rest, e)):
                return K_COMMENTS, 0.8  # "التعليقات (4)", "تعليقات الزوار"
            if FORM in roles and bare and words <= 5:
                return K_BOILER, 0.8  # a comment-form label standing alone ("الاسم *")
            if NOTICE in roles and (sep or bare) and words <= 80:
                return K_BOILER, 0.8  # "تنويه: ..." an editor's notice or disclaimer
            if LIST in roles and not bare and rest_words <= 2:
                tail = self.m.head_cue(sk, rest, e)
                if tail and LIST_END in tail[1]:
                    return K_LIST_END, 0.8
            if LIST in roles and sep and words <= 8 and self.list_tabs(rest, e):
                return K_LIST, 0.8  # sidebar tabs on one line: "الأحدث | الأكثر قراءة"
            if LIST in roles and sk[rest:rest + 1] == "|" and self.barred_headlines(rest, e):
                return K_LIST, 0.75  # "آخر الأخبار | headline | headline": a list on one line
            if RELATED in roles and (sep or bare):
                return K_RELATED, 0.95
            if LIST in roles and (bare or (rest_words <= 2 and words <= 6)):
                return K_LIST, 0.9 if bare else 0.7
            if (RELATED in roles and rest_words <= 20 and words <= 24
                    and not (rest_words > 8 and sk[e - 1] in ".!?")):
                # (a long rest closed by a full stop is a sentence, not a glued headline)
                return K_RELATED, 0.7
            if (RELATED in roles or LIST in roles) and multi and self.paged():
                # A page on one line: the cue (cut off by `glued_cue_ok`) and all its item.
                return (K_RELATED, 0.6) if RELATED in roles else (K_LIST, 0.6)
            if TAGS in roles and (sep or (multi and words <= 30)) and words <= 80:
                return K_TAGS, 0.95
            if SOURCE in roles and ((sep and rest_words <= 12) or (multi and words <= 10)):
                return K_SOURCE, 0.95
            if DATE in roles and words <= 20 and (sep or self.date_run(rest, e)[1] >= 1
                                                  or self.ends_in_date(rest, e)):
                return K_DATE, 0.9  # also "نشر في <outlet> يوم 23 - 07 - 2024"
            if BYLINE in roles and words <= 10 and (sep or words <= 6):
                return K_DATE, 0.85
            if (BYLINE in roles and words <= 14 and sk[s] == "(" and sk[e - 1] == ")"
                    and sk.count("(", s, e) == 1 and _DESK_CREDIT.search(sk, s, e)):
                # "(إعداد مروة رشاد للنشرة العربية - تحرير سها جادو)": a wire desk's credit
                # in brackets under the story (a second credit or the desk named: a bracketed
                # aside that opens with "إعداد" is no credit).
                return K_DATE, 0.8
            if PROMO in roles and ((multi and words <= 30) or bare):
                return K_BOILER, 0.95 if multi else 0.85
            if PROMO in roles and words <= 4 and sk[e - 1] not in ".?!:,":
                return K_BOILER, 0.7
            if END in roles and (bare or rest_words <= 2) and words <= 4:
                return K_BOILER, 0.9
            if OUTLET in roles and words <= 6 and sk[e - 1] not in ".?!:,":
                return K_OUTLET, 0.75
        if 2 <= words <= 4 and _RELATION_TAIL.search(sk, s, e):
            return K_RELATED, SHAPE_CUE_CONF  # structure decides: list heading, item cue or none
        if sk[s] == "©" and words <= 25:
            return K_BOILER, 0.8  # "© SWI swissinfo.ch - وحدة تابعة لـ ...": a copyright line
        if words <= 16 and sk.find("©", s, e) >= 0:
            return K_BOILER, 0.75  # "Outlet © 2024 - كل ما ينشر يعبر عن رأي كاتبه"
        if words <= 8 and _ADDRESS_LINE.search(sk, s, e) and sk[e - 1] not in ".!?،":
            return K_BOILER, 0.75  # the outlet's name and its web address
        if words <= 8:
            stripped = sk[s:e]
            for pattern in self.m.patterns:
                if pattern(stripped):
                    return K_BOILER, 0.85
            if self.nav_only(s, e):
                return K_BOILER, 0.75
            if words >= 2 and sk.count("#", s, e) >= words - 1 and sk[s] == "#":
                return K_TAGS, 0.85
        if sk.count("|", s, e) >= 2 and self.ticker(s, e):
            self.tickers += 1
            return K_BOILER, 0.75
        if words <= 16 and self.captioned(s, e):
            return K_BOILER, 0.65
        if (3 <= words <= 10 and sk[s] == "(" and sk[e - 1] == ")" and sk.count("(", s, e) == 1
                and LONG_RUN.search(sk, s, e) is not None):
            # "(رافعات جديدة في محطة الحاويات)": a photo's caption set in the column; an
            # agency in brackets ("(أ ش أ)", "(وكالة الأنباء)") was read above.
            return K_BOILER, 0.55
        if words <= 25:
            if words <= 14 and probe.promo >= 0:
                return K_BOILER, 0.8
            if (probe.action and sk[e - 1] not in ".!?"
                    and self.m.platform.find(sk, s, e) >= 0):
                return K_BOILER, 0.75
        if words <= 4 and _PLAYER.match(sk, s, e) is not None:
            return K_BOILER, 0.7  # "استمع 00:00 / 02:47": an audio player's clock, no date
        if words <= 16 and self.date_like(s, e):
            return K_DATE, DATE_SHAPE_CONF
        if words <= 10 and self.place_and_date(s, e):
            return K_DATE, DATE_SHAPE_CONF
        if words <= 6 and sk[e - 1] not in ".?!:," and META_SEP.search(self.text, s, e):
            return K_META, 0.65
        return K_TEXT, 0.9
