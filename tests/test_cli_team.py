"""`fasl merge` and `fasl agreement` run in-process through the real `fasl` entry point."""
from __future__ import annotations

import json

import pytest
from team_fixture import BOUNDARY_SHARE, KAPPA, make_team_store, review, write_docs

from fasl.gui.cli import main
from fasl.store.db import open_store
from fasl.store.importer import import_paths


@pytest.fixture
def team_store(tmp_path):
    return make_team_store(tmp_path / "team.sqlite")


def test_agreement_table_for_the_given_pair(team_store, capsys):
    assert main(["agreement", str(team_store), "--reviewers", "amal", "badr"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("amal vs badr: 3 documents (done), 11 lines")
    assert f"zone kappa (lines)      {KAPPA:.3f}" in out  # 0.621
    assert f"same main story         {BOUNDARY_SHARE:.3f}  (2/3)" in out
    assert "PERS           3     3     0.667       0.667" in out
    assert "GPE            1     1     0.000       1.000" in out
    rows = out.split("most disagreement")[1].strip().splitlines()[1:]
    assert [r.split()[0] for r in rows] == ["doc1.txt", "doc3.txt", "doc2.txt"]


def test_agreement_json_and_all_pairs(team_store, capsys):
    db = open_store(team_store)
    doc2 = next(r["id"] for r in db["documents"].rows if r["name"] == "doc2.txt")
    review(db, doc2, "doc2.txt", "chadi", 0)
    db.close()
    assert main(["agreement", str(team_store), "--json", "--top", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["reviewers"] for d in data] == [["amal", "badr"], ["amal", "chadi"],
                                             ["badr", "chadi"]]
    assert data[0]["zone_kappa"] == pytest.approx(KAPPA)
    assert len(data[0]["most_disagreed"]) == 1
    assert data[1]["documents"] == 1 and data[1]["zone_kappa"] == pytest.approx(1.0)


def test_agreement_errors_are_one_line(team_store, tmp_path, capsys):
    assert main(["agreement", str(team_store), "--reviewers", "amal", "zed"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("fasl: error: no reviewer 'zed'")
    assert main(["agreement", str(tmp_path / "missing.sqlite")]) == 1
    assert "missing.sqlite: no such store" in capsys.readouterr().err
    lonely = tmp_path / "lonely.sqlite"
    open_store(lonely).close()
    assert main(["agreement", str(lonely)]) == 1
    assert "fewer than two reviewers" in capsys.readouterr().err


def test_merge_reports_counts_and_second_run_changes_nothing(team_store, tmp_path, capsys):
    other = tmp_path / "other.sqlite"
    db = open_store(other)
    import_paths(db, [write_docs(tmp_path / "other-docs")])
    ids = {r["name"]: r["id"] for r in db["documents"].rows}
    review(db, ids["doc3.txt"], "doc3.txt", "chadi", 1)
    db.close()
    assert main(["merge", str(team_store), str(other)]) == 0
    out = capsys.readouterr().out
    assert "0 documents added, 3 matched" in out
    assert "chadi: 1 documents, 3 segments, 1 entities, 1 reviews, 3 history" in out
    assert "conflicts: 0" in out
    assert main(["merge", str(team_store), str(other)]) == 0
    assert capsys.readouterr().out.strip().endswith("nothing new")


def test_merge_refuses_a_non_store_by_name(team_store, tmp_path, capsys):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("hello", encoding="utf-8")
    assert main(["merge", str(team_store), str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "notes.sqlite" in err[0] and "not a fasl store" in err[0]


def test_merge_help_states_the_conflict_rule(capsys):
    with pytest.raises(SystemExit):
        main(["merge", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "matched by their text (content hash)" in out
    assert "the version with the latest edit is kept" in out
    assert "--on-conflict {newer,refuse}" in out


def test_merge_conflict_exits_2_and_refuse_exits_1(tmp_path, capsys):
    import sqlite3

    from fasl.store.segments import save_segments
    from fasl.textlogic.zones import Segment, Zone

    desk = make_team_store(tmp_path / "desk.sqlite")
    laptop = tmp_path / "laptop.sqlite"
    src, dest = sqlite3.connect(desk), sqlite3.connect(laptop)
    src.backup(dest)
    src.close()
    dest.close()
    for path, zones in ((desk, [(0, "body")]), (laptop, [(0, "title"), (6, "boilerplate")])):
        db = open_store(path)
        doc2 = next(r["id"] for r in db["documents"].rows if r["name"] == "doc2.txt")
        bounds = [start for start, _ in zones] + [db["documents"].get(doc2)["length"]]
        save_segments(db, doc2, "amal", [Segment(bounds[i], bounds[i + 1], Zone(label))
                                         for i, (_, label) in enumerate(zones)], "edit")
        db.close()
    assert main(["merge", str(desk), str(laptop), "--on-conflict", "refuse"]) == 1
    assert "doc2.txt (amal)" in capsys.readouterr().err
    assert main(["merge", str(desk), str(laptop)]) == 2
    out = capsys.readouterr().out
    assert "conflicts: 1" in out and "doc2.txt: amal edited it in both stores" in out
