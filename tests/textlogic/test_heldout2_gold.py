"""Internal consistency of the second held-out auto-split test set in tests/data/heldout2.

The first held-out set (tests/data/heldout) was measured blind once and then used for
tuning, so it no longer measures generalisation.  This set was written afterwards, again
without looking at the splitter or its cue lexicon, from outlets, cue wordings, widgets
and layouts the earlier sets mostly lack.  The checks are the shared ones of goldset.py;
this module adds the set's size, its share of documents with nothing appended, and that
it is kept apart from both earlier sets.
"""
from __future__ import annotations

import goldset
import pytest

HELDOUT2 = goldset.DATA / "heldout2"
EARLIER = [goldset.DATA / "devset", goldset.DATA / "heldout"]
RECORDS = goldset.load(HELDOUT2)
CUT_RECORDS = [r for r in RECORDS if r.get("cuts")]


def test_files_and_gold_match_one_to_one():
    goldset.check_files_match(HELDOUT2, RECORDS)


def test_set_size_and_no_appended_share():
    assert len(RECORDS) >= 45
    clean = [r["id"] for r in RECORDS if not goldset.appended(r)]
    assert len(clean) >= 15, clean


def test_kept_apart_from_the_earlier_sets():
    goldset.check_kept_apart(HELDOUT2, RECORDS, 200, EARLIER)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record(rec: dict):
    goldset.check_record(HELDOUT2, rec)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_segments_round_trip(rec: dict):
    goldset.check_segments_round_trip(HELDOUT2, rec)


@pytest.mark.parametrize("rec", CUT_RECORDS, ids=[r["id"] for r in CUT_RECORDS])
def test_cuts(rec: dict):
    goldset.check_cuts(HELDOUT2, rec)
