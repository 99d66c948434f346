"""Reviewers: the people whose work the store keeps apart and attributes."""
from __future__ import annotations

from sqlite_utils import Database

from fasl.store.db import now
from fasl.store.errors import StoreError
from fasl.store.migrations import AUTO_REVIEWER, SYSTEM_REVIEWER

RESERVED = frozenset({AUTO_REVIEWER, SYSTEM_REVIEWER})


def ensure_reviewer(db: Database, name: str) -> str:
    """Register ``name`` (stripped) if new and return it.

    Raises:
        StoreError: the name is empty or one the app uses for itself.
    """
    name = name.strip()
    if not name:
        raise StoreError("a reviewer name cannot be empty")
    if name in RESERVED:
        raise StoreError(f"{name!r} is reserved for fasl itself; choose another reviewer name")
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO reviewers (name, created_at) VALUES (?, ?)",
                   [name, now()])
    return name


def list_reviewers(db: Database) -> list[str]:
    """People (not the app's own reviewer names), alphabetically."""
    return [r["name"] for r in db["reviewers"].rows_where(order_by="name")
            if r["name"] not in RESERVED]
