"""What every list screen shares: a search box, filters, a paged table, a count, New and Open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from itertools import pairwise
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.listing import COUNT_CAP
from kopdes_desktop.services.refusals import RefusalGroup
from kopdes_desktop.ui import icons, theme
from kopdes_desktop.ui.cooperative_names import elide_in_middle
from kopdes_desktop.ui.empty_state import EmptyState
from kopdes_desktop.ui.flow_layout import FlowLayout, labelled
from kopdes_desktop.ui.formatting import format_count
from kopdes_desktop.ui.forms.cooperative_choice import CooperativeChoice
from kopdes_desktop.ui.forms.inputs import DateEdit
from kopdes_desktop.ui.forms.record_editor import CarriedForm, RecordEditor
from kopdes_desktop.ui.paged_table_model import PagedTableModel
from kopdes_desktop.ui.refusal_text import mark_text
from kopdes_desktop.ui.screen_fit import compact_combo
from kopdes_desktop.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 250  # wait for a pause in typing before querying
SEARCH_MIN_WIDTH = 180
NAME_COLUMN_MIN_WIDTH = 240  # the first column: what the row is (a cooperative's name)
COLUMN_MIN_WIDTH = 85  # a date ("20 Agu 2026") still whole
HEADER_PADDING = 20  # the section's margins and the sort arrow
NAME_MIN_WIDTH = 120  # a cooperative named in a later column: "Sungai Dungun" still whole
ItemT = TypeVar("ItemT")
CriteriaT = TypeVar("CriteriaT")
NOT_FILTERS = frozenset({"sort", "descending", "page"})  # criteria fields that hide no rows
# An empty list's sentence, its button's text and what the button does ("" / None: no button).
EmptyText = tuple[str, str, Callable[[], None] | None]
E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class ListView:
    """What the user set on a list: the criteria it lists by (sort included), what each filter
    field shows, and the row chosen. Carried into the page rebuilt in another language."""

    criteria: object
    fields: tuple[object, ...]
    selected: str | None


def chosen_enum(combo: QComboBox, enum_type: type[E]) -> E | None:
    """The value a filter's choice stands for: Qt hands a StrEnum stored as an item's data
    back as a plain str, which the list queries cannot use."""
    data = combo.currentData()
    return enum_type(data) if data else None


def _field_value(field: QWidget) -> object:
    if isinstance(field, CooperativeChoice):
        return (field.value(), field.currentText())
    if isinstance(field, QComboBox):
        return field.currentData()  # the value, never the (translated) text
    if isinstance(field, DateEdit):
        return field.value()
    if isinstance(field, QLineEdit):
        return field.text()
    return None


def _set_field_value(field: QWidget, value: object) -> None:
    if isinstance(field, CooperativeChoice) and isinstance(value, tuple):
        if value[0]:
            field.set_value(str(value[0]), str(value[1]))
    elif isinstance(field, QComboBox):
        field.setCurrentIndex(max(0, field.findData(value)) if value is not None else 0)
    elif isinstance(field, DateEdit):
        field.set_value(value if isinstance(value, date) else None)
    elif isinstance(field, QLineEdit) and isinstance(value, str):
        field.setText(value)


class RecordListPage(QWidget, Generic[ItemT, CriteriaT]):
    # An empty list's next step is to fetch records: the window syncs (or asks to sign in).
    sync_requested = Signal()

    def __init__(
        self,
        model: PagedTableModel[Any, CriteriaT],
        tasks: TaskRunner,
        language: str,
        *,
        title: str,
        empty_icon: str,
        search_placeholder: str,
        new_text: str,
        column_widths: Sequence[int] = (),
        name_columns: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.tasks = tasks
        self.language = language
        self.refusals: dict[str, RefusalGroup] = {}

        self.search = QLineEdit()
        self.search.setPlaceholderText(search_placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.search.setToolTip(self.tr("Search (Ctrl+F)"))
        self.new_button = self._new_button(new_text)

        # Filters wrap onto a second row on a narrow screen rather than pushing past its edge.
        filter_bar = QWidget()
        self.filters = FlowLayout(filter_bar)
        self.filters.setContentsMargins(0, 0, 0, 0)
        self._filter_fields: list[QWidget] = []
        self.add_filter(self.search, self.tr("&Search:"), stretch=3)

        top = QHBoxLayout()
        top.addWidget(filter_bar, 1)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self._who_adds_label(), 0, Qt.AlignmentFlag.AlignTop)

        self._build_table(column_widths, name_columns)
        self._build_empty_state(empty_icon)

        self.count = QLabel()
        self.error = QLabel()
        theme.set_tone(self.error, theme.ERROR)
        self.error.setVisible(False)
        self.footer = QHBoxLayout()
        self.footer.addWidget(self.count)
        self.footer.addStretch(1)

        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.title)
        self.body.addLayout(top)
        self.body.addWidget(self.error)
        self.body.addWidget(self.list_area, 1)
        self.body.addLayout(self.footer)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.model.total_changed.connect(self._total_changed)
        self.model.load_failed.connect(self.show_error)
        self.table.activated.connect(self._activated)  # double-click or Enter
        self.new_button.clicked.connect(self.new_record)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)

    def _new_button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("primary", True)  # the page's main step: red (ui/theme.py)
        icons.set_icon(button, icons.NEW, on_main_button=True)
        button.setToolTip(self.tr("New (Ctrl+N)"))
        return button

    def _build_empty_state(self, icon_name: str) -> None:
        # Where the table is, when it has no rows: why, and what to do next.
        self.empty = EmptyState(icon_name)
        self.list_area = QStackedWidget()
        self.list_area.addWidget(self.table)
        self.list_area.addWidget(self.empty)

    def _who_adds_label(self) -> QLabel:
        # Where New would be, when the user's role does not add this kind of record.
        self.who_adds = QLabel()
        self.who_adds.setObjectName("whoAdds")
        self.who_adds.setWordWrap(True)
        self.who_adds.setMaximumWidth(360)
        self.who_adds.setVisible(False)
        return self.who_adds

    def _build_table(self, column_widths: Sequence[int], name_columns: Sequence[int]) -> None:
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside
        self.table.setModel(self.model)
        # Sorting sorts at once by the header's arrow: set it first, or every list would open
        # by its first column, ascending (visits by cooperative instead of newest first).
        shown = self.model.sort_shown()
        if shown is not None:
            self.table.horizontalHeader().setSortIndicator(*shown)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        elide_in_middle(self.table, 0, *name_columns)
        header.setStretchLastSection(False)
        # Fixed starting widths: measuring contents would read every loaded row. On a narrow
        # screen they shrink together, so the name column (which stretches) stays readable.
        self._column_widths = tuple(column_widths)
        self._name_columns = frozenset(name_columns)
        self.table.viewport().installEventFilter(self)
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Columns keep their widths while there is room; with less, the wide ones (free text)
        give way first, down to a floor, so dates and statuses stay whole."""
        header = self.table.horizontalHeader()
        floors = [
            min(width, max(self._header_width(column), self._floor_of(column)))
            for column, width in enumerate(self._column_widths, 1)
        ]
        if sum(floors) > self.table.viewport().width() - NAME_COLUMN_MIN_WIDTH:
            # Too narrow for every title: the row's name comes first, titles may be cut.
            floors = [
                min(width, self._floor_of(column))
                for column, width in enumerate(self._column_widths, 1)
            ]
        flexible = sum(self._column_widths) - sum(floors)
        room = self.table.viewport().width() - NAME_COLUMN_MIN_WIDTH - sum(floors)
        scale = min(1.0, max(room, 0) / flexible) if flexible else 1.0
        for column, (width, floor) in enumerate(zip(self._column_widths, floors, strict=True), 1):
            header.resizeSection(column, floor + int((width - floor) * scale))

    def _floor_of(self, column: int) -> int:
        return NAME_MIN_WIDTH if column in self._name_columns else COLUMN_MIN_WIDTH

    def _header_width(self, column: int) -> int:
        """Room for the column's title and the sort arrow beside it ("Kebutuhan modal")."""
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        header = self.table.horizontalHeader()
        return header.fontMetrics().horizontalAdvance(title) + HEADER_PADDING

    def add_filter(self, field: QWidget, label: str = "", stretch: int = 1) -> None:
        """A filter in the bar, with its label kept beside it when the bar wraps."""
        if isinstance(field, QComboBox):
            compact_combo(field)
        self.filters.addWidget(labelled(label, field) if label else field, stretch)
        self._filter_fields.append(field)  # in Tab order (showEvent)

    # --- for subclasses ---------------------------------------------------------------------

    def criteria(self) -> CriteriaT:
        raise NotImplementedError

    def open_record(self, record_id: str) -> None:
        raise NotImplementedError

    def new_record(self) -> None:
        raise NotImplementedError

    def reopen(self, carried: CarriedForm) -> None:
        """Open a form again as it was in the window before (rebuilt in another language)."""
        raise NotImplementedError

    def count_text(self, total: int, more: bool = False) -> str:
        """ "12 visits", "999+ visits" (``more``: the count stopped at its cap): ui/counts.py."""
        return format_count(total, self.language) + ("+" if more else "")

    def show_refusals(self, groups: dict[str, RefusalGroup]) -> None:
        """Mark the rows (and forms opened from now on) of records whose last change the server
        refused."""
        self.refusals = groups
        self.model.set_marks({record_id: mark_text(group) for record_id, group in groups.items()})

    def mark_refused(self, editor: RecordEditor, record_id: str) -> None:
        group = self.refusals.get(record_id)
        editor.show_refused(mark_text(group) if group is not None else "")

    def offer_new(self, refused_reason: str) -> None:
        """Show New, or in its place the sentence saying who adds these records."""
        self.new_button.setVisible(not refused_reason)
        self.who_adds.setText(refused_reason)
        self.who_adds.setVisible(bool(refused_reason))

    def total_changed(self, total: int) -> None:
        """Hook for subclasses; called after the count and the empty state are updated."""

    def empty_text(self) -> EmptyText:
        """What the empty list says when no filter hides anything, and its next step."""
        raise NotImplementedError

    def reset_filters(self) -> None:
        """Put the page's own filters back to "all" (the search box is cleared already)."""

    # --- the empty list ---------------------------------------------------------------------

    def filtered(self) -> bool:
        """Whether a filter or the search hides rows (then an empty list is no news)."""
        current = self.model.criteria
        default = type(current)()
        return any(
            getattr(current, field.name) != getattr(default, field.name)
            for field in fields(current)  # type: ignore[arg-type]
            if field.name not in NOT_FILTERS
        )

    def clear_filters(self) -> None:
        """Every record again: the search emptied and each filter back to "all"."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reset_filters()
        self.apply_filters()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        # Search, filters, New, then the list: set again once the page sits in the window, as
        # placing it there re-links its widgets in the order they were made (the table first).
        chain = [*self._filter_fields, self.new_button, self.table]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        super().showEvent(event)

    def show_empty_state(self, empty: bool) -> None:
        if not empty:
            self.list_area.setCurrentWidget(self.table)
            return
        if self.filtered():
            self.empty.show_state(
                self.tr("Nothing matches the search and filters."),
                self.tr("Show all"),
                self.clear_filters,
            )
        else:
            self.empty.show_state(*self.empty_text())
        self.list_area.setCurrentWidget(self.empty)

    def with_sync(self, sentence: str) -> EmptyText:
        """An empty list whose records come from the server: the next step is to sync."""
        return sentence, self.tr("Sync now"), self.sync_requested.emit

    # --- shared -----------------------------------------------------------------------------

    def apply_filters(self) -> None:
        self.model.set_filter(self.criteria())

    def refresh(self) -> None:
        self.model.refresh()

    def view(self) -> ListView:
        return ListView(
            self.model.criteria,
            tuple(_field_value(field) for field in self._filter_fields),
            self.selected_id(),
        )

    def restore_view(self, view: ListView) -> None:
        """Show what ``view`` listed, with its filters filled in and its row chosen again."""
        for field, value in zip(self._filter_fields, view.fields, strict=False):
            _set_field_value(field, value)  # in bar order: a kabupaten fills its kecamatan
        self._search_timer.stop()  # the criteria below are exactly what was listed
        self.model.set_filter(view.criteria)  # type: ignore[arg-type]
        shown = self.model.sort_shown()
        if shown is not None:
            self.table.horizontalHeader().setSortIndicator(*shown)
        if view.selected is not None:
            self._select_when_listed(view.selected)

    def _select_when_listed(self, record_id: str) -> None:
        def listed(_total: int) -> None:
            self.model.total_changed.disconnect(listed)
            row = self.model.row_of(record_id)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

        self.model.total_changed.connect(listed)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_error(self, reason: str) -> None:
        self.error.setText(self.tr("The list could not be read: %1").replace("%1", reason))
        self.error.setVisible(True)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()).id if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record(self.model.item(index.row()).id)

    def _total_changed(self, total: int) -> None:
        self.error.setVisible(False)
        self.count.setText(self.count_text(min(total, COUNT_CAP), self.model.total_capped))
        self.show_empty_state(total == 0)
        self.total_changed(total)
