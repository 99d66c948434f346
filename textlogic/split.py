"""Auto-split: cut a scraped article into SCHEME.md zones (issue #3).

The text is read as a sequence of *units*: a line, or a piece of a line where scraped text
glued two things together (a share bar onto the lede, ``إقرأ أيضاً:`` onto the last
sentence).  Each unit first gets a *kind* from the cue lexicon and cheap shape features
(`_Reader`), then a structural pass assigns zones (`_Layout`):

* the main story: an optional title (first short line), header lines before the first
  paragraph (datelines, bylines), body paragraphs with their sub-headings and bullets, and
  source / tags / dateline lines recognised by their labels;
* the appended part, which starts at the first related-article cue or list heading that
  stands on its own after the story: each cue opens a related item (its title, body and
  credit follow), a heading opens a list;
* boilerplate (promotion, share bars, navigation, comment widgets, wire end markers),
  wherever it stands; it never ends a related item, so the item continues after it.

Matching runs on `skeleton(text)`, a same-length folded copy, so offsets need no mapping and
no line is folded character by character.  Segments start at the first non-space character
of the unit that opens them, so whitespace belongs to the segment before (SCHEME rule).
Every segment carries the confidence of the weakest rule that produced it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from fasl.textlogic.cuematch import (
    ACTION, BYLINE, DATE, END, FORM, LEAD_CHARS, NOTICE, LIST, LIST_END, OUTLET, PROMO, RELATED, SOURCE, TAGS,
    Matchers, compile_lexicon,
)
from fasl.textlogic.lexicon import Lexicon, load_lexicon
from fasl.textlogic.normalize import DROPPED_CHARS, skeleton
from fasl.textlogic.zones import Segment, Zone, merge_adjacent

# Unit kinds (what a unit looks like on its own, before structure is known).
K_TEXT, K_RELATED, K_LIST, K_LIST_END, K_SOURCE, K_OUTLET, K_TAGS, K_DATE, K_META, K_BOILER = (
    "text", "related", "list", "list_end", "source", "outlet", "tags", "date", "meta", "boiler")

# Zone members as module constants: an Enum member lookup (`Zone.BODY`) costs ~0.2 µs in
# Python 3.11, and the layout makes a dozen per unit.
Z_BODY, Z_BOILERPLATE, Z_DATELINE, Z_LIST, Z_RELATED, Z_SOURCE, Z_TAGS, Z_TITLE = (
    Zone.BODY, Zone.BOILERPLATE, Zone.DATELINE, Zone.LIST, Zone.RELATED, Zone.SOURCE, Zone.TAGS,
    Zone.TITLE)

_SEPS = ":-|/"
_SPACES = re.compile(r"\s*")
_DATE_GAP = re.compile(r"[\s:,\-|/()]*")
_CRUMB_SEP = re.compile(r"\s[»›>|/←<\\\"]\s")
_META_SEP = re.compile(r"[-–—ـ/|(]")
_BULLET = "•·●▪■◆►▶*-"
_ALNUM = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")
_WORD_FINAL = "\u0629\u0649"  # taa marbuta, alef maqsura: letters that only end a word
_MARK_RUN = re.compile(r"[^\w\s]+")
_LETTER_RUN = re.compile(r"[^\W\d_]")
_LONG_RUN = re.compile(r"[^\W\d_]{3}")
_MARKS = re.compile("[" + "".join(sorted(DROPPED_CHARS | {"\u200b"})) + "]+")
_SLASH_TAG = re.compile(r"/\W*[^\W\d_]+(?:\s+[^\W\d_]+)?\W*/")
#: First letters of verbs whose و is their own (وقع، وافق، وصل ...), not the connective.
_RADICAL_WAW = ("وقع", "وثق", "واف", "واص", "واج", "واك", "وجه", "وصل", "وضع", "وزع", "ودع",
                "وعد", "وقف", "وفر", "وفد", "ورد", "وسع", "وصف", "وجد", "ولد", "وطد", "وكل",
                "ولي", "وهب", "وزن", "وفق", "وشك", "وسط")


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    line: int
    kind: str
    words: int
    conf: float
    zone: Zone = Z_BODY
    item: int | None = None
    zconf: float = 0.9


class _Probe(NamedTuple):
    words: int
    lead_end: int  # after bullets, quotes and marks at the head
    head: tuple[int, frozenset[str], str] | None  # the cue the piece opens with
    promo: int  # where the first promotion phrase starts (pieces of up to 30 words), or -1
    promo_next: int  # where the first one after the piece's first character starts, or -1
    action: bool  # a call-to-action word is in the piece (pieces of up to 30 words)


@lru_cache(maxsize=1)
def _default_matchers() -> Matchers:
    """The shipped lexicon's matchers, built once (hashing a lexicon per call costs ~60 µs)."""
    return compile_lexicon(load_lexicon())


