"""Internal consistency of the auto-split development set in tests/data/devset.

The checks themselves live in goldset.py and are shared with the held-out set
(test_heldout_sets_gold.py); this module adds what is particular to the dev set: its size and
that the three real sample articles are kept as unchanged copies.
"""
from __future__ import annotations

from pathlib import Path

import goldset
import pytest

DEVSET = goldset.DATA / "devset"
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
RECORDS = goldset.load(DEVSET)
CUT_RECORDS = [r for r in RECORDS if r.get("cuts")]


def test_files_and_gold_match_one_to_one():
    goldset.check_files_match(DEVSET, RECORDS)


def test_set_size_and_no_appended_share():
    assert len(RECORDS) >= 60
    clean = [r["id"] for r in RECORDS if not goldset.appended(r)]
    assert len(clean) >= 10, clean


def test_real_samples_are_unchanged_copies():
    shipped = sorted(SAMPLES.glob("*.txt"))
    assert shipped, "resources/samples holds the three real articles"
    for p in shipped:
        assert (DEVSET / p.name).read_bytes() == p.read_bytes(), p.name


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record(rec: dict):
    goldset.check_record(DEVSET, rec)


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_segments_round_trip(rec: dict):
    goldset.check_segments_round_trip(DEVSET, rec)


@pytest.mark.parametrize("rec", CUT_RECORDS, ids=[r["id"] for r in CUT_RECORDS])
def test_cuts(rec: dict):
    goldset.check_cuts(DEVSET, rec)
