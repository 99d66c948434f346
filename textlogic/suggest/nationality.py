"""Nationality adjectives (NORP) derived from country names: روسيا → الروسي، الروسية، الروس.

Arabic forms the nisba adjective regularly enough that a few suffix rules cover most of the
world: drop the article, drop a final ``ا``/``يا``/``ة``, add ``ي``; then inflect for gender,
number and the article.  The broken plurals and irregular stems (الروس، الألمان، نمساوي،
أمريكي for الولايات المتحدة) come from the small exceptions table below.  Names of more than
one word are skipped unless the table knows them: ``كوريا الجنوبية`` has no one-word adjective.
"""
from __future__ import annotations

# country → (nisba stem ending in ي, extra forms such as broken plurals); None = no adjective.
EXCEPTIONS: dict[str, tuple[str, tuple[str, ...]] | None] = {
    "روسيا": ("روسي", ("الروس",)),
    "روسيا الاتحادية": ("روسي", ("الروس",)),
    "ألمانيا": ("ألماني", ("الألمان",)),
    "تركيا": ("تركي", ("الأتراك",)),
    "النمسا": ("نمساوي", ()),
    "الولايات المتحدة": ("أمريكي", ("الأمريكان", "الأميركيون", "الأميركي", "الأميركية")),
    "الولايات المتحدة الأمريكية": ("أمريكي", ("الأمريكان",)),
    "أمريكا": ("أمريكي", ("الأمريكان",)),
    "أميركا": ("أميركي", ("الأميركان",)),
    "المملكة المتحدة": ("بريطاني", ()),
    "بريطانيا": ("بريطاني", ("الإنجليز",)),
    "الإمارات العربية المتحدة": ("إماراتي", ()),
    "الإمارات": ("إماراتي", ()),
    "المملكة العربية السعودية": ("سعودي", ()),
    "الأراضي الفلسطينية": ("فلسطيني", ()),
    "دولة فلسطين": ("فلسطيني", ()),
    "سورية": ("سوري", ()),
    "اليونان": ("يوناني", ()),
    "بيلاروس": ("بيلاروسي", ()),
    "قرجيزستان": ("قرجيزستاني", ()),
    "الدانمرك": ("دنماركي", ()),
    "الدنمارك": ("دنماركي", ()),
    "هنغاريا": ("مجري", ()),
    "المجر": ("مجري", ()),
    "جيبوتي": ("جيبوتي", ()),
    "اليمن": ("يمني", ()),
    "كوريا": ("كوري", ()),
    "الهند": ("هندي", ("الهنود",)),
    "الصين": ("صيني", ()),
    "إنجلترا": ("إنجليزي", ("الإنجليز",)),
    # Short names whose adjective is an everyday word or another people's name.
    "جورجيا": ("جورجي", ()),
    "بنين": None,
    "مالي": None,
    "تشيلي": ("تشيلي", ()),
}

_ALEF = "ا"


def nisba_stem(country: str) -> str | None:
    """The masculine nisba without article (``روسي``), or None when there is no regular one."""
    if country in EXCEPTIONS:
        known = EXCEPTIONS[country]
        return known[0] if known else None
    if " " in country.strip() or "-" in country:
        return None
    stem = country.strip()
    if stem.startswith("ال") and len(stem) > 4:
        stem = stem[2:]
    if stem.endswith("يا") and len(stem) > 4:
        stem = stem[:-2]
    elif stem.endswith((_ALEF, "ة", "ه")):
        stem = stem[:-1]
    if len(stem) < 2:
        return None
    return stem if stem.endswith("ي") and len(stem) > 4 else stem + "ي"


def nationality_forms(country: str) -> set[str]:
    """Every NORP form derived from ``country``: gender, number, with and without the article.

    ``مصر`` gives المصري، المصرية، المصريون، المصريين، المصريات، المصريان، المصريتان،
    المصريتين and the same without ``ال``.
    """
    stem = nisba_stem(country)
    if stem is None:
        return set()
    forms = {stem, stem + "ة", stem + "ون", stem + "ين", stem + "ات", stem + "ان",
             stem + "تان", stem + "تين"}
    forms |= {"ال" + form for form in forms}
    known = EXCEPTIONS.get(country)
    if known:
        forms |= set(known[1])
    return forms
