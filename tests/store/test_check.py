"""`fasl check`, `fasl backup` and the backup a migration makes: real stores, real damage."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from fasl.gui.cli import main
from fasl.store import db as db_module
from fasl.store.backup import backup_store
from fasl.store.check import check_store
from fasl.store.db import open_store
from fasl.store.documents import ReviewState
from fasl.store.entities import add_entity
from fasl.store.errors import StoreError
from fasl.store.importer import import_paths
from fasl.store.migrations import KNOWN, migrations
from fasl.store.reviews import set_state
from fasl.store.segments import save_segments
from fasl.textlogic.zones import Segment, Zone

FIXTURES = Path(__file__).parent.parent / "data" / "stores"


@pytest.fixture
def worked(db, samples_dir):
    """The samples with one reviewer's zone edit, entity and done mark: a sound store."""
    import_paths(db, [samples_dir])
    doc_id = db.execute("SELECT min(id) FROM documents").fetchone()[0]
    length = db["documents"].get(doc_id)["length"]
    save_segments(db, doc_id, "amal", [Segment(0, 10, Zone.BODY, origin="human"),
                                      Segment(10, length, Zone.BOILERPLATE, origin="human")],
                  "split")
    add_entity(db, doc_id, "amal", 0, 3, "PER", "abc")
    set_state(db, doc_id, "amal", ReviewState.DONE)
    return db, doc_id


def _uid(db, doc_id):
    return db["documents"].get(doc_id)["uid"]


def test_a_sound_store_has_no_problems(worked):
    db, _ = worked
    assert check_store(db) == []


def test_the_released_fixture_store_checks_clean_after_migrating(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "fasl-0.1.0.sqlite", path)
    assert check_store(open_store(path)) == []


def test_zones_past_the_text_and_with_a_gap_are_reported_per_reviewer(worked):
    db, doc_id = worked
    length = db["documents"].get(doc_id)["length"]
    with db.atomic():
        db.execute("UPDATE segments SET [end] = ? WHERE doc_id = ? AND reviewer = 'amal' "
                   "AND start = 10", [length + 5, doc_id])
        db.execute("UPDATE segments SET start = 2 WHERE doc_id = ? AND reviewer = 'auto' "
                   "AND start = 0", [doc_id])
    found = [str(p) for p in check_store(db)]
    uid = _uid(db, doc_id)
    assert any(p.startswith(f"document {uid}, reviewer amal: zones do not cover the text")
               and f"text has {length}" in p for p in found)
    assert any(p.startswith(f"document {uid}, reviewer auto: zones do not cover the text")
               and "starts at 2, expected 0" in p for p in found)


def test_zones_that_differ_from_their_history_are_reported(worked):
    db, doc_id = worked
    with db.atomic():
        db.execute("UPDATE segments SET label = 'list' WHERE doc_id = ? AND reviewer = 'amal' "
                   "AND start = 10", [doc_id])
    assert [str(p) for p in check_store(db)] == [
        f"document {_uid(db, doc_id)}, reviewer amal: "
        "the zones differ from the last zone edit in the history"]


def test_entity_outside_the_text_and_unrecorded_done_state_are_reported(worked):
    db, doc_id = worked
    other = db.execute("SELECT max(id) FROM documents").fetchone()[0]
    with db.atomic():
        db.execute("UPDATE entities SET [end] = 999999 WHERE reviewer = 'amal'")
        db.execute("INSERT INTO reviews (doc_id, reviewer, state) VALUES (?, 'amal', 'done')",
                   [other])
    found = [str(p) for p in check_store(db)]
    assert any(f"document {_uid(db, doc_id)}, reviewer amal: entity" in p
               and "outside the text" in p for p in found)
    assert f"document {_uid(db, other)}, reviewer amal: review state 'done' but no history " \
           "row set it" in found


def test_missing_auto_zones_length_mismatch_and_dangling_rows(worked):
    db, doc_id = worked
    other = db.execute("SELECT max(id) FROM documents").fetchone()[0]
    with db.atomic():
        db.execute("DELETE FROM segments WHERE doc_id = ? AND reviewer = 'auto'", [other])
        db.execute("UPDATE documents SET length = length + 1 WHERE id = ?", [doc_id])
    db.execute("PRAGMA foreign_keys = OFF")
    with db.atomic():
        db.execute("INSERT INTO entities (doc_id, reviewer, start, [end], type, origin, state)"
                   " VALUES (4242, 'amal', 0, 1, 'PER', 'human', 'accepted')")
    found = [str(p) for p in check_store(db)]
    assert f"document {_uid(db, other)}, reviewer auto: no automatic zones (every document " \
           "needs them)" in found
    assert any(p.startswith(f"document {_uid(db, doc_id)}: stored length") for p in found)
    assert any("entities row" in p and "missing documents row" in p for p in found)


