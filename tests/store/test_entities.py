"""Entity spans: nesting allowed, crossing refused, suggestions, history, learned strings."""
from __future__ import annotations

import pytest

from fasl.store.db import open_store
from fasl.store.entities import (
    EntityOrigin,
    EntityState,
    SpanError,
    add_entity,
    add_suggestions,
    crosses,
    delete_entity,
    get_entities,
    learned_surfaces,
    restore_entity,
    retype_entity,
    set_states,
)
from fasl.store.history import document_history
from fasl.store.importer import import_paths

TEXT = "وقال وزير الخارجية الروسي سيرجي لافروف 😀 في موسكو."


@pytest.fixture
def doc(db, tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(TEXT, encoding="utf-8")
    return import_paths(db, [path]).imported[0]


def span(word):
    start = TEXT.index(word)
    return start, start + len(word)


def test_nested_spans_are_kept_and_read_back_outer_first(db, doc):
    outer = add_entity(db, doc, "salma", *span("وزير الخارجية الروسي"), "OCC",
                       "وزير الخارجية الروسي")
    inner = add_entity(db, doc, "salma", *span("الروسي"), "NORP", "الروسي")
    assert [e.id for e in get_entities(db, doc, "salma")] == [outer.id, inner.id]
    assert inner.origin is EntityOrigin.HUMAN and inner.state is EntityState.ACCEPTED


def test_crossing_span_is_refused_with_a_message_and_nothing_written(db, doc):
    add_entity(db, doc, "salma", *span("سيرجي لافروف"), "PERS", "سيرجي لافروف")
    start, _ = span("الروسي سيرجي")
    with pytest.raises(SpanError, match="crosses PERS"):
        add_entity(db, doc, "salma", start, start + len("الروسي سيرجي"), "PERS", "x")
    assert len(get_entities(db, doc, "salma")) == 1


@pytest.mark.parametrize(("start", "end"), [(5, 5), (-1, 3), (0, len(TEXT) + 1), (7, 3)])
def test_empty_or_outside_spans_are_refused(db, doc, start, end):
    with pytest.raises(SpanError):
        add_entity(db, doc, "salma", start, end, "PERS", "")


def test_offsets_after_an_emoji_are_code_points(db, doc, db_path):
    start, end = span("موسكو")
    add_entity(db, doc, "salma", start, end, "GPE", "موسكو")
    (entity,) = get_entities(open_store(db_path), doc, "salma")
    assert TEXT[entity.start:entity.end] == "موسكو"


def test_retype_delete_restore_with_history(db, doc):
    entity = add_entity(db, doc, "salma", *span("موسكو"), "LOC", "موسكو")
    assert retype_entity(db, entity.id, "salma", "GPE").type == "GPE"
    gone = delete_entity(db, entity.id, "salma")
    assert get_entities(db, doc, "salma") == []
    assert restore_entity(db, gone, "salma") == gone
    actions = [e.action for e in document_history(db, doc)]
    assert actions[-4:] == ["add_entity", "retype_entity", "delete_entity", "restore_entity"]


def test_rejected_suggestions_are_not_offered_again(db, doc):
    suggestions = [(*span("موسكو"), "GPE", "موسكو"), (*span("لافروف"), "PERS", "لافروف")]
    assert add_suggestions(db, doc, "salma", suggestions) == 2
    pending = get_entities(db, doc, "salma")
    assert {e.state for e in pending} == {EntityState.PENDING}
    moscow = next(e for e in pending if e.type == "GPE")
    set_states(db, [moscow.id], "salma", EntityState.REJECTED)
    assert add_suggestions(db, doc, "salma", suggestions) == 0
    assert [e.type for e in get_entities(db, doc, "salma")] == ["PERS"]


def test_suggestion_crossing_a_live_span_is_dropped(db, doc):
    add_entity(db, doc, "salma", *span("سيرجي لافروف"), "PERS", "سيرجي لافروف")
    start, _ = span("الروسي سيرجي")
    assert add_suggestions(db, doc, "salma", [(start, start + 12, "X", "")]) == 0


def test_accepted_strings_are_learned_across_the_corpus(db, doc):
    entity = add_entity(db, doc, "salma", *span("لافروف"), "PERS", "لافروف")
    add_suggestions(db, doc, "karim", [(*span("موسكو"), "GPE", "موسكو")])
    assert learned_surfaces(db) == {("لافروف", "PERS"): 1}
    set_states(db, [e.id for e in get_entities(db, doc, "karim")], "karim", EntityState.ACCEPTED)
    assert learned_surfaces(db) == {("لافروف", "PERS"): 1, ("موسكو", "GPE"): 1}
    assert entity.surface == "لافروف"


def test_reviewers_spans_are_kept_apart(db, doc):
    add_entity(db, doc, "salma", *span("موسكو"), "GPE", "موسكو")
    assert get_entities(db, doc, "karim") == []


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((0, 5), (2, 8), True), ((2, 8), (0, 5), True), ((0, 5), (1, 3), False),
    ((0, 5), (5, 8), False), ((0, 5), (0, 5), False), ((0, 5), (0, 3), False)])
def test_crosses(a, b, expected):
    assert crosses(a, b) is expected
