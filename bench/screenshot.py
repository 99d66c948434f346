"""Render the review window on the sample corpus to a PNG (the README's screenshot).

Not a benchmark: it lives here with the other scripts that drive the real app from outside.
It uses a throw-away store, settings and data folder, so it never touches a user's work.

    QT_QPA_PLATFORM=offscreen python bench/screenshot.py resources/screenshots/review-window.png
    xvfb-run -s "-screen 0 1400x860x24" python bench/screenshot.py --screen /tmp/xvfb.png
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def render(out: Path, width: int, height: int, document: int, screen: bool,
           settle: float) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from fasl.gui.app import APP_NAME, import_samples, open_window
    from fasl.gui.fonts import apply_app_font
    from fasl.gui.prompts import Prompts
    from fasl.store.db import open_store

    with tempfile.TemporaryDirectory(prefix="fasl-shot-") as tmp:
        os.environ["FASL_DATA_DIR"] = tmp
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setOrganizationName(APP_NAME)
        app.setApplicationName(APP_NAME)
        apply_app_font(app)
        store = Path(tmp) / "samples.sqlite"
        db = open_store(store)
        import_samples(db)
        db.close()
        window = open_window(store, "مريم", Prompts(), QSettings())
        if window is None:
            raise SystemExit("screenshot: the window did not open")
        window.resize(width, height)
        window.show()
        import time

        deadline = time.monotonic() + settle  # the entity suggestions arrive from a worker
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        if document:
            window.panel.select_row(document)
            for _ in range(5):
                app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if screen:  # what the display server shows (run under Xvfb), not Qt's own rendering
            window.move(0, 0)
            deadline = time.monotonic() + 1.5
            while time.monotonic() < deadline:
                app.processEvents()
            image = app.primaryScreen().grabWindow(0, 0, 0, width, height)
        else:
            image = window.grab()
        if not image.save(str(out)):
            raise SystemExit(f"screenshot: cannot write {out}")
        window.close()
        window.db.close()
        print(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1400x860", help="window size WxH")
    parser.add_argument("--document", type=int, default=0, help="row of the corpus list to show")
    parser.add_argument("--settle", type=float, default=4.0,
                        help="seconds to let the window finish its background work")
    parser.add_argument("--screen", action="store_true",
                        help="grab the X screen instead of the widget (run under xvfb-run)")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    render(args.out, width, height, args.document, args.screen, args.settle)


if __name__ == "__main__":
    main()
