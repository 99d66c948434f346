"""People's names: a given name and what follows it, and the words that cannot be a name.

Arabic has no capital letters, so a person's name is found from its context: a known given
name (``فلاديمير``) or a title chain before it (`fasl.textlogic.suggest.chains`).  The
words that may continue a name are decided here, conservatively: function words, digits,
listed names of places and organisations, and imperfect verbs (``يطالب``, ``تبدي``) end it.
"""
from __future__ import annotations

from fasl.textlogic.clitics import clitic_splits
from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.gazetteer import Gazetteers

SOURCE = "gazetteers"

# Folded function words and reporting verbs that never belong to a name.
STOPWORDS = frozenset({
    "في", "من", "الي", "علي", "عن", "ان", "انه", "انها", "لا", "لم", "لن", "ما", "مع", "عند",
    "بين", "بعد", "قبل", "حتي", "او", "ام", "ثم", "كما", "الذي", "التي", "الذين", "هذا", "هذه",
    "ذلك", "تلك", "هناك", "هنا", "كل", "بعض", "غير", "قد", "لقد", "هو", "هي", "هم", "نحن",
    "انا", "انت", "قال", "قالت", "اكد", "اكدت", "اعلن", "اعلنت", "اضاف", "اضافت", "اوضح",
    "اوضحت", "وقال", "وقالت", "واكد", "واضاف", "يوم", "اليوم", "امس", "عام", "سنه", "خلال",
    "منذ", "حول", "ضد", "عبر", "لدي", "لدى", "اي", "كان", "كانت", "يكون", "تكون", "ليس", "وفي",
    "ومن", "وعلي", "وان", "ايضا", "فقط", "جدا", "حيث", "اذا", "اذ", "لكن", "لان", "بان",
    "التقي", "يلتقي", "استقبل", "دعا", "بحث", "زار", "وصل", "غادر", "ذاته", "ذاتها", "نفسه",
    "نفسها", "بشان", "لدي", "امام", "وراء", "نحو", "حوالي", "مثل", "دون", "سوي", "ضمن",
    # number words: عمر ستة أشهر is an age, not a person
    "واحد", "اثنان", "اثنين", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته",
    "سبع", "سبعه", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره", "عشرين", "مييه", "الف",
})
# Times of day and time adverbs that follow a name in a sentence (قال الوزير أحمد سعيد مساء).
STOPWORDS = STOPWORDS | frozenset(fold(w) for w in [
    # prepositional words and accusatives of purpose that carry the sentence on
    # (ناصر بسبب، موسى تحضيرا لـ)
    "بسبب", "بحسب", "بفضل", "بدون", "تحضيرا", "استعدادا", "تمهيدا", "سعيا", "حرصا", "دعما",
    "تعزيزا", "تكريما", "احتفالا", "احتجاجا", "تضامنا", "ردا",
    "مساء", "صباح", "ظهر", "عصر", "فجر", "ليلة", "ليل", "عقب", "إثر", "اثر", "لاحقا",
    "مؤخرا", "حاليا", "سابقا", "بدوره", "بدورها",
    # former, under: a title's epithet or a preposition (مدير سابق، تحت شعار), never a name
    "سابق", "سابقة", "أسبق", "تحت", "فوق",
    # throughout, near and the compass as adverbs (السيدة زينب طوال الشهر، سان لوي شمالي
    # البلاد)
    "طوال", "طيلة", "قرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط",
    # the goal a scorer's name is followed by (سجل أيمن حسين هدف المباراة)
    "هدف", "هدفي",
    # prepositions with a pronoun (أشرف عليها: "supervised it"), never a name's word
    "عليه", "عليها", "عليهم", "عليهما", "إليه", "إليها", "إليهم", "منه", "منها", "منهم",
    "عنه", "عنها", "عنهم", "له", "لها", "لهم", "فيه", "فيها", "فيهم", "به", "بها", "بهم",
    # the honorifics of a style (صاحب السمو الشيخ ..., أصحاب المعالي): the name comes after
    "السمو", "المعالي", "الفخامة", "السعادة",  # (not الجلالة: جامعة الجلالة)
    # عن عمر ناهز 71 عاما: the age, not a man named عمر
    "ناهز", "يناهز",
])
BYLINE_CUES = frozenset({"كتب", "كتبت", "بقلم", "اعداد", "تقرير", "حوار"})
# "Ali" is also the preposition على, folded alike; the name is written with a dotted yeh.
_ALI = "علي"
# بو: the Levantine and Maghreb spelling of أبو (عبد الله بو حبيب); منت: the Mauritanian
# "daughter of" (مريم منت الشيخ), as ولد is the son's.
CONNECTORS = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ام", "ال", "عبد", "ابا", "ولد", "بو",
                        "منت"})
