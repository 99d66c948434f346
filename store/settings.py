"""Project settings kept in the store (the ``settings`` table), not on one reviewer's machine.

What belongs here is what every reviewer of a project must share, such as the entity type
set: two reviewers tagging with different sets would produce gold nobody can compare.  Each
change is one transaction with its history row.
"""
from __future__ import annotations

from sqlite_utils import Database

from fasl.store.history import record
from fasl.store.reviewers import ensure_reviewer

ENTITY_TYPE_SET = "entity_type_set"
DEFAULT_TYPE_SET = "default"


def get_setting(db: Database, key: str, default: str | None = None) -> str | None:
    """The stored value of ``key``, or ``default`` when it was never set."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None or row[0] is None else str(row[0])


def set_setting(db: Database, key: str, value: str, reviewer: str) -> None:
    """Store ``value`` under ``key``; the history names who changed it and from what."""
    with db.atomic():
        ensure_reviewer(db, reviewer)
        before = get_setting(db, key)
        if before == value:
            return
        db["settings"].upsert({"key": key, "value": value}, pk="key")
        record(db, reviewer, None, "set_setting", {"key": key, "before": before, "after": value})


def entity_type_set(db: Database) -> str:
    """Which type set the project tags with: ``default``, ``anercorp`` or a TOML file path."""
    return get_setting(db, ENTITY_TYPE_SET, DEFAULT_TYPE_SET) or DEFAULT_TYPE_SET


def set_entity_type_set(db: Database, value: str, reviewer: str) -> None:
    """Record the project's type set (a shipped name or the path of a TOML file)."""
    set_setting(db, ENTITY_TYPE_SET, value, reviewer)
