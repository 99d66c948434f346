"""The export dialog on a real store: worker thread, progress, cancel, report, errors."""
from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import QRunnable, Qt

from fasl.gui.export_dialog import ExportDialog
from fasl.store.db import open_store
from fasl.store.documents import ReviewState
from fasl.store.reviews import set_state
from fasl.store.segments import get_segments


@pytest.fixture
def two_done(sample_store):
    """mona marked two sample documents done; returns their ids."""
    db = open_store(sample_store)
    try:
        ids = [i for i, in db.execute("SELECT id FROM documents ORDER BY name LIMIT 2")]
        for doc_id in ids:
            set_state(db, doc_id, "mona", ReviewState.DONE)
    finally:
        db.close()
    return ids


@pytest.fixture
def dialog(qtbot, sample_store, store_db, two_done):
    widget = ExportDialog(store_db, sample_store, "mona")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()
    assert widget.pool.activeThreadCount() == 0


def _run(qtbot, dialog):
    with qtbot.waitSignal(dialog.export_button.clicked):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running() and dialog.export_button.isEnabled())


def test_defaults_then_jsonl_export_with_progress_and_report(qtbot, dialog, tmp_path,
                                                            store_db, two_done):
    assert dialog.reviewer_box.currentText() == "mona"  # the only person with work
    assert [s for s, b in dialog.state_boxes.items() if b.isChecked()] == [ReviewState.DONE]
    assert dialog.path_edit.text().endswith("store-mona.jsonl")
    out = tmp_path / "out" / "mona.jsonl"
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(out))
    progress = []
    dialog.progress.valueChanged.connect(progress.append)
    _run(qtbot, dialog)
    assert dialog.error == ""
    assert dialog.report.documents == 2
    assert dialog.status.text() == f"Wrote 2 documents to {out}"
    assert str(out) in dialog.result_text.toPlainText() and dialog.result_text.isVisible()
    assert progress[-1] == dialog.progress.maximum() == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["state"] for r in records] == ["done", "done"]
    first = records[0]
    zones = get_segments(store_db, two_done[0], "mona")
    assert [(z["start"], z["end"], z["label"]) for z in first["zones"]] == [
        (s.start, s.end, str(s.label)) for s in zones]
    # the path, once typed, stays when the format changes
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("conll"))
    assert dialog.path_edit.text() == str(out)


def test_missing_options_are_said_and_nothing_runs(qtbot, dialog):
    dialog.state_boxes[ReviewState.DONE].setChecked(False)
    assert not dialog.start()
    assert dialog.error == "Tick at least one review state."
    assert dialog.status.text() == dialog.error and dialog.op is None


def test_a_failure_is_reported_clearly_and_the_dialog_stays_usable(qtbot, dialog, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    dialog.path_edit.setText(str(blocker / "out.jsonl"))  # a "folder" that is a file
    _run(qtbot, dialog)
    assert dialog.error.startswith("Export failed: ")
    assert str(blocker) in dialog.error
    assert dialog.report is None and dialog.export_button.isEnabled()
    dialog.reviewer_box.setCurrentText("nobody")
    dialog.path_edit.setText(str(tmp_path / "ok.jsonl"))
    _run(qtbot, dialog)
    assert "nobody" in dialog.error
    assert not (tmp_path / "ok.jsonl").exists()


class _Gate(QRunnable):
    """Holds the dialog's only worker thread until released."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def run(self) -> None:
        self.release.wait(10)


def test_cancel_leaves_nothing_behind(qtbot, dialog, tmp_path):
    out = tmp_path / "cancelled.jsonl"
    dialog.path_edit.setText(str(out))
    gate = _Gate()
    dialog.pool.setMaxThreadCount(1)
    dialog.pool.start(gate)  # the export waits behind it, so Cancel comes first
    assert dialog.start()
    assert dialog.cancel_button.isEnabled() and not dialog.format_box.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.release.set()
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert dialog.report.cancelled
    assert dialog.status.text() == "Export cancelled; nothing was written."
    assert list(tmp_path.glob("cancelled*")) == []
    assert dialog.format_box.isEnabled()


def test_brat_goes_to_a_folder(qtbot, dialog, tmp_path):
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("brat"))
    assert dialog.path_edit.text().endswith("store-mona-brat")
    dialog.path_edit.setText(str(tmp_path / "brat"))
    _run(qtbot, dialog)
    assert dialog.error == ""
    names = sorted(p.suffix for p in (tmp_path / "brat").iterdir())
    assert names.count(".ann") == 2 and names.count(".txt") == 2
