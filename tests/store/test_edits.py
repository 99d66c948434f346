"""Reviewer edits: segments per reviewer, review state, time, history, search and order."""
from __future__ import annotations

import sqlite3

import pytest

from fasl.store.db import open_store
from fasl.store.documents import Order, ReviewState, get_document, get_summaries, query_ids
from fasl.store.errors import StoreError
from fasl.store.history import document_history
from fasl.store.importer import import_paths
from fasl.store.reviewers import ensure_reviewer, list_reviewers
from fasl.store.reviews import add_time, get_review, progress, set_state
from fasl.store.segments import get_segments, has_own_segments, save_segments
from fasl.textlogic.zones import CoverageError, Segment, Zone


@pytest.fixture
def doc_id(db, samples_dir):
    report = import_paths(db, [samples_dir])
    return report.imported[0]


def test_reviewer_gets_own_copy_on_first_edit_and_auto_stays(db, doc_id):
    ensure_reviewer(db, "salma")
    auto = get_segments(db, doc_id, "auto")
    assert get_segments(db, doc_id, "salma") == auto
    length = len(get_document(db, doc_id).text)
    mine = [Segment(0, 10, Zone.TITLE, origin="human"), Segment(10, length, Zone.BODY)]
    save_segments(db, doc_id, "salma", mine, "test_edit")
    assert get_segments(db, doc_id, "salma") == mine
    assert get_segments(db, doc_id, "auto") == auto
    assert has_own_segments(db, doc_id, "salma")
    assert get_review(db, doc_id, "salma").state is ReviewState.IN_PROGRESS


def test_edit_is_on_disk_without_any_save_step(db_path, db, doc_id):
    ensure_reviewer(db, "salma")
    length = len(get_document(db, doc_id).text)
    mine = [Segment(0, 5, Zone.TITLE), Segment(5, length, Zone.BODY)]
    save_segments(db, doc_id, "salma", mine, "test_edit")
    other = open_store(db_path)
    assert get_segments(other, doc_id, "salma") == mine


def test_a_segmentation_that_does_not_tile_the_text_is_refused_and_nothing_written(db, doc_id):
    ensure_reviewer(db, "salma")
    before = len(document_history(db, doc_id))
    with pytest.raises(CoverageError):
        save_segments(db, doc_id, "salma", [Segment(0, 5, Zone.TITLE)], "broken")
    assert not has_own_segments(db, doc_id, "salma")
    assert len(document_history(db, doc_id)) == before


def test_every_edit_leaves_an_attributed_history_row(db, doc_id):
    ensure_reviewer(db, "salma")
    length = len(get_document(db, doc_id).text)
    save_segments(db, doc_id, "salma", [Segment(0, length, Zone.BODY)], "merge_all")
    set_state(db, doc_id, "salma", ReviewState.FLAGGED, note="عنوان مفقود")
    set_state(db, doc_id, "salma", ReviewState.DONE)
    entries = document_history(db, doc_id)
    assert [(e.action, e.reviewer) for e in entries] == [
        ("import", "fasl"), ("merge_all", "salma"), ("set_state", "salma"),
        ("set_state", "salma")]
    assert entries[1].detail["after"] == [{"start": 0, "end": length, "label": "body",
                                           "item": None, "confidence": 1.0, "origin": "auto"}]
    assert entries[2].detail == {"before": "in_progress", "after": "flagged",
                                 "note": "عنوان مفقود"}
    assert all(e.at for e in entries)


def test_history_is_append_only(db, doc_id):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        with db.atomic():
            db.execute("DELETE FROM history")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        with db.atomic():
            db.execute("UPDATE history SET reviewer = 'someone else'")


def test_review_state_note_time_and_progress(db, doc_id):
    ensure_reviewer(db, "salma")
    assert progress(db, "salma") == (0, 3)
    set_state(db, doc_id, "salma", ReviewState.DONE)
    add_time(db, doc_id, "salma", 12.5)
    add_time(db, doc_id, "salma", 7.5)
    review = get_review(db, doc_id, "salma")
    assert (review.state, review.seconds) == (ReviewState.DONE, 20.0)
    assert progress(db, "salma") == (1, 3)
    assert progress(db, "karim") == (0, 3)


