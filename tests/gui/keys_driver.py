"""Start the review window exactly as `fasl gui ...` does, then press keys in it.

The crash test (test_crash_gui.py) runs this as a separate process: the window must be the
real app, started the way a user starts it, and the edit a key press as a reviewer makes
it.  Prints ``fasl-test: saved DOC_ID`` once an edit of the open document was written, so
the test knows when to kill the process.  Lives with the tests, so nothing of it ships.

    python tests/gui/keys_driver.py KEYS gui STORE --reviewer NAME
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fasl.gui.cli import main
from fasl.gui.main_window import MainWindow


def press_when_open(script: str) -> None:
    """Press the comma-separated key sequences of ``script`` in the window's document view."""
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(50, lambda: press_when_open(script))
        return
    window = windows[0]
    window.session.document_changed.connect(
        lambda doc_id: print(f"fasl-test: saved {doc_id}", flush=True))
    window.activateWindow()
    window.view.setFocus()

    def press() -> None:
        for text in script.split(","):
            combo = QKeySequence(text.strip())[0]
            QTest.keyClick(window.view.editor, combo.key(), combo.keyboardModifiers())

    QTimer.singleShot(200, press)


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])  # the app's own run() takes this instance
    QTimer.singleShot(0, lambda: press_when_open(sys.argv[1]))
    sys.exit(main(sys.argv[2:]))
