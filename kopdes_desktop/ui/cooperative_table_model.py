"""Table model over the cooperative list, fetched a page at a time off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from kopdes_desktop.domain.listing import (
    CooperativeFilter,
    CooperativeListItem,
    CooperativeSort,
    Page,
    PageRequest,
)
from kopdes_desktop.ui import labels
from kopdes_desktop.ui.formatting import format_count, format_date
from kopdes_desktop.ui.tasks import TaskRunner

ListFunction = Callable[[CooperativeFilter], Page[CooperativeListItem]]
PAGE_SIZE = 200
AnyIndex = QModelIndex | QPersistentModelIndex

# The sort key behind each column, in column order (headers are in _headers()).
_COLUMN_SORT: tuple[CooperativeSort, ...] = (
    CooperativeSort.NAME,
    CooperativeSort.VILLAGE,
    CooperativeSort.KABUPATEN,
    CooperativeSort.STATUS,
    CooperativeSort.MEMBERS,
    CooperativeSort.LAST_VISIT,
)


class CooperativeTableModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    total_changed = Signal(int)
    load_failed = Signal(str)

    def __init__(self, list_cooperatives: ListFunction, tasks: TaskRunner, language: str) -> None:
        super().__init__()
        self._list = list_cooperatives
        self._tasks = tasks
        self._language = language
        self._criteria = CooperativeFilter()
        self._rows: list[CooperativeListItem] = []
        self._total = 0
        self._generation = 0  # answers to an older filter are dropped when they arrive
        self._loading = False

    # --- what the view asks -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMN_SORT)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self._headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Cooperative"),
            self.tr("Village"),
            self.tr("Kabupaten/Kota"),
            self.tr("Status"),
            self.tr("Members"),
            self.tr("Last visit"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return f"{item.village_name}, {item.kecamatan_name} ({item.village_code})"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def _display(self, item: CooperativeListItem, column: int) -> str:
        return (
            item.name,
            item.village_name,
            item.kabupaten_name,
            labels.operational_status(item.operational_status),
            format_count(item.member_count, self._language),
            format_date(item.last_visit_date, self._language),
        )[column]

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load(offset=len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(_COLUMN_SORT):
            descending = order == Qt.SortOrder.DescendingOrder
            sort_key = _COLUMN_SORT[column]
            self.set_filter(replace(self._criteria, sort=sort_key, descending=descending))

    # --- what the page asks -------------------------------------------------------------

    @property
    def criteria(self) -> CooperativeFilter:
        return self._criteria

    @property
    def total(self) -> int:
        return self._total

    def cooperative_id(self, row: int) -> str:
        return self._rows[row].id

    def set_filter(self, criteria: CooperativeFilter) -> None:
        """Start over with new criteria; the first page replaces the rows when it arrives."""
        self._criteria = criteria
        self._generation += 1
        self._load(offset=0)

    def refresh(self) -> None:
        self.set_filter(self._criteria)

    def _load(self, offset: int) -> None:
        generation = self._generation
        criteria = replace(self._criteria, page=PageRequest(offset, PAGE_SIZE))
        self._set_loading(True)
        self._tasks.read(
            lambda: self._list(criteria),
            lambda page: self._page_arrived(generation, page),
            lambda error: self._page_failed(generation, error),
        )

    def _page_arrived(self, generation: int, page: Page[CooperativeListItem]) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        if page.offset == 0:
            self.beginResetModel()
            self._rows = list(page.items)
            self._total = page.total
            self.endResetModel()
        elif page.offset == len(self._rows) and page.items:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            self._rows.extend(page.items)
            self.endInsertRows()
            self._total = page.total
        self.total_changed.emit(self._total)

    def _page_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.load_failed.emit(str(error))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
