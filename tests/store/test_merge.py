"""Merging stores: teammates' work comes in, nothing is duplicated or lost, errors roll back."""
from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from team_fixture import DOCS, review, write_docs

from fasl.store.db import open_store
from fasl.store.documents import ReviewState, get_document, query_ids
from fasl.store.entities import add_entity, get_entities
from fasl.store.errors import NewerStoreError, NotAStoreError, StoreError
from fasl.store.history import document_history
from fasl.store.importer import import_paths
from fasl.store.merge import MergeConflictError, merge_stores
from fasl.store.reviews import add_time, get_review, set_state
from fasl.store.segments import get_segments, save_segments
from fasl.textlogic.zones import Segment, Zone


def _store(path, docs_folder):
    db = open_store(path)
    import_paths(db, [docs_folder])
    return db


def _ids(db):
    return {row["name"]: row["id"] for row in db["documents"].rows}


def _copy(src, dest):
    """A teammate's copy of a store file, as if sent over (closed, checkpointed first)."""
    src_db = sqlite3.connect(src)
    dest_db = sqlite3.connect(dest)
    src_db.backup(dest_db)
    dest_db.close()
    src_db.close()
    return dest


def _work(db, reviewer):
    """{text sha: (segments, entity spans, review state)} - comparable across stores."""
    out = {}
    for row in db["documents"].rows:
        segs = [(s.start, s.end, str(s.label)) for s in get_segments(db, row["id"], reviewer)]
        ents = sorted((e.start, e.end, e.type, str(e.state))
                      for e in get_entities(db, row["id"], reviewer))
        out[row["text_sha256"]] = (segs, ents, str(get_review(db, row["id"], reviewer).state))
    return out


def _zones(db, doc_id, labels_at):
    """Segments cutting the document at the given (start, zone) pairs."""
    length = len(get_document(db, doc_id).text)
    cuts = [*labels_at, (length, None)]
    return [Segment(cuts[i][0], cuts[i + 1][0], Zone(cuts[i][1]), origin="human")
            for i in range(len(labels_at))]


@pytest.fixture
def two_machines(tmp_path, table_dump):
    """amal's store (3 documents) and badr's (the same 3 plus one only he imported)."""
    docs = write_docs(tmp_path / "docs")
    amal = _store(tmp_path / "amal.sqlite", docs)
    ids = _ids(amal)
    for name in DOCS:
        review(amal, ids[name], name, "amal", 0)
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "doc4.txt").write_text("خبرٌ 😀 جديد عن غزة\nنصه هنا", encoding="utf-8")
    badr = _store(tmp_path / "badr.sqlite", docs)
    import_paths(badr, [extra])
    bids = _ids(badr)
    for name in DOCS:
        review(badr, bids[name], name, "badr", 1)
    add_entity(badr, bids["doc4.txt"], "badr", 17, 20, "GPE", "غزة")
    amal.close()
    badr.close()
    return tmp_path / "amal.sqlite", tmp_path / "badr.sqlite"


def test_documents_matched_by_content_and_work_copied(two_machines, table_dump):
    amal_path, badr_path = two_machines
    before = open_store(amal_path)
    amal_work, auto_rows = _work(before, "amal"), before["segments"].count_where(
        "reviewer = 'auto'")
    before.close()
    badr = open_store(badr_path, readonly=True)
    badr_work = _work(badr, "badr")
    badr.close()

    [report] = merge_stores(amal_path, [badr_path])
    assert (report.documents_added, report.documents_matched) == (1, 3)
    assert report.conflicts == []
    assert report.rows["badr"]["entities"] == 4 + 1  # 3 on doc1, 1 on doc3, 1 on doc4
    assert report.rows["badr"]["reviews"] == 3
    assert "badr:" in report.summary() and "1 documents added" in report.summary()

    db = open_store(amal_path)
    assert db["documents"].count == 4
    amal_after = _work(db, "amal")
    assert {sha: amal_after[sha] for sha in amal_work} == amal_work  # her work untouched
    assert _work(db, "badr") == badr_work
    # Automatic zones: the new document's came along, the matched ones were not doubled.
    doc4 = _ids(db)["doc4.txt"]
    assert db["segments"].count_where("reviewer = 'auto'") == auto_rows + len(
        get_segments(db, doc4, "auto"))
    # The new document is searchable, emoji and tanween included.
    assert query_ids(db, "badr", search="خبر جديد") == [doc4]
    assert [h.action for h in document_history(db, doc4)][:2] == ["import", "add_entity"]
    dump = table_dump(db)
    db.close()

    [again] = merge_stores(amal_path, [badr_path])
    assert not again.changed and again.summary().endswith("nothing new")
    db = open_store(amal_path)
    assert table_dump(db) == dump
    db.close()


