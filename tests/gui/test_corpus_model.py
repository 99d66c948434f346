"""The corpus model: ids from the store, rows fetched in pages, filter, search, sort."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from fasl.gui.corpus.model import (
    CONFIDENCE,
    DOC_ID_ROLE,
    NAME,
    PAGE,
    STATE,
    ZONES,
    CorpusModel,
)
from fasl.gui.corpus.panel import SEARCH_DELAY_MS, CorpusPanel
from fasl.resources import resource_path
from fasl.store.db import open_store
from fasl.store.documents import Order, ReviewState
from fasl.store.reviews import set_state
from fasl.store.segments import get_segments, save_segments
from fasl.textlogic.zones import Segment, Zone

REVIEWER = "mona"


def _names(model):
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


@pytest.fixture
def model(store_db, qtmodeltester):
    model = CorpusModel(store_db, REVIEWER)
    model.set_query(None, "", Order.NAME)
    return model


def test_model_passes_qt_model_checks(model, qtmodeltester):
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_columns_show_name_state_zones_and_confidence(model):
    assert _names(model) == sorted(p.name for p in resource_path("samples").glob("*.txt"))
    assert model.index(0, STATE).data() == "new"
    assert "body" in model.index(0, ZONES).data()
    assert 0.0 <= float(model.index(0, CONFIDENCE).data()) <= 1.0


def test_filter_by_state(model, store_db):
    first = model.index(0, 0).data(DOC_ID_ROLE)
    set_state(store_db, first, REVIEWER, ReviewState.DONE)
    model.set_query(ReviewState.DONE, "", Order.NAME)
    assert model.rowCount() == 1 and model.doc_id(0) == first
    model.set_query(ReviewState.NEW, "", Order.NAME)
    assert model.rowCount() == 2 and first not in (model.doc_id(0), model.doc_id(1))


@pytest.mark.parametrize(("query", "expected"), [
    ("مَرّاكِش", {"002_a256fe5a620fe787.txt"}),  # tashkeel in the query, none in the text
    ("مراكـــش", {"002_a256fe5a620fe787.txt"}),  # tatweel
    ("امريكا", {"002_a256fe5a620fe787.txt"}),  # the text writes أمريكا
    ("قناة القاهره", {"000_d4acb01426226fc2.txt"}),  # two words, taa marbuta as heh
    ("رَفَح", {"003_d319259406e22d66.txt"}),
    ("no such words here", set()),
])
def test_search_ignores_tashkeel_hamza_and_tatweel(model, query, expected):
    model.set_query(None, query, Order.NAME)
    assert set(_names(model)) == expected


def test_sort_by_lowest_confidence_first(model, store_db):
    doc_id = model.doc_id(2)
    segments = get_segments(store_db, doc_id, REVIEWER)
    doubtful = [Segment(s.start, s.end, s.label, s.item, 0.01 if i == 0 else s.confidence)
                for i, s in enumerate(segments)]
    save_segments(store_db, doc_id, REVIEWER, doubtful, "relabel")
    model.set_query(None, "", Order.CONFIDENCE)
    assert model.doc_id(0) == doc_id
    assert model.index(0, CONFIDENCE).data() == "0.01"
    values = [float(model.index(r, CONFIDENCE).data()) for r in range(model.rowCount())]
    assert values == sorted(values)


def test_stale_rows_are_fetched_again(model, store_db, qtbot):
    doc_id = model.doc_id(0)
    assert model.index(0, STATE).data() == "new"
    set_state(store_db, doc_id, REVIEWER, ReviewState.FLAGGED, "title is cut")
    assert model.index(0, STATE).data() == "new"  # cached until marked stale
    with qtbot.waitSignal(model.dataChanged):
        model.mark_stale([doc_id])
    assert model.index(0, STATE).data() == "flagged"
    assert "title is cut" in model.index(0, STATE).data(Qt.ItemDataRole.ToolTipRole)


@pytest.fixture
def big_store(tmp_path):
    """A few pages of documents made from the samples (each text made unique)."""
    from fasl.store.importer import import_paths

    texts = [p.read_text(encoding="utf-8") for p in sorted(resource_path("samples").glob("*.txt"))]
    jsonl = tmp_path / "many.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for i in range(2 * PAGE + 50):
            record = {"id": f"doc{i:05d}", "text": texts[i % 3] + f"\nنسخة {i}\n"}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    path = tmp_path / "big.sqlite"
    db = open_store(path)
    assert len(import_paths(db, [jsonl]).imported) == 2 * PAGE + 50
    yield db
    db.close()


def test_rows_are_fetched_lazily_in_pages(big_store, qtmodeltester):
    model = CorpusModel(big_store, REVIEWER)
    model.set_query(None, "", Order.NAME)
    assert model.rowCount() == 2 * PAGE + 50
    assert model.cached_rows() == 0  # ids only
    assert model.index(5, NAME).data() == "doc00005"
    assert model.cached_rows() == PAGE and model.pages_fetched == 1
    assert model.index(PAGE + 1, NAME).data() == f"doc{PAGE + 1:05d}"
    assert model.cached_rows() == 2 * PAGE and model.pages_fetched == 2
    qtmodeltester.check(model)


def test_panel_debounces_search_typing(store_db, qtbot):
    model = CorpusModel(store_db, REVIEWER)
    panel = CorpusPanel(model)
    qtbot.addWidget(panel)
    panel.reload()
    assert model.rowCount() == 3
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    for char in "مراكش":  # QTest.keyClicks only types ASCII; deliver the key events directly
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(panel.search_box,
                                   QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    assert resets == []  # nothing queried while typing
    with qtbot.waitSignal(panel.query_changed, timeout=SEARCH_DELAY_MS * 10):
        pass
    assert len(resets) == 1 and model.rowCount() == 1
    panel.state_box.setCurrentIndex(panel.state_box.findData(ReviewState.DONE.value))
    assert model.rowCount() == 0 and panel.count_label.text() == "0 documents"


def test_zone_names_match_the_vocabulary(model):
    words = set(" ".join(model.index(r, ZONES).data() for r in range(3)).replace("|", " ").split())
    assert {w.split("×")[0] for w in words} <= {z.value for z in Zone}


def test_row_of_scans_then_indexes_with_the_same_answers(big_store):
    from fasl.gui.corpus.model import ROW_SCANS

    model = CorpusModel(big_store, REVIEWER)
    model.set_query(None, "", Order.NAME)
    ids = [model.doc_id(row) for row in range(model.rowCount())]
    picks = [ids[0], ids[-1], ids[PAGE], -1, *ids[7:7 + 2 * ROW_SCANS]]
    answers = [model.row_of(doc_id) for doc_id in picks]  # the first ones scan, then a dict
    assert answers[:4] == [0, len(ids) - 1, PAGE, None]
    assert answers[4:] == list(range(7, 7 + 2 * ROW_SCANS))
    assert model.row_of(-1) is None
    model.set_query(None, "", Order.IMPORTED)  # a new query forgets the old rows
    assert all(model.doc_id(model.row_of(i)) == i for i in ids)
