"""`fasl check` and `fasl backup`: the store-care subcommands, kept out of the main CLI file.

Both are headless (no Qt import) and never change the store they look at: `check` opens it
read-only, `backup` reads it through SQLite's online backup.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from fasl.store.documents import document_count
from fasl.store.errors import StoreError


class ProgressLine:
    """Progress of a long command on stderr: share done, rate and time left.

    On a terminal one line is redrawn (at most five times a second); when stderr is a
    file or a pipe (a batch job's log) a plain line is written every ``log_every`` seconds,
    and nothing at all for a run shorter than that.
    """

    def __init__(self, label: str, *, log_every: float = 10.0) -> None:
        self.label = label
        self.tty = sys.stderr.isatty()
        self.log_every = log_every
        self.started = time.monotonic()
        self.items = 0
        self._last = 0.0 if self.tty else self.started
        self._drawn = False

    def line(self, done: int, total: int, elapsed: float) -> str:
        share = done / total if total else 1.0
        if elapsed <= 0:
            return f"{self.label} {share:6.1%}"
        rate = done / elapsed
        eta = _clock((total - done) / rate) if rate > 0 else "--:--"
        return (f"{self.label} {share:6.1%}  {self.items:,} items, "
                f"{self.items / elapsed:,.0f}/s, {rate / 1e6:,.1f} MB/s, {eta} left")

    def __call__(self, done: int, total: int, where: str = "") -> None:
        self.items += 1
        now = time.monotonic()
        if now - self._last < (0.2 if self.tty else self.log_every) and done < total:
            return
        if not self.tty and done >= total and not self._drawn:
            return  # a short run logs nothing
        self._last = now
        text = self.line(done, total, now - self.started)
        if self.tty:
            sys.stderr.write(f"\r{text:<78}")
        else:
            sys.stderr.write(text + "\n")
        sys.stderr.flush()
        self._drawn = True

    def finish(self) -> None:
        if self.tty and self._drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def jobs_count(text: str) -> int:
    """``--jobs`` value: a positive number, or 0 for one per CPU."""
    import os

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return value or (os.cpu_count() or 1)


def add_jobs_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--jobs", "-j", type=jobs_count, default=1, metavar="N",
                        help=f"{what} in N processes (0: one per CPU; default 1). The "
                             "result is the same as with one.")


def cmd_check(args: argparse.Namespace) -> int:
    from fasl.store.check import check_store
    from fasl.store.db import open_store

    if not Path(args.store).exists():
        raise StoreError(f"{args.store}: no such store")
    started = time.perf_counter()
    db = open_store(args.store, readonly=True)
    try:
        problems = check_store(db)
        documents = document_count(db)
    finally:
        db.close()
    for problem in problems:
        print(f"{args.store}: {problem}")
    seconds = time.perf_counter() - started
    if problems:
        print(f"{args.store}: {len(problems)} problem{'s' if len(problems) != 1 else ''} "
              f"in {documents:,} documents", file=sys.stderr)
        return 1
    print(f"{args.store}: ok ({documents:,} documents checked in {seconds:.1f} s)")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from fasl.store.backup import backup_store

    if not Path(args.store).exists():
        raise StoreError(f"{args.store}: no such store")
    dest = backup_store(args.store, args.dest, force=args.force)
    print(f"{args.store}: backed up to {dest} ({dest.stat().st_size:,} bytes)")
    return 0


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Add `check` and `backup` to the `fasl` command's subparsers."""
    check = subparsers.add_parser(
        "check", help="verify a store: database integrity, offsets, zones, history",
        description="Check STORE read-only: SQLite integrity and foreign keys, that every "
                    "zone and entity offset lies inside its text, that each reviewer's zones "
                    "cover each text without gaps or overlaps, and that the history matches "
                    "the stored zones and review states. Prints each problem (document, "
                    "reviewer, what) and exits with status 1 if there is any.")
    check.add_argument("store", help="store file")
    check.set_defaults(func=cmd_check)

    backup = subparsers.add_parser(
        "backup", help="copy a store safely, even while the app has it open",
        description="Copy STORE to DEST with SQLite's online backup: a consistent snapshot "
                    "even while the review window or an import writes to it. DEST is not "
                    "overwritten unless --force is given.")
    backup.add_argument("store", help="store file")
    backup.add_argument("dest", help="backup file to create")
    backup.add_argument("--force", action="store_true", help="overwrite DEST if it exists")
    backup.set_defaults(func=cmd_backup)
