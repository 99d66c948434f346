"""The shipped fonts, loaded once, so rendering never depends on what the machine has.

Noto Naskh Arabic is the reading face; it has no Latin letters, bullets or "|" (QT-NOTES
P2), so Noto Sans follows it in the family list and fills those glyphs (datelines such as
"26th, October 2023 GMT", agency names like "CNN").
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from fasl.resources import resource_path

FONT_FILES = (
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
)
FAMILIES = ["Noto Naskh Arabic", "Noto Sans"]

_loaded: dict[str, list[str]] = {}


class FontLoadError(RuntimeError):
    """A shipped font file is missing or Qt refused it."""


def load_fonts() -> dict[str, list[str]]:
    """Register the shipped fonts with Qt (once per process); file name -> family names.

    Raises FontLoadError naming the file when Qt cannot load one (it returns id -1 and says
    nothing else); a GUI needs a QGuiApplication to exist first.
    """
    if _loaded:
        return dict(_loaded)
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        if not path.is_file():
            raise FontLoadError(f"shipped font missing: {path}")
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id == -1:
            raise FontLoadError(f"Qt could not load the font {path}")
        _loaded[name] = QFontDatabase.applicationFontFamilies(font_id)
    return dict(_loaded)


def app_font(point_size: float | None = None) -> QFont:
    """A font with the Arabic reading face first and the Latin face as fallback."""
    load_fonts()
    font = QFont()
    font.setFamilies(FAMILIES)
    if point_size:
        font.setPointSizeF(point_size)
    return font


def apply_app_font(app: QApplication) -> QFont:
    """Load the fonts and make them the application's default; returns the font set."""
    font = app_font(app.font().pointSizeF())
    app.setFont(font)
    return font
