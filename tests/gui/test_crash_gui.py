"""Kill the real review window right after an edit: reopened, the edit is there, undo is clean.

The app runs as a user starts it (`fasl gui STORE`, through tests/gui/keys_driver.py),
offscreen, with its data and settings folders in tmp; the edit is a key press in the
document view made by the driver, which prints a line once the edit was written.  The parent
SIGKILLs it at that moment (no close event, no clean-up, its lock file left behind).
"""
from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

from fasl.gui.instance import lock_path
from fasl.store.check import check_store
from fasl.store.db import open_store
from fasl.store.history import document_history
from fasl.store.segments import get_segments
from fasl.textlogic.zones import Zone

REVIEWER = "mona"  # as in tests/gui/conftest.py
DRIVER = Path(__file__).with_name("keys_driver.py")


def _wait_for_line(proc, prefix, timeout):
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if selector.select(timeout=0.2):
            line = proc.stdout.readline()
            if not line:
                return None
            if line.startswith(prefix):
                return line.strip()
    return None


def test_killed_window_keeps_its_edit_and_reopens_with_a_clean_undo_history(
        sample_store, tmp_path, open_review_window):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FASL_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, str(DRIVER), "7", "gui", str(sample_store),
                             "--reviewer", REVIEWER], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, text=True)
    try:
        line = _wait_for_line(proc, "fasl-test: saved ", timeout=60)
        assert lock_path(sample_store).exists()  # the window held the store
    finally:
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=30)
    assert line is not None, err[-2000:]
    assert proc.returncode == -signal.SIGKILL
    doc_id = int(line.rsplit(" ", 1)[1])

    db = open_store(sample_store)
    try:
        assert check_store(db) == []
        segments = get_segments(db, doc_id, REVIEWER)
        assert segments[0].label == Zone.LIST
        zone_edits = [h for h in document_history(db, doc_id)
                      if h.reviewer == REVIEWER and "after" in h.detail]
        assert [h.action for h in zone_edits] == ["relabel"]  # once, whole
    finally:
        db.close()

    window = open_review_window(sample_store)  # the lock of the dead process is stale
    assert window.care.read_only == ""
    window.panel.select_doc(doc_id)  # (the app's settings lived in the killed process's tmp)
    assert window.session.doc_id == doc_id
    assert window.view.segments() == segments
    assert window.stacks.active().count() == 0
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
