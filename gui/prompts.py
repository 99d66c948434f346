"""Every question the window asks a person goes through one replaceable object.

The window receives a `Prompts` in its constructor and never builds a message box or a file
dialog itself, so a test passes an object with the same methods that returns set answers
(and records what it was asked), and drives the whole review flow without a modal loop.
Dialogs here only gather an answer; the caller decides what to do with it.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from fasl.store.importer import ImportReport

JSONL_FILTER = "JSONL crawl records (*.jsonl *.ndjson);;Text files (*.txt);;All files (*)"


class Prompts:
    """The real prompts: small modal Qt dialogs."""

    def ask_reviewer_name(self, parent: QWidget | None, problem: str = "") -> str | None:
        """The reviewer's name, or None when the person cancels."""
        label = "Your name, as it will appear in the review history:"
        if problem:
            label = f"{problem}\n\n{label}"
        text, ok = QInputDialog.getText(parent, "Who is reviewing?", label,
                                        QLineEdit.EchoMode.Normal)
        return text if ok else None

    def ask_flag_note(self, parent: QWidget | None, document: str, note: str) -> str | None:
        """A note saying what is wrong with ``document``; None when cancelled."""
        text, ok = QInputDialog.getMultiLineText(
            parent, "Flag document", f"What is wrong with {document}?", note)
        return text if ok else None

    def ask_import_folder(self, parent: QWidget | None) -> Path | None:
        folder = QFileDialog.getExistingDirectory(parent, "Import a folder of text files")
        return Path(folder) if folder else None

    def ask_import_files(self, parent: QWidget | None) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, "Import JSONL or text files", "",
                                                JSONL_FILTER)
        return [Path(n) for n in names]

    def show_import_report(self, parent: QWidget | None, report: ImportReport) -> None:
        ImportReportDialog(report, parent).exec()

    def show_error(self, parent: QWidget | None, title: str, message: str) -> None:
        error_box(parent, title, message).exec()


def error_box(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """An error dialog in plain text: messages quote file names, which may look like markup."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


class ImportReportDialog(QDialog):
    """What an import did, with every skipped file and the reason, one per line."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import finished" if not report.cancelled else "Import cancelled")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(report.summary().capitalize() + "."))
        if report.problems:
            layout.addWidget(QLabel(f"Skipped ({len(report.problems)}):"))
            listing = QPlainTextEdit("\n".join(str(p) for p in report.problems))
            listing.setReadOnly(True)
            listing.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            listing.setObjectName("problems")
            layout.addWidget(listing)
            self.resize(720, 360)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