def split_text(text: str, lexicon: Lexicon | None = None) -> list[Segment]:
    """Cut ``text`` into flat, contiguous zone segments covering it exactly.

    Args:
        text: the document's exact stored text.
        lexicon: cue lexicon; the shipped one (loaded once and cached) when ``None``.

    Returns:
        Segments over code-point offsets into ``text``, in order, covering ``[0, len(text))``
        (empty for an empty text).  ``related`` segments carry their item number; every
        segment's ``confidence`` is in ``[0, 1]`` and is low where the evidence was weak.
        Never raises: should a rule fail on some unforeseen input, the whole text comes back
        as one body segment with confidence 0, for a human to cut.
    """
    if not text:
        return []
    try:
        matchers = compile_lexicon(lexicon) if lexicon is not None else _default_matchers()
        reader = _Reader(text, matchers)
        units = reader.read()
        _Layout(units, reader.sk, matchers, text).assign()
        return _segments(units, len(text))
    except Exception:  # noqa: BLE001 - the contract is "never raises"; a human fixes the cut
        return [Segment(0, len(text), Z_BODY, None, 0.0)]


def _segments(units: list[_Unit], length: int) -> list[Segment]:
    """Turn zoned units into segments; a segment runs until the next one's first unit."""
    if not units:
        return [Segment(0, length, Z_BODY, None, 0.5)]
    out: list[Segment] = []
    first = units[0]
    start, zone, item, conf = 0, first.zone, first.item, first.zconf
    for unit in units:
        if unit.zone == zone and unit.item == item:
            if unit.zconf < conf:
                conf = unit.zconf
            continue
        out.append(Segment(start, unit.start, zone, item if zone == Z_RELATED else None,
                           max(0.0, min(1.0, conf))))
        start, zone, item, conf = unit.start, unit.zone, unit.item, unit.zconf
    out.append(Segment(start, length, zone, item if zone == Z_RELATED else None,
                       max(0.0, min(1.0, conf))))
    return merge_adjacent(out)


