"""Entity edits on a store that cannot be written: kept on screen and on the undo stack,
waiting in order in the window's queue with the zone edits, counted by the banner, saved
when the store takes them; refused in a read-only window; the suggestion worker on a locked
store.  Real stores and real locks: another connection holding ``BEGIN IMMEDIATE``, SQLite's
``query_only`` (a store it refuses as read-only) and ``max_page_count`` (a full disk)."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from fasl.gui.entities.compute import handle
from fasl.gui.entities.suggester import _types
from fasl.store.db import open_store, set_busy_timeout
from fasl.store.entities import EntityState, add_suggestions, get_entities
from fasl.store.history import document_history
from fasl.store.importer import import_paths

from entity_window import (ALT, CTRL, NONE, REVIEWER, SHIFT, key, select, span, suggestions,
                           u16)

ENTITY_ACTIONS = ("add_entity", "retype_entity", "resize_entity", "delete_entity",
                  "restore_entity", "accepted_entities", "rejected_entities",
                  "pending_entities", "undo:retype_entity", "undo:resize_entity")


def shown(w) -> list[tuple]:
    """What the window shows: (start, end, type, state) of the open document's entities."""
    return [(e.start, e.end, e.type, str(e.state)) for e in w.entities.layer.entities()]


@pytest.fixture
def stored(entity_store):
    """The reviewer's live entities and the entity history, as a fresh connection reads."""
    def read(doc_id):
        db = open_store(entity_store)
        try:
            rows = [(e.id, e.start, e.end, e.type, str(e.state))
                    for e in get_entities(db, doc_id, REVIEWER)]
            history = [(h.action, h.detail) for h in document_history(db, doc_id)
                       if h.action in ENTITY_ACTIONS]
            return rows, history
        finally:
            db.close()
    return read


def _ready(w, qtbot, activate_window):
    activate_window(w)
    w.view.setFocus()
    qtbot.waitUntil(w.view.editor.hasFocus)
    # The window's real wait for another process's lock is 2 s; the tests wait less.
    set_busy_timeout(w.db, 100)
    return w


@pytest.fixture
def win(entity_window):
    """The window on TEXT, suggestions off; the lock wait shortened for the tests."""
    # The window's real wait for another process's lock is 2 s; the tests wait less.
    set_busy_timeout(entity_window.db, 100)
    return entity_window


