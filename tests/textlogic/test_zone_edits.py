"""Zone edits: examples for the rules a reviewer sees, and properties for any edit sequence."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasl.textlogic.zone_edits import (
    in_cluster,
    is_stop,
    merge_with_next,
    move_boundary,
    relabel,
    segment_at,
    set_item,
    snap,
    split_at,
    step_boundary,
)
from fasl.textlogic.zones import Segment, Zone, check_cover


def segs(text: str, *cuts: tuple[int, str] | tuple[int, str, int]) -> list[Segment]:
    """Segments from ``(start, label[, item])`` triples; each ends where the next starts."""
    out = []
    for k, cut in enumerate(cuts):
        start, label = cut[0], Zone(cut[1])
        item = cut[2] if len(cut) > 2 else None
        end = cuts[k + 1][0] if k + 1 < len(cuts) else len(text)
        out.append(Segment(start, end, label, item, 0.5, "auto"))
    check_cover(out, len(text))
    return out


TEXT = "عنوان الخبر\nنص الخبر هنا\n\nإقرأ أيضاً:\nخبر آخر"
# offsets: "\n" at 11, 24, 25, 37; words start at 0 6 12 15 21 26 31 38 42


def test_segment_at():
    s = segs(TEXT, (0, "title"), (12, "body"), (26, "related", 1))
    assert [segment_at(s, p) for p in (0, 11, 12, 25, 26, len(TEXT))] == [0, 0, 1, 1, 2, 2]
    assert segment_at([], 3) == -1


def test_snap_whitespace_goes_forward_to_the_content_line():
    assert snap(TEXT, 24) == 26  # the "\n\n" run before إقرأ
    assert snap(TEXT, 25) == 26
    assert snap(TEXT, 5) == 6  # a space inside a line: to the next word
    assert snap(TEXT, 3) == 3


def test_snap_keeps_bullet_indentation_with_its_line():
    text = "مقالات\n\n  • خبر"
    assert snap(text, 6) == 8
    assert snap(text, 9) == 8  # inside the indentation: back to the line start
    assert is_stop(text, 8) and is_stop(text, 10)
    assert not is_stop(text, 9)


def test_tashkeel_and_emoji_are_never_split():
    text = "وَقَالَ 😀\u200d🔥 x"
    assert in_cluster(text, 1) and not in_cluster(text, 2)
    assert [p for p in range(len(text)) if is_stop(text, p)] == [2, 4, 5, 8, 12]


def test_move_boundary_moves_both_segments_and_marks_them_human():
    s = segs(TEXT, (0, "title"), (12, "body"), (26, "related", 1))
    out = move_boundary(s, 2, 38, TEXT)
    assert [(x.start, x.end) for x in out] == [(0, 12), (12, 38), (38, len(TEXT))]
    assert out[1].origin == out[2].origin == "human"
    assert out[1].confidence == 1.0
    assert out[0] is s[0]


def test_move_boundary_into_blank_lines_snaps_to_the_end_of_them():
    s = segs(TEXT, (0, "title"), (12, "body"), (38, "related", 1))
    assert move_boundary(s, 2, 24, TEXT)[2].start == 26


def test_move_boundary_clamps_and_refuses():
    s = segs(TEXT, (0, "title"), (12, "body"), (26, "related", 1))
    assert move_boundary(s, 2, 5, TEXT)[2].start == 13  # not past the previous boundary
    assert move_boundary(s, 2, 10_000, TEXT)[1].end == len(TEXT) - 1
    assert move_boundary(s, 0, 5, TEXT) is s
    assert move_boundary(s, 3, 5, TEXT) is s
    assert move_boundary(s, 2, 26, TEXT) is s  # no change at all


@pytest.mark.parametrize(
    ("unit", "direction", "expected"),
    [("char", 1, 27), ("char", -1, 23), ("word", 1, 31), ("word", -1, 21),
     ("line", 1, 38), ("line", -1, 12)],
)
def test_step_boundary(unit, direction, expected):
    s = segs(TEXT, (0, "title"), (26, "related", 1))
    assert step_boundary(s, 1, TEXT, unit, direction)[1].start == expected


def test_step_by_char_skips_tashkeel():
    text = "أ\nوَقَالَ"
    s = segs(text, (0, "title"), (2, "body"))
    assert step_boundary(s, 1, text, "char", 1)[1].start == 4
    s = segs(text, (0, "title"), (4, "body"))
    assert step_boundary(s, 1, text, "char", -1)[1].start == 2


def test_step_stops_before_the_neighbouring_boundary():
    s = segs(TEXT, (0, "title"), (12, "body"), (26, "related", 1))
    out = step_boundary(s, 1, TEXT, "line", 1)  # the next line start is the next boundary
    assert out[1].start == 23 and out[2].start == 26
    assert step_boundary(s, 1, TEXT, "bogus", 1) is s  # type: ignore[arg-type]
    assert step_boundary(s, 1, TEXT, "char", 0) is s


def test_split_at():
    s = segs(TEXT, (0, "title"), (12, "body"))
    out = split_at(s, 26, "related", text=TEXT)
    assert [(x.start, x.label, x.item) for x in out] == [
        (0, Zone.TITLE, None), (12, Zone.BODY, None), (26, Zone.RELATED, 1)]
    assert split_at(s, 25, text=TEXT)[2].start == 26  # snapped past the blank line
    assert split_at(s, 12, text=TEXT) is s  # already a boundary
    assert split_at(s, 13, "nonsense") is s


def test_split_related_starts_a_new_item():
    s = segs(TEXT, (0, "body"), (26, "related", 1))
    out = split_at(s, 38, text=TEXT)
    assert [(x.label, x.item) for x in out] == [
        (Zone.BODY, None), (Zone.RELATED, 1), (Zone.RELATED, 2)]


def test_merge_with_next():
    s = segs(TEXT, (0, "title"), (12, "body"), (26, "related", 1))
    out = merge_with_next(s, 0)
    assert [(x.start, x.end, x.label) for x in out] == [
        (0, 26, Zone.TITLE), (26, len(TEXT), Zone.RELATED)]
    assert merge_with_next(s, 2) is s


def test_relabel_items_and_joining():
    s = segs(TEXT, (0, "body"), (12, "related", 3), (26, "boilerplate"), (38, "related", 3))
    out = relabel(s, 2, "related")  # continues item 3 on both sides and joins them
    assert [(x.start, x.end, x.label, x.item) for x in out] == [
        (0, 12, Zone.BODY, None), (12, len(TEXT), Zone.RELATED, 3)]
    out = relabel(s, 0, "related")
    assert (out[0].label, out[0].item) == (Zone.RELATED, 3)
    s2 = segs(TEXT, (0, "body"), (12, "list"), (26, "related", 1))
    assert relabel(s2, 1, Zone.RELATED)[1].item == 1
    s3 = segs(TEXT, (0, "body"), (12, "list"), (26, "source"))
    assert relabel(s3, 1, "related")[1].item == 1
    assert relabel(s3, 1, "body")[0].end == 26  # joined with the body before it
    assert relabel(s3, 0, "body") is s3
    assert relabel(s3, 0, "nonsense") is s3


def test_set_item():
    s = segs(TEXT, (0, "body"), (12, "related", 1), (26, "related", 2))
    out = set_item(s, 2, 5)
    assert out[2].item == 5 and out[2].origin == "human"
    assert len(set_item(s, 2, 1)) == 2  # same item as its neighbour: one segment
    assert set_item(s, 0, 2) is s
    assert set_item(s, 1, 0) is s
    assert set_item(s, 1, 1) is s


# --- properties -------------------------------------------------------------------------

ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهوي") + ["\u064e", "\u0651", "\u0650", " ", "\n", "\xa0",
                                           "😀", "\u200d", "\U0001F3FD", "a", "1", "•", "."]
)
texts = st.lists(ALPHABET, min_size=1, max_size=60).map("".join)


@st.composite
def documents(draw):
    text = draw(texts)
    n = len(text)
    cuts = sorted(draw(st.sets(st.integers(1, max(1, n - 1)), max_size=6)) - {n})
    labels = draw(st.lists(st.sampled_from(list(Zone)), min_size=len(cuts) + 1,
                           max_size=len(cuts) + 1))
    starts = [0, *cuts]
    out = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else n
        label = labels[k]
        out.append(Segment(start, end, label, k + 1 if label == Zone.RELATED else None,
                           0.3, "auto"))
    return text, out


edits = st.one_of(
    st.tuples(st.just("move"), st.integers(-2, 8), st.integers(-5, 70)),
    st.tuples(st.just("step"), st.integers(-2, 8), st.sampled_from(["char", "word", "line"]),
              st.sampled_from([1, -1])),
    st.tuples(st.just("split"), st.integers(-5, 70), st.sampled_from([None, *Zone])),
    st.tuples(st.just("merge"), st.integers(-2, 8)),
    st.tuples(st.just("relabel"), st.integers(-2, 8), st.sampled_from(list(Zone))),
    st.tuples(st.just("item"), st.integers(-2, 8), st.integers(-1, 5)),
)


def apply(edit, segments, text):
    kind, *args = edit
    if kind == "move":
        return move_boundary(segments, args[0], args[1], text)
    if kind == "step":
        return step_boundary(segments, args[0], text, args[1], args[2])
    if kind == "split":
        return split_at(segments, args[0], args[1], text=text)
    if kind == "merge":
        return merge_with_next(segments, args[0])
    if kind == "relabel":
        return relabel(segments, args[0], args[1])
    return set_item(segments, args[0], args[1])


@settings(max_examples=300, deadline=None)
@given(documents(), st.lists(edits, max_size=12))
def test_any_edit_sequence_keeps_the_cover(doc, sequence):
    text, segments = doc
    for edit in sequence:
        before = segments
        segments = apply(edit, segments, text)
        check_cover(segments, len(text))
        if segments is not before:
            assert segments != before or edit[0] in ("relabel", "item")
            old = {s.start for s in before}
            for s in segments:
                if s.start not in old and s.start > 0:
                    # a boundary the reviewer placed obeys the whitespace and cluster rules
                    assert is_stop(text, s.start), (edit, s.start)


@settings(max_examples=200, deadline=None)
@given(documents(), st.integers(1, 8), st.sampled_from(["char", "word", "line"]))
def test_steps_forward_then_back_never_cross_a_neighbour(doc, index, unit):
    text, segments = doc
    out = step_boundary(segments, index, text, unit, 1)
    if out is not segments:
        assert segments[index].start < out[index].start < segments[index].end
    out = step_boundary(segments, index, text, unit, -1)
    if out is not segments:
        assert segments[index - 1].start < out[index].start < segments[index].start
