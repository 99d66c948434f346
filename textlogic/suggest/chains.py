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
from fasl.textlogic.suggest.base import Doc, Suggestion, proclitic_cut
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.names import apposition_name, given_length, loose_name_word, name_end
from fasl.textlogic.suggest.orgs import HEADS

SOURCE = "patterns"
# A title right after one of these nouns belongs to a place's or prize's name (ملعب مدينة
# الملك عبدالله، كأس الأمير، جامعة الملك سعود): no OCC and no person is suggested there.
NAMING_NOUNS = frozenset(fold(w) for w in [
    "مدينة", "ملعب", "استاد", "ستاد", "جامعة", "مستشفى", "شارع", "مطار", "جائزة", "كأس",
    "قاعدة", "مسجد", "ميناء", "جسر", "مركز", "مجمع", "كلية", "مدرسة", "حي", "ساحة", "برج",
    "قصر", "معهد", "مؤسسة",
    # a sports complex, a fund, a museum, a library, a hall, a crossing (مركب محمد الخامس،
    # صندوق محمد السادس للاستثمار، معبر جابر)
    "مركب", "المركب", "صندوق", "متحف", "مكتبة", "قاعة", "معبر", "ثانوية",
    # a village, district, camp, road or station named for a person (بلدة علي صبيح، منطقة
    # سعد العبدالله، طريق الملك فهد بن عبدالعزيز)
    "بلدة", "قرية", "منطقة", "ضاحية", "مخيم", "طريق", "محطة",
])
# A martyr's name given to a place (مدرسة الشهيد عبدالله الحامد): the naming noun, then this.
_MARTYR = fold("الشهيد")
_QUALIFIERS = {"NORP", "ORG", "GPE"}
# A definite word, also behind a proclitic (بالثقافة القطرية، للرئاسة التركية).
_DEFINITE = ("ال", "بال", "وال", "فال", "كال", "لل", "وبال", "ولل")
# Nisbas that name clubs, languages and regions as often as people (العربي، الأهلي).
_NOT_NATIONALITY_NOUNS = frozenset(fold(w) for w in ["العربي", "العربية", "الخليجي", "الأهلي"])
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
            if words[after - 1].gap_after == ",":
                name_stop = apposition_name(doc, after, gazetteers) or name_stop
            if (name_stop is not None and not _nationality_last(doc, after, gazetteers)
                    and _preposition_glued(doc, after, gazetteers)):
                name_stop = None  # المدير العام لسوناطراك: "of Sonatrach", not a name
                # (after الرئيس السنغالي the title is whole: باسيرو, لويس are names)
            if name_stop is not None:
                given = given_length(doc, after, gazetteers, after_title=True) > 0
                # A bare indefinite title (رئيس، مدير) is in construct: what follows is what
                # it heads (رئيس ائتلاف ملاك العقارات), not its holder's name.
                construct = (not qualifiers and not given and len(doc.words_within(start, end)) == 1
                             and doc.text[start : start + 2] != "\u0627\u0644")
                # an organisation's head after the title is what it governs, even where a
                # list holds the word as a name too (حاكم مصرف لبنان، محافظ مصرف ليبيا)
                construct = construct or words[after].folded in HEADS
                if (given or words[after - 1].gap_is_space
                        or _apposition(doc, after, name_stop)) and not construct:
                    conf = 0.75 if given else 0.45
                    out.append(Suggestion(words[after].start, words[name_stop - 1].end, "PERS",
                                          SOURCE, conf))
                    after = name_stop
        index = max(after, index + 1)
    return out


def _nationality_last(doc: Doc, after: int, gazetteers: Gazetteers) -> bool:
    """Does the title chain end, right before word ``after``, with a nationality?"""
    if not after or not doc.words[after - 1].gap_is_space:
        return False
    hit = gazetteers.index.match_at(doc, after - 1)
    return hit is not None and hit[2].type == "NORP" and hit[1] == doc.words[after - 1].end


