"""Suggestions in the real window: computed off the GUI thread, accepted and rejected with
keys (one, all of a type, all), undone, never offered again once rejected; the entity list;
type sets and suggestion sources chosen in the Entities menu."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from fasl.store.db import open_store
from fasl.store.entities import EntityState, get_entities
from fasl.store.importer import import_paths
from fasl.store.settings import entity_type_set

REVIEWER = "mona"
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def stored(path, doc_id, state=None):
    db = open_store(path)
    try:
        found = get_entities(db, doc_id, REVIEWER, list(EntityState))
    finally:
        db.close()
    rows = [(e.start, e.end, e.type, str(e.state)) for e in found]
    return rows if state is None else [r for r in rows if r[3] == state]


def settled(qtbot, w):
    """Wait until the suggestion job has finished and its result was handled."""
    qtbot.waitUntil(lambda: not w.entities.suggesting, timeout=20000)


def key(qtbot, w, k, modifiers=NONE):
    qtbot.keyClick(w.view.editor, k, modifiers)


@pytest.fixture
def ready(open_review_window, sample_store, activate_window, qtbot):
    w = open_review_window(sample_store)
    activate_window(w)
    w.view.setFocus()
    qtbot.waitUntil(w.view.editor.hasFocus)
    settled(qtbot, w)
    assert stored(sample_store, w.session.doc_id, "pending")
    return w


@pytest.fixture
def long_store(tmp_path):
    """The samples plus one long article (~80k characters: its suggestions take a while)."""
    from fasl.resources import resource_path

    folder = tmp_path / "docs"
    folder.mkdir()
    samples = sorted(resource_path("samples").glob("*.txt"))
    for path in samples:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    body = "\n".join(p.read_text(encoding="utf-8") for p in samples)
    for name in ("long.txt", "long2.txt"):  # two: the list may open one of them first
        (folder / name).write_text(
            "\n".join(f"{body}\nالجزء {k} {name}" for k in range(10)), encoding="utf-8")
    path = tmp_path / "long.sqlite"
    db = open_store(path)
    assert len(import_paths(db, [folder]).imported) == 5
    db.close()
    return path


def test_opening_a_document_never_waits_for_suggestions_and_stale_ones_are_dropped(
        open_review_window, long_store, qtbot):
    w = open_review_window(long_store)
    settled(qtbot, w)
    by_name = {w.model.index(r, 0).data(): w.model.doc_id(r)
               for r in range(w.model.rowCount())}
    long_docs = {by_name["long.txt"], by_name["long2.txt"]}
    long_doc = next(d for d in long_docs if d != w.session.doc_id)  # never opened yet
    short = next(d for d in by_name.values() if d not in long_docs | {w.session.doc_id})

    w.panel.select_doc(long_doc)
    # the text is on screen at once; the suggestions are still to come
    assert w.session.doc_id == long_doc and len(w.view.editor.toPlainText()) > 50_000
    assert w.entities.suggesting and w.entities.layer.shown == []
    qtbot.waitUntil(lambda: w.entities.suggester.busy)  # the worker is on it now
    w.panel.select_doc(short)  # leave before the worker is done with it
    assert w.session.doc_id == short and w.entities.suggesting
    assert w.entities.layer.shown == []
    settled(qtbot, w)
    assert stored(long_store, short, "pending")  # arrived for the open document
    assert stored(long_store, long_doc) == []  # the left document's result was dropped
    assert len(w.entities.layer.shown) == len(stored(long_store, short))
    assert w.statusBar().currentMessage().startswith(f"{len(w.entities.layer.shown)} new")


def test_accept_and_reject_one_all_of_a_type_and_all_then_undo_and_redo(ready, qtbot,
                                                                         sample_store):
    w = ready
    doc = w.session.doc_id
    snapshots = [stored(sample_store, doc)]
    w.view.set_cursor_position(0)
    key(qtbot, w, Qt.Key.Key_Period)  # the first suggestion
    first = w.entities.selected()
    assert first is not None and first.state is EntityState.PENDING
    key(qtbot, w, Qt.Key.Key_A)
    assert (first.start, first.end, first.type, "accepted") in stored(sample_store, doc)
    snapshots.append(stored(sample_store, doc))
    second = w.entities.selected()  # moved on to the next suggestion by itself
    assert second.state is EntityState.PENDING and second.id != first.id
    key(qtbot, w, Qt.Key.Key_X)
    assert (second.start, second.end, second.type, "rejected") in stored(sample_store, doc)
    snapshots.append(stored(sample_store, doc))
    kind = w.entities.selected().type
    key(qtbot, w, Qt.Key.Key_A, SHIFT)  # every suggestion of that type
    assert not [r for r in stored(sample_store, doc, "pending") if r[2] == kind]
    snapshots.append(stored(sample_store, doc))
    key(qtbot, w, Qt.Key.Key_X, CTRL | SHIFT)  # every suggestion left in the document
    assert stored(sample_store, doc, "pending") == []
    snapshots.append(stored(sample_store, doc))
    assert len({tuple(s) for s in snapshots}) == 5
    # the dashed suggestions are gone from the screen, the accepted ones painted
    assert all(not s.pending for s in w.entities.layer.shown)

    for expected in reversed(snapshots[:-1]):
        key(qtbot, w, Qt.Key.Key_Z, CTRL)
        assert stored(sample_store, doc) == expected
    for expected in snapshots[1:]:
        key(qtbot, w, Qt.Key.Key_Z, CTRL | SHIFT)
        assert stored(sample_store, doc) == expected


def test_a_rejected_suggestion_is_not_offered_again_after_reopening(
        ready, qtbot, sample_store, open_review_window):
    w = ready
    doc = w.session.doc_id
    w.view.set_cursor_position(0)
    key(qtbot, w, Qt.Key.Key_Period)
    gone = w.entities.selected()
    key(qtbot, w, Qt.Key.Key_Delete)  # Delete on a suggestion rejects it
    assert stored(sample_store, doc, "rejected") == [(gone.start, gone.end, gone.type,
                                                      "rejected")]
    w.close()

    again = open_review_window(sample_store)
    assert again.session.doc_id == doc
    settled(qtbot, again)
    again.entities.request_suggestions()  # and once more, explicitly
    settled(qtbot, again)
    spans = [(r[0], r[1]) for r in stored(sample_store, doc)]
    assert spans.count((gone.start, gone.end)) == 1
    assert (gone.start, gone.end, gone.type, "rejected") in stored(sample_store, doc)
    assert gone.id not in [s.entity.id for s in again.entities.layer.shown]


def test_the_entity_list_groups_by_type_and_jumps_to_an_occurrence(ready, qtbot):
    w = ready
    model, tree = w.entities.model, w.entities.dock.tree
    assert w.entities.dock.isVisible()
    groups = model.group_rows()
    assert [g[0] for g in groups] == [t for t in w.entities.typeset.ids()
                                      if t in {g[0] for g in groups}]
    assert sum(a + p for _, a, p in groups) == len(w.entities.layer.shown)
    last_group = model.index(model.rowCount() - 1, 0)
    target = model.index(model.rowCount(last_group) - 1, 0, last_group)
    entity = model.entity(target)
    tree.scrollTo(target)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(target).center())
    assert w.entities.selected() == entity
    assert w.view.cursor_position() == entity.start
    editor = w.view.editor
    assert editor.viewport().rect().contains(editor.cursorRect().center())
    assert "✓" in model.index(0, 1).data() or "?" in model.index(0, 1).data()


@pytest.fixture
def two_docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("قال زيدان الكركي إن الاجتماع انتهى.\n", encoding="utf-8")
    (folder / "b.txt").write_text("وصل وزيدان الكركي أمس، ثم غادر زيدان الكركي.\n",
                                  encoding="utf-8")
    path = tmp_path / "store.sqlite"
    db = open_store(path)
    assert len(import_paths(db, [folder]).imported) == 2
    db.close()
    return path


def test_a_tagged_string_is_learned_and_suggested_in_another_document(
        two_docs, open_review_window, activate_window, qtbot):
    settings = QSettings()
    settings.setValue("entities/source/gazetteers", False)
    settings.setValue("entities/source/patterns", False)
    w = open_review_window(two_docs)
    activate_window(w)
    settled(qtbot, w)
    by_name = {w.model.index(r, 0).data(): w.model.doc_id(r)
               for r in range(w.model.rowCount())}
    w.panel.select_doc(by_name["a.txt"])
    settled(qtbot, w)
    text = w.view.text()
    start = text.index("زيدان الكركي")
    w.view.setFocus()
    cursor = w.view.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("زيدان الكركي"), cursor.MoveMode.KeepAnchor)
    w.view.editor.setTextCursor(cursor)
    key(qtbot, w, Qt.Key.Key_P)
    w.panel.select_doc(by_name["b.txt"])
    settled(qtbot, w)
    b = w.view.text()
    pending = stored(two_docs, by_name["b.txt"], "pending")
    assert [(b[s:e], t) for s, e, t, _ in pending] == [("زيدان الكركي", "PERS")] * 2
    assert pending[0][0] == b.index("وزيدان") + 1  # the conjunction stays outside


def test_type_sets_from_the_menu_are_recorded_in_the_store(ready, qtbot, sample_store,
                                                           prompts, tmp_path,
                                                           open_review_window):
    w = ready
    c = w.entities
    menu_texts = [a.text() for a in w.entity_menu.menu.actions()]
    assert "Tag as PERS — شخص" in menu_texts
    assert c.set_type_set("anercorp")
    assert entity_type_set(w.db) == "anercorp"
    assert [chip.type.id for chip in c.legend.chips] == ["PERS", "LOC", "ORG", "MISC"]
    misc = w.findChild(type(c.actions[0]), "entity_tag_MISC")
    assert misc.shortcut().toString() == "C"
    assert "Tag as MISC — متفرقات" in [a.text() for a in w.entity_menu.menu.actions()]

    clash = tmp_path / "clash.toml"
    clash.write_text('name = "c"\n[[types]]\nid = "X1"\nname = "x"\ncolour = "#112233"\n'
                     'key = "s"\n', encoding="utf-8")
    assert not c.set_type_set(str(clash))
    title, message = prompts.asked("show_error")[-1]
    assert str(clash) in message and "'s'" in message
    assert entity_type_set(w.db) == "anercorp"

    mine = tmp_path / "mine.toml"
    mine.write_text('name = "mine"\n[[types]]\nid = "PERSON"\nname = "شخص"\n'
                    'colour = "#112233"\nkey = "q"\nfrom = ["PERS"]\n', encoding="utf-8")
    assert c.set_type_set(str(mine))
    assert entity_type_set(w.db) == str(mine)
    settled(qtbot, w)
    w.view.setFocus()
    w.view.set_cursor_position(0)
    cursor = w.view.editor.textCursor()
    text = w.view.text()
    start = text.index("لافروف")
    cursor.setPosition(start)
    cursor.setPosition(start + 6, cursor.MoveMode.KeepAnchor)
    w.view.editor.setTextCursor(cursor)
    key(qtbot, w, Qt.Key.Key_Q)
    assert c.layer.same_span(start, start + 6).type == "PERSON"

    # another machine without the file: the copy kept in the store still gives the types
    mine.unlink()
    w.close()
    again = open_review_window(sample_store)
    assert again.entities.typeset_value == str(mine)
    assert [t.id for t in again.entities.typeset.types] == ["PERSON"]
    assert again.findChild(type(c.actions[0]), "entity_tag_PERSON").shortcut().toString() == "Q"


def test_suggestion_sources_are_switchable_and_remembered(ready, qtbot, open_review_window,
                                                          sample_store):
    w = ready
    action = w.entity_menu.source_actions["gazetteers"]
    assert action.isChecked()
    action.trigger()
    assert w.entities.sources() == ["learned", "patterns", "model"]
    w.entity_menu.source_actions["model"].trigger()
    assert w.entities.sources() == ["learned", "patterns"]
    w.close()
    again = open_review_window(sample_store)
    assert not again.entity_menu.source_actions["gazetteers"].isChecked()
    assert not again.entity_menu.source_actions["model"].isChecked()
    assert again.entities.sources() == ["learned", "patterns"]


def test_the_shortcut_sheet_lists_every_entity_key(ready, qtbot):
    w = ready
    w.show_shortcuts()
    rows = {(r.action, r.keys) for r in w._sheet.rows}
    for expected in [("Accept the selected suggestion", "A"),
                     ("Reject every suggestion in the document", "Ctrl+Shift+X"),
                     ("Tag as PERS — شخص", "P"), ("Tag as DATE — تاريخ", "D"),
                     ("Widen the entity at its end (left edge) by a letter", "[")]:
        assert expected in rows
    names = {a.objectName() for a in w.entities.actions + w.entities.type_actions}
    sheet = {r.action for r in w._sheet.rows}
    assert all(a.text().rstrip(".…") in sheet for a in w.entities.actions)
    assert len(names) == len(w.entities.actions) + 9
