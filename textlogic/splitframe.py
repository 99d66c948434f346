"""Lines of the page frame scraped with the story: share bars, menus, breadcrumb trails,
tickers and photo captions.

A mixin of `fasl.textlogic.splitread.Reader` (it reads ``self.sk``, the skeleton, and
``self.m``, the compiled lexicon, and uses the reader's small helpers), kept apart so the
reader stays one job: cutting lines into units and giving each a kind.
"""
from __future__ import annotations

import re

from fasl.textlogic.cuematch import NOTICE, OUTLET
from fasl.textlogic.cuetrie import PhraseTrie
from fasl.textlogic.splitbase import LineTools, trait
from fasl.textlogic.splitunits import DIGIT

#: A breadcrumb trail on a line of its own: "الرئيسية / الفتاوى / الصلاة", "Home > News".
_TRAIL_SEP = re.compile(r"\s[»›>/←<\\]\s")
#: Two angle quotes or arrows between fields of one to three words, at a line head.
_ANGLED_TRAIL = re.compile(r"(?:[^\s»›>]+(?:\s[^\s»›>]+){0,2}\s?[»›>]\s*){2,}")
_CRUMB_SEP = re.compile(r"\s[»›>|/←<\\\"]\s")
_WORD_FINAL = "\u0629\u0649"  # taa marbuta, alef maqsura: letters that only end a word
LONG_RUN = re.compile(r"[^\W\d_]{3}")  # a word of three letters or more (not initials)