# Connectors that chain (سيدي محمد ولد أحمد ولد سالم, محمد بن عبد الله بن سعود) and the
# particles of European and Maghreb names, which never end one (أورسولا فون دير لاين,
# دانييل فان هيل, لولا دا سيلفا, هشام آيت منا): after one, the name goes on.
CHAINING = frozenset({"بن", "ولد", "بنت", "ابن", "منت"})
# A woman's chain (منى بنت سالم الغافرية) may close with her family's nisba in the feminine.
FEMININE_CHAINING = frozenset({"بنت", "منت"})
# A month's own word: شهر رجب, شهر رمضان are months, not the men named so.
_MONTH_WORD = "شهر"
PARTICLES = frozenset({"فون", "فان", "دير", "دي", "دا", "ديل", "دو", "دوس", "ايت"})
# Attached pronouns: a word with و before and one of these after is "and his/their ..."
# (عبداللهيان ومرافقيهما), never a name's next word.
_PRONOUN_ENDINGS = ("هما", "هم", "ها", "كم", "نا", "هن")
# First parts of the compound names in الدين (نور الدين، محيي الدين، تقي الدين): with الدين
# they are one given name, so the family name after them still belongs to the person.
_DIN = "الدين"
DIN_FIRST = frozenset(fold(w) for w in [
    "نور", "عز", "سيف", "صلاح", "علاء", "شمس", "زين", "خير", "بدر", "جمال", "عماد", "حسام",
    "فخر", "ضياء", "سعد", "نصر", "كمال", "شهاب", "عصام", "محيي", "محي", "تقي", "بهاء",
    "سراج", "تاج", "نجم", "شرف", "نظام", "قطب", "مجد", "صفي", "برهان", "عون", "بهاء", "ناصر",
    "حسن", "حسين", "محب", "شمس", "فتح", "ولي", "قمر", "زكي", "رضي", "غياث", "معين", "امين",
])
# "Last", "next", "current": relative time words after a weekday or a month.
_RELATIVE_TIME = ["الماضي", "الماضية", "المقبل", "المقبلة", "الجاري", "الجارية", "الحالي",
                  "الحالية"]
# Family-name words a clause may not end a name with: times and epithets after a name.
_NOT_FAMILY = frozenset(fold(w) for w in [
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    *_RELATIVE_TIME,
    "السابق", "السابقة", "الأسبق", "الأخير", "الأخيرة", "الراحل", "الراحلة", "الجديد",
    "الجديدة", "المذكور", "المذكورة", "المتهم", "المتهمة", "المعتاد", "الأول", "الأولى",
])
# Relative time words: after a month that is also a name (رجب الماضي) they show the month.
_TIME_AFTER = frozenset(fold(w) for w in [*_RELATIVE_TIME, "القادم", "القادمة", "المنصرم"])
# Nouns that stand as a reported sentence's subject instead of a name (وقال مصدر مطلع).
_GENERIC_SUBJECTS = frozenset(fold(w) for w in [
    "مصدر", "مصادر", "مسؤول", "مسؤولون", "متحدث", "شهود", "خبراء", "مراقبون", "بيان",
    "مطلع", "مطلعة", "رسمي", "أمني", "محلي", "دبلوماسي", "عسكري", "حكومي",
])
_SHEIKH = fold("الشيخ")
_CLAUSE_MARKS = frozenset("،,.:;؛)»\"”")
_VERB_PREFIXES = ("ي", "ت", "ن", "س")