@pytest.fixture
def lock(entity_store):
    """Another process's write lock on the store, held until ``release()``."""
    conn = sqlite3.connect(entity_store, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")

    class Lock:
        holder = conn

        @staticmethod
        def release():
            if conn.in_transaction:
                conn.execute("ROLLBACK")

    yield Lock
    Lock.release()
    conn.close()


def test_a_tag_and_its_retype_on_a_locked_store_wait_in_order_and_land_with_one_id(
        win, qtbot, lock, stored):
    doc = win.session.doc_id
    lavrov = span("سيرجي لافروف")
    select(win, *lavrov)
    key(qtbot, win, Qt.Key.Key_P)
    # on screen, selected, on the undo stack, counted by the banner; not in the store
    assert shown(win) == [(*lavrov, "PERS", "accepted")]
    assert win.entities.selected().surface == "سيرجي لافروف"
    assert win.stacks.active().count() == 1 and win.undo_action.isEnabled()
    assert win.care.banner.isVisible()
    assert win.care.banner.text().startswith(
        "1 edit is not saved yet: the store cannot be written (database is locked)")
    assert stored(doc) == ([], [])

    key(qtbot, win, Qt.Key.Key_L)  # retype the selected (waiting) entity as LOC
    assert shown(win) == [(*lavrov, "LOC", "accepted")]
    assert win.care.pending.count == 2 and win.care.banner.text().startswith("2 edits are")
    assert stored(doc) == ([], [])

    lock.release()
    win.care.banner.retry.click()  # "Retry now"
    assert win.care.pending.count == 0 and not win.care.banner.isVisible()
    rows, history = stored(doc)
    (entity_id, *rest), = rows
    assert rest == [*lavrov, "LOC", "accepted"]
    assert history == [
        ("add_entity", {"id": entity_id, "start": lavrov[0], "end": lavrov[1], "type": "PERS",
                        "surface": "سيرجي لافروف"}),
        ("retype_entity", {"id": entity_id, "before": "PERS", "after": "LOC"})]
    # the screen now names the stored row, and it is still the selected one
    assert [e.id for e in win.entities.layer.entities()] == [entity_id]
    assert win.entities.selected().id == entity_id
    # and undo after the lock is gone works on that row
    key(qtbot, win, Qt.Key.Key_Z, CTRL)
    assert stored(doc)[0] == [(entity_id, *lavrov, "PERS", "accepted")]


def test_every_edit_undone_and_redone_while_locked_lands_as_it_would_unlocked(
        win, qtbot, lock, stored):
    """The same keys as test_entities_tagging's undo/redo test, all made while the store is
    locked: the screen follows every key, and the store ends with the same rows, ids and
    history steps as when each was saved at once."""
    doc = win.session.doc_id
    states = [shown(win)]
    select(win, *span("وزير الخارجية الروسي"))
    key(qtbot, win, Qt.Key.Key_O)
    states.append(shown(win))
    select(win, *span("الروسي"))
    key(qtbot, win, Qt.Key.Key_N)  # nested inside the waiting OCC
    states.append(shown(win))
    key(qtbot, win, Qt.Key.Key_G)  # retype the selected (waiting) NORP as GPE
    states.append(shown(win))
    key(qtbot, win, Qt.Key.Key_BracketRight, ALT)  # widen it by a word at its start
    states.append(shown(win))
    key(qtbot, win, Qt.Key.Key_Delete)
    states.append(shown(win))
    assert states[-1] == states[1] and states[4][1][:2] == span("الخارجية الروسي")
    assert states[3][1][2] == "GPE"
    for expected in reversed(states[:-1]):
        key(qtbot, win, Qt.Key.Key_Z, CTRL)
        assert shown(win) == expected
    assert not win.undo_action.isEnabled()
    for expected in states[1:]:
        key(qtbot, win, Qt.Key.Key_Z, CTRL | SHIFT)
        assert shown(win) == expected
    assert win.care.pending.count == 15 and stored(doc) == ([], [])

    lock.release()
    assert win.care.pending.retry()
    rows, history = stored(doc)
    assert [r[1:] for r in rows] == [(*span("وزير الخارجية الروسي"), "OCC", "accepted")]
    assert [action for action, _ in history] == [
        "add_entity", "add_entity", "retype_entity", "resize_entity", "delete_entity",
        "restore_entity", "undo:resize_entity", "undo:retype_entity", "delete_entity",
        "delete_entity",
        "restore_entity", "restore_entity", "retype_entity", "resize_entity", "delete_entity"]
    occ, norp = history[0][1]["id"], history[1][1]["id"]
    assert rows[0][0] == occ and occ != norp
    assert [d["id"] for _, d in history[2:]] == [norp] * 7 + [occ, occ] + [norp] * 4
    assert shown(win) == states[-1]


def test_undo_of_a_waiting_tag_takes_it_off_the_screen_and_out_of_the_store(
        win, qtbot, lock, stored):
    doc = win.session.doc_id
    select(win, *span("موسكو"))
    key(qtbot, win, Qt.Key.Key_G)
    assert shown(win) == [(*span("موسكو"), "GPE", "accepted")]
    key(qtbot, win, Qt.Key.Key_Z, CTRL)
    assert shown(win) == [] and win.care.pending.count == 2
    assert win.care.banner.text().startswith("2 edits are not saved yet")
    assert win.redo_action.isEnabled()
    lock.release()
    assert win.care.pending.retry()
    rows, history = stored(doc)
    assert rows == [] and [a for a, _ in history] == ["add_entity", "delete_entity"]
    assert history[0][1]["id"] == history[1][1]["id"]
    key(qtbot, win, Qt.Key.Key_Z, CTRL | SHIFT)  # redo, saved at once now: the same row
    assert stored(doc)[0] == [(history[0][1]["id"], *span("موسكو"), "GPE", "accepted")]


def test_a_waiting_tag_shows_after_leaving_the_document_and_coming_back(
        open_review_window, entity_store, activate_window, qtbot, tmp_path, stored):
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "other.txt").write_text("زار الوفد بيروت أمس.\n", encoding="utf-8")
    db = open_store(entity_store)
    import_paths(db, [folder])
    db.close()
    suggestions(False)
    w = _ready(open_review_window(entity_store), qtbot, activate_window)
    doc = w.session.doc_id
    holder = sqlite3.connect(entity_store, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        select(w, *span("موسكو"))
        key(qtbot, w, Qt.Key.Key_G)
        w.session.step(1)
        assert w.session.doc_id != doc and shown(w) == []
        w.session.step(-1)
        assert w.session.doc_id == doc
        assert shown(w) == [(*span("موسكو"), "GPE", "accepted")]
        assert w.entities.model.rowCount() == 1  # the entity list shows it too
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert w.care.pending.retry()
    assert [r[1:] for r in stored(doc)[0]] == [(*span("موسكو"), "GPE", "accepted")]


def test_accepting_a_suggestion_and_deleting_on_a_read_only_store_file_wait_and_land(
        entity_store, open_review_window, activate_window, qtbot, stored):
    """SQLite refusing the store as read-only (a file made read-only under the window)."""
    db = open_store(entity_store)
    assert add_suggestions(db, 1, REVIEWER, [(*span("موسكو"), "GPE", "موسكو")]) == 1
    db.close()
    suggestions(False)
    w = _ready(open_review_window(entity_store), qtbot, activate_window)
    doc = w.session.doc_id
    select(w, *span("بالكرملين"))
    key(qtbot, w, Qt.Key.Key_R)  # stored at once
    (org_id, *_), _ = stored(doc)[0]
    w.db.execute("PRAGMA query_only = ON")  # SQLite now refuses every write of the window
    try:
        key(qtbot, w, Qt.Key.Key_Delete)  # the selected ORG
        key(qtbot, w, Qt.Key.Key_Period)  # the next suggestion
        assert w.entities.selected().surface == "موسكو"
        key(qtbot, w, Qt.Key.Key_A)  # accept it
        assert shown(w) == [(*span("موسكو"), "GPE", "accepted")]
        assert w.care.pending.count == 2
        assert "attempt to write a readonly database" in w.care.banner.text()
        assert [r[4] for r in stored(doc)[0]] == ["accepted", "pending"]
    finally:
        w.db.execute("PRAGMA query_only = OFF")
    w.care.banner.retry.click()
    rows, history = stored(doc)
    assert [r[1:] for r in rows] == [(*span("موسكو"), "GPE", "accepted")]
    assert [a for a, _ in history] == ["add_entity", "delete_entity", "accepted_entities"]
    assert history[1][1]["id"] == org_id


def test_edits_on_a_full_disk_wait_from_the_first_that_does_not_fit(win, qtbot, stored):
    """Tag and untag until the store's pages are full; the edit that does not fit and the
    next one wait, are shown, and land in order once there is room."""
    doc = win.session.doc_id
    words = ["قال", "وزير", "الخارجية", "الروسي", "سيرجي", "لافروف", "الوفد", "وصل",
             "الكرملين", "أمس", "خبر", "عاجل", "مُحَمَّدٌ", "موسكو"]
    pages = win.db.execute("PRAGMA page_count").fetchone()[0]
    win.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    made = 0
    try:
        for n in range(400):
            word = span(words[n % len(words)])
            select(win, *word)
            key(qtbot, win, Qt.Key.Key_E)  # tag as EVENT
            made += 1
            assert (*word, "EVENT", "accepted") in shown(win)
            if win.care.pending.count:
                break
            key(qtbot, win, Qt.Key.Key_Z, CTRL)  # and untag: two history rows a round
            made += 1
            if win.care.pending.count:
                break
        assert win.care.pending.count == 1, "the store never filled up"
        assert "database or disk is full" in win.care.banner.text()
        waiting_step = "add_entity" if made % 2 else "delete_entity"
        select(win, *span("اليوم"))
        key(qtbot, win, Qt.Key.Key_E)  # behind a waiting edit: queued without trying
        assert win.care.pending.count == 2
        screen = shown(win)
        assert (*span("اليوم"), "EVENT", "accepted") in screen
        assert len(stored(doc)[1]) == made - 1
    finally:
        win.db.execute("PRAGMA max_page_count = 1073741823")
    assert win.care.pending.retry()
    rows, history = stored(doc)
    assert [r[1:] for r in rows] == screen
    assert len(history) == made + 1  # each edit once
    assert [a for a, _ in history[-2:]] == [waiting_step, "add_entity"]
    assert (history[-1][1]["start"], history[-1][1]["end"]) == span("اليوم")


def test_closing_with_a_waiting_entity_edit_warns_once(win, qtbot, lock, prompts):
    select(win, *span("موسكو"))
    key(qtbot, win, Qt.Key.Key_G)
    win.close()
    assert win.isVisible()
    (title, message), = prompts.asked("show_error")
    assert title == "Edits not saved" and "1 edit could not be saved" in message
    lock.release()
    win.care.banner.retry.click()
    win.close()
    assert not win.isVisible()


def test_a_type_set_change_on_a_locked_store_is_refused_with_a_reason(win, lock, prompts):
    assert win.entities.set_type_set("anercorp") is False
    (title, message), = prompts.asked("show_error")
    assert title == "Cannot use this type set" and "database is locked" in message
    assert win.entities.typeset_value == "default" and win.care.pending.count == 0


def test_a_crossing_span_is_refused_at_once_while_edits_wait(win, qtbot, lock, prompts):
    select(win, *span("وزير الخارجية"))
    key(qtbot, win, Qt.Key.Key_O)
    select(win, *span("الخارجية الروسي"))  # crosses the waiting OCC
    key(qtbot, win, Qt.Key.Key_N)
    assert "would cross OCC «وزير الخارجية»" in win.statusBar().currentMessage()
    assert win.care.pending.count == 1 and win.stacks.active().count() == 1
    assert prompts.asked("show_error") == []
    lock.release()
    assert win.care.pending.retry()


def test_a_waiting_tag_the_store_refuses_when_written_is_dropped_and_said(
        win, qtbot, lock, stored, prompts):
    """Another process stored a crossing span while the tag waited: SpanError on retry is a
    refusal, not a store failure, so the tag is dropped (and said), never retried forever."""
    doc = win.session.doc_id
    select(win, *span("سيرجي لافروف"))
    key(qtbot, win, Qt.Key.Key_P)
    select(win, *span("موسكو"))
    key(qtbot, win, Qt.Key.Key_G)
    lock.holder.execute(
        "INSERT INTO entities (doc_id, reviewer, start, \"end\", type, origin, state, surface)"
        " VALUES (?, ?, ?, ?, 'ORG', 'human', 'accepted', '')",
        [doc, REVIEWER, span("لافروف")[0], span("إن الوفد")[1]])
    lock.holder.execute("COMMIT")
    reasons = []
    win.care.pending.changed.connect(lambda count, reason: reasons.append(reason))
    assert win.care.pending.retry()
    said = (f"tag PERS could not be saved and was dropped: span [{span('سيرجي لافروف')[0]}, "
            f"{span('سيرجي لافروف')[1]}) crosses ORG [{span('لافروف')[0]}, "
            f"{span('إن الوفد')[1]}); entities may nest but not cross")
    assert [r for r in reasons if "dropped" in r] == [said]
    # what the reviewer sees: a message naming the edit, and no "All edits saved"
    assert prompts.asked("show_error") == [("An edit could not be saved", said)]
    assert win.statusBar().currentMessage().startswith("Waiting edits saved except 1")
    rows = [r[1:] for r in stored(doc)[0]]
    assert (*span("سيرجي لافروف"), "PERS", "accepted") not in rows
    assert (*span("موسكو"), "GPE", "accepted") in rows
    org = (span("لافروف")[0], span("إن الوفد")[1], "ORG", "accepted")
    assert shown(win) == [org, (*span("موسكو"), "GPE", "accepted")]
    # undoing both: the GPE tag is taken back, the dropped one has nothing to take back
    key(qtbot, win, Qt.Key.Key_Z, CTRL)
    key(qtbot, win, Qt.Key.Key_Z, CTRL)
    assert not win.undo_action.isEnabled() and win.care.pending.count == 0
    assert [r[1:] for r in stored(doc)[0]] == [org] and shown(win) == [org]
    assert len(prompts.asked("show_error")) == 1  # undoing the dropped tag raises nothing new
    assert not win.statusBar().currentMessage().startswith("Not saved")


# -- a read-only window -----------------------------------------------------------------------


def settled(qtbot, w):
    qtbot.waitUntil(lambda: not w.entities.suggesting, timeout=20000)


def test_a_read_only_window_refuses_entity_keys_and_starts_no_suggestion_worker(
        open_review_window, entity_store, activate_window, qtbot, stored):
    suggestions(True)
    first = _ready(open_review_window(entity_store), qtbot, activate_window)
    select(first, *span("موسكو"))
    key(qtbot, first, Qt.Key.Key_G)
    settled(qtbot, first)  # its worker's suggestions (learned, gazetteers) are stored
    second = _ready(open_review_window(entity_store), qtbot, activate_window)
    assert second.care.read_only.startswith("this store is open in another fasl window")
    doc = second.session.doc_id
    before = stored(doc)
    assert [r[1:] for r in before[0] if r[4] == "accepted"] == [(*span("موسكو"), "GPE",
                                                                "accepted")]
    assert shown(second) == [r[1:] for r in before[0]]  # it shows what the store holds

    select(second, *span("سيرجي لافروف"))
    key(qtbot, second, Qt.Key.Key_P)
    assert second.statusBar().currentMessage() == f"Read-only: {second.care.read_only}"
    moscow = next(e.id for e in second.entities.layer.entities() if e.surface == "موسكو")
    second.entities.select_entity(moscow)
    for k, mod in ((Qt.Key.Key_L, NONE), (Qt.Key.Key_Delete, NONE),
                   (Qt.Key.Key_BracketLeft, ALT), (Qt.Key.Key_A, SHIFT),
                   (Qt.Key.Key_X, CTRL | SHIFT)):
        second.statusBar().clearMessage()
        key(qtbot, second, k, mod)
        assert second.statusBar().currentMessage().startswith("Read-only: "), k
    assert second.entities.set_type_set("anercorp") is False
    assert stored(doc) == before and shown(second) == [r[1:] for r in before[0]]
    assert second.stacks.active().count() == 0 and second.care.pending.count == 0

    # the worker would write to the store: a read-only window never starts one
    second.entities.request_suggestions()
    second.entities.set_source_enabled("patterns", True)
    qtbot.wait(300)
    assert second.entities.suggester._proc is None and not second.entities.suggesting
    assert stored(doc) == before


# -- the suggestion worker on a locked store -----------------------------------------------


@pytest.mark.slow  # two tries on the locked store, then the timer's next one: ~9 s
def test_the_suggestion_worker_on_a_locked_store_waits_then_stores_each_suggestion_once(
        open_review_window, sample_store, activate_window, qtbot, prompts, tmp_path):
    from fasl.store.backup import backup_store

    suggestions(True)
    w = _ready(open_review_window(sample_store), qtbot, activate_window)
    settled(qtbot, w)
    other = next(w.model.doc_id(r) for r in range(w.model.rowCount())
                 if w.model.doc_id(r) != w.session.doc_id)

    # What the worker stores for `other` on a store it can write: the same request on a copy.
    copy = backup_store(sample_store, tmp_path / "copy.sqlite")
    db = open_store(copy)
    text = db.execute("SELECT text FROM documents WHERE id = ?", [other]).fetchone()[0]
    request = {"id": 1, "store": str(copy), "doc": other, "reviewer": REVIEWER, "text": text,
               "sources": w.entities.sources(), "types": _types(w.entities.typeset)}
    assert handle(request, None, {})["added"] > 0
    expected = sorted((e.start, e.end, e.type) for e in get_entities(db, other, REVIEWER))
    db.close()

    failures, messages = [], []
    w.entities.suggester.failed.connect(failures.append)
    w.entities.message.connect(messages.append)
    holder = sqlite3.connect(sample_store, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        w.panel.select_doc(other)
        qtbot.waitUntil(lambda: w.entities._suggest_retry.isActive(), timeout=10000)
        waits = [m for m in messages if m.startswith("Suggestions wait")]
        assert waits == ["Suggestions wait: the store cannot be written now (database is "
                         "locked); fasl asks again."]
        assert w.entities.suggesting and w.entities.layer.shown == []
        live = open_store(sample_store)
        assert get_entities(live, other, REVIEWER, list(EntityState)) == []
        live.close()
        # still locked at the next try: asked again later, said once, nothing crashed
        qtbot.waitUntil(lambda: w.entities._suggest_retry_ms >= 8000, timeout=15000)
        assert [m for m in messages if m.startswith("Suggestions wait")] == waits
        assert failures == [] and prompts.asked("show_error") == []
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    # the next try (a timer: no key, no refresh) stores them
    qtbot.waitUntil(lambda: not w.entities.suggesting and bool(w.entities.layer.shown),
                    timeout=20000)
    live = open_store(sample_store)
    try:
        rows = get_entities(live, other, REVIEWER, list(EntityState))
        added = sum(h.detail["added"] for h in document_history(live, other)
                    if h.action == "suggest_entities")
    finally:
        live.close()
    assert sorted((e.start, e.end, e.type) for e in rows) == expected  # none lost
    assert len({(e.start, e.end) for e in rows}) == len(rows) == added  # none twice
    assert all(e.state is EntityState.PENDING for e in rows)
    assert len(w.entities.layer.shown) == len(rows)
    assert failures == [] and prompts.asked("show_error") == []


def test_suggestions_are_not_asked_for_while_entity_edits_wait(
        open_review_window, entity_store, activate_window, qtbot):
    """A suggestion stored before a waiting tag could cross it (and get it refused): the
    window asks for suggestions again only once its waiting edits are saved."""
    suggestions(True)
    w = _ready(open_review_window(entity_store), qtbot, activate_window)
    settled(qtbot, w)
    holder = sqlite3.connect(entity_store, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert w.entities.layer.overlapping(u16(span("الوفد")[0]), u16(span("الوفد")[1])) == []
        select(w, *span("الوفد"))
        key(qtbot, w, Qt.Key.Key_R)  # a new tag: waits, and asks for learned suggestions
        assert w.care.pending.count == 1
        qtbot.wait(600)  # past the pause after a tag (RESUGGEST_MS)
        assert w.entities._suggest_deferred and not w.entities.suggester.busy
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with qtbot.waitSignal(w.entities.suggester.arrived, timeout=20000) as arrival:
        assert w.care.pending.retry()
        assert not w.entities._suggest_deferred and w.entities.suggester.busy
    assert arrival.args[0] == w.session.doc_id
    assert (*span("الوفد"), "ORG", "accepted") in shown(w)


def test_zone_entity_and_review_edits_wait_in_one_queue_and_land_in_the_order_made(
        win, qtbot, lock, entity_store):
    doc = win.session.doc_id
    select(win, *span("موسكو"))
    key(qtbot, win, Qt.Key.Key_G)  # entity tag (waits for the lock)
    win.view.set_cursor_position(0)
    key(qtbot, win, Qt.Key.Key_7)  # zone relabel: list
    select(win, *span("موسكو"))
    key(qtbot, win, Qt.Key.Key_L)  # retype the tag
    win.session.mark_done()
    assert win.care.pending.count == 4
    assert win.care.banner.text().startswith("4 edits are not saved yet")
    lock.release()
    win.care.banner.retry.click()
    db = open_store(entity_store)
    try:
        actions = [h.action for h in document_history(db, doc)]
    finally:
        db.close()
    assert actions[-4:] == ["add_entity", "relabel", "retype_entity", "set_state"]
