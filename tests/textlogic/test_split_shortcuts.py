"""The splitter's shortcuts around regex calls give the answers of the calls they skip.

Each shortcut rests on a fact about characters (a letters-only word holds no digit and no
edge character, a non-space character ends a run of spaces); these tests pin the facts and
compare the shortcut with the regex it stands in for, so a change to a character list or a
pattern cannot silently change segments.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fasl.textlogic.cuematch import compile_lexicon
from fasl.textlogic.lexicon import load_lexicon
from fasl.textlogic.split import _segments
from fasl.textlogic.splitdates import _WORD_EDGE
from fasl.textlogic.splitbase import _ALNUM, _SPACES
from fasl.textlogic.splitread import Reader
from fasl.textlogic.splitunits import DIGIT, Unit, Z_BODY, Z_BOILERPLATE, Z_RELATED
from fasl.textlogic.zones import Segment, merge_adjacent

_TEXT = st.text(
    alphabet=st.sampled_from(list("اأبتةث جحخ\u064b\u0651ـ0123456789٣.،:-_ \t\u00a0\u200bAbZ😀•")),
    max_size=40)


def test_date_word_edge_holds_no_letter() -> None:
    # `date_like` skips the strip for letters-only words: none of these may be a letter.
    assert not any(c.isalpha() for c in _WORD_EDGE)


def test_letters_only_words_hold_no_digit() -> None:
    # ... and skips the digit regex for them: no letter is a decimal digit.
    assert all(not DIGIT.search(chr(c)) for c in range(0x110000) if chr(c).isalpha())


_MATCHERS = compile_lexicon(load_lexicon())


@settings(deadline=None)
@given(_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_skip_space_and_has_alnum_match_their_regexes(text: str, a: int, b: int) -> None:
    reader = Reader(text or " ", _MATCHERS)
    sk = reader.sk
    pos, end = min(a, b, len(sk)), min(max(a, b), len(sk))
    assert reader.skip_space(pos, end) == _SPACES.match(sk, pos, end).end()
    assert reader.has_alnum(pos, end) == (_ALNUM.search(sk, pos, end) is not None)


def _merged(units: list[Unit], length: int) -> list[Segment]:
    """The segments as the splitter built them before: one per run of (zone, item), then
    `merge_adjacent`."""
    out: list[Segment] = []
    first = units[0]
    start, zone, item, conf = 0, first.zone, first.item, first.zconf
    for unit in units:
        if unit.zone == zone and unit.item == item:
            conf = min(conf, unit.zconf)
            continue
        out.append(Segment(start, unit.start, zone, item if zone == Z_RELATED else None,
                           max(0.0, min(1.0, conf))))
        start, zone, item, conf = unit.start, unit.zone, unit.item, unit.zconf
    out.append(Segment(start, length, zone, item if zone == Z_RELATED else None,
                       max(0.0, min(1.0, conf))))
    return merge_adjacent(out)


@given(st.lists(st.tuples(st.sampled_from([Z_BODY, Z_RELATED, Z_BOILERPLATE]),
                          st.sampled_from([None, 1, 2]),
                          st.floats(-0.5, 1.5, allow_nan=False)), min_size=1, max_size=12))
def test_segments_group_as_merge_adjacent_did(rows: list) -> None:
    units = []
    for k, (zone, item, conf) in enumerate(rows):
        unit = Unit(k * 3, k * 3 + 2, k, "text", 1, 0.9)
        unit.zone, unit.item, unit.zconf = zone, item, conf
        units.append(unit)
    assert _segments(units, len(units) * 3) == _merged(units, len(units) * 3)


def test_digit_pattern_is_decimal_digit() -> None:
    # (`DIGIT` is the `\d` the shortcuts above stand beside; keep it the same class)
    sample = "".join(chr(c) for c in range(0, 0x3000))
    assert [m.start() for m in DIGIT.finditer(sample)] == [
        m.start() for m in re.finditer(r"\d", sample)]
