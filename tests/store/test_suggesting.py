"""Pre-annotating a store (`fasl.store.suggesting`): counts, reruns, rejections, sources,
batches and interrupts, on real stores in a temporary folder."""
from __future__ import annotations

import pytest

from fasl.store.entities import (
    EntityOrigin,
    EntityState,
    add_entity,
    get_entities,
    reviewed_spans,
    set_states,
)
from fasl.store.errors import StoreError
from fasl.store.importer import import_paths
from fasl.store.reviewers import ensure_reviewer
from fasl.store.suggesting import (
    SuggestReport,
    default_reviewer,
    learned_from_counts,
    learned_index,
    suggest_store,
)
from fasl.textlogic.suggest import SOURCES, suggest

NAME = "كيرياكوس ميتسوتاكيس"
TEXTS = [
    f"قال المحلل {NAME} في القاهرة يوم الخميس 12 مايو 2024 إن الأسعار سترتفع.",
    f"وأضاف {NAME} أن روسيا ومصر تبحثان التعاون 😀 منذ السابع من أكتوبر.",
    "وزير الخارجية الروسي سيرجي لافروف يزور الرياض.",
    "طقس حار في دبي وأبوظبي.",
    "لا شيء هنا يذكر.",
]


@pytest.fixture
def docs(db, tmp_path):
    paths = []
    for number, text in enumerate(TEXTS):
        path = tmp_path / f"d{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return import_paths(db, paths).imported


def _live(db, doc_id, reviewer):
    return [(e.start, e.end, e.type) for e in get_entities(db, doc_id, reviewer)]


def test_every_document_gets_the_merged_suggestions_as_pending(db, docs):
    report = suggest_store(db, "omar")
    expected = {doc_id: {(s.start, s.end, s.type) for s in suggest(text, SOURCES)}
                for doc_id, text in zip(docs, TEXTS, strict=True)}
    assert report.total == report.done == len(TEXTS)
    assert report.added == sum(len(v) for v in expected.values()) > 10
    for doc_id in docs:
        entities = get_entities(db, doc_id, "omar")
        assert {(e.start, e.end, e.type) for e in entities} == expected[doc_id]
        assert all(e.origin is EntityOrigin.SUGGESTED and e.state is EntityState.PENDING
                   for e in entities)
        text = TEXTS[docs.index(doc_id)]
        assert all(e.surface == text[e.start:e.end] for e in entities)
    assert "DATE" in {t for *_, t in _live(db, docs[1], "omar")}
    assert "new suggestions in 5 of 5 documents" in report.summary()


def test_running_twice_adds_nothing_and_writes_nothing(db, docs, table_dump):
    suggest_store(db, "omar")
    before = table_dump(db)
    again = suggest_store(db, "omar")
    assert again.added == 0 and again.done == len(TEXTS)
    assert table_dump(db) == before


def test_rejected_suggestions_never_come_back(db, docs):
    suggest_store(db, "omar")
    pending = get_entities(db, docs[0], "omar")
    rejected = [e.id for e in pending[:2]]
    set_states(db, rejected, "omar", EntityState.REJECTED)
    assert suggest_store(db, "omar").added == 0
    after = get_entities(db, docs[0], "omar", list(EntityState))
    assert len(after) == len(pending)
    assert {e.id for e in after if e.state is EntityState.REJECTED} == set(rejected)


def test_suggestions_are_per_reviewer(db, docs):
    first = suggest_store(db, "omar").added
    assert suggest_store(db, "salma").added == first
    set_states(db, [e.id for e in get_entities(db, docs[0], "omar")], "omar",
               EntityState.REJECTED)
    assert get_entities(db, docs[0], "salma")  # salma's are untouched


def test_learned_strings_come_from_accepted_entities_and_the_sources_switch(db, docs):
    start = TEXTS[0].index(NAME)
    add_entity(db, docs[0], "salma", start, start + len(NAME), "PERS", NAME)
    name_in_second = TEXTS[1].index(NAME)
    span = (name_in_second, name_in_second + len(NAME), "PERS")

    report = suggest_store(db, "omar", ["learned"])
    assert report.learned == 1
    assert _live(db, docs[1], "omar") == [span]
    assert _live(db, docs[3], "omar") == []  # no gazetteer places from "learned" alone

    suggest_store(db, "nada", ["gazetteers"])
    assert span not in _live(db, docs[1], "nada")
    assert {"GPE"} <= {t for *_, t in _live(db, docs[3], "nada")}
    assert "DATE" not in {t for d in docs for *_, t in _live(db, d, "nada")}

    suggest_store(db, "lina", ["patterns"])
    types = {t for d in docs for *_, t in _live(db, d, "lina")}
    assert "DATE" in types and "NORP" not in types  # NORP comes from the gazetteers only


def test_a_suggestion_crossing_a_reviewers_entity_is_not_added(db, docs):
    text = TEXTS[2]
    start = text.index("الروسي سيرجي")  # crosses the OCC chain and the PERS name
    add_entity(db, docs[2], "omar", start, start + len("الروسي سيرجي"), "MISC", "x")
    suggest_store(db, "omar")
    spans = [(e.start, e.end) for e in get_entities(db, docs[2], "omar")]
    for s, e in spans:
        assert not (s < start < e < start + 12 or start < s < start + 12 < e)


