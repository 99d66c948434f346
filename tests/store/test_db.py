"""Opening stores: schema, pragmas, migration from the previous release, refusals."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from fasl.store.db import open_store
from fasl.store.errors import NewerStoreError, NotAStoreError, StoreError
from fasl.store.migrations import KNOWN, migrations

FIXTURES = Path(__file__).parent.parent / "data" / "stores"


def test_new_store_has_schema_and_safe_pragmas(db):
    assert {"documents", "segments", "entities", "reviews", "history", "reviewers",
            "settings", "document_search"} <= set(db.table_names())
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert {m.name for m in migrations.applied(db)} == KNOWN


def test_applying_migrations_twice_changes_nothing(db_path):
    open_store(db_path).close()
    before = Database(db_path).execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    open_store(db_path).close()
    after = Database(db_path).execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    assert before == after


def test_foreign_keys_are_enforced(db):
    with pytest.raises(sqlite3.IntegrityError):
        with db.atomic():
            db["segments"].insert({"doc_id": 999, "reviewer": "auto", "start": 0, "end": 1,
                                   "label": "body", "origin": "auto"})


def test_store_from_previous_release_opens_with_its_data(tmp_path):
    """A store written by fasl 0.1.0 (the first schema) migrates forward and keeps its rows."""
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "fasl-0.1.0.sqlite", path)
    db = open_store(path)
    assert db["documents"].count == 3
    assert {m.name for m in migrations.applied(db)} == KNOWN
    assert db.execute("SELECT count(*) FROM segments").fetchone()[0] > 0
    done = db.execute("SELECT doc_id FROM reviews WHERE reviewer = 'amal' AND state = 'done'")
    doc_id = done.fetchone()[0]
    entity = db.execute("SELECT start, end, type FROM entities WHERE reviewer = 'amal'").fetchone()
    text = db["documents"].get(doc_id)["text"]
    assert text[entity[0]:entity[1]] == "روسيا" and entity[2] == "GPE"
    assert db.execute("SELECT count(*) FROM history WHERE reviewer = 'amal'").fetchone()[0] >= 2


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_store_from_newer_fasl_is_refused_and_left_untouched(db_path):
    db = open_store(db_path)
    with db.atomic():
        db["_sqlite_migrations"].insert({"migration_set": "fasl", "name": "0999_from_the_future",
                                         "applied_at": "2030-01-01"})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = _sha(db_path)
    with pytest.raises(NewerStoreError, match="newer version of fasl"):
        open_store(db_path)
    with pytest.raises(NewerStoreError):
        open_store(db_path, readonly=True)
    assert _sha(db_path) == before


def test_a_text_file_is_not_a_store(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("hello")
    with pytest.raises(NotAStoreError, match="not a fasl store"):
        open_store(path)
    assert path.read_text() == "hello"


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    Database(path)["documents"].insert({"x": 1})
    with pytest.raises(NotAStoreError, match="not a fasl store"):
        open_store(path)


def test_readonly_open_of_missing_store_is_an_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "missing.sqlite", readonly=True)


def test_readonly_store_refuses_writes(db_path):
    open_store(db_path).close()
    ro = open_store(db_path, readonly=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        with ro.atomic():
            ro["reviewers"].insert({"name": "x", "created_at": ""})
