"""A 100,000-document corpus: import speed with --jobs 1 and 2, store size, memory, check time.

Generates N documents (default 100,000) from the three sample articles, each made unique by
a numbered closing line (so none is skipped as a duplicate), as one JSONL crawl file. Then,
each step in its own process so that peak memory is that step's own:

* ``fasl import --jobs 1`` and ``fasl import --jobs 2`` into fresh stores (documents per
  second, the ratio, peak RSS of the writer and of its worker processes);
* the store's size on disk (after the import closed it: WAL checkpointed);
* ``fasl check`` on the store (seconds, peak RSS).

The commands are the real `fasl` entry point (`fasl.gui.cli.main`), as a user runs them.

    python bench/scale_bench.py [--docs 100000] [--workdir /tmp/fasl-scale-bench]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from fasl.resources import resource_path


def generate(path: Path, n: int) -> Path:
    if path.exists() and sum(1 for _ in path.open(encoding="utf-8")) == n:
        return path
    samples = [p.read_text(encoding="utf-8")
               for p in sorted(resource_path("samples").glob("*.txt"))]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"{samples[i % len(samples)]}\nرقم المرجع {i}\n"
            fh.write(json.dumps({"id": f"doc{i:06d}", "url": f"https://example.com/{i}",
                                 "text": text}, ensure_ascii=False) + "\n")
    return path


def child(argv: list[str]) -> None:
    """Run one `fasl` command here; print its time, status and peak memory as JSON."""
    from fasl.gui.cli import main

    start = time.perf_counter()
    status = main(argv)
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    sys.stdout.flush()
    print(json.dumps({"status": status, "seconds": seconds, "peak_mib": own.ru_maxrss / 1024,
                      "workers_peak_mib": workers.ru_maxrss / 1024,
                      "cpu": own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime}))


def run(argv: list[str]) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", *argv], capture_output=True,
                          text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise SystemExit(f"fasl {' '.join(argv)} failed:\n{done.stdout[-2000:]}"
                         f"\n{done.stderr[-2000:]}")
    result = json.loads(lines[-1])
    result["output"] = "\n".join(lines[:-1])
    return result


def _size_mib(store: Path) -> float:
    return sum(p.stat().st_size for p in store.parent.glob(store.name + "*")) / 2**20


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/fasl-scale-bench"))
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus = generate(args.workdir / "corpus.jsonl", args.docs)
    corpus_mib = corpus.stat().st_size / 2**20
    rows = []
    imports = {}
    for jobs in (1, 2):
        store = args.workdir / f"jobs{jobs}.sqlite"
        for old in args.workdir.glob(store.name + "*"):
            old.unlink()
        result = run(["import", "--jobs", str(jobs), str(store), str(corpus)])
        if result["status"] != 0 or f"{args.docs} imported" not in result["output"]:
            raise SystemExit(f"import --jobs {jobs} did not import everything: "
                             f"{result['output'][-500:]}")
        imports[jobs] = result
        rows.append((f"fasl import --jobs {jobs} STORE corpus.jsonl", result["seconds"],
                     result["cpu"], f"{args.docs / result['seconds']:,.0f} docs/s",
                     f"{result['peak_mib']:.0f} (workers {result['workers_peak_mib']:.0f})"
                     if jobs > 1 else f"{result['peak_mib']:.0f}"))
    store = args.workdir / "jobs1.sqlite"
    check = run(["check", str(store)])
    if check["status"] != 0:
        raise SystemExit(f"fasl check found problems:\n{check['output'][-2000:]}")
    rows.append(("fasl check STORE", check["seconds"], check["cpu"],
                 check["output"].split(": ", 1)[-1],
                 f"{check['peak_mib']:.0f}"))
    ratio = imports[1]["seconds"] / imports[2]["seconds"]
    print(f"command: python bench/scale_bench.py --docs {args.docs}")
    print(f"corpus: {args.docs:,} sample-sized documents, one JSONL file of {corpus_mib:,.1f} MiB;"
          f" {os.cpu_count()} CPUs, load average at the end "
          f"{os.getloadavg()[0]:.1f}\n")
    print("| command | wall s | CPU s (all processes) | rate / result | peak RSS MiB |")
    print("|---|---:|---:|---|---:|")
    for command, seconds, cpu, rate, peak in rows:
        print(f"| `{command}` | {seconds:,.1f} | {cpu:,.1f} | {rate} | {peak} |")
    print(f"\n--jobs 2 vs --jobs 1 (wall time): {ratio:.2f}x")
    print(f"store size on disk: {_size_mib(store):,.1f} MiB "
          f"({_size_mib(store) * 2**20 / args.docs:,.0f} bytes per document)")


if __name__ == "__main__":
    main()
