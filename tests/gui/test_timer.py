"""Time spent per document: counted only while the window is active, written to the store."""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer

from fasl.gui.timer import TimeTracker
from fasl.store.documents import query_ids
from fasl.store.reviews import get_review

REVIEWER = "mona"


def _wait_ms(qtbot, ms):
    clock = QElapsedTimer()
    clock.start()
    qtbot.waitUntil(lambda: clock.elapsed() >= ms, timeout=ms + 2000)


def test_time_is_written_on_switch_and_close(store_db, qtbot):
    first, second, _ = query_ids(store_db, REVIEWER)
    tracker = TimeTracker(store_db, REVIEWER, switch_write_delay_ms=50)
    tracker.set_active(True)
    tracker.open(first)
    _wait_ms(qtbot, 60)
    with qtbot.waitSignal(tracker.flushed) as flushed:
        tracker.open(second)
    assert flushed.args[0] == first and flushed.args[1] >= 0.05
    assert get_review(store_db, first, REVIEWER).seconds >= 0.05
    _wait_ms(qtbot, 30)
    tracker.close()
    assert get_review(store_db, second, REVIEWER).seconds >= 0.025


def test_no_time_counts_while_the_window_is_inactive(store_db, qtbot):
    doc_id = query_ids(store_db, REVIEWER)[0]
    tracker = TimeTracker(store_db, REVIEWER)
    tracker.open(doc_id)
    tracker.set_active(False)
    _wait_ms(qtbot, 40)
    assert tracker.pending_seconds() == 0
    tracker.set_active(True)
    _wait_ms(qtbot, 40)
    tracker.set_active(False)
    counted = tracker.pending_seconds()
    _wait_ms(qtbot, 40)
    assert tracker.pending_seconds() == counted >= 0.035
    tracker.close()
    assert get_review(store_db, doc_id, REVIEWER).seconds == counted


def test_time_is_written_periodically(store_db, qtbot):
    doc_id = query_ids(store_db, REVIEWER)[0]
    tracker = TimeTracker(store_db, REVIEWER, flush_interval_ms=50)
    tracker.set_active(True)
    tracker.open(doc_id)
    with qtbot.waitSignal(tracker.flushed, timeout=2000):
        pass
    assert get_review(store_db, doc_id, REVIEWER).seconds > 0
    tracker.close()


def test_switching_documents_does_not_write_but_time_arrives_soon(store_db, qtbot):
    """Quick switches only note the time in memory; one batch writes it all shortly after."""
    ids = query_ids(store_db, REVIEWER)[:3]
    tracker = TimeTracker(store_db, REVIEWER, switch_write_delay_ms=150)
    tracker.set_active(True)
    for doc_id in [*ids, ids[0]]:  # back to the first: its two visits add up
        tracker.open(doc_id)
        _wait_ms(qtbot, 30)
    assert all(get_review(store_db, d, REVIEWER).seconds == 0 for d in ids)  # nothing yet
    waiting = tracker.unwritten()
    assert set(waiting) == set(ids) and waiting[ids[0]] >= 0.055
    with qtbot.waitSignals([tracker.flushed] * 3, timeout=2000):
        pass
    assert get_review(store_db, ids[0], REVIEWER).seconds >= 0.025  # the first visit
    assert all(get_review(store_db, d, REVIEWER).seconds >= 0.025 for d in ids[1:])
    tracker.close()
    assert tracker.unwritten() == {}
    assert get_review(store_db, ids[0], REVIEWER).seconds >= 0.055  # both visits


def test_close_writes_the_time_of_documents_just_left(store_db, qtbot):
    first, second, _ = query_ids(store_db, REVIEWER)
    tracker = TimeTracker(store_db, REVIEWER)  # switch writes 2 s later: close comes first
    tracker.set_active(True)
    tracker.open(first)
    _wait_ms(qtbot, 40)
    tracker.open(second)
    _wait_ms(qtbot, 40)
    assert get_review(store_db, first, REVIEWER).seconds == 0
    tracker.close()
    assert get_review(store_db, first, REVIEWER).seconds >= 0.035
    assert get_review(store_db, second, REVIEWER).seconds >= 0.035


def test_time_a_locked_store_refused_is_written_later(store_db, tmp_path, qtbot):
    import sqlite3

    first, second, _ = query_ids(store_db, REVIEWER)
    tracker = TimeTracker(store_db, REVIEWER, switch_write_delay_ms=50)
    tracker.set_active(True)
    tracker.open(first)
    _wait_ms(qtbot, 40)
    path = store_db.execute("PRAGMA database_list").fetchone()[2]
    other = sqlite3.connect(path, timeout=0)
    store_db.conn.execute("PRAGMA busy_timeout = 0")
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    tracker.open(second)
    _wait_ms(qtbot, 150)  # the switch write was tried and refused
    assert get_review(store_db, first, REVIEWER).seconds == 0
    assert tracker.unwritten()[first] >= 0.035
    other.rollback()
    other.close()
    tracker.flush()
    assert get_review(store_db, first, REVIEWER).seconds >= 0.035
    tracker.close()
