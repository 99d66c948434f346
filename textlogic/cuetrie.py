"""Phrase tries that match *raw* skeleton text in every spelling, compiled or as regexes.

Each folded phrase is a tolerant pattern: any number of dropped marks (tashkeel, zero-width
and bidi controls) may follow each letter, and a space matches any run of spaces and marks.
Phrases of one list share a trie, so an anchored match tests one character per level
instead of every phrase in turn.

sre tries the branches of an alternation one after the other, and a trie whose leaves are
named groups also saves its group marks at every branch, so most of the splitter's time was
sre in these tries.  `fasl.textlogic._cuetrie` (Cython, built at install when a C compiler is
there) walks the same trie in C and answers exactly as the regexes do; `RegexTrie` is those
regexes, the reference and the fallback.  `phrase_trie` picks one.  Branches are ordered by
how often their letter starts an Arabic word, which helps the regexes and changes no answer
(the branches of one node begin with different characters).
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from typing import Protocol

try:  # the compiled walk, when the install could build it
    from fasl.textlogic import _cuetrie  # type: ignore[attr-defined]  # (a C module: no types)
except ImportError:  # pragma: no cover - depends on the install
    _cuetrie = None  # type: ignore[assignment]

#: Whether `phrase_trie` uses the compiled walk by default (``FASL_PURE_PYTHON=1`` turns it
#: off, e.g. to compare the two).
COMPILED = _cuetrie is not None and not os.environ.get("FASL_PURE_PYTHON")

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



_END = "\x00"  # marks a phrase ending at a trie node

#: Letters in the order they most often start a word of Arabic news (counted on the gold
#: sets' skeletons); trie branches are tried in this order, then the rest by code point.
_BRANCH_ORDER = {ch: rank for rank, ch in enumerate("الموبتفعيسنحدقجخركشصهطغضثزذظء")}


def _branch_key(ch: str) -> tuple[int, str]:
    return _BRANCH_ORDER.get(ch, len(_BRANCH_ORDER)), ch


def _trie(phrases: Iterable[str]) -> dict[str, dict]:
    root: dict[str, dict] = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return root


def _branches(node: dict[str, dict]) -> list[str]:
    """A node's branch characters in the order sre will try them."""
    return sorted((k for k in node if k != _END), key=_branch_key)


def trie_regex(phrases: Iterable[str], leaf_names: dict[str, str] | None = None) -> str:
    """One alternation over folded ``phrases`` shaped as a trie (longer continuations first).

    Args:
        phrases: phrases already folded.
        leaf_names: optional folded phrase -> group name; each phrase end then carries an
            empty named group so ``lastgroup`` tells which phrase matched.
    """

    def emit(node: dict[str, dict], prefix: str) -> str:
        alts: list[str] = []
        for ch in _branches(node):
            atom = _SPACE if ch == " " else _char_class(ch) + MARKS
            alts.append(atom + emit(node[ch], prefix + ch))
        if _END in node:
            alts.append(f"(?P<{leaf_names[prefix]}>)" if leaf_names else "")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    root = _trie(phrases)
    return emit(root, "") if root else "(?!)"


def trie_nodes(phrases: Iterable[str], leaf_ids: dict[str, int] | None = None) -> list[
        tuple[int, list[tuple[int, str, str, int]]]]:
    """The trie of `trie_regex` flattened for `fasl.textlogic._cuetrie.Trie`: per node, root
    first, the phrase id it ends (-1: none; 0 for every phrase without ``leaf_ids``) and its
    branches ``(kind, char, other case, child node)`` in sre's order."""
    out: list[tuple[int, list[tuple[int, str, str, int]]]] = []

    def add(node: dict[str, dict], prefix: str) -> int:
        index = len(out)
        leaf = -1 if _END not in node else (leaf_ids[prefix] if leaf_ids else 0)
        branches: list[tuple[int, str, str, int]] = []
        out.append((leaf, branches))
        for ch in _branches(node):
            child = add(node[ch], prefix + ch)
            if ch == " ":
                branches.append((1, " ", " ", child))
            else:  # `_char_class`: an ASCII letter in both cases, anything else as itself
                other = ch.upper() if ch.isascii() and ch.isalpha() else ch
                branches.append((0, ch, other, child))
        return index

    add(_trie(phrases), "")
    return out


#: What must follow a phrase (the same values as `_cuetrie`).
TAIL_ANY, TAIL_NOT_WORD, TAIL_WORD = 0, 1, 2
_TAIL_RX = {TAIL_ANY: "", TAIL_NOT_WORD: r"(?!\w)", TAIL_WORD: r"(?=\w)"}
#: Sentence-end characters after which a glued cue is looked for (`glued`).
GLUED_STOPS = ".!?;\"')]"


class PhraseTrie(Protocol):
    """What the splitter asks a phrase trie; offsets are into a `skeleton`, ``end`` bounds
    the text as the end of a string would."""

    def match(self, t: str, pos: int, end: int) -> tuple[int, int] | None: ...
    def match_end(self, t: str, pos: int, end: int) -> int: ...
    def match_after_lead(self, t: str, pos: int, end: int) -> bool: ...
    def glued(self, t: str, pos: int, end: int) -> tuple[int, int] | None: ...
    def hits(self, t: str, pos: int, end: int) -> list[tuple[int, int]]: ...
    def find(self, t: str, pos: int, end: int) -> int: ...


