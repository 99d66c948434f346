"""The entity parts without the window: nesting depths and lookups, readable tints, and the
suggestion worker's one-job-at-a-time queue with stale results dropped."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QColor

from fasl.gui.entities.layer import EntityLayer
from fasl.gui.entities.compute import map_rows, raw_suggestions
from fasl.gui.entities.suggester import KILL_AFTER_MS, Suggester, _types
from fasl.gui.entities.typeset import resolve, tint
from fasl.gui.offsets import OffsetMap
from fasl.store.db import open_store
from fasl.store.entities import Entity, EntityOrigin, EntityState, crosses, get_entities
from fasl.textlogic.typesets import TypeSetError

TEXT = "خبر 😀 " + "كلمة " * 40


def entity(i, start, end, state=EntityState.ACCEPTED):
    return Entity(i, 1, start, end, "PERS", EntityOrigin.HUMAN, state, TEXT[start:end])


@st.composite
def nested_spans(draw):
    spans: list[tuple[int, int]] = []
    for _ in range(draw(st.integers(0, 12))):
        a = draw(st.integers(0, len(TEXT) - 1))
        b = draw(st.integers(a + 1, len(TEXT)))
        if not any(crosses((a, b), s) for s in spans):
            spans.append((a, b))
    return spans


@given(nested_spans())
def test_depth_counts_the_entities_around_each_one(spans):
    layer = EntityLayer()
    layer.set(1, TEXT, [entity(i, a, b) for i, (a, b) in enumerate(spans)], OffsetMap(TEXT))
    for shown in layer.shown:
        e = shown.entity
        around = [s for s in layer.shown if s is not shown
                  and s.entity.start <= e.start and e.end <= s.entity.end
                  and ((s.entity.start, -s.entity.end, s.entity.id)
                       < (e.start, -e.end, e.id))]
        assert shown.depth == len(around)
        assert shown.qt_start == len(TEXT[:e.start].encode("utf-16-le")) // 2
    for cp in range(len(TEXT)):
        hit = layer.innermost_at(cp)
        inside = [e for e in layer.entities() if e.start <= cp < e.end]
        if inside:
            assert hit in inside and all(hit.end - hit.start <= e.end - e.start
                                         for e in inside)


def test_step_wraps_and_can_keep_to_suggestions():
    layer = EntityLayer()
    es = [entity(1, 0, 3), entity(2, 6, 10, EntityState.PENDING), entity(3, 11, 15),
          entity(4, 16, 20, EntityState.PENDING)]
    layer.set(1, TEXT, es, OffsetMap(TEXT))
    assert layer.step(None, 1, cursor_cp=5).id == 2
    assert layer.step(4, 1).id == 1
    assert layer.step(2, 1, pending_only=True).id == 4
    assert layer.step(2, -1, pending_only=True).id == 4
    assert layer.step(None, -1, cursor_cp=12).id == 3


def test_every_shipped_tint_keeps_black_text_readable():
    def luminance(c: QColor) -> float:
        def channel(v: int) -> float:
            x = v / 255
            return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(
            c.blue())

    for name in ("default", "anercorp"):
        for t in resolve(name).types:
            assert (luminance(tint(QColor(t.colour))) + 0.05) / 0.05 > 9, (name, t.id)


def test_a_type_key_the_window_already_uses_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "clash.toml"
    path.write_text('name = "c"\n[[types]]\nid = "A1"\nname = "a"\ncolour = "#112233"\n'
                    'key = "x"\n', encoding="utf-8")
    try:
        resolve(str(path))
    except TypeSetError as exc:
        assert str(path) in str(exc) and "'x'" in str(exc)
    else:
        raise AssertionError("a clashing key was accepted")
    missing = tmp_path / "nope.toml"
    try:
        resolve(str(missing))
    except TypeSetError as exc:
        assert str(missing) in str(exc)
    else:
        raise AssertionError("a missing file was accepted")


def compute(store, text, sources, typeset):
    db = open_store(store)
    try:
        return map_rows(raw_suggestions(db, text, sources), text, _types(typeset))
    finally:
        db.close()


def test_suggestions_are_mapped_into_the_project_types(sample_store):
    text = "قال وزير الخارجية الروسي سيرجي لافروف في موسكو يوم السابع من أكتوبر."
    default = compute(sample_store, text, ("gazetteers", "patterns"), resolve("default"))
    aner = compute(sample_store, text, ("gazetteers", "patterns"), resolve("anercorp"))
    assert ("موسكو", "GPE") in [(r[3], r[2]) for r in default]
    assert ("موسكو", "LOC") in [(r[3], r[2]) for r in aner]
    assert {r[2] for r in aner} <= {"PERS", "LOC", "ORG", "MISC"}
    assert "DATE" in {r[2] for r in default} and "DATE" not in {r[2] for r in aner}


def pending(store, doc_id):
    db = open_store(store)
    try:
        return [(e.start, e.end, e.type) for e in get_entities(db, doc_id, "mona")]
    finally:
        db.close()


def test_the_worker_process_stores_only_the_newest_request(qtbot, sample_store):
    suggester = Suggester(sample_store)
    got = []
    suggester.arrived.connect(lambda doc_id, added: got.append((doc_id, added)))
    ts = resolve("default")
    try:
        for doc_id in (1, 2, 3):
            suggester.request(doc_id, "mona", f"زار {doc_id} موسكو وبيروت", ("gazetteers",),
                              ts)
        qtbot.waitUntil(lambda: not suggester.busy, timeout=20000)
        assert got == [(3, 2)]
        assert pending(sample_store, 3) == [(6, 11, "GPE"), (13, 18, "GPE")]
        assert pending(sample_store, 1) == [] and pending(sample_store, 2) == []
        suggester.request(1, "mona", "", ("gazetteers",), ts)  # nothing to do
        assert not suggester.busy
        # a stale request that runs long is not waited for: the worker is restarted
        suggester.request(1, "mona", "موسكو " * 200_000, ("gazetteers", "patterns"), ts)
        qtbot.wait(KILL_AFTER_MS + 100)
        suggester.request(2, "mona", "زار بيروت", ("gazetteers",), ts)
        qtbot.waitUntil(lambda: not suggester.busy, timeout=20000)
        assert got[-1] == (2, 1) and len(got) == 2
        assert pending(sample_store, 1) == []
    finally:
        suggester.shut_down()


def test_the_worker_answers_an_error_instead_of_dying_and_skips_stale_requests(
        tmp_path, sample_store):
    import io
    import json
    import os

    from fasl.gui.entities.compute import serve

    def run(requests):
        read_fd, write_fd = os.pipe()
        os.write(write_fd, "".join(json.dumps(r) + "\n" for r in requests).encode())
        os.close(write_fd)
        out = io.StringIO()
        serve(read_fd, out)
        os.close(read_fd)
        return [json.loads(line) for line in out.getvalue().splitlines()]

    (failed,) = run([{"id": 1, "store": str(tmp_path / "missing.sqlite"), "doc": 1,
                      "reviewer": "mona", "text": "موسكو", "sources": ["gazetteers"],
                      "types": [["GPE", ["GPE"]]]}])
    assert failed["id"] == 1 and "missing.sqlite" in failed["error"]
    answers = run([
        {"id": 2, "store": str(sample_store), "doc": 1, "reviewer": "mona",
         "text": "زار موسكو", "sources": ["gazetteers"], "types": [["GPE", ["GPE"]]]},
        {"id": 3, "noop": True},
        {"id": 4, "store": str(sample_store), "doc": 2, "reviewer": "mona",
         "text": "زار موسكو", "sources": ["gazetteers"], "types": [["LOC", ["GPE"]]]},
    ])
    assert answers == [{"id": 2, "stale": True}, {"id": 3, "noop": True},
                       {"id": 4, "doc": 2, "added": 1}]
    assert pending(sample_store, 1) == [] and pending(sample_store, 2) == [(4, 9, "LOC")]


def test_a_worker_that_dies_is_reported_and_started_again(qtbot, sample_store):
    import os
    import signal

    suggester = Suggester(sample_store)
    failures, got = [], []
    suggester.failed.connect(failures.append)
    suggester.arrived.connect(lambda doc_id, added: got.append((doc_id, added)))
    ts = resolve("default")
    try:
        suggester.request(1, "mona", "موسكو " * 100_000, ("gazetteers", "patterns"), ts)
        qtbot.waitUntil(lambda: suggester._proc.processId() > 0)
        os.kill(suggester._proc.processId(), signal.SIGKILL)
        qtbot.waitUntil(lambda: bool(failures), timeout=10000)
        assert "stopped" in failures[0] and not suggester.busy
        suggester.request(2, "mona", "زار بيروت", ("gazetteers",), ts)
        qtbot.waitUntil(lambda: not suggester.busy, timeout=20000)
        assert got == [(2, 1)]
    finally:
        suggester.shut_down()
