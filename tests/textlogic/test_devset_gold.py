"""Internal consistency of the auto-split development set in tests/data/devset.

The set is line-level gold in the SCHEME.md section 4 format: one ``NNN_slug.txt`` per
document and one JSON object per document in ``gold.jsonl``.  These tests check only that
the committed files and their gold agree with each other and with the scheme; they say
nothing about any splitter.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from fasl.textlogic.zones import Zone

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset"
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
ZONES = {z.value for z in Zone}
KEYS = {"id", "sha256", "lines", "items", "note"}
OPTIONAL_KEYS = {"cuts"}
ID_RE = re.compile(r"^\d{3}_[a-z0-9_]+$")


def _load() -> list[dict]:
    out = []
    with open(DEVSET / "gold.jsonl", encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if raw.strip():
                rec = json.loads(raw)
                rec["_lineno"] = n
                out.append(rec)
    return out


RECORDS = _load()


def _text(rec: dict) -> str:
    return (DEVSET / f"{rec['id']}.txt").read_bytes().decode("utf-8")


def _is_blank(line: str) -> bool:
    return line.strip() == ""


def _appended(rec: dict) -> bool:
    zones = [z for z in rec["lines"] if z is not None]
    zones += [c[k] for c in rec.get("cuts", []) for k in ("before", "after")]
    return any(z in ZONES and not Zone(z).is_main for z in zones)


def test_files_and_gold_match_one_to_one():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)), "duplicate ids in gold.jsonl"
    stems = {p.stem for p in DEVSET.glob("*.txt")}
    assert set(ids) == stems
    assert ids == sorted(ids), "gold.jsonl is kept in id order"


def test_set_size_and_no_appended_share():
    assert len(RECORDS) >= 60
    clean = [r["id"] for r in RECORDS if not _appended(r)]
    assert len(clean) >= 10, clean


def test_real_samples_are_unchanged_copies():
    shipped = sorted(SAMPLES.glob("*.txt"))
    assert shipped, "resources/samples holds the three real articles"
    for p in shipped:
        assert (DEVSET / p.name).read_bytes() == p.read_bytes(), p.name


@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record(rec: dict):
    assert KEYS <= rec.keys() - {"_lineno"} <= KEYS | OPTIONAL_KEYS
    assert ID_RE.match(rec["id"]), rec["id"]
    note = rec["note"]
    assert isinstance(note, str) and note.strip() and "\n" not in note

    raw = (DEVSET / f"{rec['id']}.txt").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == rec["sha256"]
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    assert b"\r" not in raw, "LF line ends only"
    text = raw.decode("utf-8")
    lines = text.split("\n")
    zones, items = rec["lines"], rec["items"]
    assert len(zones) == len(items) == len(lines)

    seen_items: list[int] = []
    for i, (line, zone, item) in enumerate(zip(lines, zones, items, strict=True)):
        if _is_blank(line):
            assert zone is None, f"line {i} is whitespace-only but labelled {zone}"
            assert item is None, f"line {i} is whitespace-only but has item {item}"
            continue
        assert zone in ZONES, f"line {i}: unknown zone {zone!r}"
        if zone == "related":
            assert isinstance(item, int) and not isinstance(item, bool) and item > 0, (
                f"line {i}: related line needs a positive item, got {item!r}")
            if item not in seen_items:
                assert item == len(seen_items) + 1, f"line {i}: item {item} out of order"
                seen_items.append(item)
        else:
            assert item is None, f"line {i}: item {item} on a {zone} line"
    assert any(z is not None for z in zones), "a document with no labelled line"


@pytest.mark.parametrize("rec", [r for r in RECORDS if r.get("cuts")],
                         ids=[r["id"] for r in RECORDS if r.get("cuts")])
def test_cuts(rec: dict):
    lines = _text(rec).split("\n")
    cuts = rec["cuts"]
    assert cuts, "an empty cuts list is left out instead"
    keys = [(c["line"], c["char"]) for c in cuts]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    current: dict[int, str] = {}
    for c in cuts:
        assert set(c) == {"line", "char", "before", "after"}
        i, k = c["line"], c["char"]
        assert isinstance(i, int) and 0 <= i < len(lines)
        line = lines[i]
        assert rec["lines"][i] is not None, f"cut on whitespace-only line {i}"
        assert isinstance(k, int) and 0 < k < len(line), f"cut {c} outside line {i}"
        assert c["before"] in ZONES and c["after"] in ZONES and c["before"] != c["after"]
        assert c["before"] == current.get(i, rec["lines"][i]), (
            f"cut {c}: the line is {current.get(i, rec['lines'][i])} at that point")
        assert not line[k].isspace(), f"cut {c} starts the new zone on whitespace"
        assert line[:k].strip(), f"cut {c} leaves nothing of the first zone"
        current[i] = c["after"]
