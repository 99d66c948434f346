"""What the suggester offers for a sentence, as the suggester's rule tests compare it.

Gazetteers and patterns only (no learned strings), so a rule test states the spans of one
type it expects in one list.
"""
from __future__ import annotations

from fasl.textlogic.suggest import suggest


def of_type(text: str, type_: str) -> list[str]:
    return [text[s.start : s.end] for s in suggest(text, sources=("gazetteers", "patterns"))
            if s.type == type_]
