"""SpanIndex finds exactly the overlapping spans a scan of every span would find."""
from __future__ import annotations

from fasl.textlogic.spans import SpanIndex, crosses
from fasl.textlogic.suggest.base import Suggestion
from fasl.textlogic.suggest.merge import SOURCE_ORDER, _allowed_inside, _crosses, merge
from hypothesis import given, settings
from hypothesis import strategies as st

SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 25)), max_size=40).map(
    lambda pairs: [(s, s + n) for s, n in pairs])


@given(SPANS, st.integers(0, 70), st.integers(1, 30))
def test_overlapping_matches_a_full_scan(spans, start, length):
    index: SpanIndex[int] = SpanIndex()
    for i, (s, e) in enumerate(spans):
        index.add(s, e, i)
    end = start + length
    expected = sorted(i for i, (s, e) in enumerate(spans) if s < end and e > start)
    assert sorted(p for _, _, p in index.overlapping(start, end)) == expected
    assert index.crossing(start, end) == any(crosses((start, end), sp) for sp in spans)
    assert len(index) == len(spans)


def _merge_by_full_scan(suggestions):
    ranked = sorted(suggestions, key=lambda s: (-(s.end - s.start), -s.confidence,
                                                SOURCE_ORDER.get(s.source, 9),
                                                s.start))
    kept = []
    for c in ranked:
        if c.end > c.start and all(
                o.end <= c.start or c.end <= o.start or (not _crosses(c, o) and _allowed_inside(c, o))
                for o in kept):
            kept.append(c)
    return sorted(kept, key=lambda s: (s.start, -s.end))


SUGGESTIONS = st.lists(
    st.builds(lambda s, n, t, c, src: Suggestion(s, s + n, t, src, c),
              st.integers(0, 50), st.integers(0, 20),
              st.sampled_from(["PERS", "ORG", "GPE", "OCC", "NORP"]),
              st.sampled_from([0.5, 0.7, 0.9]),
              st.sampled_from(["learned", "gazetteers", "patterns"])),
    max_size=30)


@settings(max_examples=200)
@given(SUGGESTIONS)
def test_indexed_merge_keeps_what_the_full_scan_keeps(suggestions):
    assert merge(suggestions) == _merge_by_full_scan(suggestions)