def is_given_name(folded: str, gazetteers: Gazetteers, after_title: bool = False) -> bool:
    """Is this folded word a first name (the weak list counts only right after a title, and
    not when it looks like a common noun: شعبة, a classical name, is mostly "division")?"""
    return folded in gazetteers.given_names or (
        after_title and folded in gazetteers.weak_given_names
        and not _looks_like_common_noun(folded)
    )


def given_length(doc: Doc, index: int, gazetteers: Gazetteers, after_title: bool = False) -> int:
    """Words taken by a given name at word ``index``: 2 for ``عبد الله``, 1, or 0 for none."""
    words = doc.words
    folded = words[index].folded
    if folded in STOPWORDS and not (folded == _ALI and _dotted_ali(doc, index)):
        return 0
    if folded == "عبد" and index + 1 < len(words) and words[index].gap_is_space:
        if is_given_name(f"عبد {words[index + 1].folded}", gazetteers, after_title):
            return 2
    if _din_name(doc, index):
        return 2
    if folded.startswith("عبد") and len(folded) >= 6 and not folded.endswith("يان"):
        return 1  # عبدربه، عبدالنور: عبد glued to a name of God is a given name, listed or
        # not (عبداللهيان is a Persian family name)
    return 1 if is_given_name(folded, gazetteers, after_title) else 0


def _din_name(doc: Doc, index: int) -> bool:
    """Do words ``index`` and ``index + 1`` make a compound name in الدين (بهاء الدين)?"""
    words = doc.words
    return (index + 1 < len(words) and words[index].gap_is_space
            and words[index].folded in DIN_FIRST and words[index + 1].folded == _DIN)


def _looks_like_common_noun(folded: str) -> bool:
    """Taa marbuta or a possessive ending (شعبة, لجنة, أغلبيته), or an article + clitic
    (للمهرجان, والبحث): how a word after a title shows it starts no name."""
    if folded.endswith("ه") and len(folded) >= 3:
        return True
    if folded.endswith("يا") and len(folded) > 5:
        return True  # an adverb: احتياطيا، نهائيا، رسميا
    if folded.endswith("ا") and len(folded) <= 4:
        return True  # an indefinite accusative: عقدا، هدفا، فوزا
    return folded.startswith(("لل", "وال", "بال", "فال", "كال"))


def is_name_part(
    folded: str, gazetteers: Gazetteers, first: bool = False, after_title: bool = False
) -> bool:
    """Could this folded word be part of a person's name at this place?"""
    if len(folded) < 2 or folded in STOPWORDS or any(c.isdigit() for c in folded):
        return False
    if is_given_name(folded, gazetteers, after_title):
        return True
    if folded in gazetteers.index.first_words():
        return False
    if any(folded[n:] in gazetteers.known for n, _ in clitic_splits(folded)):
        return False  # وزير-like: a clitic glued to a listed word (لرئيس، وروسيا)
    if folded.startswith("و") and len(folded) >= 5 and (
            folded.startswith("وال") or folded.endswith(_PRONOUN_ENDINGS)):
        return False  # ومرافقيهما, والوفد: "and ...", a second noun joined on
    if first and folded.startswith("و") and len(folded) >= 4:
        return False  # وزير الزراعة واستصلاح الأراضي: the title's coordinated genitive
    looks_like_verb = folded.startswith(_VERB_PREFIXES) and len(folded) >= 4
    if first and (looks_like_verb or folded.startswith("ال") or _looks_like_common_noun(folded)):
        return False
    if not first and folded.startswith("ي") and len(folded) >= 5:
        return False  # جوزاف عون يتقدم: an imperfect verb goes on the sentence
    if not first and folded.startswith("ال") and folded.endswith("يه"):
        return False  # an adjective (البطارية، الرياضية), not a family name
    if not first and _not_a_family_name(folded):
        return False
    return not folded.isascii()


