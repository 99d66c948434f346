"""fasl's auto-split against jusText, trafilatura and a naive cue baseline (issue #3 point 8).

All four tools run in one process on the same documents and are scored by the same code
(`fasl.textlogic.linegold.Score`, the one the tests use): line-level precision, recall and
F1 of the *appended* class (related, list, boilerplate), the share of documents with every
line right, zone accuracy (fasl only: the peers do not name zones), and how many documents
without appended material were cut anyway.

How each peer sees a document (neither was built for plain text, so each gets the most
favourable wrapping the issue allows):

* jusText: each non-blank line becomes one ``<p>`` of a minimal HTML page, classified with
  jusText's Arabic stop list; a line is main when its paragraph is not boilerplate.
* trafilatura: the lines become an ``<article>`` with the first line as ``<h1>`` and a ``<p>``
  per line; a line is main when its text (whitespace collapsed) occurs in the extracted text
  or title.
* naive baseline: everything from the first line that starts with a related-article cue or
  a list heading of the shipped lexicon (same tolerant matcher as fasl) is appended.

Speed: only the tool's own call is timed (building the HTML page is not), in CPU seconds of
this process (`time.process_time`, so other load on the machine counts less against a tool;
wall-clock figures are printed beside).  The tools take turns for ``--rounds`` rounds, each
repeating the set for its share of ``--min-seconds`` per tool, and each shows its median
round, so a change of machine load during the run hits all tools alike.  "Sample-sized"
throughput uses the three real articles in resources/samples; there fasl also runs with its
cue tries as regexes (the fallback of an install without a C compiler), same answers.

    python bench/split_bench.py [--min-seconds 2] [--rounds 5] [--set DIR ...]
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import shlex
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fasl.textlogic import cuetrie, split
from fasl.textlogic.cuematch import LEAD_CHARS, LIST, RELATED, compile_lexicon
from fasl.textlogic.lexicon import load_lexicon
from fasl.textlogic.linegold import Score, segments_to_lines
from fasl.textlogic.normalize import skeleton
from fasl.textlogic.split import split_text

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SETS = [ROOT / "tests" / "data" / "devset", ROOT / "tests" / "data" / "heldout"]
SAMPLES = ROOT / "resources" / "samples"

Lines = list[str | None]


@dataclass
class Doc:
    id: str
    text: str
    gold: Lines

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def load_set(folder: Path) -> list[Doc]:
    """Documents of a gold folder (SCHEME.md section 4); refuses a text that changed."""
    docs = []
    for raw in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        rec = json.loads(raw)
        data = (folder / f"{rec['id']}.txt").read_bytes()
        if hashlib.sha256(data).hexdigest() != rec["sha256"]:
            raise SystemExit(f"{folder / rec['id']}.txt: sha256 differs from gold.jsonl")
        docs.append(Doc(rec["id"], data.decode("utf-8"), rec["lines"]))
    return docs


# -- the tools: prepare (untimed) and run (timed) -------------------------------------------
# Each tool is (prepare, run, to_lines): prepare builds the tool's input from a Doc, run is
# the timed call, to_lines turns its output into per-line zones ("body" main, "boilerplate"
# appended, None for a blank line).

def _blank_aware(doc: Doc, main: list[bool]) -> Lines:
    out: Lines = []
    it = iter(main)
    for line in doc.lines:
        out.append(None if not line.strip() else ("body" if next(it) else "boilerplate"))
    return out


def _content_lines(doc: Doc) -> list[str]:
    return [line for line in doc.lines if line.strip()]


FASL_REGEX = "fasl, regex tries"


def fasl_tool():
    def run(text: str):
        return split_text(text)

    def to_lines(doc: Doc, segments) -> Lines:
        return segments_to_lines(doc.text, segments)[0]

    return (lambda doc: doc.text), run, to_lines


def justext_tool():
    import justext

    stoplist = justext.get_stoplist("Arabic")
    xpath_index = re.compile(r"/p\[(\d+)\]$")

    def prepare(doc: Doc) -> str:
        body = "".join(f"<p>{html.escape(line.strip())}</p>" for line in _content_lines(doc))
        return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'

    def run(page: str):
        return justext.justext(page, stoplist)

    def to_lines(doc: Doc, paragraphs) -> Lines:
        main = [False] * len(_content_lines(doc))
        for par in paragraphs:
            m = xpath_index.search(par.xpath)
            if m and not par.is_boilerplate:
                main[int(m.group(1)) - 1] = True
        return _blank_aware(doc, main)

    return prepare, run, to_lines


def trafilatura_tool():
    import trafilatura

    def prepare(doc: Doc) -> str:
        lines = [html.escape(line.strip()) for line in _content_lines(doc)]
        head = f"<h1>{lines[0]}</h1>" if lines else ""
        body = "".join(f"<p>{line}</p>" for line in lines[1:])
        return (f'<html><head><meta charset="utf-8"></head><body><article>{head}{body}'
                "</article></body></html>")

    def run(page: str):
        return trafilatura.bare_extraction(page, include_comments=False)

    def squash(s: str) -> str:
        return " ".join(s.split())

    def to_lines(doc: Doc, result) -> Lines:
        text = squash((result.text or "") if result else "")
        title = squash((result.title or "") if result else "")
        main = [bool(squash(line)) and (squash(line) in text or squash(line) == title)
                for line in _content_lines(doc)]
        return _blank_aware(doc, main)

    return prepare, run, to_lines


def naive_tool():
    matchers = compile_lexicon(load_lexicon())

    def run(text: str) -> int | None:
        """Index of the first line that opens with a related or list cue, if any."""
        sk = skeleton(text)
        pos = 0
        for n, line in enumerate(text.split("\n")):
            end = pos + len(line)
            p = pos
            while p < end and sk[p] in LEAD_CHARS:
                p += 1
            cue = matchers.head_cue(sk, p, end) if p < end else None
            if cue and (RELATED in cue[1] or LIST in cue[1]):
                return n
            pos = end + 1
        return None

    def to_lines(doc: Doc, first_cue: int | None) -> Lines:
        cut = len(doc.lines) if first_cue is None else first_cue
        return [None if not line.strip() else ("body" if n < cut else "boilerplate")
                for n, line in enumerate(doc.lines)]

    return (lambda doc: doc.text), run, to_lines


TOOLS: dict[str, Callable] = {
    "fasl": fasl_tool,
    "jusText": justext_tool,
    "trafilatura": trafilatura_tool,
    "naive first cue": naive_tool,
}


# -- measuring -------------------------------------------------------------------------------

@dataclass
class Speed:
    """Documents per second of one tool: the median over rounds, CPU and wall clock."""

    docs: int = 0
    cpu_rates: list[float] = field(default_factory=list)
    wall_rates: list[float] = field(default_factory=list)

    @property
    def per_s(self) -> float:
        return statistics.median(self.cpu_rates)

    @property
    def wall_per_s(self) -> float:
        return statistics.median(self.wall_rates)


def time_round(run: Callable, inputs: list, seconds: float, speed: Speed) -> None:
    """Run ``run`` over ``inputs`` until ``seconds`` of CPU time; add the rate to ``speed``."""
    docs, cpu0, wall0 = 0, time.process_time(), time.perf_counter()
    while True:
        for item in inputs:
            run(item)
        docs += len(inputs)
        cpu = time.process_time() - cpu0
        if cpu >= seconds:
            speed.docs += docs
            speed.cpu_rates.append(docs / cpu)
            speed.wall_rates.append(docs / (time.perf_counter() - wall0))
            return


def timed_side_by_side(tools: dict[str, tuple], docs: list[Doc], min_seconds: float,
                       rounds: int) -> dict[str, Speed]:
    """Time every tool in turn, ``rounds`` times, so a change in machine load hits all alike.

    Each tool gets ``min_seconds`` of CPU time in total; its figure is the median round.
    """
    inputs = {name: [prepare(d) for d in docs] for name, (prepare, _, _) in tools.items()}
    for name, (_, run, _) in tools.items():  # warm-up: caches, compiled lexicon, imports
        for item in inputs[name]:
            run(item)
    speeds = {name: Speed() for name in tools}
    for _ in range(rounds):
        for name, (_, run, _) in tools.items():
            time_round(run, inputs[name], min_seconds / rounds, speeds[name])
    return speeds


def score(prepare, run, to_lines, docs: list[Doc]) -> Score:
    """Line-level counts for one tool (peers name no zones: their zone accuracy is not shown)."""
    result = Score()
    for doc in docs:
        result.add(doc.id, doc.gold, to_lines(doc, run(prepare(doc))))
    return result


def fmt_rate(x: float) -> str:
    return f"{x:,.0f}"


def table(name: str, docs: list[Doc], rows: list[tuple[str, Score, Speed]]) -> str:
    clean = rows[0][1].clean_docs
    lines = [
        f"### {name}: {len(docs)} documents, {clean} without appended material, "
        f"{rows[0][1].lines} scored lines",
        "",
        "| tool | P appended | R appended | F1 appended | exact docs | zone acc. | clean docs cut "
        "| docs/s (CPU) | docs/s (wall) | docs timed |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for tool, s, sp in rows:
        zone = f"{s.zone_accuracy:.3f}" if tool == "fasl" else "n/a"
        lines.append(
            f"| {tool} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
            f"{s.exact_rate:.3f} ({s.exact_docs}/{s.docs}) | {zone} | "
            f"{s.clean_docs_cut}/{s.clean_docs} | {fmt_rate(sp.per_s)} | {fmt_rate(sp.wall_per_s)} | "
            f"{sp.docs} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-seconds", type=float, default=2.0,
                        help="CPU seconds each tool is timed on each set (default 2)")
    parser.add_argument("--rounds", type=int, default=5,
                        help="the tools take turns this many times; each reports its median")
    parser.add_argument("--set", dest="sets", type=Path, action="append",
                        help="gold folder(s); default tests/data/devset and, if present, heldout")
    args = parser.parse_args(argv)
    sets = args.sets or [d for d in DEFAULT_SETS if (d / "gold.jsonl").exists()]

    print("command: python " + " ".join(shlex.quote(a) for a in [
        str(Path(sys.argv[0]).resolve().relative_to(ROOT)) if Path(sys.argv[0]).resolve().is_relative_to(ROOT)
        else sys.argv[0], *sys.argv[1:]]))
    print("fasl's cue tries: " + ("the compiled walk (fasl.textlogic._cuetrie)" if cuetrie.COMPILED
                                  else "regexes (fasl.textlogic._cuetrie is not built)"))
    print("fasl's splitter: " + ("compiled by mypyc" if split.COMPILED else
                                 "plain Python (an editable install, or built without mypyc)"))
    print(f"python {sys.version.split()[0]}; timing: CPU time of the tool call only, "
          f">= {args.min_seconds:g} s per tool and set, taken in {args.rounds} alternating rounds "
          "(median round shown)\n")
    tools = {name: make() for name, make in TOOLS.items()}

    failed_targets: list[str] = []
    for folder in sets:
        docs = load_set(folder)
        speeds = timed_side_by_side(tools, docs, args.min_seconds, args.rounds)
        rows = [(name, score(prepare, run, to_lines, docs), speeds[name])
                for name, (prepare, run, to_lines) in tools.items()]
        rel = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
        print(table(str(rel), docs, rows))
        fasl_row, jt_row = rows[0], rows[1]
        ratio = fasl_row[2].per_s / jt_row[2].per_s
        print(f"\nfasl / jusText throughput on this set: {ratio:.1f}x")
        if fasl_row[1].failures:
            print("fasl documents with a wrong line: " + ", ".join(fasl_row[1].failures))
        print()
        f = fasl_row[1]
        if f.f1 < 0.98:
            failed_targets.append(f"{rel}: F1 {f.f1:.3f} < 0.98")
        if f.exact_rate < 0.95:
            failed_targets.append(f"{rel}: exact {f.exact_rate:.3f} < 0.95")
        if f.clean_docs_cut:
            failed_targets.append(f"{rel}: {f.clean_docs_cut} clean documents cut")

    samples = [Doc(p.stem, p.read_text(encoding="utf-8"), []) for p in sorted(SAMPLES.glob("*.txt"))]
    sizes = ", ".join(f"{len(d.text):,}" for d in samples)
    print(f"### sample-sized documents: the {len(samples)} articles in resources/samples "
          f"({sizes} characters)\n")
    print("| tool | docs/s (CPU) | docs/s (wall) | docs timed |")
    print("|---|---|---|---|")
    sample_tools = dict(tools)
    if cuetrie.COMPILED:
        sample_tools[FASL_REGEX] = ((lambda doc: doc.text),
                                    lambda text: split_text(text, compiled=False), None)
    speeds = timed_side_by_side(sample_tools, samples, args.min_seconds, args.rounds)
    for name, sp in speeds.items():
        print(f"| {name} | {fmt_rate(sp.per_s)} | {fmt_rate(sp.wall_per_s)} | {sp.docs} |")
    ratio = speeds["fasl"].per_s / speeds["jusText"].per_s
    print(f"\nfasl / jusText throughput on sample-sized documents: {ratio:.1f}x")
    if FASL_REGEX in speeds:
        print(f"{FASL_REGEX} / jusText: {speeds[FASL_REGEX].per_s / speeds['jusText'].per_s:.1f}x; "
              f"the compiled walk is {speeds['fasl'].per_s / speeds[FASL_REGEX].per_s:.2f}x "
              "the regex tries")
    if speeds["fasl"].per_s < 2000:
        failed_targets.append(f"samples: {speeds['fasl'].per_s:,.0f} docs/s < 2000")
    if ratio < 10:
        failed_targets.append(f"samples: {ratio:.1f}x jusText < 10x")
    print("\nissue #3 targets: " + ("all met" if not failed_targets else "MISSED: " + "; ".join(failed_targets)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
