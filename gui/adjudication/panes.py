"""One pane of the adjudication window: a caption over a document view.

The views are the review window's own (`fasl.gui.document.DocumentView`): same RTL text,
font, zone bands and margin.  The reviewers' panes are read-only in zones too: their edit
keys are switched off (zoom stays), so a key pressed in the wrong pane never edits anyone's
work.  The gold pane keeps every zone key.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from fasl.gui.document import DocumentView


class Pane(QWidget):
    """Attributes:
        caption: the line above the text (who, and their version of the current difference).
        view: the document view.
    """

    def __init__(self, name: str, *, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"pane_{name}")
        self.caption = QLabel(self)
        self.caption.setObjectName(f"caption_{name}")
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.view = DocumentView(self)
        self.view.setObjectName(f"view_{name}")
        if not editable:
            self.view.legend.hide()  # the gold pane shows the zone key once
            for action in self.view.actions():
                if not action.objectName().startswith("view_zoom"):
                    action.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

    def set_caption(self, title: str, detail: str = "") -> None:
        self.caption.setText(f"{title}  —  {detail}" if detail else title)
