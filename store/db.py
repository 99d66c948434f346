"""Opening a store: the one place connections are made and configured.

Every connection gets WAL (readers never block the writer), foreign keys (off by default in
SQLite, per connection) and a busy timeout (a second process writing briefly is waited for,
not reported as an error).  A store written by a newer fasl is refused before anything is
written to it.
"""
from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from fasl.store.errors import NewerStoreError, NotAStoreError, StoreError, StoreLockedError
from fasl.store.migrations import KNOWN, migrations

BUSY_TIMEOUT_MS = 5000
# SQLite primary result codes of a store that cannot be written just now: BUSY, LOCKED,
# NOMEM, READONLY, IOERR, FULL, CANTOPEN, PROTOCOL.
_RETRYABLE = frozenset({5, 6, 7, 8, 10, 13, 14, 15})
_SQLITE_MAGIC = b"SQLite format 3\x00"


def now() -> str:
    """UTC time stamp with milliseconds, as stored everywhere."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def set_busy_timeout(db: Database, ms: int) -> None:
    """How long a write waits for another process's write lock before failing.

    The review window waits less than the command line: it keeps an edit that could not be
    written and retries it (fasl.gui.pending), so a long wait would only freeze the window.
    """
    db.execute(f"PRAGMA busy_timeout = {int(ms)}")


def data_version(db: Database) -> int:
    """A number that changes when another connection commits to the store.

    SQLite's ``PRAGMA data_version``: unchanged by this connection's own writes, so a
    window can poll it to learn that `fasl import` or another window wrote.
    """
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def is_write_failure(exc: BaseException) -> bool:
    """True for a failure of the store itself (locked, busy, full, read-only, I/O).

    SQLite rolls the statement's transaction back for these, so the write simply did not
    happen and may be tried again later; a refusal by fasl's own checks is not one.
    """
    if isinstance(exc, StoreLockedError):
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, sqlite3.Error) and code is not None and code & 0xFF in _RETRYABLE


def _configure(db: Database) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")


def _check_file(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise NotAStoreError(f"{path}: is a folder, not a store file")
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read ({exc.strerror})") from None
    if head and head != _SQLITE_MAGIC:
        raise NotAStoreError(f"{path}: not a fasl store (not an SQLite database)")


def _check_version(db: Database, path: Path) -> list[str]:
    """Names of applied migrations; raise if the store is foreign or newer than us."""
    applied = [m.name for m in migrations.applied(db)]
    unknown = [name for name in applied if name not in KNOWN]
    if unknown:
        raise NewerStoreError(
            f"{path}: written by a newer version of fasl (schema step {unknown[-1]!r}); "
            "update fasl to open it - it was not changed"
        )
    if not applied and db.table_names() and "documents" in db.table_names():
        raise NotAStoreError(f"{path}: an SQLite database, but not a fasl store")
    return applied


def _backup_before_migrating(db: Database, path: Path, applied: list[str]) -> None:
    """Copy an existing store aside before a schema change, with SQLite's online backup."""
    pending = migrations.pending(db)
    if not applied or not pending:
        return
    target = path.with_name(f"{path.name}.before-{pending[0].name}.bak")
    dest = sqlite3.connect(target)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()


def open_store(path: str | Path, *, readonly: bool = False) -> Database:
    """Open (creating if needed) and migrate the store at ``path``.

    Args:
        path: the store file; created with the current schema when missing.
        readonly: open without ever writing (no migration, no WAL switch).

    Raises:
        StoreError: not a store, newer than this fasl, unreadable, or (readonly) missing.
    """
    path = Path(path)
    _check_file(path)
    try:
        if readonly:
            if not path.exists():
                raise StoreError(f"{path}: no such store")
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            db = Database(conn)
            _configure(db)
            if migrations.pending(db):
                _check_version(db, path)
                raise StoreError(f"{path}: made by an older fasl; open it once read-write")
            _check_version(db, path)
            return db
        if not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        db = Database(path)
        _configure(db)
        applied = _check_version(db, path)
        db.enable_wal()
        _backup_before_migrating(db, path, applied)
        migrations.apply(db)
        return db
    except sqlite3.DatabaseError as exc:
        raise NotAStoreError(f"{path}: cannot be opened as a fasl store ({exc})") from None
