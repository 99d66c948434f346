"""A table model over the store that holds ids, not documents.

Like Anki's browser table: a filter change asks the store for the ordered ids that match
(`query_ids`, integers only), and rows are fetched as summaries (`get_summaries`) one page
at a time when the view first asks for one of them.  A 100,000-document store therefore
costs a list of ints plus the pages that have been on screen.  After a write the cache is
marked stale, not rebuilt: the rows are fetched again when next shown.  The one store
read `data()` can cause is that page fetch (one indexed query for 200 rows, as Anki's
table does); formatting never touches the store.  The id list itself
is kept until the filter, search or sort changes (or `refresh` is called), so a document
marked done stays where it is under a "new" filter until the list is asked for again.
"""
from __future__ import annotations

import html
from dataclasses import replace
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from fasl.store.documents import DocumentSummary, Order, ReviewState, get_summaries, query_ids

Store = Any  # the connection `fasl.store.db.open_store` returned
Index = QModelIndex | QPersistentModelIndex

PAGE = 100
ROW_SCANS = 8  # row_of scans the id list this often before it builds an index

COLUMNS = ("Name", "State", "Reviewers", "Zones", "Lowest conf.")
COLUMN_TIPS = ("Document name", "Your review state", "Everyone who has worked on it",
               "Zones in reading order; appended ones after |",
               "Lowest boundary confidence of the zones (sort by it to start with the doubtful)")
NAME, STATE, REVIEWERS, ZONES, CONFIDENCE = range(len(COLUMNS))

STATE_LABELS = {
    ReviewState.NEW: "new",
    ReviewState.IN_PROGRESS: "in progress",
    ReviewState.DONE: "done",
    ReviewState.FLAGGED: "flagged",
}

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def one_line(text: str) -> str:
    """A name as one table row shows it: line breaks (file names may hold them) as ↵."""
    return text.replace("\r\n", "↵").replace("\n", "↵").replace("\r", "↵")


