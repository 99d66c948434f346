"""Two at once: a second window, `fasl import` beside the window, a locked or full store.

Real SQLite files and real connections: the lock is a second connection holding
``BEGIN IMMEDIATE``, the full disk is SQLite's own page cap on the window's connection.
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from fasl.gui.cli import main as fasl
from fasl.store.db import open_store
from fasl.store.documents import ReviewState
from fasl.store.reviews import get_review
from fasl.store.segments import get_segments
from fasl.textlogic.zones import Zone

REVIEWER = "mona"  # as in tests/gui/conftest.py

ARABIC = "قال وزير الخارجية إن المفاوضات ستستمر، وأضاف أن مصر تبذل جهوداً كبيرة.\n"


def _stored(store, doc_id):
    db = open_store(store)
    try:
        return get_segments(db, doc_id, REVIEWER)
    finally:
        db.close()


def _relabel_first_zone(qtbot, window):
    window.view.setFocus()
    window.view.set_cursor_position(0)
    qtbot.keyClick(window.view.editor, Qt.Key.Key_7)  # the zone under the cursor: list


# -- a second window -------------------------------------------------------------------------


def test_a_second_window_on_the_same_store_is_read_only_and_says_why(
        open_review_window, sample_store, qtbot, activate_window):
    first = open_review_window(sample_store)
    second = open_review_window(sample_store)
    assert first.care.read_only == "" and not first.care.banner.isVisible()
    assert second.care.banner.isVisible()
    text = second.care.banner.text()
    assert text.startswith("Read-only: this store is open in another fasl window (process ")
    assert "To edit, close the other window" in text
    assert second.windowTitle().endswith("read-only")
    assert not second.import_folder_action.isEnabled() and not second.done_action.isEnabled()

    doc_id = second.session.doc_id
    before = _stored(sample_store, doc_id)
    activate_window(second)
    _relabel_first_zone(qtbot, second)
    assert _stored(sample_store, doc_id) == before
    assert second.statusBar().currentMessage().startswith("Read-only: this store is open")
    assert second.stacks.active().count() == 0

    # The first window's edit shows in the second one on refresh (F5).
    activate_window(first)
    first.panel.select_doc(doc_id)
    _relabel_first_zone(qtbot, first)
    edited = _stored(sample_store, doc_id)
    assert edited != before
    activate_window(second)
    qtbot.keyClick(second, Qt.Key.Key_F5)
    assert second.view.segments() == edited


def test_closing_the_writing_window_frees_the_store_for_the_next(open_review_window,
                                                                  sample_store):
    first = open_review_window(sample_store)
    first.close()
    again = open_review_window(sample_store)
    assert again.care.read_only == "" and not again.care.banner.isVisible()


# -- fasl import while the window is open ---------------------------------------------------


def test_fasl_import_beside_the_window_shows_up_on_refresh_and_by_itself(
        open_review_window, sample_store, tmp_path, qtbot):
    window = open_review_window(sample_store)
    assert window.model.rowCount() == 3
    folder = tmp_path / "new"
    folder.mkdir()
    for i in range(4):
        (folder / f"n{i}.txt").write_text(f"{ARABIC}{i}\n", encoding="utf-8")
    # A separate process, as a user runs it in a terminal while reviewing.
    done = subprocess.run([sys.executable, "-m", "fasl.gui.cli", "import", str(sample_store),
                           str(folder / "n0.txt"), str(folder / "n1.txt")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.model.rowCount() == 5
    assert window.statusBar().currentMessage() == "Refreshed from the store: 5 documents listed"
    # Without F5: the window notices another process's commit within a few seconds.
    assert fasl(["import", str(sample_store), str(folder)]) == 0
    qtbot.waitUntil(lambda: window.model.rowCount() == 7, timeout=6000)


# -- a store that cannot be written ---------------------------------------------------------


@pytest.fixture
def lock_holder(sample_store):
    """A second connection that holds the store's write lock until released."""
    conn = sqlite3.connect(sample_store, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def test_an_edit_on_a_locked_store_is_kept_retried_and_saved(active_window, sample_store, qtbot,
                                                             lock_holder):
    w = active_window
    doc_id = w.session.doc_id
    before = _stored(sample_store, doc_id)
    _relabel_first_zone(qtbot, w)  # waits the busy timeout, then queues
    edited = w.view.segments()
    assert edited[0].label == Zone.LIST  # the reviewer sees the edit
    assert w.stacks.active().count() == 1 and w.undo_action.isEnabled()
    assert w.care.banner.isVisible()
    assert w.care.banner.text().startswith(
        "1 edit is not saved yet: the store cannot be written (database is locked)")
    w.session.mark_done()  # queued behind the edit, in order, without waiting again
    assert w.care.pending.count == 2
    assert _stored(sample_store, doc_id) == before

    lock_holder.execute("ROLLBACK")
    qtbot.waitUntil(lambda: w.care.pending.count == 0, timeout=8000)  # the retry timer
    assert _stored(sample_store, doc_id) == edited
    db = open_store(sample_store)
    assert get_review(db, doc_id, REVIEWER).state == ReviewState.DONE
    db.close()
    assert not w.care.banner.isVisible()
    # The list and the progress read the store: they show the mark once it is in.
    assert w.model.index(w.model.row_of(doc_id), 1).data() == "done"
    assert w.progress_label.text() == "Done 1 / 3"


def test_closing_with_unsaved_edits_warns_once_and_keeps_the_window(active_window, qtbot,
                                                                   lock_holder, prompts):
    w = active_window
    _relabel_first_zone(qtbot, w)
    assert w.care.pending.count == 1
    w.close()
    assert w.isVisible()
    (title, message), = prompts.asked("show_error")
    assert title == "Edits not saved"
    assert "1 edit could not be saved" in message and "database is locked" in message
    lock_holder.execute("ROLLBACK")
    w.care.banner.retry.click()  # "Retry now"
    assert w.care.pending.count == 0
    w.close()
    assert not w.isVisible()


def test_a_full_disk_keeps_the_edit_and_saves_it_when_there_is_room(active_window, qtbot,
                                                                    sample_store):
    w = active_window
    doc_id = w.session.doc_id
    pages = w.db.execute("PRAGMA page_count").fetchone()[0]
    w.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    try:
        for key in (Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_7):
            w.view.set_cursor_position(0)
            qtbot.keyClick(w.view.editor, key)
            if w.care.pending.count:
                break
        assert w.care.pending.count == 1
        assert "database or disk is full" in w.care.banner.text()
        edited = w.view.segments()
    finally:
        w.db.execute("PRAGMA max_page_count = 1073741823")
    assert w.care.pending.retry()
    assert _stored(sample_store, doc_id) == edited


def test_a_read_only_store_keeps_the_edit_and_says_so(active_window, qtbot, sample_store):
    """SQLITE_READONLY (as for a store file made read-only under the window): kept, retried."""
    w = active_window
    doc_id = w.session.doc_id
    before = _stored(sample_store, doc_id)
    w.db.execute("PRAGMA query_only = ON")  # SQLite refuses every write on this connection
    _relabel_first_zone(qtbot, w)
    edited = w.view.segments()
    assert edited != before and w.care.pending.count == 1
    assert "attempt to write a readonly database" in w.care.banner.text()
    assert _stored(sample_store, doc_id) == before
    w.db.execute("PRAGMA query_only = OFF")
    assert w.care.pending.retry()
    assert _stored(sample_store, doc_id) == edited


def test_a_mark_on_a_locked_store_shows_at_once_and_its_undo_waits_behind_it(
        active_window, sample_store, lock_holder, qtbot):
    w = active_window
    doc_id = w.session.doc_id
    w.session.flag("two titles?")  # waits the busy timeout, then queues
    assert w.care.pending.count == 1
    assert (w.session.review().state, w.session.review().note) == (ReviewState.FLAGGED,
                                                                   "two titles?")
    row = w.model.row_of(doc_id)
    assert w.model.index(row, 1).data() == "flagged"  # the list shows it before the store
    w.undo_action.trigger()  # queued behind the flag: the old state and note come back
    assert w.care.pending.count == 2
    assert (w.session.review().state, w.session.review().note) == (ReviewState.NEW, "")
    assert w.model.index(row, 1).data() == "new"
    lock_holder.execute("ROLLBACK")
    qtbot.waitUntil(lambda: w.care.pending.count == 0, timeout=8000)
    db = open_store(sample_store)
    try:
        review = get_review(db, doc_id, REVIEWER)
        assert (review.state, review.note) == (ReviewState.NEW, "")
        actions = [r[0] for r in db.execute(
            "SELECT action FROM history WHERE doc_id = ? ORDER BY id", [doc_id]).fetchall()]
        assert actions[-2:] == ["set_state", "undo:set_state"]
    finally:
        db.close()
