"""``fasl suggest``: run through the real entry point on a real store."""
from __future__ import annotations

import pytest

from fasl.gui.cli import main
from fasl.resources import resource_path
from fasl.store.db import open_store
from fasl.store.entities import EntityState, get_entities, set_states
from fasl.store.reviewers import ensure_reviewer

SAMPLES = resource_path("samples")


@pytest.fixture
def store(tmp_path, capsys):
    path = tmp_path / "s.sqlite"
    assert main(["import", str(path), str(SAMPLES)]) == 0
    capsys.readouterr()
    return path


def _pending(path, reviewer):
    db = open_store(path)
    try:
        ids = [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id")]
        return {d: get_entities(db, d, reviewer) for d in ids}
    finally:
        db.close()


def test_suggest_adds_pending_entities_then_nothing_on_a_rerun(store, capsys):
    assert main(["suggest", str(store), "--reviewer", "salma"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    summary = captured.err.strip().splitlines()
    assert len(summary) == 1  # not a terminal: no bar, one summary line
    assert summary[0].startswith(f"{store} (salma): ")
    added = int(summary[0].split(": ", 1)[1].split()[0])
    per_doc = _pending(store, "salma")
    assert added == sum(len(v) for v in per_doc.values()) > 20
    assert "in 3 of 3 documents" in summary[0]

    assert main(["suggest", str(store), "--reviewer", "salma"]) == 0
    assert "0 new suggestions in 3 of 3 documents" in capsys.readouterr().err


def test_rejected_stay_rejected_and_the_only_reviewer_is_the_default(store, capsys):
    db = open_store(store)
    ensure_reviewer(db, "salma")
    db.close()
    assert main(["suggest", str(store)]) == 0
    assert "(salma)" in capsys.readouterr().err
    first_doc = next(iter(_pending(store, "salma").values()))
    db = open_store(store)
    set_states(db, [e.id for e in first_doc], "salma", EntityState.REJECTED)
    db.close()
    assert main(["suggest", str(store)]) == 0
    assert "0 new suggestions" in capsys.readouterr().err
    assert next(iter(_pending(store, "salma").values())) == []


def test_sources_switch(store, capsys):
    assert main(["suggest", str(store), "--reviewer", "omar", "--sources", "patterns"]) == 0
    types = {e.type for v in _pending(store, "omar").values() for e in v}
    assert "DATE" in types and "NORP" not in types  # NORP comes from the gazetteers only
    assert main(["suggest", str(store), "--reviewer", "omar",
                 "--sources", "gazetteers,learned"]) == 0
    types = {e.type for v in _pending(store, "omar").values() for e in v}
    assert "NORP" in types


def test_errors(tmp_path, store, capsys):
    assert main(["suggest", str(tmp_path / "missing.sqlite"), "--reviewer", "x"]) == 1
    assert "no such store" in capsys.readouterr().err
    assert main(["suggest", str(store)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "fasl: error: the store has no reviewer yet; name one with --reviewer"
    assert main(["suggest", str(store), "--reviewer", "auto"]) == 1
    assert "reserved" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["suggest", str(store), "--reviewer", "x", "--sources", "learned,web"])
    assert exit_info.value.code == 2
    assert "unknown source(s) web" in capsys.readouterr().err


def test_the_terminal_bar_shows_count_rate_and_new_suggestions():
    import io

    from fasl.gui.cli_suggest import BAR_WIDTH, _bar

    stream = io.StringIO()
    show = _bar(stream)
    show(1, 4, 7)
    show(4, 4, 9)
    frames = stream.getvalue().split("\r")[1:]
    assert frames[0].startswith("suggesting [" + "#" * (BAR_WIDTH // 4) + " ")
    assert "1/4" in frames[0] and "docs/s" in frames[0] and "7 new" in frames[0]
    assert frames[1].startswith("suggesting [" + "#" * BAR_WIDTH + "]")
    assert "4/4" in frames[1] and "9 new" in frames[1]


def test_jobs_gives_the_same_suggestions(tmp_path, store, capsys):
    serial, parallel = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    for path in (serial, parallel):
        assert main(["import", str(path), str(SAMPLES)]) == 0
    assert main(["suggest", str(serial), "--reviewer", "salma"]) == 0
    assert main(["suggest", str(parallel), "--reviewer", "salma", "--jobs", "2"]) == 0
    summaries = [line.split(": ", 1)[1].split(" (")[0]
                 for line in capsys.readouterr().err.strip().splitlines()[-2:]]
    assert summaries[0] == summaries[1] and summaries[0].split()[0] != "0"
    spans = [{d: [(e.start, e.end, e.type, e.state) for e in ents]
              for d, ents in _pending(path, "salma").items()} for path in (serial, parallel)]
    assert spans[0] == spans[1]
