"""The review window's document pane: the text right to left, zones as bands, zone editing.

Public: `DocumentView` (see its docstring for signals and methods).
"""
from fasl.gui.document.view import DocumentView

__all__ = ["DocumentView"]
