"""Internal consistency of the entity development set in tests/data/entities.

Checks the committed gold against its texts and SCHEME.md section 2: offsets hit the text,
``text`` is the slice, spans nest but never cross, nothing is nested inside a person, place,
nationality or date, and no span begins with an attached proclitic that fasl's own rule
(`fasl.textlogic.clitics`) would leave outside.  Says nothing about any suggester.
"""
from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path

import pytest

from fasl.textlogic.clitics import proclitic_length
from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.gazetteer import known_words
from fasl.textlogic.typesets import shipped_typeset
from fasl.textlogic.words import word_bounds, words

DATA = Path(__file__).resolve().parents[1] / "data"
# development and held-out sets, in the order they were written
ENTITY_SETS = ("entities", "entities_heldout", *(f"entities_heldout{n}" for n in range(2, 33)))
FOLDERS = tuple(DATA / name for name in ENTITY_SETS)
RECORDS = [dict(json.loads(line), _folder=folder) for folder in FOLDERS for line in
           (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
NO_NESTING_INSIDE = {"PERS", "GPE", "LOC", "NORP", "DATE"}


def _text(record: dict) -> str:
    return (record["_folder"] / "texts" / f"{record['id']}.txt").read_bytes().decode("utf-8")


@pytest.mark.parametrize(("folder", "documents", "entities"),
                         [(FOLDERS[0], 40, 600), (FOLDERS[1], 15, 250), (FOLDERS[2], 55, 850),
                          (FOLDERS[3], 61, 850), (FOLDERS[4], 30, 1000),
                          (FOLDERS[5], 30, 1100), (FOLDERS[6], 30, 1200),
                          (FOLDERS[7], 30, 1100),
                          (FOLDERS[8], 30, 1100),
                          (FOLDERS[9], 30, 1400),
                          (FOLDERS[10], 30, 1400),
                          (FOLDERS[11], 30, 1500),
                          (FOLDERS[12], 30, 1500),
                          (FOLDERS[13], 30, 1200),
                          (DATA / "entities_heldout14", 30, 1150),
                          (DATA / "entities_heldout15", 30, 950),
                          (DATA / "entities_heldout16", 30, 900),
                          (DATA / "entities_heldout17", 30, 850),
                          (DATA / "entities_heldout18", 30, 1500),
                          (DATA / "entities_heldout19", 30, 1500),
                          (DATA / "entities_heldout20", 30, 1150),
                          (DATA / "entities_heldout21", 30, 1450),
                          (DATA / "entities_heldout22", 30, 1250),
                          (DATA / "entities_heldout23", 30, 1400),
                          (DATA / "entities_heldout24", 30, 1200),
                          (DATA / "entities_heldout25", 30, 1250),
                          (DATA / "entities_heldout26", 30, 1100),
                          (DATA / "entities_heldout27", 30, 1200),
                          (DATA / "entities_heldout28", 30, 1150),
                          (DATA / "entities_heldout29", 30, 1400),
                          (DATA / "entities_heldout30", 30, 1200),
                          (DATA / "entities_heldout31", 30, 1150),
                          (DATA / "entities_heldout32", 30, 1200)])
def test_set_size_and_files(folder, documents, entities):
    records = [r for r in RECORDS if r["_folder"] == folder]
    ids = [r["id"] for r in records]
    assert len(ids) >= documents
    assert len(ids) == len(set(ids))
    assert set(ids) == {p.stem for p in (folder / "texts").glob("*.txt")}
    assert sum(len(r["entities"]) for r in records) >= entities


def test_held_out_documents_are_not_in_the_development_set():
    sets = [{r["id"] for r in RECORDS if r["_folder"] == folder} for folder in FOLDERS]
    for one, other in itertools.combinations(sets, 2):
        assert not one & other


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["id"][:16])
def test_record_matches_its_text(record):
    text = _text(record)
    assert set(record) == {"id", "sha256", "entities", "_folder"}
    assert record["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    types = {t.id for t in shipped_typeset("default").types}
    for entity in record["entities"]:
        assert set(entity) == {"start", "end", "type", "text"}
        assert 0 <= entity["start"] < entity["end"] <= len(text)
        assert text[entity["start"]:entity["end"]] == entity["text"]
        assert entity["type"] in types
    spans = [(e["start"], e["end"], e["type"]) for e in record["entities"]]
    assert spans == sorted(spans, key=lambda s: (s[0], -s[1], s[2]))


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["id"][:16])
def test_spans_nest_never_cross(record):
    for a, b in itertools.combinations(record["entities"], 2):
        (s1, e1), (s2, e2) = (a["start"], a["end"]), (b["start"], b["end"])
        assert not (s1 < s2 < e1 < e2 or s2 < s1 < e2 < e1), (a, b)
        assert (s1, e1) != (s2, e2), (a, b)
        outer, inner = (a, b) if s1 <= s2 and e2 <= e1 else (b, a)
        if outer["start"] <= inner["start"] and inner["end"] <= outer["end"]:
            assert outer["type"] not in NO_NESTING_INSIDE, (outer, inner)


def _known() -> set[str]:
    known = set(known_words())
    for record in RECORDS:
        for entity in record["entities"]:
            known.update(fold(entity["text"][s:e]) for s, e in words(entity["text"]))
    return known


KNOWN = _known()


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["id"][:16])
def test_spans_are_whole_words_without_proclitics(record):
    text = _text(record)
    for entity in record["entities"]:
        start, end = entity["start"], entity["end"]
        word_start, word_end = word_bounds(text, start)
        if text[end - 1] == ")":  # حزيران (يونيو): a bracketed second name closes it
            assert "(" in entity["text"], entity
        elif text[end - 1] == "+":  # أوبك+: a plus sign right after the word closes it
            assert end - 1 == word_bounds(text, end - 2)[1], entity
        else:
            assert end == word_bounds(text, end - 1)[1], entity  # ends a word
        first_word = text[start:min(word_end, end)]
        assert proclitic_length(first_word, KNOWN) == 0, entity
        if word_start < start:  # only attached proclitics may stand before the span
            assert fold(text[word_start:start]) in {
                "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}, entity
