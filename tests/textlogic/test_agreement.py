"""Agreement figures: a small fixture worked out by hand, and properties for any input."""
from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasl.textlogic.agreement import (
    DocumentAgreement,
    SpanCounts,
    cohen_kappa,
    combine,
    compare_document,
    entity_counts,
    line_zone_pairs,
    main_story_ranges,
    max_overlap_matching,
    same_main_story,
)
from fasl.textlogic.linegold import gold_to_segments
from fasl.textlogic.zones import Segment, Zone, check_cover


def segs(text: str, lines: list[str | None]) -> list[Segment]:
    """Segments from one zone per line (None for a blank line), like a gold record."""
    items = [1 if zone == Zone.RELATED else None for zone in lines]
    out = gold_to_segments(text, {"lines": lines, "items": items})
    check_cover(out, len(text))
    return out


# -- the hand-computed fixture ----------------------------------------------------------------
#
# Three documents, reviewers A and B; one zone per non-blank line:
#
#   doc 1 (5 lines, line 1 blank)      A             B
#     0 عنوان الخبر                     title         title
#     1 (blank)                        -             -
#     2 نص الخبر الأول                  body          body
#     3 اقرأ أيضا: خبر آخر              related       body        <- differs
#     4 تابعونا على واتساب              boilerplate   boilerplate
#   doc 2 (3 lines)                    title body body / title body body   (identical)
#   doc 3 (4 lines)                    title body list list / body body list boilerplate
#                                      (lines 0 and 3 differ)
#
# Pooled line pairs: n = 4 + 3 + 4 = 11, agreeing 3 + 3 + 2 = 8, so p_o = 8/11.
# Label counts   A: title 3, body 4, related 1, boilerplate 1, list 2   (= 11)
#                B: title 2, body 6, related 0, boilerplate 2, list 1   (= 11)
# p_e = (3*2 + 4*6 + 1*0 + 1*2 + 2*1) / 11^2 = 34/121
# kappa = (88/121 - 34/121) / (1 - 34/121) = (54/121) / (87/121) = 54/87 = 18/29 = 0.6207
#
# Main story (title/dateline/body/source/tags characters):
#   doc 1: A stops before line 3, B runs to the end of line 3      -> differs
#   doc 2: same zones                                              -> identical
#   doc 3: A = title + body over lines 0-1, B = body over 0-1       -> identical characters
#   boundary share = 2/3
#
# Entities (start, end, type):
#   doc 1  A: PERS(0,5)  GPE(10,15)  ORG(20,30)
#          B: PERS(0,5)  GPE(11,15)  PERS(40,45)
#   doc 3  A: PERS(0,10) PERS(6,10)  (nested)
#          B: PERS(0,10)
#   PERS: |A| = 1+2 = 3, |B| = 2+1 = 3; exact 1+1 = 2; partial 1+1 = 2 (doc 3: both A spans
#         overlap B's one span, but a span matches once)  -> exact F1 = 4/6, partial F1 = 4/6
#   GPE:  |A| = 1, |B| = 1; exact 0; partial 1 (10-15 overlaps 11-15)  -> 0 and 2/2 = 1
#   ORG:  |A| = 1, |B| = 0; nothing matched                            -> 0 and 0
#   all:  |A| = 5, |B| = 4; exact 2, partial 3  -> exact 4/9, partial 6/9 = 2/3
#
# Disagreement = (differing-line share + (1 - exact entity F1 over all types)) / 2:
#   doc 1: lines 1/4; entities |A| 3, |B| 3, exact 1 -> F1 2/6 -> 1 - 1/3 = 2/3
#          -> (1/4 + 2/3) / 2 = 11/24 = 0.4583
#   doc 2: no differing line, no entities -> 0
#   doc 3: lines 2/4; entities |A| 2, |B| 1, exact 1 -> F1 2/3 -> 1/3
#          -> (1/2 + 1/3) / 2 = 5/12 = 0.4167
#   order: doc 1, doc 3, doc 2

DOC1 = "عنوان الخبر\n\nنص الخبر الأول\nاقرأ أيضا: خبر آخر\nتابعونا على واتساب"
DOC2 = "عنوان\nفقرة أولى\nفقرة ثانية"
DOC3 = "خبر عاجل\nنص قصير\n• عنوان أول\n• عنوان ثان"

