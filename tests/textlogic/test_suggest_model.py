"""The learned entity model: tokens that keep SCHEME.md's clitic rule, training, tagging, and
the ``model`` source switch."""
from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from fasl.textlogic.suggest import SOURCES, suggest
from fasl.textlogic.suggest.model import (
    ModelError,
    load_entity_model,
    shipped_model_path,
    train_entity_model,
)
from fasl.textlogic.suggest.tokens import bio, layers, spans_of, tokenize
from hypothesis import given, settings
from hypothesis import strategies as st

DATA = Path(__file__).resolve().parents[1] / "data"


def _gold(folder: Path, limit: int | None = None) -> list[tuple[str, list[tuple[int, int, str]]]]:
    pairs = []
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()[:limit]:
        record = json.loads(line)
        text = (folder / "texts" / f"{record['id']}.txt").read_text(encoding="utf-8")
        pairs.append((text, [(e["start"], e["end"], e["type"]) for e in record["entities"]]))
    return pairs


def _round_trip(text: str, spans: list[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    tokens = tokenize(text)
    back = set()
    for layer in layers(spans):
        labels, lost = bio(tokens, layer)
        assert lost == 0
        back |= {(s, e, t) for s, e, t, _, _ in spans_of(tokens, labels)}
    return back


def test_clitics_leave_the_span_with_tashkeel_and_emoji() -> None:
    text = "😀 وَلِرُوسيا قال الرئيسُ للجزيرة وبالكرملين: بوتين."
    tokens = [text[t.start:t.end] for t in tokenize(text)]
    assert tokens == ["😀", "وَ", "لِ", "رُوسيا", "قال", "الرئيسُ", "ل", "لجزيرة",
                      "و", "ب", "الكرملين", ":", "ب", "وتين", "."]
    start = text.index("رُوسيا")  # code points: the emoji is one
    assert start == 6
    spans = [(start, start + 6, "GPE"), (text.index("لجزيرة"), text.index("لجزيرة") + 6, "ORG"),
             (text.index("الكرملين"), text.index("الكرملين") + 8, "ORG"),
             (text.index("بوتين"), text.index("بوتين") + 5, "PERS")]
    assert _round_trip(text, spans) == set(spans)


def test_every_dev_gold_span_is_expressible() -> None:
    """Token edges fall on every gold span edge; only spans both inside one and around
    another (neither layer) are lost, under 2 % of them."""
    total = outside = 0
    for text, gold in _gold(DATA / "entities"):
        back = _round_trip(text, gold)
        assert back <= set(gold)
        total += len(set(gold))
        outside += len(set(gold) - back)
    assert outside / total < 0.02, (outside, total)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["و", "ب", "ل", "ك", "ف", "ال", "روسيا", "َ", "😀", " ", ".",
                                 "\n", "بوتين", "١٢", "x"]), max_size=25))
def test_tokens_tile_the_text_without_spaces(pieces: list[str]) -> None:
    text = "".join(pieces)
    tokens = tokenize(text)
    covered = "".join(text[t.start:t.end] for t in tokens)
    assert covered == "".join(ch for ch in text if not ch.isspace())
    assert all(t.start < t.end for t in tokens)
    assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))


def test_a_tiny_model_trains_on_real_gold_and_tags(tmp_path: Path) -> None:
    pairs = _gold(DATA / "entities", limit=6)
    path = tmp_path / "tiny.crfsuite"
    model = train_entity_model(pairs, path, stacking=False, max_iterations=40)
    assert path.stat().st_size > 0
    again = load_entity_model(path)
    assert not again.stacking and again.info["documents"] == 6
    text, gold = pairs[0]
    found = again.find(text)
    assert found == model.find(text)
    assert all(0 <= s.start < s.end <= len(text) and 0.0 <= s.confidence <= 1.0 for s in found)
    assert all(s.source == "model" for s in found)
    # Trained on this document: most of its outer-layer names come back exactly.
    outer = set(layers(gold)[0])
    hits = outer & {(s.start, s.end, s.type) for s in found}
    assert len(hits) >= 0.5 * len(outer)


def test_training_needs_documents(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no documents"):
        train_entity_model([("", [])], tmp_path / "x.crfsuite", stacking=False)


def test_a_bad_model_file_names_itself(tmp_path: Path) -> None:
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError, match=r"bad\.crfsuite"):
        load_entity_model(bad)
    truncated = tmp_path / "short.crfsuite"
    truncated.write_bytes(shipped_model_path().read_bytes()[:-100])
    with pytest.raises(ModelError, match=r"short\.crfsuite"):
        load_entity_model(truncated)


def test_the_shipped_model_finds_a_person_and_a_place() -> None:
    text = "استقبل الرئيس الفرنسي إيمانويل ماكرون في باريس أمس وزير الخارجية."
    found = {(text[s.start:s.end], s.type) for s in suggest(text, sources=("model",))}
    assert ("إيمانويل ماكرون", "PERS") in found
    assert ("باريس", "GPE") in found


def test_the_model_source_switches_on_and_off() -> None:
    assert "model" in SOURCES
    text = "قال المتحدث باسم شركة نفط الشمال سامر الحديثي إن الإنتاج ارتفع في كركوك."
    off = suggest(text, sources=("gazetteers", "patterns"))
    on = suggest(text, sources=("gazetteers", "patterns", "model"))
    alone = suggest(text, sources=("model",))
    assert all(s.source != "model" for s in off)
    assert alone and all(s.source == "model" for s in alone)
    assert {s.source for s in on} <= {"gazetteers", "patterns", "model"}
    for a in on:  # merged: spans nest but never cross
        for b in on:
            assert not (a.start < b.start < a.end < b.end)