def _not_a_family_name(folded: str) -> bool:
    """Words that go on the sentence after a first name, not a family name: a preposition
    glued to a feminine noun (لمدة، باتجاه), a nisba noun or adjective (صحفية), a verbal
    noun of the ابتداء shape, a past verb of the أظهرت shape."""
    if folded.endswith("ييه"):
        return False  # بارنييه, غرانييه: French names in -ier
    if folded.endswith("ه") and len(folded) >= 4 and (
            folded.startswith("ل") or folded.startswith("با")):
        return True  # (بركة, a family name, is no ب + noun; باتجاه is)
    if folded.startswith("بت") and len(folded) >= 6:
        return True  # ب + a تفعيل verbal noun (بتأمين، بتنظيم), the sentence going on
    if folded.startswith("بالت") and len(folded) >= 7:
        return True  # ب + the article + a تفعّل or تفاعل noun (بالتحرك، بالتراضي); not بالحاج
    if folded.endswith("يه") and len(folded) >= 5:
        return True
    if folded.startswith("ا") and folded.endswith("اء") and len(folded) >= 5:
        return True
    return folded.startswith("ا") and folded.endswith("ت") and 4 <= len(folded) <= 6


def _dotted_ali(doc: Doc, index: int) -> bool:
    """Is word ``index`` the name علي (dotted yeh), not the preposition على?"""
    word = doc.words[index]
    return word.folded == _ALI and doc.text[word.end - 1] == "\u064a"


def has_tanween(doc: Doc, index: int) -> bool:
    """Does word ``index`` carry tanween as written (حلاً عملياً)?  Names are not written
    with the indefinite ending, so such a word is the sentence's noun or adverb."""
    word = doc.words[index]
    return any(c in "\u064b\u064c\u064d" for c in doc.text[word.start : word.end])


_PRONOUN_SUFFIXES = ("ها", "هما", "هم", "هن", "كم")


def prepositional(doc: Doc, index: int) -> bool:
    """Is word ``index`` the sentence's next phrase rather than a name's word: ب or ل before
    a hamza (بإدراج، لأجل), or a noun with an attached pronoun (بمنصبها، زوارها)?  Family
    names start with ب and ل often enough (بوغالي، لعزيز) that only these shapes are
    refused."""
    word = doc.words[index]
    raw = doc.text[word.start : word.start + 2]
    if raw in ("\u0628\u0625", "\u0628\u0623", "\u0644\u0625", "\u0644\u0623"):
        return True
    folded = word.folded
    return (len(folded) >= 5 and folded.endswith(_PRONOUN_SUFFIXES)
            and not folded.startswith("ال"))  # (الطواها: a family name)


def sentence_word(doc: Doc, index: int) -> bool:
    """Is word ``index`` written as the sentence's own word, never a name's: with tanween or
    in a prepositional shape (`has_tanween`, `prepositional`)?"""
    return has_tanween(doc, index) or prepositional(doc, index)


def _is_name_word(doc: Doc, index: int, gazetteers: Gazetteers, after_title: bool) -> bool:
    word = doc.words[index]
    if sentence_word(doc, index):
        return False
    if word.folded == _ALI:
        return _dotted_ali(doc, index)
    return is_name_part(word.folded, gazetteers, after_title=after_title)