@trait
class Frame(LineTools):
    """Frame-line tests over ``self.sk``."""

    def token_run(self, token: PhraseTrie, s: int, e: int, words_only: bool) -> int:
        """How many ``token`` matches make up all of ``[s, e)`` with separators between them
        (only those holding a letter or digit when ``words_only``), or -1 if anything else
        stands in it."""
        pos, count = s, 0
        while pos < e:
            stop = token.match_end(self.sk, pos, e)
            if stop < 0:
                return -1
            if not words_only or self.has_alnum(pos, stop):
                count += 1
            pos = self.skip_lead(self.skip_space(stop, e), e)
        return count

    def share_bar(self, s: int, e: int) -> int | None:
        """End of a share bar ("شارك تويتر فيسبوك واتساب") scraped onto a sentence's start."""
        pos, tokens = s, 0
        while pos < e:
            stop = self.m.share_token.match_end(self.sk, pos, e)
            if stop < 0:
                # "طباعةاعتمدت": the last share word glued to the lede without a space; a
                # taa marbuta or alef maqsura only ends a word, so a letter after it starts one.
                if tokens >= 1:
                    g = self.m.share_glued.match_end(self.sk, pos, e)
                    if g >= 0 and self.text[g - 1] in _WORD_FINAL and self.words(g, e) >= 6:
                        return g
                break
            if self.has_alnum(pos, stop):
                tokens += 1
            pos = self.skip_lead(self.skip_space(stop, e), e)
        if tokens >= 2 and pos < e and self.words(pos, e) >= 6:
            return pos
        return None

    def share_tail(self, s: int, e: int) -> int | None:
        """Start of a share bar that runs from a sentence end to the end of ``[s, e)``.

        Two or more share words ("شارك: X فيسبوك واتساب", "Facebook Twitter نسخ الرابط")
        and nothing else after a full stop, question or exclamation mark, with a sentence of
        at least four words before it.  Only the last 160 characters are looked at.
        """
        sk = self.sk
        lo = max(s, e - 160)
        for stop in (sk.rfind(".", lo, e), sk.rfind("!", lo, e), sk.rfind("?", lo, e)):
            if stop < 0:
                continue
            start = self.skip_space(stop + 1, e)
            if (start < e and self.words(s, stop) >= 4
                    and self.token_run(self.m.share_token, start, e, True) >= 2):
                return start
        return None

    def share_only(self, s: int, e: int) -> bool:
        """Only share words and separators, two or more of them words, maybe behind a label
        of its own ("مشاركة الفتوى: واتساب - تويتر - فيسبوك")."""
        if self.token_run(self.m.share_token, s, e, True) >= 2:
            return True
        colon = self.sk.find(":", s, min(e, s + 40))
        return (colon > 0 and self.words(s, colon) <= 3
                and self.token_run(self.m.share_token, self.skip_space(colon + 1, e), e,
                                   True) >= 2)

    def trail(self, s: int, e: int) -> bool:
        """A breadcrumb trail: two separators after a navigation word ("الرئيسية / الفتاوى /
        الصلاة"), or three or more angle quotes or arrows between short fields ("السوق المفتوح
        > الأردن > عقارات للبيع > شقق")."""
        seps = _TRAIL_SEP.findall(self.sk, s, e)
        if len(seps) >= 2 and self.m.nav_token.match_end(self.sk, s, e) >= 0:
            return True
        angled = [x for x in seps if x.strip() not in "/\\"]
        return len(angled) >= 3 and all(
            len(field.split()) <= 3 for field in _TRAIL_SEP.split(self.sk[s:e]))

    def breadcrumb(self, s: int, e: int) -> int | None:
        """End of a breadcrumb trail ("الرئيسية » محليات", "إضاءات › اقتصاد ›") glued before a
        title: after a navigation word, or two angle quotes between short fields."""
        if self.lines_read > 2:
            return None
        if self.m.nav_token.match_end(self.sk, s, e) < 0:
            angled = _ANGLED_TRAIL.match(self.sk, s, min(e, s + 60))
            if angled is None or self.words(angled.end(), e) < 3:
                return None
            return angled.end()
        last, seps = None, 0
        for m in _CRUMB_SEP.finditer(self.sk, s, min(e, s + 80)):
            if self.words(last or s, m.start()) > 3:
                break
            last, seps = m.end(), seps + 1
        if last is None:
            return None
        pos = last
        nav = self.m.nav_token.match_end(self.sk, pos, e)
        if nav >= 0:
            pos = nav
        elif seps >= 2:
            pass  # "الرئيسية » إقتصاد » <title>": a trail of sections ends with the page's title
        else:
            space = self.sk.find(" ", pos, e)
            pos = space if space > 0 else e
        pos = self.skip_space(pos, e)
        return pos if pos < e and self.words(pos, e) >= 3 else None

    def nav_only(self, s: int, e: int) -> bool:
        """A menu line made only of section names and separators."""
        return self.token_run(self.m.nav_token, s, e, False) >= 2

    def ticker(self, s: int, e: int) -> bool:
        """A ticker scraped from the page frame: three or more short fields between "|", most
        with a figure ("الفجر 04:12 | الظهر 13:28", "الدولار 9.98 | الأورو 10.74")."""
        fields = self.sk[s:e].split("|")
        if len(fields) < 3 or any(len(f.split()) > 5 for f in fields):
            return False
        return sum(DIGIT.search(f) is not None for f in fields) * 2 > len(fields)

    def captioned(self, s: int, e: int) -> bool:
        """A photo caption: a short description closed by an agency or photographer credit in
        brackets ("سكان يتجمعون في ساحة عامة بعد الزلزال (رويترز)", "... (تصوير: أحمد
        العمري)") or after a dash ("جانب من جلسة المجلس - تصوير: موقع بانيت"), not ending a
        sentence before it.  After a dash only a photo credit counts: "... - رويترز" may be
        a story's wire credit."""
        sk = self.sk
        if sk[e - 1] == ")":
            open_at = sk.rfind("(", s, e)
            roles: tuple[str, ...] = (OUTLET, NOTICE)
            inner, stop = self.skip_space(open_at + 1, e), e - 1
        else:  # the line's last dash, between spaces (`skeleton` folded – and — to -)
            open_at = max(sk.rfind("-", s, e), sk.rfind("|", s, e))
            if (open_at <= s or open_at + 1 >= e or not sk[open_at - 1].isspace()
                    or not sk[open_at + 1].isspace()):
                return False
            inner, stop, roles = self.skip_space(open_at + 1, e), e, (NOTICE,)
            if self.words(inner, e) > 5:
                return False
        before = self.rstrip(s, open_at)
        if (open_at < 0 or self.words(s, before) < 3 or sk[before - 1] in ".!?:،,"
                or LONG_RUN.search(sk, s, before) is None):
            return False
        cue = self.m.head_cue(sk, inner, stop)  # an agency, or a photographer: "تصوير: ..."
        return cue is not None and any(role in cue[1] for role in roles)