class RegexTrie:
    """The trie as sre regexes (compiled on first use): the reference for `_cuetrie.Trie`
    and the fallback where it is not built.  Phrase ids are those of `trie_nodes`."""

    def __init__(self, phrases: Iterable[str], leaf_ids: dict[str, int] | None, tail: int):
        self._phrases = sorted(set(phrases))
        self._names = {p: f"c{i}" for p, i in leaf_ids.items()} if leaf_ids else None
        self._tail = _TAIL_RX[tail]
        self._body = "(?:" + trie_regex(self._phrases, self._names) + ")" + self._tail
        self._rx: dict[str, re.Pattern[str]] = {}
        self._by_first: dict[str, re.Pattern[str]] | None = None

    def _get(self, key: str) -> re.Pattern[str]:
        rx = self._rx.get(key)
        if rx is None:
            source = {
                "at": self._body,
                "after": r"\W" + self._body,
                "lead": LEAD_CLASS + "{0,6}" + self._body,
                "glued": (  # the stop run and its spaces taken whole, the cue looked ahead at
                    "[" + re.escape(GLUED_STOPS) + "][" + re.escape(GLUED_STOPS) + r"]*+\s*+(?="
                    + LEAD_CLASS + "{0,6}+" + self._body + ")"),
            }[key]
            rx = self._rx[key] = re.compile(source)
        return rx

    def _leaf(self, m: re.Match[str]) -> int:
        return int(m.lastgroup[1:]) if self._names and m.lastgroup else 0

    def match(self, t: str, pos: int, end: int) -> tuple[int, int] | None:
        # By the character at ``pos``: only the sub-trie starting with it can match, and a
        # small regex fails faster than the whole trie (~0.3 µs against ~2 µs).
        if self._by_first is None:
            groups: dict[str, list[str]] = {}
            for phrase in self._phrases:
                groups.setdefault(phrase[0], []).append(phrase)
            self._by_first = {
                first: re.compile("(?:" + trie_regex(group, self._names) + ")" + self._tail)
                for first, group in groups.items()}
        pos = max(pos, 0)
        if pos >= min(end, len(t)):
            return None
        first = t[pos]
        sub = self._by_first.get(first.lower() if first.isascii() else first)
        m = sub.match(t, pos, end) if sub is not None else None
        return None if m is None else (m.end(), self._leaf(m))

    def match_end(self, t: str, pos: int, end: int) -> int:
        m = self._get("at").match(t, pos, end)
        return -1 if m is None else m.end()

    def match_after_lead(self, t: str, pos: int, end: int) -> bool:
        if pos < end and pos < len(t) and t[pos].isalnum() and t[pos] not in _ALNUM_LEADS:
            return self.match(t, pos, end) is not None  # no lead character to skip
        return self._get("lead").match(t, pos, end) is not None

    def glued(self, t: str, pos: int, end: int) -> tuple[int, int] | None:
        m = self._get("glued").search(t, pos, end)
        return None if m is None else (m.start(), m.end())

    def _starts(self, t: str, pos: int, end: int) -> Iterator[tuple[int, re.Match[str]]]:
        """Each start in ``t[pos:end]`` where a phrase begins with no word character before
        it (the character before ``pos`` counts), in order, with its match."""
        if pos <= 0:
            m = self._get("at").match(t, 0, end)
            if m is not None:
                yield 0, m
            pos = 1
        after = self._get("after")
        while (m := after.search(t, pos - 1, end)) is not None:
            start = m.start() + 1
            yield start, m
            pos = start + 1

    def hits(self, t: str, pos: int, end: int) -> list[tuple[int, int]]:
        return [(start, self._leaf(m)) for start, m in self._starts(t, pos, end)]

    def find(self, t: str, pos: int, end: int) -> int:
        return next((start for start, _ in self._starts(t, pos, end)), -1)


_DIGIT = re.compile(r"\d")
_STOP = re.compile(r"[.!?]")


def _find_digit(t: str, pos: int, end: int) -> int:
    m = _DIGIT.search(t, pos, end)
    return -1 if m is None else m.start()


def _find_stop(t: str, pos: int, end: int) -> int:
    m = _STOP.search(t, pos, end)
    return -1 if m is None else m.start()


#: The first decimal digit (``\d``) and the first sentence end (``[.!?]``) in ``t[pos:end]``,
#: or -1: the splitter asks every line of a document; the compiled scans skip sre's call.
find_digit = _cuetrie.find_digit if COMPILED else _find_digit
find_stop = _cuetrie.find_stop if COMPILED else _find_stop


def phrase_trie(phrases: Iterable[str], leaf_ids: dict[str, int] | None = None,
                tail: int = TAIL_NOT_WORD, compiled: bool | None = None) -> PhraseTrie:
    """A trie over folded ``phrases``, compiled when it can be (``compiled=None``: when
    `COMPILED`), else `RegexTrie`.  ``leaf_ids`` names each phrase's id in `match` and
    `hits` (0 for all without it)."""
    phrases = sorted({p for p in phrases if p})
    if compiled is None:
        compiled = COMPILED
    if compiled:
        if _cuetrie is None:
            raise RuntimeError("fasl.textlogic._cuetrie is not built in this install")
        return _cuetrie.Trie(trie_nodes(phrases, leaf_ids), tail, LEAD_CHARS, _LEAD_RANGES,
                             GLUED_STOPS)
    return RegexTrie(phrases, leaf_ids, tail)