class _Reader:
    """Reads lines into units, cutting a line where glued-together parts are recognised."""

    def __init__(self, text: str, matchers: Matchers) -> None:
        self.text = text
        self.sk = skeleton(text)
        self.m = matchers
        self.units: list[_Unit] = []
        self.lines_read = 0

    # -- small helpers ------------------------------------------------------------------
    def words(self, s: int, e: int) -> int:
        return self.sk.count(" ", s, e) + 1 if e > s else 0

    def skip_space(self, pos: int, end: int) -> int:
        return _SPACES.match(self.sk, pos, end).end()

    def skip_lead(self, pos: int, end: int) -> int:
        stop = min(end, pos + 6)
        while pos < stop and self.sk[pos] in LEAD_CHARS:
            pos += 1
        return pos

    def has_alnum(self, s: int, e: int) -> bool:
        return _ALNUM.search(self.sk, s, e) is not None

    def rstrip(self, s: int, e: int) -> int:
        while e > s and self.sk[e - 1].isspace():
            e -= 1
        return e

    # -- reading ------------------------------------------------------------------------
    def read(self) -> list[_Unit]:
        pos = 0
        for number, line in enumerate(self.text.split("\n")):
            base = pos
            pos += len(line) + 1
            stripped = line.strip()
            if not stripped:
                continue
            s = base + len(line) - len(line.lstrip())
            e = s + len(stripped)
            if not self.plain_paragraph(s, e, number):
                self.piece(s, e, number)
            self.lines_read += 1
        return self.units

    def plain_paragraph(self, s: int, e: int, line: int) -> bool:
        """Add a long line as one prose unit if nothing in it needs a closer look.

        Over 30 words, or over 14 ending with a full stop, question or exclamation mark (no
        promotion search, see `promo_sized`; up to 16 words also no digit, see `date_like`),
        not among the first lines (no breadcrumb), no share word, cue or digit at its head
        (no share bar, cue line or glued date), no cue glued after a sentence in it and fewer
        than two "|": `piece` would find nothing either, so the units are the same; story
        paragraphs are most lines of a document.
        """
        sk = self.sk
        words = sk.count(" ", s, e) + 1
        if words <= 14 or self.lines_read <= 2:
            return False
        if words <= 30 and (sk[e - 1] not in ".!?"
                            or (words <= 16 and _DIGIT.search(sk, s, e) is not None)):
            return False
        m = self.m
        if (m.share_token.match(sk, s, e) is not None
                or m.head_lead.match(sk, s, e) is not None
                or _DIGIT.search(sk, s, min(e, s + 48)) is not None
                or sk.count("|", s, e) >= 2
                or m.glued.search(sk, s, e) is not None):
            return False
        self.units.append(_Unit(s, e, line, K_TEXT, words, 0.9))
        return True

    def add(self, s: int, e: int, line: int, kind: str, conf: float, words: int = -1) -> None:
        self.units.append(_Unit(s, e, line, kind, self.words(s, e) if words < 0 else words, conf))

    def probe(self, s: int, e: int) -> _Probe:
        """What `inline_cut` and `classify` both look at, found once per piece."""
        words = self.words(s, e)
        p = self.skip_lead(s, e)
        head = self.m.head_cue(self.sk, p, e) if p < e else None
        promo = promo_next = -1
        action = False
        if self.promo_sized(s, e, words):
            for at, roles in self.m.promo_action.hits(self.sk, s, e):
                if PROMO in roles:
                    if promo < 0:
                        promo = at
                    if at > s and promo_next < 0:
                        promo_next = at
                action = action or ACTION in roles
        return _Probe(words, p, head, promo, promo_next, action)

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
            if self.m.share_token.match(self.sk, s, e) is not None:
                prefix_end = self.share_bar(s, e)
            if not prefix_end and self.lines_read <= 2:
                prefix_end = self.breadcrumb(s, e)
            if prefix_end:
                self.add(s, self.rstrip(s, prefix_end), line, K_BOILER, 0.8)
                self.piece(prefix_end, e, line, depth + 1)
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
        self.add(s, e, line, kind, conf, probe.words)

    def share_bar(self, s: int, e: int) -> int | None:
        """End of a share bar ("شارك تويتر فيسبوك واتساب") scraped onto a sentence's start."""
        pos, tokens = s, 0
        while pos < e:
            m = self.m.share_token.match(self.sk, pos, e)
            if not m:
                # "طباعةاعتمدت": the last share word glued to the lede without a space; a
                # taa marbuta or alef maqsura only ends a word, so a letter after it starts one.
                if tokens >= 1:
                    g = self.m.share_glued.match(self.sk, pos, e)
                    if g and self.text[g.end() - 1] in _WORD_FINAL and self.words(g.end(), e) >= 6:
                        return g.end()
                break
            if self.has_alnum(m.start(), m.end()):
                tokens += 1
            pos = self.skip_lead(self.skip_space(m.end(), e), e)
        if tokens >= 2 and pos < e and self.words(pos, e) >= 6:
            return pos
        return None

    def breadcrumb(self, s: int, e: int) -> int | None:
        """End of a breadcrumb trail ("الرئيسية » محليات") glued before a title."""
        if self.lines_read > 2 or not self.m.nav_token.match(self.sk, s, e):
            return None
        last = None
        for m in _CRUMB_SEP.finditer(self.sk, s, min(e, s + 80)):
            if self.words(last or s, m.start()) > 3:
                break
            last = m.end()
        if last is None:
            return None
        pos = last
        nav = self.m.nav_token.match(self.sk, pos, e)
        if nav:
            pos = nav.end()
        else:
            space = self.sk.find(" ", pos, e)
            pos = space if space > 0 else e
        pos = self.skip_space(pos, e)
        return pos if pos < e and self.words(pos, e) >= 3 else None

    def date_run(self, pos: int, e: int) -> tuple[int, int]:
        """End of consecutive date and time tokens from ``pos``, and how many held digits."""
        end, digits = pos, 0
        while pos < e:
            pos = _DATE_GAP.match(self.sk, pos, e).end()
            m = self.m.date_token.match(self.sk, pos, e)
            if not m or m.end() == m.start():
                break
            if any(c.isdigit() for c in self.sk[m.start():m.end()]):
                digits += 1
            end = pos = m.end()
        return end, digits

    def inline_cut(self, s: int, e: int, probe: _Probe) -> int | None:
        """Where a recognised second part glued inside ``[s, e)`` starts, if anywhere."""
        sk = self.sk
        words = probe.words
        head = probe.head
        roles = head[1] if head else frozenset()
        # A date label with its date glued to the lede: "نشر في: 12 مايو 2024 - 10:30 م أعلنت".
        if words > 12 and (DATE in roles or BYLINE in roles or (
                head is None and _DIGIT.search(sk, s, min(e, s + 48)) is not None)):
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
        # A cue glued after a sentence end.
        # (`glued` finds only sentence ends with a cue after them, in one regex pass.)
        pos = s
        while (m := self.m.glued.search(sk, pos, e)) is not None:
            pos = m.end()
            if not self.has_alnum(s, m.start()):
                continue  # nothing but quotes or brackets before it: not glued to a sentence
            p = self.skip_lead(pos, e)
            cue = self.m.head_cue(sk, p, e)
            if cue and self.glued_cue_ok(cue, p, e, s):
                return pos
        # A promotion glued at the end of a short unit without punctuation.
        if words <= 30:
            at = probe.promo
            if at == s:  # the next one
                at = probe.promo_next
            if at > 0 and self.words(s, self.rstrip(s, at)) >= 4 and self.words(at, e) <= 12:
                return at
        return None

    def glued_cue_ok(self, cue: tuple[int, frozenset[str], str], p: int, e: int, s: int) -> bool:
        end, roles, phrase = cue
        rest = self.skip_space(end, e)
        sep = rest < e and self.sk[rest] in _SEPS
        rest_words = self.words(rest, e) if self.has_alnum(rest, e) else 0
        if RELATED in roles and (sep or rest_words == 0):
            return True
        if LIST in roles and rest_words == 0:
            return True
        if (SOURCE in roles or TAGS in roles) and sep and rest_words <= 40:
            return True
        if PROMO in roles and " " in phrase and self.words(p, e) <= 20:
            # "لديك حساب بالفعل؟ سجل الدخول": a few words before the promotion belong to it.
            return self.words(s, self.rstrip(s, p)) >= 4
        return END in roles and rest_words == 0

    def classify(self, s: int, e: int, probe: _Probe) -> tuple[str, float]:
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
            if FORM in roles and bare and words <= 5:
                return K_BOILER, 0.8  # a comment-form label standing alone ("الاسم *")
            if NOTICE in roles and (sep or bare) and words <= 80:
                return K_BOILER, 0.8  # "تنويه: ..." an editor's notice or disclaimer
            if LIST in roles and not bare and rest_words <= 2:
                tail = self.m.head_cue(sk, rest, e)
                if tail and LIST_END in tail[1]:
                    return K_LIST_END, 0.8
            if RELATED in roles and (sep or bare):
                return K_RELATED, 0.95
            if LIST in roles and (bare or (rest_words <= 2 and words <= 6)):
                return K_LIST, 0.9 if bare else 0.7
            if RELATED in roles and rest_words <= 20 and words <= 24:
                return K_RELATED, 0.7
            if TAGS in roles and (sep or (multi and words <= 30)) and words <= 80:
                return K_TAGS, 0.95
            if SOURCE in roles and ((sep and rest_words <= 12) or (multi and words <= 10)):
                return K_SOURCE, 0.95
            if DATE in roles and words <= 20 and (sep or self.date_run(rest, e)[1] >= 1):
                return K_DATE, 0.9
            if BYLINE in roles and words <= 10 and (sep or words <= 6):
                return K_DATE, 0.85
            if PROMO in roles and ((multi and words <= 30) or bare):
                return K_BOILER, 0.95 if multi else 0.85
            if PROMO in roles and words <= 4 and sk[e - 1] not in ".?!:,":
                return K_BOILER, 0.7
            if END in roles and (bare or rest_words <= 2) and words <= 4:
                return K_BOILER, 0.9
            if OUTLET in roles and words <= 6 and sk[e - 1] not in ".?!:,":
                return K_OUTLET, 0.75
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
            return K_BOILER, 0.75
        if words <= 16 and sk[e - 1] == ")" and self.captioned(s, e):
            return K_BOILER, 0.65
        if words <= 25:
            if words <= 14 and probe.promo >= 0:
                return K_BOILER, 0.8
            if (probe.action
                    and self.m.platform.find(sk, s, e) >= 0):
                return K_BOILER, 0.75
        if words <= 16 and self.date_like(s, e):
            return K_DATE, 0.8
        if words <= 6 and sk[e - 1] not in ".?!:," and _META_SEP.search(self.text, s, e):
            return K_META, 0.65
        return K_TEXT, 0.9

    def ticker(self, s: int, e: int) -> bool:
        """A ticker scraped from the page frame: three or more short fields between "|", most
        with a figure ("الفجر 04:12 | الظهر 13:28", "الدولار 9.98 | الأورو 10.74")."""
        fields = self.sk[s:e].split("|")
        if len(fields) < 3 or any(len(f.split()) > 5 for f in fields):
            return False
        return sum(_DIGIT.search(f) is not None for f in fields) * 2 > len(fields)

    def captioned(self, s: int, e: int) -> bool:
        """A photo caption: a short description closed by an agency credit in brackets
        ("سكان يتجمعون في ساحة عامة بعد الزلزال (رويترز)"), not ending a sentence before it."""
        sk = self.sk
        open_at = sk.rfind("(", s, e)
        before = self.rstrip(s, open_at)
        if (open_at < 0 or self.words(s, before) < 3 or sk[before - 1] in ".!?:،,"
                or _LONG_RUN.search(sk, s, before) is None):
            return False
        inner = self.skip_space(open_at + 1, e)
        cue = self.m.head_cue(sk, inner, e - 1)
        return cue is not None and OUTLET in cue[1]

    def date_like(self, s: int, e: int) -> bool:
        """A line mostly made of dates, times and weekdays ("الأحد 12 مايو 2024 - 10:45 ص")."""
        if _DIGIT.search(self.sk, s, e) is None:  # needs a digit; most short lines have none
            return False
        if "بتوقيت" not in self.sk[s:e]:
            # Date tokens start words and end inside them, so the words that hold a digit or
            # are month, day or time words bound what they can cover; a headline with one
            # number in it fails here without a regex per word.
            bound = 0
            date_words = self.m.date_words
            for word in self.sk[s:e].lower().split():
                if word.strip(LEAD_CHARS + "\u200b") in date_words or _DIGIT.search(word):
                    bound += len(word)
            if bound < 0.45 * (e - s):
                return False
        covered, digits, pos = 0, 0, s
        while pos < e:
            pos = _DATE_GAP.match(self.sk, pos, e).end()
            m = self.m.date_token.match(self.sk, pos, e) if pos < e else None
            if m and m.end() > m.start():
                covered += m.end() - m.start()
                digits += any(c.isdigit() for c in self.sk[m.start():m.end()])
                pos = m.end()
            else:  # skip one word
                space = self.sk.find(" ", pos, e)
                pos = e if space < 0 else space
        return digits >= 1 and covered >= 0.45 * (e - s)

    def nav_only(self, s: int, e: int) -> bool:
        """A menu line made only of section names and separators."""
        pos, count = s, 0
        while pos < e:
            m = self.m.nav_token.match(self.sk, pos, e)
            if not m:
                return False
            count += 1
            pos = self.skip_lead(self.skip_space(m.end(), e), e)
        return count >= 2


