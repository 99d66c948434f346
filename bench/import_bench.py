"""How fast `fasl import` stores sample-sized documents, and at what peak memory.

Generates N documents (default 10,000) from the three sample articles, each made unique by a
numbered closing line so deduplication does not skip them, as one file per document and as
one JSONL file.  Each measurement runs in its own process so peak RSS is its own.  The peer,
measured in the same run, is a bare sqlite-utils `insert_all` of the same texts (no decoding,
auto-split, search index or history): the ratio shows what fasl's extra work costs.

    python bench/import_bench.py [--docs 10000] [--workdir /tmp/fasl-import-bench]
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from fasl.resources import resource_path


def _texts(n: int) -> list[str]:
    samples = [p.read_text(encoding="utf-8") for p in sorted(resource_path("samples").glob("*.txt"))]
    return [f"{samples[i % len(samples)]}\nرقم المرجع {i}\n" for i in range(n)]


def generate(workdir: Path, n: int) -> tuple[Path, Path]:
    files_dir, jsonl = workdir / "files", workdir / "corpus.jsonl"
    if files_dir.exists() and len(list(files_dir.iterdir())) == n and jsonl.exists():
        return files_dir, jsonl
    shutil.rmtree(files_dir, ignore_errors=True)
    files_dir.mkdir(parents=True)
    texts = _texts(n)
    for i, text in enumerate(texts):
        (files_dir / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")
    with jsonl.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"doc{i:06d}", "url": f"https://example.com/{i}",
                                 "text": text}, ensure_ascii=False) + "\n")
    return files_dir, jsonl


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(mode: str, source: Path, store: Path) -> dict[str, float]:
    """Runs inside a child process: one import, its time and peak memory."""
    store.unlink(missing_ok=True)
    start = time.perf_counter()
    if mode == "peer":
        from sqlite_utils import Database

        db = Database(store)
        rows = ({"id": i, "text": line and json.loads(line)["text"]}
                for i, line in enumerate(source.open(encoding="utf-8")))
        with db.atomic():
            db["documents"].insert_all(rows, pk="id", batch_size=200)
        count = db["documents"].count
    else:
        from fasl.store.db import open_store
        from fasl.store.importer import import_paths

        db = open_store(store)
        report = import_paths(db, [source])
        count = len(report.imported)
        assert not report.problems, report.problems[:3]
    seconds = time.perf_counter() - start
    return {"docs": count, "seconds": seconds, "peak_mib": _peak_mib(),
            "store_mib": store.stat().st_size / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/fasl-import-bench"))
    parser.add_argument("--child", nargs=3, metavar=("MODE", "SOURCE", "STORE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, source, store = args.child
        print(json.dumps(run_one(mode, Path(source), Path(store))))
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    files_dir, jsonl = generate(args.workdir, args.docs)
    results = {}
    for mode, source in (("peer", jsonl), ("files", files_dir), ("jsonl", jsonl)):
        out = subprocess.run([sys.executable, __file__, "--child", mode, str(source),
                              str(args.workdir / f"{mode}.sqlite")],
                             check=True, capture_output=True, text=True).stdout
        results[mode] = json.loads(out.strip().splitlines()[-1])
    peer_rate = results["peer"]["docs"] / results["peer"]["seconds"]
    print(f"fasl import of {args.docs:,} sample-sized documents "
          f"(python bench/import_bench.py --docs {args.docs})\n")
    print("| input | docs | seconds | docs/s | vs bare insert | peak RSS MiB | store MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    labels = {"peer": "bare sqlite-utils insert (peer)", "files": "fasl import, one file per doc",
              "jsonl": "fasl import, one JSONL file"}
    for mode, r in results.items():
        rate = r["docs"] / r["seconds"]
        print(f"| {labels[mode]} | {r['docs']:,} | {r['seconds']:.2f} | {rate:,.0f} | "
              f"{rate / peer_rate:.3f} | {r['peak_mib']:.0f} | {r['store_mib']:.1f} |")


if __name__ == "__main__":
    main()
