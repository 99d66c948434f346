"""Towns, districts and villages no list holds, named after a designator: ``منطقة الحورة``,
``بلدة اشوم``, ``أحياء الصاخور والشعار``, ``بجماعات أولاد برحيل وتيزي نتاست وأوزيوة``.

Local news names many more places than any gazetteer, but always the same way: a word for a
town, district or village, then the name, or a plural or dual of it and the names joined by
و.  The designator stays outside the place (the development set's convention: مدينة جدة →
جدة); formal units that keep theirs inside (محافظة نينوى) are `places.unit_places`.  A name
is one word, or two when the first is a common start of place names (أولاد، تيزي، عين، دير،
أبو ...); descriptions (منطقة عسكرية، مدينة كبيرة) and listed words of other kinds are no
names.  Camps after مخيمات are left alone (the annotated sets type them FAC).
"""
from __future__ import annotations

from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.base import Doc, Suggestion, proclitic_cut
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.names import STOPWORDS, _imperfect_verb

SOURCE = "patterns"
CONFIDENCE = 0.55
# One place follows these.
_SINGULAR = frozenset(fold(w) for w in ["مدينة", "منطقة", "حي", "بلدة", "قرية", "ضاحية"])
# Several places, joined by و, follow these.
_PLURAL = frozenset(fold(w) for w in [
    "مدن", "مدينتي", "مناطق", "منطقتي", "أحياء", "حيي", "بلدات", "بلدتي", "قرى", "قريتي",
    "ولايات", "ولايتي", "محافظات", "محافظتي", "أقاليم", "إقليمي", "جماعات", "جماعتي",
    "ناحيتي", "نواحي", "قضاءي", "أقضية", "مديريات", "مديريتي", "محليات", "محليتي", "ضواحي",
])
# Words that start two-word place names (أولاد برحيل، تيزي نتاست، عين تموشنت، دير داوا).
_STARTS = frozenset(fold(w) for w in [
    "أولاد", "اولاد", "تيزي", "عين", "بئر", "دير", "أبو", "بني", "كفر", "تل", "سيدي", "رأس",
    "بيت", "سيدي", "أم", "ذات", "خان", "جسر", "باب", "برج", "مرسى", "حاسي", "سوق", "قصر",
])
_MAX_LISTED = 6
# Regions and compass words stand after مناطق and قرى as often as names (مناطق الجنوب).
_REGIONS = frozenset(fold(w) for w in [
    "الجنوب", "الشمال", "الشرق", "الغرب", "الوسط", "الصعيد", "الساحل", "الداخل", "الريف",
    "البادية", "الحدود", "الأطراف", "أخرى", "أخر", "آخر",
    # common nouns after منطقة and مدينة (منطقة الجزاء: the penalty area; مدينة المعارض)
    "الجزاء", "العمليات", "المعارض", "العلوم", "الملاهي", "الألعاب", "الحرة",
])
# Words after a name that show it is complete: prepositions, conjunctions, relative words.
_BOUNDARY = frozenset(fold(w) for w in [
    "في", "من", "إلى", "على", "عن", "مع", "حيث", "التي", "الذي", "قرب", "شمال", "جنوب",
    "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "بين", "منذ", "خلال", "بعد",
    "قبل", "أمس", "اليوم", "أو", "ثم", "عند", "لدى", "إن", "أن",
])


def _name_word(doc: Doc, index: int, gazetteers: Gazetteers, article_ok: bool,
               in_list: bool = False) -> bool:
    """Could word ``index`` be (the first word of) an unlisted place's name?  ``in_list``:
    it follows و in a list of places, where a ت or ن start is a name's (تمنار), not a
    verb's."""
    word = doc.words[index]
    folded = word.folded
    if (len(folded) < 3 or folded in STOPWORDS or folded.isascii()
            or any(c.isdigit() for c in folded)):
        return False
    if folded in _REGIONS or proclitic_cut(folded, _PLURAL | _SINGULAR) >= 0:
        return False
    if folded in _STARTS:
        return True
    if (folded in gazetteers.known and folded not in gazetteers.given_names
            and folded not in _STARTS):
        return False  # a listed word of another kind (منطقة الخليج: the region's word)
    if folded.startswith("ال"):
        if folded.startswith("الا") and len(folded) >= 7 and folded[-2] == "ا":
            return False  # a verbal noun: مناطق الإنتاج، منطقة الانتظار
        return (article_ok and doc.text[word.start : word.start + 2] == "\u0627\u0644"
                and len(folded) >= 5 and not folded.endswith(("ي", "يه", "ين", "ون", "ات")))
    if folded[:1] in "وبلف" and len(folded) >= 4:
        return False  # a proclitic on the sentence's next word (لوقف، بالعاصمة)
    if len(folded) == 4 and folded[2] == "ي":
        return False  # a فعيل adjective: حي قديم، مدينة كبير
    if folded.endswith("ه") and ((folded[:1] == "م" and len(folded) >= 5)
                                 or (len(folded) == 5 and folded[1] == "ا")):
        return False  # a participle or فاعلة adjective: منطقة مخصصة، أحياء كاملة
    if (_imperfect_verb(folded) or (len(folded) == 3 and folded[:1] in "يت")) and not (
            in_list and folded[:1] in "تن"):
        return False  # بلدة تقع، مدينة يسكنها
    if folded.endswith("يه") or (folded.endswith("ه") and len(folded) == 5 and folded[2] == "ي"):
        return False  # a description: منطقة عسكرية، مدينة كبيرة، قرية صغيرة
    return not folded.endswith("ا") or folded.endswith("يا")  # an accusative: قيودا، تقريبا


