"""What the entity window tests share: a short text with an emoji and tashkeel, its store,
and the key and selection helpers that drive the window as a reviewer does.

Imported by test_entities_tagging.py and test_entities_pending.py (pytest puts this folder
on the path); the fixtures `entity_store` and `entity_window` are in conftest.py.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor

from fasl.store.db import open_store
from fasl.store.importer import import_paths

REVIEWER = "mona"  # as in conftest.py
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

TEXT = ("قال وزير الخارجية الروسي سيرجي لافروف إن الوفد وصل بالكرملين أمس.\n"
        "خبر 😀 عاجل: وَصَلَ مُحَمَّدٌ إلى موسكو اليوم.\n")


def u16(cp: int, text: str = TEXT) -> int:
    """Qt position of code point ``cp``, counted independently of OffsetMap."""
    return len(text[:cp].encode("utf-16-le")) // 2


def span(word: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def select(w, start: int, end: int, text: str = TEXT) -> None:
    """Select code points ``start..end`` in the window's document view."""
    editor = w.view.editor
    cursor = editor.textCursor()
    cursor.setPosition(u16(start, text))
    cursor.setPosition(u16(end, text), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def key(qtbot, w, k, modifiers=NONE) -> None:
    qtbot.keyClick(w.view.editor, k, modifiers)


def suggestions(on: bool) -> None:
    """Switch every suggestion source on or off for the next window."""
    settings = QSettings()
    for source in ("learned", "gazetteers", "patterns"):
        settings.setValue(f"entities/source/{source}", on)


def make_store(folder: Path) -> Path:
    """A store in ``folder`` holding TEXT as its only document."""
    docs = folder / "docs"
    docs.mkdir()
    (docs / "lavrov.txt").write_text(TEXT, encoding="utf-8")
    path = folder / "store.sqlite"
    db = open_store(path)
    assert len(import_paths(db, [docs]).imported) == 1
    db.close()
    return path
