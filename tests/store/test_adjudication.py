"""The gold annotation in the store: differences as data, one-transaction writes, history."""
from __future__ import annotations

import pytest

from fasl.store.adjudication import (
    GOLD_REVIEWER,
    GoldState,
    StartFrom,
    annotations,
    copy_to_gold,
    document_differences,
    get_gold,
    initial_gold,
    reviewers_of,
    shared_documents,
    write_gold,
)
from fasl.store.db import open_store
from fasl.store.entities import SpanError, add_entity, add_suggestions, get_entities
from fasl.store.history import document_history
from fasl.store.importer import import_paths
from fasl.store.segments import get_segments, save_segments
from fasl.textlogic.diff_annotations import Kind, Side, Span, take
from fasl.textlogic.zones import CoverageError, Segment, Zone

LINES = ["وزير الخارجية الروسي يزور موسكو 😀", "تاريخ النشر: اليوم",
         "قال سيرجي لافروف إن روسيا مستعدة للحوار.", "إقرأ أيضاً:", "خبر آخر"]
TEXT = "\n".join(LINES)


def at(n):
    return sum(len(line) + 1 for line in LINES[:n])


def word(w):
    start = TEXT.index(w)
    return start, start + len(w)


ZONES_A = [Segment(0, at(1), Zone.TITLE, origin="human"),
           Segment(at(1), at(2), Zone.DATELINE, origin="human"),
           Segment(at(2), at(3), Zone.BODY, origin="human"),
           Segment(at(3), len(TEXT), Zone.RELATED, 1, origin="human")]
ZONES_B = [ZONES_A[0], Segment(at(1), at(3), Zone.BODY, origin="human"), ZONES_A[3]]


@pytest.fixture
def doc(db, tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc_id = import_paths(db, [path]).imported[0]
    save_segments(db, doc_id, "mona", ZONES_A, "test")
    save_segments(db, doc_id, "sami", ZONES_B, "test")
    add_entity(db, doc_id, "mona", *word("روسيا"), "GPE", "روسيا")
    add_entity(db, doc_id, "sami", *word("روسيا"), "ORG", "روسيا")
    for reviewer in ("mona", "sami"):
        add_entity(db, doc_id, reviewer, *word("سيرجي لافروف"), "PERS", "سيرجي لافروف")
    add_suggestions(db, doc_id, "sami", [(*word("موسكو"), "GPE", "موسكو")])  # pending: ignored
    return doc_id


def test_differences_are_one_zone_run_and_one_entity_type(db, doc):
    found = document_differences(db, doc, "mona", "sami")
    assert [(d.kind, d.start, d.end) for d in found] == [
        (Kind.ZONE, at(1), at(2)), (Kind.ENTITY_TYPE, *word("روسيا"))]
    assert found[1].a_spans == (Span(*word("روسيا"), "GPE"),)
    assert shared_documents(db, "mona", "sami") == [(doc, "t.txt")]
    assert shared_documents(db, "mona", "nobody") == []


def test_copy_to_gold_is_one_transaction_with_history(db, doc):
    assert get_gold(db, doc) is None
    state = copy_to_gold(db, doc, "mona", "lina")
    assert get_gold(db, doc) == state
    assert get_segments(db, doc, GOLD_REVIEWER) == ZONES_A
    gold = get_entities(db, doc, GOLD_REVIEWER)
    assert {(e.start, e.end, e.type, e.surface) for e in gold} == {
        (*word("روسيا"), "GPE", "روسيا"), (*word("سيرجي لافروف"), "PERS", "سيرجي لافروف")}
    last = document_history(db, doc)[-1]
    assert (last.reviewer, last.action) == (GOLD_REVIEWER, "copy_to_gold")
    assert last.detail["adjudicator"] == "lina" and last.detail["from"] == "mona"
    assert last.detail["before"] is None and len(last.detail["after"]["entities"]) == 2


def test_agreed_start_keeps_only_shared_entities(db, doc):
    state = initial_gold(db, doc, "mona", "sami", StartFrom.AGREED)
    assert state.spans == (Span(*word("سيرجي لافروف"), "PERS"),)
    assert list(state.segments) == ZONES_A


def test_taking_b_then_undoing_restores_gold_and_keeps_entity_ids(db, doc):
    info = annotations(db, doc, "mona", "sami")
    start = initial_gold(db, doc, "mona", "sami", StartFrom.A)
    write_gold(db, doc, start, "start_gold", "lina")
    lavrov_id = next(e.id for e in get_entities(db, doc, GOLD_REVIEWER) if e.type == "PERS")
    state = start
    for diff in info.differences:
        zones, spans = take(state.segments, state.spans, diff, Side.B, info.zones_a,
                            info.zones_b)
        after = GoldState(tuple(zones), tuple(spans))
        write_gold(db, doc, after, "take_b", "lina", {"difference": diff.kind.value})
        state = after
    assert get_segments(db, doc, GOLD_REVIEWER) == ZONES_B
    gold = get_entities(db, doc, GOLD_REVIEWER)
    assert {(e.start, e.end, e.type) for e in gold} == {
        (*word("روسيا"), "ORG"), (*word("سيرجي لافروف"), "PERS")}
    assert next(e.id for e in gold if e.type == "PERS") == lavrov_id  # untouched: same row
    # undo is a write of the state before
    write_gold(db, doc, start, "undo:take_b", "lina")
    assert get_gold(db, doc) == start
    write_gold(db, doc, None, "undo:start_gold", "lina")
    assert get_gold(db, doc) is None
    assert get_entities(db, doc, GOLD_REVIEWER) == []
    actions = [h.action for h in document_history(db, doc) if h.reviewer == GOLD_REVIEWER]
    assert actions == ["start_gold", "take_b", "take_b", "undo:take_b", "undo:start_gold"]


def test_bad_gold_is_refused_and_nothing_is_written(db, doc, table_dump):
    copy_to_gold(db, doc, "mona", "lina")
    before = table_dump(db)
    with pytest.raises(CoverageError):
        write_gold(db, doc, GoldState((Segment(0, 3, Zone.BODY),), ()), "x", "lina")
    crossing = (Span(0, 6, "OCC"), Span(4, 10, "GPE"))
    with pytest.raises(SpanError, match="cross"):
        write_gold(db, doc, GoldState(tuple(ZONES_A), crossing), "x", "lina")
    with pytest.raises(SpanError, match="outside"):
        write_gold(db, doc, GoldState(tuple(ZONES_A), (Span(0, len(TEXT) + 1, "X"),)), "x", "l")
    assert table_dump(db) == before


def test_a_second_connection_sees_gold(db, doc, db_path):
    copy_to_gold(db, doc, "sami", "lina")
    other = open_store(db_path)
    try:
        assert get_segments(other, doc, GOLD_REVIEWER) == ZONES_B
    finally:
        other.close()


def test_reviewers_of_a_document_most_work_first_without_gold(db, doc):
    add_entity(db, doc, "sami", 0, 4, "OCC", "وزير")
    add_entity(db, doc, "sami", *word("موسكو"), "GPE", "موسكو")  # sami: 1 more row than mona
    copy_to_gold(db, doc, "mona", "lina")
    assert reviewers_of(db, doc) == ["sami", "mona"]
    assert reviewers_of(db) == ["sami", "mona"]
    assert reviewers_of(db, doc + 1) == []
