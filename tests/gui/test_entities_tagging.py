"""Entity tagging in the real review window: keys on selections, clicks, nesting, crossing,
widening, undo and redo, all checked against the store through a second connection."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

from fasl.gui.entities.typeset import tint
from fasl.store.db import open_store
from fasl.store.entities import EntityState, get_entities
from fasl.store.history import document_history

from entity_window import ALT, CTRL, REVIEWER, SHIFT, TEXT, key, select, span, u16


@pytest.fixture
def rows(entity_store):
    """The reviewer's entities in every state, as a fresh connection reads them."""
    def read(doc_id):
        db = open_store(entity_store)
        try:
            return [(e.start, e.end, e.type, str(e.origin), str(e.state))
                    for e in get_entities(db, doc_id, REVIEWER, list(EntityState))]
        finally:
            db.close()
    return read


@pytest.fixture
def win(entity_window):
    return entity_window


def click_at(qtbot, w, cp: int) -> None:
    editor = w.view.editor
    cursor = QTextCursor(editor.document())
    cursor.setPosition(u16(cp))
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.cursorRect(cursor).center())


def formats_at(w, cp: int):
    """The highlighter's merged format at code point ``cp``."""
    block = w.view.editor.document().findBlock(u16(cp))
    pos = u16(cp) - block.position()
    hits = [QTextCharFormat(r.format) for r in block.layout().formats()
            if r.start <= pos < r.start + r.length]
    assert len(hits) <= 1
    return hits[0] if hits else None


def test_a_type_key_tags_the_snapped_selection_leaving_the_proclitic_outside(win, qtbot, rows):
    doc = win.session.doc_id
    start, end = span("بالكرملين")
    select(win, start - 1, end + 1)  # a sloppy selection: the space before and after
    key(qtbot, win, Qt.Key.Key_R)  # ORG in the default set
    assert rows(doc) == [(*span("الكرملين"), "ORG", "human", "accepted")]
    # painted with its type's background, and selected (framed) for the next key
    fmt = formats_at(win, span("الكرملين")[0] + 2)
    org = win.entities.typeset.get("ORG")
    assert fmt.background().color() == tint(QColor(org.colour))
    assert formats_at(win, start) is None  # the ب stays unpainted
    assert win.entities.selected().type == "ORG"
    assert "الكرملين" in win.entities.legend.status.text()


def test_click_an_entity_then_retype_and_delete_it_with_keys(win, qtbot, rows):
    doc = win.session.doc_id
    select(win, *span("موسكو"))
    key(qtbot, win, Qt.Key.Key_G)
    win.entities.deselect()
    click_at(qtbot, win, span("موسكو")[0] + 2)
    assert win.entities.selected().surface == "موسكو"
    key(qtbot, win, Qt.Key.Key_L)  # LOC
    assert rows(doc) == [(*span("موسكو"), "LOC", "human", "accepted")]
    key(qtbot, win, Qt.Key.Key_Delete)
    assert rows(doc) == []
    assert formats_at(win, span("موسكو")[0] + 1) is None