def test_reviewer_names(db):
    assert ensure_reviewer(db, "  سلمى ") == "سلمى"
    for bad in ("", "   ", "auto", "fasl"):
        with pytest.raises(StoreError):
            ensure_reviewer(db, bad)
    assert list_reviewers(db) == ["سلمى"]


@pytest.mark.parametrize("query", ["لافروف", "لَافْرُوف", "لافـــروف", "الخارجيه", "إلى وقف",
                                   "الي وقف", "الولايات", "October"])
def test_search_ignores_tashkeel_hamza_tatweel_and_persian_letters(db, samples_dir, query):
    import_paths(db, [samples_dir])
    assert query_ids(db, "salma", search=query), query


def test_search_narrows_and_prefix_matches(db, samples_dir):
    import_paths(db, [samples_dir])
    all_ids = query_ids(db, "salma")
    assert len(all_ids) == 3
    only_002 = query_ids(db, "salma", search="مراكش")
    assert len(only_002) == 1
    assert query_ids(db, "salma", search="مراك") == only_002
    assert query_ids(db, "salma", search="كلمةغيرموجودة") == []
    assert query_ids(db, "salma", search='"؟!') == []


def test_state_filter_and_confidence_order(db, samples_dir):
    ids = import_paths(db, [samples_dir]).imported
    set_state(db, ids[1], "salma", ReviewState.DONE)
    assert query_ids(db, "salma", state=ReviewState.DONE) == [ids[1]]
    assert set(query_ids(db, "salma", state=ReviewState.NEW)) == {ids[0], ids[2]}
    ordered = query_ids(db, "salma", order=Order.CONFIDENCE)
    summaries = get_summaries(db, ordered, "salma")
    confidences = [summaries[i].min_confidence for i in ordered]
    assert confidences == sorted(confidences)


def test_summaries_name_state_reviewers_and_zones(db, samples_dir):
    ids = import_paths(db, [samples_dir]).imported
    ensure_reviewer(db, "salma")
    set_state(db, ids[0], "salma", ReviewState.FLAGGED, note="؟")
    summary = get_summaries(db, ids, "salma")[ids[0]]
    assert summary.state is ReviewState.FLAGGED
    assert summary.reviewers == ("salma",)
    assert summary.flag_note == "؟"
    assert "body" in summary.zone_summary
    assert summary.name.endswith(".txt")


def test_every_filter_and_order_matches_the_summaries(db, samples_dir):
    """query_ids joins only what it needs; the answer is still every filter and order."""
    ids = import_paths(db, [samples_dir]).imported
    set_state(db, ids[0], "salma", ReviewState.DONE)
    set_state(db, ids[2], "salma", ReviewState.FLAGGED, note="x")
    summaries = get_summaries(db, ids, "salma")
    names = {i: get_document(db, i).name for i in ids}
    keys = {Order.NAME: lambda i: (names[i], i), Order.IMPORTED: lambda i: i,
            Order.CONFIDENCE: lambda i: (1.0 if summaries[i].min_confidence is None
                                         else summaries[i].min_confidence, names[i], i)}
    for state in (None, *ReviewState):
        wanted = [i for i in ids if state is None or summaries[i].state is state]
        for order, key in keys.items():
            assert query_ids(db, "salma", state=state, order=order) == sorted(wanted, key=key)


def test_add_times_writes_several_documents_at_once(db, samples_dir):
    from fasl.store.reviews import add_times

    ids = import_paths(db, [samples_dir]).imported
    ensure_reviewer(db, "salma")
    add_time(db, ids[0], "salma", 1.5)
    add_times(db, "salma", {ids[0]: 2.0, ids[1]: 0.5, ids[2]: 0.0})
    assert [get_review(db, i, "salma").seconds for i in ids] == [3.5, 0.5, 0.0]
