"""Odd text as the review window shows it: markup stays characters, long and odd text shows.

Text that looks like HTML or Qt rich text (`<img src=...>`, `<b>`) must never be read as
markup anywhere a reviewer sees it: the document view, the corpus list (cells and tool
tips), the status line and error dialogs.  Emoji, bidi controls and a 1 MB line without a
break must show and keep their code-point offsets.
"""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from fasl.gui.corpus.model import NAME
from fasl.gui.prompts import error_box
from fasl.store.db import open_store
from fasl.store.importer import import_paths
from fasl.textlogic.zones import Segment, Zone

MARKUP_NAME = '<b>عاجل</b> <img src="https://example.com/x.png">'
MARKUP_TEXT = ('<qt><img src="https://example.com/x.png"> <b>خبر عاجل</b> '
               '<a href="x">رابط</a> &amp; &lt;\nقال الوزير <i>اليوم</i> إن المفاوضات ستستمر.\n')
ODD_TEXT = ("خبر 👍🏽 عاجل 🇪🇬 و👨‍👩‍👧 \u202b\u200fمرحبا\u200e ABC \u202e123\u202c "
            "\u2066اسم\u2069 نهاية\nسطر ثان\n")


@pytest.fixture
def odd_store(tmp_path):
    """A store whose documents are named and written to look like markup, plus odd text."""
    crawl = tmp_path / "odd.jsonl"
    records = [{"id": MARKUP_NAME, "text": MARKUP_TEXT},
               {"id": "line\nbreak name", "text": ODD_TEXT},
               {"id": "one-line", "text": ("كلمة " * 210_000)[:1_000_000]}]
    crawl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                     encoding="utf-8")
    path = tmp_path / "odd.sqlite"
    db = open_store(path)
    report = import_paths(db, [crawl])
    assert report.problems == [] and len(report.imported) == 3
    db.close()
    return path


def _open(window, name):
    row = next(r for r in range(window.model.rowCount())
               if window.model.summary(r).name == name)
    window.panel.select_row(row)
    return row


def _no_images_or_formats(document):
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            assert not fmt.isImageFormat() and not fmt.isAnchor()
            assert not fmt.font().bold() and not fmt.font().italic()
            it += 1
        block = block.next()


def test_markup_in_text_and_name_is_shown_as_characters(open_review_window, odd_store):
    window = open_review_window(odd_store)
    row = _open(window, MARKUP_NAME)
    editor = window.view.editor
    assert editor.toPlainText() == MARKUP_TEXT.rstrip("\n") or \
        editor.toPlainText() == MARKUP_TEXT
    _no_images_or_formats(editor.document())
    # Corpus list: the cell is the name as written; the tool tip renders to the same text.
    index = window.model.index(row, NAME)
    assert index.data(Qt.ItemDataRole.DisplayRole) == MARKUP_NAME
    tip = QTextDocument()
    tip.setHtml(index.data(Qt.ItemDataRole.ToolTipRole))
    assert tip.toPlainText().startswith(MARKUP_NAME + " (")
    # Status line: plain text, the name in it as characters.
    assert window.doc_label.textFormat() == Qt.TextFormat.PlainText
    assert window.doc_label.text().startswith(MARKUP_NAME + " · ")


def test_error_dialogs_show_messages_as_plain_text(qtbot):
    box = error_box(None, "Cannot show <b>x</b>", f"{MARKUP_NAME}: not a fasl store")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == f"{MARKUP_NAME}: not a fasl store"


def test_a_name_with_a_line_break_shows_on_one_row(open_review_window, odd_store):
    window = open_review_window(odd_store)
    row = _open(window, "line\nbreak name")
    assert window.model.index(row, NAME).data(Qt.ItemDataRole.DisplayRole) == \
        "line↵break name"


def test_emoji_and_bidi_controls_keep_their_code_point_offsets(open_review_window, odd_store):
    window = open_review_window(odd_store)
    _open(window, "line\nbreak name")
    view = window.view
    assert view.text() == ODD_TEXT
    assert view.editor.toPlainText().startswith(ODD_TEXT.rstrip("\n").split("\n")[0])
    # Every code point position, emoji halves and bidi controls included, round-trips.
    for cp in range(len(ODD_TEXT) + 1):
        view.set_cursor_position(cp)
        assert view.cursor_position() == cp
    cut = ODD_TEXT.index("مرحبا")
    view.set_segments([Segment(0, cut, Zone.BODY, origin="human"),
                       Segment(cut, len(ODD_TEXT), Zone.LIST, origin="human")])
    assert [(s.start, s.end) for s in view.segments()] == [(0, cut), (cut, len(ODD_TEXT))]
    window.grab()  # paints the bands over emoji and bidi runs without error


def test_a_one_megabyte_line_opens_and_paints(open_review_window, odd_store):
    # How long it takes is bench/gui_bench.py's business (a timed assert flakes on busy CI).
    window = open_review_window(odd_store)
    _open(window, "one-line")
    image = window.grab()
    assert len(window.view.editor.toPlainText()) == 1_000_000
    assert not image.isNull()
