"""Second pass of the auto-splitter: zones for the units from their kinds and their place.

Title and header lines, the body, then the appended part: related items from their cues,
lists from their headings, boilerplate wherever it stands.  Structure beyond single lines
lives here: a box of headlines scraped between paragraphs gives the story back, widgets'
inner lines and wire tails after the story are boilerplate, a bare outlet or agency credit
closing the story is its source.
"""
from __future__ import annotations

import re

from fasl.textlogic.cuematch import Matchers
from fasl.textlogic.normalize import DROPPED_CHARS
from fasl.textlogic.splitunits import (
    BULLET, DATE_SHAPE_CONF, K_BOILER, K_COMMENTS, K_DATE, K_LIST, K_LIST_END, K_META, K_OUTLET,
    K_RELATED, K_SOURCE, K_TAGS, K_TEXT, META_SEP, SHAPE_CUE_CONF, Z_BODY, Z_BOILERPLATE,
    Z_DATELINE, Z_LIST, Z_RELATED, Z_SOURCE, Z_TAGS, Z_TITLE, Unit,
)
from fasl.textlogic.zones import Zone

_BIO_LEAD = "*-–•· \u00a0"  # what may come before a bio's first word
_MARK_RUN = re.compile(r"[^\w\s]+")
_LETTER_RUN = re.compile(r"[^\W\d_]")
_LONG_RUN = re.compile(r"[^\W\d_]{3}")
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)  # a bare web address
_PATH_SEP = re.compile(r"\s[»›>←]\s")  # between the fields of a section path
_MARKS = re.compile("[" + "".join(sorted(DROPPED_CHARS | {"\u200b"})) + "]+")
_BARE_TIME = re.compile(r"\d{1,2}\s*:\s*\d{2}")
#: A fact box's field: a label of one or two words, its colon, the value ("المؤلف: منى
#: السالم", "عدد الصفحات: 312 صفحة").
_FIELD = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)? ?: ?[^\s:]")
_INITIAL_NAME = re.compile(r"[^\W\d_]\.\s?[^\W\d_]{2,}(?:\s[^\W\d_]{2,})?")
_ORDINAL = re.compile(r"\(?\d{1,2}[.)-]?")  # a list entry's number alone on its line
_SLASH_TAG = re.compile(r"/\W*[^\W\d_]+(?:\s+[^\W\d_]+)?\W*/")
#: First letters of verbs whose و is their own (وقع، وافق، وصل ...), not the connective.
_RADICAL_WAW = ("وقع", "وثق", "واف", "واص", "واج", "واك", "وجه", "وصل", "وضع", "وزع", "ودع",
                "وعد", "وقف", "وفر", "وفد", "ورد", "وسع", "وصف", "وجد", "ولد", "وطد", "وكل",
                "ولي", "وهب", "وزن", "وفق", "وشك", "وسط")

MAIN_ZONE = {K_SOURCE: Z_SOURCE, K_TAGS: Z_TAGS, K_DATE: Z_DATELINE,
              K_BOILER: Z_BOILERPLATE, K_COMMENTS: Z_BOILERPLATE}


def _ends_sentence(sk: str, u: Unit) -> bool:
    return sk[u.end - 1] in ".!?:;"


