"""Title chains: ``وزير الخارجية الروسي سيرجي لافروف`` → OCC holding NORP, then PERS.

How the chain is cut (our reading of SCHEME.md section 2, where ``وزير الخارجية الروسي``
holds ``الروسي``): the OCC span is the title together with the nationality, organisation or
country that qualifies it, because together they name the position (``وزير الخارجية
الروسي``, ``المتحدث الرسمي باسم الكرملين``, ``رئيس مجلس الشورى البحريني``).  The qualifier
keeps its own nested span (NORP, ORG, GPE) from the gazetteer source.  The person's name that
directly follows is a separate PERS span, outside the OCC: ``الرئيس الروسي`` +
``فلاديمير بوتين``.  A name after the chain is taken when it starts with a known given name,
or, with lower confidence, when its first word does not look like a verb or a function word.
"""
from __future__ import annotations

from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.names import given_length, name_end

SOURCE = "patterns"
# A title right after one of these nouns belongs to a place's or prize's name (ملعب مدينة
# الملك عبدالله، كأس الأمير، جامعة الملك سعود): no OCC and no person is suggested there.
NAMING_NOUNS = frozenset(fold(w) for w in [
    "مدينة", "ملعب", "استاد", "ستاد", "جامعة", "مستشفى", "شارع", "مطار", "جائزة", "كأس",
    "قاعدة", "مسجد", "ميناء", "جسر", "مركز", "مجمع", "كلية", "مدرسة", "حي", "ساحة", "برج",
    "قصر", "معهد", "مؤسسة",
])
_QUALIFIERS = {"NORP", "ORG", "GPE"}
_MAX_QUALIFIERS = 2


def _word_index_at(doc: Doc, offset: int, start_from: int) -> int:
    index = start_from
    while index < len(doc.words) and doc.words[index].end <= offset:
        index += 1
    return index


def title_chains(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """OCC chains and the PERS names that follow them."""
    out: list[Suggestion] = []
    words = doc.words
    index = 0
    while index < len(words):
        hit = gazetteers.index.match_at(doc, index)
        if hit is None or hit[2].type != "OCC":
            index += 1
            continue
        if index and words[index - 1].gap_is_space and is_naming_noun(words[index - 1].folded):
            index += 1
            continue
        start, end, _ = hit
        after = _word_index_at(doc, end, index)
        qualifiers = 0
        while qualifiers < _MAX_QUALIFIERS and after < len(words) and words[after - 1].gap_is_space:
            skip = 1 if words[after].folded == "باسم" and after + 1 < len(words) else 0
            nxt = gazetteers.index.match_at(doc, after + skip)
            if nxt is None or nxt[2].type not in _QUALIFIERS or nxt[0] != words[after + skip].start:
                break
            end = nxt[1]
            after = _word_index_at(doc, end, after)
            qualifiers += 1
        confidence = 0.8 if qualifiers else 0.75
        out.append(Suggestion(start, end, "OCC", SOURCE, confidence))
        # باسم after a title is "on behalf of" (المتحدث باسم ...), not the name Basem.
        if (after < len(words) and words[after - 1].gap_after in ("", ",")
                and words[after].folded != "باسم" and words[after - 1].folded != "باسم"):
            # (المتحدث باسم مكتب ...: after "on behalf of" an organisation follows)
            name_stop = name_end(doc, after, gazetteers, after_title=True)
            if name_stop is not None and _preposition_glued(doc, after, gazetteers):
                name_stop = None  # المدير العام لسوناطراك: "of Sonatrach", not a name
            if name_stop is not None:
                given = given_length(doc, after, gazetteers, after_title=True) > 0
                # A bare indefinite title (رئيس، مدير) is in construct: what follows is what
                # it heads (رئيس ائتلاف ملاك العقارات), not its holder's name.
                construct = (not qualifiers and not given and len(doc.words_within(start, end)) == 1
                             and doc.text[start : start + 2] != "\u0627\u0644")
                if (given or words[after - 1].gap_is_space) and not construct:
                    conf = 0.75 if given else 0.45
                    out.append(Suggestion(words[after].start, words[name_stop - 1].end, "PERS",
                                          SOURCE, conf))
                    after = name_stop
        index = max(after, index + 1)
    return out


def _preposition_glued(doc: Doc, index: int, gazetteers: Gazetteers) -> bool:
    """Word ``index`` starts with ل or ب and is no known given name (لسوناطراك, بالشركة):
    after a title that is the title's complement, never the holder's name."""
    folded = doc.words[index].folded
    return folded[:1] in ("ل", "ب") and len(folded) >= 4 and not given_length(
        doc, index, gazetteers, after_title=False)


def after_naming_noun(doc: Doc, suggestion: Suggestion,
                      gazetteers: Gazetteers | None = None) -> bool:
    """Does ``suggestion`` directly follow a naming noun (ملعب الملك ..., كأس الأمير), or,
    given the gazetteers, a title that follows one (مركز الملك عبدالله المالي)?"""
    index = doc.first_word_ending_after(suggestion.start)
    if not index:
        return False
    before = doc.words[index - 1]
    if not before.gap_is_space:
        return False
    if is_naming_noun(before.folded):
        return True
    if gazetteers is None or index < 2 or not doc.words[index - 2].gap_is_space:
        return False
    hit = gazetteers.index.match_at(doc, index - 1)
    return (hit is not None and hit[2].type == "OCC" and hit[1] == before.end
            and is_naming_noun(doc.words[index - 2].folded))


def is_naming_noun(folded: str) -> bool:
    """A naming noun, also with an attached و ب ل ف (ومركز الملك عبدالله، بجامعة الملك سعود)."""
    return folded in NAMING_NOUNS or (folded[:1] in "وبلف" and folded[1:] in NAMING_NOUNS) or (
        folded[:2] in ("وب", "ول", "فب", "فل") and folded[2:] in NAMING_NOUNS)
