"""Regression test for QT-NOTES P1: PySide6 6.12.0 on Python 3.11 leaks a reference to None
on every void method call, and the app aborts after a few thousand calls.

On 3.11 the refcount of None must stay put; on 3.12+ None is immortal (its count is
constant), so there the same loop is a smoke test that 20,000 void calls survive.
"""
from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel

CALLS = 20_000


def test_void_calls_do_not_leak_none(qapp):
    doc = QTextDocument("وزير الخارجية " * 10)
    cursor = QTextCursor(doc)
    label = QLabel()
    fmt = QTextCharFormat()
    color = QColor("#abcdef")
    before = sys.getrefcount(None)
    for i in range(CALLS):
        cursor.setPosition(i % 100)
        if i % 10 == 0:
            label.setText("x")
            fmt.setBackground(color)
    after = sys.getrefcount(None)
    # A leak shows as a drop of about one per call (-20,000 here); allow for noise.
    assert abs(after - before) < 200, f"None refcount moved by {after - before}"
