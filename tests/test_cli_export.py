"""`fasl export` end to end through main(): options, defaults, one-line errors, import back."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "store"))
from test_export_helpers import RICH_TEXT, Doc, build_store  # noqa: E402

from fasl.gui.cli import main  # noqa: E402


@pytest.fixture
def store(tmp_path) -> Path:
    path = tmp_path / "s.sqlite"
    built = build_store(path, [Doc(RICH_TEXT, [(4, 12, "PERS")], uid="rich"),
                               Doc("نص ثان للتجربة", state="flagged", note="?", uid="two")])
    built.db.close()
    return path


def test_export_jsonl_then_import_back_and_export_again(tmp_path, store, capsys):
    out = tmp_path / "gold.jsonl"
    assert main(["export", str(store), "--format", "jsonl", "--out", str(out)]) == 0
    assert "1 documents (done) of reviewer 'ann'" in capsys.readouterr().out
    again = tmp_path / "again.sqlite"
    assert main(["import", str(again), str(out)]) == 0
    assert "1 imported" in capsys.readouterr().out
    out2 = tmp_path / "gold2.jsonl"
    assert main(["export", str(again), "-f", "jsonl", "-o", str(out2)]) == 0
    assert out.read_bytes() == out2.read_bytes()


def test_state_ids_and_all_states(tmp_path, store, capsys):
    out = tmp_path / "x.jsonl"
    assert main(["export", str(store), "-f", "jsonl", "-o", str(out), "--state", "flagged"]) == 0
    assert [json.loads(x)["id"] for x in out.read_text("utf-8").splitlines()] == ["two"]
    assert main(["export", str(store), "-f", "jsonl", "-o", str(out), "--all-states"]) == 0
    assert len(out.read_text("utf-8").splitlines()) == 2
    ids = tmp_path / "ids.txt"
    ids.write_text("two\n\n", encoding="utf-8")
    assert main(["export", str(store), "-f", "text", "-o", str(out), "--all-states",
                 "--ids", f"@{ids}"]) == 0
    record = json.loads(out.read_text("utf-8"))
    assert record["id"] == "two" and "نص ثان للتجربة" in record.values()


def test_every_format_writes(tmp_path, store, capsys):
    for fmt in ("brat", "conll", "spacy", "label-studio", "text"):
        out = tmp_path / f"out-{fmt}"
        assert main(["export", str(store), "-f", fmt, "-o", str(out)]) == 0, fmt
        assert out.exists()
    assert (tmp_path / "out-label-studio.label_config.xml").exists()


@pytest.mark.parametrize("argv, message", [
    (["--reviewer", "zed"], "no reviewer 'zed'"),
    (["--ids", "nope"], "no document with id 'nope'"),
    (["--related"], "--related only applies to --format text"),
])
def test_errors_are_one_line(tmp_path, store, capsys, argv, message):
    out = tmp_path / "x.jsonl"
    assert main(["export", str(store), "-f", "jsonl", "-o", str(out), *argv]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fasl: error: ") and message in err and err.count("\n") == 1
    assert not out.exists()


def test_missing_store_and_unwritable_out(tmp_path, store, capsys):
    assert main(["export", str(tmp_path / "none.sqlite"), "-f", "jsonl", "-o", "x"]) == 1
    assert "none.sqlite: no such store" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["export", str(store), "-f", "jsonl", "-o", str(blocker / "x.jsonl")]) == 1
    err = capsys.readouterr().err
    assert f"{blocker / 'x.jsonl'}: {blocker} is a file, not a folder" in err and err.count("\n") == 1
