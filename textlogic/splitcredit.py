"""Wire credits glued to the lede: "بيروت - «المركزية»- أعلنت ...", "الكويت - 13 - 5 (كونا)
-- أعلنت ...", "جنين - قدس الإخبارية: أصيب ...".

News agencies and the sites that copy them open the first paragraph with the place, the
outlet and sometimes the date or the reporter, then a dash or a colon, then the story.  That
prefix is the story's dateline in the journalist's sense, and the SCHEME's ``dateline`` zone
("byline, time stamp") holds it; a corpus cleaned for body text should not keep it.

The shape is read token by token over the skeleton: short *parts* (at most three words, plus
a quoted or bracketed outlet and dates) joined by separators, closed by a colon or a dash
before the lede.  What keeps a lede's own parenthetical dashes ("الرياض - أعلنت الوزارة -
اليوم - أن") from passing for a credit: the credit must name its outlet in quotes or brackets,
end in a colon, or be two short parts closed by a dash with a content word (not "اليوم", "أن",
"في" ...) after it.  Only the first prose line of a document is asked (see `Reader.read`).
"""
from __future__ import annotations

import re

from fasl.textlogic.cuetrie import PhraseTrie
from fasl.textlogic.normalize import fold

#: One token of a credit on the skeleton (where «» and “” are folded to ", ـ to U+200B,
#: – and — to -, and the Arabic comma to ","): a quoted, bracketed or slashed outlet
#: ("/PNN/"; "/ وام /" with spaces is two separators around a word), a date or number, a
#: word, a separator or the colon.  Yemeni sites double the brackets: "عدن ((الرابع من مايو))".
_TOKEN = re.compile(
    r"\s*(?:(?P<named>\"[^\"\n]{1,40}\"|\(\([^()\n]{1,40}\)\)|\([^)\n]{1,40}\)|(?<=\s)/[^/\s][^/\n]{0,18}(?<=\S)/(?=\s))"
    r"|(?P<date>\d{1,4}(?:\s?[-/.]\s?\d{1,4}){0,2}(?![\w\-/.]))"
    r"|(?P<word>[^\W\d_][^\s:,;.!?\"()|/\-]*)"
    r"|(?P<sep>-{1,2}|[/,|]|\u200b+)"
    r"|(?P<colon>:))")
#: An outlet's name by its last word ("موازين نيوز", "عمون 24", "هبة برس"), written after
#: the place with no dash before the lede.
_OUTLET_END = r"(?:نيوز|برس|بريس|نت|بوست|تايمز|اونلاين|لاين|24|الاخباري|الاخباريه)"
_OUTLET_WORDS = frozenset(fold(w) for w in (
    "نيوز", "برس", "بريس", "نت", "بوست", "تايمز", "اونلاين", "لاين", "24", "الاخباري",
    "الاخباريه"))
_OUTLET_NAME = re.compile(r"(?:[^\W\d_]+\s+){1,2}" + _OUTLET_END + r"\s+")
#: A one-part credit that names the outlet by its last word ("زاد الأردن الاخباري -",
#: "حقائق أون لاين -", "أنفاس بريس:"), on the skeleton.
_OUTLET_PART = re.compile(r"(?:[^\W\d_]+\s+){1,3}" + _OUTLET_END + r"\s*[-:\u200b]")
#: One to three words closed by a dash: the outlet after "place:".
_PART_DASH = re.compile(r"\s*(?:[^\W\d_][^\s:\-]*\s+){0,2}[^\W\d_][^\s:\-]*\s*-{1,2}")
#: A desk's label between the credit and the lede ("خاص:", "متابعات:"), on the skeleton.
_DESK_LABEL = re.compile(r"(?:خاص|حصري|عاجل|متابعه|متابعات|تقرير|تحليل|رصد)\s?:\s")
#: A dash right after a credit's colon, the two one separator.
_DASH_AFTER_COLON = re.compile(r" ?-{1,2}(?=\s)")
#: A separator within two words: the credit goes on after a quoted name.
_SEP_SOON = re.compile(r"\s*[^\s:\-/|]+(?:\s+[^\s:\-/|]+)?\s*[-:/|]")
#: Words a lede goes on with after a parenthetical dash; a "credit" closed by a dash before
#: one of them is the lede's own aside ("أعلنت الوزارة - اليوم الأحد - أن").
_ASIDE_NEXT = frozenset(
    "اليوم امس أمس غدا أن ان إن في على علي من عن الى إلى خلال مع بعد قبل عبر الذي التي الذين "
    "صباح مساء ظهر فجر ضمن حيث كما لدى منذ حتى و".split())
