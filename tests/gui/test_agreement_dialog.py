"""The agreement dialog on a real store of two reviewers: figures, order, opening a document."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from team_fixture import BOUNDARY_SHARE, KAPPA, make_team_store

from fasl.gui.agreement_dialog import AgreementDialog


@pytest.fixture
def team_store(tmp_path):
    return make_team_store(tmp_path / "team.sqlite")


@pytest.fixture
def dialog(qtbot, team_store):
    dlg = AgreementDialog(team_store, ["amal", "badr"], current="badr")
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    dlg.close()
    assert dlg.pool.activeThreadCount() == 0


def _cells(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _double_click_row(qtbot, table, row):
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_figures_and_documents_by_disagreement(qtbot, dialog, tmp_path):
    assert dialog.reviewer_a.currentText() == "badr"  # the current reviewer comes first
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        assert dialog.compare()
        assert dialog.busy_box.isVisibleTo(dialog) and not dialog.compare_button.isEnabled()
    assert not dialog.busy_box.isVisibleTo(dialog) and dialog.compare_button.isEnabled()
    assert dialog.figures["kappa"].text() == f"{KAPPA:.3f}"
    assert dialog.figures["boundary"].text() == f"{BOUNDARY_SHARE:.3f}  (2 / 3)"
    assert dialog.figures["documents"].text() == "3  (11 lines)"
    # badr is A here: counts swap sides, F1 does not change.
    assert _cells(dialog.entity_model) == [
        ["GPE", "1", "1", "0.000", "1.000"],
        ["ORG", "0", "1", "0.000", "0.000"],
        ["PERS", "3", "3", "0.667", "0.667"],
        ["all", "4", "5", "0.444", "0.667"],
    ]
    docs = _cells(dialog.doc_model)
    assert [row[0] for row in docs] == ["doc1.txt", "doc3.txt", "doc2.txt"]
    assert docs[0] == ["doc1.txt", "0.46", "1 / 4", "differs", "0.333"]
    assert docs[2][4] == "—"  # no entities on doc2: no F1
    dialog.grab().save(str(tmp_path / "agreement.png"))

    doc1 = dialog.doc_model.key(0)
    with qtbot.waitSignal(dialog.open_document, timeout=2000) as opened:
        _double_click_row(qtbot, dialog.doc_table, 0)
    assert opened.args == [doc1]


def test_same_reviewer_twice_is_refused_with_a_message(dialog):
    dialog.reviewer_b.setCurrentText("badr")
    dialog.reviewer_a.setCurrentText("badr")
    assert not dialog.compare()
    assert "two different reviewers" in dialog.message.text()


def test_no_shared_done_documents_says_so(qtbot, dialog, team_store):
    from fasl.store.db import open_store
    from fasl.store.documents import ReviewState
    from fasl.store.reviews import set_state

    db = open_store(team_store)
    for row in list(db["documents"].rows):
        set_state(db, row["id"], "amal", ReviewState.IN_PROGRESS)
    db.close()
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        dialog.compare()
    assert "no document in common that both marked done" in dialog.message.text()
    assert dialog.figures["kappa"].text() == "—"
    dialog.worked.setChecked(True)
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        dialog.compare()
    assert dialog.figures["kappa"].text() == f"{KAPPA:.3f}"


def test_fewer_than_two_reviewers(qtbot, team_store):
    dlg = AgreementDialog(team_store, ["amal"])
    qtbot.addWidget(dlg)
    assert not dlg.compare_button.isEnabled()
    assert "at least two reviewers" in dlg.message.text()


def test_closing_while_computing_waits_for_the_worker(qtbot, team_store):
    dlg = AgreementDialog(team_store, ["amal", "badr"])
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.compare()
    dlg.reject()  # Escape
    assert dlg.pool.activeThreadCount() == 0


def test_team_menu_opens_the_dialog_and_a_double_click_opens_the_document(
        qtbot, open_review_window, team_store):
    from PySide6.QtGui import QAction

    window = open_review_window(team_store, reviewer="amal")
    action = window.findChild(QAction, "agreement")
    assert action is not None and action.text() == "&Agreement…"
    action.trigger()
    dialog = window.findChild(AgreementDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert dialog.reviewer_a.currentText() == "amal"
    assert dialog.figures["kappa"].text() == f"{KAPPA:.3f}"
    doc3 = dialog.doc_model.key(1)
    assert dialog.doc_model.index(1, 0).data() == "doc3.txt"
    _double_click_row(qtbot, dialog.doc_table, 1)
    qtbot.waitUntil(lambda: window.session.doc_id == doc3)
    assert window.panel.current_doc_id() == doc3
    dialog.close()
    assert dialog.pool.activeThreadCount() == 0
