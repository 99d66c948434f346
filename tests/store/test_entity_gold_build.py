"""The committed entity gold is exactly what bench/make_entity_gold.py builds with the store.

The script imports the texts with `fasl.store.importer`, tags every annotated surface with
`fasl.store.entities.add_entity` as reviewer ``gold`` and reads the spans back; if an
annotation, the resolver or the store changed without gold.jsonl being rebuilt, this fails.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# every entity gold set (tests/textlogic/test_entity_devset.py checks their consistency)
ENTITY_SETS = ("entities", "entities_heldout", *(f"entities_heldout{n}" for n in range(2, 33)))


def _script():
    spec = importlib.util.spec_from_file_location("make_entity_gold",
                                                  ROOT / "bench" / "make_entity_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", ENTITY_SETS)
def test_gold_jsonl_is_rebuilt_from_the_annotations(tmp_path, folder):
    script = _script()
    path = ROOT / "tests" / "data" / folder
    rows = script.build(tmp_path / "gold.sqlite", path)
    assert script.gold_lines(rows) == (path / "gold.jsonl").read_text(encoding="utf-8")


def test_bad_annotations_are_named(tmp_path):
    script = _script()
    text = "قال لافروف في موسكو إن روسيا، ولروسيا موقف."
    assert script.resolve("d", text, {"GPE": ["روسيا"]}) == [(23, 28, "GPE"), (32, 37, "GPE")]
    assert script.resolve("d", text, {"GPE": ["روسيا@2"]}) == [(32, 37, "GPE")]
    with pytest.raises(script.AnnotationError, match="d: GPE 'لندن' not found"):
        script.resolve("d", text, {"GPE": ["لندن"]})
    with pytest.raises(script.AnnotationError, match="has 2 occurrences"):
        script.resolve("d", text, {"GPE": ["روسيا@3"]})
    with pytest.raises(script.AnnotationError, match="unknown type"):
        script.resolve("d", text, {"CITY": ["روسيا"]})
    with pytest.raises(script.AnnotationError, match="both GPE and ORG"):
        script.resolve("d", text, {"GPE": ["موسكو"], "ORG": ["موسكو"]})
    with pytest.raises(script.AnnotationError, match="inside PERS"):
        script.resolve("d", text, {"PERS": ["لافروف في موسكو"], "GPE": ["موسكو@1"]})
    # A bare surface inside a longer name of a no-nesting type is not tagged twice.
    assert script.resolve("d", "في قطاع غزة وغزة", {"GPE": ["قطاع غزة", "غزة"]}) == [
        (3, 11, "GPE"), (13, 16, "GPE")]


@pytest.mark.parametrize("folder", ["entities_heldout21", "entities_heldout22", "entities_heldout23"])
def test_second_annotation_is_rebuilt_from_its_annotations(tmp_path, folder):
    """The independent second annotation of a set's texts (bench/agreement_bench.py)."""
    script = _script()
    path = ROOT / "tests" / "data" / folder
    rows = script.build(tmp_path / "gold.sqlite", path / "second", path / "texts")
    assert script.gold_lines(rows) == (path / "second" / "gold.jsonl").read_text(encoding="utf-8")
    assert {r["id"] for r in rows} == {p.stem for p in (path / "texts").glob("*.txt")}
