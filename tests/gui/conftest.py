"""Qt fixtures: settings in a temporary folder, fonts loaded once."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp):
    """QSettings go to an INI file under tmp_path, never to the user's real settings."""
    QCoreApplication.setOrganizationName("fasl-tests")
    QCoreApplication.setApplicationName("fasl-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
    QSettings().clear()


# -- review window fixtures ----------------------------------------------------------------

REVIEWER = "mona"


class FakePrompts:
    """The prompts seam with set answers; records every question it was asked.

    ``answers`` maps a method name to a list of answers, used in turn (the last one repeats).
    """

    def __init__(self, **answers):
        self.answers = {name: list(value) for name, value in answers.items()}
        self.calls: list[tuple[str, tuple]] = []

    def _answer(self, name, default=None):
        queue = self.answers.get(name)
        if not queue:
            return default
        return queue.pop(0) if len(queue) > 1 else queue[0]

    def asked(self, name):
        return [args for called, args in self.calls if called == name]

    def ask_reviewer_name(self, parent, problem=""):
        self.calls.append(("ask_reviewer_name", (problem,)))
        return self._answer("ask_reviewer_name")

    def ask_flag_note(self, parent, document, note):
        self.calls.append(("ask_flag_note", (document, note)))
        return self._answer("ask_flag_note")

    def ask_import_folder(self, parent):
        self.calls.append(("ask_import_folder", ()))
        return self._answer("ask_import_folder")

    def ask_import_files(self, parent):
        self.calls.append(("ask_import_files", ()))
        return self._answer("ask_import_files", [])

    def show_import_report(self, parent, report):
        self.calls.append(("show_import_report", (report,)))

    def show_error(self, parent, title, message):
        self.calls.append(("show_error", (title, message)))


@pytest.fixture
def prompts():
    return FakePrompts()


@pytest.fixture
def sample_store(tmp_path):
    """A store file holding the three bundled sample articles."""
    from fasl.resources import resource_path
    from fasl.store.db import open_store
    from fasl.store.importer import import_paths

    path = tmp_path / "store.sqlite"
    db = open_store(path)
    report = import_paths(db, [resource_path("samples")])
    assert len(report.imported) == 3, report.summary()
    db.close()
    return path


@pytest.fixture
def store_db(sample_store):
    """A second connection to the sample store, for checking what the window wrote."""
    from fasl.store.db import open_store

    db = open_store(sample_store)
    yield db
    db.close()


@pytest.fixture
def open_review_window(qtbot, prompts):
    """Factory: the real review window on a store, shown offscreen; closed at the end."""
    from PySide6.QtCore import QSettings

    from fasl.gui.app import open_window

    windows = []

    def make(store_path, reviewer=REVIEWER, fake=None):
        window = open_window(store_path, reviewer, fake or prompts, QSettings())
        assert window is not None
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        assert window.pool.activeThreadCount() == 0
        window.db.close()


@pytest.fixture
def window(open_review_window, sample_store):
    return open_review_window(sample_store)


def activate(qtbot, window):
    """Make ``window`` the active window (shortcuts only fire in the active window)."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def active_window(window, qtbot):
    """The review window, active, with the keyboard focus in the document view."""
    activate(qtbot, window)
    window.view.setFocus()
    qtbot.waitUntil(window.view.editor.hasFocus)
    return window


@pytest.fixture
def activate_window(qtbot):
    return lambda window: activate(qtbot, window)


@pytest.fixture
def make_prompts():
    """The FakePrompts class, for tests that need set answers: ``make_prompts(ask_x=[...])``."""
    return FakePrompts


# -- the entity window (tests/gui/entity_window.py) -----------------------------------------


@pytest.fixture
def entity_store(tmp_path):
    """A store holding entity_window.TEXT (emoji, tashkeel) as its only document."""
    from entity_window import make_store

    return make_store(tmp_path)


@pytest.fixture
def entity_window(open_review_window, entity_store, activate_window, qtbot):
    """The window on entity_window.TEXT, active and focused in the text, suggestions off
    (so the store holds only what the test does)."""
    from entity_window import TEXT, suggestions

    suggestions(False)
    w = open_review_window(entity_store)
    assert w.view.text() == TEXT
    activate_window(w)
    w.view.setFocus()
    qtbot.waitUntil(w.view.editor.hasFocus)
    return w
