"""Export: which documents, each format's content against the stored text, atomic writing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_export_helpers import (RICH_ENTITIES, RICH_TEXT, Doc, build_samples_store, build_store,
                                 find, sample_docs)

from fasl.store.errors import StoreError
from fasl.store.export import FORMATS, ExportError, export
from fasl.store.export.brat import fragments
from fasl.store.export.conll import levels
from fasl.store.export.select import Span, resolve_reviewer
from fasl.store.reviews import set_state
from fasl.textlogic.zones import Segment, Zone


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One store for the tests that only read it."""
    built = build_samples_store(tmp_path_factory.mktemp("shared") / "store.sqlite")
    yield built
    built.db.close()


@pytest.fixture
def built(tmp_path, sample_texts):
    """A store of its own, for tests that change it."""
    return build_store(tmp_path / "store.sqlite", sample_docs(sample_texts))


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# -- selection -------------------------------------------------------------------------------

def test_default_reviewer_is_the_only_one_with_work(shared):
    assert resolve_reviewer(shared.db, None) == "ann"


def test_gold_wins_when_it_has_done_documents(built):
    set_state(built.db, built.ids[0], "gold", "done")
    set_state(built.db, built.ids[1], "bob", "in_progress")
    assert resolve_reviewer(built.db, None) == "gold"


def test_several_reviewers_without_gold_is_an_error_listing_them(built):
    set_state(built.db, built.ids[1], "bob", "flagged", "odd")
    with pytest.raises(StoreError, match=r"--reviewer.*ann \(4 done\); bob \(1 flagged\)"):
        resolve_reviewer(built.db, None)


def test_unknown_or_reserved_reviewer_is_refused(shared):
    with pytest.raises(StoreError, match="no reviewer 'zed'.*ann"):
        resolve_reviewer(shared.db, "zed")
    with pytest.raises(StoreError, match="fasl's own"):
        resolve_reviewer(shared.db, "auto")


def test_empty_store_says_nobody_reviewed(db):
    with pytest.raises(StoreError, match="nobody has reviewed"):
        resolve_reviewer(db, None)


def test_states_and_ids_filter(tmp_path, built):
    set_state(built.db, built.ids[0], "ann", "flagged", "unsure")
    out = tmp_path / "x.jsonl"
    assert export(built.db, "jsonl", out).documents == 3
    assert [r["state"] for r in _lines(out)] == ["done"] * 3
    report = export(built.db, "jsonl", out, states=["flagged"])
    assert report.documents == 1 and _lines(out)[0]["note"] == "unsure"
    assert export(built.db, "jsonl", out, states=None).documents == 4
    report = export(built.db, "jsonl", out, ids=["rich"])
    assert [r["id"] for r in _lines(out)] == ["rich"]
    with pytest.raises(StoreError, match="no document with id 'nope'"):
        export(built.db, "jsonl", out, ids=["rich", "nope"])


def test_never_opened_documents_count_as_new(tmp_path):
    built = build_store(tmp_path / "s.sqlite", [Doc("نص أول", state="new"), Doc("نص ثان")])
    out = tmp_path / "new.jsonl"
    report = export(built.db, "jsonl", out, states=["new"])
    assert report.documents == 1 and _lines(out)[0]["text"] == "نص أول"


# -- jsonl -----------------------------------------------------------------------------------

def test_jsonl_record_offsets_fit_its_text(tmp_path, shared):
    out = tmp_path / "gold.jsonl"
    report = export(shared.db, "jsonl", out)
    records = _lines(out)
    assert report.documents == len(records) == 4
    rich = records[-1]
    assert list(rich) == ["id", "name", "origin", "sha256", "metadata", "text", "zones",
                          "entities", "reviewer", "state", "note"]
    assert rich["text"] == RICH_TEXT and rich["note"] == "checked twice"
    assert rich["metadata"]["site"] == "test"
    assert {(e["start"], e["end"], e["type"]) for e in rich["entities"]} == set(RICH_ENTITIES)
    for rec in records:
        for ent in rec["entities"]:
            assert rec["text"][ent["start"]:ent["end"]] == ent["text"]
        assert rec["zones"][0]["start"] == 0 and rec["zones"][-1]["end"] == len(rec["text"])
        assert all(a["end"] == b["start"] for a, b in zip(rec["zones"], rec["zones"][1:]))


