"""Internal consistency of the seventh line-gold held-out set in tests/data/heldout7.

The devset and held-out sets one to six have all been read while the splitter was tuned,
or will be once their results are looked at, so a fresh set is needed to show how it
generalises.  This set was written blind: without opening the splitter, its lexicons, its
tests or its benchmark output, and without running the splitter on it.  Its outlets and
page kinds are ones none of the earlier sets uses: a live match page and a press
conference from sports sites, market and car-price pages, a tech review, health, recipe
and celebrity-interview magazine pages, a fatwa page, a literary essay with poetry, a
daily obituary list and a condolence story with readers' comments, a weather bulletin,
ministry, state-information and university portals, a Moroccan regional paper, the Arabic
services of Chinese, Turkish, German and Iranian outlets, an aggregator, a print-edition
PDF turned into text, an AMP and a mobile scrape, an opinion column with its author box,
a Chadian and a Tunisian site, a Saudi broadcaster and a Lebanese political site.
The checks are the shared ones of goldset.py; this module adds the set's size, its share of
documents with nothing appended, and that it is kept apart from every earlier line-gold
set.
"""
from __future__ import annotations

import goldset
import pytest

HELDOUT7 = goldset.DATA / "heldout7"
EARLIER = [goldset.DATA / name for name in (
    "devset", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")]
RECORDS = goldset.load(HELDOUT7)
CUT_RECORDS = [r for r in RECORDS if r.get("cuts")]


def test_files_and_gold_match_one_to_one():
    goldset.check_files_match(HELDOUT7, RECORDS)


def test_set_size_and_no_appended_share():
    assert len(RECORDS) == 30
    assert [int(r["id"][:3]) for r in RECORDS] == list(range(700, 730))
    clean = [r["id"] for r in RECORDS if not goldset.appended(r)]
    assert len(clean) * 3 >= len(RECORDS), clean


def test_kept_apart_from_the_earlier_sets():
    goldset.check_kept_apart(HELDOUT7, RECORDS, 700, EARLIER)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record(rec: dict):
    goldset.check_record(HELDOUT7, rec)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_segments_round_trip(rec: dict):
    goldset.check_segments_round_trip(HELDOUT7, rec)


@pytest.mark.parametrize("rec", CUT_RECORDS, ids=[r["id"] for r in CUT_RECORDS])
def test_cuts(rec: dict):
    goldset.check_cuts(HELDOUT7, rec)
