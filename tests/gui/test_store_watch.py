"""The window's watch on the store: another connection's commits are shown, and entity work
alone (the suggester's stored suggestions, another window's tags) does not reload the corpus
list, which shows no entities and costs a query over every document to reload."""
from __future__ import annotations

from fasl.store.db import open_store
from fasl.store.documents import ReviewState, get_document
from fasl.store.entities import add_suggestions
from fasl.store.history import actions_since, is_entity_action, last_history_id
from fasl.store.reviews import set_state

REVIEWER = "mona"  # as in tests/gui/conftest.py


def _word(text):
    start = next(i for i, c in enumerate(text) if c.isalpha())
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return start, end


def test_entity_actions_are_told_apart():
    assert is_entity_action("suggest_entities") and is_entity_action("undo:retype_entity")
    assert is_entity_action("accept_entities") and is_entity_action("add_entity")
    assert not is_entity_action("set_state") and not is_entity_action("import")
    assert not is_entity_action("relabel") and not is_entity_action("undo:split")


def test_suggestions_stored_elsewhere_leave_the_corpus_list_alone(open_review_window,
                                                                  sample_store, qtbot):
    window = open_review_window(sample_store)
    care = window.care
    care._check_for_changes()  # whatever the window's own worker stored so far
    resets = []
    window.model.modelReset.connect(lambda: resets.append(1))
    other = open_store(sample_store)
    try:
        doc_id = window.model.doc_id(2)
        text = get_document(other, doc_id).text
        start, end = _word(text)
        before = last_history_id(other)
        assert add_suggestions(other, doc_id, REVIEWER,
                               [(start, end, "PER", text[start:end])]) == 1
        assert actions_since(other, before) == (before + 1, frozenset({"suggest_entities"}))
        care._check_for_changes()
        assert resets == []  # entity work only: no reload of the ids
        set_state(other, doc_id, REVIEWER, ReviewState.DONE)
        care._check_for_changes()
        assert resets == [1]  # a review state changed: the list is reloaded
        assert window.model.summary(window.model.row_of(doc_id)).state is ReviewState.DONE
        assert window.statusBar().currentMessage().startswith("Refreshed from the store")
    finally:
        other.close()


def test_a_commit_without_history_reloads_everything(open_review_window, sample_store):
    window = open_review_window(sample_store)
    window.care._check_for_changes()
    resets = []
    window.model.modelReset.connect(lambda: resets.append(1))
    other = open_store(sample_store)
    try:
        with other.atomic():  # work that records no history: unknown, so reload it all
            other.execute("UPDATE documents SET name = name || '' WHERE id = ?",
                          [window.model.doc_id(0)])
        window.care._check_for_changes()
        assert resets == [1]
    finally:
        other.close()


def test_own_marks_and_edits_do_not_make_the_suggesters_commit_reload_the_list(
        open_review_window, sample_store):
    window = open_review_window(sample_store)
    care = window.care
    care._check_for_changes()
    doc_id = window.session.doc_id
    window.session.mark_done()  # the window's own write, then it opens the next document
    resets = []
    window.model.modelReset.connect(lambda: resets.append(1))
    other = open_store(sample_store)  # the suggester stores suggestions for that document
    try:
        nxt = window.session.doc_id
        text = get_document(other, nxt).text
        start, end = _word(text)
        assert add_suggestions(other, nxt, REVIEWER, [(start, end, "PER", text[start:end])]) == 1
        care._check_for_changes()
        assert resets == []
        assert not window.statusBar().currentMessage().startswith("Refreshed from the store")
        set_state(other, doc_id, REVIEWER, ReviewState.FLAGGED, "from elsewhere")
        care._check_for_changes()  # another connection's mark still reloads the list
        assert resets == [1]
    finally:
        other.close()