def _second_word(doc: Doc, index: int) -> bool:
    """After a place name's usual first word (أولاد، سيدي، عين) almost any word is the
    name's second: only function words, digits, proclitic words and verbs are not."""
    folded = doc.words[index].folded
    return not (len(folded) < 2 or folded in STOPWORDS or folded in _BOUNDARY
                or any(c.isdigit() for c in folded) or folded.isascii()
                or (folded[:1] in "ولف" and len(folded) >= 4) or folded.startswith("بال")
                or _imperfect_verb(folded))


def _complete(doc: Doc, end: int) -> bool:
    """Does the name end before word ``end``: punctuation, a line end, the text's end, a
    word with a proclitic, a listed boundary word or a digit?  Otherwise the name may go
    on (حي دريم سيتي، مدينة محمد بن راشد، منطقة سعد العبدالله) and is not taken."""
    words = doc.words
    if end >= len(words) or not words[end - 1].gap_is_space:
        return True
    folded = words[end].folded
    return (folded in _BOUNDARY or folded in STOPWORDS or folded[:1] in "وبلف"
            or any(c.isdigit() for c in folded) or _imperfect_verb(folded))


def _place_at(doc: Doc, index: int, gazetteers: Gazetteers) -> int | None:
    """One past the place's name starting at word ``index``, or None.  A listed GPE there is
    left to the lists (None); a listed LOC or organisation is no town either."""
    words = doc.words
    hit = gazetteers.index.match_at(doc, index)
    if hit is not None and hit[0] == words[index].start:
        return None
    if not _name_word(doc, index, gazetteers, article_ok=True):
        return None
    end = index + 1
    if (words[index].folded in _STARTS and end < len(words) and words[index].gap_is_space
            and _second_word(doc, end)):
        end += 1
    return end if _complete(doc, end) else None


def designated_places(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """GPEs after a town, district or village word (its plural: each name joined by و)."""
    out = []
    words = doc.words
    for index, word in enumerate(words[:-1]):
        if not word.gap_is_space:
            continue
        plural = proclitic_cut(word.folded, _PLURAL) >= 0
        if not plural and proclitic_cut(word.folded, _SINGULAR) < 0:
            continue
        if plural and doc.text[word.start : word.end].lstrip("وبلف").startswith("إ") and (
                word.folded.endswith("احياء")):
            continue  # إحياء (reviving), not أحياء (districts)
        at = index + 1
        listed = 0
        while at < len(words) and listed < _MAX_LISTED:
            name_at = at
            folded = words[at].folded
            if listed:
                if not (folded.startswith("و") and len(folded) >= 4):
                    break
                # و + the next name: judge the word without its و
                rest = Doc.of(doc.text[words[at].start + 1 : words[at].end])
                if not rest.words or not _name_word(rest, 0, gazetteers, article_ok=True,
                                                    in_list=True):
                    hit = gazetteers.index.match_at(doc, at)
                    if hit is None or hit[2].type != "GPE":
                        break
                    at = doc.first_word_ending_after(hit[1] - 1) + 1
                    listed += 1
                    continue
            end = _place_at(doc, name_at, gazetteers) if not listed else None
            if listed:
                end = at + 1
                if (words[at].folded[1:] in _STARTS and end < len(words) and words[at].gap_is_space
                        and _second_word(doc, end)):
                    end += 1
                if not _complete(doc, end):
                    break
            if end is None:
                hit = gazetteers.index.match_at(doc, at)
                if not plural or hit is None or hit[2].type != "GPE" or hit[0] != words[at].start:
                    break
                at = doc.first_word_ending_after(hit[1] - 1) + 1  # a listed one in the list
                listed += 1
                if at >= len(words) or not words[at - 1].gap_is_space:
                    break
                continue
            start = words[name_at].start + (1 if listed else 0)
            out.append(Suggestion(start, words[end - 1].end, "GPE", SOURCE, CONFIDENCE))
            listed += 1
            at = end
            if not plural or at >= len(words) or not words[at - 1].gap_is_space:
                break
    return out
