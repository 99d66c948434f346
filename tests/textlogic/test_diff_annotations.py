"""Differences between two reviewers' annotations, and taking one side, as pure logic."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasl.textlogic.diff_annotations import (
    CrossingError,
    Kind,
    Side,
    Span,
    Status,
    describe,
    differences,
    entity_differences,
    status,
    take,
    take_entities,
    take_zones,
    zone_differences,
)
from fasl.textlogic.zones import Segment, Zone, check_cover

LINES = ["عنوان الخبر", "تاريخ النشر: اليوم", "قال لافروف إن روسيا 🇷🇺 مستعدة.",
         "وأضافَ الوزيرُ أن المحادثات ستستمر.", "إقرأ أيضاً:", "خبر آخر"]
TEXT = "\n".join(LINES)


def at(n: int) -> int:
    """Start of line ``n`` (0-based)."""
    return sum(len(line) + 1 for line in LINES[:n])


A = [Segment(0, at(1), Zone.TITLE), Segment(at(1), at(2), Zone.DATELINE),
     Segment(at(2), at(4), Zone.BODY), Segment(at(4), len(TEXT), Zone.RELATED, 1)]
# B: the body starts one line later (dateline runs over line 2) and the item is numbered 2
B = [Segment(0, at(1), Zone.TITLE), Segment(at(1), at(3), Zone.DATELINE),
     Segment(at(3), at(4), Zone.BODY), Segment(at(4), len(TEXT), Zone.RELATED, 2)]


def test_zone_differences_are_the_runs_labelled_differently():
    found = zone_differences(TEXT, A, B)
    assert [(d.start, d.end) for d in found] == [(at(2), at(3)), (at(4), len(TEXT))]
    first = found[0]
    assert first.a_zones == ((at(2), at(3), Zone.BODY, None),)
    assert first.b_zones == ((at(2), at(3), Zone.DATELINE, None),)
    assert describe(TEXT, first) == "line 3 · zone: A body · B dateline"
    assert describe(TEXT, found[1]) == "lines 5–6 · zone: A related 1 · B related 2"


def test_a_boundary_between_equal_zones_and_whitespace_runs_are_not_differences():
    split = [Segment(0, at(1), Zone.TITLE), Segment(at(1), at(2), Zone.DATELINE),
             Segment(at(2), at(3), Zone.BODY), Segment(at(3), at(4), Zone.BODY),
             Segment(at(4), len(TEXT), Zone.RELATED, 1)]
    assert zone_differences(TEXT, A, split) == []
    # B cuts the title before its line break, A after: only "\n" differs
    text = "عنوان\nنص"
    a = [Segment(0, 6, Zone.TITLE), Segment(6, 8, Zone.BODY)]
    b = [Segment(0, 5, Zone.TITLE), Segment(5, 8, Zone.BODY)]
    assert zone_differences(text, a, b) == []


def test_take_zones_puts_the_source_labels_in_the_region_only():
    diff = zone_differences(TEXT, A, B)[0]
    gold = take_zones(A, B, diff.start, diff.end)
    check_cover(gold, len(TEXT))
    assert gold == [A[0], Segment(at(1), at(3), Zone.DATELINE), Segment(at(3), at(4), Zone.BODY),
                    A[3]]
    assert status(diff, gold, []) is Status.B
    assert status(diff, A, []) is Status.A
    assert status(diff, None, []) is Status.OPEN
    other = take_zones(A, [Segment(0, len(TEXT), Zone.BOILERPLATE)], diff.start, diff.end)
    assert status(diff, other, []) is Status.OTHER


def test_entity_differences_pair_types_and_overlapping_extents():
    lavrov = TEXT.index("لافروف")
    russia = TEXT.index("روسيا")
    minister = TEXT.index("الوزيرُ")
    a = [Span(lavrov, lavrov + 6, "PERS"), Span(russia, russia + 5, "GPE"),
         Span(minister, minister + 7, "OCC")]
    b = [Span(lavrov, lavrov + 6, "PERS"), Span(russia, russia + 5, "ORG"),
         Span(minister - 6, minister + 7, "OCC"), Span(0, 5, "EVENT")]
    found = entity_differences(a, b)
    kinds = {d.kind: d for d in found}
    assert set(kinds) == {Kind.ENTITY_TYPE, Kind.ENTITY_SPAN, Kind.ENTITY_ONLY_B}
    assert kinds[Kind.ENTITY_TYPE].a_spans == (Span(russia, russia + 5, "GPE"),)
    assert (kinds[Kind.ENTITY_SPAN].start, kinds[Kind.ENTITY_SPAN].end) == (minister - 6,
                                                                          minister + 7)
    assert describe(TEXT, kinds[Kind.ENTITY_TYPE]) == "line 3 · type of «روسيا»: A GPE · B ORG"
    assert (describe(TEXT, kinds[Kind.ENTITY_ONLY_B])
            == "line 1 · entity: A nothing · B EVENT «عنوان»")

    gold = list(a)
    gold = take_entities(gold, kinds[Kind.ENTITY_TYPE], Side.B)
    assert Span(russia, russia + 5, "ORG") in gold and Span(russia, russia + 5, "GPE") not in gold
    gold = take_entities(gold, kinds[Kind.ENTITY_SPAN], Side.B)
    assert Span(minister - 6, minister + 7, "OCC") in gold
    assert Span(minister, minister + 7, "OCC") not in gold
    assert status(kinds[Kind.ENTITY_SPAN], A, gold) is Status.B
    gold = take_entities(gold, kinds[Kind.ENTITY_ONLY_B], Side.A)  # A had nothing there
    assert Span(0, 5, "EVENT") not in gold
    assert status(kinds[Kind.ENTITY_ONLY_B], A, gold) is Status.A


def test_taking_a_span_that_crosses_a_gold_entity_is_refused():
    diff = entity_differences([Span(2, 6, "ORG")], [])[0]
    with pytest.raises(CrossingError, match="would cross"):
        take_entities([Span(4, 9, "GPE")], diff, Side.A)


def test_differences_in_text_order_and_take_dispatches():
    spans_a = [Span(0, 5, "EVENT")]
    found = differences(TEXT, A, B, spans_a, [])
    assert [d.kind for d in found] == [Kind.ENTITY_ONLY_A, Kind.ZONE, Kind.ZONE]
    zones, spans = take(A, spans_a, found[1], Side.B, A, B)
    assert spans == spans_a and zones != A
    zones, spans = take(A, spans_a, found[0], Side.B, A, B)
    assert zones == A and spans == []


# --- properties -------------------------------------------------------------------------

ZONES = list(Zone)
texts = st.text(alphabet="ابت ثج\n\u064e😀a", min_size=1, max_size=40)


@st.composite
def segmentations(draw, length):
    cuts = sorted(draw(st.sets(st.integers(1, max(1, length - 1)), max_size=6)) - {length})
    bounds = [0, *cuts, length]
    segs = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        zone = draw(st.sampled_from(ZONES))
        item = draw(st.integers(1, 3)) if zone is Zone.RELATED else None
        segs.append(Segment(lo, hi, zone, item))
    return segs


@settings(max_examples=150, deadline=None)
@given(st.data(), texts)
def test_taking_one_side_everywhere_leaves_no_difference_with_it(data, text):
    a = data.draw(segmentations(len(text)))
    b = data.draw(segmentations(len(text)))
    gold = list(a)
    for diff in zone_differences(text, a, b):
        gold = take_zones(gold, b, diff.start, diff.end)
        check_cover(gold, len(text))
        assert status(diff, gold, []) is Status.B
    assert zone_differences(text, gold, b) == []
    # taking A back everywhere returns A's zones, up to joins of equal neighbours
    for diff in zone_differences(text, a, b):
        gold = take_zones(gold, a, diff.start, diff.end)
    assert zone_differences(text, gold, a) == []
    check_cover(gold, len(text))


spans_st = st.lists(st.builds(lambda s, n, t: Span(s, s + n, t), st.integers(0, 30),
                              st.integers(1, 6), st.sampled_from(["PERS", "GPE"])),
                    max_size=5, unique_by=lambda s: (s.start, s.end))


def _no_crossing(spans):
    from fasl.textlogic.diff_annotations import crosses
    return [s for i, s in enumerate(spans) if not any(crosses(s, o) for o in spans[:i])]


@settings(max_examples=150, deadline=None)
@given(spans_st, spans_st)
def test_taking_b_for_every_entity_difference_gives_b(raw_a, raw_b):
    a, b = _no_crossing(raw_a), _no_crossing(raw_b)
    gold = list(a)
    for diff in entity_differences(a, b):  # in any order: groups never wait on each other
        gold = take_entities(gold, diff, Side.B)
    assert set(gold) == set(b)
    assert all(status(d, [], gold) is Status.B for d in entity_differences(a, b))
    for diff in reversed(entity_differences(a, b)):
        gold = take_entities(gold, diff, Side.A)
    assert set(gold) == set(a)


def test_overlapping_spans_of_both_sides_are_one_difference():
    a = [Span(0, 2, "PERS"), Span(2, 4, "PERS")]
    b = [Span(0, 3, "PERS"), Span(1, 3, "PERS")]
    (diff,) = entity_differences(a, b)
    assert diff.kind is Kind.ENTITY_SPAN and (diff.start, diff.end) == (0, 4)
    assert set(take_entities(a, diff, Side.B)) == set(b)