def name_end(
    doc: Doc, index: int, gazetteers: Gazetteers, after_title: bool = False
) -> int | None:
    """Word index one past a person's name starting at word ``index``, or None.

    A name is its first word, then one more word, then a third only when the second is
    itself a given name (``جمال محمد فخرو``) or a connector (``محمد بن سلمان``).  A
    two-word given name (``عبد الله``) counts as one word.
    """
    words = doc.words
    if index >= len(words):
        return None
    if has_tanween(doc, index):
        return None
    given = given_length(doc, index, gazetteers, after_title)
    first = words[index].folded
    if first.startswith("ال") and len(first) > 2 and doc.text[words[index].start] == "\u0622":
        first = "\u0621" + first[1:]  # آلاماي، آرام: a madda, not the article
    if not given and not is_name_part(first, gazetteers, True, after_title):
        return None
    end = index + max(given, 1)
    budget = 1
    while budget and end < len(words) and words[end - 1].gap_is_space:
        folded = words[end].folded
        if folded in PARTICLES and end + 1 < len(words) and words[end].gap_is_space:
            end = _after_particles(doc, end)
            break
        if folded in CONNECTORS and end + 1 < len(words) and words[end].gap_is_space:
            if folded == "عبد" and (given_length(doc, end, gazetteers) == 2
                                   or _abd_article(doc, end + 1)):
                end += 2  # عبد الأمير، عبد الكريم: one name whatever list knows الأمير
                break
            if _is_name_word(doc, end + 1, gazetteers, False):
                end += 2
            elif (folded in CHAINING and words[end + 1].folded == _SHEIKH and end + 2 < len(words)
                  and words[end + 1].gap_is_space
                  and _is_name_word(doc, end + 2, gazetteers, False)):
                end += 3  # محمد ولد الشيخ الغزواني: الشيخ is a name in the chain
            elif folded in CHAINING and words[end + 1].folded == _SHEIKH:
                end += 2  # مريم منت الشيخ: الشيخ the family's name, closing the chain
            else:
                end += 0
            while (folded in CHAINING and end + 1 < len(words) and words[end - 1].gap_is_space
                   and words[end].folded in CHAINING and words[end].gap_is_space
                   and _is_name_word(doc, end + 1, gazetteers, False)):
                end += 2  # محمد ولد عابدين ولد امعييف
            if end < len(words) and words[end - 1].gap_is_space and _family_name(
                    doc, end, gazetteers, feminine=folded in FEMININE_CHAINING):
                end += 1  # علي بن صالح الصالح, منى بنت سالم الغافرية
            break
        if (folded == _BARE_SHEIKH and end + 1 < len(words) and words[end].gap_is_space
                and is_given_name(words[end + 1].folded, gazetteers)):
            end += 2  # حسن شيخ محمود: a bare شيخ inside a name, before a given name
            break
        if folded in _TIME_AFTER:
            break  # رجب الماضي: the month, whatever name it also is
        din = _din_name(doc, end)  # زياد تقي الدين: one name word, نور الدين too
        if not din and (not _is_name_word(doc, end, gazetteers, after_title)
                        or _adjective_chain(doc, end)
                        or _sentence_goes_on(doc, end, gazetteers, end - index)):
            break
        end += 2 if din else 1
        budget -= 1
        if is_given_name(folded, gazetteers, after_title) and budget == 0:
            budget = 1
    if (not budget and end - index >= 2 and end < len(words) and words[end - 1].gap_is_space
            and _family_name(doc, end, gazetteers)):
        end += 1  # حمد عيد الرميحي
    elif (after_title and not budget and end - index == given + 1 and given
          and end < len(words) and words[end - 1].gap_is_space
          and _third_name(doc, end, gazetteers)):
        end += 1  # الرئيس رجب طيب أردوغان, رئيس البرلمان محمد باقر قاليباف
    return _name_tail(doc, index, end, gazetteers)


# The one word ending in -ين that is a name's part: محمد زين العابدين.
_ABIDIN = fold("العابدين")


def _sentence_goes_on(doc: Doc, index: int, gazetteers: Gazetteers, position: int) -> bool:
    """Is word ``index``, after a name's first word, the sentence going on rather than the
    name: an imperfect verb (حسن شيخ محمود يبحث، عبدالله حمود يفوز), a definite plural
    (خالد عمر يوسف السلطات، أسماء الفائزين), a word joined by و (بشار مراد وفرقة، الشيخ
    عثمان وكريتر) or a title
    in the accusative (أمير غالب رئيسا)?  No list knows these words, but their shapes are
    rare in names; a listed given name is always taken."""
    folded = doc.words[index].folded
    if is_given_name(folded, gazetteers, True) or folded in CONNECTORS:
        return False
    if folded[:1] == "ي" and _imperfect_verb(folded) and len(folded) <= 6:
        return True  # (ت and ن start family names as often: ترامب، تبون، نصار)
    if folded[:1] == "س" and _imperfect_verb(folded) and len(folded) <= 7 and (
            folded[1] in "تن" or not folded.endswith(("ا", "و", "ي", "ه"))):
        return True  # the future: بئر أحمد ستعمل، طيف سامي سيزور (not سيلفا, سيمي)
    if folded.startswith("ال") and folded != _ABIDIN and (
            (folded.endswith(("ين", "ون")) and (
                (len(folded) == 8 and folded[3] == "ا")
                or (len(folded) >= 9 and folded.startswith("الم"))))
            or (folded.endswith("ات") and len(folded) >= 7 and position >= 2)):
        return True  # الفائزين (a فاعلين plural), المشاركين (a participle's); السلطات as a
        # name's third word
    if folded.startswith("و") and len(folded) >= 5:
        return True  # (a name's own و-word is a listed given name: وليد، وائل)
    if not folded.endswith("ا") or len(folded) < 4 or folded[:-1] not in gazetteers.known:
        return False
    stem = Doc.of(folded[:-1])
    hit = gazetteers.index.match_at(stem, 0)
    return hit is not None and hit[2].type == "OCC"  # رئيسا، مديرا; not نهرا (a family name)