def test_only_accepted_entities_are_exported(tmp_path, built):
    from fasl.store.entities import add_suggestions, get_entities

    doc_id = built.ids[-1]
    start, end = find(RICH_TEXT, "دوراً")
    add_suggestions(built.db, doc_id, "ann", [(start, end, "MISC", "دوراً")])
    assert any(e.type == "MISC" for e in get_entities(built.db, doc_id, "ann"))
    export(built.db, "jsonl", tmp_path / "a.jsonl", ids=["rich"])
    assert "MISC" not in {e["type"] for e in _lines(tmp_path / "a.jsonl")[0]["entities"]}


# -- brat ------------------------------------------------------------------------------------

def test_brat_pairs_have_fragments_that_match_the_text(tmp_path, shared):
    out = tmp_path / "brat"
    export(shared.db, "brat", out)
    names = sorted(p.name for p in out.iterdir())
    assert "annotation.conf" in names and "rich.txt" in names and "rich.ann" in names
    assert len([n for n in names if n.endswith(".ann")]) == 4
    for ann in out.glob("*.ann"):
        text = ann.with_suffix(".txt").read_bytes().decode("utf-8")
        for line in ann.read_text(encoding="utf-8").splitlines():
            if not line.startswith("T"):
                continue
            _, head, shown = line.split("\t")
            frags = [tuple(map(int, f.split())) for f in head.split(" ", 1)[1].split(";")]
            assert " ".join(text[a:b] for a, b in frags) == shown
            assert all("\n" not in text[a:b] for a, b in frags)
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    assert "zone_body" in conf and "NORP" in conf and "<OVERLAP>" in conf


def test_brat_fragments_skip_every_line_break():
    text = "أ\nب\x85ج\n\nد"
    assert fragments(text, 0, len(text)) == [(0, 1), (2, 3), (4, 5), (7, 8)]
    assert fragments(text, 1, 2) == []


def test_brat_refuses_a_folder_of_other_files(tmp_path, shared):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.txt").write_text("keep me")
    with pytest.raises(ExportError, match="not empty and not a fasl export"):
        export(shared.db, "brat", out)
    assert (out / "thesis.txt").read_text() == "keep me"


