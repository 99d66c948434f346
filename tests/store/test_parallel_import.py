"""`--jobs N`: the same store and the same report as one process, for import and split."""
from __future__ import annotations

import json

import pytest

from fasl.gui.cli import main
from fasl.gui.cli_care import ProgressLine
from fasl.store.db import open_store
from fasl.store.importer import import_paths
from fasl.store.parallel_import import import_paths_parallel

ARABIC = "قال وزير الخارجية إن المفاوضات ستستمر، وأضاف أن مصر تبذل جهوداً كبيرة.\n"


@pytest.fixture
def corpus(tmp_path, samples_dir):
    """Files, a JSONL crawl, duplicates, colliding ids and bad input, in nested folders."""
    root = tmp_path / "corpus"
    (root / "a" / "b").mkdir(parents=True)
    samples = [p.read_text(encoding="utf-8") for p in sorted(samples_dir.glob("*.txt"))]
    for i in range(40):  # more than one chunk of files
        folder = root / ("a" if i % 2 else "a/b")
        (folder / f"doc{i:03}.txt").write_text(f"{samples[i % 3]}\nرقم {i}\n", encoding="utf-8")
    (root / "a" / "dup.txt").write_text(f"{samples[0]}\nرقم 0\n", encoding="utf-8")
    (root / "a" / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (root / "a" / "cp.txt").write_bytes(ARABIC.encode("cp1256"))
    lines = []
    for i in range(140):  # more than one chunk of lines
        if i % 97 == 5:
            lines.append('{"id": "broken", "text": ')
        else:
            lines.append(json.dumps({"id": f"doc{i:03}" if i < 3 else f"r{i}",
                                     "text": f"{samples[i % 3]}\nسجل {i}\n",
                                     "url": f"https://example.com/{i}"}, ensure_ascii=False))
    (root / "crawl.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def _dump(db):
    """Every row that does not carry a time stamp."""
    return {
        "documents": db.execute("SELECT id, uid, name, origin, raw_sha256, text_sha256, "
                                "encoding, text, length, meta FROM documents "
                                "ORDER BY id").fetchall(),
        "segments": db.execute("SELECT * FROM segments ORDER BY id").fetchall(),
        "reviews": db.execute("SELECT doc_id, reviewer, state, min_confidence, zone_summary "
                              "FROM reviews ORDER BY doc_id, reviewer").fetchall(),
        "history": db.execute("SELECT id, reviewer, doc_id, action, detail FROM history "
                              "ORDER BY id").fetchall(),
        "search": db.execute("SELECT rowid FROM document_search WHERE document_search "
                             "MATCH 'الخارجية' ORDER BY rowid").fetchall(),
    }


def test_two_processes_give_the_same_store_and_report_as_one(tmp_path, corpus):
    one = open_store(tmp_path / "one.sqlite")
    two = open_store(tmp_path / "two.sqlite")
    r1 = import_paths(one, [corpus])
    seen = []
    r2 = import_paths_parallel(two, [corpus], jobs=2,
                               progress=lambda done, total, where: seen.append((done, total)))
    assert len(r1.imported) > 170
    assert (r2.imported, r2.duplicates, r2.problems) == (r1.imported, r1.duplicates, r1.problems)
    assert [p.path.rsplit("/", 1)[-1] for p in r1.problems] == [
        "crawl.jsonl:6", "crawl.jsonl:103", "bin.txt"]
    assert r1.duplicates == 1
    assert _dump(two) == _dump(one)
    assert seen[-1][0] == seen[-1][1] and all(a <= b for (a, _), (b, _) in zip(seen, seen[1:]))


def test_cancelling_a_parallel_import_keeps_whole_documents(tmp_path, corpus):
    db = open_store(tmp_path / "s.sqlite")
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 30

    report = import_paths_parallel(db, [corpus], jobs=2, cancelled=cancelled)
    assert report.cancelled
    stored = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 0 < stored == len(report.imported) < 170


def test_import_command_with_jobs(tmp_path, corpus, capsys):
    assert main(["import", "--jobs", "2", str(tmp_path / "s.sqlite"), str(corpus)]) == 1
    out, err = capsys.readouterr()
    assert "179 imported, 1 already in the store, 3 skipped" in out
    assert "fasl: skipped" in err and "bin.txt: binary" in err
    with pytest.raises(SystemExit):
        main(["import", "--jobs", "-1", str(tmp_path / "s.sqlite"), str(corpus)])
    assert "must be 0 (one per CPU) or more" in capsys.readouterr().err


def test_split_command_prints_the_same_with_jobs(tmp_path, corpus, capsys):
    files = sorted(str(p) for p in corpus.rglob("*.txt"))
    assert main(["split", *files]) == 1
    single = capsys.readouterr()
    assert main(["split", "--jobs", "2", *files]) == 1
    double = capsys.readouterr()
    assert double.out == single.out and double.err == single.err
    assert len(single.out.splitlines()) == len(files) - 1


def test_progress_line_logs_rate_and_time_left_on_long_runs(capsys):
    line = ProgressLine("importing", log_every=0.0)
    line.started -= 10  # as if ten seconds had passed
    line(4_000_000, 10_000_000, "x")
    line.finish()
    err = capsys.readouterr().err
    assert err.startswith("importing  40.0%  1 items, 0/s, 0.4 MB/s, 0:15 left")
    quiet = ProgressLine("importing")  # a run shorter than the log interval prints nothing
    quiet(10, 10, "x")
    assert capsys.readouterr().err == ""
