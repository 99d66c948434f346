"""Internal consistency of the fifth line-gold held-out set in tests/data/heldout5.

The devset and the earlier held-out sets have been read while the splitter was tuned, so
they no longer show how it generalises.  This set was written blind (without opening the
splitter, its lexicons, its tests or its benchmark output) from outlets none of the earlier
sets uses: Egyptian, Sudanese, Libyan, Maghreb, Mauritanian, Yemeni, Somali and Djiboutian
papers, agencies, portals and aggregators, fatwa pages, a tech blog and foreign
broadcasters' Arabic services.  The checks are the shared ones of goldset.py; this module
adds the set's size, its share of documents with nothing appended, and that it is kept
apart from every earlier line-gold set.

Measured once, blind, with the splitter as committed before anyone read it
(appended F1 0.961, 28/30 documents exact, no clean document cut),
then studied: its misses gave the rules of tests/textlogic/test_split_heldout45_rules.py and
it is one of the tuned sets of test_split_devset.py since, so it no longer measures how the
splitter generalises.
"""
from __future__ import annotations

import goldset
import pytest

HELDOUT5 = goldset.DATA / "heldout5"
EARLIER = [goldset.DATA / name for name in (
    "devset", "heldout", "heldout2", "heldout3", "heldout4")]
RECORDS = goldset.load(HELDOUT5)
CUT_RECORDS = [r for r in RECORDS if r.get("cuts")]


def test_files_and_gold_match_one_to_one():
    goldset.check_files_match(HELDOUT5, RECORDS)


def test_set_size_and_no_appended_share():
    assert len(RECORDS) == 30
    assert [int(r["id"][:3]) for r in RECORDS] == list(range(500, 530))
    clean = [r["id"] for r in RECORDS if not goldset.appended(r)]
    assert len(clean) >= 10, clean


def test_kept_apart_from_the_earlier_sets():
    goldset.check_kept_apart(HELDOUT5, RECORDS, 500, EARLIER)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record(rec: dict):
    goldset.check_record(HELDOUT5, rec)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_segments_round_trip(rec: dict):
    goldset.check_segments_round_trip(HELDOUT5, rec)


@pytest.mark.parametrize("rec", CUT_RECORDS, ids=[r["id"] for r in CUT_RECORDS])
def test_cuts(rec: dict):
    goldset.check_cuts(HELDOUT5, rec)