def _apposition(doc: Doc, first: int, stop: int) -> bool:
    """Words ``first:stop``, after a title and a comma, closed by a comma or full stop and at
    least two long: a name in apposition (وزير الصحة، عبد الحق سايحي، ...), where a
    sentence going on (الوزير، في كلمته) would not close so soon."""
    words = doc.words
    if stop - first < 2 or stop > len(words):
        return False
    if stop == len(words):
        return True
    gap = doc.text[words[stop - 1].end : words[stop].start]
    return "،" in gap or "." in gap or "," in gap


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
    if (before.folded == _MARTYR and index >= 2 and doc.words[index - 2].gap_is_space
            and is_naming_noun(doc.words[index - 2].folded)):
        return True
    if gazetteers is None or index < 2 or not doc.words[index - 2].gap_is_space:
        return False
    hit = gazetteers.index.match_at(doc, index - 1)
    return (hit is not None and hit[2].type == "OCC" and hit[1] == before.end
            and is_naming_noun(doc.words[index - 2].folded))


def is_naming_noun(folded: str) -> bool:
    """A naming noun, also with an attached و ب ل ف (ومركز الملك عبدالله، بجامعة الملك سعود)."""
    return proclitic_cut(folded, NAMING_NOUNS) >= 0 or (
        folded[:2] in ("وب", "ول", "فب", "فل") and folded[2:] in NAMING_NOUNS)


def nationality_names(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """A name right after a nationality standing for a person: ``وسجل الإنجليزي هاري كين``,
    ``وقال البرتغالي فيليكس سانشيز``, ``والجزائري حسام عوار``.

    Match reports and foreign news introduce players, coaches and officials by nationality
    alone, and most of their names are in no list.  The nationality must stand as a noun
    (after a verb, a conjunction or a comma, not after a definite noun it would qualify:
    الجيش السوداني شن), and the name must be two or more words that a name may hold.
    """
    out = []
    words = doc.words
    for index in range(len(words) - 2):
        hit = gazetteers.index.match_at(doc, index)
        if hit is None or hit[2].type != "NORP" or hit[1] != words[index].end:
            continue
        folded = fold(doc.text[hit[0] : hit[1]])
        if (not folded.startswith("ال") or not folded.endswith(("ي", "يه"))
                or folded in _NOT_NATIONALITY_NOUNS):
            continue  # a singular nisba (الإنجليزي، البرازيلية), not الروس
        if index and words[index - 1].gap_is_space:
            before = words[index - 1].folded
            if before.startswith(_DEFINITE) or before in gazetteers.known:
                continue  # an adjective of the noun before it
        first = index + 1
        if (not words[index].gap_is_space or not loose_name_word(words[first].folded, gazetteers)
                or _preposition_glued(doc, first, gazetteers)):
            continue  # وتقدم العربي بهدف: "with a goal", no name
        stop = name_end(doc, first, gazetteers, after_title=True)
        if stop is None and words[first].gap_is_space:
            stop = first + 2  # ساديو ماني: a name's shape, no list needed
        if stop is None or stop - first < 2 or stop > len(words) or not all(
                given_length(doc, i, gazetteers, after_title=True)
                or loose_name_word(words[i].folded, gazetteers) for i in range(first + 1, stop)):
            continue
        out.append(Suggestion(words[first].start, words[stop - 1].end, "PERS", SOURCE, 0.5))
    return out


# Reporting verbs that open a sentence whose subject is then named and given a title after
# a comma: ``وقالت ريما حمدان، المديرة الفنية للمهرجان، إن ...``.
_REPORTING = frozenset(fold(w) for w in [
    "قال", "قالت", "أكد", "أكدت", "أوضح", "أوضحت", "أضاف", "أضافت", "أشار", "أشارت", "كشف",
    "كشفت", "توقع", "توقعت", "أعلن", "أعلنت", "صرح", "صرحت", "اعتبر", "اعتبرت", "رأى", "رأت",
    "شدد", "شددت", "لفت", "لفتت", "ذكر", "ذكرت", "أفاد", "أفادت", "دعا", "دعت",
])


def named_before_title(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """``verb + name، title``: the subject of a reporting verb, closed by a comma and followed
    by the title that presents it, is a person's name however unknown its words."""
    out = []
    words = doc.words
    for index, word in enumerate(words[:-3]):
        folded = word.folded[1:] if word.folded[:1] in "وف" and word.folded[1:] in _REPORTING else word.folded
        if folded not in _REPORTING or not word.gap_is_space:
            continue
        stop = apposition_name(doc, index + 1, gazetteers)
        if stop is None or stop >= len(words) or words[stop - 1].gap_after != ",":
            continue
        hit = gazetteers.index.match_at(doc, stop)
        if hit is None or hit[2].type != "OCC" or hit[0] != words[stop].start:
            continue
        out.append(Suggestion(words[index + 1].start, words[stop - 1].end, "PERS", SOURCE, 0.5))
    return out
