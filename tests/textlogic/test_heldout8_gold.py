"""Internal consistency of the eighth line-gold held-out set in tests/data/heldout8.

The devset and held-out sets one to seven have all been read while the splitter was tuned,
or will be once their results are looked at, so a fresh set is needed to show how it
generalises.  This set was written blind: without opening the splitter, its lexicons, its
tests or its benchmark output, and without running the splitter on it.  Its outlets and
page kinds are ones none of the earlier sets uses: court and crime reports from Egypt,
Algeria and Libya, football results pages with scorers from Qatar and Tunisia, a Saudi
stock-market close and a Syrian currency page, a company press release, ICRC and UNHCR
statements, a UAE Friday sermon, a Lebanese horoscope page, an Omani TV schedule, Egyptian
celebrity news with readers' comments, a job ad, a real-estate listing, a travel guide, a
Sudanese exam-results story, a Moroccan public-jobs page, a product review with an author
box, a municipal notice, a breaking-news ticker, a Gaza photo gallery, an Iraqi video page,
a podcast episode page, a Yemeni story with a share bar glued to its lede, an Iranian page
scraped without line breaks, a Mauritanian story with comments in Hassaniya, a Turkish
interview and a Kuwaiti literary essay with poetry.
The checks are the shared ones of goldset.py; this module adds the set's size, its share of
documents with nothing appended, and that it is kept apart from every earlier line-gold
set.
"""
from __future__ import annotations

import goldset
import pytest

HELDOUT8 = goldset.DATA / "heldout8"
EARLIER = [goldset.DATA / name for name in (
    "devset", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
    "heldout7")]
RECORDS = goldset.load(HELDOUT8)
CUT_RECORDS = [r for r in RECORDS if r.get("cuts")]


def test_files_and_gold_match_one_to_one():
    goldset.check_files_match(HELDOUT8, RECORDS)


def test_set_size_and_no_appended_share():
    assert len(RECORDS) == 30
    assert [int(r["id"][:3]) for r in RECORDS] == list(range(800, 830))
    clean = [r["id"] for r in RECORDS if not goldset.appended(r)]
    assert len(clean) * 3 >= len(RECORDS), clean


def test_kept_apart_from_the_earlier_sets():
    goldset.check_kept_apart(HELDOUT8, RECORDS, 800, EARLIER)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record(rec: dict):
    goldset.check_record(HELDOUT8, rec)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_segments_round_trip(rec: dict):
    goldset.check_segments_round_trip(HELDOUT8, rec)


@pytest.mark.parametrize("rec", CUT_RECORDS, ids=[r["id"] for r in CUT_RECORDS])
def test_cuts(rec: dict):
    goldset.check_cuts(HELDOUT8, rec)