def _plain_tip(text: str) -> str:
    """Tool tip text that Qt shows as written: a tip that looks like markup ("<b>", "<img")
    is rendered as rich text by Qt, so the text is escaped inside an explicit HTML tip."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2

# Plain ints and pre-combined flags: Python enum arithmetic in data() and flags() costs
# more than the rest of a repaint of the visible rows.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_SERVED = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, int(DOC_ID_ROLE), int(SUMMARY_ROLE)})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
          | Qt.ItemFlag.ItemNeverHasChildren)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class CorpusModel(QAbstractTableModel):
    """Rows are the ids of `query_ids`; cells come from page-cached `DocumentSummary`s."""

    def __init__(self, db: Store, reviewer: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._reviewer = reviewer
        self._state: ReviewState | None = None
        self._search = ""
        self._order = Order.CONFIDENCE
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._row_lookups = 0
        self._cache: dict[int, DocumentSummary] = {}
        self._display: dict[int, tuple[str, ...]] = {}  # formatted cells, per id
        self.pages_fetched = 0  # for tests and the benchmark: how often the store was asked
        #: The review mark a document has while its write waits (a locked store), or None:
        #: the row shows what the reviewer did, not what the store holds yet.
        self.waiting_mark: Callable[[int], tuple[ReviewState, str] | None] = lambda _id: None

    # -- the query ---------------------------------------------------------------------

    @property
    def state_filter(self) -> ReviewState | None:
        return self._state

    @property
    def search(self) -> str:
        return self._search

    @property
    def order(self) -> Order:
        return self._order

    def set_query(self, state: ReviewState | None, search: str, order: Order) -> None:
        """Filter by this reviewer's state (None: all), search text and order; reload ids."""
        self._state, self._search, self._order = state, search, order
        self.refresh()

    def refresh(self) -> None:
        """Ask the store again for the ids of the current query; drop every cached row."""
        self.beginResetModel()
        self._ids = query_ids(self._db, self._reviewer, state=self._state, search=self._search,
                              order=self._order)
        self._row_of = None
        self._row_lookups = 0
        self._cache.clear()
        self._display.clear()
        self.endResetModel()

    # -- staleness -----------------------------------------------------------------------

    def mark_stale(self, doc_ids: Iterable[int] | None = None) -> None:
        """Forget cached rows (all, or those of ``doc_ids``) and tell the views to repaint."""
        if doc_ids is None:
            self._cache.clear()
            self._display.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._ids) - 1, len(COLUMNS) - 1))
            return
        for doc_id in doc_ids:
            self._cache.pop(doc_id, None)
            self._display.pop(doc_id, None)
            row = self.row_of(doc_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- lookups -------------------------------------------------------------------------

    def doc_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, doc_id: int) -> int | None:
        # The first lookups scan the list (C speed, ~1 ms on 100,000 ids): opening the window
        # needs one, and building the index for it cost ~10 ms of first paint.
        if self._row_of is None:
            self._row_lookups += 1
            if self._row_lookups <= ROW_SCANS:
                try:
                    return self._ids.index(doc_id)
                except ValueError:
                    return None
            self._row_of = {doc_id: row for row, doc_id in enumerate(self._ids)}
        return self._row_of.get(doc_id)

    def summary(self, row: int) -> DocumentSummary | None:
        """The row's summary, fetching its page from the store if it is not cached."""
        if not 0 <= row < len(self._ids):
            return None
        doc_id = self._ids[row]
        found = self._cache.get(doc_id)
        if found is None:
            self._fetch_page(row)
            found = self._cache.get(doc_id)
        waiting = None if found is None else self.waiting_mark(doc_id)
        if waiting is not None:
            found = replace(found, state=waiting[0], flag_note=waiting[1])
        return found

    def _fetch_page(self, row: int) -> None:
        start = row - row % PAGE
        page = [i for i in self._ids[start:start + PAGE] if i not in self._cache]
        self._cache.update(get_summaries(self._db, page, self._reviewer))
        self.pages_fetched += 1

    def find_row(self, after: int, accept: Callable[[DocumentSummary], bool]) -> int | None:
        """The first row after ``after`` (wrapping round) whose summary passes ``accept``."""
        count = len(self._ids)
        for step in range(1, count + 1):
            row = (after + step) % count
            summary = self.summary(row)
            if summary is not None and accept(summary):
                return row
        return None

    def cached_rows(self) -> int:
        return len(self._cache)

    # -- QAbstractItemModel ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMN_TIPS[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Hot path: a repaint asks each visible cell for a dozen roles; answer the roles
        # not served before touching anything, and format each row once.
        if role not in _SERVED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            cells = self._cells(row)
            return None if cells is None else cells[column]
        summary = self.summary(row)
        if summary is None:
            return None
        if role == _TOOLTIP:
            if column == STATE and summary.flag_note:
                kind = "Flagged" if summary.state == ReviewState.FLAGGED else "Note"
                return _plain_tip(f"{kind}: {summary.flag_note}")
            if column == NAME:
                return _plain_tip(f"{summary.name} ({summary.length:,} characters)")
            return None
        if role == _ALIGNMENT:
            return _RIGHT if column == CONFIDENCE else None
        if role == DOC_ID_ROLE:
            return summary.id
        return summary  # SUMMARY_ROLE

    def _cells(self, row: int) -> tuple[str, ...] | None:
        if not 0 <= row < len(self._ids):
            return None
        doc_id = self._ids[row]
        cells = self._display.get(doc_id)
        if cells is None:
            summary = self.summary(row)
            if summary is None:
                return None
            cells = self._display[doc_id] = tuple(self._format(summary, c)
                                                   for c in range(len(COLUMNS)))
        return cells

    @staticmethod
    def _format(summary: DocumentSummary, column: int) -> str:
        if column == NAME:
            return one_line(summary.name)
        if column == STATE:
            return STATE_LABELS[summary.state]
        if column == REVIEWERS:
            return ", ".join(summary.reviewers)
        if column == ZONES:
            return summary.zone_summary
        if column == CONFIDENCE:
            return "" if summary.min_confidence is None else f"{summary.min_confidence:.2f}"
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS
