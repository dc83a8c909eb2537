"""A table model over any SQL-paged list, fetched a page at a time off the GUI thread.

Each list screen gives it a list function (criteria → page), its columns and its first
criteria. The view's scrolling calls ``fetchMore``; changing the filter starts over, and
answers to an outdated filter are dropped when they arrive.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from kopdes_desktop.domain.listing import Page, PageRequest
from kopdes_desktop.ui.tasks import TaskRunner

PAGE_SIZE = 200


_MARK_ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole)


def _warning_icon() -> QIcon:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else QIcon()


AnyIndex = QModelIndex | QPersistentModelIndex


class Identified(Protocol):
    @property
    def id(self) -> str: ...


class Criteria(Protocol):
    @property
    def page(self) -> PageRequest: ...


ItemT = TypeVar("ItemT", bound=Identified)
CriteriaT = TypeVar("CriteriaT")


@dataclass(frozen=True, slots=True)
class Column(Generic[ItemT]):
    title: Callable[[], str]  # called each time, so a language switch shows at once
    text: Callable[[ItemT], str]
    sort: StrEnum | None = None
    align_right: bool = False
    tooltip: Callable[[ItemT], str] | None = None


class PagedTableModel(QAbstractTableModel, Generic[ItemT, CriteriaT]):
    loading_changed = Signal(bool)
    total_changed = Signal(int)
    load_failed = Signal(str)

    def __init__(
        self,
        list_items: Callable[[CriteriaT], Page[ItemT]],
        columns: Sequence[Column[ItemT]],
        criteria: CriteriaT,
        tasks: TaskRunner,
    ) -> None:
        super().__init__()
        self._list = list_items
        self._columns = tuple(columns)
        self._criteria = criteria
        self._tasks = tasks
        self._rows: list[ItemT] = []
        self._total = 0
        self._generation = 0
        self._loading = False
        self._total_capped = False
        # Records whose last change the server refused: a warning icon and the reason.
        self._marks: dict[str, str] = {}

    # --- what the view asks -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title()
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        valid = (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self._columns)
        )
        if not valid:
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        mark = self._marks.get(item.id) if index.column() == 0 else None
        if mark is not None and role in _MARK_ROLES:
            return _warning_icon() if role == Qt.ItemDataRole.DecorationRole else mark
        return self._other_role(item, column, role)

    @staticmethod
    def _other_role(item: ItemT, column: Column[ItemT], role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def set_marks(self, marks: dict[str, str]) -> None:
        """Record id → why its last change was refused; shown in the row's first cell."""
        if marks == self._marks:
            return
        self._marks = dict(marks)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def mark(self, row: int) -> str:
        return self._marks.get(self._rows[row].id, "") if 0 <= row < len(self._rows) else ""

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        more = len(self._rows) < self._total or (
            self._total_capped and len(self._rows) % PAGE_SIZE == 0
        )
        return not parent.isValid() and not self._loading and more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load(offset=len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns) and self._columns[column].sort is not None:
            descending = order == Qt.SortOrder.DescendingOrder
            sort_key = self._columns[column].sort
            self.set_filter(replace(self._criteria, sort=sort_key, descending=descending))  # type: ignore[type-var]

    def sort_shown(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order the criteria sort by, for the header's arrow (a list opens in
        its criteria's order: visits newest first)."""
        key = getattr(self._criteria, "sort", None)
        descending = bool(getattr(self._criteria, "descending", False))
        for index, column in enumerate(self._columns):
            if key is not None and column.sort == key:
                order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
                return index, order
        return None

    # --- what the page asks -------------------------------------------------------------

    @property
    def criteria(self) -> CriteriaT:
        return self._criteria

    @property
    def total(self) -> int:
        return self._total

    @property
    def total_capped(self) -> bool:
        """True when there are more matches than the lists count (shown as "10.000+")."""
        return self._total_capped

    def item(self, row: int) -> ItemT:
        return self._rows[row]

    def row_of(self, item_id: str) -> int | None:
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                return row
        return None

    def set_filter(self, criteria: CriteriaT) -> None:
        """Start over with new criteria; the first page replaces the rows when it arrives."""
        self._criteria = criteria
        self._generation += 1
        self._load(offset=0)

    def refresh(self) -> None:
        self.set_filter(self._criteria)

    def _load(self, offset: int) -> None:
        generation = self._generation
        criteria = replace(self._criteria, page=PageRequest(offset, PAGE_SIZE))  # type: ignore[type-var]
        self._set_loading(True)
        self._tasks.read(
            lambda: self._list(criteria),
            lambda page: self._page_arrived(generation, page),
            lambda error: self._page_failed(generation, error),
        )

    def _page_arrived(self, generation: int, page: Page[ItemT]) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self._total_capped = page.total_capped
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
            # Past the counted cap the real size shows as rows arrive.
            self._total = max(page.total, len(self._rows))
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
