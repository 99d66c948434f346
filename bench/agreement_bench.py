"""How far do two annotators agree on entities, and how far is the suggester from them?

Sets 21, 22 and 23 were each annotated twice, independently, with the same written
conventions (`tests/data/entities_heldoutN/gold.jsonl` and `.../second/gold.jsonl`; neither
annotator saw the other's work or any suggestion).  Their agreement is the ceiling an
exact-span suggester can be expected to reach; this prints it beside the shipped
suggester's agreement with each annotator, per type, with fasl's own team arithmetic
(`fasl.textlogic.agreement`: F1 = 2 * matched / (|A| + |B|), exact and overlapping spans).

    /work/venv/bin/python bench/agreement_bench.py [--sets 21 22 23]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from fasl.textlogic.agreement import SpanCounts, entity_counts, total_counts
from fasl.textlogic.suggest import SOURCES, suggest

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
TYPES = ("PERS", "ORG", "GPE", "DATE")

Spans = dict[str, list[tuple[int, int, str]]]


def read_gold(path: Path) -> Spans:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {r["id"]: [(e["start"], e["end"], e["type"]) for e in r["entities"]] for r in rows}


def agreement(a: Spans, b: Spans) -> dict[str, SpanCounts]:
    """Per type (and ``all``), counts summed over the documents both hold."""
    totals: dict[str, SpanCounts] = {}
    for doc_id in sorted(a.keys() & b.keys()):
        for type_, counts in entity_counts(a[doc_id], b[doc_id]).items():
            totals[type_] = totals.get(type_, SpanCounts()) + counts
    totals["all"] = total_counts(totals.values())
    return totals


def cells(counts: dict[str, SpanCounts]) -> str:
    def f(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    return " | ".join(f"{f(counts[t].exact_f1)} / {f(counts[t].partial_f1)}"
                      if t in counts else "n/a" for t in (*TYPES, "all"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", default=["21", "22", "23"])
    args = parser.parse_args(argv)
    print("| exact / overlap F1 | " + " | ".join((*TYPES, "all")) + " |")
    print("|---" * 6 + "|")
    for n in args.sets:
        folder = DATA / f"entities_heldout{n}"
        first, second = read_gold(folder / "gold.jsonl"), read_gold(folder / "second" / "gold.jsonl")
        suggested = {doc_id: [(s.start, s.end, s.type) for s in suggest(
            (folder / "texts" / f"{doc_id}.txt").read_text(encoding="utf-8"), sources=SOURCES)]
            for doc_id in first}
        print(f"| set {n}: annotator 1 vs 2 ({len(first.keys() & second.keys())} docs) | "
              f"{cells(agreement(first, second))} |")
        print(f"| set {n}: suggester vs annotator 1 | {cells(agreement(first, suggested))} |")
        print(f"| set {n}: suggester vs annotator 2 | {cells(agreement(second, suggested))} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
