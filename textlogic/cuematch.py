"""Compile a `Lexicon` into regular expressions that match *raw* text in every spelling.

Folding a whole document costs about 0.8 ms, more than the splitter's whole budget, and
folded offsets would need mapping back.  Instead every folded phrase is turned into a
tolerant pattern: each letter becomes the class of all characters that fold to it
(``ا`` -> ``[اأإآٱ…]``), any number of dropped marks (tashkeel, tatweel, zero-width and bidi
controls) may follow each letter, and a space matches any run of spaces and marks.  The
patterns run on the original string, so a match's offsets are already the offsets to keep.

The phrase tries themselves (compiled, or as regexes) are `fasl.textlogic.cuetrie`.  The
line-type cues share one trie whose phrase ids say which phrase (and so which roles)
matched; the longest phrase that ends on a word boundary wins.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from fasl.textlogic.cuetrie import (
    _SPACE,
    LEAD_CHARS,
    LEAD_CLASS,
    MARKS,
    TAIL_NOT_WORD,
    TAIL_WORD,
    PhraseTrie,
    _char_class,
    phrase_trie,
    trie_regex,
)
from fasl.textlogic.lexicon import Lexicon
from fasl.textlogic.normalize import DROPPED_CHARS, fold

__all__ = ["LEAD_CHARS", "LEAD_CLASS", "Matchers", "RoleSearch", "compile_lexicon", "is_mark",
           "tolerant", "trie_regex"]

def tolerant(phrase: str) -> str:
    """Regex source matching ``phrase`` on a `skeleton`, in any spelling that folds alike."""
    parts: list[str] = []
    for ch in fold(phrase):
        parts.append(_SPACE if ch == " " else _char_class(ch) + MARKS)
    return "".join(parts)


def is_mark(ch: str) -> bool:
    """A character matchers skip inside a phrase (tashkeel, invisible controls)."""
    return ch in DROPPED_CHARS or ch == "\u200b"


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

    head: PhraseTrie  # every line-type cue; phrase ids index `leaves`
    leaves: tuple[tuple[str, frozenset[str]], ...]  # phrase id -> (folded phrase, roles)
    promo_action: RoleSearch  # promotion phrases (PROMO) and call-to-action words (ACTION)
    platform: PhraseTrie  # a platform's name, alone or after و
    share_token: PhraseTrie
    share_glued: PhraseTrie  # a share word with a letter right after it (no space)
    nav_token: PhraseTrie
    nav_line: re.Pattern[str]  # a line that is only navigation words (``fullmatch``)
    date_token: re.Pattern[str]
    tags_search: PhraseTrie
    patterns: tuple[Callable[[str], re.Match[str] | None], ...]  # test a stripped line
    date_words: frozenset[str]  # words of month and day names and time marks (folded)
    professions: frozenset[str]  # a writer's trade words, closing bios (folded, one word)
    opener: PhraseTrie  # a connective opening a paragraph that goes on with the story
    outlet_search: PhraseTrie

    def opens_with_cue(self, text: str, pos: int, end: int) -> bool:
        """Whether a cue starts at ``pos`` behind up to six lead characters."""
        return self.head.match_after_lead(text, pos, end)

    def head_cue(self, text: str, pos: int, end: int) -> tuple[int, frozenset[str], str] | None:
        """The longest cue starting at ``pos``: (end offset, its roles, folded phrase)."""
        found = self.head.match(text, pos, end)
        if found is None:
            return None
        stop, leaf = found
        phrase, roles = self.leaves[leaf]
        # MARKS also swallowed punctuation after the last letter; give it back.
        while stop > pos and not text[stop - 1].isalnum() and not is_mark(text[stop - 1]):
            stop -= 1
        return stop, roles, phrase

    def glued(self, text: str, pos: int, end: int) -> tuple[int, int] | None:
        """The first sentence end in ``[pos, end)`` with a cue after it (behind lead
        characters): the span of its stop characters and spaces."""
        return self.head.glued(text, pos, end)


class RoleSearch:
    r"""Whole-word search for phrases of several roles in one pass.

    A phrase trie scans a line once per phrase list; the splitter asks every short line both
    for a promotion phrase and for a call-to-action word, and the scan (the engine trying
    the trie at every word start) is most of its cost.  Here both lists share one trie whose
    phrase ids index their roles.  A phrase carries the roles of its own phrase and of every phrase
    that is a word prefix of it, so the longest phrase the trie prefers at a position still
    reports a shorter one of another role starting there; after each hit the scan goes on
    from the next character, so hits inside a longer one are found too.
    """

    __slots__ = ("_trie", "_roles")

    def __init__(self, phrase_roles: dict[str, frozenset[str]],
                 compiled: bool | None = None) -> None:
        phrases = sorted(p for p in phrase_roles if p)
        ids = {p: i for i, p in enumerate(phrases)}
        roles: list[frozenset[str]] = []
        for phrase in phrases:
            own = set(phrase_roles[phrase])
            words = phrase.split(" ")
            for k in range(1, len(words)):
                own |= phrase_roles.get(" ".join(words[:k]), frozenset())
            roles.append(frozenset(own))
        self._trie = phrase_trie(phrases, ids, compiled=compiled)
        self._roles = tuple(roles)

    def hits(self, text: str, pos: int, end: int) -> list[tuple[int, frozenset[str]]]:
        """Every start in ``text[pos:end]`` where a phrase begins with no word character
        before it (the character before ``pos`` counts), with the roles found there."""
        roles = self._roles
        return [(start, roles[leaf]) for start, leaf in self._trie.hits(text, pos, end)]


def _anchored(pattern: str) -> bool:
    """Whether ``pattern`` as a whole starts with ``^`` ("^a|b" does not: its ``b`` floats)."""
    if not pattern.startswith("^"):
        return False
    try:
        # CPython's own regex parser (a private module: hence the two markers)
        from re import _constants, _parser  # type: ignore[attr-defined]  # noqa: PLC0415
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
def compile_lexicon(lexicon: Lexicon, compiled: bool | None = None) -> Matchers:
    """Compile ``lexicon`` into `Matchers` (cached per lexicon value); ``compiled`` as in
    `phrase_trie`."""
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
    ids = {phrase: i for i, phrase in enumerate(sorted(roles))}
    leaves = tuple((p, frozenset(roles[p])) for p in sorted(roles))

    def words(entries: Iterable[str], tail: int = TAIL_NOT_WORD) -> PhraseTrie:
        return phrase_trie({fold(e) for e in entries}, tail=tail, compiled=compiled)

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
        # "Publié le 01/12/2026 à 12:15": the French "at" between a date and its time
        r"|[صم]|à|صباحا|صباحًا|مساء|مساءً|ظهرا|am|pm|gmt|utc|بتوقيت(?:\s+\S+){0,3}"
        r"|(?:على\s+)?الساعه"
        r")(?!\w)"
    )
    return Matchers(
        head=phrase_trie(ids, ids, compiled=compiled),
        leaves=leaves,
        promo_action=RoleSearch(_role_map((strong_promo, PROMO),
                                          ((fold(a) for a in lexicon.actions), ACTION)),
                                compiled),
        # (asked only whether one is named: "و" + marks + name is found either way)
        platform=words([*lexicon.platforms, *("و" + p for p in lexicon.platforms)]),
        share_token=words(lexicon.share_words),
        share_glued=words(lexicon.share_words, TAIL_WORD),
        nav_token=words(lexicon.nav_words),
        nav_line=re.compile(r"(?:" + trie_regex(sorted({fold(s) for s in lexicon.nav_words}))
                            + r")(?!\w)"),
        date_token=re.compile(date, re.IGNORECASE),
        tags_search=words(t for t in lexicon.tag_labels if " " in fold(t)),
        patterns=_combined(lexicon.patterns),
        date_words=frozenset(
            w for phrase in (*lexicon.months, *lexicon.weekdays) for w in fold(phrase).split()
        ) | {"ص", "م", "صباحا", "مساء", "ظهرا", "am", "pm", "gmt", "utc", "ه", "هـ", "st", "nd",
             "الساعه", "الساعة",
             "rd", "th"},
        professions=frozenset(fold(w) for w in lexicon.professions if " " not in fold(w)),
        opener=words(lexicon.resume_openers),
        outlet_search=words(lexicon.source_outlets),
    )
