"""Train the learned entity model (a CRF) on the gold entity sets, and measure it honestly.

    # rebuild the shipped model (resources/models/entities.crfsuite) from every set but the
    # blind ones (entities_heldout30, 31 and 32):
    /work/venv/bin/python bench/train_entity_model.py build
    # leave-one-set-out: train on every non-blind set but one, score rules / model / both
    /work/venv/bin/python bench/train_entity_model.py loso [--folds entities_heldout8 ...]
    # the one blind run: train on all non-blind sets, score on entities_heldout30 to 32
    /work/venv/bin/python bench/train_entity_model.py blind
    # ms per document for suggest() with and without the shipped model
    /work/venv/bin/python bench/train_entity_model.py timing
    # operating points (which rule spans the model must confirm, per-type floors), scored on
    # --folds with a model trained without them
    /work/venv/bin/python bench/train_entity_model.py points --folds entities_heldout24 ...

Scores are exact spans (span and type equal a gold entity's), as in bench/suggest_bench.py,
whose reading and scoring this script imports.  The rule sources were tuned on most of the
training sets, so their (stacked) features look more reliable in training than on new text;
only the held-out figures judge that.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from fasl.textlogic.suggest import combine_model, suggest
from fasl.textlogic.suggest.model import (
    DEFAULTS,
    load_entity_model,
    shipped_model_path,
    train_entity_model,
)
from suggest_bench import ROOT, Doc, Score, _prf, load

DATA = ROOT / "tests" / "data"
# Sets 9-29 were blind until each was measured once and studied (their READMEs say when);
# since then they train the model too.  The blind ones are left out of everything here.
BLIND = ("entities_heldout30", "entities_heldout31", "entities_heldout32")
TRAIN_SETS = ("entities", "entities_heldout", *(f"entities_heldout{n}" for n in range(2, 30)))
SHOWN = ("PERS", "ORG", "GPE", "DATE")
_RULES: dict[str, list] = {}


def rules_of(text: str) -> list:
    """The rule suggestions (gazetteers + patterns), cached: each set is scored many times."""
    if text not in _RULES:
        _RULES[text] = suggest(text, sources=("gazetteers", "patterns"))
    return _RULES[text]


def docs_of(names) -> list[Doc]:
    return [d for name in names for d in load(DATA / name)]


def train(names, path: Path, stacking: bool, **params):
    docs = docs_of(names)
    return train_entity_model(((d.text, d.gold) for d in docs), path, stacking=stacking,
                              rules_of=rules_of, note="trained on " + ", ".join(names),
                              **params)


def row(label: str, score: Score) -> str:
    cells = []
    for type_ in (*SHOWN, "micro"):
        if type_ == "micro":
            tp, s, g = (sum(score.exact.values()), sum(score.suggested.values()),
                        sum(score.gold.values()))
        else:
            tp, s, g = score.exact[type_], score.suggested[type_], score.gold[type_]
        p, r, f = _prf(tp, s, g)
        cells.append(f"{p:.3f} / {r:.3f}" + (f" / {f:.3f}" if type_ == "micro" else ""))
    return f"| {label} | " + " | ".join(cells) + " |"


HEAD = ("| source | PERS P / R | ORG P / R | GPE P / R | DATE P / R | micro P / R / F1 |\n"
        "|---|---|---|---|---|---|")


def evaluate(docs: list[Doc], models: dict, floors=(0.0,), lone=(0.0,)) -> list[str]:
    """Rows for rules alone, each model alone and each model combined with the rules.

    ``floors``: confidence floors for every model span; ``lone``: a further floor for model
    spans that no rule span overlaps (rows marked "lone >=")."""
    scores: dict[str, Score] = {"rules (a)": Score()}
    for doc in docs:
        rules = rules_of(doc.text)
        scores["rules (a)"].add(doc, [(s.start, s.end, s.type) for s in rules])
        for name, model in models.items():
            found = model.find(doc.text, rules=rules)
            for floor, alone_floor in ((f, a) for f in floors
                                       for a in sorted({max(x, f) for x in lone})):
                kept = [s for s in found if s.confidence >= floor and (
                    s.confidence >= alone_floor
                    or any(r.start < s.end and s.start < r.end for r in rules))]
                tag = f"{name} >= {floor}" if floor else name
                tag += f", lone >= {alone_floor}" if alone_floor > floor else ""
                for mode in ("alone", "fill", "merge"):
                    key = f"{tag}, {mode}"
                    out = (combine_model([], kept, "merge") if mode == "alone"
                           else combine_model(rules, kept, mode))
                    spans = [(s.start, s.end, s.type) for s in out]
                    scores.setdefault(key, Score()).add(doc, spans)
    return [row(k, v) for k, v in scores.items()]


def loso(args) -> None:
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    print(f"parameters: {params}\n")
    for held in args.folds:
        names = [n for n in TRAIN_SETS if n != held]
        docs = load(DATA / held)
        models = {}
        with tempfile.TemporaryDirectory() as tmp:
            for stacking in args.stacking:
                started = time.perf_counter()
                name = "model+stack" if stacking else "model"
                kept = args.keep and args.keep / f"{held}-{name}-{params['c1']}.crfsuite"
                if kept and kept.exists():
                    models[name] = load_entity_model(kept)
                    continue
                out = kept or Path(tmp) / f"{name}.crfsuite"
                models[name] = train(names, out, stacking, **params)
                print(f"{held}: trained {name} in {time.perf_counter() - started:.0f} s",
                      file=sys.stderr)
        print(f"### held out: {held} ({len(docs)} documents, "
              f"{sum(len(d.gold) for d in docs)} gold entities; trained on the other "
              f"{len(names)} non-blind sets)\n")
        print(HEAD)
        print("\n".join(evaluate(docs, models, args.floors, args.lone)), "\n", flush=True)


def build(args) -> None:
    path = args.out or shipped_model_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    train(TRAIN_SETS, path, not args.no_stacking, c1=args.c1, c2=args.c2,
          max_iterations=args.iterations)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB) in "
          f"{time.perf_counter() - started:.0f} s from {', '.join(TRAIN_SETS)}")


def blind(args) -> None:
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    print(f"parameters: {params}; trained on {', '.join(TRAIN_SETS)}\n")
    with tempfile.TemporaryDirectory() as tmp:
        models = {("model+stack" if s else "model"):
                  train(TRAIN_SETS, Path(tmp) / f"{s}.crfsuite", s, **params)
                  for s in args.stacking}
    for held in BLIND:
        docs = load(DATA / held)
        print(f"### blind: {held} ({len(docs)} documents, "
              f"{sum(len(d.gold) for d in docs)} gold entities)\n")
        print(HEAD)
        print("\n".join(evaluate(docs, models, args.floors)), "\n", flush=True)


def held_out_section(gold: Path) -> str:
    """Markdown for suggest_bench.py: rules, model and rules + model on ``gold``, the model
    trained on the fly on every non-blind set except ``gold`` itself (never on the blind
    sets), so the figures are never inflated by training on the measured documents."""
    names = [n for n in TRAIN_SETS if (DATA / n).resolve() != gold.resolve()]
    docs = load(gold)
    with tempfile.TemporaryDirectory() as tmp:
        model = train(names, Path(tmp) / "m.crfsuite", True)
    lines = [f"## (e) learned model (CRF, stacked on the rules) trained on {len(names)} sets "
             f"({', '.join(names)}), scored on {gold.name}\n", HEAD,
             *(r for r in evaluate(docs, {"model": model}) if "fill" not in r)]
    return "\n".join(lines)


def timing(args) -> None:
    """ms per document for suggest() with and without the shipped model, all non-blind docs."""
    docs = docs_of(TRAIN_SETS)
    started = time.perf_counter()
    from fasl.textlogic.suggest.model import default_model

    default_model()
    load_ms = (time.perf_counter() - started) * 1000
    print(f"{len(docs)} documents; loading the shipped model once: {load_ms:.0f} ms\n")
    for sources in (("gazetteers", "patterns"), ("gazetteers", "patterns", "model"),
                    ("model",)):
        for doc in docs[:5]:  # warm caches (gazetteers, regexes)
            suggest(doc.text, sources=sources)
        started = time.perf_counter()
        for doc in docs:
            suggest(doc.text, sources=sources)
        per = (time.perf_counter() - started) * 1000 / len(docs)
        print(f"suggest(sources={'+'.join(sources)}): {per:.1f} ms per document")


# Operating points for suggest() with the model (its CONFIRMED_TYPES and MODEL_TYPE_FLOORS):
# which rule types the model must confirm, and per-type floors for its own spans.
POINTS = {
    "pooled, model >= 0.5 (before 2026-12-02)": ((), {}),
    "rule ORG confirmed": (("ORG",), {}),
    "rule ORG confirmed, model ORG >= 0.7": (("ORG",), {"ORG": 0.7}),
    "rule ORG/PERS confirmed, model ORG >= 0.7, PERS >= 0.6 (shipped)":
        (("ORG", "PERS"), {"ORG": 0.7, "PERS": 0.6}),
    "model ORG >= 0.7 only": ((), {"ORG": 0.7}),
}


def points(args) -> None:
    """Train on every non-blind set but the --folds, score each operating point on them."""
    from fasl.textlogic.suggest.gazetteer import default_gazetteers
    from fasl.textlogic.suggest.base import Doc as Words
    from fasl.textlogic.suggest.pooled import tidy_pooled

    names = [n for n in TRAIN_SETS if n not in args.folds]
    with tempfile.TemporaryDirectory() as tmp:
        model = train(names, Path(tmp) / "points.crfsuite", True)
    docs = docs_of(args.folds)
    runs = [(d, rules_of(d.text)) for d in docs]
    runs = [(d, rules, [s for s in model.find(d.text, rules=rules) if s.confidence >= 0.5])
            for d, rules in runs]
    print(f"### {', '.join(args.folds)} ({len(docs)} documents), the model trained on the other "
          f"{len(names)} non-blind sets\n")
    print(HEAD)
    for label, (confirmed_types, floors) in POINTS.items():
        score = Score()
        for doc, rules, found in runs:
            confirmed = {(s.start, s.end, s.type) for s in found}
            kept_rules = [s for s in rules if s.type not in confirmed_types
                          or (s.start, s.end, s.type) in confirmed]
            kept = [s for s in found if s.confidence >= floors.get(s.type, 0.5)]
            out = tidy_pooled(Words.of(doc.text), combine_model(kept_rules, kept, "merge"),
                              default_gazetteers())
            score.add(doc, [(s.start, s.end, s.type) for s in out])
        print(row(label, score))
    print()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("loso", "build", "blind", "timing", "points"))
    parser.add_argument("--folds", nargs="+",
                        default=["entities_heldout6", "entities_heldout7", "entities_heldout8"])
    parser.add_argument("--c1", type=float, default=DEFAULTS["c1"])
    parser.add_argument("--c2", type=float, default=DEFAULTS["c2"])
    parser.add_argument("--iterations", type=int, default=DEFAULTS["max_iterations"])
    parser.add_argument("--stacking", type=int, nargs="+", default=[0, 1],
                        help="which variants to train: 0 plain, 1 stacked (loso, blind)")
    parser.add_argument("--floors", type=float, nargs="+", default=[0.0],
                        help="confidence floors for model spans")
    parser.add_argument("--lone", type=float, nargs="+", default=[0.0],
                        help="further floors for model spans that no rule span overlaps")
    parser.add_argument("--keep", type=Path, help="loso: keep (and reuse) fold models here")
    parser.add_argument("--no-stacking", action="store_true", help="build: a plain model")
    parser.add_argument("--out", type=Path, help="build: write here instead")
    args = parser.parse_args(argv)
    print(f"command: train_entity_model.py {' '.join(argv or sys.argv[1:])}\n")
    {"loso": loso, "build": build, "blind": blind, "timing": timing,
     "points": points}[args.command](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