def test_cancel_keeps_what_was_done_and_a_rerun_finishes(db, docs):
    calls = iter(range(100))
    report = suggest_store(db, "omar", batch=2, cancelled=lambda: next(calls) >= 3)
    assert report.cancelled and report.done == 3
    assert all(get_entities(db, d, "omar") == [] for d in docs[3:])
    rest = suggest_store(db, "omar")
    assert rest.done == 5 and rest.added > 0 and not rest.cancelled
    assert get_entities(db, docs[3], "omar")


def test_an_interrupt_loses_only_the_batch_in_progress(db, docs):
    report = SuggestReport()

    def progress(done, total, added):
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        suggest_store(db, "omar", batch=2, progress=progress, report=report)
    assert report.done == 2 and report.added > 0
    stored = sum(len(get_entities(db, d, "omar")) for d in docs)
    assert stored == report.added
    assert get_entities(db, docs[2], "omar") == []  # its batch was rolled back
    db.execute("SELECT 1")  # the connection is usable, not left inside a transaction
    assert suggest_store(db, "omar").done == 5


def test_suggestions_take_the_projects_type_set(db, docs):
    db.execute("UPDATE settings SET value = 'anercorp' WHERE key = 'entity_type_set'")
    suggest_store(db, "omar")
    types = {t for d in docs for *_, t in _live(db, d, "omar")}
    assert types and types <= {"PERS", "LOC", "ORG", "MISC"}
    assert "LOC" in types  # القاهرة, دبي: GPE in the default set


def test_an_unusable_type_set_is_a_clear_error(db, docs):
    db.execute("UPDATE settings SET value = 'nosuchset' WHERE key = 'entity_type_set'")
    with pytest.raises(StoreError, match="entity type set cannot be used.*nosuchset"):
        suggest_store(db, "omar")


def test_bad_requests_are_refused_before_anything_is_written(db, docs, table_dump):
    before = table_dump(db)
    with pytest.raises(StoreError, match="unknown suggestion source"):
        suggest_store(db, "omar", ["learned", "wikipedia"])
    with pytest.raises(StoreError, match="reserved"):
        suggest_store(db, "auto")
    assert table_dump(db) == before


def test_default_reviewer_is_the_only_one(db, docs):
    with pytest.raises(StoreError, match="no reviewer yet"):
        default_reviewer(db)
    ensure_reviewer(db, "omar")
    assert default_reviewer(db) == "omar"
    ensure_reviewer(db, "salma")
    with pytest.raises(StoreError, match=r"several reviewers \(omar, salma\)"):
        default_reviewer(db)


def test_learned_from_counts_groups_types_per_surface():
    counts = {("روسيا", "GPE"): 3, ("روسيا", "ORG"): 1, ("لافروف", "PERS"): 2, (" ", "GPE"): 4}
    assert learned_from_counts(counts) == {"روسيا": {"GPE": 3, "ORG": 1},
                                           "لافروف": {"PERS": 2}}


def test_learned_index_weighs_tags_against_untagged_occurrences(db, tmp_path):
    texts = ["الصحة: لا إصابات جديدة", "تحسنت الصحة كثيرا", "الصحة تتحسن", "أخبار الصحة اليوم",
             "وقالت الصحة إن الوضع مستقر"]
    paths = []
    for number, text in enumerate(texts):
        path = tmp_path / f"h{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    ids = import_paths(db, paths).imported
    add_entity(db, ids[0], "salma", 0, 5, "ORG", "الصحة")
    assert list(reviewed_spans(db)) == [(texts[0], [(0, 5)])]
    assert len(learned_index(db)) == 1  # only the tagged document was reviewed
    for doc_id, text in zip(ids[1:3], texts[1:3], strict=True):  # reviewed, left untagged
        start = text.index("كثيرا") if "كثيرا" in text else text.index("تتحسن")
        add_entity(db, doc_id, "salma", start, start + 5, "MISC", text[start:start + 5])
    index = learned_index(db)
    assert len(index) == 2 and index.dropped == 1  # the two MISC words stay, الصحة goes
    report = suggest_store(db, "omar", ["learned"])
    assert report.learned == 2
    assert _live(db, ids[4], "omar") == []


def test_worker_processes_give_the_store_one_process_gives(db, docs, tmp_path):
    """``jobs=2`` computes the suggestions in spawned processes; the store must come out
    row for row as with one process, learned strings included."""
    from fasl.store.db import open_store

    ensure_reviewer(db, "lina")
    add_entity(db, docs[0], "lina", 12, 12 + len(NAME), "PERS", NAME)
    other = open_store(tmp_path / "copy.sqlite")
    for table in db.table_names():
        if table.startswith("sqlite_") or "_fts" in table:
            continue
        rows = list(db[table].rows)
        if rows:
            other[table].insert_all(rows, replace=True)
    one = suggest_store(db, "omar", batch=2)
    two = suggest_store(other, "omar", batch=2, jobs=2)
    assert (two.done, two.added, two.learned) == (one.done, one.added, one.learned)
    assert one.learned > 0 and one.added > 10
    assert {d: _live(other, d, "omar") for d in docs} == {d: _live(db, d, "omar") for d in docs}


def test_cancel_with_worker_processes_keeps_what_was_done(db, docs):
    calls = iter(range(100))
    report = suggest_store(db, "omar", batch=2, jobs=2, cancelled=lambda: next(calls) >= 3)
    assert report.cancelled and report.done == 3
    assert all(get_entities(db, d, "omar") == [] for d in docs[3:])
    assert suggest_store(db, "omar", jobs=2).done == 5
