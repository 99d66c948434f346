"""`import_paths`: encodings, normalisation, dedupe, bad files, JSONL, atomicity."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from fasl.store.documents import get_document
from fasl.store.history import document_history
from fasl.store.importer import import_paths
from fasl.store.segments import get_segments
from fasl.textlogic.zones import check_cover

ARABIC = "وزير الخارجية الروسي يطالب بوقف التصعيد\nتاريخ النشر: 26th, October 2023 GMT\nدعا الوزير إلى وقف فوري للقتال.\n"


def _only_doc(db):
    (row,) = db.execute("SELECT id FROM documents").fetchall()
    return get_document(db, row[0])


@pytest.mark.parametrize(
    ("encoding", "data", "expected_encoding"),
    [
        ("utf-8", ARABIC.encode("utf-8"), "utf-8"),
        ("utf-8 with BOM", b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), "utf-8"),
        ("utf-16-le with BOM", b"\xff\xfe" + ARABIC.encode("utf-16-le"), "utf-16"),
        ("utf-16-be with BOM", b"\xfe\xff" + ARABIC.encode("utf-16-be"), "utf-16"),
        ("windows-1256", ARABIC.encode("cp1256"), "cp1256"),
    ],
)
def test_each_encoding_imports_to_the_same_text(db, tmp_path, encoding, data, expected_encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    report = import_paths(db, [path])
    assert report.problems == []
    doc = _only_doc(db)
    assert doc.text == ARABIC
    assert doc.encoding == expected_encoding
    assert doc.raw_sha256 == hashlib.sha256(data).hexdigest()
    assert doc.text_sha256 == hashlib.sha256(ARABIC.encode("utf-8")).hexdigest()
    check_cover(get_segments(db, doc.id, "anyone"), len(doc.text))


def test_crlf_and_lone_cr_become_lf(db, tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(ARABIC.replace("\n", "\r\n").encode("utf-8") + "سطر\rآخر".encode())
    import_paths(db, [path])
    assert _only_doc(db).text == ARABIC + "سطر\nآخر"


def test_reimporting_the_same_content_is_a_no_op(db, tmp_path, samples_dir, table_dump):
    first = import_paths(db, [samples_dir])
    assert len(first.imported) == 3
    before = table_dump(db)
    copy = tmp_path / "renamed.txt"
    copy.write_bytes(next(samples_dir.glob("000_*.txt")).read_bytes().replace(b"\n", b"\r\n"))
    again = import_paths(db, [samples_dir, copy])
    assert again.imported == []
    assert again.duplicates == 4
    assert table_dump(db) == before


def test_sample_documents_keep_their_ids_and_are_auto_split(db, samples_dir, sample_texts):
    import_paths(db, [samples_dir])
    uids = {r[0] for r in db.execute("SELECT uid FROM documents")}
    assert uids == {name.removesuffix(".txt") for name in sample_texts}
    for (doc_id,) in db.execute("SELECT id FROM documents").fetchall():
        doc = get_document(db, doc_id)
        segments = get_segments(db, doc_id, "auto")
        check_cover(segments, len(doc.text))
        assert len(segments) > 1, "the samples all have appended material"


BAD_FILES = {
    "binary.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \n\t\n", "empty"),
    "broken-utf16.txt": (b"\xff\xfe" + "نص".encode("utf-16-le") + b"\x00\xd8", "not valid utf-16"),
    "nul.txt": ("نص".encode() + b"\x00" + "نص".encode(), "binary"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_reported_with_path_and_reason_and_the_rest_imports(db, tmp_path, name):
    data, reason = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(ARABIC, encoding="utf-8")
    report = import_paths(db, [bad, good])
    assert len(report.imported) == 1
    (problem,) = report.problems
    assert problem.path == str(bad)
    assert reason in problem.reason.lower()


def test_file_over_the_size_limit_is_skipped(db, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(ARABIC * 100, encoding="utf-8")
    report = import_paths(db, [big], max_bytes=1000)
    assert report.imported == []
    assert "too large" in report.problems[0].reason


def test_unreadable_file_is_reported(db, tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text(ARABIC, encoding="utf-8")
    real_read = Path.read_bytes

    def read_bytes(self):  # root ignores chmod, so deny the read at the OS call
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    report = import_paths(db, [locked])
    assert report.problems[0].path == str(locked)
    assert "permission denied" in report.problems[0].reason.lower()


def test_missing_path_is_reported(db, tmp_path):
    report = import_paths(db, [tmp_path / "nope.txt"])
    assert "no such file" in report.problems[0].reason


def test_folder_is_walked_recursively_and_non_text_files_are_named(db, tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text(ARABIC + "ثانٍ", encoding="utf-8")
    (tmp_path / "a" / "b" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "a" / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    report = import_paths(db, [tmp_path / "a"])
    assert len(report.imported) == 2
    assert [p.path for p in report.problems] == [str(tmp_path / "a" / "b" / "photo.jpg")]


def test_jsonl_records_keep_id_url_and_metadata(db, tmp_path):
    path = tmp_path / "crawl.jsonl"
    rows = [
        {"id": "doc-1", "url": "https://example.com/a", "date": "2024-05-12", "site": "x",
         "text": ARABIC},
        {"text": "خبر قصير\r\nمن سطرين"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    report = import_paths(db, [path])
    assert report.problems == []
    first = get_document(db, report.imported[0])
    assert (first.uid, first.origin) == ("doc-1", "https://example.com/a")
    assert first.meta["date"] == "2024-05-12" and first.meta["site"] == "x"
    second = get_document(db, report.imported[1])
    assert second.text == "خبر قصير\nمن سطرين"
    assert second.uid == "crawl-2"


def test_bad_jsonl_lines_are_reported_by_line_and_the_rest_imports(db, tmp_path):
    path = tmp_path / "crawl.jsonl"
    path.write_bytes(b"\n".join([
        json.dumps({"id": "ok", "text": ARABIC}).encode(),
        b"{not json",
        json.dumps({"id": "no-text"}).encode(),
        json.dumps(["a", "list"]).encode(),
        b'{"text": "\\ud800 broken"}',
        json.dumps({"text": "   "}).encode(),
    ]))
    report = import_paths(db, [path])
    assert len(report.imported) == 1
    reasons = {p.path.rsplit(":", 1)[1]: p.reason for p in report.problems}
    assert set(reasons) == {"2", "3", "4", "5", "6"}
    assert "not JSON" in reasons["2"]
    assert '"text"' in reasons["3"]
    assert "object" in reasons["4"]
    assert "surrogate" in reasons["5"]
    assert "empty" in reasons["6"]


def test_a_document_that_fails_to_store_leaves_nothing_behind(db, tmp_path):
    """A failure after the document row is written rolls the whole document back."""
    db.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON segments "
        "WHEN (SELECT name FROM documents WHERE id = NEW.doc_id) = 'bad.txt' "
        "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"
    )
    (tmp_path / "bad.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "good.txt").write_text(ARABIC + "آخر", encoding="utf-8")
    report = import_paths(db, [tmp_path / "bad.txt", tmp_path / "good.txt"])
    assert len(report.imported) == 1
    assert "refused by test" in report.problems[0].reason
    assert db.execute("SELECT name FROM documents").fetchall() == [("good.txt",)]
    assert db.execute("SELECT count(DISTINCT doc_id) FROM segments").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM document_search").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM history WHERE action = 'import'").fetchone()[0] == 1


def test_an_import_that_dies_leaves_the_store_as_it_was(db, tmp_path, samples_dir, table_dump):
    import_paths(db, [samples_dir])
    before = table_dump(db)
    for i in range(5):
        (tmp_path / f"new{i}.txt").write_text(f"{ARABIC} {i}", encoding="utf-8")

    def explode(done, total, where):
        if "new3" in where:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        import_paths(db, [tmp_path], progress=explode)
    assert table_dump(db) == before


def test_cancel_keeps_whole_documents_imported_before_it(db, tmp_path):
    for i in range(6):
        (tmp_path / f"d{i}.txt").write_text(f"{ARABIC} {i}", encoding="utf-8")
    seen = []
    report = import_paths(db, [tmp_path], progress=lambda d, t, w: seen.append(w),
                          cancelled=lambda: len(seen) >= 2)
    assert report.cancelled
    assert len(report.imported) == 2
    assert db["documents"].count == 2


def test_import_is_recorded_in_history(db, samples_dir):
    report = import_paths(db, [samples_dir])
    for doc_id in report.imported:
        (entry,) = document_history(db, doc_id)
        assert entry.action == "import" and entry.reviewer == "fasl"