class Layout:
    """Assigns zones to units from their kinds and their place in the document."""

    def __init__(self, units: list[Unit], sk: str, matchers: Matchers, text: str = "") -> None:
        self.units = units
        self.sk = sk  # `skeleton` of the text
        self.m = matchers
        self.text = text or sk  # the text itself: hamza forms, which the skeleton folds

    def is_para(self, u: Unit) -> bool:
        """A paragraph of prose, as opposed to a headline, label or short line (`assign`
        works it out once per unit: the rules ask about most units several times)."""
        return u.para

    def set(self, u: Unit, zone: Zone, conf: float, item: int | None = None) -> None:
        u.zone, u.zconf, u.item = zone, conf, item

    def main_zone(self, u: Unit, conf: float = 0.9) -> None:
        zone = MAIN_ZONE.get(u.kind, Z_BODY)
        self.set(u, zone, u.conf if zone != Z_BODY else conf)

    def assign(self) -> None:
        units, sk = self.units, self.sk
        for u in units:
            zone = MAIN_ZONE.get(u.kind, Z_BODY)  # `main_zone`, inlined: it runs per unit
            u.zone, u.zconf, u.item = zone, u.conf if zone != Z_BODY else 0.9, None
            u.para = u.kind == K_TEXT and (u.words >= 22 or (u.words >= 6
                                                            and sk[u.end - 1] in ".!:;"))
        start = self.header()
        self.story(start)
        self.renumber()

    def renumber(self) -> None:
        """Number related items 1, 2, ... in reading order.

        An item whose cue turned out to head a list of bare headlines (see `story`) gives up
        its number; the items after it close the gap.
        """
        numbers: dict[int, int] = {}
        for u in self.units:
            if u.zone == Z_RELATED and u.item is not None:
                u.item = numbers.setdefault(u.item, len(numbers) + 1)

    def is_meta(self, u: Unit) -> bool:
        """A short "place - outlet - author" credit line."""
        return u.kind == K_META or (u.kind == K_OUTLET and u.words <= 6 and META_SEP.search(
            self.sk, u.start, u.end) is not None)

    def title_like(self, u: Unit) -> bool:
        return (u.words <= 30 and u.end - u.start <= 220
                and self.sk[u.end - 1] not in ".:" and self.sk[u.start] not in BULLET)

    def header(self) -> int:
        """Zone the title and the header lines; return the index of the first story unit."""
        units = self.units
        i = 0
        # Navigation and widgets above the title.
        while i < len(units) and (units[i].kind in (K_BOILER, K_COMMENTS) or (
                units[i].words <= 2
                and self.m.nav_line.fullmatch(self.sk, units[i].start, units[i].end))):
            self.set(units[i], Z_BOILERPLATE, units[i].conf if units[i].kind == K_BOILER else 0.7)
            i += 1
        i = self.kickers(i)
        if i >= len(units):
            return i
        first = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        titled = False
        if nxt is not None and first.kind == K_DATE and self.dated_title(first):
            # "سعر الدولار اليوم الأحد 1 ديسمبر 2026": a price or schedule page's headline.
            self.set(first, Z_TITLE, 0.6)
            titled = True
            i += 1
        elif nxt is not None and first.kind in (K_TEXT, K_OUTLET, K_META) and self.title_like(first):
            if not (self.is_meta(first) and (nxt.kind == K_DATE or self.is_para(nxt))):
                self.set(first, Z_TITLE, 0.85 if first.words >= 4 else 0.6)
                titled = True
                i += 1
        # Header: date, byline and short credit lines before the first paragraph.
        while i < len(units):
            u = units[i]
            if u.kind == K_BOILER:
                i += 1
                continue
            if self.photo_credit(u):
                # "(رويترز)", "(أرشيف)" alone under the date: the lead photo's credit.
                self.set(u, Z_BOILERPLATE, 0.6)
                i += 1
                continue
            if u.kind == K_RELATED and u.words > 3 and i + 1 < len(units):
                # "شاهد الفيديو: ..." between title and story: an embedded video or promoted
                # link above the lede, not an appended item (nothing of the story came yet).
                self.set(u, Z_BOILERPLATE, 0.5)
                i += 1
                continue
            if u.kind == K_DATE and self.live_stamp(i):
                break  # the first post's time stamp: the live blog starts here (`story`)
            if u.kind == K_DATE or self.is_meta(u):
                self.set(u, Z_DATELINE, u.conf)
            elif titled and self.fact_box(i):
                break  # "الكتاب: ... / المؤلف: ... / الناشر: ...": the story's own fact box
            elif titled and u.kind in (K_TEXT, K_OUTLET) and 2 <= u.words <= 8 \
                    and self.sk[u.end - 1] not in ".!?" and not self.is_para(u):
                self.set(u, Z_DATELINE, 0.6)
            elif titled and u.kind in (K_TEXT, K_OUTLET) and u.words == 1 \
                    and i + 1 < len(units) and units[i + 1].kind == K_DATE:
                # The outlet's name alone over the date ("المملكة", "الوطن", "الشرق").
                self.set(u, Z_DATELINE, 0.55)
            else:
                break
            i += 1
        return i

    def fact_box(self, i: int) -> bool:
        """Whether units ``i`` and ``i + 1`` are plain "label: value" lines of up to eight
        words on consecutive lines: a book's or a match's details, not a byline or credit
        (those open with a cue and are read as dates or credits)."""
        units = self.units
        return (i + 1 < len(units) and units[i + 1].line == units[i].line + 1
                and all(u.kind == K_TEXT and u.words <= 8
                        and _FIELD.match(self.sk, u.start, u.end) is not None
                        for u in (units[i], units[i + 1])))

    def dated_title(self, u: Unit) -> bool:
        """A headline that ends in its day's date: three or more words before the first date
        word or figure, none of them a label or separator (a dateline opens with its date,
        its label "نشر في:" or a credit "عمان - المدينة نيوز |")."""
        if u.conf != DATE_SHAPE_CONF or not self.title_like(u):
            return False
        words = self.sk[u.start:u.end].split()
        lead = 0
        for word in words:
            if any(c.isdigit() for c in word) or word in self.m.date_words:
                break
            if any(c in "-|/:،," for c in word):
                return False
            lead += 1
        return 3 <= lead < len(words)

    def kickers(self, i: int) -> int:
        """Skip the page's labels over the headline; return the headline's index.

        A section name ("آراء", "البورصة والشركات"), a menu or search button ("☰ القائمة",
        "بحث") or the site's name sits over the title on many scraped pages: up to four lines
        of one to three words right over a headline-shaped line of five words or more are
        boilerplate.  A short title over its long standfirst is the risk, so the guess is
        weak (0.5) and the headline must not read as a paragraph.
        """
        units = self.units
        for j in range(i + 1, min(i + 5, len(units))):  # the fewest labels that fit
            if not self.kicker(units[j - 1]):
                break
            if self.headline_under(units[i:j], units[j]):
                for u in units[i:j]:
                    self.set(u, Z_BOILERPLATE, 0.5)
                return j
        return i

    def headline_under(self, labels: list[Unit], head: Unit) -> bool:
        # A section path ("وصفات > شوربات") is surely no title: a short headline may follow.
        shortest = 3 if all(self.section_path(u) for u in labels) else 5
        return (head.kind == K_TEXT and head.words >= shortest and self.title_like(head)
                and not self.is_para(head) and head.line <= labels[0].line + 6
                and not any(u.words == 4 and head.words < 8 for u in labels))

    def kicker(self, u: Unit) -> bool:
        """A label's shape: one to four words ("دوري أبطال آسيا للنخبة"; four only over a
        long headline, see `kickers`), or a short section path, with no figure and no
        sentence or label punctuation at its end."""
        return (u.kind in (K_TEXT, K_META, K_OUTLET)
                and (u.words <= 4 or self.section_path(u))
                and self.sk[u.end - 1] not in ".!?:،," and not self.has_figure(u))

    def section_path(self, u: Unit) -> bool:
        """"أسئلة طبية > أمراض الدم": two or three fields of one to three words between
        angle quotes or arrows."""
        fields = _PATH_SEP.split(self.sk[u.start:u.end])
        return 2 <= len(fields) <= 3 and all(1 <= len(f.split()) <= 3 for f in fields)

    def has_figure(self, u: Unit) -> bool:
        """A digit anywhere in the unit (labels, names and kickers have none)."""
        return any(c.isdigit() for c in self.sk[u.start:u.end])

    def photo_credit(self, u: Unit) -> bool:
        """A line that is only a short bracketed credit: "(رويترز)", "(أرشيف)", "(AFP)"."""
        sk = self.sk
        return (u.words <= 3 and sk[u.start] == "(" and sk[u.end - 1] == ")"
                and sk.count("(", u.start, u.end) == 1)

    def story(self, start: int) -> None:
        """Body, then appended items; main text may resume after a box scraped inside it."""
        units = self.units
        state = Z_BODY
        item = 0
        block: list[Unit] = []  # units of the open related item or list
        inline_cue = False  # the open item's cue line also holds its title
        titles: list[str] = []
        seen_text = any(u.kind == K_TEXT for u in units[:start])
        main_tail: Unit | None = None  # last main-story unit before anything appended
        seen_para = False
        comments = False  # under the readers' comments heading
        refs = -1  # line of the last entry under a bare label ("المراجع:", "عن الكاتب")
        paras = 0  # paragraphs of the main story read so far
        label_zone = Z_SOURCE

        def close() -> None:
            nonlocal block
            content = [u for u in block if u.kind != K_BOILER and u.zone == Z_RELATED]
            texts = [u for u in content if u is not block[0]]
            if (block and block[0].zone == Z_RELATED and len(texts) >= 2
                    and not any(self.is_para(u) for u in texts)):
                # A cue over bare headlines ("أخبار ذات صلة" + titles) is a list, not an item.
                for u in content:
                    self.set(u, Z_LIST, min(u.zconf, 0.8))
            block = []

        for index in range(start, len(units)):
            u = units[index]
            if comments:
                # Readers' comments ("name | منذ ساعة", then the comment) run down to the next
                # related cue, list heading or keyword line; their prose is no story.
                if u.kind in (K_RELATED, K_LIST) or (u.kind == K_TAGS and self.labelled(u)):
                    comments = False
                else:
                    self.set(u, Z_BOILERPLATE, u.conf if u.kind == K_BOILER else 0.6)
                    continue
            if u.kind == K_COMMENTS and seen_para:
                close()
                state = Z_BODY
                comments = True
                self.set(u, Z_BOILERPLATE, u.conf)
                continue
            if (u.kind == K_RELATED and u.conf == SHAPE_CUE_CONF and state == Z_BODY
                    and self.prose_next(index)):
                # "حالات مشابهة" over a paragraph: the story's own sub-heading, not a cue.
                self.main_zone(u, 0.6)
                main_tail = u
                continue
            if u.kind == K_RELATED and seen_text:
                close()
                item += 1
                state = Z_RELATED
                block = [u]
                inline_cue = u.words > 3
                if inline_cue:
                    titles.append(self.key(u))
                self.set(u, Z_RELATED, u.conf, item)
                continue
            if u.kind == K_LIST and seen_text:
                close()
                state = Z_LIST
                block = [u]
                self.set(u, Z_LIST, u.conf)
                continue
            if u.kind == K_LIST_END and state != Z_BODY:
                block.append(u)
                self.set(u, Z_LIST if state == Z_LIST else Z_RELATED, u.conf,
                         item if state == Z_RELATED else None)
                close()
                state = Z_BODY
                continue
            if (u.kind == K_BOILER and state == Z_BODY and main_tail is not None
                    and self.given_address(index, main_tail)):
                # "... عبر الرابط التالي:" over the address, "للاتصال:" over the press
                # contacts' e-mail addresses: the story gives them.
                self.set(u, Z_BODY, 0.6)
                main_tail = u
                continue
            if (state == Z_LIST and u.kind == K_BOILER
                    and _ORDINAL.fullmatch(self.sk, u.start, u.end)):
                # "1" on its own line over each headline of a numbered "most read" list.
                self.set(u, Z_LIST, 0.7)
                continue
            if u.kind in (K_BOILER, K_COMMENTS):
                self.set(u, Z_BOILERPLATE, u.conf)
                continue
            if u.kind == K_TAGS and state != Z_BODY and (self.labelled(u)
                                                         or self.sk[u.start] == "#"):
                # "الوسوم: ..." or a row of hashtags after the last item: the page's
                # keywords, not the item's.
                close()
                state = Z_BODY
                self.set(u, Z_TAGS, 0.7)
                continue
            if refs >= 0:
                if (state == Z_BODY and u.line == refs + 1 and u.words <= 40
                        and u.kind in (K_TEXT, K_META, K_OUTLET, K_DATE)):
                    # The entries under the label, line after line, up to the first gap: a
                    # reference list under "المراجع:", the writer's box under "عن الكاتب".
                    self.set(u, label_zone, 0.6)
                    refs = u.line
                    continue
                refs = -1
            if (u.kind in (K_SOURCE, K_DATE) and state == Z_BODY and seen_para and u.words <= 4
                    and self.bare_label(u)):
                refs, label_zone = u.line, u.zone
            if state == Z_BODY:
                # (`u` still holds the main zone `assign` gave it: nothing before this loop
                # touched the units from ``start`` on, and the loop visits each unit once)
                if paras <= 1 and self.writer_over_date(index):
                    # Title, standfirst, then "نورا عبد الرحمن" over "الخميس 7 مارس 2024":
                    # the writer's name under the standfirst is the byline.
                    self.set(u, Z_DATELINE, 0.55)
                paras += u.para
                if u.kind == K_DATE and ((seen_para and (
                        self.in_story_date(u)
                        or (main_tail is not None and main_tail.para
                            and main_tail.zone == Z_BODY and self.prose_next(index))))
                        or self.live_stamp(index)):
                    # A date line between two paragraphs is the story's own ("♎ برج الميزان
                    # (23 أيلول - 22 تشرين الأول)" over its reading, a diary's day).
                    self.set(u, Z_BODY, 0.6)
                seen_text = seen_text or u.kind == K_TEXT
                seen_para = seen_para or u.para
                if u.kind != K_TAGS:
                    main_tail = u
                continue
            if state != Z_BODY and u.para and self.resumes(block, inline_cue, index):
                # A box scraped between two paragraphs ("اقرأ أيضا" over one or more
                # headlines): the story goes on after it.  See `resumes`.
                close()
                state = Z_BODY
                self.main_zone(u, 0.65)
                main_tail = u
                continue
            if state == Z_RELATED:
                # (the item's lines after its cue, boilerplate aside: any, and any paragraph;
                # boilerplate is never a paragraph)
                key = self.key(u)
                content = any(b.kind != K_BOILER for b in block[1:])
                if (key in titles and content) or (
                        self.sk[u.start] in BULLET and any(b.para for b in block[1:])):
                    close()
                    state = Z_LIST
                    block = [u]
                    self.set(u, Z_LIST, 0.7)
                    continue
                if u.kind == K_TEXT and not u.para and ((
                        block[-1].kind == K_SOURCE and any(b.kind == K_TEXT for b in block[1:-1]))
                        or self.next_item_head(block, index)):
                    # "المصدر: ستيب نيوز" closed the item; a headline after it opens the next
                    # one under the same cue (title, lead, source, then again).
                    close()
                    item += 1
                    block = [u]
                    titles.append(key)
                    self.set(u, Z_RELATED, u.conf, item)
                    continue
                if not content and u.kind == K_TEXT:
                    titles.append(key)
                block.append(u)
                self.set(u, Z_RELATED, block[0].zconf, item)
                continue
            block.append(u)
            self.set(u, Z_LIST, block[0].zconf if block else 0.7)
        close()
        self.widget_runs()
        self.wire_tail()
        self.credit(main_tail)

    def next_item_head(self, block: list[Unit], index: int) -> bool:
        """Whether unit ``index``, a headline after the open item's lead paragraph, opens the
        next item under the same cue: the item had its own headline, and a date or a lead
        paragraph follows this one (headline, date, lead, then again)."""
        units = self.units
        u = units[index]
        following = units[index + 1] if index + 1 < len(units) else None
        return (block[-1].para and self.title_like(u)
                and any(b.kind == K_TEXT and not b.para for b in block[1:-1])
                and following is not None and (following.kind == K_DATE or following.para))

    def bare_label(self, u: Unit) -> bool:
        """A source or byline label with nothing after it ("المصادر والمراجع:", "عن الكاتب")."""
        return self.sk[u.end - 1] == ":" or (u.words <= 3 and u.kind == K_DATE
                                             and not self.has_figure(u))

    def prose_next(self, index: int) -> bool:
        """Whether the next unit after ``index`` that is not boilerplate is a paragraph."""
        for u in self.units[index + 1:]:
            if u.kind != K_BOILER:
                return u.para
        return False

    def labelled(self, u: Unit) -> bool:
        """A keyword line with its label and ":" ("الوسوم: ..."), not bare hashtags."""
        colon = self.sk.find(":", u.start, min(u.end, u.start + 30))
        return colon > u.start

    def given_address(self, index: int, last: Unit) -> bool:
        """A web or e-mail address the story itself gives: a bare link right under a line
        ending in ":" ("... عبر الرابط التالي:"), or e-mail addresses of contacts under such a
        label ("للاتصال:", then "في القاهرة: أحمد فتحي، البريد الإلكتروني: a@b.org" line
        after line)."""
        units, sk = self.units, self.sk
        u = units[index]
        if last.line == u.line - 1 and sk[last.end - 1] == ":" and _LINK.fullmatch(
                sk, u.start, u.end):
            return True
        if "@" not in sk[u.start:u.end]:
            return False
        line, j = u.line, index - 1
        while j >= 0:
            on_line = [v for v in self.units[max(0, j - 8):j + 1] if v.line == units[j].line]
            v = units[j]
            if v.line < line - 2 or any(w.zone != Z_BODY for w in on_line if w.line != u.line):
                return False  # (a gap of more than one blank line, or a line not kept)
            if v.line != u.line and not any("@" in sk[w.start:w.end] for w in on_line):
                # Not a contact line: the label over them, or nothing.
                return v.words <= 10 and sk[v.end - 1] == ":"
            line, j = v.line, j - len(on_line)
        return False

    def writer_over_date(self, index: int) -> bool:
        """A name-shaped line (two to four words, no figure, no closing punctuation) right
        over a date line that starts the story's header."""
        u = self.units[index]
        if (u.kind != K_TEXT or not 2 <= u.words <= 4 or u.para or self.has_figure(u)
                or self.sk[u.end - 1] in ".!?:،,؟" or index + 1 >= len(self.units)):
            return False
        nxt = self.units[index + 1]
        return (nxt.kind == K_DATE and nxt.line <= u.line + 2 and nxt.words <= 8
                and not self.in_story_date(nxt))

    def live_stamp(self, index: int) -> bool:
        """A bare time stamp ("18:30") over a post, with another bare stamp over the next or
        the last post: the entries of a live blog, newest first, not the page's date."""
        units, sk = self.units, self.sk
        u = units[index]
        if _BARE_TIME.fullmatch(sk, u.start, u.end) is None:
            return False

        def stamps(near: list[Unit]) -> bool:
            return any(v.kind == K_DATE and _BARE_TIME.fullmatch(sk, v.start, v.end)
                       for v in near)

        return ((index + 1 < len(units) and units[index + 1].kind == K_TEXT
                 and stamps(units[index + 2:index + 5]))
                or (index >= 2 and units[index - 1].kind == K_TEXT
                    and stamps(units[max(0, index - 4):index - 1])))

    def in_story_date(self, u: Unit) -> bool:
        """A date-like line inside the story: a bulleted schedule entry ("- الثلاثاء 17
        يونيو: اللغة العربية") or a live blog's bare time stamp ("18:30") between posts."""
        sk = self.sk
        return sk[u.start] in BULLET or _BARE_TIME.fullmatch(sk, u.start, u.end) is not None

    def credit(self, last: Unit | None) -> None:
        """A bare outlet name closing the story is its credit ("سكاي نيوز عربية"); a line
        about the writer closing it is the byline's bio (`bio`).  (A comment form the widget
        rules took for boilerplate after it does not hide it.)"""
        if last is not None and last.zone == Z_BOILERPLATE:
            j = self.units.index(last)
            while j > 0 and self.units[j].zone == Z_BOILERPLATE:
                j -= 1
            last = self.units[j]
        if last is None or last.zone != Z_BODY:
            return
        if self.bio(last):
            self.set(last, Z_DATELINE, 0.6)
            return
        if last.kind == K_OUTLET:
            self.set(last, Z_SOURCE, 0.8)
            return
        text = self.sk[last.start:last.end]
        if (last.kind in (K_TEXT, K_META) and last.words <= 6 and text[-1] not in ".?!:,"
                and self.m.outlet_search.find(self.sk, last.start, last.end) >= 0):
            # An agency credit after editors' initials: "فرانس24/ أ ف ب", "ع.ح/ ا.ف (د ب أ)".
            self.set(last, Z_SOURCE, 0.7)
            return
        if last.kind in (K_TEXT, K_META) and _INITIAL_NAME.fullmatch(text):
            self.set(last, Z_DATELINE, 0.55)  # "ل. حكيم": the writer, by initial and name
            return
        if (last.kind in (K_TEXT, K_META) and last.words <= 4 and text[-1] not in ".?!:,"
                and text[0] not in "وف-•*" and not self.has_figure(last)
                and ":" not in text and "@" not in text):
            self.set(last, Z_SOURCE, 0.55)

    def bio(self, u: Unit) -> bool:
        """A closing line about the writer: "* طبيب وكاتب عراقي", "كاتب وصحافي سوري",
        "هشام العطار: محرر في ...", or the byline's name then a trade ("نورهان مصطفى صحفية
        مصرية ...").  A trade word deeper in a sentence ("وكان صحفي محلي قد نشر") is prose."""
        if u.kind not in (K_TEXT, K_META, K_OUTLET) or u.words > 25:
            return False
        words = self.sk[u.start:u.end].lstrip(_BIO_LEAD).split()
        trades = self.m.professions

        def trade(k: int) -> bool:
            return k < len(words) and words[k].strip(":،,.") in trades

        if trade(0):
            return len(words) <= 12
        for k in range(1, 4):  # "name: trade ..."
            if k < len(words) and words[k - 1].endswith(":"):
                return trade(k) or (words[k] == ":" and trade(k + 1))
        for name in self.byline_names():
            if words[:len(name)] == name and trade(len(name)):
                return True
        return False

    def byline_names(self) -> list[list[str]]:
        """Words of the header's short dateline lines with no figure: the writer's name."""
        names = []
        for u in self.units:
            if u.zone == Z_DATELINE and 2 <= u.words <= 4 and not self.has_figure(u):
                text = self.sk[u.start:u.end]
                if ":" not in text:
                    names.append(text.split())
            elif u.zone not in (Z_TITLE, Z_DATELINE, Z_BOILERPLATE):
                break
        return names

    def resumes(self, block: list[Unit], inline_cue: bool, index: int) -> bool:
        """Whether paragraph ``units[index]`` takes the main story up again after ``block``.

        ``block`` is the open related item or list (its cue or heading first).  A related
        article brings its own lede; a box of headlines scraped between paragraphs does not,
        so the paragraph after it belongs to the story when:

        * the box is a cue over bare headlines only (a list never has prose): two or more
          headlines, or a cue with its headline on the same line, and the paragraph either
          goes on from an earlier one (`continues`) or opens a run of paragraphs;
        * the box is a cue over one headline and the paragraph opens with a connective,
          where the lede of a related article opens with its verb or subject.
        """
        if not block:
            return False
        content = [b for b in block[1:] if b.kind != K_BOILER]
        if any(b.kind != K_TEXT or self.is_para(b) for b in content):
            return False
        u = self.units[index]
        heads = len(content) + (1 if inline_cue else 0)
        if heads == 0:
            return False
        if heads == 1:
            return self.continues(u)
        return self.continues(u) or self.paras_from(index) >= 2

    def paras_from(self, index: int) -> int:
        """How many paragraphs run from ``units[index]`` (boilerplate lines skipped)."""
        count = 0
        for u in self.units[index:]:
            if u.kind == K_BOILER:
                continue
            if not self.is_para(u):
                break
            count += 1
        return count

    def continues(self, u: Unit) -> bool:
        """A paragraph that goes on from an earlier one: it opens with a connective.

        The connective و glued to the first word ("وقال", "وفي", "وتحمل"), unless the و is
        the verb's own first letter ("وقعت", "وافق", "وصل"), or an opener like "كما",
        "من جهته", "في المقابل", "إلى ذلك".  A related article's lede opens with its verb
        or subject instead.
        """
        sk = self.sk
        p = u.start
        while p < u.end and sk[p] in BULLET + "\"'«( ":
            p += 1
        if p >= u.end:
            return False
        if sk[p] == "و":
            # On the text itself: "وأفاد" (connective + hamza) is not "وافق" (bare alef).
            space = sk.find(" ", p, u.end)
            word = _MARK_RUN.sub("", self.text[p:space if space > 0 else u.end])
            return not word.startswith(_RADICAL_WAW)
        return self.m.opener.match_end(sk, p, u.end) >= 0

    def widget_runs(self) -> None:
        """Short lines between two boilerplate lines after the story are the widget's own.

        A poll ("شارك في الاستطلاع", its question and options, "صوت الآن") or a form scraped
        after the last paragraph: headline-sized text lines with boilerplate on both sides
        belong to it.  Credits, dates and labelled lines are left alone.
        """
        units = self.units
        last_para = len(units)
        for i in range(len(units) - 1, -1, -1):
            if units[i].para and units[i].zone == Z_BODY:
                last_para = i
                break
        i = last_para + 1
        while i < len(units):
            if units[i].zone != Z_BOILERPLATE:
                i += 1
                continue
            j = i + 1
            while j < len(units) and units[j].kind == K_TEXT and units[j].zone == Z_BODY \
                    and units[j].words <= 12 and not self.is_para(units[j]):
                j += 1
            if j > i + 1 and j < len(units) and units[j].zone == Z_BOILERPLATE:
                for u in units[i + 1:j]:
                    self.set(u, Z_BOILERPLATE, 0.6)
            elif j > i + 1 and j == len(units) and j - i <= 6:
                # The widget closes the page: its buttons and options run to the end
                # ("مشاركة" / "واتساب" / "تويتر", "موافق" / "إعدادات الكوكيز").  A guess.
                for u in units[i + 1:j]:
                    self.set(u, Z_BOILERPLATE, 0.5)
            i = j

    def wire_tail(self) -> None:
        """Short lines closing a wire dispatch after its last paragraph are boilerplate.

        Editors' initials, desk codes and agency tags ("ع ذ / م.ع", "15:42ت م 0098",
        "/العُمانية/", "======= ي.ع") stand after the story on wire copy: lines made only of
        one- and two-letter groups, digits and punctuation, or one word between slashes.
        """
        for u in reversed(self.units):
            if u.zone == Z_BOILERPLATE:
                continue
            if u.words > 8 or u.kind not in (K_TEXT, K_META, K_DATE) or not self.wire_code(u):
                return
            self.set(u, Z_BOILERPLATE, 0.7)

    def wire_code(self, u: Unit) -> bool:
        text = _MARKS.sub("", self.sk[u.start:u.end])
        if _SLASH_TAG.fullmatch(text):
            return True
        return _LONG_RUN.search(text) is None and _LETTER_RUN.search(text) is not None

    def key(self, u: Unit) -> str:
        text = self.sk[u.start:u.end]
        colon = text.find(":")
        if u.kind == K_RELATED and 0 <= colon < 25:
            text = text[colon + 1:]
        return text.strip(BULLET + " ")[:40]