#: Verbs of speech that open a quoted lede ("قال الوزير - في كلمته - إن"), folded as the
#: skeleton folds them.
_SPEECH = frozenset(fold(w) for w in (
    "قال", "قالت", "وقال", "وقالت", "أكد", "أكدت", "وأكد", "وأكدت", "أضاف", "أضافت", "وأضاف",
    "وأضافت", "أوضح", "أوضحت", "وأوضح", "وأوضحت", "أشار", "أشارت", "وأشار", "وأشارت",
    "أعلن", "أعلنت", "وأعلن", "وأعلنت", "كشف", "كشفت", "وكشف", "وكشفت"))
_MAX_PARTS = 4
_MAX_PART_WORDS = 3
_MAX_CHARS = 90


def lede_credit(sk: str, s: int, e: int, outlets: PhraseTrie | None = None) -> int | None:
    """Where the lede starts after a wire credit opening ``sk[s:e]``, or ``None``; the
    credit takes the desk's label after it ("السويداء 24 - خاص: عادت", see `_credit_end`)."""
    cut = _credit_end(sk, s, e, outlets)
    if cut is None:
        return None
    label = _DESK_LABEL.match(sk, cut, e)
    return _skip_space(sk, label.end(), e) if label and _lede_follows(sk, label.end(), e) else cut


