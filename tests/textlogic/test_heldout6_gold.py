"""Internal consistency of the sixth line-gold held-out set in tests/data/heldout6.

The devset and held-out sets one to five have all been read while the splitter was tuned,
so they no longer show how it generalises.  This set was written blind (without opening
the splitter, its lexicons, its tests or its benchmark output, and without running the
splitter on it) from outlets none of the earlier sets uses: Saudi, Bahraini, Kuwaiti,
Emirati and Qatari papers and broadcasters, Iraqi, Lebanese, Syrian, Jordanian and
Palestinian sites, Egyptian, Sudanese, Libyan, Maghreb, Yemeni and Mauritanian outlets, a
Gulf aggregator, a London-based diaspora daily and the Arabic services of Iranian and Korean broadcasters and agencies.
The checks are the shared ones of goldset.py; this module adds the set's size, its share of
documents with nothing appended, and that it is kept apart from every earlier line-gold
set.
"""
from __future__ import annotations

import goldset
import pytest

HELDOUT6 = goldset.DATA / "heldout6"
EARLIER = [goldset.DATA / name for name in (
    "devset", "heldout", "heldout2", "heldout3", "heldout4", "heldout5")]
RECORDS = goldset.load(HELDOUT6)
CUT_RECORDS = [r for r in RECORDS if r.get("cuts")]


def test_files_and_gold_match_one_to_one():
    goldset.check_files_match(HELDOUT6, RECORDS)


def test_set_size_and_no_appended_share():
    assert len(RECORDS) == 30
    assert [int(r["id"][:3]) for r in RECORDS] == list(range(600, 630))
    clean = [r["id"] for r in RECORDS if not goldset.appended(r)]
    assert len(clean) * 3 >= len(RECORDS), clean


def test_kept_apart_from_the_earlier_sets():
    goldset.check_kept_apart(HELDOUT6, RECORDS, 600, EARLIER)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record(rec: dict):
    goldset.check_record(HELDOUT6, rec)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_segments_round_trip(rec: dict):
    goldset.check_segments_round_trip(HELDOUT6, rec)


@pytest.mark.parametrize("rec", CUT_RECORDS, ids=[r["id"] for r in CUT_RECORDS])
def test_cuts(rec: dict):
    goldset.check_cuts(HELDOUT6, rec)
