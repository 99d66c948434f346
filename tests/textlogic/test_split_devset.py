"""The auto-splitter against the development set's line gold (tests/data/devset).

One test per document, so a regression names the document that broke and the first line
it got wrong.  The line view is the benchmark's (`fasl.textlogic.linegold`); a second test
holds the splitter to the gold's character segments too, which is where in-line cuts
(a cue glued to the last sentence) are checked.  tests/textlogic/test_devset_gold.py checks
the gold files themselves.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from fasl.textlogic.linegold import Score, gold_to_segments, segments_to_lines
from fasl.textlogic.split import split_text

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset"
RECORDS = [json.loads(raw) for raw in (DEVSET / "gold.jsonl").read_text(encoding="utf-8").splitlines()
           if raw.strip()]
IDS = [r["id"] for r in RECORDS]


def _text(rec: dict) -> str:
    return (DEVSET / f"{rec['id']}.txt").read_bytes().decode("utf-8")


def _first_wrong(text: str, gold: list, pred: list, what: str) -> str | None:
    for n, (g, p) in enumerate(zip(gold, pred, strict=True)):
        if g != p:
            line = text.split("\n")[n]
            return f"line {n}: {what} gold {g!r}, split {p!r}: {line[:70]!r}"
    return None


@pytest.mark.parametrize("rec", RECORDS, ids=IDS)
def test_line_zones_and_items_match_gold(rec: dict) -> None:
    text = _text(rec)
    lines, items = segments_to_lines(text, split_text(text))
    wrong = _first_wrong(text, rec["lines"], lines, "zone") or _first_wrong(
        text, rec["items"], items, "item")
    assert wrong is None, f"{rec['id']}: {wrong}"


@pytest.mark.parametrize("rec", RECORDS, ids=IDS)
def test_character_segments_match_gold(rec: dict) -> None:
    """Boundaries, zones and items to the character, in-line cuts included."""
    text = _text(rec)
    got = [(s.start, s.end, str(s.label), s.item) for s in split_text(text)]
    want = [(s.start, s.end, str(s.label), s.item) for s in gold_to_segments(text, rec)]
    if got != want:
        first = next((n for n, (a, b) in enumerate(zip(got, want, strict=False)) if a != b),
                     min(len(got), len(want)))
        at = (got + want)[first][0] if first < max(len(got), len(want)) else len(text)
        pytest.fail(f"{rec['id']}: segment {first} differs near offset {at} "
                    f"({text[at:at + 40]!r}): split {got[first:first + 2]}, gold {want[first:first + 2]}")


def test_devset_meets_issue_targets() -> None:
    """The issue's acceptance figures, counted exactly as bench/split_bench.py counts them."""
    score = Score()
    for rec in RECORDS:
        text = _text(rec)
        lines, _ = segments_to_lines(text, split_text(text))
        score.add(rec["id"], rec["lines"], lines)
    assert score.clean_docs >= 10
    assert score.clean_docs_cut == 0
    assert score.f1 >= 0.98, (score.f1, score.failures)
    assert score.exact_rate >= 0.95, (score.exact_rate, score.failures)
