"""Internal consistency of the held-out line-gold sets, tests/data/heldout to heldout17.

Each set was written blind to measure how the auto-splitter generalises to sites it never
saw (each folder's README.md says by whom, from which outlets and page kinds, and whether
the splitter has since been tuned on it).  The record checks are goldset.py's, shared with
the dev set; this module adds, per set, its size and id range, its share of documents with
nothing appended (the pages that must not be cut), and that it shares no id, text or long
line with the dev set or any earlier held-out set.
"""
from __future__ import annotations

from dataclasses import dataclass

import goldset
import pytest


@dataclass(frozen=True)
class HeldOut:
    name: str
    first_id: int
    size: int  # how many documents: at least, for the first three sets; exactly, after
    min_clean: int  # documents with nothing appended, at least
    also: range = range(0)  # a second run of ids, for a set that fills two free gaps

    @property
    def folder(self):
        return goldset.DATA / self.name

    @property
    def ids(self) -> list[int]:
        """The ids of a set written with ids in a row: from first_id on, then ``also``."""
        first_run = range(self.first_id, self.first_id + self.size - len(self.also))
        return [*first_run, *self.also]


SETS = [
    HeldOut("heldout", 100, 40, 12),
    HeldOut("heldout2", 200, 45, 15),
    HeldOut("heldout3", 300, 45, 15),
    *(HeldOut(f"heldout{n}", n * 100, 30, 10) for n in range(4, 10)),
    HeldOut("heldout10", 950, 30, 10),
    HeldOut("heldout11", 730, 30, 10),
    HeldOut("heldout12", 760, 30, 10),
    HeldOut("heldout13", 930, 30, 10, also=range(980, 990)),
    HeldOut("heldout14", 830, 30, 10),
    HeldOut("heldout15", 430, 30, 10),
    HeldOut("heldout16", 660, 30, 10),
    HeldOut("heldout17", 560, 30, 10),
]
RECORDS = {s.name: goldset.load(s.folder) for s in SETS}
EACH = [pytest.param(s, id=s.name) for s in SETS]
EACH_RECORD = [pytest.param(s, rec, id=f"{s.name}/{rec['id']}")
               for s in SETS for rec in RECORDS[s.name]]
EACH_CUT = [p for p in EACH_RECORD if p.values[1].get("cuts")]


@pytest.mark.parametrize("heldout", EACH)
def test_files_and_gold_match_one_to_one(heldout: HeldOut) -> None:
    goldset.check_files_match(heldout.folder, RECORDS[heldout.name])


@pytest.mark.parametrize("heldout", EACH)
def test_set_size_and_no_appended_share(heldout: HeldOut) -> None:
    records = RECORDS[heldout.name]
    ids = [int(r["id"][:3]) for r in records]
    if heldout.first_id >= 400:  # thirty documents with ids in a row (or in two runs)
        assert ids == heldout.ids
    else:
        assert len(records) >= heldout.size
    clean = [r["id"] for r in records if not goldset.appended(r)]
    assert len(clean) >= heldout.min_clean, clean


@pytest.mark.parametrize("heldout", EACH)
def test_kept_apart_from_the_earlier_sets(heldout: HeldOut) -> None:
    earlier = [goldset.DATA / "devset"] + [s.folder for s in SETS[:SETS.index(heldout)]]
    goldset.check_kept_apart(heldout.folder, RECORDS[heldout.name], heldout.first_id, earlier)


@pytest.mark.parametrize(("heldout", "rec"), EACH_RECORD)
def test_record(heldout: HeldOut, rec: dict) -> None:
    goldset.check_record(heldout.folder, rec)


@pytest.mark.parametrize(("heldout", "rec"), EACH_RECORD)
def test_segments_round_trip(heldout: HeldOut, rec: dict) -> None:
    goldset.check_segments_round_trip(heldout.folder, rec)


@pytest.mark.parametrize(("heldout", "rec"), EACH_CUT)
def test_cuts(heldout: HeldOut, rec: dict) -> None:
    goldset.check_cuts(heldout.folder, rec)
