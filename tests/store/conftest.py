"""Store fixtures: real SQLite files in a temporary folder."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from fasl.resources import resource_path
from fasl.store.db import open_store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite"


@pytest.fixture
def db(db_path: Path):
    database = open_store(db_path)
    yield database
    database.close()


@pytest.fixture
def samples_dir() -> Path:
    return resource_path("samples")


@pytest.fixture
def sample_texts(samples_dir: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(samples_dir.glob("*.txt"))}


def _dump(db: Database) -> dict[str, list[tuple]]:
    return {
        name: db.execute(f"SELECT * FROM [{name}] ORDER BY rowid").fetchall()
        for name in ("documents", "segments", "entities", "reviews", "history", "reviewers")
    }


@pytest.fixture
def table_dump():
    """Every row of every fasl table, for "the store is exactly as it was" checks."""
    return _dump
