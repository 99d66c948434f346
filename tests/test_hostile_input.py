"""Hostile and broken input through decode -> import -> store (-> export -> import).

Each case is what a crawl or a colleague can really hand over: it either comes in exactly
(text, offsets) or is refused with a message that names the file and says why, and a
refusal never costs the other files.  How the review window shows the odd ones is in
tests/gui/test_hostile_display.py.
"""
from __future__ import annotations

import codecs
import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fasl.store.check import check_store
from fasl.store.db import open_store
from fasl.store.documents import ReviewState, get_document
from fasl.store.entities import add_entity, get_entities
from fasl.store.importer import DEFAULT_MAX_BYTES, import_paths
from fasl.store.reviews import set_state
from fasl.store.segments import get_segments, save_segments
from fasl.textlogic.decode import DecodeError, decode_bytes
from fasl.textlogic.zones import Segment, Zone, check_cover

ARABIC = "قال وزير الخارجية إن المفاوضات ستستمر، وأضاف أن مصر تبذل جهوداً كبيرة.\n"
BIDI = "\u202b\u200fمرحبا\u200e ABC \u202e123\u202c \u2066اسم\u2069 \u061c\u200d"
EMOJI = "خبر 👍🏽 عاجل 🇪🇬 و👨‍👩‍👧 نهاية\n"
HTML = '<img src="https://example.com/x.png"> <b>عاجل</b> <a href=x>رابط</a> &amp; <qt>\n'


@pytest.fixture
def db(tmp_path):
    database = open_store(tmp_path / "store.sqlite")
    yield database
    database.close()


def _import_one(db, path, **kwargs):
    report = import_paths(db, [path], **kwargs)
    return report, [get_document(db, i) for i in report.imported]


def _reason(report):
    (problem,) = report.problems
    return problem.path, problem.reason


# -- refused with a reason ----------------------------------------------------------------


@pytest.mark.parametrize(("data", "expected"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
    (b"%PDF-1.7\n" + bytes(range(0, 32)) * 40, "binary"),
    (ARABIC.encode() + b"\x00" + ARABIC.encode(), "a NUL byte at line 2 (byte"),
    (ARABIC.encode() * 3 + b"\xff\xfe\xfa" + ARABIC.encode(),
     "not valid UTF-8 at line 4 (byte"),
    # Mixed encodings: UTF-8 lines, then a Windows-1256 line.
    (ARABIC.encode() * 2 + ARABIC.encode("cp1256"), "mixed encodings or a damaged file"),
], ids=["png", "pdf", "nul", "invalid-utf8", "mixed-encodings"])
def test_broken_files_are_refused_with_their_name_and_the_reason(db, tmp_path, data,
                                                                 expected):
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_bytes(data)
    good.write_text(ARABIC, encoding="utf-8")
    report = import_paths(db, [bad, good])
    assert len(report.imported) == 1
    path, reason = _reason(report)
    assert path == str(bad)
    assert expected in reason


def test_a_50_mb_file_is_refused_naming_its_size_and_the_limit(db, tmp_path):
    big = tmp_path / "dump.txt"
    with big.open("wb") as fh:
        line = ARABIC.encode()
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    assert big.stat().st_size > 50 * 1024 * 1024
    report = import_paths(db, [big])
    assert report.imported == []
    path, reason = _reason(report)
    assert path == str(big)
    assert reason == (f"too large: {big.stat().st_size:,} bytes, the limit is "
                      f"{DEFAULT_MAX_BYTES:,}")


