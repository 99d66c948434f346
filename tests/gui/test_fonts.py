"""The shipped fonts load, and a failure names the file instead of showing boxes."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QLabel

from fasl.gui import fonts


def test_fonts_load_and_apply(qapp):
    loaded = fonts.load_fonts()
    assert set(loaded) == set(fonts.FONT_FILES)
    assert {f for families in loaded.values() for f in families} == set(fonts.FAMILIES)
    old = qapp.font()
    try:
        font = fonts.apply_app_font(qapp)
        assert font.families() == fonts.FAMILIES
        assert QFontInfo(QLabel().font()).family() == "Noto Naskh Arabic"
    finally:
        qapp.setFont(old)


def test_a_font_qt_refuses_raises_a_clear_error(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "_loaded", {})
    monkeypatch.setattr(QFontDatabase, "addApplicationFont", staticmethod(lambda path: -1))
    with pytest.raises(fonts.FontLoadError, match="NotoNaskhArabic-Regular.ttf"):
        fonts.load_fonts()


def test_a_missing_font_file_raises(qapp, monkeypatch):
    monkeypatch.setattr(fonts, "_loaded", {})
    monkeypatch.setattr(fonts, "FONT_FILES", ("NoSuchFont.ttf",))
    with pytest.raises(fonts.FontLoadError, match="missing"):
        fonts.load_fonts()