def test_nested_entities_show_both_and_a_crossing_span_is_refused(win, qtbot, rows, prompts):
    doc = win.session.doc_id
    select(win, *span("وزير الخارجية الروسي"))
    key(qtbot, win, Qt.Key.Key_O)  # OCC
    select(win, *span("الروسي"))
    key(qtbot, win, Qt.Key.Key_N)  # NORP inside it
    select(win, *span("سيرجي لافروف"))
    key(qtbot, win, Qt.Key.Key_P)
    assert rows(doc) == [(*span("وزير الخارجية الروسي"), "OCC", "human", "accepted"),
                         (*span("الروسي"), "NORP", "human", "accepted"),
                         (*span("سيرجي لافروف"), "PERS", "human", "accepted")]
    ts = win.entities.typeset
    inner = formats_at(win, span("الروسي")[0] + 1)  # outer background AND inner underline
    assert inner.background().color() == tint(QColor(ts.get("OCC").colour))
    assert inner.underlineStyle() == inner.UnderlineStyle.SingleUnderline
    assert inner.underlineColor() == QColor(ts.get("NORP").colour)
    outer_only = formats_at(win, span("وزير")[0])
    assert outer_only.underlineStyle() == outer_only.UnderlineStyle.NoUnderline

    before = rows(doc)
    select(win, *span("الروسي سيرجي"))
    key(qtbot, win, Qt.Key.Key_P)
    assert rows(doc) == before
    message = win.statusBar().currentMessage()
    assert "would cross OCC «وزير الخارجية الروسي»" in message and "الروسي سيرجي" in message
    assert prompts.asked("show_error") == []
    # widening an entity into a crossing is refused the same way
    win.entities.select_entity(win.entities.layer.same_span(*span("سيرجي لافروف")).id)
    key(qtbot, win, Qt.Key.Key_BracketLeft, ALT)  # one word more at its end: "إن"
    assert rows(doc)[-1][:2] == (span("سيرجي لافروف إن")) and rows(doc)[-1][4] == "accepted"
    key(qtbot, win, Qt.Key.Key_BracketRight, ALT)  # one word at its start: crosses OCC
    assert "cross" in win.statusBar().currentMessage()
    assert rows(doc)[-1][:2] == span("سيرجي لافروف إن")


def test_widen_and_narrow_by_a_letter_and_a_word(win, qtbot, rows):
    doc = win.session.doc_id
    select(win, *span("بالكرملين"))
    key(qtbot, win, Qt.Key.Key_R)
    key(qtbot, win, Qt.Key.Key_BracketRight)  # start (right edge) out by a letter: the ب
    assert rows(doc)[0][:2] == span("بالكرملين")
    key(qtbot, win, Qt.Key.Key_BracketRight, CTRL)  # and back in
    assert rows(doc)[0][:2] == span("الكرملين")
    key(qtbot, win, Qt.Key.Key_BracketLeft, ALT)  # end (left edge) out by a word
    assert rows(doc)[0][:2] == span("الكرملين أمس")
    key(qtbot, win, Qt.Key.Key_BracketLeft, CTRL | ALT)  # and in by a word
    assert rows(doc)[0][:2] == span("الكرملين")
    key(qtbot, win, Qt.Key.Key_BracketLeft, CTRL)  # in by a letter at the end
    assert rows(doc)[0][:2] == span("الكرملي")
    assert rows(doc)[0][2:] == ("ORG", "human", "accepted")


def test_a_selection_after_an_emoji_and_tashkeel_lands_on_the_right_characters(win, qtbot,
                                                                                rows):
    doc = win.session.doc_id
    word = "مُحَمَّدٌ"
    start, end = span(word)
    assert u16(start) == start + 1  # the emoji counts twice for Qt
    select(win, start, end)
    key(qtbot, win, Qt.Key.Key_P)
    stored = rows(doc)
    assert stored == [(start, end, "PERS", "human", "accepted")]
    assert TEXT[stored[0][0]:stored[0][1]] == word
    # and it is painted on those characters on screen, not one to the side
    assert formats_at(win, start) is not None and formats_at(win, end - 1) is not None
    assert formats_at(win, start - 1) is None and formats_at(win, end) is None
    click_at(qtbot, win, start + 2)
    assert win.entities.selected().surface == word


