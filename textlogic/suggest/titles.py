"""Title spans cut the way the entity conventions cut them (tests/data/entities/README.md).

The title list finds the word (``رئيس``, ``المديرة``); how far the OCC span reaches is
grammar, fixed here for the title list's and the title chains' suggestions:

- a bare title (no article) is in construct and names a position only with its
  complement: ``رئيس المجلس``, ``رئيس لجنة التحكيم``, ``رئيس هيئة شؤون الأسرى``,
  ``وزيرة الداخلية``; the complement goes on with adjectives and ``و`` + article nouns
  (``وزير الطاقة والمياه``, ``لجنة الشؤون المالية والاقتصادية``) and stops at a
  preposition (``بالمجلس``), punctuation or any other word.  A bare title with no
  complement is no position (``محطات رئيسة`` "main stations"): not suggested;
- a definite title takes its title adjectives (``المديرة العامة``) and stacks with a
  following title (``الرئيس المدير العام``); after another article word it is itself an
  adjective (``الحزب الحاكم``): not suggested;
- ``باسم`` at the end of a listed title (``المتحدث باسم``) leaves the span: a generic
  qualifier after it is not part of the position (the title chains add a named one);
- honorifics (``الدكتور``, ``السيد``) are forms of address, not positions.
"""
from __future__ import annotations

import bisect

from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.names import STOPWORDS, apposition_name, given_length, name_end
from fasl.textlogic.suggest.orgs import HEADS

HONORIFICS = frozenset(fold(w) for w in [
    "الدكتور", "الدكتورة", "السيد", "السيدة", "الأستاذ", "الأستاذة", "المهندس", "المهندسة",
    "معالي", "سعادة", "فضيلة", "سمو", "الشيخ",
])
# Adjectives that belong to a definite title (المدير العام، الناطق الإعلامي).
TITLE_ADJECTIVES = frozenset(fold(w) for w in [
    "العام", "العامة", "التنفيذي", "التنفيذية", "الفني", "الفنية", "الرسمي", "الرسمية",
    "الإعلامي", "الإعلامية", "المساعد", "المساعدة", "الأول", "الأولى", "الإقليمي",
    "الإقليمية", "المناوب", "المنتدب", "المنتدبة",
])
# Article words that end a complement although they look like its next word.
_ENDERS = frozenset(fold(w) for w in [
    "اليوم", "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    "السبت", "الماضي", "الماضية", "الجاري", "الحالي", "الحالية", "المقبل", "المقبلة",
    "الذي", "التي", "الذين", "السابق", "السابقة",
])
_BASEM = fold("باسم")
_MAX_BARE = 2  # bare nouns before the complement's article word: هيئة شؤون الأسرى
_MAX_WORDS = 8


def _article(doc: Doc, index: int) -> bool:
    """A word written with the article that can continue a complement."""
    word = doc.words[index]
    return (doc.text[word.start : word.start + 2] == "\u0627\u0644" and len(word.folded) >= 4
            and word.folded not in _ENDERS)


def _and_article(doc: Doc, index: int) -> bool:
    """و + the article (والمياه، والاقتصادية)."""
    word = doc.words[index]
    return (doc.text[word.start : word.start + 3] == "\u0648\u0627\u0644"
            and len(word.folded) >= 5 and word.folded[1:] not in _ENDERS)


def _bare_noun(doc: Doc, index: int) -> bool:
    """A bare noun that can stand in construct (لجنة، شؤون، حماية), not a verb or function
    word: no article, no digits, no verb prefix, not listed as a function word."""
    folded = doc.words[index].folded
    return (len(folded) >= 3 and not folded.startswith(("ال", "ي", "ت", "ن", "س"))
            and folded not in STOPWORDS and not any(c.isdigit() for c in folded)
            and (folded[:1] not in "وفبلك" or folded in HEADS))


def _joined(doc: Doc, index: int) -> bool:
    """Word ``index`` is followed by the next one with a plain space on the same line."""
    return index + 1 < len(doc.words) and doc.words[index].gap_is_space


def complement_end(doc: Doc, index: int) -> int | None:
    """One past the complement starting at word ``index`` (after a bare title), or None.

    The complement is up to two bare nouns then an article word (``لجنة التحكيم``), then
    any further article words and ``و`` + article words, or ``و`` + a bare noun + an article
    word (``ومكافحة الأمراض``).
    """
    words = doc.words
    at = index
    bare = 0
    while at < len(words) and bare < _MAX_BARE and not _article(doc, at) and _bare_noun(doc, at):
        if not _joined(doc, at):
            return None
        at += 1
        bare += 1
    if at >= len(words) or not _article(doc, at):
        return None
    end = at + 1
    return _chain_end(doc, end, index)


