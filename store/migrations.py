"""Schema of a fasl store, as named forward migrations (sqlite-utils' migration system).

Never edit a migration that has shipped: append a new one.  Names are explicit so that
renaming a function never renames a migration.  `KNOWN` lists every name this version
understands; a store that has applied any other name was written by a newer fasl.
"""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("fasl")

# Reviewer names the app writes by itself; a person cannot take them.
AUTO_REVIEWER = "auto"
SYSTEM_REVIEWER = "fasl"


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    db["documents"].create(
        {
            "id": int,
            "uid": str,  # stable id: the crawl record's id, or the file name
            "name": str,
            "origin": str,  # original path or URL
            "raw_sha256": str,  # of the original bytes (or the record's text field)
            "text_sha256": str,  # of the stored text, UTF-8: the dedupe key
            "encoding": str,
            "text": str,
            "length": int,  # code points
            "meta": str,  # JSON object
            "imported_at": str,
        },
        pk="id",
        not_null={"uid", "name", "text_sha256", "text", "length"},
    )
    db["documents"].create_index(["uid"], unique=True)
    db["documents"].create_index(["text_sha256"], unique=True)
    db["documents"].create_index(["name"])

    db["reviewers"].create({"name": str, "created_at": str}, pk="name")
    db["reviewers"].insert_all(
        [{"name": AUTO_REVIEWER, "created_at": ""}, {"name": SYSTEM_REVIEWER, "created_at": ""}]
    )

    db["segments"].create(
        {
            "id": int,
            "doc_id": int,
            "reviewer": str,
            "start": int,
            "end": int,
            "label": str,
            "item": int,
            "confidence": float,
            "origin": str,  # auto | human
        },
        pk="id",
        foreign_keys=[("doc_id", "documents", "id"), ("reviewer", "reviewers", "name")],
        not_null={"doc_id", "reviewer", "start", "end", "label", "origin"},
    )
    db["segments"].create_index(["doc_id", "reviewer", "start"], unique=True)

    db["entities"].create(
        {
            "id": int,
            "doc_id": int,
            "reviewer": str,
            "start": int,
            "end": int,
            "type": str,
            "origin": str,  # suggested | human
            "state": str,  # pending | accepted | rejected
            "surface": str,  # the covered text, for learned suggestions
        },
        pk="id",
        foreign_keys=[("doc_id", "documents", "id"), ("reviewer", "reviewers", "name")],
        not_null={"doc_id", "reviewer", "start", "end", "type", "origin", "state"},
    )
    db["entities"].create_index(["doc_id", "reviewer", "start"])

    db["reviews"].create(
        {
            "doc_id": int,
            "reviewer": str,
            "state": str,  # new | in_progress | done | flagged
            "note": str,
            "seconds": float,  # time spent with the document open
            "min_confidence": float,  # of this reviewer's segments, for sorting
            "zone_summary": str,
            "updated_at": str,
        },
        pk=("doc_id", "reviewer"),
        foreign_keys=[("doc_id", "documents", "id"), ("reviewer", "reviewers", "name")],
        not_null={"state"},
        defaults={"state": "new", "note": "", "seconds": 0.0},
    )
    db["reviews"].create_index(["reviewer", "state"])
    db["reviews"].create_index(["reviewer", "min_confidence"])

    db["history"].create(
        {
            "id": int,
            "at": str,
            "reviewer": str,
            "doc_id": int,
            "action": str,
            "detail": str,  # JSON: what was before and after
        },
        pk="id",
        not_null={"at", "reviewer", "action"},
    )
    db["history"].create_index(["doc_id", "id"])
    # Append-only: nothing a reviewer did may vanish from the record.
    db.execute(
        "CREATE TRIGGER history_no_update BEFORE UPDATE ON history "
        "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER history_no_delete BEFORE DELETE ON history "
        "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
    )

    db["settings"].create({"key": str, "value": str}, pk="key")
    db["settings"].insert({"key": "entity_type_set", "value": "default"})

    # Search over folded text (no tashkeel, one alef, ...); contentless: the text is in documents.
    db.execute(
        "CREATE VIRTUAL TABLE document_search USING fts5(folded, content='', "
        "tokenize=\"unicode61 remove_diacritics 0\")"
    )


KNOWN = frozenset(m.name for m in migrations.pending(Database(memory=True)))