def test_merging_back_and_forth_converges(two_machines):
    amal_path, badr_path = two_machines
    merge_stores(amal_path, [badr_path])
    merge_stores(badr_path, [amal_path])
    a, b = open_store(amal_path), open_store(badr_path)
    try:
        for reviewer in ("amal", "badr"):
            assert _work(a, reviewer) == _work(b, reviewer)
        assert a["documents"].count == b["documents"].count == 4
        # Each machine imported the documents itself: only people's history is shared.
        hist = ("SELECT at, reviewer, action, detail FROM history "
                "WHERE reviewer NOT IN ('fasl', 'auto')")
        assert sorted(a.execute(hist).fetchall()) == sorted(b.execute(hist).fetchall())
    finally:
        a.close()
        b.close()


# doc2 is "عنوان\nفقرة أولى\nفقرة ثانية"; the fixture gave amal title + body on it.
LAPTOP = [(0, "title"), (6, "body"), (16, "boilerplate")]


def _shared_start(tmp_path):
    """amal's store, and the same file copied to her laptop."""
    docs = write_docs(tmp_path / "docs")
    desk = _store(tmp_path / "desk.sqlite", docs)
    ids = _ids(desk)
    review(desk, ids["doc2.txt"], "doc2.txt", "amal", 0, done=False)
    desk.close()
    return tmp_path / "desk.sqlite", _copy(tmp_path / "desk.sqlite", tmp_path / "laptop.sqlite")


def test_work_continued_on_one_machine_fast_forwards_without_conflict(tmp_path, table_dump):
    desk_path, laptop_path = _shared_start(tmp_path)
    laptop = open_store(laptop_path)
    doc2 = _ids(laptop)["doc2.txt"]
    save_segments(laptop, doc2, "amal", _zones(laptop, doc2, LAPTOP),
                  "laptop_edit")
    laptop.close()
    [report] = merge_stores(desk_path, [laptop_path])
    assert report.conflicts == [] and report.rows["amal"]["documents"] == 1
    desk = open_store(desk_path)
    assert [(s.start, str(s.label)) for s in get_segments(desk, doc2, "amal")] == LAPTOP
    # She goes on at the desk: the laptop's older version no longer wins anything.
    save_segments(desk, doc2, "amal", _zones(desk, doc2, [(0, "body")]), "desk_edit")
    dump = table_dump(desk)
    desk.close()
    [report] = merge_stores(desk_path, [laptop_path])
    assert report.conflicts == [] and not report.changed and report.kept_newer_target == 1
    desk = open_store(desk_path)
    assert table_dump(desk) == dump
    desk.close()


def test_same_reviewer_on_two_machines_keeps_the_newer_and_records_the_other(tmp_path,
                                                                            table_dump):
    desk_path, laptop_path = _shared_start(tmp_path)
    desk = open_store(desk_path)
    doc2 = _ids(desk)["doc2.txt"]
    save_segments(desk, doc2, "amal", _zones(desk, doc2, [(0, "body")]), "desk_edit")
    desk.close()
    laptop = open_store(laptop_path)
    save_segments(laptop, doc2, "amal", _zones(laptop, doc2, LAPTOP),
                  "laptop_edit")  # later than the desk's edit
    add_time(laptop, doc2, "amal", 30.0)
    laptop.close()

    [report] = merge_stores(desk_path, [laptop_path])
    [conflict] = report.conflicts
    assert (conflict.document, conflict.reviewer, conflict.kept) == ("doc2.txt", "amal", "source")
    assert conflict.source_latest > conflict.target_latest
    assert "kept the source's version" in report.summary()
    desk = open_store(desk_path)
    assert [str(s.label) for s in get_segments(desk, doc2, "amal")] == [
        "title", "body", "boilerplate"]
    history = document_history(desk, doc2)
    [record] = [h for h in history if h.action == "merge_conflict"]
    assert record.detail["kept"] == "source"
    assert [s["label"] for s in record.detail["discarded"]["segments"]] == ["body"]
    assert {"desk_edit", "laptop_edit"} <= {h.action for h in history}
    dump = table_dump(desk)
    desk.close()

    [again] = merge_stores(desk_path, [laptop_path])
    assert not again.changed
    desk = open_store(desk_path)
    assert table_dump(desk) == dump
    desk.close()


