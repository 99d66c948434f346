"""`fasl check` and `fasl backup`: the store-care subcommands, kept out of the main CLI file.

Both are headless (no Qt import) and never change the store they look at: `check` opens it
read-only, `backup` reads it through SQLite's online backup.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from fasl.store.errors import StoreError


def cmd_check(args: argparse.Namespace) -> int:
    from fasl.store.check import check_store
    from fasl.store.db import open_store

    if not Path(args.store).exists():
        raise StoreError(f"{args.store}: no such store")
    started = time.perf_counter()
    db = open_store(args.store, readonly=True)
    try:
        problems = check_store(db)
        documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]
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
