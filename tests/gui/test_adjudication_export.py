"""Adjudicate one document from the review window, then export gold through the dialog.

The whole path of issue 6's "done when": Team > Adjudicate…, keys in the adjudication
window, gold marked done, File > Export…, and the written file checked against the store.
"""
from __future__ import annotations

import json

from PySide6.QtCore import Qt

from fasl.gui.adjudication import AdjudicationWindow
from fasl.gui.export_dialog import ExportDialog
from fasl.gui.shortcuts import shortcut_rows
from fasl.store.adjudication import GOLD_REVIEWER
from fasl.store.documents import ReviewState
from fasl.store.reviews import get_review

# The two reviewers' annotations and the helpers are test_adjudication_window's (tests/gui is on
# sys.path: pytest's default import mode puts a package-less test folder there).
from test_adjudication_window import (  # noqa: E402, F401 (fixtures used by name)
    ADJUDICATOR,
    CTRL,
    adjudication_store,
    fresh,
    press,
)


def test_adjudicate_from_the_review_window_then_export_gold(open_review_window, qtbot,
                                                           adjudication_store, tmp_path,
                                                           activate_window, fresh):
    """The whole path: Team > Adjudicate…, keys, gold done, File > Export…, the file."""
    path, doc_id, zones_b = adjudication_store
    main = open_review_window(path, ADJUDICATOR)
    team = next(a.menu() for a in main.menuBar().actions() if a.text() == "&Team")
    assert "adjudicate" in [a.objectName() for a in team.actions()]
    activate_window(main)
    qtbot.keyClick(main.view.editor, Qt.Key.Key_J, CTRL)
    w = main.findChild(AdjudicationWindow, "adjudication_window")
    assert w is not None and w.isVisible() and w.session.doc_id == doc_id
    activate_window(w)
    w.focus_gold()
    for key in (Qt.Key.Key_R, Qt.Key.Key_R):  # B's type of «غزة», B's boundary
        press(qtbot, w, key)
    press(qtbot, w, Qt.Key.Key_D, CTRL)
    assert fresh(lambda db: get_review(db, doc_id, GOLD_REVIEWER).state) is ReviewState.DONE
    # the review window's sheet lists the adjudication keys too
    rows = {(r.group, r.action) for r in shortcut_rows(main.shortcut_groups())}
    assert ("Adjudication window", "Take the right pane's (B) annotation here") in rows
    w.close()

    activate_window(main)
    qtbot.keyClick(main.view.editor, Qt.Key.Key_E, CTRL)
    dialog = main.findChild(ExportDialog, "export_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.reviewer_box.currentText() == GOLD_REVIEWER  # gold has a done document
    out = tmp_path / "gold.jsonl"
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error != "")
    assert dialog.error == "" and dialog.report.documents == 1
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["reviewer"] == GOLD_REVIEWER and record["state"] == "done"
    assert [(z["start"], z["end"], z["label"]) for z in record["zones"]] == [
        (s.start, s.end, str(s.label)) for s in zones_b]
    text = record["text"]
    assert {(text[e["start"]:e["end"]], e["type"]) for e in record["entities"]} == {
        ("سيرجي لافروف", "PERS"), ("مجلس الأمن الدولي", "ORG"), ("غزة", "LOC")}
    dialog.close()