_MAIN_ZONE = {K_SOURCE: Z_SOURCE, K_TAGS: Z_TAGS, K_DATE: Z_DATELINE,
              K_BOILER: Z_BOILERPLATE}


def _ends_sentence(sk: str, u: _Unit) -> bool:
    return sk[u.end - 1] in ".!?:;"


class _Layout:
    """Assigns zones to units from their kinds and their place in the document."""

    def __init__(self, units: list[_Unit], sk: str, matchers: Matchers, text: str = "") -> None:
        self.units = units
        self.sk = sk  # `skeleton` of the text
        self.m = matchers
        self.text = text or sk  # the text itself: hamza forms, which the skeleton folds

    def is_para(self, u: _Unit) -> bool:
        """A paragraph of prose, as opposed to a headline, label or short line."""
        if u.kind != K_TEXT:
            return False
        return u.words >= 22 or (u.words >= 6 and self.sk[u.end - 1] in ".!:;")

    def set(self, u: _Unit, zone: Zone, conf: float, item: int | None = None) -> None:
        u.zone, u.zconf, u.item = zone, conf, item

    def main_zone(self, u: _Unit, conf: float = 0.9) -> None:
        zone = _MAIN_ZONE.get(u.kind, Z_BODY)
        self.set(u, zone, u.conf if zone != Z_BODY else conf)

    def assign(self) -> None:
        units = self.units
        for u in units:
            self.main_zone(u)
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

    def is_meta(self, u: _Unit) -> bool:
        """A short "place - outlet - author" credit line."""
        return u.kind == K_META or (u.kind == K_OUTLET and u.words <= 6 and _META_SEP.search(
            self.sk, u.start, u.end) is not None)

    def title_like(self, u: _Unit) -> bool:
        return (u.words <= 30 and u.end - u.start <= 220
                and self.sk[u.end - 1] not in ".:" and self.sk[u.start] not in _BULLET)

    def header(self) -> int:
        """Zone the title and the header lines; return the index of the first story unit."""
        units = self.units
        i = 0
        # Navigation and widgets above the title.
        while i < len(units) and (units[i].kind == K_BOILER or (
                units[i].words <= 2 and self.m.nav_token.fullmatch(self.sk, units[i].start, units[i].end))):
            self.set(units[i], Z_BOILERPLATE, units[i].conf if units[i].kind == K_BOILER else 0.7)
            i += 1
        if i >= len(units):
            return i
        first = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        titled = False
        if nxt is not None and first.kind in (K_TEXT, K_OUTLET, K_META) and self.title_like(first):
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
            if u.kind == K_DATE or self.is_meta(u):
                self.set(u, Z_DATELINE, u.conf)
            elif titled and u.kind in (K_TEXT, K_OUTLET) and 2 <= u.words <= 8 \
                    and self.sk[u.end - 1] not in ".!?" and not self.is_para(u):
                self.set(u, Z_DATELINE, 0.6)
            else:
                break
            i += 1
        return i

    def story(self, start: int) -> None:
        """Body, then appended items; main text may resume after a box scraped inside it."""
        units = self.units
        state = Z_BODY
        item = 0
        block: list[_Unit] = []  # units of the open related item or list
        inline_cue = False  # the open item's cue line also holds its title
        titles: list[str] = []
        seen_text = any(u.kind == K_TEXT for u in units[:start])
        main_tail: _Unit | None = None  # last main-story unit before anything appended

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
            if u.kind == K_BOILER:
                self.set(u, Z_BOILERPLATE, u.conf)
                continue
            if state == Z_BODY:
                self.main_zone(u)
                seen_text = seen_text or u.kind == K_TEXT
                main_tail = u
                continue
            if state != Z_BODY and self.is_para(u) and self.resumes(block, inline_cue, index):
                # A box scraped between two paragraphs ("اقرأ أيضا" over one or more
                # headlines): the story goes on after it.  See `resumes`.
                close()
                state = Z_BODY
                self.main_zone(u, 0.65)
                main_tail = u
                continue
            if state == Z_RELATED:
                content = [b for b in block[1:] if b.kind != K_BOILER]
                key = self.key(u)
                bullet = self.sk[u.start] in _BULLET
                if (key in titles and content) or (bullet and any(self.is_para(b) for b in content)):
                    close()
                    state = Z_LIST
                    block = [u]
                    self.set(u, Z_LIST, 0.7)
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

    def credit(self, last: _Unit | None) -> None:
        """A bare outlet name closing the story is its credit ("سكاي نيوز عربية")."""
        if last is None or last.zone != Z_BODY:
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
        if (last.kind in (K_TEXT, K_META) and last.words <= 4 and text[-1] not in ".?!:,"
                and text[0] not in "وف-•*" and not any(c.isdigit() for c in text)
                and ":" not in text and "@" not in text):
            self.set(last, Z_SOURCE, 0.55)

    def resumes(self, block: list[_Unit], inline_cue: bool, index: int) -> bool:
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

    def continues(self, u: _Unit) -> bool:
        """A paragraph that goes on from an earlier one: it opens with a connective.

        The connective و glued to the first word ("وقال", "وفي", "وتحمل"), unless the و is
        the verb's own first letter ("وقعت", "وافق", "وصل"), or an opener like "كما",
        "من جهته", "في المقابل", "إلى ذلك".  A related article's lede opens with its verb
        or subject instead.
        """
        sk = self.sk
        p = u.start
        while p < u.end and sk[p] in _BULLET + "\"'«( ":
            p += 1
        if p >= u.end:
            return False
        if sk[p] == "و":
            # On the text itself: "وأفاد" (connective + hamza) is not "وافق" (bare alef).
            space = sk.find(" ", p, u.end)
            word = _MARK_RUN.sub("", self.text[p:space if space > 0 else u.end])
            return not word.startswith(_RADICAL_WAW)
        return self.m.opener.match(sk, p, u.end) is not None

    def widget_runs(self) -> None:
        """Short lines between two boilerplate lines after the story are the widget's own.

        A poll ("شارك في الاستطلاع", its question and options, "صوت الآن") or a form scraped
        after the last paragraph: headline-sized text lines with boilerplate on both sides
        belong to it.  Credits, dates and labelled lines are left alone.
        """
        units = self.units
        last_para = max((i for i, u in enumerate(units) if u.zone == Z_BODY and self.is_para(u)),
                        default=len(units))
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

    def wire_code(self, u: _Unit) -> bool:
        text = _MARKS.sub("", self.sk[u.start:u.end])
        if _SLASH_TAG.fullmatch(text):
            return True
        return _LONG_RUN.search(text) is None and _LETTER_RUN.search(text) is not None

    def key(self, u: _Unit) -> str:
        text = self.sk[u.start:u.end]
        colon = text.find(":")
        if u.kind == K_RELATED and 0 <= colon < 25:
            text = text[colon + 1:]
        return text.strip(_BULLET + " ")[:40]
