"""Adjudication in the app: real store, real windows offscreen, real key presses.

Two reviewers annotate the first sample article differently (the dateline/body boundary,
the type of «غزة», an entity only one of them tagged); the adjudicator walks the
differences with the keyboard, takes sides, edits gold with a zone key, undoes and redoes.
Every check of what was saved reads the store through a NEW connection.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from fasl.gui.adjudication import AdjudicationWindow
from fasl.gui.adjudication.model import DifferenceModel, Row
from fasl.store.adjudication import GOLD_REVIEWER, get_gold
from fasl.store.db import open_store
from fasl.store.documents import ReviewState, get_document
from fasl.store.entities import add_entity, get_entities
from fasl.store.history import document_history
from fasl.store.reviews import get_review, set_state
from fasl.store.segments import get_segments, save_segments
from fasl.textlogic.diff_annotations import Kind, Status
from fasl.textlogic.zones import Segment, Zone

A, B, ADJUDICATOR = "mona", "sami", "lina"
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _span(text, word, after=0):
    start = text.index(word, after)
    return start, start + len(word)


def annotate_two_reviewers(db):
    """Reviewers A and B on sample 000: they differ in a boundary and an entity type.

    Returns ``(doc_id, zones_b)``.
    """
    doc_id = next(i for i, in db.execute("SELECT id FROM documents ORDER BY name"))
    text = get_document(db, doc_id).text
    auto = get_segments(db, doc_id, "auto")
    body = next(k for k, s in enumerate(auto) if s.label == Zone.BODY)
    second_line = text.index("\n", auto[body].start) + 1
    zones_a = [Segment(s.start, s.end, s.label, s.item, 1.0, "human") for s in auto]
    # B: the dateline runs over the body's first paragraph
    zones_b = [*zones_a[:body - 1],
               Segment(zones_a[body - 1].start, second_line, Zone.DATELINE, None, 1.0, "human"),
               Segment(second_line, zones_a[body].end, Zone.BODY, None, 1.0, "human"),
               *zones_a[body + 1:]]
    save_segments(db, doc_id, A, zones_a, "test")
    save_segments(db, doc_id, B, zones_b, "test")
    for reviewer in (A, B):
        add_entity(db, doc_id, reviewer, *_span(text, "سيرجي لافروف"), "PERS", "سيرجي لافروف")
        add_entity(db, doc_id, reviewer, *_span(text, "مجلس الأمن الدولي"), "ORG",
                   "مجلس الأمن الدولي")
        set_state(db, doc_id, reviewer, ReviewState.DONE)
    add_entity(db, doc_id, A, *_span(text, "غزة"), "GPE", "غزة")
    add_entity(db, doc_id, B, *_span(text, "غزة"), "LOC", "غزة")
    minister = _span(text, "وزير الخارجية الروسي", zones_a[body].start)
    add_entity(db, doc_id, B, *minister, "OCC", "وزير الخارجية الروسي")
    return doc_id, zones_b


@pytest.fixture
def adjudication_store(sample_store):
    db = open_store(sample_store)
    try:
        doc_id, zones_b = annotate_two_reviewers(db)
    finally:
        db.close()
    return sample_store, doc_id, zones_b


@pytest.fixture
def fresh(adjudication_store):
    """Run ``fn(db)`` on a new connection to the store (what another process would see)."""
    path = adjudication_store[0]

    def read(fn):
        db = open_store(path)
        try:
            return fn(db)
        finally:
            db.close()
    return read


@pytest.fixture
def adjudicate(qtbot, adjudication_store, prompts):
    """The adjudication window on the store, shown and active, focus in the gold pane."""
    path, doc_id, _ = adjudication_store
    db = open_store(path)
    window = AdjudicationWindow(db, ADJUDICATOR, lambda t, m: prompts.show_error(None, t, m),
                                doc_id=doc_id)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.focus_gold()
    yield window
    window.close()
    db.close()


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def test_differences_listed_with_the_defaults_picked(adjudicate):
    w = adjudicate
    assert (w.combo_a.currentText(), w.combo_b.currentText()) == (A, B)
    kinds = [d.kind for d in w.session.differences]
    assert kinds == [Kind.ENTITY_TYPE, Kind.ZONE, Kind.ENTITY_ONLY_B]
    assert w.model.rowCount() == 3
    assert [w.model.status(r) for r in range(3)] == [Status.OPEN] * 3
    assert "type of «غزة»: A GPE · B LOC" in w.current_label.text()
    assert w.pane_a.caption.text().endswith("GPE «غزة»")
    assert w.pane_b.caption.text().endswith("LOC «غزة»")
    # the reviewers' panes never edit: their zone keys are off
    assert not any(a.isEnabled() for a in w.pane_a.view.actions()
                   if a.objectName().startswith("zone_"))
    assert all(a.isEnabled() for a in w.pane_gold.view.actions())


def test_take_sides_with_keys_check_store_history_then_undo_and_redo(adjudicate, qtbot, fresh,
                                                                     adjudication_store):
    w = adjudicate
    _, doc_id, zones_b = adjudication_store
    assert fresh(lambda db: get_gold(db, doc_id)) is None

    press(qtbot, w, Qt.Key.Key_R)  # difference 1: the type of «غزة» -> B's LOC
    assert w.current_row() == 1  # moved on to the zone difference
    press(qtbot, w, Qt.Key.Key_R)  # difference 2: B's dateline/body boundary
    assert w.current_row() == 2
    press(qtbot, w, Qt.Key.Key_L)  # difference 3: A has no OCC there; gold (from A) neither
    assert "already" in w.status_label.text()
    assert [w.model.status(r) for r in range(3)] == [Status.B, Status.B, Status.A]

    gold_zones = fresh(lambda db: get_segments(db, doc_id, GOLD_REVIEWER))
    assert gold_zones == zones_b
    entities = fresh(lambda db: get_entities(db, doc_id, GOLD_REVIEWER))
    assert {(e.type, e.surface) for e in entities} == {
        ("PERS", "سيرجي لافروف"), ("ORG", "مجلس الأمن الدولي"), ("LOC", "غزة")}
    history = [h for h in fresh(lambda db: document_history(db, doc_id))
               if h.reviewer == GOLD_REVIEWER]
    assert [h.action for h in history] == ["take_b", "take_b"]
    assert history[0].detail["adjudicator"] == ADJUDICATOR
    assert history[0].detail["started_from"] == "a" and history[0].detail["before"] is None
    assert history[1].detail["kind"] == "zone" and history[1].detail["reviewer"] == B

    press(qtbot, w, Qt.Key.Key_Z, CTRL)  # the boundary back to A's
    assert fresh(lambda db: get_segments(db, doc_id, GOLD_REVIEWER)) != zones_b
    press(qtbot, w, Qt.Key.Key_Z, CTRL)  # the first edit started gold: undo removes it
    assert fresh(lambda db: get_gold(db, doc_id)) is None
    assert [w.model.status(r) for r in range(3)] == [Status.OPEN] * 3
    press(qtbot, w, Qt.Key.Key_Z, CTRL | SHIFT)
    press(qtbot, w, Qt.Key.Key_Y, CTRL)
    assert fresh(lambda db: get_segments(db, doc_id, GOLD_REVIEWER)) == zones_b
    actions = [h.action for h in fresh(lambda db: document_history(db, doc_id))
               if h.reviewer == GOLD_REVIEWER]
    assert actions == ["take_b", "take_b", "undo:take_b", "undo:take_b", "take_b", "take_b"]


def test_gold_pane_zone_keys_edit_gold_and_done_marks_it(adjudicate, qtbot, fresh,
                                                         adjudication_store):
    w = adjudicate
    _, doc_id, _ = adjudication_store
    press(qtbot, w, Qt.Key.Key_N)  # to the zone difference
    assert w.current_row() == 1
    press(qtbot, w, Qt.Key.Key_G)
    assert w.pane_gold.view.editor.hasFocus()
    diff = w.current_difference()
    assert w.pane_gold.view.cursor_position() == diff.start
    press(qtbot, w, Qt.Key.Key_8)  # that zone is boilerplate, neither A's nor B's
    gold_zones = fresh(lambda db: get_segments(db, doc_id, GOLD_REVIEWER))
    assert [s.label for s in gold_zones if s.start <= diff.start < s.end] == [Zone.BOILERPLATE]
    assert w.model.status(1) is Status.OTHER
    assert w.pane_gold.view.segments() == gold_zones
    press(qtbot, w, Qt.Key.Key_D, CTRL)
    assert fresh(lambda db: get_review(db, doc_id, GOLD_REVIEWER).state) is ReviewState.DONE
    assert "last document" in w.status_label.text()


def test_take_all_is_one_undo_step(adjudicate, qtbot, fresh, adjudication_store):
    w = adjudicate
    _, doc_id, zones_b = adjudication_store
    press(qtbot, w, Qt.Key.Key_R, SHIFT)
    assert [w.model.status(r) for r in range(3)] == [Status.B] * 3
    entities = fresh(lambda db: get_entities(db, doc_id, GOLD_REVIEWER))
    assert {e.type for e in entities} == {"PERS", "ORG", "LOC", "OCC"}
    press(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert fresh(lambda db: get_gold(db, doc_id)) is None


def test_pickers_same_reviewer_twice_and_shortcut_sheet(adjudicate, qtbot):
    w = adjudicate
    w.combo_b.setCurrentText(A)
    assert w.session.info is None and w.model.rowCount() == 0
    assert "two different reviewers" in w.status_label.text()
    w.combo_b.setCurrentText(B)
    assert w.model.rowCount() == 3
    press(qtbot, w, Qt.Key.Key_Question)
    sheet = w._sheet
    assert sheet is not None and sheet.isVisible()
    listed = {(r.group, r.action): r.keys for r in sheet.rows}
    assert listed[("Adjudication", "Take the left pane's (A) annotation here")] == "L"
    assert listed[("Adjudication", "Next difference")] == "N, F8"
    assert ("Gold pane (zone keys)", "Mark zone as boilerplate") in listed
    sheet.close()


def test_difference_model(qtmodeltester):
    model = DifferenceModel()
    model.set_rows([Row("line 1 · zone: A body · B title", Status.OPEN),
                    Row("line 2 · entity", Status.A)])
    qtmodeltester.check(model)
    model.set_statuses([Status.B, Status.OTHER])
    assert model.data(model.index(1, 2)) == "edited"
    with pytest.raises(ValueError, match="statuses"):
        model.set_statuses([Status.A])


def test_render_offscreen(adjudicate, qtbot, tmp_path):
    """The window draws: both panes tinted where the zones differ, the list filled."""
    w = adjudicate
    w.resize(1500, 940)
    press(qtbot, w, Qt.Key.Key_N)
    image = w.grab().toImage()
    assert image.width() >= 1400
    assert w.grab().save(str(tmp_path / "adjudication.png"))
    # the zone-difference tint shows in pane A where its selection covers the region
    selections = w.pane_a.view.editor.extraSelections()
    assert len(selections) >= 4  # zone difference, 3 entities, current



def test_reviewer_edits_made_elsewhere_show_when_the_window_is_active_again(
        adjudicate, qtbot, adjudication_store, fresh):
    w = adjudicate
    _, doc_id, zones_b = adjudication_store
    assert not w.session.reload()  # nothing changed: the list is kept as it is

    def b_agrees_on_zones(db):  # B, in another window, takes back A's boundary
        save_segments(db, doc_id, B, get_segments(db, doc_id, A), "test")
    fresh(b_agrees_on_zones)
    assert w.model.rowCount() == 3  # not yet re-read
    w.changeEvent(QEvent(QEvent.Type.ActivationChange))  # the window is active again
    assert [d.kind for d in w.session.differences] == [Kind.ENTITY_TYPE, Kind.ENTITY_ONLY_B]
    assert w.model.rowCount() == 2


def test_gold_can_start_from_the_agreed_entities(adjudicate, qtbot, adjudication_store, fresh):
    w = adjudicate
    _, doc_id, _ = adjudication_store
    w.combo_start.setCurrentIndex(w.combo_start.findData("agreed"))
    assert {s.type for s in w.session.base().spans} == {"PERS", "ORG"}  # not «غزة»
    press(qtbot, w, Qt.Key.Key_N)
    press(qtbot, w, Qt.Key.Key_L)  # the zones: A's, and gold is written
    entities = fresh(lambda db: get_entities(db, doc_id, GOLD_REVIEWER))
    assert {e.type for e in entities} == {"PERS", "ORG"}
    assert w.model.status(0) is Status.OTHER  # neither GPE nor LOC for «غزة» yet
    assert not w.combo_start.isEnabled()
    history = fresh(lambda db: document_history(db, doc_id))[-1]
    assert history.detail["started_from"] == "agreed"
