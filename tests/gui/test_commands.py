"""Undo commands against a real store: autosave on redo and undo, per-document stacks."""
from __future__ import annotations

import pytest

from fasl.gui.commands import EditZones, UndoStacks
from fasl.store.db import open_store
from fasl.store.documents import query_ids
from fasl.store.history import document_history
from fasl.store.segments import get_segments
from fasl.textlogic.zones import Segment, Zone

REVIEWER = "mona"


def _relabel_first(segments):
    first = segments[0]
    label = Zone.BOILERPLATE if first.label != Zone.BOILERPLATE else Zone.BODY
    return [Segment(first.start, first.end, label, None, 1.0, "human"), *segments[1:]]


@pytest.fixture
def doc_ids(store_db):
    return query_ids(store_db, REVIEWER)


def test_redo_saves_and_undo_restores(store_db, sample_store, doc_ids, qapp):
    doc_id = doc_ids[0]
    before = get_segments(store_db, doc_id, REVIEWER)
    after = _relabel_first(before)
    saved = []
    stacks = UndoStacks()
    stack = stacks.activate(doc_id)
    stack.push(EditZones(store_db, doc_id, REVIEWER, before, after, "relabel", {"at": 0},
                         lambda d, s: saved.append((d, s)), pytest.fail))
    assert saved == [(doc_id, after)]
    other = open_store(sample_store)  # a new connection: the edit is already on disk
    try:
        assert get_segments(other, doc_id, REVIEWER) == after
        stack.undo()
        assert get_segments(other, doc_id, REVIEWER) == before
        stack.redo()
        assert get_segments(other, doc_id, REVIEWER) == after
    finally:
        other.close()
    actions = [e.action for e in document_history(store_db, doc_id)]
    assert actions == ["import", "relabel", "undo:relabel", "relabel"]
    assert stack.undoText() == "relabel zone"


def test_a_refused_edit_is_reported_and_not_pushed(store_db, doc_ids, qapp):
    doc_id = doc_ids[0]
    before = get_segments(store_db, doc_id, REVIEWER)
    broken = [Segment(0, 1, Zone.BODY)]  # does not cover the text
    errors = []
    stacks = UndoStacks()
    stack = stacks.activate(doc_id)
    stack.push(EditZones(store_db, doc_id, REVIEWER, before, broken, "split", None,
                         lambda d, s: pytest.fail("saved"), errors.append))
    assert len(errors) == 1 and stack.count() == 0
    assert get_segments(store_db, doc_id, REVIEWER) == before


def test_each_document_keeps_its_own_undo_stack(qapp):
    stacks = UndoStacks(keep=2)
    first = stacks.activate(1)
    assert stacks.active() is first
    second = stacks.activate(2)
    assert stacks.active() is second and stacks.stack(1) is first
    assert stacks.activate(1) is first  # coming back finds the same history
    stacks.activate(3)  # only the two most recent are kept
    assert stacks.stack(2) is None and stacks.stack(1) is first
