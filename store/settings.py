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
ENTITY_TYPE_SET_COPY = "entity_type_set_toml"  # a project file's text, for other machines
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


def set_entity_type_set(db: Database, value: str, reviewer: str,
                        file_text: str | None = None) -> None:
    """Record the project's type set: a shipped name, or a TOML file's path and its text.

    The text is kept too, so a reviewer whose machine lacks the file (another computer, a
    copied store) still tags with the project's types.
    """
    with db.atomic():
        set_setting(db, ENTITY_TYPE_SET, value, reviewer)
        if file_text is not None:
            set_setting(db, ENTITY_TYPE_SET_COPY, file_text, reviewer)


def entity_type_set_copy(db: Database) -> str | None:
    """The text of the project's type set file as it was when chosen (None: never a file)."""
    return get_setting(db, ENTITY_TYPE_SET_COPY)