def _chain_end(doc: Doc, end: int, start: int) -> int:
    """Extend over adjectives with the article (ending ي or ة), و + article words and
    و + bare noun + article word."""
    words = doc.words
    while end < len(words) and end - start < _MAX_WORDS and _joined(doc, end - 1):
        if (_article(doc, end) and words[end].folded.endswith(("ي", "ه"))) or _and_article(
                doc, end):
            end += 1  # التعليم العالي، الشؤون المالية، والمياه; not the verb's object الطلاب
            continue
        folded = words[end].folded
        if (folded.startswith("و") and len(folded) >= 4 and end + 1 < len(words)
                and _joined(doc, end) and _article(doc, end + 1)
                and folded[1:] not in STOPWORDS and not folded.startswith(("وي", "وت"))):
            end += 2  # ومكافحة الأمراض
            continue
        break
    return end


def _word_range(doc: Doc, starts: list[int], s: Suggestion) -> tuple[int, int]:
    first = bisect.bisect_right(starts, s.start) - 1
    last = first
    while last + 1 < len(doc.words) and doc.words[last + 1].start < s.end:
        last += 1
    return max(first, 0), last + 1


def fit_titles(doc: Doc, found: list[Suggestion],
               gazetteers: Gazetteers | None = None) -> list[Suggestion]:
    """``found`` with the listed and chained OCC spans cut as the module says; with
    ``gazetteers``, the name right after a title completed here is a PERS (``وزيرة
    الداخلية نانسي فيزر``), as the title chains do for the titles they complete."""
    words = doc.words
    if not words:
        return found
    starts = doc.word_starts
    keep = [s for s in found if s.type != "OCC" or s.source == "learned"]
    titles = sorted((s for s in found if s.type == "OCC" and s.source != "learned"),
                    key=lambda s: (s.start, -s.end))
    out: list[Suggestion] = []
    for s in titles:
        first, end = _word_range(doc, starts, s)
        if end - first >= 2 and words[end - 1].folded == _BASEM:
            end -= 1
        if end - first == 1 and words[first].folded in HONORIFICS:
            continue
        last = words[end - 1].folded
        definite = last.startswith("ال")
        if end - first == 1 and not definite:
            stop = complement_end(doc, end) if _joined(doc, end - 1) else None
            if stop is None:
                continue  # محطات رئيسة: an adjective, no position
            end = stop
            if gazetteers is not None:
                keep += _holder(doc, end, gazetteers)
        elif end - first == 1:
            before = words[first - 1] if first else None
            if before is not None and before.gap_is_space and _article(doc, first - 1):
                continue  # الحزب الحاكم: an adjective after a definite noun
            while end < len(words) and _joined(doc, end - 1) and (
                    words[end].folded in TITLE_ADJECTIVES):
                end += 1
        else:
            end = _chain_end(doc, end, first)
        start = max(s.start, words[first].start)  # a proclitic stays outside (ووزير)
        out.append(Suggestion(start, words[end - 1].end, "OCC", s.source, s.confidence))
    return keep + _stack(doc, out)


def _holder(doc: Doc, after: int, gazetteers: Gazetteers) -> list[Suggestion]:
    """The person named right after a title ending before word ``after``, if any."""
    words = doc.words
    if after >= len(words):
        return []
    if not words[after - 1].gap_is_space:
        # وزيرة الثقافة، كلوديا مارتينيز، ...: a name in apposition, closed by a comma
        stop = apposition_name(doc, after, gazetteers) if words[after - 1].gap_after == "," else None
        return [] if stop is None else [
            Suggestion(words[after].start, words[stop - 1].end, "PERS", "patterns", 0.45)]
    folded = words[after].folded
    if folded == _BASEM or (folded[:1] in ("ل", "ب") and not given_length(doc, after,
                                                                        gazetteers)):
        return []
    stop = name_end(doc, after, gazetteers, after_title=True)
    if stop is None:
        return []
    given = given_length(doc, after, gazetteers, after_title=True) > 0
    return [Suggestion(words[after].start, words[stop - 1].end, "PERS", "patterns",
                       0.75 if given else 0.45)]


def _stack(doc: Doc, titles: list[Suggestion]) -> list[Suggestion]:
    """Join a one-word definite title to the title right after it (الرئيس المدير العام)."""
    titles = sorted(set(titles), key=lambda s: (s.start, -s.end))
    out: list[Suggestion] = []
    skip: set[Suggestion] = set()
    for i, s in enumerate(titles):
        if s in skip:
            continue
        gap = doc.text[s.end : titles[i + 1].start] if i + 1 < len(titles) else ""
        if (i + 1 < len(titles) and gap == " " and " " not in doc.text[s.start : s.end]
                and doc.text[s.start : s.start + 2] == "\u0627\u0644"):
            nxt = titles[i + 1]
            out.append(Suggestion(s.start, nxt.end, "OCC", s.source,
                                  min(s.confidence, nxt.confidence)))
            skip.add(nxt)
            continue
        out.append(s)
    return out