FIXTURE = [
    (1, "doc1", DOC1,
     [Zone.TITLE, None, Zone.BODY, Zone.RELATED, Zone.BOILERPLATE],
     [Zone.TITLE, None, Zone.BODY, Zone.BODY, Zone.BOILERPLATE],
     [(0, 5, "PERS"), (10, 15, "GPE"), (20, 30, "ORG")],
     [(0, 5, "PERS"), (11, 15, "GPE"), (40, 45, "PERS")]),
    (2, "doc2", DOC2,
     [Zone.TITLE, Zone.BODY, Zone.BODY], [Zone.TITLE, Zone.BODY, Zone.BODY], [], []),
    (3, "doc3", DOC3,
     [Zone.TITLE, Zone.BODY, Zone.LIST, Zone.LIST],
     [Zone.BODY, Zone.BODY, Zone.LIST, Zone.BOILERPLATE],
     [(0, 10, "PERS"), (6, 10, "PERS")], [(0, 10, "PERS")]),
]


def _fixture_result():
    return combine(
        compare_document(doc_id, name, text, segs(text, a), segs(text, b), ea, eb)
        for doc_id, name, text, a, b, ea, eb in FIXTURE)


def test_hand_computed_kappa_and_boundary_share():
    result = _fixture_result()
    assert result.lines == 11
    assert result.kappa == pytest.approx(18 / 29)
    assert result.boundary_share == pytest.approx(2 / 3)


def test_hand_computed_entity_f1_per_type():
    result = _fixture_result()
    assert result.entities == {
        "GPE": SpanCounts(count_a=1, count_b=1, exact=0, partial=1),
        "ORG": SpanCounts(count_a=1, count_b=0, exact=0, partial=0),
        "PERS": SpanCounts(count_a=3, count_b=3, exact=2, partial=2),
    }
    assert result.entities["PERS"].exact_f1 == pytest.approx(2 / 3)
    assert result.entities["PERS"].partial_f1 == pytest.approx(2 / 3)
    assert result.entities["GPE"].exact_f1 == 0.0
    assert result.entities["GPE"].partial_f1 == 1.0
    assert result.entities["ORG"].exact_f1 == 0.0
    assert result.entities_all.exact_f1 == pytest.approx(4 / 9)
    assert result.entities_all.partial_f1 == pytest.approx(2 / 3)


def test_hand_computed_disagreement_order():
    result = _fixture_result()
    assert [d.name for d in result.documents] == ["doc1", "doc3", "doc2"]
    scores = {d.name: d.disagreement for d in result.documents}
    assert scores["doc1"] == pytest.approx(11 / 24)
    assert scores["doc3"] == pytest.approx(5 / 12)
    assert scores["doc2"] == 0.0
    doc1 = result.documents[0]
    assert (doc1.lines, doc1.lines_differing, doc1.same_main_story) == (4, 1, False)


def test_kappa_textbook_example():
    # 50 items: both "yes" 20, both "no" 15, A yes/B no 5, A no/B yes 10.
    # p_o = 35/50 = 0.7; A yes 25/50, B yes 30/50; p_e = .5*.6 + .5*.4 = 0.5; kappa = 0.4
    pairs = [("y", "y")] * 20 + [("n", "n")] * 15 + [("y", "n")] * 5 + [("n", "y")] * 10
    assert cohen_kappa(pairs) == pytest.approx(0.4)
    assert float(Fraction(2, 5)) == pytest.approx(cohen_kappa(pairs))


def test_kappa_undefined_cases():
    assert cohen_kappa([]) is None
    assert cohen_kappa([("body", "body")] * 4) is None  # one label everywhere: p_e = 1
    assert cohen_kappa([("a", "b"), ("b", "a")]) == pytest.approx(-1.0)


def test_blank_lines_and_boundary_inside_a_line():
    text = "عنوان 😀 الخبر\n   \nنص ثم تابعونا"
    a = [Segment(0, len(text), Zone.BODY)]
    cut = text.index("تابعونا")
    b = [Segment(0, cut, Zone.BODY), Segment(cut, len(text), Zone.BOILERPLATE)]
    # Line-level view: the cut line takes the zone of its first character (body): agree.
    assert line_zone_pairs(text, a, b) == [("body", "body"), ("body", "body")]
    # But the main story differs by the characters after the cut.
    assert main_story_ranges(b) == [(0, cut)]
    assert not same_main_story(a, b)


