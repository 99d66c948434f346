"""The big generated store a benchmark measures, built once and kept under its workdir.

Building 100,000 documents takes minutes, so the store is cached; it is built in a child
process (the benchmark script run again with ``--build-only``) so that the building's
memory never counts in the measuring process's peak.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path


def add_store_options(parser: argparse.ArgumentParser, workdir: str) -> None:
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=Path(workdir))
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)


def cached_store(script: str, args: argparse.Namespace,
                 build: Callable[[Path, int], None]) -> Path | None:
    """The store's path, built first if missing; None when this run only had to build it."""
    args.workdir.mkdir(parents=True, exist_ok=True)
    store = args.workdir / f"store-{args.docs}.sqlite"
    if args.build_only:
        build(store, args.docs)
        return None
    if not store.exists():
        subprocess.run([sys.executable, script, "--docs", str(args.docs), "--workdir",
                        str(args.workdir), "--build-only"], check=True)
    return store
