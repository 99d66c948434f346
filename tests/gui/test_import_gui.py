"""Import from the window: worker thread with its own connection, report, list refresh."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt

from fasl.resources import resource_path

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _jsonl(path, count, bad_line=False):
    text = resource_path("samples", "000_d4acb01426226fc2.txt").read_text(encoding="utf-8")
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            fh.write(json.dumps({"id": f"crawl-{i}", "text": f"{text}\nرقم {i}\n"},
                                ensure_ascii=False) + "\n")
            if bad_line and i == 0:
                fh.write("{not json\n")
    return path


def test_import_reports_skipped_files_and_refreshes_the_list(window, qtbot, prompts, tmp_path,
                                                            activate_window):
    good = _jsonl(tmp_path / "crawl.jsonl", 2, bad_line=True)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    prompts.answers["ask_import_files"] = [[good, binary]]
    activate_window(window)

    with qtbot.waitSignal(window.importer.finished, timeout=20_000) as done:
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_I, CTRL | SHIFT)
        assert window.import_progress.isVisible()
        assert not window.import_files_action.isEnabled()  # one import at a time
    report = done.args[0]
    assert len(report.imported) == 2
    problems = {p.path: p.reason for p in report.problems}
    assert f"{good}:2" in problems and "not JSON" in problems[f"{good}:2"]
    assert str(binary) in problems
    assert prompts.asked("show_import_report") == [(report,)]
    assert window.model.rowCount() == 5
    assert window.progress_label.text() == "Done 0 / 5"
    assert window.import_files_action.isEnabled()
    qtbot.waitUntil(lambda: not window.import_progress.isVisible())
    assert window.pool.waitForDone(5000)


def test_import_folder_and_cancel(window, qtbot, prompts, tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    _jsonl(folder / "many.jsonl", 600)
    prompts.answers["ask_import_folder"] = [folder]
    cancelled = []

    def cancel_once(*_):
        if not cancelled:
            cancelled.append(True)
            qtbot.mouseClick(window.import_progress.cancel_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(window.importer.finished, timeout=30_000) as done:
        window.import_folder()
        window.importer._op.progressed.connect(cancel_once)
    report = done.args[0]
    assert report.cancelled and len(report.imported) < 600
    assert window.model.rowCount() == 3 + len(report.imported)
    assert "cancelled" in report.summary()


def test_a_failed_import_is_shown(window, qtbot, prompts, tmp_path):
    window.importer._store_path = tmp_path  # a folder is not a store: the worker's open fails
    with qtbot.waitSignal(window.importer.failed, timeout=10_000):
        window.start_import([tmp_path])
    [(title, message)] = prompts.asked("show_error")
    assert title == "Import failed" and "folder" in message


def test_closing_during_an_import_stops_it_quietly(window, qtbot, prompts, tmp_path):
    _jsonl(tmp_path / "many.jsonl", 400)
    window.start_import([tmp_path / "many.jsonl"])
    op = window.importer._op
    with qtbot.waitSignal(op.progressed, timeout=20_000):
        pass
    window.close()  # cancels and waits for the worker
    assert window.pool.activeThreadCount() == 0
    with qtbot.waitSignal(op.finished, timeout=5_000):
        pass  # the worker's end is still delivered, and ignored
    assert prompts.asked("show_import_report") == [] and prompts.asked("show_error") == []
