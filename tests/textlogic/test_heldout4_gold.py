"""Internal consistency of the fourth held-out auto-split test set in tests/data/heldout4.

The devset and the three earlier held-out sets have all been looked at while tuning the
splitter, so this set was written afterwards, blind: without opening the splitter, its cue
lexicons, its tests or its benchmark output, and without running it on these documents.
Its 30 documents come from outlets none of the earlier sets use (Gulf, Iraqi, Syrian,
Lebanese, Jordanian and Palestinian sites and pan-Arab or foreign Arabic services), with
about a third having nothing appended, some of those saying 'اقرأ أيضاً' or 'المصدر' in
their own sentences.  The checks are the shared ones of goldset.py; this module adds the
set's size and id range, its share of documents with nothing appended, and that it is
kept apart from all four earlier sets.

Measured once, blind, with the splitter as committed before anyone read it
(appended F1 1.000, 30/30 documents exact, no clean document cut),
then studied: its misses gave the rules of tests/textlogic/test_split_heldout45_rules.py and
it is one of the tuned sets of test_split_devset.py since, so it no longer measures how the
splitter generalises.
"""
from __future__ import annotations

import goldset
import pytest

HELDOUT4 = goldset.DATA / "heldout4"
EARLIER = [goldset.DATA / "devset", goldset.DATA / "heldout", goldset.DATA / "heldout2",
           goldset.DATA / "heldout3"]
RECORDS = goldset.load(HELDOUT4)
CUT_RECORDS = [r for r in RECORDS if r.get("cuts")]


def test_files_and_gold_match_one_to_one():
    goldset.check_files_match(HELDOUT4, RECORDS)


def test_set_size_and_no_appended_share():
    assert len(RECORDS) == 30
    assert [int(r["id"][:3]) for r in RECORDS] == list(range(400, 430))
    clean = [r["id"] for r in RECORDS if not goldset.appended(r)]
    assert len(clean) >= 10, clean


def test_kept_apart_from_the_earlier_sets():
    goldset.check_kept_apart(HELDOUT4, RECORDS, 400, EARLIER)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record(rec: dict):
    goldset.check_record(HELDOUT4, rec)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_segments_round_trip(rec: dict):
    goldset.check_segments_round_trip(HELDOUT4, rec)


@pytest.mark.parametrize("rec", CUT_RECORDS, ids=[r["id"] for r in CUT_RECORDS])
def test_cuts(rec: dict):
    goldset.check_cuts(HELDOUT4, rec)
