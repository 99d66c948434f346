"""The review flow in the real window, driven by keys: done and next, flag, progress,
history, time, the shortcut sheet and what the window remembers."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QElapsedTimer, Qt

from fasl.store.db import open_store
from fasl.store.documents import ReviewState
from fasl.store.reviews import get_review, set_state

REVIEWER = "mona"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def active(active_window):
    return active_window


def _press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, key, modifiers)


def test_first_document_is_open_and_progress_is_visible(active):
    names = [active.model.index(r, 0).data() for r in range(3)]
    assert active.session.document.name in names
    assert active.progress_label.text() == "Done 0 / 3"
    assert active.session.document.name in active.doc_label.text()


def test_mark_done_goes_to_the_next_document_not_done(active, qtbot, sample_store):
    ids = [active.model.doc_id(r) for r in range(3)]
    active.panel.select_row(0)
    other = open_store(sample_store)
    set_state(other, ids[1], REVIEWER, ReviewState.DONE)  # done elsewhere already
    other.close()
    active.model.mark_stale()

    _press(qtbot, active, Qt.Key.Key_D, CTRL)

    assert active.session.doc_id == ids[2]  # skipped the one already done
    assert active.progress_label.text() == "Done 2 / 3"
    check = open_store(sample_store)
    try:
        assert get_review(check, ids[0], REVIEWER).state == ReviewState.DONE
    finally:
        check.close()
    assert active.model.index(0, 1).data() == "done"

    _press(qtbot, active, Qt.Key.Key_D, CTRL)  # last one: nothing left
    assert active.progress_label.text() == "Done 3 / 3"
    assert "Every document in this list is done" in active.statusBar().currentMessage()


def test_flag_asks_for_a_note(active, qtbot, prompts, store_db):
    prompts.answers["ask_flag_note"] = ["the title is missing"]
    doc_id = active.session.doc_id
    _press(qtbot, active, Qt.Key.Key_F, CTRL | SHIFT)
    assert prompts.asked("ask_flag_note") == [(active.session.document.name, "")]
    review = get_review(store_db, doc_id, REVIEWER)
    assert review.state == ReviewState.FLAGGED and review.note == "the title is missing"
    assert "the title is missing" in active.doc_label.text()


def test_cancelled_flag_changes_nothing(active, qtbot, prompts, store_db):
    prompts.answers["ask_flag_note"] = [None]
    _press(qtbot, active, Qt.Key.Key_F, CTRL | SHIFT)
    assert get_review(store_db, active.session.doc_id, REVIEWER).state == ReviewState.NEW


def test_question_mark_opens_the_shortcut_sheet(active, qtbot):
    # On a real keyboard Shift+/ arrives as "?"; xkb also offers the key without Shift.
    _press(qtbot, active, Qt.Key.Key_Question)
    assert active._sheet is not None and active._sheet.isVisible()


def test_history_dock_lists_who_did_what(active, qtbot):
    assert not active.history.isVisible()
    _press(qtbot, active, Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(active.history.isVisible)
    # (suggest_entities rows: the entity suggestions arriving from their worker thread)
    rows = [r for r in active.history.rows() if r[2] != "suggest_entities"]
    assert [r[1:3] for r in rows] == [["fasl", "import"]]
    active.session.flag("two stories in one")
    rows = [r for r in active.history.rows() if r[2] != "suggest_entities"]
    assert rows[0][1:3] == [REVIEWER, "set_state"]
    assert "new → flagged" in rows[0][3] and "two stories in one" in rows[0][3]


def test_time_on_a_document_is_recorded(active, qtbot, store_db):
    first = active.session.doc_id
    assert active.tracker.active
    clock = QElapsedTimer()
    clock.start()
    qtbot.waitUntil(lambda: clock.elapsed() > 80)
    with qtbot.waitSignal(active.tracker.flushed, timeout=5000):  # written ~2 s after
        _press(qtbot, active, Qt.Key.Key_Down, CTRL)
        assert active.session.doc_id != first
        assert get_review(store_db, first, REVIEWER).seconds == 0  # not on the switch path
    assert get_review(store_db, first, REVIEWER).seconds >= 0.07
    second = active.session.doc_id
    qtbot.waitUntil(lambda: clock.elapsed() > 120)
    active.close()
    assert get_review(store_db, second, REVIEWER).seconds > 0


def test_shortcut_sheet_lists_every_shortcut_from_the_actions(active, qtbot):
    _press(qtbot, active, Qt.Key.Key_F1)
    sheet = active._sheet
    assert sheet is not None and sheet.isVisible()
    listed = {(row.action, row.keys) for row in sheet.rows}
    expected = {(action.text().replace("&", "").rstrip("…"), action.shortcuts()[0].toString())
                for _group, actions in active.shortcut_groups()
                for action in actions if action.shortcuts()}
    assert {(a, k.split(", ")[0]) for a, k in listed} == expected
    texts = {a for a, _ in listed}
    assert {"Mark done and go to next", "Undo", "Redo", "Keyboard shortcuts"} <= texts
    assert ("Mark done and go to next", "Ctrl+D") in listed
    for action in active.view.actions():
        if action.shortcuts():
            assert action.shortcuts()[0].toString() in {k.split(", ")[0] for _, k in listed}


def test_layout_filter_sort_and_zoom_are_remembered(open_review_window, sample_store, qtbot,
                                                    activate_window):
    from fasl.store.documents import Order

    window = open_review_window(sample_store)
    window.panel.order_box.setCurrentIndex(window.panel.order_box.findData(Order.NAME.value))
    window.panel.state_box.setCurrentIndex(window.panel.state_box.findData(ReviewState.NEW.value))
    window.resize(760, 540)  # inside the offscreen screen (800x600): restoring clamps to it
    window.splitter.setSizes([250, 500])
    sizes = window.splitter.sizes()
    size = window.size()  # the minimum width may be larger than asked
    activate_window(window)
    window.view.setFocus()
    qtbot.keyClick(window.view.editor, Qt.Key.Key_Equal, CTRL)  # the view's zoom in
    qtbot.keyClick(window.view.editor, Qt.Key.Key_Equal, CTRL)
    assert window.view.zoom_level() == 2
    window.close()

    again = open_review_window(sample_store)
    assert again.panel.order() == Order.NAME
    assert again.panel.state_filter() == ReviewState.NEW
    assert again.splitter.sizes() == sizes
    assert again.view.zoom_level() == 2
    assert again.size() == size


def test_the_last_document_is_reopened(open_review_window, sample_store):
    window = open_review_window(sample_store)
    window.panel.select_row(2)
    doc_id = window.session.doc_id
    window.close()
    assert open_review_window(sample_store).session.doc_id == doc_id


def _history_actions(db, doc_id):
    return [row[0] for row in db.execute(
        "SELECT action FROM history WHERE doc_id = ? AND reviewer = ? ORDER BY id",
        [doc_id, REVIEWER]).fetchall()]


def test_a_done_by_mistake_is_undone_after_coming_back(active, qtbot, store_db):
    first = active.session.doc_id
    _press(qtbot, active, Qt.Key.Key_D, CTRL)
    assert active.session.doc_id != first
    assert not active.undo_action.isEnabled()  # the next document has nothing to undo
    active.panel.select_doc(first)
    assert active.undo_action.text().lower().endswith("mark done")
    _press(qtbot, active, Qt.Key.Key_Z, CTRL)
    assert get_review(store_db, first, REVIEWER).state == ReviewState.NEW
    assert active.progress_label.text() == "Done 0 / 3"
    assert active.model.index(active.model.row_of(first), 1).data() == "new"
    _press(qtbot, active, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: done again, and stays here
    assert get_review(store_db, first, REVIEWER).state == ReviewState.DONE
    assert active.session.doc_id == first
    assert _history_actions(store_db, first)[-3:] == ["set_state", "undo:set_state",
                                                      "set_state"]


def test_undoing_a_flag_brings_back_the_state_and_note_before_it(active, qtbot, prompts,
                                                                  store_db):
    doc_id = active.session.doc_id
    prompts.answers["ask_flag_note"] = ["first doubt", "second doubt"]
    _press(qtbot, active, Qt.Key.Key_F, CTRL | SHIFT)
    _press(qtbot, active, Qt.Key.Key_F, CTRL | SHIFT)
    assert get_review(store_db, doc_id, REVIEWER).note == "second doubt"
    _press(qtbot, active, Qt.Key.Key_Z, CTRL)
    review = get_review(store_db, doc_id, REVIEWER)
    assert (review.state, review.note) == (ReviewState.FLAGGED, "first doubt")
    _press(qtbot, active, Qt.Key.Key_Z, CTRL)
    review = get_review(store_db, doc_id, REVIEWER)
    assert (review.state, review.note) == (ReviewState.NEW, "")
    assert "first doubt" not in active.doc_label.text()


def test_ctrl_alt_z_takes_a_mistaken_done_back_from_the_next_document(active, qtbot,
                                                                        store_db):
    first = active.session.doc_id
    _press(qtbot, active, Qt.Key.Key_D, CTRL)
    assert active.session.doc_id != first
    assert "Ctrl+Alt+Z" in active.statusBar().currentMessage()
    _press(qtbot, active, Qt.Key.Key_Z, CTRL | ALT)
    assert active.session.doc_id == first  # back on it, the mark undone there
    assert get_review(store_db, first, REVIEWER).state == ReviewState.NEW
    assert active.progress_label.text() == "Done 0 / 3"
    assert active.statusBar().currentMessage() == "Mark taken back: new again."
    _press(qtbot, active, Qt.Key.Key_Z, CTRL | ALT)  # nothing left to take back
    assert active.statusBar().currentMessage() == "No mark to take back."
    assert get_review(store_db, first, REVIEWER).state == ReviewState.NEW


def test_a_mark_that_changes_nothing_adds_no_undo_step_or_history(active, qtbot, store_db):
    doc_id = active.session.doc_id
    active.session.reopen()
    steps = active.stacks.active().count()
    rows = len(_history_actions(store_db, doc_id))
    active.session.reopen()
    assert active.stacks.active().count() == steps
    assert len(_history_actions(store_db, doc_id)) == rows


def test_an_undone_mark_leaves_a_store_that_passes_fasl_check(active, qtbot, prompts,
                                                              sample_store):
    from fasl.store.check import check_store

    doc_id = active.session.doc_id
    prompts.answers["ask_flag_note"] = ["unsure"]
    _press(qtbot, active, Qt.Key.Key_F, CTRL | SHIFT)
    active.session.mark_done()
    active.panel.select_doc(doc_id)
    _press(qtbot, active, Qt.Key.Key_Z, CTRL)  # back to flagged
    db = open_store(sample_store)
    try:
        assert get_review(db, doc_id, REVIEWER).state == ReviewState.FLAGGED
        assert check_store(db) == []
    finally:
        db.close()


def test_an_undo_the_store_refuses_is_reported_not_lost_silently(active, qtbot, prompts,
                                                                 sample_store):
    doc_id = active.session.doc_id
    prompts.answers["ask_flag_note"] = ["doubt"]
    _press(qtbot, active, Qt.Key.Key_F, CTRL | SHIFT)
    other = open_store(sample_store)
    other.execute("CREATE TRIGGER refuse BEFORE UPDATE ON reviews "
                  "BEGIN SELECT RAISE(ABORT, 'reviews are frozen'); END")
    other.conn.commit()
    other.close()
    _press(qtbot, active, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: prompts.asked("show_error") != [])
    assert prompts.asked("show_error")[-1][0] == "The review state was not saved"
    assert "reviews are frozen" in prompts.asked("show_error")[-1][1]
    check = open_store(sample_store)
    try:
        assert get_review(check, doc_id, REVIEWER).state == ReviewState.FLAGGED
    finally:
        check.close()


def test_the_state_tooltip_says_flagged_only_while_flagged(active, qtbot, prompts):
    prompts.answers["ask_flag_note"] = ["title missing"]
    row = active.model.row_of(active.session.doc_id)
    _press(qtbot, active, Qt.Key.Key_F, CTRL | SHIFT)
    tip = active.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Flagged: title missing" in tip
    active.session.mark_done()
    tip = active.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Note: title missing" in tip and "Flagged" not in tip
