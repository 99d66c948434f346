"""How good are the entity suggestions?  Precision, recall and F1 on the entity dev set.

Scores `fasl.textlogic.suggest.suggest` against tests/data/entities/gold.jsonl:

(a) gazetteers and patterns alone, on every document;
(b) after learning from the first half: the first half's gold spans are tagged in a real
    store (accepted, reviewer ``gold``) and `fasl.store.suggesting.learned_index` reads the
    learned strings back, weighed against their untagged occurrences in those documents,
    exactly what `fasl suggest` feeds the suggester; scored on the second half.

"exact" counts a suggestion right when its span and type equal a gold entity's; "overlap"
when it overlaps a gold entity of the same type (recall: gold entities overlapped by a
suggestion of their type).  Prints markdown tables.

    /work/venv/bin/python bench/suggest_bench.py [--gold tests/data/entities] [--misses]
        [--heldout [tests/data/entities_heldout]] [--model]

With ``--model``, (e) scores the learned model (bench/train_entity_model.py) alone and
merged with the rules on the --gold set, trained on the fly (about a minute) on every
non-blind set except the --gold one.

With ``--heldout``, (c) and (d) score the held-out set, which was annotated after the
suggestion logic was tuned on the development set; general fixes have been drawn from its
misses since (tests/data/entities_heldout/README.md), so it is no longer blind.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from fasl.store.db import open_store
from fasl.store.entities import add_entity
from fasl.store.importer import import_paths
from fasl.store.suggesting import learned_index
from fasl.textlogic.suggest import LearnedIndex, build_learned, suggest

ROOT = Path(__file__).resolve().parent.parent
TYPES = ("PERS", "NORP", "OCC", "ORG", "GPE", "LOC", "FAC", "EVENT", "DATE")
TARGET_TYPES = ("PERS", "GPE", "ORG", "DATE")


@dataclass
class Doc:
    id: str
    text: str
    gold: list[tuple[int, int, str]]


@dataclass
class Score:
    """Counts per type; exact and overlap matches."""

    suggested: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)
    exact: Counter = field(default_factory=Counter)
    overlap_p: Counter = field(default_factory=Counter)  # suggestions overlapping gold
    overlap_r: Counter = field(default_factory=Counter)  # gold overlapped by a suggestion
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, doc: Doc, suggested: list[tuple[int, int, str]]) -> None:
        gold = set(doc.gold)
        found = set(suggested)

        def overlaps(a, pool):
            return any(a[2] == b[2] and a[0] < b[1] and b[0] < a[1] for b in pool)

        for span in found:
            self.suggested[span[2]] += 1
            self.exact[span[2]] += span in gold
            self.overlap_p[span[2]] += overlaps(span, gold)
            if span not in gold:
                self.wrong.append(f"{doc.id[:12]} {span[2]:5} {doc.text[span[0]:span[1]]}")
        for span in gold:
            self.gold[span[2]] += 1
            self.overlap_r[span[2]] += overlaps(span, found)
            if span not in found:
                self.misses.append(f"{doc.id[:12]} {span[2]:5} {doc.text[span[0]:span[1]]}")


def _prf(tp: int, n_sug: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sug if n_sug else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(score: Score) -> str:
    head = ("| type | gold | suggested | P | R | F1 | P overlap | R overlap |\n"
            "|---|---:|---:|---:|---:|---:|---:|---:|")
    rows = [head]
    for type_ in (*TYPES, "micro"):
        if type_ == "micro":
            g, s = sum(score.gold.values()), sum(score.suggested.values())
            tp, op, orr = (sum(score.exact.values()), sum(score.overlap_p.values()),
                           sum(score.overlap_r.values()))
        else:
            g, s, tp = score.gold[type_], score.suggested[type_], score.exact[type_]
            op, orr = score.overlap_p[type_], score.overlap_r[type_]
        p, r, f = _prf(tp, s, g)
        po = op / s if s else 0.0
        ro = orr / g if g else 0.0
        name = f"**{type_}**" if type_ in (*TARGET_TYPES, "micro") else type_
        rows.append(f"| {name} | {g} | {s} | {p:.3f} | {r:.3f} | {f:.3f} | {po:.3f} | {ro:.3f} |")
    return "\n".join(rows)


def load(folder: Path) -> list[Doc]:
    docs = []
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = (folder / "texts" / f"{record['id']}.txt").read_text(encoding="utf-8")
        docs.append(Doc(record["id"], text,
                        [(e["start"], e["end"], e["type"]) for e in record["entities"]]))
    return docs


def learned_via_store(docs: list[Doc], folder: Path) -> LearnedIndex:
    """Tag ``docs``' gold in a throwaway store and read the learned strings back."""
    with tempfile.TemporaryDirectory() as tmp:
        db = open_store(Path(tmp) / "learn.sqlite")
        db.execute("PRAGMA synchronous = OFF")
        import_paths(db, [folder / "texts" / f"{d.id}.txt" for d in docs])
        for doc in docs:
            key = db.execute("SELECT id FROM documents WHERE uid = ?", [doc.id]).fetchone()[0]
            for start, end, type_ in doc.gold:
                add_entity(db, key, "gold", start, end, type_, doc.text[start:end])
        learned = learned_index(db)
        db.close()
    return learned