def test_brat_replaces_an_earlier_export(tmp_path, shared):
    out = tmp_path / "brat"
    export(shared.db, "brat", out)
    export(shared.db, "brat", out, ids=["rich"])
    assert sorted(p.name for p in out.glob("*.ann")) == ["rich.ann"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# -- conll -----------------------------------------------------------------------------------

def test_conll_splits_clitics_and_puts_nested_entities_in_a_second_column(tmp_path, shared):
    out = tmp_path / "x.conll"
    export(shared.db, "conll", out, ids=["rich"])
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[0] == "-DOCSTART-\tO\tO" and lines[1] == ""
    rows = [line.split("\t") for line in lines if line and not line.startswith("-DOCSTART-")]
    assert all(len(r) == 3 for r in rows)
    tokens = [r[0] for r in rows]
    k = tokens.index("روسيا")
    assert tokens[k - 1] == "ل" and rows[k - 1][1] == "O" and rows[k][1] == "B-GPE"
    k = tokens.index("وزير")
    assert [r[1:] for r in rows[k:k + 3]] == [["B-OCC", "O"], ["I-OCC", "O"], ["I-OCC", "B-NORP"]]
    assert "مُحَمَّدٌ" in tokens and "😀" in tokens
    # Sentences: a blank line after "." and at line ends.
    assert "" in lines[lines.index("\t".join([".", "O", "O"])) + 1:][:1]


def test_levels_of_nested_spans():
    spans = [Span(0, 10, "A", ""), Span(0, 4, "B", ""), Span(1, 2, "C", ""),
             Span(5, 10, "D", ""), Span(12, 14, "E", "")]
    assert levels(spans) == [0, 1, 2, 1, 0]


# -- spacy, label studio, text --------------------------------------------------------------

def test_spacy_tokens_rebuild_the_text_and_spans_point_at_tokens(tmp_path, shared):
    out = tmp_path / "x.spacy.jsonl"
    export(shared.db, "spacy", out)
    for rec in _lines(out):
        reshared = "".join(t["text"] + (" " if t["ws"] else "") for t in rec["tokens"])
        assert reshared == rec["text"]
        for span in rec["spans"]:
            first, last = rec["tokens"][span["token_start"]], rec["tokens"][span["token_end"]]
            assert (first["start"], last["end"]) == (span["start"], span["end"])


def test_label_studio_tasks_and_config(tmp_path, shared):
    out = tmp_path / "tasks.json"
    report = export(shared.db, "label-studio", out)
    config = tmp_path / "tasks.label_config.xml"
    assert report.files == [out, config]
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert len(tasks) == 4
    import xml.etree.ElementTree as ET

    view = ET.fromstring(config.read_text(encoding="utf-8"))
    controls = {c.get("name"): {lab.get("value") for lab in c} for c in view.iter("Labels")}
    for task in tasks:
        text = task["data"]["text"]
        for region in task["annotations"][0]["result"]:
            value = region["value"]
            assert text[value["start"]:value["end"]] == value["text"]
            assert region["to_name"] == "text" and region["type"] == "labels"
            assert value["labels"][0] in controls[region["from_name"]]


def test_text_format_main_story_and_related_items(tmp_path):
    text = "عنوان الخبر\nنص الخبر الأول.\nإعلان\nبقية النص.\nالمصدر: وكالة\nإقرأ أيضاً: خبر آخر\n"
    cut = [0, 12, 28, 34, 45, 59, len(text)]
    labels = [Zone.TITLE, Zone.BODY, Zone.BOILERPLATE, Zone.BODY, Zone.SOURCE, Zone.RELATED]
    segments = [Segment(a, b, z, 1 if z == Zone.RELATED else None, 1.0, "human")
                for a, b, z in zip(cut, cut[1:], labels)]
    built = build_store(tmp_path / "s.sqlite", [Doc(text, segments=segments, uid="n1")])
    out = tmp_path / "corpus.jsonl"
    export(built.db, "text", out, related=True)
    main, related = _lines(out)
    assert main["title"] == "عنوان الخبر"
    assert main["body"] == "نص الخبر الأول.\nبقية النص."
    assert main["source"] == "المصدر: وكالة" and main["tags"] == "" and "إعلان" not in str(main)
    assert related == {"id": "n1#related-1", "parent": "n1", "kind": "related", "item": 1,
                       "text": "إقرأ أيضاً: خبر آخر"}
    export(built.db, "text", out)
    assert len(_lines(out)) == 1


# -- writing ---------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path, shared, fmt):
    out = tmp_path / f"out.{fmt}"
    export(shared.db, fmt, out)
    before = {p.name: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()
              and p.suffix != ".sqlite" and "sqlite" not in p.name}
    seen = []
    report = export(shared.db, fmt, out, progress=lambda d, t: seen.append((d, t)),
                    cancelled=lambda: len(seen) >= 2)
    assert report.cancelled and seen == [(1, 4), (2, 4)]
    after = {p.name: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()
             and p.suffix != ".sqlite" and "sqlite" not in p.name}
    assert after == before


def test_a_failure_midway_leaves_nothing_under_the_real_name(tmp_path, shared):
    out = tmp_path / "x.jsonl"

    def boom(done: int, total: int) -> None:
        if done == 2:
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        export(shared.db, "jsonl", out, progress=boom)
    assert list(tmp_path.glob("*.jsonl")) == [] and not any(
        p.name.startswith(".x.jsonl") for p in tmp_path.iterdir())


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux's /proc")
def test_unwritable_path_is_one_clear_error(shared):
    # /proc refuses new files even to root (CI runs as root, so chmod would prove nothing).
    with pytest.raises(ExportError, match=r"^/proc/fasl-test.jsonl: cannot write here \("):
        export(shared.db, "jsonl", Path("/proc/fasl-test.jsonl"))


def test_path_under_a_file_is_one_clear_error(tmp_path, shared):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match=f"{blocker / 'x.jsonl'}: .* is a file, not a folder"):
        export(shared.db, "jsonl", blocker / "x.jsonl")
    with pytest.raises(ExportError, match="unknown export format 'xml'"):
        export(shared.db, "xml", tmp_path / "x")


def test_an_export_never_replaces_a_device_or_a_link(tmp_path):
    from fasl.store.export.atomic import AtomicFile, ExportError

    with pytest.raises(ExportError, match="not a regular file"):
        AtomicFile(Path("/dev/null"))
    target = tmp_path / "real.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    out = AtomicFile(link)
    out.write("new\n")
    out.commit()
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new\n"
