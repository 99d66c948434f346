"""How fast does ``fasl suggest`` pre-annotate a store, in one process and in several?

Imports the texts of every entity gold set (about 900 news stories) into two new stores and
runs `fasl.store.suggesting.suggest_store` with all sources on each, with ``--jobs`` 1 and N
worker processes, printing documents a second and the ratio measured in the same run.

    /work/venv/bin/python bench/suggest_store_bench.py [--jobs 2]
"""
from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from fasl.store.db import open_store
from fasl.store.importer import import_paths
from fasl.store.suggesting import suggest_store

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=min(os.cpu_count() or 1, 4))
    args = parser.parse_args(argv)
    texts = sorted(DATA.glob("entities*/texts/*.txt"))
    print(f"{len(texts)} documents from the entity gold sets; {os.cpu_count()} CPUs")
    rates = {}
    with tempfile.TemporaryDirectory() as tmp:
        for jobs in (1, args.jobs):
            db = open_store(Path(tmp) / f"jobs{jobs}.sqlite")
            import_paths(db, texts)
            report = suggest_store(db, "bench", jobs=jobs)
            rates[jobs] = report.done / report.seconds
            print(f"--jobs {jobs}: {report.summary()}")
            db.close()
    print(f"--jobs {args.jobs} / --jobs 1: {rates[args.jobs] / rates[1]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
