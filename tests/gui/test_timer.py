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
    tracker = TimeTracker(store_db, REVIEWER)
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
