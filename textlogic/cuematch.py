"""Compile a `Lexicon` into regular expressions that match *raw* text in every spelling.

Folding a whole document costs about 0.8 ms, more than the splitter's whole budget, and
folded offsets would need mapping back.  Instead every folded phrase is turned into a
tolerant pattern: each letter becomes the class of all characters that fold to it
(``ا`` -> ``[اأإآٱ…]``), any number of dropped marks (tashkeel, tatweel, zero-width and bidi
controls) may follow each letter, and a space matches any run of spaces and marks.  The
patterns run on the original string, so a match's offsets are already the offsets to keep.

Phrases of one role share a trie, so an anchored match tests one character class per
level instead of every phrase in turn.  The line-type cues share one trie whose leaves are
named groups; ``match.lastgroup`` says which phrase (and so which roles) matched, and the
longest phrase that ends on a word boundary wins.

sre tries the branches of an alternation one after the other, so a trie's cost is mostly the
failing branches it tests at each level (a cue at a line head took ~2 µs in the ~800-phrase
trie, ~0.3 µs in a trie of its own).  Two things cut that without changing any answer, since
the branches of one trie node begin with different letters and at most one can go on:
branches are ordered by how often their letter starts an Arabic word, and an anchored cue
match first picks, by the character at the anchor, the sub-trie of phrases starting with it.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from fasl.textlogic.lexicon import Lexicon
from fasl.textlogic.normalize import DROPPED_CHARS, fold

#: Marks a phrase may carry between its letters.  `skeleton` already folded the letter
#: variants and turned tatweel into a zero-width space, so what is left to skip is every
#: non-word, non-space character (tashkeel, zero-width and bidi controls).  A category class
#: compiles fast, where a class of Arabic code points costs sre ~0.2 ms each to compile.
MARKS = r"[^\w\s]*"
_SPACE = r"\s\W*"

#: Characters a cue may be preceded by at a line head: bullets, dashes, brackets, quotes.
LEAD_CHARS = (
    "\u061c\u2060\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad"  # bidi, word joiner
    " \t\u00a0\u200b\u200c\u200d\u200e\u200f\ufeff©®℗™•·●▪■◆►▶→←»«*-–—_|/\\([{<>\"'“”‘’:.،,؛;#+=~"
)
#: The same as a regex class, with the pictographs sites put before a cue ("🔴 اقرأ أيضا",
#: "📌 مواضيع ذات صلة", "➡️ طالع"): emoji and symbol blocks and the emoji variation selector.
LEAD_CLASS = ("[" + "".join(re.escape(c) for c in LEAD_CHARS)
              + "\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\ufe0f]")
_LEAD_RANGES = ((0x1F300, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0xFE0F, 0xFE0F))
#: Lead characters that are also letters or digits to `str.isalnum` (the dingbat circled
#: numbers ❶-➓): a line opening with one may still have a cue after it.
_ALNUM_LEADS = frozenset(
    c for c in LEAD_CHARS + "".join(chr(i) for a, b in _LEAD_RANGES for i in range(a, b + 1))
    if c.isalnum())


def _char_class(ch: str) -> str:
    if ch.isascii() and ch.isalpha():
        return f"[{ch}{ch.upper()}]"
    return re.escape(ch)


def tolerant(phrase: str) -> str:
    """Regex source matching ``phrase`` on a `skeleton`, in any spelling that folds alike."""
    parts: list[str] = []
    for ch in fold(phrase):
        parts.append(_SPACE if ch == " " else _char_class(ch) + MARKS)
    return "".join(parts)


def is_mark(ch: str) -> bool:
    """A character matchers skip inside a phrase (tashkeel, invisible controls)."""
    return ch in DROPPED_CHARS or ch == "\u200b"


#: Letters in the order they most often start a word of Arabic news (counted on the gold
#: sets' skeletons); trie branches are tried in this order, then the rest by code point.
_BRANCH_ORDER = {ch: rank for rank, ch in enumerate("الموبتفعيسنحدقجخركشصهطغضثزذظء")}


def _branch_key(ch: str) -> tuple[int, str]:
    return _BRANCH_ORDER.get(ch, len(_BRANCH_ORDER)), ch


def trie_regex(phrases: Iterable[str], leaf_names: dict[str, str] | None = None) -> str:
    """One alternation over folded ``phrases`` shaped as a trie (longer continuations first).

    Args:
        phrases: phrases already folded.
        leaf_names: optional folded phrase -> group name; each phrase end then carries an
            empty named group so ``lastgroup`` tells which phrase matched.
    """
    root: dict[str, dict] = {}
    end = "\x00"
    for phrase in phrases:
        if not phrase:
            continue
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[end] = {}

    def emit(node: dict[str, dict], prefix: str) -> str:
        alts: list[str] = []
        for ch in sorted((k for k in node if k != end), key=_branch_key):
            atom = _SPACE if ch == " " else _char_class(ch) + MARKS
            alts.append(atom + emit(node[ch], prefix + ch))
        if end in node:
            alts.append(f"(?P<{leaf_names[prefix]}>)" if leaf_names else "")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(root, "") if root else "(?!)"


def _role_map(*groups: tuple[Iterable[str], str]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for phrases, role in groups:
        for phrase in phrases:
            if phrase:
                out.setdefault(phrase, set()).add(role)
    return {p: frozenset(r) for p, r in out.items()}


#: Role of a call-to-action word in `RoleSearch` (not a head-cue role).
ACTION = "action"

# Roles a head cue can carry.
RELATED, LIST, LIST_END, SOURCE, OUTLET, TAGS, DATE, BYLINE, PROMO, END, FORM, NOTICE = (
    "related", "list", "list_end", "source", "outlet", "tags", "date", "byline", "promo", "end",
    "form", "notice")
COMMENTS = "comments"

_DIGIT = "[0-9\u0660-\u0669\u06f0-\u06f9]"


@dataclass(frozen=True)
class Matchers:
    """Compiled patterns for one lexicon (built once per lexicon, see `compile_lexicon`).

    Every pattern runs on `fasl.textlogic.normalize.skeleton` of the text, never on the
    text itself.
    """

    head: re.Pattern[str]
    head_by_first: dict[str, re.Pattern[str]]  # `head` cut by the phrase's first character
    head_lead: re.Pattern[str]  # a head cue after up to six lead characters (a yes/no test)
    glued: re.Pattern[str]  # a sentence end followed (after lead characters) by a head cue
    leaves: dict[str, tuple[str, frozenset[str]]]  # group name -> (folded phrase, roles)
    promo_action: RoleSearch  # promotion phrases (PROMO) and call-to-action words (ACTION)
    platform: WordSearch
    share_token: re.Pattern[str]
    share_glued: re.Pattern[str]  # a share word with a letter right after it (no space)
    nav_token: re.Pattern[str]
    date_token: re.Pattern[str]
    tags_search: WordSearch
    patterns: tuple[Callable[[str], re.Match[str] | None], ...]  # test a stripped line
    date_words: frozenset[str]  # words of month and day names and time marks (folded)
    professions: frozenset[str]  # a writer's trade words, closing bios (folded, one word)
    opener: re.Pattern[str]  # a connective opening a paragraph that goes on with the story
    outlet_search: WordSearch

    def opens_with_cue(self, text: str, pos: int, end: int) -> bool:
        """``head_lead.match`` as a yes/no, faster where ``text[pos]`` is a letter or digit
        (most lines): no lead character can be skipped then, so only the sub-trie of phrases
        starting with that character can match."""
        if pos < end and text[pos].isalnum() and text[pos] not in _ALNUM_LEADS:
            first = text[pos]
            sub = self.head_by_first.get(first.lower() if first.isascii() else first)
            return sub is not None and sub.match(text, pos, end) is not None
        return self.head_lead.match(text, pos, end) is not None

    def head_cue(self, text: str, pos: int, end: int) -> tuple[int, frozenset[str], str] | None:
        """The longest cue starting at ``pos``: (end offset, its roles, folded phrase)."""
        if pos >= end:
            return None
        first = text[pos]
        sub = self.head_by_first.get(first.lower() if first.isascii() else first)
        m = sub.match(text, pos, end) if sub is not None else None
        if m is None or m.lastgroup is None:
            return None
        phrase, roles = self.leaves[m.lastgroup]
        stop = m.end()
        # MARKS also swallowed punctuation after the last letter; give it back.
        while stop > pos and not text[stop - 1].isalnum() and not is_mark(text[stop - 1]):
            stop -= 1
        return stop, roles, phrase


class WordSearch:
    r"""Whole-word search for folded phrases on a `skeleton`.

    Same answers as ``(?<!\w)(?:phrases)(?!\w)``, a little faster: the regex starts on the
    non-word character before a phrase, a plain class the engine skips words with, so a
    phrase starts one after the match.  A phrase right at offset 0 is tried on its own.
    """

    __slots__ = ("_at", "_after")

    def __init__(self, trie: str) -> None:
        self._at = re.compile("(?:" + trie + r")(?!\w)")
        self._after = re.compile(r"\W(?:" + trie + r")(?!\w)")

    def find(self, text: str, pos: int, end: int) -> int:
        """Start of the first phrase in ``text[pos:end]`` with no word character before it
        (the character before ``pos`` counts), or -1."""
        if pos <= 0:
            if self._at.match(text, 0, end):
                return 0
            m = self._after.search(text, 0, end)
        else:
            m = self._after.search(text, pos - 1, end)
        return -1 if m is None else m.start() + 1


class RoleSearch:
    r"""Whole-word search for phrases of several roles in one regex pass.

    `WordSearch` scans a line once per phrase list; the splitter asks every short line both
    for a promotion phrase and for a call-to-action word, and the scan (the engine trying
    the trie at every word start) is most of its cost.  Here both lists share one trie whose
    leaves are named groups.  A leaf carries the roles of its own phrase and of every phrase
    that is a word prefix of it, so the longest phrase the trie prefers at a position still
    reports a shorter one of another role starting there; after each hit the scan goes on
    from the next character, so hits inside a longer one are found too.
    """

    __slots__ = ("_at", "_after", "_roles")

    def __init__(self, phrase_roles: dict[str, frozenset[str]]) -> None:
        phrases = sorted(p for p in phrase_roles if p)
        names = {p: f"r{i}" for i, p in enumerate(phrases)}
        roles: dict[str, frozenset[str]] = {}
        for phrase in phrases:
            own = set(phrase_roles[phrase])
            words = phrase.split(" ")
            for k in range(1, len(words)):
                own |= phrase_roles.get(" ".join(words[:k]), frozenset())
            roles[names[phrase]] = frozenset(own)
        trie = trie_regex(phrases, names)
        self._at = re.compile("(?:" + trie + r")(?!\w)")
        self._after = re.compile(r"\W(?:" + trie + r")(?!\w)")
        self._roles = roles

    def hits(self, text: str, pos: int, end: int) -> list[tuple[int, frozenset[str]]]:
        """Every start in ``text[pos:end]`` where a phrase begins with no word character
        before it (the character before ``pos`` counts), with the roles found there."""
        out: list[tuple[int, frozenset[str]]] = []
        if pos <= 0:
            m = self._at.match(text, 0, end)
            if m is not None:
                out.append((0, self._roles[m.lastgroup]))
            pos = 1
        while (m := self._after.search(text, pos - 1, end)) is not None:
            start = m.start() + 1
            out.append((start, self._roles[m.lastgroup]))
            pos = start + 1
        return out


def _search(phrases: Iterable[str]) -> WordSearch:
    """Whole-word search over folded phrases."""
    return WordSearch(trie_regex(phrases))


def _anchored(pattern: str) -> bool:
    """Whether ``pattern`` as a whole starts with ``^`` ("^a|b" does not: its ``b`` floats)."""
    if not pattern.startswith("^"):
        return False
    try:
        from re import _constants, _parser  # noqa: PLC0415 - CPython's own regex parser
        parsed = _parser.parse(pattern)
    except Exception:  # noqa: BLE001 - no parser: keep the pattern apart, as before
        return False
    return len(parsed) > 0 and parsed[0] == (_constants.AT, _constants.AT_BEGINNING)


def _combined(patterns: tuple[str, ...]) -> tuple[Callable[[str], re.Match[str] | None], ...]:
    """The user's line patterns as few alternations (one search per line instead of one per
    pattern).  Patterns anchored with ``^`` share one anchored regex: in an alternation with
    unanchored ones the engine would try every anchored branch at every position, ten times
    the cost.  Patterns that cannot share a regex (inline flags, clashing group names) are
    kept apart.  Returns the bound ``match`` (anchored group) or ``search`` methods to call
    on a stripped line."""
    anchored = tuple(p for p in patterns if _anchored(p))
    floating = tuple(p for p in patterns if p not in anchored)
    out: list[Callable[[str], re.Match[str] | None]] = []
    for group, head in ((anchored, "^"), (floating, "")):
        if not group:
            continue
        try:
            body = "|".join(f"(?:{p[len(head):]})" for p in group)
            rx = re.compile(body, re.IGNORECASE)
            out.append(rx.match if head else rx.search)
        except re.error:
            out.extend(re.compile(p, re.IGNORECASE).search for p in group)
    return tuple(out)


@lru_cache(maxsize=8)
def compile_lexicon(lexicon: Lexicon) -> Matchers:
    """Compile ``lexicon`` into `Matchers` (cached per lexicon value)."""
    roles: dict[str, set[str]] = {}

    def add(entries: Iterable[str], role: str) -> None:
        for entry in entries:
            folded = fold(entry)
            if folded:
                roles.setdefault(folded, set()).add(role)

    add(lexicon.related, RELATED)
    add(lexicon.list_heading, LIST)
    add(lexicon.list_ends, LIST_END)
    add(lexicon.source_labels, SOURCE)
    add(lexicon.source_outlets, OUTLET)
    add(lexicon.tag_labels, TAGS)
    add(lexicon.date_labels, DATE)
    add(lexicon.bylines, BYLINE)
    add(lexicon.promo, PROMO)
    add(lexicon.end_markers, END)
    add(lexicon.form_labels, FORM)
    add(lexicon.notice_labels, NOTICE)
    add(lexicon.comment_headings, COMMENTS)
    names = {phrase: f"c{i}" for i, phrase in enumerate(sorted(roles))}
    leaves = {names[p]: (p, frozenset(r)) for p, r in roles.items()}
    head = re.compile("(?:" + trie_regex(sorted(roles), names) + r")(?!\w)")
    by_first: dict[str, list[str]] = {}
    for phrase in sorted(roles):
        by_first.setdefault(phrase[0], []).append(phrase)
    head_by_first = {
        first: re.compile("(?:" + trie_regex(group, names) + r")(?!\w)")
        for first, group in by_first.items()}

    strong_promo = [fold(p) for p in lexicon.promo if " " in fold(p)]
    months = trie_regex(sorted({fold(m) for m in lexicon.months}))
    weekdays = trie_regex(sorted({fold(w) for w in lexicon.weekdays}))
    d = _DIGIT
    date = (
        rf"(?:{d}{{1,4}}\s*[-/.]\s*{d}{{1,2}}\s*[-/.]\s*{d}{{1,4}}"
        rf"|{d}{{1,2}}\s*:\s*{d}{{2}}(?:\s*:\s*{d}{{2}})?"
        rf"|{d}{{1,2}}(?:st|nd|rd|th)?(?!\w)"
        rf"|{d}{{4}}(?:\s*ه[\u0640\u064b-\u0652]*)?"
        rf"|(?:{months})|(?:{weekdays})"
        # "على الساعة 11:20" (Maghreb datelines): "على" only together with "الساعة".
        r"|[صم]|صباحا|صباحًا|مساء|مساءً|ظهرا|am|pm|gmt|utc|بتوقيت(?:\s+\S+){0,3}"
        r"|(?:على\s+)?الساعه"
        r")(?!\w)"
    )
    return Matchers(
        head=head,
        head_by_first=head_by_first,
        head_lead=re.compile(LEAD_CLASS + "{0,6}(?:"
                             + head.pattern + ")"),
        glued=re.compile(
            # The punctuation run and its spaces are taken whole (possessive), as a scan of
            # sentence ends would take them; the cue itself is only looked ahead at.  The
            # leading class lets the regex engine skip ahead to punctuation at C speed.
            r"[.!?;\"')\]][.!?;\"')\]]*+\s*+(?=" + LEAD_CLASS
            + "{0,6}+" + head.pattern + ")"),
        leaves=leaves,
        promo_action=RoleSearch(_role_map((strong_promo, PROMO),
                                          ((fold(a) for a in lexicon.actions), ACTION))),
        platform=WordSearch("و?(?:" + trie_regex(sorted({fold(p) for p in lexicon.platforms})) + ")"),
        share_token=re.compile(r"(?:" + trie_regex(sorted({fold(s) for s in lexicon.share_words}))
                               + r")(?!\w)"),
        share_glued=re.compile(r"(?:" + trie_regex(sorted({fold(s) for s in lexicon.share_words}))
                               + r")(?=\w)"),
        nav_token=re.compile(r"(?:" + trie_regex(sorted({fold(s) for s in lexicon.nav_words}))
                             + r")(?!\w)"),
        date_token=re.compile(date, re.IGNORECASE),
        tags_search=_search(fold(t) for t in lexicon.tag_labels if " " in fold(t)),
        patterns=_combined(lexicon.patterns),
        date_words=frozenset(
            w for phrase in (*lexicon.months, *lexicon.weekdays) for w in fold(phrase).split()
        ) | {"ص", "م", "صباحا", "مساء", "ظهرا", "am", "pm", "gmt", "utc", "ه", "هـ", "st", "nd",
             "الساعه", "الساعة",
             "rd", "th"},
        professions=frozenset(fold(w) for w in lexicon.professions if " " not in fold(w)),
        opener=re.compile("(?:" + trie_regex(sorted({fold(o) for o in lexicon.resume_openers}))
                          + r")(?!\w)"),
        outlet_search=_search(fold(o) for o in lexicon.source_outlets),
    )