_BARE_SHEIKH = fold("شيخ")


def _abd_article(doc: Doc, index: int) -> bool:
    """Word ``index`` after عبد is a divine name with the article (الأمير، الكريم، الرحمن)."""
    word = doc.words[index]
    return (doc.text[word.start : word.start + 2] == "\u0627\u0644" and len(word.folded) >= 5
            and word.folded not in STOPWORDS and not word.folded.endswith(("يه", "ين", "ون", "ات")))


def _closes_clause(doc: Doc, index: int) -> bool:
    """Is word ``index`` the last before a comma, full stop, bracket or line end?"""
    word = doc.words[index]
    if index + 1 >= len(doc.words):
        return True
    gap = doc.text[word.end : doc.words[index + 1].start]
    return "\n" in gap or any(c in _CLAUSE_MARKS for c in gap)


def _name_tail(doc: Doc, start: int, end: int, gazetteers: Gazetteers) -> int:
    """One past a name whose counted words end before word ``end``, with what closes it.

    The budget of `name_end` stops at two or three words, but a name goes on with a family
    (آل ثاني، آل الشيخ), a chained بن/ولد (مبخوت مبارك بن ماضي), and, where the name closes
    a clause (``الرئيس التنفيذي، محمد طاهر عمر، إن``), one last family name no list knows
    (عبد النور رابحي، مريم عذبي الجلاهمة): in apposition a comma marks where a name ends.
    """
    words = doc.words
    while end + 1 < len(words) and words[end - 1].gap_is_space and words[end].gap_is_space:
        word, after = words[end], words[end + 1]
        if (doc.text[word.start : word.end] == "آل" and after.folded not in STOPWORDS
                and not any(c.isdigit() for c in after.folded)):
            return end + 2  # آل ثاني, آل الشيخ: the family closes the name
        if word.folded in CHAINING and _is_name_word(doc, end + 1, gazetteers, False):
            end += 2
            continue
        break
    if end < len(words) and words[end - 1].gap_is_space and (
            _closes_clause(doc, end) or (_before_speech(doc, end)
                                         and not _not_a_family_name(words[end].folded))):
        if _closing_family_name(doc, end, gazetteers, end - start):
            return end + 1
    return end


# What follows a speaker's name in "قال ... الاسم إن" and "... لـ«الصحيفة»": the name ends
# there as surely as at a comma.
_SPEECH_AFTER = frozenset({"إن", "أن"})


def _before_speech(doc: Doc, index: int) -> bool:
    """Is word ``index`` the last before إن/أن or a لـ to an outlet (قال المدير العام
    للشركة محمد طاهر عمر لـ«اليوم التالي» إن), so a name reaching it ends with it?  (The
    sentence's verb stands there as often: ريتا خوري اعتبرت أن; the caller refuses verbs.)"""
    words = doc.words
    if index + 1 >= len(words) or not words[index].gap_is_space:
        return False
    nxt = words[index + 1]
    raw = doc.text[nxt.start : nxt.end]
    return raw in _SPEECH_AFTER or doc.text[nxt.start : nxt.start + 2] == "\u0644\u0640"