def test_main_story_merges_adjacent_zones_and_skips_interruptions():
    text = "x" * 30
    parts = [Segment(0, 5, Zone.TITLE), Segment(5, 10, Zone.BODY),
             Segment(10, 12, Zone.BOILERPLATE), Segment(12, 20, Zone.BODY),
             Segment(20, 30, Zone.RELATED, 1)]
    check_cover(parts, len(text))
    assert main_story_ranges(parts) == [(0, 10), (12, 20)]


def test_overlap_matching_is_maximum_not_greedy():
    # Greedy in order would match A(0,10)-B(5,6) and leave A(5,6) unmatched; the maximum is 2.
    assert max_overlap_matching([(0, 10), (5, 6)], [(5, 6), (8, 12)]) == 2
    assert max_overlap_matching([(0, 3)], [(3, 6)]) == 0  # touching is not overlapping


# -- properties -----------------------------------------------------------------------------

labels = st.sampled_from([str(z) for z in Zone])


@settings(max_examples=200, deadline=None)
@given(st.lists(labels, min_size=1, max_size=40))
def test_kappa_with_oneself_is_one_when_more_than_one_label(zones):
    kappa = cohen_kappa((z, z) for z in zones)
    if len(set(zones)) > 1:
        assert kappa == pytest.approx(1.0)
    else:
        assert kappa is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(labels, labels), min_size=1, max_size=40))
def test_kappa_in_range_and_symmetric(pairs):
    kappa = cohen_kappa(pairs)
    swapped = cohen_kappa((b, a) for a, b in pairs)
    if kappa is None:
        assert swapped is None
    else:
        assert -1.0 - 1e-9 <= kappa <= 1.0 + 1e-9
        assert swapped == pytest.approx(kappa)


@st.composite
def span_lists(draw):
    out = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, 40))
        end = draw(st.integers(start + 1, start + 12))
        out.append((start, end, draw(st.sampled_from(["PERS", "GPE", "ORG"]))))
    return out


@settings(max_examples=150, deadline=None)
@given(span_lists(), span_lists())
def test_entity_f1_symmetric_and_in_range(a, b):
    ab, ba = entity_counts(a, b), entity_counts(b, a)
    assert ab.keys() == ba.keys()
    for type_, counts in ab.items():
        other = ba[type_]
        assert (counts.exact, counts.partial) == (other.exact, other.partial)
        assert counts.exact_f1 == pytest.approx(other.exact_f1)
        assert counts.partial_f1 == pytest.approx(other.partial_f1)
        assert 0 <= counts.exact <= counts.partial <= min(counts.count_a, counts.count_b)
        assert 0.0 <= counts.exact_f1 <= counts.partial_f1 <= 1.0


@settings(max_examples=100, deadline=None)
@given(span_lists())
def test_entity_f1_with_oneself_is_one(a):
    for counts in entity_counts(a, a).values():
        assert counts.exact_f1 == 1.0 and counts.partial_f1 == 1.0


@st.composite
def documents(draw):
    words = st.text(alphabet="بتثجح نص😀\u064e", min_size=0, max_size=8)
    text = "\n".join(draw(st.lists(words, min_size=1, max_size=8)))
    if not text:
        text = "ن"

    def segmentation():
        cuts = sorted(set(draw(st.lists(st.integers(1, max(1, len(text) - 1)), max_size=5))))
        cuts = [c for c in cuts if 0 < c < len(text)]
        bounds = [0, *cuts, len(text)]
        zones = [Zone(draw(labels)) for _ in bounds[1:]]
        return [Segment(s, e, z, 1 if z == Zone.RELATED else None)
                for s, e, z in zip(bounds, bounds[1:], zones, strict=False)]

    return text, segmentation(), segmentation(), draw(span_lists()), draw(span_lists())


@settings(max_examples=100, deadline=None)
@given(documents())
def test_document_scores_in_range_and_zero_with_oneself(doc):
    text, a, b, ea, eb = doc
    result, pairs = compare_document(1, "d", text, a, b, ea, eb)
    assert 0.0 <= result.disagreement <= 1.0
    assert result.lines == len(pairs) <= text.count("\n") + 1
    assert 0 <= result.lines_differing <= result.lines
    same, same_pairs = compare_document(1, "d", text, a, a, ea, ea)
    assert same.disagreement == 0.0
    assert same.same_main_story
    assert all(x == y for x, y in same_pairs)
    corpus = combine([(result, pairs)])
    assert corpus.boundary_share in (0.0, 1.0)
    assert isinstance(corpus.documents[0], DocumentAgreement)
