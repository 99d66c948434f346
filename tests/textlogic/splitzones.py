"""The auto-split of a text seen line by line, as the splitter's rule tests compare it.

One zone per line of ``text.split("\\n")`` (``None`` for a blank line), with the item number
glued on for related lines (``"related2"``), so a test states a page's expected layout in
one list.
"""
from __future__ import annotations

from fasl.textlogic.lexicon import Lexicon
from fasl.textlogic.linegold import segments_to_lines
from fasl.textlogic.split import split_text


def zones(text: str, lexicon: Lexicon | None = None) -> list[str | None]:
    lines, items = segments_to_lines(text, split_text(text, lexicon))
    return [z if z != "related" else f"related{i}" for z, i in zip(lines, items, strict=True)]