def test_conflict_where_the_target_is_newer_keeps_the_target(tmp_path):
    desk_path, laptop_path = _shared_start(tmp_path)
    laptop = open_store(laptop_path)
    doc2 = _ids(laptop)["doc2.txt"]
    save_segments(laptop, doc2, "amal", _zones(laptop, doc2, LAPTOP),
                  "laptop_edit")
    laptop.close()
    desk = open_store(desk_path)
    save_segments(desk, doc2, "amal", _zones(desk, doc2, [(0, "body")]), "desk_edit")
    desk.close()
    [report] = merge_stores(desk_path, [laptop_path])
    assert [c.kept for c in report.conflicts] == ["target"]
    desk = open_store(desk_path)
    assert [str(s.label) for s in get_segments(desk, doc2, "amal")] == ["body"]
    desk.close()
    [again] = merge_stores(desk_path, [laptop_path])
    assert again.conflicts == [] and not again.changed


def test_refusing_conflicts_leaves_the_target_untouched(tmp_path, table_dump):
    desk_path, laptop_path = _shared_start(tmp_path)
    laptop = open_store(laptop_path)
    ids = _ids(laptop)
    # Plenty that would be copied first (another reviewer) before the conflict is found.
    review(laptop, ids["doc1.txt"], "doc1.txt", "badr", 1)
    save_segments(laptop, ids["doc2.txt"], "amal",
                  _zones(laptop, ids["doc2.txt"], LAPTOP), "laptop_edit")
    laptop.close()
    desk = open_store(desk_path)
    save_segments(desk, ids["doc2.txt"], "amal", _zones(desk, ids["doc2.txt"], [(0, "body")]),
                  "desk_edit")
    dump = table_dump(desk)
    desk.close()
    with pytest.raises(MergeConflictError, match=r"laptop\.sqlite: 1 documents.*doc2\.txt "
                                                 r"\(amal\).*--on-conflict newer"):
        merge_stores(desk_path, [laptop_path], on_conflict="refuse")
    desk = open_store(desk_path)
    assert table_dump(desk) == dump
    desk.close()


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_bad_sources_are_refused_by_name_before_anything_is_merged(two_machines, tmp_path):
    amal_path, badr_path = two_machines
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database", encoding="utf-8")
    before = _sha(amal_path)
    with pytest.raises(NotAStoreError, match=r"notes\.sqlite"):
        merge_stores(amal_path, [badr_path, notes])
    foreign = tmp_path / "other-app.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    foreign_before = _sha(foreign)
    with pytest.raises(NotAStoreError, match=r"other-app\.sqlite: an SQLite database, but not"):
        merge_stores(amal_path, [foreign])
    assert _sha(foreign) == foreign_before
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    with pytest.raises(NotAStoreError, match=r"empty\.sqlite: an empty file"):
        merge_stores(amal_path, [empty])
    with pytest.raises(NotAStoreError, match="is a folder"):
        merge_stores(amal_path, [tmp_path])
    with pytest.raises(StoreError, match=r"missing\.sqlite: no such store"):
        merge_stores(amal_path, [tmp_path / "missing.sqlite"])
    with pytest.raises(StoreError, match="is the target store itself"):
        merge_stores(amal_path, [amal_path])
    assert _sha(amal_path) == before
    assert not (tmp_path / "new-target.sqlite").exists()
    with pytest.raises(NotAStoreError):
        merge_stores(tmp_path / "new-target.sqlite", [notes])
    assert not (tmp_path / "new-target.sqlite").exists()


def test_source_from_a_newer_fasl_is_refused_and_left_alone(two_machines):
    amal_path, badr_path = two_machines
    db = open_store(badr_path)
    with db.atomic():
        db["_sqlite_migrations"].insert({"migration_set": "fasl", "name": "0999_future",
                                         "applied_at": "2030-01-01"})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    source_before, target_before = _sha(badr_path), _sha(amal_path)
    with pytest.raises(NewerStoreError, match=r"badr\.sqlite.*newer version of fasl"):
        merge_stores(amal_path, [badr_path])
    assert (_sha(badr_path), _sha(amal_path)) == (source_before, target_before)


