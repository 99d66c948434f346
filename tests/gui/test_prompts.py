"""The real prompts' import report: every skipped file with its reason."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit

from fasl.gui.prompts import ImportReportDialog


def test_import_report_lists_every_skipped_file(qtbot):
    from fasl.store.importer import ImportProblem, ImportReport

    report = ImportReport(imported=[1, 2], duplicates=1, problems=[
        ImportProblem("/crawl/a.jsonl:7", "not JSON (Expecting value at column 1)"),
        ImportProblem("/crawl/photo.png", "not imported from a folder: .png is not a text"),
    ])
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels[0].startswith("2 imported, 1 already in the store")
    assert "Skipped (2):" in labels
    listing = dialog.findChild(QPlainTextEdit, "problems").toPlainText().splitlines()
    assert listing == [str(p) for p in report.problems]


def test_a_clean_import_has_no_listing(qtbot):
    from fasl.store.importer import ImportReport

    dialog = ImportReportDialog(ImportReport(imported=[1]))
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPlainTextEdit, "problems") is None
