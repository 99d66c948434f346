"""Type sets as data: the shipped sets, user files, and clear errors for broken files."""
from __future__ import annotations

import pytest
from fasl.textlogic.typesets import TypeSetError, load_typeset, shipped_typeset


def test_default_typeset_matches_the_scheme():
    default = shipped_typeset()
    assert default.ids() == ("PERS", "NORP", "OCC", "ORG", "GPE", "LOC", "FAC", "EVENT", "DATE")
    assert len({t.key for t in default.types}) == 9
    assert all(t.colour.startswith("#") and t.name and t.description for t in default.types)
    assert default.map_type("OCC") == "OCC"


def test_anercorp_typeset_maps_default_suggestions():
    aner = shipped_typeset("anercorp")
    assert aner.ids() == ("PERS", "LOC", "ORG", "MISC")
    assert aner.map_type("GPE") == "LOC" and aner.map_type("NORP") == "MISC"
    assert aner.map_type("DATE") is None


def test_user_file_loads(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('name = "mine"\n[[types]]\nid = "DRUG"\nname = "دواء"\n'
                    'colour = "#112233"\nkey = "x"\n', encoding="utf-8")
    mine = load_typeset(path)
    assert mine.ids() == ("DRUG",) and mine.get("DRUG").maps_from == ("DRUG",)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("name = ", "not valid TOML"),
        ('name = "x"\n', "at least one"),
        ('[[types]]\nid = "A"\nname = "a"\ncolour = "#000000"\nkey = "a"\n', "'name'"),
        ('name = "x"\n[[types]]\nid = "a"\nname = "a"\ncolour = "#000000"\nkey = "a"\n',
         "upper-case"),
        ('name = "x"\n[[types]]\nid = "A"\nname = "a"\ncolour = "red"\nkey = "a"\n', "colour"),
        ('name = "x"\n[[types]]\nid = "A"\nname = "a"\ncolour = "#000000"\nkey = "ab"\n',
         "one character"),
        ('name = "x"\n[[types]]\nid = "A"\nname = "a"\ncolour = "#000000"\nkey = "a"\n'
         '[[types]]\nid = "B"\nname = "b"\ncolour = "#000000"\nkey = "a"\n', "already used"),
        ('name = "x"\n[[types]]\nid = "A"\nname = "a"\ncolour = "#000000"\nkey = "a"\n'
         '[[types]]\nid = "A"\nname = "b"\ncolour = "#000000"\nkey = "b"\n', "duplicate id"),
    ],
)
def test_broken_files_name_the_file_and_the_reason(tmp_path, body, reason):
    path = tmp_path / "broken.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(TypeSetError, match=r"broken\.toml") as info:
        load_typeset(path)
    assert reason in str(info.value)


def test_missing_files_are_clear_errors(tmp_path):
    with pytest.raises(TypeSetError, match="cannot read"):
        load_typeset(tmp_path / "absent.toml")
    with pytest.raises(TypeSetError, match="no shipped type set"):
        shipped_typeset("nope")
