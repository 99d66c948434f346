"""Sports clubs named bare in a match report: ``مدرب الرجاء``, ``لاعب الريان``, ``فريق السد``.

No list can hold every club of every league, and sports pages name them with the article
alone (الريان، القادسية، الترجي).  In a document that reads as a match report (at least
`MIN_SPORTS_WORDS` words of the game: مباراة، الدوري، هدف، مدرب ...), a definite word right
after a word only a club takes (its coach, player, striker, fans, team) is a club, typed
ORG, and so is every other mention of that word in the document (proclitics left
outside).  A listed place or nationality after the cue (مدرب الكويت، لاعب المغرب) is a
national team only there and is not spread: elsewhere the country is meant.  Positions and
generic words (لاعب الوسط، مدرب الحراس، فريق الشباب) are no clubs.
"""
from __future__ import annotations

from fasl.textlogic.clitics import clitic_splits
from fasl.textlogic.normalize import fold, fold_with_offsets
from fasl.textlogic.suggest.base import Doc, Suggestion, proclitic_cut
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.names import STOPWORDS

SOURCE = "patterns"
# Above a listed town's 0.7 (الريان is also a Qatari town), below a listed city or country.
CONFIDENCE = 0.72
MIN_SPORTS_WORDS = 3
SPORTS_WORDS = frozenset(fold(w) for w in [
    "مباراة", "المباراة", "مباراته", "الدوري", "دوري", "هدف", "هدفا", "أهداف", "الأهداف",
    "مدرب", "المدرب", "لاعب", "اللاعب", "لاعبي", "لاعبو", "الملعب", "ملعب", "الجولة",
    "تعادل", "التعادل", "فوز", "الفوز", "بطولة", "البطولة", "كأس", "الموسم", "المهاجم",
    "الحارس", "ركلة", "ركلات", "الشوط", "شوط", "مرمى", "المرمى", "الهدف", "نقاط", "النقاط",
    "الصدارة", "الترتيب", "هزيمة", "الهزيمة",
])
# Words that only a club (or a national team) has right after them.
CLUB_CUES = frozenset(fold(w) for w in [
    "مدرب", "لاعب", "لاعبو", "لاعبي", "لاعبا", "مهاجم", "حارس", "مدافع", "هداف", "جماهير",
    "جمهور", "مشجعي", "مشجعو", "فريق", "نادي",
])
# A listed town below this confidence (GeoNames towns, 0.7) named after a cue is a club
# named after its town (الريان) and is spread like any club; a listed city or country
# (0.75 and up) is not.
_TOWN_CONFIDENCE = 0.75
# Definite words after such a cue that are positions, staff or kinds of team, not clubs.
NOT_CLUBS = frozenset(fold(w) for w in [
    "الوسط", "الارتكاز", "الدفاع", "الهجوم", "الجناح", "الفريق", "المنتخب", "النادي",
    "الأول", "الأولى", "السابق", "الجديد", "الدولي", "المحلي", "الأجنبي", "الحالي", "الوطني",
    "الكرة", "المرمى", "الحراس", "اللياقة", "الشباب", "الناشئين", "الأولمبي", "المحترف",
    "الاحتياط", "البديل", "الأساسي", "الخصم", "المنافس", "الضيف", "المضيف", "الأرض",
    "الكبير", "المخضرم", "الشاب", "الدولية", "الإسباني", "المساعد", "العام", "الفني",
    "الأجانب", "المحليين", "الأندية", "السلة", "اليد", "الطائرة", "القدم", "التنس",
    "الدوري", "البطولة", "الموسم",
])


# Words that open a club's own name, Maghreb and Levant style: مولودية وهران, شبيبة القبائل,
# وفاق سطيف, نهضة بركان, أولمبيك آسفي, نجم الساحل, اتحاد العاصمة, شباب قسنطينة.  The head
# and the next word are the club; "شباب" (youth) and "اتحاد" (union) only before a listed
# place, the others before any name word.
CLUB_HEADS = frozenset(fold(w) for w in [
    "مولودية", "شبيبة", "وفاق", "نهضة", "أولمبيك", "اولمبيك", "نجم", "مستقبل", "أهلي",
])
PLACE_CLUB_HEADS = frozenset(fold(w) for w in ["شباب", "اتحاد"])


def _cue(folded: str) -> bool:
    if folded in CLUB_CUES:
        return True
    return any(folded[n:] in CLUB_CUES for n, _ in clitic_splits(folded))


def _sports(doc: Doc) -> bool:
    count = 0
    for word in doc.words:
        if proclitic_cut(word.folded, SPORTS_WORDS) >= 0:
            count += 1
            if count >= MIN_SPORTS_WORDS:
                return True
    return False


