"""DocumentView zone editing through real key and mouse events.

The view only emits; the "owner" here is a lambda that applies the segments, as the main
window's undo command will.  Each test checks what was emitted against zone_edits.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from fasl.gui.document import DocumentView
from fasl.gui.offsets import OffsetMap
from fasl.textlogic import zone_edits
from fasl.textlogic.zones import Segment, Zone, check_cover

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

LINES = [
    "عنوان الخبر الرئيسي",
    "دعا الوزير إلى وقف فوري للقتال في غزة.",
    "وقال إن المشاورات ستستمر.",
    "إقرأ أيضاً:",
    "خبر آخر عن الموضوع نفسه",
    "تابع أحدث الأخبار عبر تطبيق",
]
TEXT = "\n".join(LINES)


def line_start(n: int) -> int:
    return sum(len(line) + 1 for line in LINES[:n])


SEGMENTS = [
    Segment(0, line_start(1), Zone.TITLE),
    Segment(line_start(1), line_start(3), Zone.BODY),
    Segment(line_start(3), line_start(5), Zone.RELATED, 1),
    Segment(line_start(5), len(TEXT), Zone.BOILERPLATE, confidence=0.3),
]


class Owner:
    """Stands in for the main window: records each request and applies it."""

    def __init__(self, view: DocumentView) -> None:
        self.view = view
        self.requests: list[tuple[list[Segment], str, dict]] = []
        self.refused: list[str] = []
        view.edit_requested.connect(self.apply)
        view.edit_refused.connect(self.refused.append)

    def apply(self, segments, action, detail):
        check_cover(segments, len(self.view.text()))
        self.requests.append((segments, action, detail))
        self.view.set_segments(segments)


def make_view(qtbot, text=TEXT, segments=SEGMENTS):
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_document(1, text, segments)
    view.activateWindow()
    view.editor.setFocus()
    qtbot.waitUntil(view.editor.hasFocus)
    return view, Owner(view)


@pytest.fixture
def setup(qtbot):
    return make_view(qtbot)


def keys(qtbot, view, *presses):
    for key, mods in presses:
        qtbot.keyClick(view.editor, key, mods)


def test_select_boundaries_with_alt_up_down(setup, qtbot):
    view, owner = setup
    assert view.current_boundary() == 1
    keys(qtbot, view, (Qt.Key.Key_Down, ALT), (Qt.Key.Key_Down, ALT))
    assert view.current_boundary() == 3
    assert view.cursor_position() == SEGMENTS[3].start  # the caret shows the boundary
    keys(qtbot, view, (Qt.Key.Key_Down, ALT))
    assert view.current_boundary() == 3  # stays at the last one
    keys(qtbot, view, (Qt.Key.Key_Up, ALT))
    assert view.current_boundary() == 2
    assert owner.requests == []


@pytest.mark.parametrize(
    ("key", "mods", "unit", "direction"),
    [
        (Qt.Key.Key_Left, ALT, "char", 1),  # visual left = forward in right-to-left text
        (Qt.Key.Key_Right, ALT, "char", -1),
        (Qt.Key.Key_Left, CTRL | ALT, "word", 1),
        (Qt.Key.Key_Right, CTRL | ALT, "word", -1),
        (Qt.Key.Key_Left, SHIFT | ALT, "word", 1),
        (Qt.Key.Key_Down, SHIFT | ALT, "line", 1),
        (Qt.Key.Key_Up, SHIFT | ALT, "line", -1),
    ],
)
def test_move_boundary_by_key(setup, qtbot, key, mods, unit, direction):
    view, owner = setup
    view.select_boundary(2)
    keys(qtbot, view, (key, mods))
    expected = zone_edits.step_boundary(SEGMENTS, 2, TEXT, unit, direction)
    assert len(owner.requests) == 1
    segments, action, detail = owner.requests[0]
    assert segments == expected and action == "move_boundary"
    assert detail == {"boundary": 2, "unit": unit, "direction": direction}
    assert view.segments() == expected and view.current_boundary() == 2
    assert view.cursor_position() == expected[2].start


def test_repeated_steps_follow_the_boundary(setup, qtbot):
    view, owner = setup
    view.select_boundary(2)
    keys(qtbot, view, *[(Qt.Key.Key_Left, CTRL | ALT)] * 2)
    assert view.segments()[2].start == line_start(4)  # "إقرأ" then "أيضاً:" then next line
    assert len(owner.requests) == 2


def test_a_step_past_the_neighbour_is_refused_not_emitted(qtbot):
    segs = [Segment(0, 5, Zone.TITLE), Segment(5, 6, Zone.BODY),
            Segment(6, len(TEXT), Zone.BOILERPLATE)]
    view, owner = make_view(qtbot, TEXT, segs)
    view.select_boundary(2)
    keys(qtbot, view, (Qt.Key.Key_Right, ALT))
    assert owner.requests == [] and owner.refused == ["move_boundary"]


def test_split_at_cursor(setup, qtbot):
    view, owner = setup
    pos = line_start(2)
    view.set_cursor_position(pos)
    keys(qtbot, view, (Qt.Key.Key_S, Qt.KeyboardModifier.NoModifier))
    segments, action, detail = owner.requests[0]
    assert action == "split" and detail == {"segment": 1, "pos": pos}
    assert segments == zone_edits.split_at(SEGMENTS, pos, text=TEXT)
    assert view.current_boundary() == 2  # the new boundary is selected
    keys(qtbot, view, (Qt.Key.Key_3, Qt.KeyboardModifier.NoModifier))  # nothing to do: body
    view.set_cursor_position(pos + 4)
    keys(qtbot, view, (Qt.Key.Key_Return, CTRL))
    assert owner.requests[-1][1] == "split" and len(view.segments()) == 6


def test_merge_with_next(setup, qtbot):
    view, owner = setup
    view.set_cursor_position(line_start(1) + 3)
    keys(qtbot, view, (Qt.Key.Key_M, Qt.KeyboardModifier.NoModifier))
    segments, action, detail = owner.requests[0]
    assert action == "merge" and detail == {"segment": 1}
    assert [(s.start, s.end, s.label) for s in segments] == [
        (0, line_start(1), Zone.TITLE), (line_start(1), line_start(5), Zone.BODY),
        (line_start(5), len(TEXT), Zone.BOILERPLATE)]


def test_relabel_with_digit_keys(setup, qtbot):
    view, owner = setup
    view.set_cursor_position(line_start(5) + 2)  # in the boilerplate
    keys(qtbot, view, (Qt.Key.Key_6, Qt.KeyboardModifier.NoModifier))
    segments, action, detail = owner.requests[0]
    assert action == "relabel"
    assert detail == {"segment": 3, "from": "boilerplate", "to": "related"}
    # joins the related item before it
    assert segments[-1] == Segment(line_start(3), len(TEXT), Zone.RELATED, 1, 1.0, "human")
    view.set_cursor_position(3)
    keys(qtbot, view, (Qt.Key.Key_2, Qt.KeyboardModifier.NoModifier))
    assert view.segments()[0].label == Zone.DATELINE


def test_set_item_with_plus_minus_and_i_then_digit(setup, qtbot):
    view, owner = setup
    view.set_cursor_position(line_start(4))
    keys(qtbot, view, (Qt.Key.Key_Plus, Qt.KeyboardModifier.NoModifier))
    assert owner.requests[-1][1:] == ("set_item", {"segment": 2, "from": 1, "to": 2})
    assert view.segments()[2].item == 2
    keys(qtbot, view, (Qt.Key.Key_Minus, Qt.KeyboardModifier.NoModifier))
    assert view.segments()[2].item == 1
    keys(qtbot, view, (Qt.Key.Key_I, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_4, Qt.KeyboardModifier.NoModifier))
    assert view.segments()[2].item == 4 and view.segments()[2].label == Zone.RELATED
    # after the item digit, digits relabel again
    keys(qtbot, view, (Qt.Key.Key_7, Qt.KeyboardModifier.NoModifier))
    assert view.segments()[2].label == Zone.LIST
    view.set_cursor_position(2)
    keys(qtbot, view, (Qt.Key.Key_Plus, Qt.KeyboardModifier.NoModifier))
    assert owner.refused[-1] == "set_item"  # a title has no item


def test_move_boundary_to_cursor(setup, qtbot):
    view, owner = setup
    view.select_boundary(1)
    target = line_start(1) + LINES[1].index("إلى")
    view.set_cursor_position(target)
    keys(qtbot, view, (Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier))
    assert view.segments()[1].start == target and view.segments()[0].end == target


def line_y(view: DocumentView, cp: int) -> int:
    cursor = QTextCursor(view.editor.document())
    cursor.setPosition(OffsetMap(view.text()).to_qt(cp))
    return view.editor.cursorRect(cursor).center().y()


def test_drag_a_boundary_in_the_margin(setup, qtbot):
    view, owner = setup
    margin = view.editor.margin
    grip = QPoint(margin.width() // 2, line_y(view, SEGMENTS[2].start))
    drop = QPoint(margin.width() // 2, line_y(view, line_start(2)))
    qtbot.mousePress(margin, Qt.MouseButton.LeftButton, pos=grip)
    assert view.current_boundary() == 2
    qtbot.mouseMove(margin, drop)
    qtbot.mouseRelease(margin, Qt.MouseButton.LeftButton, pos=drop)
    segments, action, detail = owner.requests[0]
    assert action == "move_boundary" and detail == {"boundary": 2, "to": line_start(2)}
    assert segments[2].start == line_start(2) and segments[1].end == line_start(2)
    assert view.editor.state.drop_at is None


def test_click_without_drag_only_selects(setup, qtbot):
    view, owner = setup
    margin = view.editor.margin
    grip = QPoint(margin.width() // 2, line_y(view, SEGMENTS[3].start))
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=grip)
    assert view.current_boundary() == 3 and owner.requests == []


def test_boundary_after_emoji_and_tashkeel_is_the_same_character_on_screen(qtbot):
    text = "خبر 😀 عاجلٌ 👍🏽\nوَقَالَ لَافْرُوفُ إنه سيزور"
    nl = text.index("\n")
    segs = [Segment(0, nl + 1, Zone.TITLE), Segment(nl + 1, len(text), Zone.BODY)]
    view, owner = make_view(qtbot, text, segs)
    omap = OffsetMap(text)
    assert not omap.is_identity
    seen = []
    for _ in range(3):  # و + fatha, ق + fatha, ا: never between a letter and its mark
        keys(qtbot, view, (Qt.Key.Key_Left, ALT))
        start = view.segments()[1].start
        qt_pos = view.editor.state.qt_starts[1]
        assert qt_pos == omap.to_qt(start) == start + 3  # three UTF-16 units of emoji before
        assert view.editor.document().characterAt(qt_pos) == text[start]
        block = view.editor.document().findBlock(qt_pos)
        assert block.layout().isValidCursorPosition(qt_pos - block.position())
        seen.append(text[start])
    assert seen == ["ق", "ا", "ل"]
    # and back across the line break: onto the last character cluster before it
    keys(qtbot, view, *[(Qt.Key.Key_Right, ALT)] * 4)
    start = view.segments()[1].start
    assert text[start:nl] == "👍🏽"  # the emoji with its skin-tone modifier, not half of it
    assert view.editor.document().characterAt(view.editor.state.qt_starts[1]) == "\ud83d"
    assert view.editor.document().toRawText().replace("\u2029", "\n") == text


def test_edits_never_touch_the_document(setup, qtbot):
    view, owner = setup
    doc = view.editor.document()
    view.select_boundary(2)
    keys(qtbot, view, (Qt.Key.Key_Left, ALT))
    view.set_cursor_position(line_start(1) + 2)
    keys(qtbot, view, (Qt.Key.Key_S, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_8, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_M, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier))
    assert [r[1] for r in owner.requests] == ["move_boundary", "split", "relabel", "merge"]
    assert doc.toRawText().replace("\u2029", "\n") == TEXT
    assert not doc.isModified() and not doc.isUndoAvailable()


def test_zoom_keys(setup, qtbot):
    view, _ = setup
    keys(qtbot, view, (Qt.Key.Key_Plus, CTRL), (Qt.Key.Key_Plus, CTRL))
    assert view.zoom_level() == 2
    keys(qtbot, view, (Qt.Key.Key_Minus, CTRL))
    assert view.zoom_level() == 1
    keys(qtbot, view, (Qt.Key.Key_0, CTRL))
    assert view.zoom_level() == 0
