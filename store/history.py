"""The append-only record of who changed what, when.

Every write function in the store calls `record` inside its own transaction, so an edit
and its history row are committed together or not at all.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from fasl.store.db import now


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    id: int
    at: str
    reviewer: str
    doc_id: int | None
    action: str
    detail: dict[str, Any]


def record(db: Database, reviewer: str, doc_id: int | None, action: str,
           detail: dict[str, Any] | None = None) -> None:
    """Append one history row; call inside the transaction of the edit it describes."""
    # Plain SQL: sqlite-utils' insert re-reads the table's columns on every call, which was
    # a fifth of a bulk import's time.
    db.execute("INSERT INTO history (at, reviewer, doc_id, action, detail) VALUES (?, ?, ?, ?, ?)",
               [now(), reviewer, doc_id, action, json.dumps(detail or {}, ensure_ascii=False)])


def document_history(db: Database, doc_id: int) -> list[HistoryEntry]:
    """Every recorded change to one document, oldest first."""
    return [
        HistoryEntry(row["id"], row["at"], row["reviewer"], row["doc_id"], row["action"],
                     json.loads(row["detail"] or "{}"))
        for row in db["history"].rows_where("doc_id = ?", [doc_id], order_by="id")
    ]


def actions_since(db: Database, after_id: int) -> tuple[int, frozenset[str]]:
    """(newest history id, the actions recorded after ``after_id``): a look at what other
    connections did since, cheap because ids are the table's rowids."""
    last = max(after_id, last_history_id(db))
    rows = db.execute("SELECT DISTINCT action FROM history WHERE id > ? AND id <= ?",
                      [after_id, last]).fetchall()
    return last, frozenset(row[0] for row in rows)


def last_history_id(db: Database) -> int:
    return int(db.execute("SELECT COALESCE(max(id), 0) FROM history").fetchone()[0])


def is_entity_action(action: str) -> bool:
    """True for entity edits and suggestions (``suggest_entities``, ``undo:retype_entity``
    ...): they change neither zones nor review states, so no corpus list row."""
    return action.split(":")[-1].endswith(("_entity", "_entities"))