def club_names(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """Clubs after a club-only cue in a match report, and their other mentions."""
    words = doc.words
    if len(words) < 2 or not _sports(doc):
        return []
    out: list[Suggestion] = []
    spread: set[str] = set()
    out += _headed_clubs(doc, gazetteers)
    for index in range(len(words) - 1):
        if not words[index].gap_is_space or not _cue(words[index].folded):
            continue
        at = index + 1
        word = words[at]
        folded = word.folded
        if (doc.text[word.start : word.start + 2] != "\u0627\u0644" or len(folded) < 4
                or folded in NOT_CLUBS or folded in STOPWORDS):
            continue
        if (at + 1 < len(words) and word.gap_is_space
                and doc.text[words[at + 1].start : words[at + 1].start + 2] == "\u0627\u0644"):
            continue  # لاعب الجيش الملكي, مهاجم الدوري التونسي: a longer name or a phrase
        hit = gazetteers.index.match_at(doc, at)
        if hit is not None and hit[0] == word.start:
            town = hit[2].type == "GPE" and hit[2].confidence < _TOWN_CONFIDENCE
            if hit[2].type in ("GPE", "NORP") and hit[1] == word.end and not town:
                if hit[2].type == "GPE":  # مدرب الكويت: the national team or the city's club
                    out.append(Suggestion(word.start, word.end, "ORG", SOURCE, 0.9))
                continue
            if hit[1] > word.end or hit[2].type in ("OCC", "PERS", "DATE"):
                continue
        spread.add(folded)
    if not spread:
        return out
    for word in words:
        cut = 0
        if word.folded not in spread:
            cut = next((n for n, elided in clitic_splits(word.folded)
                        if word.folded[n:] in spread
                        or (elided and "ا" + word.folded[n:] in spread)), 0)
            if not cut:
                continue
        start = word.start
        if cut:
            _, offsets = fold_with_offsets(doc.text[word.start : word.end])
            start += offsets[cut]
        out.append(Suggestion(start, word.end, "ORG", SOURCE, CONFIDENCE))
    return out


def _headed_clubs(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """"مولودية وهران": a club head and the name word after it (see `CLUB_HEADS`)."""
    words = doc.words
    out = []
    for index in range(len(words) - 1):
        head = words[index]
        folded = head.folded
        if folded in CLUB_HEADS:
            place_only = False
        elif folded in PLACE_CLUB_HEADS:
            place_only = True
        else:
            continue
        name = words[index + 1]
        if (not head.gap_is_space or len(name.folded) < 3 or name.folded in STOPWORDS
                or name.folded in NOT_CLUBS or name.folded in SPORTS_WORDS):
            continue
        hit = gazetteers.index.match_at(doc, index + 1)
        is_place = hit is not None and hit[0] == name.start and hit[2].type in ("GPE", "LOC")
        if place_only and not is_place:
            continue
        if hit is not None and hit[0] == name.start and hit[2].type in ("PERS", "OCC", "DATE"):
            continue
        out.append(Suggestion(head.start, name.end, "ORG", SOURCE, CONFIDENCE))
    return out


# Cities are feminine in Arabic (جدة السعودية، دبي الإماراتية); a masculine nationality right
# after one agrees with an unwritten نادي or فريق: ``الشارقة الإماراتي``, ``موناكو الفرنسي``
# name the club.  Countries (0.85 and up) stay: some are masculine (العراق، لبنان الرسمي).
_COUNTRY_CONFIDENCE = 0.85
# Regional adjectives after a city name other things (the newspaper «القدس العربي»).
_REGIONAL = frozenset(fold(w) for w in ["العربي", "الخليجي", "الإسلامي", "الأفريقي", "الإفريقي"])


def clubs_by_nationality(doc: Doc, found: list[Suggestion], gazetteers: Gazetteers) -> list[Suggestion]:
    """Listed cities followed by a masculine nationality adjective, retyped ORG (the club)."""
    out = []
    for s in found:
        if s.type != "GPE" or s.source != "gazetteers" or s.confidence >= _COUNTRY_CONFIDENCE:
            out.append(s)
            continue
        at = doc.first_word_ending_after(s.end)
        nxt = at if at is not None and doc.words[at].start >= s.end else None
        if (nxt is None or nxt == 0 or doc.words[nxt - 1].end != s.end
                or not doc.words[nxt - 1].gap_is_space):
            out.append(s)
            continue
        inside = doc.words_within(s.start, s.end)
        first = doc.first_word_ending_after(s.start)
        if inside and first and doc.words[first - 1].gap_is_space and _names_part(
                doc.words[first - 1].folded):
            out.append(s)  # ريال مدريد الإسباني: the city is a word of the club's name
            continue
        word = doc.words[nxt]
        hit = gazetteers.index.match_at(doc, nxt)
        masculine = (hit is not None and hit[2].type == "NORP" and hit[0] == word.start
                     and hit[1] == word.end and word.folded.startswith("ال")
                     and word.folded.endswith("ي") and not word.folded.endswith("يي")
                     and word.folded not in _REGIONAL)
        out.append(Suggestion(s.start, s.end, "ORG", SOURCE, CONFIDENCE) if masculine else s)
    return out


def _names_part(folded: str) -> bool:
    """A bare word before a city that may begin a club's name with it (ريال، بايرن, أولمبيك),
    not a function word, a definite noun or a noun with a pronoun (على ضيفه الشارقة)."""
    return not (folded in STOPWORDS or folded.startswith(("ال", "وال", "بال", "لل"))
                or folded.endswith(("ه", "ها")))


_SPORTING = frozenset(fold(w) for w in ["الرياضي", "الرياضية"])


def sporting_suffix(doc: Doc, found: list[Suggestion]) -> list[Suggestion]:
    """A club's name goes on with الرياضي (الترجي الرياضي، الوداد الرياضي): the short name
    is widened to the written one (its country after it stays out, as for any club)."""
    out = []
    for s in found:
        if s.type == "ORG" and s.source != "learned":
            at = doc.first_word_ending_after(s.end)
            if (at and at < len(doc.words) and doc.words[at - 1].end == s.end
                    and doc.words[at - 1].gap_is_space and doc.words[at].folded in _SPORTING):
                s = Suggestion(s.start, doc.words[at].end, s.type, s.source, s.confidence)
        out.append(s)
    return out
