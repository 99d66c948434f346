"""OffsetMap against the definition (UTF-16 length of the prefix) and against Qt itself."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from fasl.gui.offsets import OffsetMap

MIXED = "خبر 😀 عاجل 👍🏽: غزة وَقَالَ 𝐀x"


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def test_both_ways_at_every_index():
    omap = OffsetMap(MIXED)
    assert omap.length == len(MIXED) and omap.qt_length == utf16_len(MIXED)
    assert not omap.is_identity
    for i in range(len(MIXED) + 1):
        u = utf16_len(MIXED[:i])
        assert omap.to_qt(i) == u
        assert omap.from_qt(u) == i
        assert omap.from_qt_floor(u) == i


def test_a_position_inside_a_surrogate_pair():
    omap = OffsetMap(MIXED)
    inside = utf16_len(MIXED[: MIXED.index("😀")]) + 1
    with pytest.raises(ValueError, match="surrogate"):
        omap.from_qt(inside)
    assert omap.from_qt_floor(inside) == MIXED.index("😀")


def test_bmp_only_text_is_the_identity():
    omap = OffsetMap("وزير الخارجية")
    assert omap.is_identity
    assert [omap.to_qt(i) for i in range(5)] == list(range(5))


def test_agrees_with_qt_positions(qapp):
    doc = QTextDocument()
    doc.setPlainText(MIXED)
    omap = OffsetMap(MIXED)
    found = doc.find("عاجل")
    start = MIXED.index("عاجل")
    assert (found.selectionStart(), found.selectionEnd()) == (omap.to_qt(start),
                                                              omap.to_qt(start + 4))
    cursor = QTextCursor(doc)
    cursor.setPosition(omap.to_qt(start))
    cursor.setPosition(omap.to_qt(start + 4), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "عاجل"


ODD = ["a", "ب", "😀", "\U0001F3FD", "\u064e", " ", "\U00020000"]


@given(st.text(alphabet=st.sampled_from(ODD)))
def test_round_trip_property(text):
    omap = OffsetMap(text)
    for i in range(len(text) + 1):
        assert omap.from_qt(omap.to_qt(i)) == i
        assert omap.to_qt(i) == utf16_len(text[:i])
