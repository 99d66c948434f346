"""Zone edits in the real window through the document view's keys: autosaved, undoable.

Every check of what was saved reads the store through a NEW connection: there is no Save.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fasl.store.db import open_store
from fasl.store.history import document_history
from fasl.store.segments import get_segments
from fasl.textlogic.zones import Zone

REVIEWER = "mona"
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def saved(sample_store):
    """Segments as a fresh connection to the store sees them."""
    def read(doc_id):
        db = open_store(sample_store)
        try:
            return get_segments(db, doc_id, REVIEWER)
        finally:
            db.close()
    return read


def _key(qtbot, window, key, modifiers=NONE):
    qtbot.keyClick(window.view.editor, key, modifiers)


def _body_start(view):
    return next(s for s in view.segments() if s.label == Zone.BODY).start


def test_relabel_split_merge_and_move_then_undo_and_redo(active_window, qtbot, saved):
    w = active_window
    doc_id = w.session.doc_id
    original = w.view.segments()
    assert saved(doc_id) == original

    # relabel: the zone under the cursor becomes "boilerplate" (digit 8)
    w.view.set_cursor_position(0)
    _key(qtbot, w, Qt.Key.Key_8)
    relabelled = w.view.segments()
    assert relabelled[0].label == Zone.BOILERPLATE and relabelled[0].origin == "human"
    assert saved(doc_id) == relabelled

    # split the body at a word inside it ("S")
    body = next(s for s in relabelled if s.label == Zone.BODY)
    text = w.view.text()
    cut = text.index(" ", body.start + (body.end - body.start) // 2) + 1
    w.view.set_cursor_position(cut)
    _key(qtbot, w, Qt.Key.Key_S)
    split = w.view.segments()
    assert len(split) == len(relabelled) + 1
    assert cut in [s.start for s in split]
    assert saved(doc_id) == split

    # move the boundary just made one character forward in reading order (Alt+Left: RTL)
    k = [s.start for s in split].index(cut)
    w.view.select_boundary(k)
    _key(qtbot, w, Qt.Key.Key_Left, ALT)
    moved = w.view.segments()
    assert moved[k].start > cut
    assert saved(doc_id) == moved

    # merge it back with the zone before ("M" merges the zone under the cursor with the next)
    w.view.set_cursor_position(moved[k - 1].start)
    _key(qtbot, w, Qt.Key.Key_M)
    merged = w.view.segments()
    assert len(merged) == len(moved) - 1
    assert saved(doc_id) == merged

    # undo everything, one step at a time, then redo it all
    for expected in (moved, split, relabelled, original):
        _key(qtbot, w, Qt.Key.Key_Z, CTRL)
        assert w.view.segments() == expected
        assert saved(doc_id) == expected
    assert not w.undo_action.isEnabled()
    for expected in (relabelled, split, moved, merged):
        _key(qtbot, w, Qt.Key.Key_Z, CTRL | SHIFT)
        assert saved(doc_id) == expected == w.view.segments()

    # (suggest_entities rows: the entity suggestions arriving from their worker thread)
    actions = [e.action for e in document_history(w.db, doc_id)
               if e.action != "suggest_entities"]
    assert actions == ["import", "relabel", "split", "move_boundary", "merge",
                       "undo:merge", "undo:move_boundary", "undo:split", "undo:relabel",
                       "relabel", "split", "move_boundary", "merge"]
    assert w.model.index(w.model.row_of(doc_id), 1).data() == "in progress"


def test_an_edit_survives_reopening_the_store_without_saving(active_window, qtbot,
                                                             sample_store, open_review_window):
    w = active_window
    doc_id = w.session.doc_id
    w.view.set_cursor_position(0)
    _key(qtbot, w, Qt.Key.Key_7)  # list
    edited = w.view.segments()
    assert edited[0].label == Zone.LIST

    db = open_store(sample_store)  # a new connection while the window is still open
    try:
        assert get_segments(db, doc_id, REVIEWER) == edited
    finally:
        db.close()
    # The open document reaches the settings REMEMBER_DELAY_MS after the switch.
    from fasl.gui import settings as keys
    from fasl.gui.main_window import REMEMBER_DELAY_MS

    qtbot.waitUntil(lambda: keys.get_int(w.settings, keys.last_document_key(sample_store),
                                         -1) == doc_id, timeout=REMEMBER_DELAY_MS + 2000)
    again = open_review_window(sample_store)  # a second window, as after a restart
    assert again.session.doc_id == doc_id and again.view.segments() == edited


def test_undo_history_belongs_to_each_document(active_window, qtbot, saved):
    w = active_window
    first = w.session.doc_id
    w.view.set_cursor_position(0)
    _key(qtbot, w, Qt.Key.Key_8)
    edited = w.view.segments()

    w.panel.select_row((w.panel.current_row() + 1) % 3)
    second = w.session.doc_id
    assert second != first
    w.view.setFocus()
    before = saved(second)
    _key(qtbot, w, Qt.Key.Key_Z, CTRL)  # nothing to undo here; the first document stays
    assert saved(first) == edited and saved(second) == before
    assert not w.undo_action.isEnabled()

    w.panel.select_doc(first)
    w.view.setFocus()
    assert w.undo_action.isEnabled() and w.undo_action.text() == "&Undo relabel zone"
    _key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert saved(first) != edited and w.view.segments() == saved(first)


@pytest.mark.parametrize("seven", ["٧", "۷"], ids=["arabic-indic", "persian"])
def test_zone_keys_answer_to_the_digits_an_arabic_layout_types(active_window, qtbot, saved,
                                                               seven):
    w = active_window
    w.view.set_cursor_position(0)
    # The 7 key under an Arabic or Persian layout: key code and text are the digit typed.
    QTest.sendKeyEvent(QTest.KeyAction.Click, w.view.editor, Qt.Key(ord(seven)), seven, NONE)
    assert w.view.segments()[0].label == Zone.LIST
    assert saved(w.session.doc_id)[0].label == Zone.LIST