def run(docs: list[Doc], sources: tuple[str, ...], learned=None) -> tuple[Score, float]:
    score = Score()
    index = build_learned(learned) if learned else None
    started = time.perf_counter()
    for doc in docs:
        found = suggest(doc.text, sources=sources, learned=index)
        score.add(doc, [(s.start, s.end, s.type) for s in found])
    return score, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "entities")
    parser.add_argument("--misses", action="store_true", help="list misses and wrong ones")
    parser.add_argument("--heldout", type=Path, nargs="?", metavar="FOLDER",
                        const=ROOT / "tests" / "data" / "entities_heldout",
                        help="also score a held-out set: (c) gazetteers + patterns on it, "
                             "(d) after learning from the whole --gold set")
    parser.add_argument("--model", action="store_true",
                        help="(e): the learned model trained on the other non-blind sets")
    args = parser.parse_args(argv)
    docs = load(args.gold)
    half = len(docs) // 2
    first, second = docs[:half], docs[half:]
    print(f"command: {' '.join([Path(sys.argv[0]).name, *(argv or sys.argv[1:])])}")
    print(f"set: {len(docs)} documents, {sum(len(d.gold) for d in docs)} gold entities\n")

    score_a, secs_a = run(docs, ("gazetteers", "patterns"))
    print(f"## (a) gazetteers + patterns, all {len(docs)} documents ({secs_a * 1000:.0f} ms)\n")
    print(table(score_a), "\n")

    learned = learned_via_store(first, args.gold)
    score_b, secs_b = run(second, ("learned", "gazetteers", "patterns"), learned)
    print(f"## (b) learned from the first {len(first)} documents ({len(learned)} strings, {learned.dropped} dropped as common words) "
          f"+ gazetteers + patterns, on the last {len(second)} ({secs_b * 1000:.0f} ms)\n")
    print(table(score_b), "\n")

    base_b, _ = run(second, ("gazetteers", "patterns"))
    print(f"## (b0) the same {len(second)} documents without learning\n")
    print(table(base_b), "\n")

    if args.heldout:
        held = load(args.heldout)
        score_c, _ = run(held, ("gazetteers", "patterns"))
        print(f"## (c) held-out: gazetteers + patterns, {len(held)} documents, "
              f"{sum(len(d.gold) for d in held)} gold entities\n")
        print(table(score_c), "\n")
        learned_all = learned_via_store(docs, args.gold)
        score_d, _ = run(held, ("learned", "gazetteers", "patterns"), learned_all)
        print(f"## (d) held-out after learning from all {len(docs)} development documents "
              f"({len(learned_all)} strings, {learned_all.dropped} dropped)\n")
        print(table(score_d), "\n")
        if args.misses:
            print("### (d) wrong\n" + "\n".join(sorted(score_d.wrong)))
            print("\n### (d) missed\n" + "\n".join(sorted(score_d.misses)) + "\n")

    if args.model:
        from train_entity_model import held_out_section

        print(held_out_section(args.gold), "\n")

    verdicts = []
    for name, score in (("a", score_a), ("b", score_b)):
        for type_ in TARGET_TYPES:
            p, r, _ = _prf(score.exact[type_], score.suggested[type_], score.gold[type_])
            ok_p = p >= 0.90
            ok_r = r >= 0.70 or name == "a"
            verdicts.append(f"({name}) {type_}: P {p:.3f} {'ok' if ok_p else 'MISSED'}"
                            + ("" if name == "a" else f", R {r:.3f} {'ok' if ok_r else 'MISSED'}"))
    print("targets (P >= 0.90 in a and b, R >= 0.70 in b):")
    print("\n".join(verdicts))
    if args.misses:
        for name, score in (("a", score_a), ("b", score_b)):
            print(f"\n### ({name}) wrong\n" + "\n".join(sorted(score.wrong)))
            print(f"\n### ({name}) missed\n" + "\n".join(sorted(score.misses)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
