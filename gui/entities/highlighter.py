"""Entities painted as character formats by a QSyntaxHighlighter (QT-NOTES P5).

How each kind looks, so that an outer and an inner entity are both visible at once and a
suggestion never looks decided:

- accepted, outermost: a light background in its type's colour;
- accepted inside another entity: a solid underline in its colour (the outer background
  stays, because formats of nested spans are merged, not replaced: P5);
- pending suggestion: a dashed underline in its colour (dotted when nested), no background.

A highlighter leaves the document and its undo stack untouched, and `refresh_spans` re-runs
only the blocks an edit touched, so tagging stays instant in a 1 MB article.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from fasl.gui.entities.layer import EntityLayer, Shown
from fasl.gui.entities.typeset import colour_of, tint
from fasl.textlogic.typesets import TypeSet


def entity_format(shown: Shown, typeset: TypeSet) -> QTextCharFormat:
    """The format one entity contributes (merged outer first, inner last)."""
    fmt = QTextCharFormat()
    colour = colour_of(typeset, shown.entity.type)
    if shown.pending:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine if shown.depth
                              else QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(colour)
    elif shown.depth == 0:
        fmt.setBackground(tint(colour))
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(colour)
    return fmt


class EntityHighlighter(QSyntaxHighlighter):
    """Paints the layer's entities; ``is_current()`` says whether the layer matches the text.

    Qt runs the highlighter as soon as the view loads a new text, before the layer holds
    that document's entities; ``is_current`` keeps those stale spans off the new text.
    """

    def __init__(self, document: QTextDocument, layer: EntityLayer,
                 typeset: Callable[[], TypeSet], is_current: Callable[[], bool]) -> None:
        super().__init__(document)
        self.layer = layer
        self._typeset = typeset
        self._is_current = is_current

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if not self._is_current():
            return
        block = self.currentBlock()
        start = block.position()
        end = start + len(text)
        shown = self.layer.overlapping(start, end)
        if not shown:
            return
        typeset = self._typeset()
        points = sorted({start, end, *(min(max(p, start), end)
                                       for s in shown for p in (s.qt_start, s.qt_end))})
        formats = [(s, entity_format(s, typeset)) for s in shown]
        for a, b in zip(points, points[1:], strict=False):
            if a >= b:
                continue
            merged = QTextCharFormat()
            for s, fmt in formats:
                if s.qt_start <= a and s.qt_end >= b:
                    merged.merge(fmt)
            if not merged.isEmpty():
                self.setFormat(a - start, b - a, merged)

    def refresh_spans(self, spans: Iterable[tuple[int, int]]) -> None:
        """Re-run the blocks that hold any of the Qt ranges ``spans``."""
        doc = self.document()
        seen: set[int] = set()
        for qs, qe in spans:
            block = doc.findBlock(qs)
            while block.isValid() and block.position() <= max(qs, qe - 1):
                if block.blockNumber() not in seen:
                    seen.add(block.blockNumber())
                    self.rehighlightBlock(block)
                block = block.next()
