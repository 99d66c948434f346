"""Import back: fasl's jsonl and brat exports come back whole, and export again to the same bytes."""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_export_helpers import RICH_TEXT, Doc, build_samples_store, build_store

from fasl.store.db import open_store
from fasl.store.entities import crosses
from fasl.store.export import export
from fasl.store.importer import import_paths
from fasl.store.reimport import is_brat_folder, is_fasl_jsonl
from fasl.store.reviews import get_review
from fasl.textlogic.zones import Segment, Zone


def _tree(path: Path) -> dict[str, bytes]:
    if path.is_file():
        return {"": path.read_bytes()}
    return {p.name: p.read_bytes() for p in sorted(path.iterdir())}


def _round_trip(db, fmt: str, work: Path, **options) -> tuple[dict, dict, object]:
    first = work / f"first.{fmt}"
    export(db, fmt, first, **options)
    again = open_store(work / f"again-{fmt}.sqlite")
    report = import_paths(again, [first])
    assert report.problems == []
    second = work / f"second.{fmt}"
    export(again, fmt, second, **options)
    return _tree(first), _tree(second), again


@pytest.fixture(scope="module")
def samples_store(tmp_path_factory):
    built = build_samples_store(tmp_path_factory.mktemp("rt") / "store.sqlite")
    yield built
    built.db.close()


@pytest.mark.parametrize("fmt", ["jsonl", "brat"])
def test_samples_round_trip_byte_identical(tmp_path, samples_store, fmt):
    first, second, again = _round_trip(samples_store.db, fmt, tmp_path)
    assert first == second
    assert len(first) >= 1
    # The reviewer's work is really in the new store, not only in the files.
    rich = again.execute("SELECT id FROM documents WHERE uid = 'rich'").fetchone()[0]
    assert get_review(again, rich, "ann").note == "checked twice"
    assert again.execute("SELECT count(*) FROM entities WHERE reviewer = 'ann' AND doc_id = ?",
                         [rich]).fetchone()[0] == 7
    again.close()


@pytest.mark.parametrize("fmt", ["jsonl", "brat"])
def test_all_states_and_human_zones_round_trip(tmp_path, fmt):
    text = "\nعنوان 😀\n\nمتن مُشَكَّل\x85سطر\nإقرأ أيضاً: آخر\n"
    segments = [Segment(0, 9, Zone.TITLE, None, 1.0, "human"),
                Segment(9, 28, Zone.BODY, None, 0.61234, "auto"),
                Segment(28, len(text), Zone.RELATED, 2, 1.0, "human")]
    docs = [Doc(text, [(1, 6, "MISC"), (15, 23, "PERS")], segments, state="flagged",
                note="انظر"), Doc("نص لم يفتح", state="new"), Doc(RICH_TEXT)]
    built = build_store(tmp_path / "s.sqlite", docs)
    first, second, again = _round_trip(built.db, fmt, tmp_path, states=None)
    assert first == second
    again.close()


def test_exports_are_recognised(tmp_path, samples_store):
    export(samples_store.db, "jsonl", tmp_path / "a.jsonl")
    export(samples_store.db, "brat", tmp_path / "b")
    export(samples_store.db, "spacy", tmp_path / "c.jsonl")
    assert is_fasl_jsonl(tmp_path / "a.jsonl") and is_brat_folder(tmp_path / "b")
    assert not is_fasl_jsonl(tmp_path / "c.jsonl") and not is_brat_folder(tmp_path)


def test_importing_twice_counts_duplicates_and_changes_nothing(tmp_path, samples_store,
                                                                table_dump):
    export(samples_store.db, "jsonl", tmp_path / "a.jsonl")
    db = open_store(tmp_path / "new.sqlite")
    assert len(import_paths(db, [tmp_path / "a.jsonl"]).imported) == 4
    before = table_dump(db)
    report = import_paths(db, [tmp_path / "a.jsonl"])
    assert (report.imported, report.duplicates, report.problems) == ([], 4, [])
    assert table_dump(db) == before


def test_never_overwrites_other_work_on_the_same_text(tmp_path, samples_store):
    export(samples_store.db, "jsonl", tmp_path / "a.jsonl", ids=["rich"])
    db = build_store(tmp_path / "mine.sqlite", [Doc(RICH_TEXT, [(4, 12, "ORG")])]).db
    report = import_paths(db, [tmp_path / "a.jsonl"])
    assert report.imported == [] and len(report.problems) == 1
    assert "already has different work" in report.problems[0].reason
    assert db.execute("SELECT type FROM entities").fetchall() == [("ORG",)]


def test_adds_a_new_reviewers_work_to_a_known_text(tmp_path, samples_store):
    export(samples_store.db, "jsonl", tmp_path / "a.jsonl", ids=["rich"])
    db = build_store(tmp_path / "other.sqlite", [Doc(RICH_TEXT, [(4, 12, "ORG")])],
                     reviewer="bob").db
    report = import_paths(db, [tmp_path / "a.jsonl"])
    assert (report.imported, report.duplicates, report.problems) == ([], 1, [])
    rows = db.execute("SELECT reviewer, count(*) FROM entities GROUP BY reviewer").fetchall()
    assert rows == [("ann", 7), ("bob", 1)]