def _closing_family_name(doc: Doc, index: int, gazetteers: Gazetteers,
                         words_in_name: int) -> bool:
    """Can word ``index``, just before a comma or full stop, be a name's last word?  (An
    article word in taa marbuta, الجلاهمة, only after two name words: after one it is as
    often an adjective, قصيدة حسين الشهيرة.)"""
    word = doc.words[index]
    folded = word.folded
    if sentence_word(doc, index):
        return False
    listed = folded in gazetteers.known and not (
        folded in gazetteers.given_names or folded in gazetteers.weak_given_names)
    if (folded in STOPWORDS or folded in _NOT_FAMILY or listed
            or len(folded) < 3 or any(c.isdigit() for c in folded) or folded.isascii()):
        return False
    if folded.startswith("ال"):
        # the article as written (not a folded hamza), no feminine nisba (الرياضية)
        return (doc.text[word.start : word.start + 2] == "\u0627\u0644" and len(folded) >= 5
                and not folded.endswith(("يه", "ين", "ون"))
                and (not folded.endswith("ه") or words_in_name >= 2))  # not حسين الشهيرة
    if folded in gazetteers.given_names or folded in gazetteers.weak_given_names:
        return True  # محمد ولد أحمد سالم، محمد طاهر عمر
    return loose_name_word(folded, gazetteers)


def loose_name_word(folded: str, gazetteers: Gazetteers, last: bool = False) -> bool:
    """Could this folded word, where the context already says a name stands (closed by a
    comma after a title), be one of its words?  No list knows most family names and foreign
    names (سايحي، شينباوم، كلوديا), so only what a name cannot be is refused: a function,
    time or listed word, a digit, an article, و/ل glued on, an accusative or taa marbuta
    ending, an imperfect verb (a verb-letter start is fine on a nisba: سايحي)."""
    if (len(folded) < 2 or folded in STOPWORDS or folded in _NOT_FAMILY
            or any(c.isdigit() for c in folded) or folded.isascii()):
        return False
    if folded in gazetteers.given_names:
        return True
    if folded in gazetteers.known or folded.startswith(("ال", "و", "بال", "فال", "كال")) or (
            folded in _GENERIC_SUBJECTS):
        return False  # (بالقرار: a preposition glued to the article, never a name)
    if folded.endswith("ا") and not folded.endswith("يا") and (
            len(folded) <= 5 or folded.startswith("م")):
        return False  # an accusative (هدفا، معتبرا), not فونسيكا، بيريرا
    if folded.endswith("ه") and not last:
        return False  # (a family name closing the apposition may end so: بوقرة)
    if folded.startswith("ل") and not folded.startswith("لا"):
        return False
    if _imperfect_verb(folded) and not folded.endswith("ي"):
        return False
    return not any(folded[n:] in gazetteers.known for n, _ in clitic_splits(folded)
                   if len(folded) - n >= 3)  # لروسيا; not فاي as ف + اي


def _imperfect_verb(folded: str) -> bool:
    """A verb's shape (يتقدم، تعلن، سيقوم): a prefix letter and then a consonant.  Foreign
    names start with the same letters but mostly with a long vowel after them (تيتيه، نيكو،
    سانشيز، سيرهو), which an imperfect verb rarely has."""
    if len(folded) < 4:
        return False
    if folded[0] in "يتن":
        return folded[1] not in "اوي"
    return (folded[0] == "س" and len(folded) >= 5 and folded[1] in "يتن"
            and folded[2] not in "اوير")


def apposition_name(doc: Doc, first: int, gazetteers: Gazetteers) -> int | None:
    """One past a name of two to four words starting at word ``first`` that a comma, full
    stop or line end closes (``رئيسة المكسيك، كلوديا شينباوم، ...``), or None."""
    words = doc.words
    end = first
    while end < len(words) and end - first < 4:
        closes = _closes_clause(doc, end)
        if has_tanween(doc, end) or not loose_name_word(
                words[end].folded, gazetteers, last=closes and end > first):
            return None
        end += 1
        if closes:
            return end if end - first >= 2 else None
        if not words[end - 1].gap_is_space:
            return None
    return None


