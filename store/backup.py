"""`fasl backup`: a consistent copy of a store while it may be in use.

Copying the file with `cp` while the app has it open can catch a half-checkpointed WAL and
give a copy that is damaged or missing the last edits.  SQLite's online backup API copies
pages under a read transaction, so the copy is a snapshot of one committed state even when
another process writes meanwhile.  The copy is written next to its destination under a
temporary name and renamed into place at the end, so an interrupted backup never leaves a
half-written file where the backup should be.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from fasl.store.db import open_store
from fasl.store.errors import StoreError

PAGES_PER_STEP = 1024  # lets a writer in between steps of a large copy


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def backup_store(source: str | Path, dest: str | Path, *, force: bool = False) -> Path:
    """Copy the store ``source`` to ``dest`` with SQLite's online backup; returns ``dest``.

    Raises:
        StoreError: ``source`` is not a readable store, ``dest`` exists (without ``force``),
            is a folder, is the source itself, or cannot be written.
    """
    source, dest = Path(source), Path(dest)
    if dest.is_dir():
        raise StoreError(f"{dest}: is a folder; give the backup's file name")
    if dest.exists() and source.exists() and os.path.samefile(source, dest):
        raise StoreError(f"{dest}: is the store itself")
    if dest.exists() and not force:
        raise StoreError(f"{dest}: already exists; use --force to overwrite it")
    db = open_store(source, readonly=True)
    partial = dest.with_name(f".{dest.name}.partial")
    try:
        _discard(partial)
        target = sqlite3.connect(partial)
        try:
            db.conn.backup(target, pages=PAGES_PER_STEP)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        os.replace(partial, dest)
    except (OSError, sqlite3.Error) as exc:
        _discard(partial)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StoreError(f"{dest}: cannot write the backup ({reason})") from None
    finally:
        db.close()
    return dest
