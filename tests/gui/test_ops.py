"""The background op helper: results, errors and progress arrive on the GUI thread."""
from __future__ import annotations

import threading

from PySide6.QtCore import QThread, QThreadPool

from fasl.gui.ops import run_in_background


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    pool = QThreadPool()
    seen = []

    def work(ctx):
        ctx.progress(1, 2, "half")
        ctx.progress(2, 2, "all")
        return threading.get_ident()

    def on_success(worker_thread):
        seen.append(("ok", worker_thread, QThread.currentThread() is qtbot_thread))

    qtbot_thread = QThread.currentThread()
    progress = []
    op = run_in_background(pool, work, on_success=on_success,
                           on_progress=lambda d, t, w: progress.append((d, t, w)))
    with qtbot.waitSignal(op.finished):
        pass
    assert pool.waitForDone(5000)
    assert seen[0][0] == "ok" and seen[0][1] != threading.get_ident() and seen[0][2]
    assert progress[-1] == (2, 2, "all")
    assert not op.is_running


def test_errors_are_handed_back(qtbot):
    pool = QThreadPool()
    errors = []

    def work(ctx):
        raise ValueError("broken input")

    op = run_in_background(pool, work, on_error=errors.append)
    with qtbot.waitSignal(op.finished):
        pass
    assert pool.waitForDone(5000)
    assert isinstance(errors[0], ValueError) and "broken input" in str(errors[0])


def test_cancel_is_seen_by_the_function(qtbot):
    pool = QThreadPool()
    started = threading.Event()

    def work(ctx):
        started.set()
        while not ctx.cancelled():
            threading.Event().wait(0.001)
        return "stopped"

    results = []
    op = run_in_background(pool, work, on_success=results.append)
    assert started.wait(5)
    with qtbot.waitSignal(op.finished):
        op.cancel()
    assert pool.waitForDone(5000)
    assert results == ["stopped"]
