"""Starting the window: the store, the sample corpus, the reviewer's name, errors."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from fasl.gui import settings as keys
from fasl.gui.app import open_window, resolve_reviewer
from fasl.store.db import open_store
from fasl.store.documents import document_count
from fasl.store.paths import default_store_path
from fasl.store.reviewers import list_reviewers


def test_no_store_given_opens_the_default_store_with_the_samples(open_review_window):
    assert not default_store_path().exists()
    window = open_review_window(None)
    assert window.store_path == default_store_path()
    assert window.model.rowCount() == 3
    assert window.session.doc_id is not None  # the first document is open at once


def test_the_samples_are_only_imported_into_an_empty_default_store(open_review_window):
    window = open_review_window(None)
    window.close()
    again = open_review_window(None)
    assert document_count(again.db) == 3


def test_a_bad_store_is_reported_clearly(tmp_path, qapp, make_prompts):
    not_a_store = tmp_path / "notes.sqlite"
    not_a_store.write_text("shopping list")
    prompts = make_prompts()
    assert open_window(not_a_store, "mona", prompts, QSettings()) is None
    [(title, message)] = prompts.asked("show_error")
    assert "notes.sqlite" in message and "not a fasl store" in message


def test_the_reviewer_is_asked_once_and_remembered(sample_store, open_review_window,
                                                   make_prompts):
    prompts = make_prompts(ask_reviewer_name=["  ", "auto", "Salma"])
    window = open_review_window(sample_store, reviewer=None, fake=prompts)
    assert window.reviewer == "Salma"
    problems = [problem for (problem,) in prompts.asked("ask_reviewer_name")]
    assert problems[0] == "" and "empty" in problems[1] and "reserved" in problems[2]
    assert QSettings().value(keys.REVIEWER) == "Salma"
    assert "Salma" in list_reviewers(window.db)
    window.close()

    asked_before = len(prompts.calls)
    again = open_review_window(sample_store, reviewer=None, fake=prompts)
    assert again.reviewer == "Salma" and len(prompts.calls) == asked_before


def test_cancelling_the_name_question_opens_nothing(sample_store, qapp, make_prompts):
    prompts = make_prompts(ask_reviewer_name=[None])
    assert open_window(sample_store, None, prompts, QSettings()) is None


def test_a_given_name_wins_and_is_remembered(sample_store, qapp, make_prompts):
    db = open_store(sample_store)
    try:
        settings = QSettings()
        settings.setValue(keys.REVIEWER, "old")
        assert resolve_reviewer(db, "Nour", make_prompts(), settings) == "Nour"
        assert settings.value(keys.REVIEWER) == "Nour"
    finally:
        db.close()


def test_the_fasl_command_runs_the_window_until_it_is_closed(qapp, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from fasl.gui.cli import main
    from fasl.gui.main_window import MainWindow

    seen = []

    def close_window():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.extend((w.reviewer, w.model.rowCount()) for w in windows)
        for w in windows:
            w.close()

    QTimer.singleShot(0, close_window)
    assert main(["gui", "--reviewer", "mona"]) == 0
    QTimer.singleShot(0, close_window)
    assert main([]) == 0  # the name is remembered now: no question
    assert seen == [("mona", 3), ("mona", 3)]
    db = open_store(default_store_path())
    try:
        assert document_count(db) == 3
    finally:
        db.close()