def test_bad_records_are_reported_and_the_rest_imported(tmp_path, samples_store):
    export(samples_store.db, "jsonl", tmp_path / "a.jsonl")
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    broken = json.loads(lines[0])
    broken["entities"].append({"start": 0, "end": 5, "type": "X", "text": "wrong"})
    crossing = json.loads(lines[1])
    crossing["entities"] = [{"start": 0, "end": 5, "type": "A"}, {"start": 3, "end": 8,
                                                                  "type": "B"}]
    gap = json.loads(lines[2])
    gap["zones"] = gap["zones"][1:]
    (tmp_path / "bad.jsonl").write_text("\n".join(
        [json.dumps(broken), json.dumps(crossing), json.dumps(gap), "{not json", lines[3]])
        + "\n", encoding="utf-8")
    db = open_store(tmp_path / "new.sqlite")
    report = import_paths(db, [tmp_path / "bad.jsonl"])
    assert len(report.imported) == 1
    reasons = [str(p) for p in report.problems]
    assert [r.split(": ", 1)[0] for r in reasons] == [f"{tmp_path / 'bad.jsonl'}:{n}"
                                                      for n in (1, 2, 3, 4)]
    assert "says 'wrong'" in reasons[0] and "crosses" in reasons[1]
    assert "zones" in reasons[2] and "JSON" in reasons[3]


def test_brat_edited_by_hand_is_checked_against_the_text(tmp_path, samples_store):
    export(samples_store.db, "brat", tmp_path / "b", ids=["rich"])
    ann = tmp_path / "b" / "rich.ann"
    lines = ann.read_text(encoding="utf-8").splitlines()
    entity = next(i for i, line in enumerate(lines) if "\tPERS " in line)
    tid, head, _ = lines[entity].split("\t")
    lines[entity] = f"{tid}\t{head}\tsomething else"
    ann.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = open_store(tmp_path / "new.sqlite")
    report = import_paths(db, [tmp_path / "b"])
    assert report.imported == [] and "says 'something else'" in report.problems[0].reason
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def test_brat_folder_from_elsewhere_imports_entities(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    text = "زار لافروف موسكو\n"
    (folder / "a1.txt").write_text(text, encoding="utf-8")
    (folder / "a1.ann").write_text("T1\tPERS 4 10\tلافروف\nT2\tLOC 11 16\tموسكو\n"
                                   "R1\tIn Arg1:T1 Arg2:T2\n", encoding="utf-8")
    (folder / "annotation.conf").write_text("[entities]\nPERS\nLOC\n", encoding="utf-8")
    db = open_store(tmp_path / "s.sqlite")
    report = import_paths(db, [folder])
    assert len(report.imported) == 1 and report.problems == []
    assert db.execute("SELECT reviewer, start, end, type FROM entities ORDER BY start"
                      ).fetchall() == [("brat", 4, 10, "PERS"), ("brat", 11, 16, "LOC")]


# -- property: export -> import -> export is identical --------------------------------------

_CHARS = st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهوية") + ["\u064e", "\u0651", "\u064b",
                         " ", " ", "\n", "\n\n", ".", "،", "😀", "👍🏽", "\x85", "\t", "a", "7"])


@st.composite
def annotated_texts(draw):
    text = "".join(draw(st.lists(_CHARS, min_size=3, max_size=60)))
    if not text.strip():
        text = "نص" + text
    n = len(text)
    cuts = sorted(set(draw(st.lists(st.integers(1, n - 1), max_size=5)))) if n > 1 else []
    bounds = [0, *cuts, n]
    segments = []
    for a, b in zip(bounds, bounds[1:]):
        zone = draw(st.sampled_from(list(Zone)))
        segments.append(Segment(a, b, zone, draw(st.integers(1, 3)) if zone == Zone.RELATED
                                else None, draw(st.sampled_from([1.0, 0.5, 0.8765])),
                                draw(st.sampled_from(["auto", "human"]))))
    spans: list[tuple[int, int, str]] = []
    for start, length in draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(1, 12)),
                                       max_size=6)):
        span = (start, min(n, start + length))
        if all(not crosses(span, s[:2]) and span != s[:2] for s in spans):
            spans.append((*span, draw(st.sampled_from(["PERS", "GPE", "ORG"]))))
    return Doc(text, spans, segments, state=draw(st.sampled_from(["done", "flagged"])),
               note=draw(st.sampled_from(["", "ملاحظة"])))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(annotated_texts(), min_size=1, max_size=3, unique_by=lambda d: d.text))
def test_property_export_import_export_is_identical(docs):
    work = Path(tempfile.mkdtemp(prefix="fasl-rt-"))
    try:
        built = build_store(work / "s.sqlite", docs)
        for fmt in ("jsonl", "brat"):
            first, second, again = _round_trip(built.db, fmt, work, states=None)
            again.close()
            assert first == second, fmt
        built.db.close()
    finally:
        shutil.rmtree(work)


def test_brat_file_names_are_safe_and_unique_but_ids_survive(tmp_path):
    from fasl.store.export.brat import file_stem

    taken: set[str] = set()
    assert [file_stem(u, taken) for u in ["a/b", "A/B", ".hidden", "annotation", "ok"]] == [
        "a_b", "A_B~2", "hidden", "annotation~2", "ok"]
    docs = [Doc("نص أول للتجربة", uid="news/1"), Doc("نص ثان للتجربة", uid="NEWS/1")]
    built = build_store(tmp_path / "s.sqlite", docs)
    first, second, again = _round_trip(built.db, "brat", tmp_path)
    assert first == second and {"news_1.txt", "NEWS_1~2.txt"} <= set(first)
    assert [r[0] for r in again.execute("SELECT uid FROM documents ORDER BY id")] == [
        "news/1", "NEWS/1"]
    again.close()
