"""Export throughput per format on a big store: documents/s and MB/s written.

Builds (once, cached under --workdir) a store of N generated sample-sized documents
(default 100,000): the three sample articles, each copy made unique by a closing line
(one of four kinds: update time, reference number, promo with an emoji, each numbered),
imported with the real importer (so every document has its auto-split zones).  Then one
reviewer, ``gold``, gets for every document its own zones (the auto ones, as if confirmed),
up to six accepted entities (nested ones among them) and the state ``done``; these rows
are written in bulk SQL, since a reviewer's edits are not what is being measured.

Then, in this process, every format is exported from the store opened read-only, the way
`fasl export` does it, and the table of throughput is printed, per CPU second of this
process (steady on a shared machine) and per wall-clock second.  Outputs are deleted after
each format is measured.

    python bench/export_bench.py [--docs 100000] [--workdir /tmp/fasl-export-bench]
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import time
from pathlib import Path

from cached_store import add_store_options, cached_store

REVIEWER = "gold"
ENTITY_NAMES = [("وزير الخارجية الروسي", "OCC"), ("الروسي", "NORP"), ("سيرجي لافروف", "PERS"),
                ("لافروف", "PERS"), ("غزة", "GPE"), ("الكرملين", "ORG"), ("موسكو", "GPE"),
                ("مجلس الأمن الدولي", "ORG"), ("بوتين", "PERS"), ("القاهرة", "GPE")]
CLOSERS = ["تاريخ التحديث: {n} نوفمبر 2023", "رقم المرجع {n}", "آخر تحديث: {n}:30 بتوقيت مكة",
           "تابعونا على تطبيق الأخبار 😀 {n}"]


def _samples() -> list[str]:
    from fasl.resources import resource_path

    return [p.read_text(encoding="utf-8") for p in sorted(resource_path("samples").glob("*.txt"))]


def _entities(text: str) -> list[tuple[int, int, str]]:
    """Up to six non-crossing entities found in a sample text (first occurrences)."""
    from fasl.store.entities import crosses

    spans: list[tuple[int, int, str]] = []
    for name, type_ in ENTITY_NAMES:
        start = text.find(name)
        if start < 0:
            continue
        span = (start, start + len(name))
        if all(not crosses(span, s[:2]) and span != s[:2] for s in spans):
            spans.append((*span, type_))
        if len(spans) == 6:
            break
    return spans


def build(store: Path, n: int) -> None:
    from fasl.store.db import now, open_store
    from fasl.store.importer import import_paths
    from fasl.store.reviewers import ensure_reviewer

    samples = _samples()
    jsonl = store.with_suffix(".jsonl")
    with jsonl.open("w", encoding="utf-8") as fh:
        for i in range(n):
            closer = CLOSERS[i % len(CLOSERS)].format(n=i)
            text = f"{samples[i % len(samples)]}\n{closer}\n"
            fh.write(json.dumps({"id": f"doc{i:06d}", "text": text, "site": "bench"},
                                ensure_ascii=False) + "\n")
    partial = store.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = open_store(partial)
    started = time.perf_counter()
    report = import_paths(db, [jsonl])
    assert not report.problems, report.problems[:3]
    ensure_reviewer(db, REVIEWER)
    spans = {text: _entities(text) for text in samples}
    stamp = now()
    with db.atomic():
        db.execute("INSERT INTO segments (doc_id, reviewer, start, end, label, item, confidence,"
                   " origin) SELECT doc_id, ?, start, end, label, item, 1.0, 'human' "
                   "FROM segments WHERE reviewer = 'auto'", [REVIEWER])
        rows = []
        for doc_id, text in db.execute("SELECT id, text FROM documents").fetchall():
            sample = next(s for s in samples if text.startswith(s))
            rows += [(doc_id, REVIEWER, a, b, t, "human", "accepted", text[a:b])
                     for a, b, t in spans[sample]]
        db.conn.executemany("INSERT INTO entities (doc_id, reviewer, start, end, type, origin, "
                            "state, surface) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.execute("INSERT INTO reviews (doc_id, reviewer, state, note, seconds, updated_at) "
                   "SELECT id, ?, 'done', '', 0.0, ? FROM documents", [REVIEWER, stamp])
    db.close()
    partial.rename(store)
    jsonl.unlink()
    print(f"built {store} ({len(report.imported):,} documents, {len(rows):,} entities) in "
          f"{time.perf_counter() - started:.0f} s", file=sys.stderr)


def measure(store: Path, workdir: Path,
            formats: list[str]) -> list[tuple[str, int, float, float, int]]:
    """(format, documents, wall seconds, CPU seconds, bytes written) per format."""
    from fasl.store.db import open_store
    from fasl.store.export import export

    db = open_store(store, readonly=True)
    results = []
    for fmt in formats:
        out = workdir / f"out-{fmt}"
        started, cpu = time.perf_counter(), time.process_time()
        report = export(db, fmt, out, reviewer=REVIEWER)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        results.append((fmt, report.documents, elapsed, cpu, report.bytes))
        print(f"{fmt}: {report.documents:,} documents in {elapsed:.1f} s "
              f"({cpu:.1f} s CPU)", file=sys.stderr, flush=True)
        for path in report.files:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    return results


def main() -> None:
    from fasl.store.export import FORMATS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_store_options(parser, "/tmp/fasl-export-bench")
    parser.add_argument("--formats", nargs="+", default=list(FORMATS), choices=list(FORMATS))
    args = parser.parse_args()
    store = cached_store(__file__, args, build)
    if store is None:
        return
    results = measure(store, args.workdir, args.formats)
    print(f"fasl export of {results[0][1]:,} done documents of one reviewer "
          f"(python bench/export_bench.py --docs {args.docs})\n")
    print("Per CPU second of the exporting process, and per wall-clock second (which also "
          "counts the disk, and other programs on a busy machine).\n")
    print("| format | documents/s (CPU) | MB/s (CPU) | documents/s (wall) | MB/s (wall) "
          "| output | wall time |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for fmt, docs, elapsed, cpu, size in results:
        print(f"| {fmt} | {docs / cpu:,.0f} | {size / cpu / 1e6:.1f} | {docs / elapsed:,.0f} | "
              f"{size / elapsed / 1e6:.1f} | {size / 1e6:,.0f} MB | {elapsed:.0f} s |")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory of the exporting process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
