"""The regex tries' speed shortcuts give the answers of the plain patterns they stand in for.

`RegexTrie.match` picks a sub-trie by the first character and `match_after_lead` skips the
lead-character run when a line opens with a letter; both must agree with the one big trie
and the lead pattern on any text, including lead characters that are also letters or digits
to Python (the dingbat numbers ❶-➓), ASCII case and marks inside a cue.  (The compiled walk
is held to these same regex answers in test_cuetrie.py.)
"""
from __future__ import annotations

import re
from dataclasses import fields

from hypothesis import given, settings
from hypothesis import strategies as st

from fasl.textlogic.cuematch import compile_lexicon, is_mark
from fasl.textlogic.cuetrie import LEAD_CLASS, trie_regex
from fasl.textlogic.lexicon import shipped_lexicon
from fasl.textlogic.normalize import skeleton

MATCHERS = compile_lexicon(shipped_lexicon(), compiled=False)
CUES = sorted({p for p, _ in MATCHERS.leaves})
_NAMES = {p: f"c{i}" for i, p in enumerate(CUES)}
WHOLE = re.compile("(?:" + trie_regex(CUES, _NAMES) + r")(?!\w)")
LEAD = re.compile(LEAD_CLASS + "{0,6}(?:" + WHOLE.pattern + ")")
PHRASES = sorted({p for f in fields(shipped_lexicon()) if f.name not in ("patterns", "files")
                  for p in getattr(shipped_lexicon(), f.name)})
ODD = ["❶", "➓", "❾", "•", " ", "-", "_", "«", "\u200f", "\u064e", "🔴", ":", ".", "x", "X",
       "ا", "أ", "و", "1", "٣", "०", "\u00a0"]

piece = st.one_of(st.sampled_from(PHRASES), st.sampled_from(PHRASES).map(str.upper),
                  st.sampled_from(ODD))
text = st.lists(piece, min_size=1, max_size=8).map("".join)


def _reference_head_cue(sk: str, pos: int, end: int):
    """`head_cue` as it was before the first-character shortcut: the whole trie."""
    m = WHOLE.match(sk, pos, end)
    if m is None or m.lastgroup is None:
        return None
    phrase, roles = MATCHERS.leaves[int(m.lastgroup[1:])]
    stop = m.end()
    while stop > pos and not sk[stop - 1].isalnum() and not is_mark(sk[stop - 1]):
        stop -= 1
    return stop, roles, phrase


@settings(max_examples=300, deadline=None)
@given(text, st.integers(0, 6))
def test_shortcuts_agree_with_the_whole_trie(raw: str, start: int) -> None:
    sk = skeleton(raw)
    for pos in range(min(start, len(sk)) + 1):
        for end in (len(sk), max(pos, len(sk) - 1)):
            assert MATCHERS.head_cue(sk, pos, end) == _reference_head_cue(sk, pos, end)
            assert MATCHERS.opens_with_cue(sk, pos, end) == (
                LEAD.match(sk, pos, end) is not None)


def test_a_dingbat_number_is_a_lead_character() -> None:
    sk = skeleton("❶ اقرأ أيضا")
    assert MATCHERS.opens_with_cue(sk, 0, len(sk))
    assert LEAD.match(sk, 0, len(sk)) is not None
