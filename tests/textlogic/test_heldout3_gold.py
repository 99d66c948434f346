"""Internal consistency of the third held-out auto-split test set in tests/data/heldout3.

The devset and both earlier held-out sets have been used to tune the splitter, so none of
them still measures how it generalises.  This set was written afterwards without looking at
the splitter, its cue lexicon or its benchmarks, from outlets, regional cue wordings, page
furniture and layouts the earlier sets lack (sports, business and tech sites, aggregators,
official agencies, Maghreb, Mauritanian, Yemeni and Sudanese papers, foreign Arabic
services).  The checks are the shared ones of goldset.py; this module adds the set's size,
its share of documents with nothing appended, and that it is kept apart from all three
earlier sets.
"""
from __future__ import annotations

import goldset
import pytest

HELDOUT3 = goldset.DATA / "heldout3"
EARLIER = [goldset.DATA / "devset", goldset.DATA / "heldout", goldset.DATA / "heldout2"]
RECORDS = goldset.load(HELDOUT3)
CUT_RECORDS = [r for r in RECORDS if r.get("cuts")]


def test_files_and_gold_match_one_to_one():
    goldset.check_files_match(HELDOUT3, RECORDS)


def test_set_size_and_no_appended_share():
    assert len(RECORDS) >= 45
    clean = [r["id"] for r in RECORDS if not goldset.appended(r)]
    assert len(clean) >= 15, clean


def test_kept_apart_from_the_earlier_sets():
    goldset.check_kept_apart(HELDOUT3, RECORDS, 300, EARLIER)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record(rec: dict):
    goldset.check_record(HELDOUT3, rec)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_segments_round_trip(rec: dict):
    goldset.check_segments_round_trip(HELDOUT3, rec)


@pytest.mark.parametrize("rec", CUT_RECORDS, ids=[r["id"] for r in CUT_RECORDS])
def test_cuts(rec: dict):
    goldset.check_cuts(HELDOUT3, rec)