def test_a_large_file_under_the_limit_imports_whole(db, tmp_path):
    text = ARABIC * (2 * 1024 * 1024 // len(ARABIC.encode()))
    path = tmp_path / "large.txt"
    path.write_text(text, encoding="utf-8")
    report, (doc,) = _import_one(db, path)
    assert report.problems == []
    assert doc.text == text
    check_cover(get_segments(db, doc.id, "auto"), len(text))


def test_a_jsonl_line_that_is_not_json_is_reported_by_line_and_the_rest_imports(db, tmp_path):
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a1", "text": ARABIC}, ensure_ascii=False),
        '{"id": "a2", "text": "نص مقطوع',  # the crawler died mid-record
        "<html>not json</html>",
        json.dumps(["a", "list"]),
        json.dumps({"id": "a3", "text": ARABIC + "ثانية"}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    report = import_paths(db, [path])
    assert len(report.imported) == 2
    assert [(p.path, p.reason.split(" (")[0]) for p in report.problems] == [
        (f"{path}:2", "not JSON"), (f"{path}:3", "not JSON"),
        (f"{path}:4", "a JSON record must be an object")]


# -- stored exactly --------------------------------------------------------------------------


def test_one_megabyte_line_without_a_break_imports_and_is_split(db, tmp_path):
    line = ("كلمة " * 210_000)[:1_000_000]
    path = tmp_path / "one-line.txt"
    path.write_text(line, encoding="utf-8")
    report, (doc,) = _import_one(db, path)
    assert report.problems == []
    assert doc.text == line and "\n" not in doc.text
    check_cover(get_segments(db, doc.id, "auto"), len(line))


def test_lone_cr_line_ends_become_lf(db, tmp_path):
    path = tmp_path / "mac.txt"
    path.write_bytes(ARABIC.replace("\n", "\r").encode() * 3)
    _, (doc,) = _import_one(db, path)
    assert doc.text == ARABIC * 3


@pytest.mark.parametrize(("bom", "encoding"), [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_a_bom_is_dropped_and_remembered(db, tmp_path, bom, encoding):
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + ARABIC.encode(encoding))
    _, (doc,) = _import_one(db, path)
    assert doc.text == ARABIC and doc.meta == {"bom": True}


def test_utf16_without_a_bom_is_read(db, tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes((ARABIC + BIDI).encode("utf-16-le"))
    _, (doc,) = _import_one(db, path)
    assert doc.text == ARABIC + BIDI and doc.encoding == "utf-16"


@pytest.mark.parametrize("text", [BIDI, EMOJI, HTML], ids=["bidi", "emoji", "html"])
def test_bidi_controls_emoji_and_markup_are_kept_exactly_with_code_point_offsets(db, tmp_path,
                                                                                 text):
    body = ARABIC + text + ARABIC
    path = tmp_path / "odd.txt"
    path.write_text(body, encoding="utf-8")
    _, (doc,) = _import_one(db, path)
    assert doc.text == body
    start, end = len(ARABIC), len(ARABIC) + len(text.rstrip("\n"))
    entity = add_entity(db, doc.id, "amal", start, end, "ORG", body[start:end])
    assert doc.text[entity.start:entity.end] == text.rstrip("\n")
    save_segments(db, doc.id, "amal", [Segment(0, start, Zone.BODY, origin="human"),
                                      Segment(start, len(body), Zone.BOILERPLATE,
                                              origin="human")], "split")
    assert check_store(db) == []


@pytest.mark.parametrize("name", [
    "خبر عاجل.txt", "with  spaces .txt", "line\nbreak.txt", "<b>bold<\\b> <img src=x>.txt",
    "\u202eevil\u202c.txt"])
def test_odd_file_names_import_under_their_own_name(db, tmp_path, name):
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / name
    path.write_text(ARABIC + name, encoding="utf-8")
    report, (doc,) = _import_one(db, folder)
    assert report.problems == []
    assert doc.name == name and doc.uid == name.removesuffix(".txt")
    assert doc.origin == str(path.resolve())


# -- a store that cannot be written ----------------------------------------------------------


def test_a_full_disk_during_import_keeps_whole_documents_only(tmp_path):
    """SQLITE_FULL (the store hits its size cap) mid-import: no half document is left."""
    db = open_store(tmp_path / "s.sqlite")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 40}")
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:02}.txt").write_text(f"{ARABIC * 30}{i}\n", encoding="utf-8")
    report = import_paths(db, [folder])
    assert report.problems, "the cap was meant to be hit"
    assert any("full" in p.reason for p in report.problems)
    db.execute(f"PRAGMA max_page_count = {2**30}")
    assert check_store(db) == []
    stored = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert stored == len(report.imported)
    assert db.execute("SELECT count(*) FROM history WHERE action = 'import'").fetchone()[0] \
        == stored


def test_a_read_only_store_file_refuses_the_edit_and_keeps_what_was_there(tmp_path):
    path = tmp_path / "s.sqlite"
    db = open_store(path)
    src = tmp_path / "a.txt"
    src.write_text(ARABIC, encoding="utf-8")
    import_paths(db, [src])
    db.close()
    ro = open_store(path, readonly=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        set_state(ro, 1, "amal", ReviewState.DONE)
    ro.close()
    again = open_store(path)
    assert check_store(again) == []
    assert again.execute("SELECT count(*) FROM reviews WHERE reviewer = 'amal'").fetchone()[0] \
        == 0


# -- anything at all ---------------------------------------------------------------------


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=400),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=200).map(lambda t: t.encode("utf-16", "surrogatepass")),
    st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي \n\r\u064b\u200f👍<>", max_size=200)
      .map(lambda t: t.encode("cp1256", "replace"))))
def test_any_bytes_are_stored_exactly_or_refused_with_a_reason(tmp_path_factory, data):
    """Random bytes: decode -> import -> a reviewer's edit -> export -> import elsewhere.

    Either the file is refused with a reason (and nothing is stored), or the stored text is
    what decode gave, zones and entities survive a round trip through the jsonl export at
    the same code points, and `fasl check` finds nothing wrong in either store.
    """
    from fasl.store.export import export

    tmp = tmp_path_factory.mktemp("any")
    path = tmp / "in.txt"
    path.write_bytes(data)
    try:
        expected = decode_bytes(data).text
    except DecodeError:
        expected = None
    db = open_store(tmp / "a.sqlite")
    report = import_paths(db, [path])
    if expected is None:
        assert report.imported == [] and len(report.problems) == 1
        assert report.problems[0].reason
        assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
        return
    (doc_id,) = report.imported
    assert get_document(db, doc_id).text == expected
    n = len(expected)
    cut = n // 2 or n
    zones = [Segment(0, cut, Zone.BODY, origin="human")]
    if cut < n:
        zones.append(Segment(cut, n, Zone.LIST, origin="human"))
    save_segments(db, doc_id, "amal", zones, "split")
    add_entity(db, doc_id, "amal", 0, max(1, n // 3), "PER", expected[:max(1, n // 3)])
    set_state(db, doc_id, "amal", ReviewState.DONE)
    assert check_store(db) == []
    export(db, "jsonl", tmp / "out.jsonl", reviewer="amal")
    other = open_store(tmp / "b.sqlite")
    back = import_paths(other, [tmp / "out.jsonl"])
    assert back.problems == []
    (new_id,) = back.imported
    assert get_document(other, new_id).text == expected
    assert [(s.start, s.end, s.label) for s in get_segments(other, new_id, "amal")] == \
        [(s.start, s.end, s.label) for s in zones]
    assert [(e.start, e.end, e.type) for e in get_entities(other, new_id, "amal")] == \
        [(0, max(1, n // 3), "PER")]
    assert check_store(other) == []
