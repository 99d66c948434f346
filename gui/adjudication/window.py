"""The adjudication window: two reviewers side by side, their differences, and gold.

Reviewer A's annotation on the left, B's on the right, gold (the result) under them, the
list of differences beside.  The adjudicator walks the differences with N / P, takes the
left or right side with L / R, or edits gold directly with the review window's zone keys
(G puts the focus there).  This module only assembles and routes: `AdjudicationSession`
does the flow, `EditGold` the undoable writes, `fasl.textlogic.diff_annotations` the logic.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fasl.gui.adjudication.keys import build_actions
from fasl.gui.adjudication.marks import Look, Mark, apply_marks
from fasl.gui.adjudication.model import DifferenceModel, Row
from fasl.gui.adjudication.panes import Pane
from fasl.gui.adjudication.session import AdjudicationSession
from fasl.gui.commands import UndoStacks
from fasl.gui.offsets import OffsetMap
from fasl.gui.shortcuts import ShortcutSheet, shortcut_rows
from fasl.store.adjudication import GOLD_REVIEWER, StartFrom, reviewers_of, shared_documents
from fasl.store.reviewers import list_reviewers
from fasl.textlogic.diff_annotations import Difference, Side, Span, describe

ErrorFn = Callable[[str, str], None]


class AdjudicationWindow(QWidget):
    """A top-level window adjudicating the store's documents between two reviewers."""

    def __init__(self, db: Any, adjudicator: str, show_error: ErrorFn, *,
                 doc_id: int | None = None, a: str | None = None, b: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("adjudication_window")
        self.setWindowTitle(f"fasl — adjudication — {adjudicator}")
        self.db = db
        self.stacks = UndoStacks(parent=self)
        self.session = AdjudicationSession(db, adjudicator, self.stacks, show_error, self)
        self._sheet: ShortcutSheet | None = None
        self._maps = {name: OffsetMap("") for name in ("a", "b", "gold")}

        self.combo_a = QComboBox(objectName="reviewer_a")
        self.combo_b = QComboBox(objectName="reviewer_b")
        self.combo_doc = QComboBox(objectName="document")
        self.combo_doc.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo_start = QComboBox(objectName="start_from")
        self.combo_start.addItem("A's annotation", StartFrom.A)
        self.combo_start.addItem("A's zones, agreed entities", StartFrom.AGREED)
        self.pane_a = Pane("a", editable=False)
        self.pane_b = Pane("b", editable=False)
        self.pane_gold = Pane("gold", editable=True)
        self.model = DifferenceModel(self)
        self.table = QTableView(objectName="differences")
        self.table.setModel(self.model)
        self.current_label = QLabel(objectName="current_difference", wordWrap=True)
        self.status_label = QLabel(objectName="adjudication_status", wordWrap=True)

        self.actions_by_name = {a.objectName(): a for a in build_actions(self)}
        self.undo_action = self._undo_action(self.stacks.group.createUndoAction(self, "&Undo"),
                                             "adj_undo", "Ctrl+Z")
        self.redo_action = self._undo_action(self.stacks.group.createRedoAction(self, "&Redo"),
                                             "adj_redo", "Ctrl+Shift+Z", "Ctrl+Y")
        self._layout()
        self._connect()
        self._fill_reviewers(a, b, doc_id)
        self._reload_documents(doc_id)
        self.resize(1500, 940)

    # -- assembly -----------------------------------------------------------------------

    def _undo_action(self, action: QAction, name: str, *keys: str) -> QAction:
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        self.addAction(action)
        return action

    def _button(self, name: str) -> QPushButton:
        action = self.actions_by_name[name]
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        texts = {"adj_take_left": "Take A", "adj_take_right": "Take B",
                 "adj_previous": "Previous", "adj_next": "Next", "adj_done": "Gold done"}
        button = QPushButton(f"{texts[name]}  ({keys})", objectName=f"button_{name}")
        button.setToolTip(action.text())
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys act on the panes' focus
        button.clicked.connect(action.trigger)
        return button

    def _layout(self) -> None:
        pickers = QHBoxLayout()
        for label, combo in (("A (left):", self.combo_a), ("B (right):", self.combo_b),
                             ("Document:", self.combo_doc),
                             ("New gold starts from:", self.combo_start)):
            pickers.addWidget(QLabel(label))
            pickers.addWidget(combo)

        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        side = QWidget(objectName="adjudication_side")
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.current_label)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for name in ("adj_take_left", "adj_take_right"):
            row1.addWidget(self._button(name))
        for name in ("adj_previous", "adj_next", "adj_done"):
            row2.addWidget(self._button(name))
        column.addLayout(row1)
        column.addLayout(row2)

        sides = QSplitter(Qt.Orientation.Horizontal, objectName="reviewer_splitter")
        sides.addWidget(self.pane_a)
        sides.addWidget(self.pane_b)
        panes = QSplitter(Qt.Orientation.Vertical, objectName="pane_splitter")
        panes.addWidget(sides)
        panes.addWidget(self.pane_gold)
        panes.setSizes([480, 420])
        main = QSplitter(Qt.Orientation.Horizontal, objectName="adjudication_splitter")
        main.addWidget(side)
        main.addWidget(panes)
        main.setStretchFactor(1, 1)
        main.setSizes([380, 1120])
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(main, 1)
        layout.addWidget(self.status_label)

    def _connect(self) -> None:
        self.combo_a.currentIndexChanged.connect(lambda _i: self._reload_documents())
        self.combo_b.currentIndexChanged.connect(lambda _i: self._reload_documents())
        self.combo_doc.currentIndexChanged.connect(lambda _i: self._open_selected())
        self.combo_start.currentIndexChanged.connect(
            lambda _i: self.session.set_start_from(self.combo_start.currentData()))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.session.opened.connect(self._on_opened)
        self.session.gold_changed.connect(self._on_gold_changed)
        self.session.message.connect(self.status_label.setText)
        self.pane_gold.view.edit_requested.connect(self.session.edit_zones)
        self.pane_gold.view.edit_refused.connect(
            lambda action: self.status_label.setText(f"Nothing to {action.replace('_', ' ')}"))

    # -- pickers ------------------------------------------------------------------------

    def _fill_reviewers(self, a: str | None, b: str | None, doc_id: int | None) -> None:
        """Everyone in both pickers; by default the two who did most on the document."""
        people = [r for r in list_reviewers(self.db) if r != GOLD_REVIEWER]
        busiest = [r for r in reviewers_of(self.db, doc_id) if r in people]
        if len(busiest) < 2 and doc_id is not None:
            busiest = [r for r in reviewers_of(self.db) if r in people]
        pair = sorted(busiest[:2])  # the two who did most, in name order
        defaults = [*pair, *(r for r in people if r not in pair)]
        for combo, wanted, fallback in ((self.combo_a, a, 0), (self.combo_b, b, 1)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(people)
            if wanted not in people and fallback < len(defaults):
                wanted = defaults[fallback]
            combo.setCurrentIndex(people.index(wanted) if wanted in people else -1)
            combo.blockSignals(False)

    def _reload_documents(self, doc_id: int | None = None) -> None:
        a, b = self.combo_a.currentText(), self.combo_b.currentText()
        keep = doc_id if doc_id is not None else self.session.doc_id
        self.combo_doc.blockSignals(True)
        self.combo_doc.clear()
        if a and b and a != b:
            for shared_id, name in shared_documents(self.db, a, b):
                self.combo_doc.addItem(name, shared_id)
        index = self.combo_doc.findData(keep) if keep is not None else -1
        self.combo_doc.setCurrentIndex(max(index, 0) if self.combo_doc.count() else -1)
        self.combo_doc.blockSignals(False)
        self._open_selected()

    def _open_selected(self) -> None:
        a, b = self.combo_a.currentText(), self.combo_b.currentText()
        doc_id = self.combo_doc.currentData()
        if doc_id is None:
            self.session.close_document()
            self.status_label.setText(
                "Choose two different reviewers." if not a or a == b else
                f"No document that both {a} and {b} worked on.")
            return
        self.session.open(int(doc_id), a, b)

    # -- showing ------------------------------------------------------------------------

    def _on_opened(self) -> None:
        info = self.session.info
        doc_id = self.session.doc_id if info is not None else 0
        text = info.text if info is not None else ""
        for name, pane, zones in (
                ("a", self.pane_a, info.zones_a if info else []),
                ("b", self.pane_b, info.zones_b if info else []),
                ("gold", self.pane_gold, list(self.session.base().segments) if info else [])):
            self._maps[name] = OffsetMap(text)
            try:
                pane.view.set_document(doc_id or 0, text, zones)
            except ValueError as exc:
                self.status_label.setText(f"Cannot show this document: {exc}")
                return
        self.model.set_rows([Row(describe(text, d), s) for d, s in
                             zip(self.session.differences, self.session.statuses(), strict=True)])
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._on_current_row(QModelIndex())
        self._show_state()

    def _on_gold_changed(self) -> None:
        if self.session.info is None:
            return
        segments = list(self.session.base().segments)
        if segments != self.pane_gold.view.segments():
            self.pane_gold.view.set_segments(segments)
        self.model.set_statuses(self.session.statuses())
        self._refresh_marks()
        self._show_state()

    def _show_state(self) -> None:
        count = len(self.session.differences)
        state = self.session.gold_state()
        gold = ("not started (the first choice or edit writes it)" if state is None
                else str(state).replace("_", " "))
        self.combo_start.setEnabled(self.session.gold is None)
        self.pane_gold.caption.setText(f"Gold — the result; zone keys edit it (G) — {gold}")
        if self.session.info is not None:
            self.status_label.setText(f"{count} difference{'s' * (count != 1)} · gold {gold}")

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def current_difference(self) -> Difference | None:
        row = self.current_row()
        return self.session.differences[row] if 0 <= row < len(self.session.differences) else None

    def _on_current_row(self, _index: QModelIndex, _previous: Any = None) -> None:
        diff = self.current_difference()
        info = self.session.info
        if diff is not None and info is not None:
            for pane in (self.pane_a, self.pane_b, self.pane_gold):
                pane.view.set_cursor_position(diff.start)
                pane.view.editor.centerCursor()  # the same place in all three panes
            total = len(self.session.differences)
            self.current_label.setText(f"{self.current_row() + 1} / {total}: "
                                       f"{describe(info.text, diff)}")
        else:
            self.current_label.setText("No differences." if info is not None else "")
        self._refresh_marks()

    def _side_text(self, diff: Difference | None, side: str) -> str:
        info = self.session.info
        if diff is None or info is None:
            return ""
        if diff.is_zone:
            runs = diff.a_zones if side == "a" else diff.b_zones
            return ", ".join(dict.fromkeys(f"{z} {i}" if i else str(z) for _, _, z, i in runs))
        spans = diff.a_spans if side == "a" else diff.b_spans
        return ", ".join(f"{s.type} «{info.text[s.start:s.end]}»" for s in spans) or "no entity"

    def _refresh_marks(self) -> None:
        info = self.session.info
        diff = self.current_difference()
        self.pane_a.set_caption(f"A · {self.session.a}", self._side_text(diff, "a"))
        self.pane_b.set_caption(f"B · {self.session.b}", self._side_text(diff, "b"))
        if info is None:
            for name, pane in (("a", self.pane_a), ("b", self.pane_b), ("gold", self.pane_gold)):
                apply_marks(pane.view.editor, self._maps[name], [])
            return
        zone_marks = [Mark(d.start, d.end, Look.ZONE_DIFF) for d in info.differences if d.is_zone]
        involved = {(s.start, s.end) for d in info.differences for s in (*d.a_spans, *d.b_spans)}
        look = Look.CURRENT_ZONE if diff is not None and diff.is_zone else Look.CURRENT
        current = [] if diff is None else [Mark(diff.start, diff.end, look)]

        def entity_marks(spans: tuple[Span, ...] | list[Span]) -> list[Mark]:
            return [Mark(s.start, s.end, Look.ENTITY_DIFF if (s.start, s.end) in involved
                         else Look.ENTITY) for s in spans]

        for name, pane, spans in (("a", self.pane_a, info.spans_a),
                                  ("b", self.pane_b, info.spans_b),
                                  ("gold", self.pane_gold, self.session.base().spans)):
            apply_marks(pane.view.editor, self._maps[name],
                        zone_marks + entity_marks(spans) + current)

    # -- commands (the key table's handlers) --------------------------------------------

    def step(self, delta: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.status_label.setText("No differences in this document.")
            return
        row = self.current_row()
        target = 0 if row < 0 else min(max(row + delta, 0), count - 1)
        if target == row:
            self.status_label.setText("Last difference." if delta > 0 else "First difference.")
        self.table.selectRow(target)

    def take_current(self, side: Side) -> None:
        row = self.current_row()
        if row < 0:
            self.status_label.setText("No difference selected.")
            return
        if self.session.take(row, side) and row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)

    def take_all(self, side: Side) -> None:
        self.session.take_all(side)

    def focus_gold(self) -> None:
        self.pane_gold.view.setFocus()

    def mark_done(self) -> None:
        name = self.combo_doc.currentText()
        if not self.session.mark_done():
            return
        following = self.combo_doc.currentIndex() + 1
        if following < self.combo_doc.count():
            self.combo_doc.setCurrentIndex(following)
            self.status_label.setText(f"Gold of {name} done.")
        else:
            self._show_state()
            self.status_label.setText(f"Gold of {name} done. It was the last document.")

    def shortcut_groups(self) -> list[tuple[str, list[QAction]]]:
        return [("Adjudication", [*self.actions_by_name.values(), self.undo_action,
                                  self.redo_action]),
                ("Gold pane (zone keys)", self.pane_gold.view.actions())]

    def show_shortcuts(self) -> None:
        if self._sheet is None:
            self._sheet = ShortcutSheet(shortcut_rows(self.shortcut_groups()), self)
        self._sheet.show()
        self._sheet.raise_()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        # Back from the review window, where A's or B's work may have changed.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            row = self.current_row()
            if self.session.reload() and 0 <= row < self.model.rowCount():
                self.table.selectRow(row)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.stacks.clear()
        super().closeEvent(event)
