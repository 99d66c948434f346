"""Consistency checks shared by the line-gold sets under tests/data (dev and held-out).

Each set is a folder of ``NNN_slug.txt`` documents plus ``gold.jsonl`` in the SCHEME.md
section 4 format.  The checks say only that the committed files and their gold agree with
each other and with the scheme; they say nothing about any splitter.  The test modules
for each set call these functions, so the two sets cannot drift to different rules.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from fasl.textlogic.linegold import gold_to_segments, segments_to_lines
from fasl.textlogic.zones import Zone

DATA = Path(__file__).resolve().parents[1] / "data"
ZONES = {z.value for z in Zone}
KEYS = {"id", "sha256", "lines", "items", "note"}
OPTIONAL_KEYS = {"cuts"}
ID_RE = re.compile(r"^\d{3}_[a-z0-9_]+$")


def load(folder: Path) -> list[dict]:
    """The records of ``folder/gold.jsonl`` in file order, each with its ``_lineno``."""
    out = []
    with open(folder / "gold.jsonl", encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if raw.strip():
                rec = json.loads(raw)
                rec["_lineno"] = n
                out.append(rec)
    return out


def text(folder: Path, rec: dict) -> str:
    return (folder / f"{rec['id']}.txt").read_bytes().decode("utf-8")


def _is_blank(line: str) -> bool:
    return line.strip() == ""


def appended(rec: dict) -> bool:
    """Whether the gold marks anything (a line or an in-line part) as appended."""
    zones = [z for z in rec["lines"] if z is not None]
    zones += [c[k] for c in rec.get("cuts", []) for k in ("before", "after")]
    return any(z in ZONES and not Zone(z).is_main for z in zones)


def check_files_match(folder: Path, records: list[dict]) -> None:
    """One gold record per ``.txt`` file and back, ids unique and in order."""
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids in gold.jsonl"
    stems = {p.stem for p in folder.glob("*.txt")}
    assert set(ids) == stems, (sorted(set(ids) ^ stems))
    assert ids == sorted(ids), "gold.jsonl is kept in id order"


def check_record(folder: Path, rec: dict) -> None:
    """Keys, hash, encoding, line count, zone names and related-item numbering of one record."""
    assert KEYS <= rec.keys() - {"_lineno"} <= KEYS | OPTIONAL_KEYS
    assert ID_RE.match(rec["id"]), rec["id"]
    note = rec["note"]
    assert isinstance(note, str) and note.strip() and "\n" not in note

    raw = (folder / f"{rec['id']}.txt").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == rec["sha256"]
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    assert b"\r" not in raw, "LF line ends only"
    lines = raw.decode("utf-8").split("\n")
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


def check_cuts(folder: Path, rec: dict) -> None:
    """In-line boundaries: ordered, inside their line, chained zone to zone, not on spaces."""
    lines = text(folder, rec).split("\n")
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


def check_kept_apart(folder: Path, records: list[dict], first_id: int,
                     others: list[Path]) -> None:
    """A later set shares no id range, text or long line (over 80 characters) with ``others``.

    A held-out set measures generalisation only while none of its documents was already
    seen, so a reused text or a copied paragraph from an earlier set fails here.
    """
    assert all(int(r["id"][:3]) >= first_id for r in records), f"ids start at {first_id}"
    for other in others:
        old = load(other)
        assert not {r["id"][:3] for r in records} & {r["id"][:3] for r in old}, other.name
        assert not {r["sha256"] for r in records} & {r["sha256"] for r in old}, (
            f"a text of {other.name} reused")
        old_lines = {ln.strip() for r in old for ln in text(other, r).split("\n")
                     if len(ln.strip()) > 80}
        shared = [(r["id"], ln[:40]) for r in records for ln in text(folder, r).split("\n")
                  if ln.strip() in old_lines]
        assert not shared, (other.name, shared)


def check_segments_round_trip(folder: Path, rec: dict) -> None:
    """The gold read as character segments gives back the same per-line zones and items.

    This is the rule the benchmark relies on: a line cut inside is labelled with the zone
    of the segment holding its first non-space character, and items follow the lines.
    """
    doc = text(folder, rec)
    segments = gold_to_segments(doc, rec)
    assert segments[0].start == 0 and segments[-1].end == len(doc)
    assert all(a.end == b.start for a, b in zip(segments, segments[1:], strict=False))
    lines, items = segments_to_lines(doc, segments)
    assert lines == rec["lines"]
    assert items == rec["items"]
