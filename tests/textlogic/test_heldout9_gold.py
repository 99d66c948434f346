"""Internal consistency of the ninth line-gold held-out set in tests/data/heldout9.

Sets one to eight lean towards unusual page kinds (results tables, sermons, job ads,
podcast pages), so this set measures the ordinary case a reviewer meets most: mainstream
news stories (politics, economy, local affairs, health, sports, culture) scraped from
thirty outlets that no earlier set uses, across the Gulf, the Levant, Iraq, Egypt, Sudan,
Libya, the Maghreb and Yemen, plus the Arabic services of AFP, IRNA and Yeni Şafak.
They carry the everyday clutter: credit lines and credits glued to the lede, bylines and
dates in many forms, source and keyword lines, related items with headline and lead,
'related'/'most read' lists, share bars, app, Telegram and WhatsApp promos, comment
counters, copyright lines, cues glued to the last sentence and labels above the title;
eleven of the thirty have nothing appended.
It was written blind, to be scored once: without opening the splitter, its lexicons, its
tests or its benchmark output, and without running the splitter on it.
The checks are the shared ones of goldset.py; this module adds the set's size, its share of
documents with nothing appended, and that it is kept apart from every earlier line-gold
set.
"""
from __future__ import annotations

import goldset
import pytest

HELDOUT9 = goldset.DATA / "heldout9"
EARLIER = [goldset.DATA / name for name in (
    "devset", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
    "heldout7", "heldout8")]
RECORDS = goldset.load(HELDOUT9)
CUT_RECORDS = [r for r in RECORDS if r.get("cuts")]


def test_files_and_gold_match_one_to_one():
    goldset.check_files_match(HELDOUT9, RECORDS)


def test_set_size_and_no_appended_share():
    assert len(RECORDS) == 30
    assert [int(r["id"][:3]) for r in RECORDS] == list(range(900, 930))
    clean = [r["id"] for r in RECORDS if not goldset.appended(r)]
    assert len(clean) * 3 >= len(RECORDS), clean


def test_kept_apart_from_the_earlier_sets():
    goldset.check_kept_apart(HELDOUT9, RECORDS, 900, EARLIER)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record(rec: dict):
    goldset.check_record(HELDOUT9, rec)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_segments_round_trip(rec: dict):
    goldset.check_segments_round_trip(HELDOUT9, rec)


@pytest.mark.parametrize("rec", CUT_RECORDS, ids=[r["id"] for r in CUT_RECORDS])
def test_cuts(rec: dict):
    goldset.check_cuts(HELDOUT9, rec)
