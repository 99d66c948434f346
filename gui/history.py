"""The history dock: who changed what in the open document, and when."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QDockWidget, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from fasl.store.history import HistoryEntry, document_history

COLUMNS = ("When", "Reviewer", "Action", "Details")


def _local_time(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return stamp


def _spans(rows: Any) -> list[tuple[int, int, str]]:
    if not isinstance(rows, list):
        return []
    out = []
    for r in rows:
        if isinstance(r, dict):
            label = str(r.get("label", "?"))
            if r.get("item") is not None:
                label += f" {r['item']}"
            out.append((int(r.get("start", 0)), int(r.get("end", 0)), label))
    return out


def _zone_diff(before: Any, after: Any) -> str:
    """The zones that went and came, e.g. ``body 120–340 ⇒ body 120–300, list 300–340``."""
    old, new = _spans(before), _spans(after)
    gone = [s for s in old if s not in new]
    came = [s for s in new if s not in old]

    def show(spans: list[tuple[int, int, str]]) -> str:
        return ", ".join(f"{label} {start}–{end}" for start, end, label in spans) or "nothing"

    return f"{show(gone)} ⇒ {show(came)}" if gone or came else "no change"


def describe(entry: HistoryEntry) -> str:
    """One line saying what an entry changed (formatting only; the store keeps the facts)."""
    detail = dict(entry.detail)
    parts: list[str] = []
    if "before" in detail and "after" in detail:
        before, after = detail.pop("before"), detail.pop("after")
        if isinstance(before, list) or isinstance(after, list):
            parts.append(_zone_diff(before, after))
        else:
            parts.append(f"{before} → {after}")
    if "note" in detail:
        parts.append(f"note: {detail.pop('note')}")
    detail.pop("text_sha256", None)
    parts.extend(f"{key}: {value}" for key, value in detail.items())
    return "; ".join(parts)


class HistoryDock(QDockWidget):
    """Lists `document_history` of one document, newest first.

    It reloads only while visible; `show_document` on a hidden dock just remembers the id.
    """

    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__("History", parent)
        self.setObjectName("history_dock")
        self._db = db
        self._doc_id: int | None = None
        self._dirty = True
        self.tree = QTreeWidget(objectName="history")
        self.tree.setHeaderLabels(COLUMNS)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setWidget(self.tree)
        self.visibilityChanged.connect(self._on_visibility_changed)

    def show_document(self, doc_id: int | None) -> None:
        self._doc_id = doc_id
        self.refresh()

    def refresh(self) -> None:
        """Reload now if visible, else when next shown."""
        self._dirty = True
        if self.isVisible():
            self._reload()

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and self._dirty:
            self._reload()

    def _reload(self) -> None:
        self._dirty = False
        self.tree.clear()
        if self._doc_id is None:
            return
        entries = document_history(self._db, self._doc_id)
        self.tree.addTopLevelItems([
            QTreeWidgetItem([_local_time(e.at), e.reviewer, e.action, describe(e)])
            for e in reversed(entries)
        ])

    def rows(self) -> list[list[str]]:
        """The listed rows as text (what the reviewer sees)."""
        return [[self.tree.topLevelItem(i).text(c) for c in range(len(COLUMNS))]
                for i in range(self.tree.topLevelItemCount())]
