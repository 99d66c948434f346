"""Fixes to the pooled spans of the rules and the model, where the model's spans need them.

The CRF (`fasl.textlogic.suggest.model`) learns span edges from the gold sets, but it sees
only a few words around each one, so two of the rules' conventions have to be applied
again to what it finds:

- a local body is named with its seat (`courts_with_seat`): the model finds
  ``المحكمة المركزية`` and the seat ``في الناصرة`` belongs to it as it would to a rule's;
- a speaker's name ends before the outlet he spoke to: ``قال ... محمد الربيعي للمشرق إن``
  is the person ``محمد الربيعي``; the model runs on into ``للمشرق`` because a
  family name often follows there.  A word after a name's first that is ل + the article
  (``للمشرق``، ``للرأي``، ``لليوم``) or ل + an outlet's head (``لموقع``، ``لصحيفة``) is no
  part of a name, so the name ends before it.
"""
from __future__ import annotations

from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.merge import merge
from fasl.textlogic.suggest.namedorgs import courts_with_seat

# Heads of an outlet's name that a glued ل takes before it (قال لموقع «...» إن).
_OUTLET_HEADS = frozenset(fold("ل" + w) for w in [
    "موقع", "صحيفة", "جريدة", "مجلة", "وكالة", "قناة", "إذاعة", "تلفزيون", "شبكة", "راديو",
])
_LAM_ARTICLE = fold("لل")


def _not_in_a_name(folded: str) -> bool:
    return folded.startswith(_LAM_ARTICLE) or folded in _OUTLET_HEADS


def person_before_outlet(doc: Doc, span: Suggestion) -> Suggestion | None:
    """``span`` (a PERS) cut before its first ل-word after the first word, or None when that
    leaves nothing; ``span`` itself when it holds none."""
    first = doc.first_word_ending_after(span.start)
    if first is None:
        return span
    words = doc.words
    index = first + 1
    while index < len(words) and words[index].end <= span.end:
        if _not_in_a_name(words[index].folded):
            return Suggestion(span.start, words[index - 1].end, span.type, span.source,
                              span.confidence)
        index += 1
    return span


def tidy_pooled(text: str, pooled: list[Suggestion], gazetteers: Gazetteers) -> list[Suggestion]:
    """The pooled suggestions with the rules' conventions applied to the model's spans."""
    doc = Doc.of(text)
    tidied = []
    for s in pooled:
        if s.type == "PERS":
            s = person_before_outlet(doc, s)
        tidied.append(s)
    return merge(courts_with_seat(doc, tidied, gazetteers))
