"""Arabic folding for matching: cues, search and entity look-ups compare folded text.

Scraped Arabic spells one word many ways: with or without tashkeel and tanween, hamza on or
off the alef, alef maqsura for yeh, Persian yeh and kaf from Iranian or Urdu keyboards,
tatweel for justification, invisible bidi and zero-width marks, Arabic-Indic digits.  A cue
list written once has to match all of them, so every comparison happens on a *folded* form.

Folded text is never stored in place of the original and its offsets are never stored:
`fold_with_offsets` returns, for every folded character, the code-point index it came from
in the original, so a match found on the folded form maps back to exact original offsets.
"""
from __future__ import annotations

import unicodedata

import pyarabic.araby as araby

# Characters dropped entirely: tashkeel (pyarabic's set plus the superscript alef and Quranic
# annotation marks), tatweel, zero-width and bidi controls, soft hyphen, BOM.
_DROP = (
    set(araby.TASHKEEL)
    | {araby.TATWEEL, araby.MINI_ALEF, "\u0653", "\u0654", "\u0655", "\u0656", "\u0657",
       "\u0658", "\u0659", "\u065a", "\u065b", "\u065c", "\u065d", "\u065e", "\u065f"}
    | {chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)}
    | {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u2060", "\ufeff", "\u00ad"}
    | {chr(c) for c in range(0x202A, 0x202F)}
    | {chr(c) for c in range(0x2066, 0x206A)}
)

_ONE_TO_ONE = {
    # alef and hamza carriers
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
    "\u0672": "\u0627", "\u0673": "\u0627",
    "\u0624": "\u0648", "\u0626": "\u064a",
    # alef maqsura, Persian/Urdu yeh and kaf, heh variants, taa marbuta
    "\u0649": "\u064a", "\u06cc": "\u064a", "\u06d2": "\u064a", "\u06d0": "\u064a",
    "\u06a9": "\u0643", "\u06aa": "\u0643",
    "\u06c1": "\u0647", "\u06d5": "\u0647", "\u06be": "\u0647", "\u0629": "\u0647",
    # punctuation: Arabic forms to their Latin twins
    "\u060c": ",", "\u061b": ";", "\u061f": "?", "\u066a": "%", "\u066b": ".", "\u066c": ",",
    "\u06d4": ".", "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2026": ".",
}
for _i in range(10):
    _ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian/Urdu) digits


def _fold_char(ch: str) -> str:
    """Folded form of one code point: '' to drop it, ' ' for any space, else 1+ characters."""
    if ch in _DROP:
        return ""
    mapped = _ONE_TO_ONE.get(ch)
    if mapped is not None:
        return mapped
    if ch.isspace() or unicodedata.category(ch) == "Zs":
        return " "
    code = ord(ch)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFE:
        # Presentation forms from PDF copy-paste: NFKC gives the base letters (a lam-alef
        # ligature becomes two letters), which are folded again.
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:
            return "".join(_fold_char(c) for c in decomposed)
    if ch.isupper():
        return ch.lower()
    return ch


_CACHE: dict[str, str] = {}


def _folded(ch: str) -> str:
    out = _CACHE.get(ch)
    if out is None:
        out = _CACHE[ch] = _fold_char(ch)
    return out


def _translation_table() -> dict[int, str | None]:
    """The per-character folding as a `str.translate` table, so `fold` runs at C speed."""
    table: dict[int, str | None] = {}
    candidates = set(_DROP) | set(_ONE_TO_ONE)
    candidates |= {chr(c) for c in range(0xFB50, 0xFE00)} | {chr(c) for c in range(0xFE70, 0xFEFF)}
    candidates |= {chr(c) for c in range(0x3001) if chr(c).isspace()}
    for ch in candidates:
        folded = _fold_char(ch)
        if folded != ch:
            table[ord(ch)] = folded or None
    return table


_TABLE = _translation_table()


def fold(text: str) -> str:
    """Folded text for comparison: runs of whitespace become one space, ends are stripped."""
    return " ".join(text.translate(_TABLE).lower().split())


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and map every folded character back to its original code point.

    Whitespace runs collapse to one space but are not stripped, so ``offsets[k]`` is the
    index in ``text`` of the character that produced folded character ``k``.  A match
    ``folded[i:j]`` covers ``text[offsets[i] : offsets[j - 1] + 1]``.
    """
    out: list[str] = []
    offsets: list[int] = []
    last_space = False
    for index, ch in enumerate(text):
        piece = _folded(ch)
        if not piece:
            continue
        if piece == " ":
            if last_space:
                continue
            last_space = True
        else:
            last_space = False
        for sub in piece:
            out.append(sub)
            offsets.append(index)
    return "".join(out), offsets


def strip_marks(text: str) -> str:
    """Text without tashkeel, tatweel and invisible controls, letters otherwise kept."""
    return "".join(ch for ch in text if ch not in _DROP)


#: Every character `fold` drops (tashkeel, tatweel, zero-width and bidi controls, BOM).
DROPPED_CHARS: frozenset[str] = frozenset(_DROP)


def fold_variants() -> dict[str, frozenset[str]]:
    """For each single folded character, every original character that folds to it.

    Lets a matcher accept all spellings of a folded phrase directly on the raw text (so
    offsets need no mapping): ``fold_variants()["ا"]`` holds ``ا أ إ آ ٱ`` and the
    presentation forms of alef.  Characters that fold to themselves are not listed.
    """
    out: dict[str, set[str]] = {}
    candidates = set(_ONE_TO_ONE) | {chr(c) for c in range(0xFB50, 0xFE00)}
    candidates |= {chr(c) for c in range(0xFE70, 0xFEFF)}
    candidates |= {chr(c) for c in range(0x41, 0x5B)}  # Latin capitals
    for ch in candidates:
        folded = _fold_char(ch)
        if len(folded) == 1 and folded != ch:
            out.setdefault(folded, set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


# Length-preserving replacements for `skeleton`: every one-to-one fold, and tatweel turned
# into a zero-width space so that, like tashkeel, it is a non-word mark.
_SKELETON_PAIRS: tuple[tuple[str, str], ...] = tuple(
    (src, dst) for src, dst in _ONE_TO_ONE.items() if len(dst) == 1
) + ((araby.TATWEEL, "\u200b"),)


def skeleton(text: str) -> str:
    """``text`` with letter variants, digits and punctuation folded, *same length*.

    Cheap (a few dozen ``str.replace`` calls, most of which find nothing) where `fold`
    costs a Python-level pass per character, and offsets into the skeleton are offsets into
    ``text``.  Tashkeel and invisible marks stay in place: matchers skip them as non-word
    characters.  Latin case is kept (matchers accept both cases).
    """
    for src, dst in _SKELETON_PAIRS:
        if src in text:
            text = text.replace(src, dst)
    return text
