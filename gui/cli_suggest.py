"""``fasl suggest STORE``: pre-annotate a whole store with entity suggestions, headless.

The loop lives in `fasl.store.suggesting`; this module only parses the options and shows
progress: a bar with the count and the rate when stderr is a terminal, and always one
summary line at the end (also after Ctrl+C, with what was committed before it).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from fasl.gui import cli_care
from fasl.gui.cli import CliError

BAR_WIDTH = 30


def _sources(value: str) -> tuple[str, ...]:
    from fasl.textlogic.suggest import SOURCES

    names = tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    bad = [n for n in names if n not in SOURCES]
    if bad or not names:
        raise argparse.ArgumentTypeError(
            f"unknown source(s) {', '.join(bad) or '(none)'}; choose from {','.join(SOURCES)}")
    return names


def _bar(stream):
    """A progress callback drawing ``[####   ] done/total  rate docs/s`` on one line."""
    started = time.perf_counter()

    def show(done: int, total: int, added: int) -> None:
        share = done / total if total else 1.0
        filled = int(share * BAR_WIDTH)
        rate = done / max(time.perf_counter() - started, 1e-6)
        stream.write(f"\rsuggesting [{'#' * filled}{' ' * (BAR_WIDTH - filled)}] "
                     f"{done}/{total}  {rate:,.0f} docs/s  {added} new\033[K")
        stream.flush()

    return show


def cmd_suggest(args: argparse.Namespace) -> int:
    from fasl.store.db import open_store
    from fasl.store.suggesting import SuggestReport, default_reviewer, suggest_store

    if not Path(args.store).exists():
        raise CliError(f"{args.store}: no such store")
    db = open_store(args.store)
    reviewer = args.reviewer or default_reviewer(db)
    tty = sys.stderr.isatty()
    report = SuggestReport()
    try:
        suggest_store(db, reviewer, args.sources, progress=_bar(sys.stderr) if tty else None,
                      report=report, jobs=args.jobs)
    except KeyboardInterrupt:
        if tty:
            sys.stderr.write("\n")
        report.cancelled = True
        print(f"fasl: interrupted; {args.store} ({reviewer}): {report.summary()}",
              file=sys.stderr)
        return 130
    finally:
        db.close()
    if tty:
        sys.stderr.write("\n")
    print(f"{args.store} ({reviewer}): {report.summary()}", file=sys.stderr)
    return 0


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register ``suggest`` on the ``fasl`` command's subparsers."""
    from fasl.textlogic.suggest import SOURCES

    sub = subparsers.add_parser(
        "suggest", help="pre-annotate every document of a store with entity suggestions",
        description="Add entity suggestions (pending, to accept or reject in the review "
                    "window) to every document of STORE for one reviewer. Learned strings "
                    "are every string reviewers have accepted in the store. Safe to run "
                    "again: a span the reviewer already has - suggested, accepted or "
                    "rejected - is never added twice. Committed every 50 documents, so "
                    "Ctrl+C keeps what was done.")
    sub.add_argument("store", help="store file")
    sub.add_argument("--reviewer", help="whose suggestions (default: the store's only reviewer)")
    sub.add_argument("--sources", type=_sources, default=SOURCES, metavar="LIST",
                     help=f"comma-separated, any of {','.join(SOURCES)} (default: all)")
    cli_care.add_jobs_argument(sub, "compute the suggestions")
    sub.set_defaults(func=cmd_suggest)
    return sub
