"""The review window: assembles the corpus panel, the document view, docks and menus.

It owns no review logic: `ReviewSession` does the flow, `CorpusModel` the list,
`ImportController` the import, the commands the edits.  This module creates them, connects
their signals, builds the actions and remembers the layout.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSizePolicy, QSplitter, QWidget

from fasl.gui import settings as keys
from fasl.gui.commands import UndoStacks
from fasl.gui.corpus.model import CorpusModel
from fasl.gui.corpus.panel import CorpusPanel
from fasl.gui.document.view import DocumentView
from fasl.gui.entities.controller import EntityController
from fasl.gui.entities.menu import EntityMenu
from fasl.gui.history import HistoryDock
from fasl.gui.importing import ImportController, ImportProgress
from fasl.gui.prompts import Prompts
from fasl.gui.session import ReviewSession
from fasl.gui.shortcuts import ShortcutSheet, shortcut_rows
from fasl.gui.store_care import StoreCare
from fasl.gui.timer import TimeTracker
from fasl.store.documents import Order, ReviewState

Shortcut = str | QKeySequence
REMEMBER_DELAY_MS = 1500  # the open document is written to QSettings this long after a switch


class MainWindow(QMainWindow):
    """The review window for one store and one reviewer."""

    def __init__(self, db: Any, store_path: Path, reviewer: str, prompts: Prompts,
                 settings: QSettings, parent: QWidget | None = None, *,
                 read_only: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.store_path = store_path
        self.reviewer = reviewer
        self.prompts = prompts
        self.settings = settings
        self.setWindowTitle(f"fasl — {store_path.name} — {reviewer}")
        self.setObjectName("main_window")

        self.pool = QThreadPool(self)
        self.model = CorpusModel(db, reviewer, self)
        self.panel = CorpusPanel(self.model)
        self.view = DocumentView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="main_splitter")
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 880])
        self.setCentralWidget(self.splitter)

        self.stacks = UndoStacks(parent=self)
        self.tracker = TimeTracker(db, reviewer, self)
        self.session = ReviewSession(db, reviewer, self.model, self.panel, self.view,
                                     self.stacks, self.tracker, self._show_error, self)
        self.entities = EntityController(db, store_path, reviewer, self.view, self.stacks,
                                         settings, self._show_error, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.entities.dock)
        self.history = HistoryDock(db, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history)
        self.history.hide()

        self.doc_label = QLabel(objectName="doc_status")
        self.doc_label.setTextFormat(Qt.TextFormat.PlainText)  # names like "<b>x" stay text
        # Its text changes with every document: an ignored size hint keeps that from
        # relaying out (and repainting) the whole window each time.
        self.doc_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress_label = QLabel(objectName="progress")
        self.import_progress = ImportProgress()
        self.statusBar().addWidget(self.doc_label, 1)
        self.statusBar().addPermanentWidget(self.import_progress)
        self.statusBar().addPermanentWidget(self.progress_label)
        self.importer = ImportController(store_path, self.pool, self.import_progress, self)

        self._sheet: ShortcutSheet | None = None
        self._closed = False
        self._history_sized = keys.get_bytes(settings, keys.WINDOW_STATE) is not None
        # The open document is remembered a moment after the switch, not on it: QSettings
        # rewrites and fsyncs its whole file each time, on the reviewer's Ctrl+Down.
        self._remember_timer = QTimer(self, singleShot=True, interval=REMEMBER_DELAY_MS)
        self._remember_timer.timeout.connect(self._remember_document)
        self._build_actions()
        self._connect()
        # Banner, refresh (F5 and a watch on the store), waiting edits, read-only mode.
        self.care = StoreCare(self, read_only)
        self._restore()

    # -- assembly -----------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot: Any, *shortcuts: Shortcut,
                name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name or text.lower().replace("…", "").strip().replace(" ", "_"))
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        self.import_folder_action = self._action(file, "Import &folder…", self.import_folder,
                                                 "Ctrl+I")
        self.import_files_action = self._action(file, "Import &JSONL or files…",
                                                self.import_files, "Ctrl+Shift+I",
                                                name="import_files")
        self.export_action = self._action(file, "&Export…", self.open_export, "Ctrl+E",
                                          name="export")
        file.addSeparator()
        self._action(file, "&Quit", self.close, "Ctrl+Q", name="quit")

        edit = bar.addMenu("&Edit")
        self.undo_action = self.stacks.group.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.stacks.group.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action, name in ((self.undo_action, "undo"), (self.redo_action, "redo")):
            action.setObjectName(name)
            edit.addAction(action)
            self.addAction(action)

        review = bar.addMenu("&Review")
        # Ctrl+Return is the document view's "split" (its keys win inside the view).
        self.done_action = self._action(review, "Mark &done and go to next",
                                        self.session.mark_done, "Ctrl+D", name="mark_done")
        self.flag_action = self._action(review, "&Flag with a note…", self.flag_document,
                                        "Ctrl+Shift+F", name="flag")
        self._action(review, "Mark &in progress", self.session.reopen, "Ctrl+Shift+R",
                     name="mark_in_progress")
        self._action(review, "&Take back the last mark", self.session.take_back_mark,
                     "Ctrl+Alt+Z", name="take_back_mark")
        review.addSeparator()
        self._action(review, "&Next document", lambda: self.session.step(1), "Ctrl+Down",
                     "Ctrl+PgDown", name="next_document")
        self._action(review, "&Previous document", lambda: self.session.step(-1), "Ctrl+Up",
                     "Ctrl+PgUp", name="previous_document")
        self._action(review, "&Search documents", self.panel.focus_search, "Ctrl+F",
                     name="search")

        # The view's own actions (zone edits, zoom) keep their WidgetWithChildren context:
        # listing them in a menu makes them discoverable without doubling their shortcuts.
        view_actions = self.view.actions()
        zoom = [a for a in view_actions if a.objectName().startswith("view_zoom")]
        self.document_menu = bar.addMenu("&Zones")
        self.document_menu.addActions([a for a in view_actions if a not in zoom])
        self.entity_menu = EntityMenu(self.entities, bar.addMenu("E&ntities"), self)

        view = bar.addMenu("&View")
        view.addActions(zoom)
        view.addSeparator()
        history = self.history.toggleViewAction()
        history.triggered.connect(self._size_history_once)
        history.setText("&History of this document")
        history.setShortcut(QKeySequence("Ctrl+H"))
        history.setObjectName("show_history")
        view.addAction(history)
        self.addAction(history)

        from fasl.gui.agreement_dialog import show_agreement

        team = bar.addMenu("&Team")
        self._action(team, "&Agreement…", lambda: show_agreement(self), name="agreement")

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", self.show_shortcuts, "?", "F1",
                     name="shortcuts")
        self._action(self._team_menu(), "A&djudicate…", self.open_adjudication, "Ctrl+J",
                     name="adjudicate")

    def _connect(self) -> None:
        self.session.document_opened.connect(self.entities.open_document)
        self.session.document_opened.connect(self._on_document_opened)
        self.entities.changed.connect(self._on_document_changed)
        self.entities.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.entities.keys_changed.connect(self._forget_sheet)
        self.session.document_changed.connect(self._on_document_changed)
        self.session.progress_changed.connect(self._show_progress)
        self.session.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.importer.finished.connect(self._on_import_finished)
        self.importer.failed.connect(lambda text: self._show_error("Import failed", text))
        self.panel.query_changed.connect(self._save_query)

    # -- slots ----------------------------------------------------------------------------

    def _show_error(self, title: str, message: str) -> None:
        self.prompts.show_error(self, title, message)

    def _on_document_opened(self, doc_id: int) -> None:
        # Remembered within REMEMBER_DELAY_MS (and on close), so a crash reopens this document.
        if not self._remember_timer.isActive():  # paging on: still written every 1.5 s
            self._remember_timer.start()
        self.history.show_document(doc_id)
        self._show_document_status()

    def _remember_document(self) -> None:
        self._remember_timer.stop()
        if (doc_id := self.session.doc_id) is not None:
            self.settings.setValue(keys.last_document_key(self.store_path), doc_id)

    def _on_document_changed(self, doc_id: int) -> None:
        if doc_id == self.session.doc_id:
            self.history.refresh()
            self._show_document_status()

    def _show_document_status(self) -> None:
        document, review = self.session.document, self.session.review()
        if document is None or review is None:
            self.doc_label.setText("No document open")
            return
        state = review.state.value.replace("_", " ")
        note = f" — {review.note}" if review.state == ReviewState.FLAGGED and review.note else ""
        self.doc_label.setText(f"{document.name} · {len(document.text):,} characters · "
                               f"{state}{note}")

    def _show_progress(self, done: int, total: int) -> None:
        self.progress_label.setText(f"Done {done:,} / {total:,}")

    def _size_history_once(self, shown: bool) -> None:
        if shown and not self._history_sized:  # a short strip, not half the window
            self._history_sized = True
            self.resizeDocks([self.history], [160], Qt.Orientation.Vertical)

    def flag_document(self) -> None:
        document, review = self.session.document, self.session.review()
        if document is None or review is None:
            return
        note = self.prompts.ask_flag_note(self, document.name, review.note)
        if note is not None:
            self.session.flag(note)

    def import_folder(self) -> None:
        folder = self.prompts.ask_import_folder(self)
        if folder is not None:
            self.start_import([folder])

    def import_files(self) -> None:
        self.start_import(self.prompts.ask_import_files(self))

    def start_import(self, paths: list[Path]) -> bool:
        started = self.importer.start(paths)
        if started:
            self.import_folder_action.setEnabled(False)
            self.import_files_action.setEnabled(False)
        return started

    def _on_import_finished(self, report: Any) -> None:
        self.import_folder_action.setEnabled(True)
        self.import_files_action.setEnabled(True)
        self.panel.reload()
        self._show_progress(*self.session.progress())
        if self.session.doc_id is None and self.model.rowCount():
            self.panel.select_row(0)
        self.prompts.show_import_report(self, report)

    def shortcut_groups(self) -> list[tuple[str, list[QAction]]]:
        """Every menu's actions, and the document view's own, for the shortcut sheet."""
        groups = [(menu.title().replace("&", ""), menu.actions())
                  for menu in (a.menu() for a in self.menuBar().actions()) if menu]
        from fasl.gui.adjudication import sheet_actions

        return [*groups, ("Document view", self.view.actions()),  # any not in a menu
                ("Adjudication window", sheet_actions(self))]

    def _forget_sheet(self) -> None:  # keys changed (another type set): rebuild on demand
        if self._sheet is not None:
            self._sheet.deleteLater()
            self._sheet = None

    def show_shortcuts(self) -> None:
        if self._sheet is None:
            self._sheet = ShortcutSheet(shortcut_rows(self.shortcut_groups()), self)
        self._sheet.show()
        self._sheet.raise_()

    def _team_menu(self) -> QMenu:
        """The "&Team" menu (agreement, adjudication): found by title, made before Help once."""
        bar = self.menuBar()
        for action in bar.actions():
            if action.menu() is not None and action.text() == "&Team":
                return action.menu()
        menu = QMenu("&Team", bar)
        helps = [a for a in bar.actions() if a.text() == "&Help"]
        if helps:
            bar.insertMenu(helps[0], menu)
        else:
            bar.addMenu(menu)
        return menu

    def open_adjudication(self) -> None:
        """The adjudication window (one per review window), on the open document."""
        from fasl.gui.adjudication import AdjudicationWindow

        window = self.findChild(AdjudicationWindow, "adjudication_window")
        if window is None:
            window = AdjudicationWindow(self.db, self.reviewer, self._show_error,
                                        doc_id=self.session.doc_id, parent=self)
        window.show()
        window.raise_()
        window.activateWindow()

    def open_export(self) -> None:
        """The export dialog: options, then the export on a worker with progress."""
        from fasl.gui.export_dialog import ExportDialog

        dialog = self.findChild(ExportDialog, "export_dialog")
        if dialog is None:
            dialog = ExportDialog(self.db, self.store_path, self.reviewer, parent=self)
        dialog.open()

    # -- state ------------------------------------------------------------------------------

    def _restore(self) -> None:
        s = self.settings
        if (geometry := keys.get_bytes(s, keys.GEOMETRY)) is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        if (state := keys.get_bytes(s, keys.WINDOW_STATE)) is not None:
            self.restoreState(state)
        # The splitter is restored once the window has its real size (see showEvent):
        # restoring it now would be rescaled from the default size.
        self._splitter_state = keys.get_bytes(s, keys.SPLITTER)
        state_value = keys.get_str(s, keys.STATE_FILTER)
        order_value = keys.get_str(s, keys.ORDER, Order.CONFIDENCE.value)
        self.panel.set_query_controls(
            ReviewState(state_value) if state_value in ReviewState._value2member_map_ else None,
            Order(order_value) if order_value in Order._value2member_map_ else Order.CONFIDENCE)
        for _ in range(abs(zoom := keys.get_int(s, keys.ZOOM))):
            self.view.zoom_in() if zoom > 0 else self.view.zoom_out()
        self.panel.reload()
        self._show_progress(*self.session.progress())
        self._show_document_status()
        last = keys.get_int(s, keys.last_document_key(self.store_path), -1)
        if not self.panel.select_doc(last) and self.model.rowCount():
            self.panel.select_row(0)
        self.view.setFocus()  # the zone keys work at once

    def _save_query(self) -> None:
        state = self.panel.state_filter()
        self.settings.setValue(keys.STATE_FILTER, state.value if state else "")
        self.settings.setValue(keys.ORDER, self.panel.order().value)

    def save_state(self) -> None:
        self._remember_document()
        self.settings.setValue(keys.GEOMETRY, self.saveGeometry())
        self.settings.setValue(keys.WINDOW_STATE, self.saveState())
        self.settings.setValue(keys.SPLITTER, self.splitter.saveState())
        self.settings.setValue(keys.ZOOM, self.view.zoom_level())
        self._save_query()
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._splitter_state is not None:
            self.splitter.restoreState(self._splitter_state)
            self._splitter_state = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange:
            self.tracker.set_active(self.isActiveWindow())
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed and not self.care.may_close():
            event.ignore()  # edits still wait to be saved; the reviewer was told
            return
        if not self._closed:
            self._closed = True
            self.care.shut_down()
            self.importer.shut_down()
            self.entities.shut_down()
            self.tracker.close()
            self.save_state()
        super().closeEvent(event)