def test_new_document_with_a_taken_uid_gets_a_distinct_one(tmp_path):
    a_docs, b_docs = tmp_path / "a", tmp_path / "b"
    a_docs.mkdir()
    b_docs.mkdir()
    (a_docs / "same.txt").write_text("نص أول", encoding="utf-8")
    (b_docs / "same.txt").write_text("نص ثان مختلف", encoding="utf-8")
    _store(tmp_path / "a.sqlite", a_docs).close()
    _store(tmp_path / "b.sqlite", b_docs).close()
    [report] = merge_stores(tmp_path / "a.sqlite", [tmp_path / "b.sqlite"])
    assert report.documents_added == 1
    db = open_store(tmp_path / "a.sqlite")
    uids = sorted(row["uid"] for row in db["documents"].rows)
    db.close()
    assert uids[0] == "same" and uids[1].startswith("same~") and len(set(uids)) == 2


def test_several_sources_into_a_new_target(two_machines, tmp_path):
    amal_path, badr_path = two_machines
    seen = []
    reports = merge_stores(tmp_path / "team" / "all.sqlite", [amal_path, badr_path],
                           progress=lambda d, t, w: seen.append((d, t)))
    assert [(r.documents_added, r.documents_matched) for r in reports] == [(3, 0), (1, 3)]
    assert seen[-1] == (2, 2)
    db = open_store(tmp_path / "team" / "all.sqlite")
    assert db["documents"].count == 4
    assert {"amal", "badr"} <= {r["name"] for r in db["reviewers"].rows}
    db.close()


# -- property: any interleaving of edits on two machines --------------------------------------

ZONINGS = {"zones1": [(0, "title"), (6, "body")], "zones2": [(0, "body")],
           "zones3": [(0, "title"), (6, "body"), (16, "boilerplate")]}
EDIT = st.tuples(st.sampled_from(["desk", "laptop"]), st.sampled_from(["amal", "badr"]),
                 st.sampled_from([*ZONINGS, "entity", "done"]))


def _one(db, reviewer):
    doc2 = _ids(db)["doc2.txt"]
    segs = [(s.start, s.end, str(s.label)) for s in get_segments(db, doc2, reviewer)]
    ents = sorted((e.start, e.end, e.type) for e in get_entities(db, doc2, reviewer))
    return segs, ents, str(get_review(db, doc2, reviewer).state)


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(EDIT, max_size=6))
def test_any_edits_on_two_machines_merge_to_one_side_per_reviewer_and_settle(edits, table_dump):
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        desk_path, laptop_path = _shared_start(tmp)
        dbs = {"desk": open_store(desk_path), "laptop": open_store(laptop_path)}
        touched: dict[str, set[str]] = {"amal": set(), "badr": set()}
        for machine, reviewer, what in edits:
            db = dbs[machine]
            doc2 = _ids(db)["doc2.txt"]
            if what in ZONINGS:
                save_segments(db, doc2, reviewer, _zones(db, doc2, ZONINGS[what]), what)
            elif what == "entity":
                if not get_entities(db, doc2, reviewer):
                    add_entity(db, doc2, reviewer, 6, 10, "PERS", "فقرة")
            else:
                set_state(db, doc2, reviewer, ReviewState.DONE)
            touched[reviewer].add(machine)
        before = {m: {r: _one(db, r) for r in ("amal", "badr")} for m, db in dbs.items()}
        for db in dbs.values():
            db.close()

        merge_stores(desk_path, [laptop_path])
        desk = open_store(desk_path)
        for reviewer, machines in touched.items():
            after = _one(desk, reviewer)
            assert after in (before["desk"][reviewer], before["laptop"][reviewer])
            if machines == {"laptop"}:
                assert after == before["laptop"][reviewer]  # fast-forward
            elif machines == {"desk"}:
                assert after == before["desk"][reviewer]  # the target went further
        assert desk["documents"].count == 3
        dump = table_dump(desk)
        desk.close()
        [again] = merge_stores(desk_path, [laptop_path])
        assert not again.changed
        desk = open_store(desk_path)
        assert table_dump(desk) == dump
        desk.close()