def _after_particles(doc: Doc, index: int) -> int:
    """One past the name that particles starting at word ``index`` lead into: each particle
    takes the word after it (فون دير لاين: two particles, then لاين), if that word is no
    function word."""
    words = doc.words
    end = index
    while (end + 1 < len(words) and words[end].folded in PARTICLES and words[end].gap_is_space
           and words[end + 1].folded not in STOPWORDS):
        end += 1
        if words[end].folded not in PARTICLES:
            end += 1
            break
    return end if end > index + 1 else index


def _third_name(doc: Doc, index: int, gazetteers: Gazetteers) -> bool:
    """After a title, a given name and one more word, is word ``index`` the family name?

    Right after a title the holder's full name is the usual thing (three words are common,
    and the lists know few family names), so a third word is taken when it could start a
    name itself: no article, no verb, no function or time word, no listed word, and no
    indefinite accusative or taa marbuta ending (مؤتمرا, كلمة: the sentence going on).
    """
    folded = doc.words[index].folded
    if folded.endswith(("ا", "ه")) or folded.isascii() or sentence_word(doc, index):
        return False  # (نزار هاني بإدراج: the sentence going on)
    if _not_a_family_name(folded):
        return False  # ريم حداد اعتبرت: the sentence's verb
    if folded.startswith("ل") and not folded.startswith("لا"):
        return False  # أولاف شولتس لخفض: a preposition glued to the next noun
    return is_name_part(folded, gazetteers, first=True)


def _adjective_chain(doc: Doc, index: int) -> bool:
    """Word ``index`` is a nisba with the article followed by another article word
    (الوطني الفلسطيني): an adjective chain qualifying a noun, not a family name."""
    words = doc.words
    folded = words[index].folded
    return (folded.startswith("ال") and folded.endswith("ي") and index + 1 < len(words)
            and words[index].gap_is_space and words[index + 1].folded.startswith("ال"))


def _family_name(doc: Doc, index: int, gazetteers: Gazetteers, feminine: bool = False) -> bool:
    """A family name closing a name: the article + a given name (الصالح، الحمد) or a nisba
    written with the article (الرميحي، الهاشمي) that no list knows as anything else; after
    a woman's بنت chain, the nisba in the feminine too (الغافرية, with its taa marbuta)."""
    word = doc.words[index]
    folded = word.folded
    if not folded.startswith("ال") or len(folded) < 5 or folded in STOPWORDS:
        return False
    if doc.text[word.start : word.start + 2] != "\u0627\u0644":
        return False
    if folded in gazetteers.known or folded in gazetteers.index.first_words():
        return False
    if _adjective_chain(doc, index):
        return False
    if feminine and doc.text[word.end - 1] == "\u0629" and folded.endswith("يه"):
        return len(folded) >= 7
    return folded[2:] in gazetteers.given_names or (folded.endswith("ي") and len(folded) >= 6)


def given_name_persons(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """``given-name + family name`` pairs (``سيرغاي لافروف``) as PERS suggestions."""
    out = []
    words = doc.words
    index = 0
    while index < len(words):
        given = given_length(doc, index, gazetteers)
        if given and index and words[index - 1].folded == _MONTH_WORD:
            given = 0  # شهر رجب: the month
        if given:
            end = name_end(doc, index, gazetteers)
            if end is not None and end - index >= given + 1:
                out.append(Suggestion(words[index].start, words[end - 1].end, "PERS", SOURCE, 0.55))
                index = end
                continue
        index += 1
    return out


def byline_persons(doc: Doc, gazetteers: Gazetteers) -> list[Suggestion]:
    """The name after a byline cue at the start of a line: ``كتب: محمد علي``, ``بقلم ...``."""
    out = []
    words = doc.words
    for index, word in enumerate(words[:-1]):
        line_start = index == 0 or "\n" in doc.text[words[index - 1].end : word.start]
        if not line_start or word.folded not in BYLINE_CUES:
            continue
        if "\n" in doc.text[word.end : words[index + 1].start]:
            continue
        end = name_end(doc, index + 1, gazetteers, after_title=True)
        if end is not None and (end - index - 1 >= 2 or given_length(doc, index + 1, gazetteers)):
            out.append(Suggestion(words[index + 1].start, words[end - 1].end, "PERS", SOURCE, 0.7))
    return out