def test_a_damaged_file_fails_integrity(tmp_path, samples_dir):
    path = tmp_path / "s.sqlite"
    db = open_store(path)
    import_paths(db, [samples_dir])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    page = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    # Scribble over the middle of every page after the schema page but leave headers intact.
    for start in range(page * 2, len(data), page):
        data[start + 200:start + 600] = b"\xff" * 400
    path.write_bytes(bytes(data))
    assert main(["check", str(path)]) == 1


def test_check_command_prints_problems_and_exits_1(worked, db_path, capsys):
    db, doc_id = worked
    assert main(["check", str(db_path)]) == 0
    assert "ok (3 documents checked" in capsys.readouterr().out
    with db.atomic():
        db.execute("UPDATE segments SET start = 1 WHERE doc_id = ? AND reviewer = 'amal' "
                   "AND start = 0", [doc_id])
    assert main(["check", str(db_path)]) == 1
    out, err = capsys.readouterr()
    assert f"document {_uid(db, doc_id)}, reviewer amal: zones do not cover" in out
    assert "1 problem in 3 documents" in err or "problems in 3 documents" in err


def test_check_of_a_missing_store_is_an_error(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.sqlite")]) == 1
    assert "no such store" in capsys.readouterr().err


# -- backup ---------------------------------------------------------------------------------


def _rows(path):
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM [{t}] ORDER BY rowid").fetchall()
                for t in ("documents", "segments", "entities", "reviews", "history")}
    finally:
        conn.close()


def test_backup_copies_everything_and_refuses_to_overwrite(worked, db_path, tmp_path, capsys):
    dest = tmp_path / "copy.sqlite"
    assert main(["backup", str(db_path), str(dest)]) == 0
    assert "backed up to" in capsys.readouterr().out
    assert _rows(dest) == _rows(db_path)
    assert check_store(open_store(dest, readonly=True)) == []
    assert main(["backup", str(db_path), str(dest)]) == 1
    assert "already exists; use --force" in capsys.readouterr().err
    db, doc_id = worked
    set_state(db, doc_id, "amal", ReviewState.FLAGGED, "later")
    assert main(["backup", "--force", str(db_path), str(dest)]) == 0
    assert _rows(dest) == _rows(db_path)


def test_backup_while_another_connection_writes_holds_only_committed_work(worked, db_path,
                                                                          tmp_path):
    db, doc_id = worked
    committed = _rows(db_path)
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE reviews SET note = 'half' WHERE reviewer = 'amal'")
    try:
        dest = backup_store(db_path, tmp_path / "snap.sqlite")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert _rows(dest) == committed


def test_backup_refuses_a_folder_and_the_store_itself(worked, db_path, tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        backup_store(db_path, tmp_path)
    with pytest.raises(StoreError, match="is the store itself"):
        backup_store(db_path, db_path, force=True)


def test_backup_into_a_path_that_cannot_be_written_leaves_nothing_behind(worked, db_path,
                                                                         tmp_path):
    # A file where a folder should be fails for root too (permissions would not).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot write the backup"):
        backup_store(db_path, blocker / "b.sqlite")
    assert blocker.read_text() == "x"
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []


# -- a migration backs the store up first ------------------------------------------------


def test_a_migration_first_copies_the_store_aside(tmp_path, monkeypatch, samples_dir):
    """With a real extra schema step, opening an older store makes a backup before it runs.

    fasl has one migration so far, so the step is added here (to a copy of the migration
    list); the code under test is `open_store`'s real backup-then-migrate path.
    """
    path = tmp_path / "s.sqlite"
    db = open_store(path)
    import_paths(db, [samples_dir])
    before = _rows(path)
    db.close()

    extended = Migrations("fasl")
    for migration in migrations._migrations:
        extended(name=migration.name)(migration.fn)

    @extended(name="0002_test_column")
    def _step(database: Database) -> None:
        database["documents"].add_column("test_column", str)

    monkeypatch.setattr(db_module, "migrations", extended)
    monkeypatch.setattr(db_module, "KNOWN", KNOWN | {"0002_test_column"})
    migrated = open_store(path)
    assert "test_column" in migrated["documents"].columns_dict
    migrated.close()
    backup = tmp_path / "s.sqlite.before-0002_test_column.bak"
    assert backup.exists()
    assert _rows(backup) == before
    assert "test_column" not in Database(backup)["documents"].columns_dict
