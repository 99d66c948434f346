"""The `fasl` command's headless subcommands, run in-process and once as the installed script."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from fasl.gui.cli import _default_to_gui, build_parser, main
from fasl.resources import resource_path
from fasl.textlogic.zones import Segment, Zone, check_cover

SAMPLES = resource_path("samples")


def test_import_then_stats(tmp_path, capsys):
    store = tmp_path / "s.sqlite"
    assert main(["import", str(store), str(SAMPLES)]) == 0
    out = capsys.readouterr().out
    assert "3 imported" in out
    assert main(["import", str(store), str(SAMPLES)]) == 0
    assert "3 already in the store" in capsys.readouterr().out
    assert main(["stats", str(store)]) == 0
    stats = capsys.readouterr().out
    assert "documents: 3" in stats
    assert "zones from auto-split" in stats


def test_import_reports_skipped_files_and_exits_1(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    assert main(["import", str(tmp_path / "s.sqlite"), str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"fasl: skipped {bad}: binary" in err


def test_errors_are_one_line_with_nonzero_status(tmp_path, capsys):
    not_a_store = tmp_path / "notes.txt"
    not_a_store.write_text("hello")
    assert main(["stats", str(not_a_store)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("fasl: error:") and "not a fasl store" in err[0]
    assert main(["stats", str(tmp_path / "missing.sqlite")]) == 1
    assert "no such store" in capsys.readouterr().err


def test_split_prints_one_json_object_per_file_with_code_point_offsets(tmp_path, capsys):
    emoji = tmp_path / "emoji.txt"
    emoji.write_bytes("خبر 😀 عاجل\r\nسطر ثانٍ\n".encode("utf-16"))
    files = [*sorted(SAMPLES.glob("*.txt")), emoji]
    assert main(["split", *map(str, files)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == len(files)
    for path, line in zip(files, lines, strict=True):
        record = json.loads(line)
        assert record["path"] == str(path)
        text = path.read_bytes().decode("utf-16" if path == emoji else "utf-8")
        text = text.replace("\r\n", "\n")
        segments = [Segment(s["start"], s["end"], Zone(s["label"]), s["item"], s["confidence"])
                    for s in record["segments"]]
        check_cover(segments, len(text))
        assert set(record["segments"][0]) == {"start", "end", "label", "item", "confidence"}


def test_split_table_format_and_bad_file(tmp_path, capsys):
    missing = tmp_path / "missing.txt"
    assert main(["split", "--format", "table", str(next(SAMPLES.glob("000_*"))),
                 str(missing)]) == 1
    captured = capsys.readouterr()
    assert "related" in captured.out
    assert f"fasl: skipped {missing}" in captured.err


@pytest.mark.parametrize("command", [[], ["import"], ["stats"], ["split"], ["gui"]])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: fasl" in capsys.readouterr().out


def test_installed_console_script_runs(tmp_path):
    script = shutil.which("fasl", path=str(sys.executable).rsplit("/", 1)[0])
    assert script, "the `fasl` entry point is installed next to this Python"
    result = subprocess.run([script, "import", str(tmp_path / "s.sqlite"), str(SAMPLES)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "3 imported" in result.stdout


@pytest.mark.parametrize("argv, expected", [
    ([], ["gui"]),
    (["my.sqlite"], ["gui", "my.sqlite"]),
    (["exprot", "--reviewer", "x"], ["exprot", "--reviewer", "x"]),  # a typo is no store
    (["--reviewer", "مريم"], ["gui", "--reviewer", "مريم"]),
    (["stats", "my.sqlite"], ["stats", "my.sqlite"]),
    (["--help"], ["--help"]),
])
def test_without_a_command_the_arguments_go_to_the_window(argv, expected):
    assert _default_to_gui(build_parser(), argv) == expected