def test_every_edit_is_undone_and_redone_exactly(win, qtbot, rows):
    doc = win.session.doc_id
    states = [rows(doc)]
    select(win, *span("وزير الخارجية الروسي"))
    key(qtbot, win, Qt.Key.Key_O)
    states.append(rows(doc))
    select(win, *span("الروسي"))
    key(qtbot, win, Qt.Key.Key_N)
    states.append(rows(doc))
    key(qtbot, win, Qt.Key.Key_G)  # retype the selected NORP as GPE
    states.append(rows(doc))
    key(qtbot, win, Qt.Key.Key_BracketRight, ALT)  # widen it by a word at its start
    states.append(rows(doc))
    key(qtbot, win, Qt.Key.Key_Delete)
    states.append(rows(doc))
    assert states[-1] == states[1] and states[4][1][:2] == span("الخارجية الروسي")
    assert states[3][1][2] == "GPE"
    ids = [e.id for e in win.entities.layer.entities()]

    for expected in reversed(states[:-1]):
        key(qtbot, win, Qt.Key.Key_Z, CTRL)
        assert rows(doc) == expected
    assert rows(doc) == [] and not win.undo_action.isEnabled()
    for expected in states[1:]:
        key(qtbot, win, Qt.Key.Key_Z, CTRL | SHIFT)
        assert rows(doc) == expected
    assert [e.id for e in win.entities.layer.entities()] == ids  # same rows, same ids
    actions = [e.action for e in document_history(win.db, doc)]
    assert actions[-15:] == [
        "add_entity", "add_entity", "retype_entity", "resize_entity", "delete_entity",
        "restore_entity", "undo:resize_entity", "undo:retype_entity", "delete_entity",
        "delete_entity",
        "restore_entity", "restore_entity", "retype_entity", "resize_entity", "delete_entity"]


def test_zone_and_entity_edits_share_one_undo_stack(win, qtbot, rows):
    doc = win.session.doc_id
    zones = win.view.segments()
    select(win, *span("موسكو"))
    key(qtbot, win, Qt.Key.Key_G)
    win.view.set_cursor_position(0)
    key(qtbot, win, Qt.Key.Key_8)  # relabel the first zone
    assert win.view.segments() != zones
    key(qtbot, win, Qt.Key.Key_Z, CTRL)
    assert win.view.segments() == zones and len(rows(doc)) == 1
    key(qtbot, win, Qt.Key.Key_Z, CTRL)
    assert rows(doc) == []


def test_keys_without_a_selection_explain_themselves(win, qtbot, rows):
    doc = win.session.doc_id
    win.view.set_cursor_position(0)
    win.entities.deselect()
    key(qtbot, win, Qt.Key.Key_P)
    assert "Select some text" in win.statusBar().currentMessage()
    key(qtbot, win, Qt.Key.Key_A)
    assert "suggestion" in win.statusBar().currentMessage()
    select(win, TEXT.index(":"), TEXT.index(":") + 1)  # punctuation only
    key(qtbot, win, Qt.Key.Key_P)
    assert "no word" in win.statusBar().currentMessage()
    assert rows(doc) == []


def test_a_double_clicked_word_and_a_shift_arrow_selection_are_tagged(win, qtbot, rows):
    doc = win.session.doc_id
    editor = win.view.editor
    cursor = QTextCursor(editor.document())
    cursor.setPosition(u16(span("بالكرملين")[0] + 4))
    qtbot.mouseDClick(editor.viewport(), Qt.MouseButton.LeftButton,
                      pos=editor.cursorRect(cursor).center())
    assert editor.textCursor().selectedText() == "بالكرملين"
    key(qtbot, win, Qt.Key.Key_R)
    assert rows(doc) == [(*span("الكرملين"), "ORG", "human", "accepted")]

    win.view.set_cursor_position(span("موسكو")[0])
    for _ in range(len("موسكو")):  # Shift+Left extends forward in right-to-left text
        key(qtbot, win, Qt.Key.Key_Left, SHIFT)
    assert editor.textCursor().selectedText() == "موسكو"
    key(qtbot, win, Qt.Key.Key_G)
    assert rows(doc)[-1] == (*span("موسكو"), "GPE", "human", "accepted")


def test_a_broken_project_type_set_falls_back_to_the_default_and_says_so(
        open_review_window, sample_store, qtbot):
    from fasl.store.db import open_store
    from fasl.store.settings import set_entity_type_set

    db = open_store(sample_store)
    set_entity_type_set(db, "/nowhere/project-types.toml", "mona", "not toml [")
    db.close()
    w = open_review_window(sample_store)  # the warning is posted to run right after this
    qtbot.waitUntil(lambda: w.statusBar().currentMessage().startswith(
        "Using the default type set"))  # (an exception in that callback fails the test)
    assert "PERS" in {t.id for t in w.entities.typeset.types}
