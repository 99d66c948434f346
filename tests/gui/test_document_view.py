"""DocumentView display: exact text, right to left, zones, offsets, API (real widgets)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo, QKeySequence, QTextCursor

from fasl.gui.document import DocumentView
from fasl.gui.document.editor import TextMismatchError
from fasl.gui.document.palette import LOW_CONF, ZONE_KEYS
from fasl.gui.offsets import OffsetMap
from fasl.textlogic.zones import CoverageError, Segment, Zone

LINES = [
    "وزير الخارجية الروسي يطالب بوقف التصعيد",  # title
    "تاريخ النشر: 26th, October 2023 GMT",  # dateline
    "دعا وزير الخارجية الروسي سيرجي لافروف، إلى وقف فوري للقتال.",
    "CNN قالت إن 600 هدفاً ضربت في غزة",
    "المصدر: الوطن",
    "\xa0",
    "مقالات مشابهة",
    "  • برلماني يدعو شباب العالم لتنظيم مبادرات",
    "  • ترامب يستثني روسيا من الرسوم الجمركية",
]
TEXT = "\n".join(LINES) + "\n"


def line_start(n: int) -> int:
    return sum(len(line) + 1 for line in LINES[:n])


SEGMENTS = [
    Segment(0, line_start(1), Zone.TITLE, confidence=0.9),
    Segment(line_start(1), line_start(2), Zone.DATELINE, confidence=0.9),
    Segment(line_start(2), line_start(4), Zone.BODY, confidence=0.4),
    Segment(line_start(4), line_start(6), Zone.SOURCE, confidence=0.95),
    Segment(line_start(6), len(TEXT), Zone.LIST, confidence=0.9),
]


@pytest.fixture
def view(qtbot):
    widget = DocumentView()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_document(7, TEXT, SEGMENTS)
    return widget


def raw(view: DocumentView) -> str:
    return view.editor.document().toRawText().replace("\u2029", "\n")


def x_of(view: DocumentView, cp: int) -> int:
    cursor = QTextCursor(view.editor.document())
    cursor.setPosition(OffsetMap(view.text()).to_qt(cp))
    return view.editor.cursorRect(cursor).center().x()


def test_shows_the_exact_text_read_only(view):
    assert raw(view) == TEXT  # the no-break space survives (toPlainText would lose it)
    assert view.editor.isReadOnly()
    flags = view.editor.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert view.document_id() == 7 and view.segments() == SEGMENTS


@pytest.mark.parametrize("bad", ["\ufeffخبر", "خبر\r\nعاجل"])
def test_a_text_qt_would_change_is_refused(qtbot, bad):
    widget = DocumentView()
    qtbot.addWidget(widget)
    with pytest.raises(TextMismatchError):
        widget.set_document(1, bad, [Segment(0, len(bad), Zone.BODY)])


def test_segments_must_tile_the_text(view):
    with pytest.raises(CoverageError):
        view.set_segments([Segment(0, 5, Zone.BODY)])


def test_right_to_left_even_for_lines_starting_with_latin(view):
    width = view.editor.viewport().width()
    option = view.editor.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
    assert view.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for n in (0, 2, 3, 7):  # Arabic title, body, the "CNN" line, a bullet line
        assert x_of(view, line_start(n)) > width * 0.85, LINES[n]
    # the CNN line reads right to left: "قالت" stands left of "CNN"
    cnn = line_start(3)
    assert x_of(view, cnn + LINES[3].index("قالت")) < x_of(view, cnn)


def test_latin_dateline_order(view):
    start = line_start(1)
    arabic = x_of(view, start + LINES[1].index("النشر"))
    # positions inside the Latin run: at its edges one x means two positions (QT-NOTES P6)
    day = x_of(view, start + LINES[1].index("26th") + 1)
    year = x_of(view, start + LINES[1].index("2023") + 1)
    assert day < arabic  # the Latin run sits left of the Arabic label ...
    assert day < year  # ... and reads left to right inside itself


def test_reading_font_is_shipped_naskh(view):
    assert QFontInfo(view.editor.font()).family() == "Noto Naskh Arabic"


def test_margin_is_on_the_right_of_the_text(view):
    margin = view.editor.margin.geometry()
    viewport = view.editor.viewport().geometry()
    assert margin.left() > viewport.right() - 1
    assert margin.width() > 40 and margin.height() == viewport.height()


def test_low_confidence_boundary_is_marked_in_amber(view):
    image = view.editor.margin.grab().toImage()
    cursor = QTextCursor(view.editor.document())
    cursor.setPosition(SEGMENTS[2].start)
    y = view.editor.cursorRect(cursor).center().y()
    amber = QColor(LOW_CONF)
    colours = {image.pixelColor(x, y).name() for x in range(image.width())}
    assert amber.name() in colours
    cursor.setPosition(SEGMENTS[1].start)  # a confident boundary: no amber
    y = view.editor.cursorRect(cursor).center().y()
    assert amber.name() not in {image.pixelColor(x, y).name() for x in range(image.width())}


def test_bands_paint_distinct_colours_per_zone(view):
    image = view.editor.viewport().grab().toImage()
    seen = []
    for seg in SEGMENTS:
        cursor = QTextCursor(view.editor.document())
        cursor.setPosition(seg.start)
        y = view.editor.cursorRect(cursor).center().y()
        seen.append(image.pixelColor(3, y).name())  # far left: band, never text
    assert len(set(seen)) == len(SEGMENTS)


def test_selection_range_is_in_code_points(qtbot):
    text = "خبر 😀 عاجلٌ: غزة"
    widget = DocumentView()
    qtbot.addWidget(widget)
    widget.set_document(1, text, [Segment(0, len(text), Zone.BODY)])
    assert widget.selection_range() is None
    omap = OffsetMap(text)
    start = text.index("عاجلٌ")
    cursor = widget.editor.textCursor()
    cursor.setPosition(omap.to_qt(start))
    cursor.setPosition(omap.to_qt(start + 5), QTextCursor.MoveMode.KeepAnchor)
    widget.editor.setTextCursor(cursor)
    assert widget.selection_range() == (start, start + 5)
    assert text[start:start + 5] == cursor.selectedText() == "عاجلٌ"


def test_set_segments_keeps_scroll_and_current_boundary(qtbot):
    text = "\n".join(f"سطر رقم {n}" for n in range(400))
    cut = text.index("سطر رقم 200")
    segs = [Segment(0, cut, Zone.BODY), Segment(cut, len(text), Zone.BOILERPLATE)]
    widget = DocumentView()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    widget.set_document(1, text, segs)
    widget.select_boundary(1)
    bar = widget.editor.verticalScrollBar()
    assert bar.value() > 0
    before = bar.value()
    relabelled = [segs[0], Segment(cut, len(text), Zone.LIST)]
    widget.set_segments(relabelled)
    assert bar.value() == before
    assert widget.current_boundary() == 1
    assert widget.segments() == relabelled


def test_actions_have_names_and_unique_shortcuts(view):
    actions = view.actions()
    names = [a.objectName() for a in actions]
    assert len(names) == len(set(names)) and all(names)
    keys = [k.toString() for a in actions for k in a.shortcuts()]
    assert len(keys) == len(set(keys))
    assert all(a.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
               for a in actions)
    labels = [a for a in actions if a.objectName().startswith("zone_label_")]
    assert [[k.toString() for k in a.shortcuts()] for a in labels] == [
        [str(n), chr(0x660 + n), chr(0x6F0 + n)] for n in range(1, 9)]
    assert [a.objectName() for a in labels] == [f"zone_label_{z}" for z in ZONE_KEYS]


def test_no_shortcut_takes_a_text_navigation_key(view):
    std = QKeySequence.StandardKey
    taken = set()
    for key in (std.MoveToNextChar, std.MoveToPreviousChar, std.MoveToNextWord,
                std.MoveToPreviousWord, std.MoveToNextLine, std.MoveToPreviousLine,
                std.SelectNextChar, std.SelectPreviousChar, std.SelectNextWord,
                std.SelectPreviousWord, std.SelectNextLine, std.SelectPreviousLine,
                std.MoveToStartOfLine, std.MoveToEndOfLine, std.MoveToStartOfDocument,
                std.MoveToEndOfDocument, std.SelectAll, std.Copy, std.MoveToNextPage,
                std.MoveToPreviousPage):
        taken.update(k.toString() for k in QKeySequence.keyBindings(key))
    ours = {k.toString() for a in view.actions() for k in a.shortcuts()}
    assert ours.isdisjoint(taken)


def test_zoom(view, qtbot):
    size = view.editor.font().pointSizeF()
    view.zoom_in()
    view.zoom_in()
    assert view.editor.font().pointSizeF() > size
    view.zoom_out()
    view.reset_zoom()
    assert view.editor.font().pointSizeF() == size and view.zoom_level() == 0


def test_an_empty_document_shows_and_refuses_edits(qtbot):
    widget = DocumentView()
    qtbot.addWidget(widget)
    widget.show()
    refused = []
    widget.edit_refused.connect(refused.append)
    widget.set_document(1, "", [])
    widget.repaint()
    assert widget.current_boundary() is None and widget.current_zone() == -1
    widget.select_relative(1)
    widget.step_current("char", 1)
    widget.relabel_current(Zone.BODY)
    widget.change_item(1)
    assert refused == ["select_boundary", "move_boundary", "relabel", "set_item"]


def test_scroll_range_settles_before_the_first_paint(qtbot):
    """The first screen is laid out when the text is set, not during the paint, so the
    first paint does not grow the scroll bar and schedule a second repaint of it."""
    widget = DocumentView()
    qtbot.addWidget(widget)
    widget.resize(500, 400)
    widget.show()
    qtbot.waitExposed(widget)
    paragraph = "دعا وزير الخارجية الروسي سيرجي لافروف، إلى وقف فوري للقتال في غزة. " * 12
    text = "\n".join([paragraph] * 30) + "\n"
    widget.set_document(1, text, [Segment(0, len(text), Zone.BODY)])
    bar = widget.editor.verticalScrollBar()
    settled = bar.maximum()
    ranges = []
    bar.rangeChanged.connect(lambda lo, hi: ranges.append(hi))
    widget.grab()  # paints the window now, as the first paint after opening would
    assert ranges == []
    assert bar.maximum() == settled > 0
