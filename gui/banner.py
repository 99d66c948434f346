"""The strip above the document that tells the reviewer what the store will not do now.

Two things are said here and nowhere else, because a status-bar message scrolls away:
the window is read-only (another window has the store), and edits are waiting because the
store cannot be written (locked, full, read-only file).  Plain text only: the reasons
quote file names and SQLite messages, which must never be read as markup.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class StoreBanner(QFrame):
    """Signals:
        retry_requested(): the reviewer asked to try the waiting edits now.
    """

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="store_banner")
        self.setStyleSheet("#store_banner { background: #fff3c4; border-bottom: 1px solid #d9b84a; }"
                           "#store_banner QLabel { color: #3d3000; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.label = QLabel(self, objectName="store_banner_text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.retry = QPushButton("Retry now", self, objectName="store_banner_retry")
        self.retry.clicked.connect(self.retry_requested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry)
        self._read_only = ""
        self._waiting = ""
        self._update()

    def set_read_only(self, reason: str) -> None:
        self._read_only = reason
        self._update()

    def set_waiting(self, count: int, reason: str) -> None:
        self._waiting = "" if count == 0 else (
            f"{count} edit{'s are' if count != 1 else ' is'} not saved yet: the store cannot "
            f"be written ({reason}). fasl keeps {'them' if count != 1 else 'it'} and retries; "
            "do not close the window until this message goes away.")
        self._update()

    def text(self) -> str:
        return self.label.text()

    def _update(self) -> None:
        parts = []
        if self._read_only:
            parts.append(f"Read-only: {self._read_only}. You can read and search here; "
                         "edits are not possible. To edit, close the other window and "
                         "open the store again.")
        if self._waiting:
            parts.append(self._waiting)
        self.label.setText("\n".join(parts))
        self.retry.setVisible(bool(self._waiting))
        self.setVisible(bool(parts))
