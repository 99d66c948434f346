"""Organisations named in quotes or brackets: ``شركة «تويوتا»``, ``«التربية»: ...`` at the
start of a headline, ``شركة "كورك تيليكوم"``, ``منظمة الصحة العالمية (WHO)``,
``الهيئة الحكومية للتنمية "إيغاد"``.

Quotes mark films, programmes and slogans as often as names, so a quoted string is an
organisation only where the words around it say so (a company or outlet word before it, a
headline's colon or verb after it, a full organisation name right before a short one).
Split from `fasl.textlogic.suggest.orgs` (names built from a head noun).
"""
from __future__ import annotations

import re

from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.names import STOPWORDS, given_length
from fasl.textlogic.suggest.orgs import SOURCE, VERB_PREFIXES

_QUOTE_CUES = frozenset(fold(w) for w in [
    "شركة", "برنامج", "موقع", "صحيفة", "تحالف", "قناة", "وكالة", "مجموعة", "منصة", "مجلة",
    "حزب", "حركة", "جمعية", "نادي", "مؤسسة", "لـ", "ل",
])
_QUOTED = re.compile(r"«([^»\n]{2,40})»")
# Plain and curly quotes mark films, novels, programmes and slogans as often as names, so
# only the cues that take an organisation and nothing else count before them: شركة
# "كورك تيليكوم"، بنك "إم يو إف جي"، سهم "أكوا باور"، لـ"أكوا باور".
_QUOTED_PLAIN = re.compile(r'["“]([^"“”«»\n]{2,40})["”]')
_PLAIN_QUOTE_CUES = frozenset(fold(w) for w in [
    "شركة", "شركتي", "صحيفة", "وكالة", "قناة", "مجموعة", "حزب", "حركة", "جمعية", "نادي",
    "مؤسسة", "بنك", "مصرف", "سهم", "أسهم", "لـ", "جامعة", "فرقة", "فريق", "فريقي",
])


def quoted_organisations(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """``«X»`` where only an organisation stands: after شركة/برنامج/لـ, or opening a line
    and followed by a colon or a verb (``«التربية»: ...``, ``«سكني» يسلم``)."""
    out = []
    text = doc.text
    matches = [(m, _QUOTE_CUES) for m in _QUOTED.finditer(text)]
    if '"' in text or "“" in text:
        matches += [(m, _PLAIN_QUOTE_CUES) for m in _QUOTED_PLAIN.finditer(text)]
    for match, cues in matches:
        inner = match.group(1)
        if any(c.isdigit() for c in inner) or len(inner.split()) > 4:
            continue
        start, end = match.span(1)
        before = text[max(0, match.start() - 12) : match.start()]
        line_start = before.rstrip(" ").endswith("\n") or match.start() == 0
        words_before = fold(before).replace("ـ", " ").split()
        cue = bool(words_before) and (words_before[-1] in cues
                                      or before.endswith(("لـ", "ل") if cues is _QUOTE_CUES
                                                         else "لـ"))
        after = fold(text[match.end() : match.end() + 12])
        opener = line_start and (after.startswith(":") or after.split()[:1] and
                                 after.split()[0].startswith(VERB_PREFIXES))
        if not (cue or opener):
            continue
        doc_inner = Doc.of(inner)
        hit = gazetteers.index.match_at(doc_inner, 0) if doc_inner.words else None
        if hit is not None and hit[1] == len(inner.rstrip()) and hit[2].type != "ORG":
            continue  # «كييف», «واشنطن»: a listed place, not an organisation
        first = doc_inner.words[0].folded if doc_inner.words else ""
        if first in STOPWORDS or given_length(doc_inner, 0, gazetteers):
            continue
        out.append(Suggestion(start, end, "ORG", SOURCE, 0.7))
    return out


_ACRONYM = re.compile(r"\s?\(([^()\n]{1,20})\)")
# A quoted short name right after an organisation's full name (الهيئة الحكومية للتنمية
# "إيغاد"، منظمة الأمم المتحدة للطفولة «يونيسف»): one word, or two Latin or short words.
_QUOTED_SHORT = re.compile(r' ?["“«]([^"“”«»\n]{2,20})["”»]')


def bracketed_acronyms(doc: Doc, organisations: list[Suggestion]) -> list[Suggestion]:
    """``(WHO)`` or ``(د ب أ)``, or a quoted short name (``"إيغاد"``), right after an
    organisation's name: the same organisation."""
    out = []
    for org in organisations:
        match = _ACRONYM.match(doc.text, org.end)
        if match is None:
            continue
        inner = match.group(1).strip()
        letters = inner.replace(" ", "").replace(".", "")
        if not letters or any(c.isdigit() for c in inner):
            continue
        latin_caps = letters.isascii() and letters.isupper()
        arabic_letters = not letters.isascii() and all(len(w) == 1 for w in inner.split())
        if latin_caps or arabic_letters:
            start = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
            out.append(Suggestion(start, start + len(inner), "ORG", SOURCE, 0.8))
    for org in organisations:
        if len(doc.text[org.start : org.end].split()) < 2:
            continue  # a one-word name is no full name to abbreviate
        match = _QUOTED_SHORT.match(doc.text, org.end)
        if match is None:
            continue
        inner = match.group(1)
        if (inner != inner.strip() or any(c.isdigit() for c in inner) or len(inner.split()) > 2
                or fold(inner) in STOPWORDS):
            continue
        out.append(Suggestion(match.start(1), match.end(1), "ORG", SOURCE, 0.7))
    return out
