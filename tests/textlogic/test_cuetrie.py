"""The compiled cue walk (`fasl.textlogic._cuetrie`) answers exactly as the regex tries.

The regexes are the reference: every method of a compiled `Trie` is compared with the same
method of `RegexTrie` on random skeleton text (marks inside words, runs of spaces and
controls, lead characters, emoji, ASCII case, cut ranges), over the shipped lexicon's tries
and over small random phrase sets holding non-word characters, where sre has to give back
marks it took.  Then the whole splitter must give the same segments both ways on every gold
document.
"""
from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasl.textlogic import cuetrie
from fasl.textlogic.cuematch import compile_lexicon
from fasl.textlogic.cuetrie import TAIL_ANY, TAIL_NOT_WORD, TAIL_WORD, phrase_trie
from fasl.textlogic.lexicon import shipped_lexicon
from fasl.textlogic.normalize import fold, skeleton
from fasl.textlogic.split import split_text

pytestmark = pytest.mark.skipif(
    cuetrie._cuetrie is None,
    reason="fasl.textlogic._cuetrie is not built in this install (no C compiler at install)")

LEXICON = shipped_lexicon()
SHIPPED = sorted({fold(p) for f in fields(LEXICON) if f.name not in ("patterns", "files")
                  for p in getattr(LEXICON, f.name)} - {""})
# Phrases with non-word characters inside or at the ends, and prefixes of one another.
ODD_PHRASES = ["اقرا/ي ايضا", "editor's note", "+", "-", "/", "|", "24/7", "a-b", "ab", "a",
               "abc def", "x..y", "ق.م", "«الخبر»", "و", "وو", "ال ال", "🔴 عاجل", "😀"]
MARKS = ["\u064e", "\u0651", "\u064b", "\u0640", "\u200b", "\u200f", "\u061c", "-", ".", "/",
         "'", ":", "«", "»", "،", "…"]
FILLER = [" ", "  ", "\t", "\u00a0", "\n", "\u3000", "❶", "•", "🔴", "😀", "\ufe0f", "x", "X", "ا",
          "و", "1", "٣", "_", "A", "ب", "ة"]


def _texts(phrases: list[str]) -> st.SearchStrategy[str]:
    word = st.sampled_from(phrases)
    marked = st.tuples(word, st.sampled_from(MARKS), st.integers(0, 20)).map(
        lambda t: t[0][:t[2]] + t[1] + t[0][t[2]:])
    piece = st.one_of(word, word.map(str.upper), marked, st.sampled_from(MARKS),
                      st.sampled_from(FILLER))
    return st.lists(piece, min_size=0, max_size=12).map(lambda parts: skeleton("".join(parts)))


def _both(phrases, ids, tail):
    return (phrase_trie(phrases, ids, tail, compiled=True),
            phrase_trie(phrases, ids, tail, compiled=False))


def _agree(compiled, regex, sk: str, pos: int, end: int) -> None:
    for method in ("match", "match_end", "match_after_lead", "glued", "hits", "find"):
        got = getattr(compiled, method)(sk, pos, end)
        want = getattr(regex, method)(sk, pos, end)
        assert got == want, (method, sk, pos, end)


_SHIPPED_IDS = {p: i for i, p in enumerate(SHIPPED)}
_SHIPPED_TRIES = {tail: _both(SHIPPED, _SHIPPED_IDS, tail)
                  for tail in (TAIL_ANY, TAIL_NOT_WORD, TAIL_WORD)}


@settings(max_examples=250, deadline=None)
@given(_texts(SHIPPED + ODD_PHRASES), st.sampled_from([TAIL_ANY, TAIL_NOT_WORD, TAIL_WORD]),
       st.integers(0, 30), st.integers(0, 40))
def test_the_shipped_tries_answer_as_the_regexes(sk: str, tail: int, pos: int, cut: int) -> None:
    compiled, regex = _SHIPPED_TRIES[tail]
    for end in (len(sk), max(0, len(sk) - cut), len(sk) + 5):
        _agree(compiled, regex, sk, min(pos, len(sk)), end)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ODD_PHRASES + SHIPPED[:40]), min_size=1, max_size=6),
       st.sampled_from([TAIL_ANY, TAIL_NOT_WORD, TAIL_WORD]), st.data())
def test_small_odd_tries_answer_as_the_regexes(phrases, tail, data) -> None:
    phrases = sorted(set(phrases))
    ids = {p: i for i, p in enumerate(phrases)}
    compiled, regex = _both(phrases, ids, tail)
    sk = data.draw(_texts(phrases))
    for pos in range(min(len(sk), 8) + 1):
        for end in (len(sk), max(pos, len(sk) - 2)):
            _agree(compiled, regex, sk, pos, end)


def test_an_empty_phrase_list_never_matches() -> None:
    compiled, regex = _both([], None, TAIL_NOT_WORD)
    for sk in ("", "abc", ". اقرا ايضا"):
        _agree(compiled, regex, sk, 0, len(sk))
        assert compiled.hits(sk, 0, len(sk)) == []


def test_marks_given_back_before_a_slash() -> None:
    """"اقرا/ي": the marks run after the alef would swallow the slash; sre gives it back."""
    compiled, regex = _both(["اقرا/ي ايضا"], {"اقرا/ي ايضا": 7}, TAIL_NOT_WORD)
    sk = skeleton("• اقرأ/ي أيضاً: عنوان")
    assert compiled.match_after_lead(sk, 0, len(sk))
    assert compiled.hits(sk, 0, len(sk)) == regex.hits(sk, 0, len(sk)) == [(2, 7)]


GOLD = sorted(Path(__file__).parents[1].glob("data/*/*.txt"))


def test_the_splitter_cuts_every_gold_document_alike_both_ways() -> None:
    assert len(GOLD) > 400
    user = compile_lexicon(LEXICON, compiled=True)  # (both builds are cached per lexicon)
    assert user is not compile_lexicon(LEXICON, compiled=False)
    for path in GOLD:
        text = path.read_text(encoding="utf-8")
        assert split_text(text, compiled=True) == split_text(text, compiled=False), path.name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab .!?٣۹0_x\u0966\U0001D7CE") + MARKS + FILLER),
                max_size=30).map("".join), st.integers(-2, 45), st.integers(0, 45))
def test_the_compiled_digit_and_stop_scans_answer_as_the_regexes(t, pos, end) -> None:
    assert cuetrie._cuetrie.find_digit(t, pos, end) == cuetrie._find_digit(t, pos, end)
    assert cuetrie._cuetrie.find_stop(t, pos, end) == cuetrie._find_stop(t, pos, end)