def _credit_end(sk: str, s: int, e: int, outlets: PhraseTrie | None = None) -> int | None:
    """Where the lede starts after a wire credit opening ``sk[s:e]``, or ``None``.

    A credit closes at a separator after a part with a quoted or bracketed outlet (final:
    the outlet ends it), at a colon after two parts or an outlet, or at a dash after two
    plain parts when a content word follows; that last, weakest close may still be
    extended by a later one ("حيدر الفلاحي - واع - بغداد:").

    Args:
        sk: the skeleton of the document.
        s, e: the stripped line (the document's first prose paragraph).
        outlets: the lexicon's outlet words ("وكالة", "صحيفة"): one part that opens with one
            is a credit too ("وكالة مهر للأنباء - أعلنت").
    """
    by_outlet = ((outlets is not None and outlets.find(sk, s, min(e, s + 30)) == s)
                 or _OUTLET_PART.match(sk, s, min(e, s + 50)) is not None)
    pos, parts, words = s, 0, 0
    part_named = named = part_dated = dated = False
    prev = ""
    last_named = s
    best: int | None = None
    limit = min(e, s + _MAX_CHARS)
    while pos < limit:
        m = _TOKEN.match(sk, pos, limit)
        if m is None or m.end() == pos:
            break
        kind = m.lastgroup or ""  # (every alternative of `_TOKEN` is a named group)
        if (kind == "word" and prev == "named" and (part_dated or parts >= 1)
                and (sk[last_named] == "(" or _SEP_SOON.match(sk, pos, limit) is None)
                and _lede_follows(sk, pos, e)):
            # "بكين 1 ديسمبر (صحيفة الشعب اليومية أونلاين) دخل ...", "الرباط - (ومع) قرر",
            # "الرياض - «الحياة» عقد": the agency after the place or date, then the lede with
            # no dash (a quoted name that goes on, '"القدس" دوت كوم -', has a dash soon).
            return _skip_space(sk, pos, e)
        prev = kind
        pos = m.end()
        if kind == "named":
            part_named = named = True
            last_named = m.start(kind)  # (a quoted name may go on: '"القدس" دوت كوم')
            words = max(words, 1)
        elif kind == "date":
            part_dated = dated = True
            words = max(words, 1)
        elif kind == "word":
            words += 1
            if words > _MAX_PART_WORDS + by_outlet:
                break
        else:  # a separator or the colon closes a part
            if words == 0:
                break
            parts += 1
            colon = kind == "colon"
            dash = sk[m.start(kind)] in "-\u200b/|"
            if colon:  # ":-" is one separator ("المدينة نيوز :- أعلنت")
                joined = _DASH_AFTER_COLON.match(sk, pos, limit)
                pos = joined.end() if joined is not None else pos
            if _lede_follows(sk, pos, e):
                if part_named and (colon or dash):
                    return _skip_space(sk, pos, e)
                if (colon or dash) and parts == 1 and by_outlet:
                    return _skip_space(sk, pos, e)
                if colon and (parts >= 2 or named):
                    return _skip_space(sk, pos, e)
                after = _next_word(sk, pos, e)
                if (dash and after not in _ASIDE_NEXT and not after[:1].isdigit()
                        and (parts == 2 or (parts > 2 and dated)
                             or (parts == 1 and words <= 2 and not part_dated
                                            and sk[pos:pos + 1].isspace()
                                            and _first_word(sk, s) not in _SPEECH))):
                    # Two plain parts, or one of one or two words ("خبرني - قررت", "الجزائر -
                    # وقع"), the lede's dateline in the agencies' style.
                    best = pos
            if colon and parts == 1 and words <= 2 and not part_named:
                # "الخرطوم: المشهد السوداني - أعلنت": the place, then the outlet up to a dash.
                outlet = _PART_DASH.match(sk, pos, limit)
                if (outlet is not None and _outlet_like(sk, pos, outlet.end(), outlets)
                        and _lede_follows(sk, outlet.end(), e)
                        and _next_word(sk, outlet.end(), e) not in _ASIDE_NEXT
                        and _first_word(sk, s) not in _SPEECH):
                    return _skip_space(sk, outlet.end(), e)
            if colon or parts >= _MAX_PARTS:
                break
            words, part_named, part_dated = 0, False, False
    if best is None:
        return None
    best = _skip_space(sk, best, e)
    named_after = _OUTLET_NAME.match(sk, best, limit)
    if named_after is not None and _lede_follows(sk, named_after.end(), e):
        best = named_after.end()  # "بغداد - موازين نيوز أعلنت": the outlet, with no dash
    return best


def _outlet_like(sk: str, s: int, e: int, outlets: PhraseTrie | None) -> bool:
    """Whether ``sk[s:e]`` (up to its dash) names an outlet: one the lexicon knows, one named
    by its last word ("هبة برس"), or a definite noun and its nisba ("المشهد السوداني"), not
    the lede's own words ("غزة: الاحتلال يواصل - القصف")."""
    start = _skip_space(sk, s, e)
    if outlets is not None and outlets.find(sk, start, e) == start:
        return True
    words = sk[start:e].rstrip(" -").split()
    last = words[-1] if words else ""
    return bool(words) and (fold(last) in _OUTLET_WORDS or (
        len(words) >= 2 and last.startswith("ال") and last.endswith(("ي", "يه", "ية"))))


def _skip_space(sk: str, pos: int, e: int) -> int:
    while pos < e and sk[pos].isspace():
        pos += 1
    return pos


def _first_word(sk: str, s: int) -> str:
    return sk[s:s + 24].split(maxsplit=1)[0]


def _next_word(sk: str, pos: int, e: int) -> str:
    rest = sk[pos:min(e, pos + 24)].split(maxsplit=1)
    return rest[0] if rest else ""


def _lede_follows(sk: str, pos: int, e: int) -> bool:
    """At least six words of prose after the credit, opening with a letter."""
    while pos < e and sk[pos].isspace():
        pos += 1
    return pos < e and sk[pos].isalpha() and sk.count(" ", pos, e) >= 5
