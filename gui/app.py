"""Start the review window: open the store, know the reviewer, build and show the window.

`run` is what `fasl gui` calls; `open_window` does everything but the event loop, so tests
build the real window with a fake `Prompts` and their own settings.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from fasl.gui import settings as keys
from fasl.gui.main_window import MainWindow
from fasl.gui.prompts import Prompts
from fasl.resources import resource_path
from fasl.store.db import open_store
from fasl.store.documents import document_count
from fasl.store.errors import StoreError
from fasl.store.reviewers import ensure_reviewer

APP_NAME = "fasl"


def import_samples(db: Any) -> Any:
    """Put the bundled sample articles in an empty store, so a new user sees real work."""
    from fasl.store.importer import import_paths

    return import_paths(db, [resource_path("samples")])


def resolve_reviewer(db: Any, given: str | None, prompts: Prompts,
                     settings: QSettings, *, read_only: bool = False) -> str | None:
    """The reviewer's name: given, else remembered, else asked once and remembered.

    None when the person cancels the question.  A read-only window cannot register a new
    name, so there it only checks that one was given.
    """
    name = given or keys.get_str(settings, keys.REVIEWER) or None
    problem = ""
    while True:
        if name is None:
            name = prompts.ask_reviewer_name(None, problem)
            if name is None:
                return None
        try:
            if read_only:
                name = name.strip()
                if not name:
                    raise StoreError("a reviewer name cannot be empty")
            else:
                name = ensure_reviewer(db, name)
        except StoreError as exc:
            problem, name = str(exc), None
            continue
        settings.setValue(keys.REVIEWER, name)
        return name


def open_window(store_path: Path | None, reviewer: str | None, prompts: Prompts,
                settings: QSettings) -> MainWindow | None:
    """Build the window; None (after telling the person why) if it cannot be opened."""
    from fasl.store.paths import default_store_path

    from fasl.gui import instance

    path = store_path if store_path is not None else default_store_path()
    lock, busy = instance.acquire(path) if path.parent.exists() else (None, "")
    try:
        if lock is None and busy and path.exists():
            # Another window writes to this store: this one reads only (gui/instance.py).
            db = open_store(path, readonly=True)
        else:
            busy = ""
            db = open_store(path)
            if lock is None:
                lock, _ = instance.acquire(path)  # the folder exists now
            if store_path is None and document_count(db) == 0:
                import_samples(db)
    except StoreError as exc:
        if lock is not None:
            lock.unlock()
        prompts.show_error(None, "Cannot open the store", str(exc))
        return None
    name = resolve_reviewer(db, reviewer, prompts, settings, read_only=bool(busy))
    if name is None:
        db.close()
        if lock is not None:
            lock.unlock()
        return None
    window = MainWindow(db, path, name, prompts, settings, read_only=busy)
    window.care.lock = lock
    return window


def run(store_path: Path | None, reviewer: str | None) -> int:
    """Open the review window and run until it is closed; the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    from fasl.gui.fonts import apply_app_font

    apply_app_font(app)
    window = open_window(store_path, reviewer, Prompts(), QSettings())
    if window is None:
        return 1
    db = window.db
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
