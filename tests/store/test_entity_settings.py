"""The project's type set setting, and entities rewritten in place (resize, undo of retype)."""
from __future__ import annotations

import pytest

from fasl.store.db import open_store
from fasl.store.entities import EntityState, SpanError, add_entity, add_suggestions, retype_entity
from fasl.store.entity_edits import update_entity
from fasl.store.errors import StoreError
from fasl.store.history import document_history
from fasl.store.importer import import_paths
from fasl.store.settings import entity_type_set, get_setting, set_entity_type_set

TEXT = "قال وزير الخارجية الروسي سيرجي لافروف 😀 في موسكو."


@pytest.fixture
def store(tmp_path):
    db = open_store(tmp_path / "s.sqlite")
    yield db
    db.close()


@pytest.fixture
def doc(store, tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(TEXT, encoding="utf-8")
    return import_paths(store, [path]).imported[0]


def span(word):
    start = TEXT.index(word)
    return start, start + len(word)


def test_type_set_defaults_then_is_recorded_with_history(store, tmp_path):
    assert entity_type_set(store) == "default"
    set_entity_type_set(store, "anercorp", "salma")
    assert entity_type_set(store) == "anercorp"
    set_entity_type_set(store, "anercorp", "salma")  # no change, no history row
    rows = [r for r in store["history"].rows if r["action"] == "set_setting"]
    assert len(rows) == 1 and '"before": "default"' in rows[0]["detail"]
    reopened = open_store(tmp_path / "s.sqlite")
    try:
        assert entity_type_set(reopened) == "anercorp"
        assert get_setting(reopened, "nothing", "x") == "x"
    finally:
        reopened.close()


def test_update_entity_resizes_keeping_the_id_and_refuses_crossing(store, doc):
    e = add_entity(store, doc, "salma", *span("الخارجية"), "OCC", "الخارجية")
    add_entity(store, doc, "salma", *span("سيرجي لافروف"), "PERS", "سيرجي لافروف")
    moved = update_entity(store, e.id, "salma", start=span("وزير الخارجية")[0],
                          surface="وزير الخارجية", action="resize_entity")
    assert (moved.id, moved.start, moved.end, moved.surface) == (
        e.id, *span("وزير الخارجية"), "وزير الخارجية")
    with pytest.raises(SpanError, match="crosses PERS"):
        update_entity(store, e.id, "salma", end=span("سيرجي")[1])
    with pytest.raises(SpanError, match="outside"):
        update_entity(store, e.id, "salma", end=len(TEXT) + 1)
    with pytest.raises(StoreError, match="no entity"):
        update_entity(store, 999, "salma", type_="GPE")
    assert document_history(store, doc)[-1].action == "resize_entity"


def test_update_entity_puts_back_type_and_state_of_a_retyped_suggestion(store, doc):
    add_suggestions(store, doc, "salma", [(*span("موسكو"), "GPE", "موسكو")])
    from fasl.store.entities import get_entities

    (pending,) = get_entities(store, doc, "salma")
    retyped = retype_entity(store, pending.id, "salma", "LOC")
    assert retyped.state is EntityState.ACCEPTED
    back = update_entity(store, pending.id, "salma", type_="GPE", state=EntityState.PENDING,
                         action="undo:retype_entity")
    assert back == pending


def test_a_type_set_file_is_recorded_with_its_text(store):
    from fasl.store.settings import entity_type_set_copy

    assert entity_type_set_copy(store) is None
    set_entity_type_set(store, "/somewhere/mine.toml", "salma", 'name = "mine"\n')
    assert entity_type_set(store) == "/somewhere/mine.toml"
    assert entity_type_set_copy(store) == 'name = "mine"\n'
