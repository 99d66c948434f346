"""SIGKILL a process that is editing the store, over and over: nothing saved is lost.

The long run (>= 100 rounds) is bench/kill_loop.py; here a CI-sized run, and proof that the
verifier itself notices a lost edit and a half edit (or the loop could pass by checking
nothing).
"""
from __future__ import annotations

import json
import sqlite3

import pytest

from crash_worker import kill_rounds, make_store, verify  # tests/store is on sys.path

ROUNDS = 25


@pytest.mark.slow
def test_killed_editor_never_loses_a_saved_edit_nor_leaves_half_of_one(tmp_path):
    store = make_store(tmp_path / "s.sqlite")
    result = kill_rounds(store, ROUNDS, seed=7, max_lines=12)
    assert result.problems == []
    assert result.rounds == ROUNDS
    assert result.reported > ROUNDS  # the kills came mid-stream, not before the first edit


def test_verifier_reports_an_edit_that_was_promised_but_is_missing(tmp_path):
    store = make_store(tmp_path / "s.sqlite")
    promised = [{"n": 0, "kind": "zones", "doc": 1, "reviewer": "amal"}]
    problems, _ = verify(store, promised, first=0)
    assert problems == ["edit 0 (zones) was reported saved but the store has None"]


def test_verifier_reports_half_an_entity_edit(tmp_path):
    store = make_store(tmp_path / "s.sqlite")
    conn = sqlite3.connect(store)
    with conn:
        conn.execute("INSERT INTO reviewers (name, created_at) VALUES ('amal', '')")
        conn.execute("INSERT INTO entities (doc_id, reviewer, start, [end], type, origin, state,"
                     " surface) VALUES (1, 'amal', 0, 2, 'PER', 'human', 'accepted', 'e0')")
    conn.close()
    problems, _ = verify(store, [], first=0)
    assert problems == ["entities without history [0], history without entities []"]


def test_verifier_reports_a_zone_edit_whose_history_row_is_not_what_is_stored(tmp_path):
    store = make_store(tmp_path / "s.sqlite")
    conn = sqlite3.connect(store)
    length = conn.execute("SELECT length FROM documents WHERE id = 1").fetchone()[0]
    after = [{"start": 0, "end": length, "label": "body", "item": None, "confidence": 1.0}]
    with conn:  # a history row as if the edit committed, but the zones were never written
        conn.execute("INSERT INTO reviewers (name, created_at) VALUES ('amal', '')")
        conn.execute("INSERT INTO segments (doc_id, reviewer, start, [end], label, confidence,"
                     " origin) VALUES (1, 'amal', 0, ?, 'list', 1.0, 'human')", [length])
        conn.execute("INSERT INTO history (at, reviewer, doc_id, action, detail) VALUES "
                     "('now', 'amal', 1, 'edit', ?)", [json.dumps({"n": 0, "after": after})])
    conn.close()
    promised = [{"n": 0, "kind": "zones", "doc": 1, "reviewer": "amal"}]
    problems, _ = verify(store, promised, first=0)
    assert any("zones differ from the last zone edit" in p for p in problems)
