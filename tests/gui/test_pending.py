"""PendingSaves: store failures are queued in order and retried; refusals are not queued."""
from __future__ import annotations

import sqlite3

import pytest

from fasl.gui.pending import PendingSaves
from fasl.store.db import open_store, set_busy_timeout
from fasl.store.documents import ReviewState
from fasl.store.history import document_history
from fasl.store.reviews import get_review, set_state
from fasl.store.segments import save_segments
from fasl.textlogic.zones import CoverageError, Segment, Zone


@pytest.fixture
def db(sample_store):
    database = open_store(sample_store)
    set_busy_timeout(database, 50)
    yield database
    database.close()


def test_writes_wait_in_order_while_the_store_is_locked_and_land_in_that_order(db,
                                                                              sample_store):
    pending = PendingSaves()
    seen = []
    pending.changed.connect(lambda count, reason: seen.append((count, reason)))
    holder = sqlite3.connect(sample_store, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    assert not pending.write(lambda: set_state(db, 1, "mona", ReviewState.DONE), "done", key=1,
                             value="done")
    assert not pending.write(lambda: set_state(db, 1, "mona", ReviewState.FLAGGED, "x"),
                             "flag", key=1, value="flagged")
    assert pending.count == 2 and pending.latest(1) == "flagged" and pending.latest(2) is None
    assert seen[0] == (1, "database is locked")
    assert not pending.retry()  # still locked: both wait
    holder.execute("ROLLBACK")
    holder.close()
    assert pending.retry()
    assert pending.count == 0 and seen[-1] == (0, "")
    assert get_review(db, 1, "mona").state == ReviewState.FLAGGED
    assert [h.detail["after"] for h in document_history(db, 1)
            if h.action == "set_state"] == ["done", "flagged"]


def test_a_refusal_is_raised_at_once_and_never_queued(db):
    pending = PendingSaves()
    with pytest.raises(CoverageError):
        pending.write(lambda: save_segments(db, 1, "mona", [Segment(0, 1, Zone.BODY)], "x"),
                      "bad zones")
    assert pending.count == 0


def test_a_waiting_write_refused_later_is_dropped_and_said(db, sample_store):
    pending = PendingSaves()
    reasons = []
    pending.changed.connect(lambda count, reason: reasons.append(reason))
    holder = sqlite3.connect(sample_store, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    pending.write(lambda: save_segments(db, 1, "mona", [Segment(0, 1, Zone.BODY)], "x"),
                  "split zone")  # locked first: queued before it could be refused
    pending.write(lambda: set_state(db, 1, "mona", ReviewState.DONE), "done mark")
    holder.execute("ROLLBACK")
    holder.close()
    assert pending.retry()
    assert any(r.startswith("split zone could not be saved and was dropped") for r in reasons)
    assert get_review(db, 1, "mona").state == ReviewState.DONE
