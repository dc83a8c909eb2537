"""Editing a record's child rows (officers, business units, agreed actions) in place.

Each row keeps the id of the record it shows, so an edited row stays the same record (one small
patch on sync) and only a removed row becomes a delete.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Record
from kopdes_desktop.ui.forms.inputs import DateEdit, EnumCombo
from kopdes_desktop.ui.forms.issue_messages import unreadable_date

R = TypeVar("R", bound=Record)


@dataclass(frozen=True, slots=True)
class ChildColumn(Generic[R]):
    title: str
    field: str
    make: Callable[[], QWidget]
    load: Callable[[QWidget, Any], None]
    read: Callable[[QWidget], Any]
    stretch: bool = False
    # For cells that can hold text they cannot read (a typed date): what to tell the user.
    unreadable_message: Callable[[], str] | None = None


class _SelectOnFocus(QObject):
    def __init__(self, table: ChildTable[Any]) -> None:
        super().__init__(table)
        self._table = table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._table.select_row_of(watched)
        return False


class ChildTable(QWidget, Generic[R]):
    changed = Signal()

    def __init__(
        self,
        columns: Sequence[ChildColumn[R]],
        build: Callable[[str, dict[str, Any]], R],
        add_text: str,
        remove_text: str,
        row_name: str = "",
    ) -> None:
        super().__init__()
        self._columns = tuple(columns)
        self._row_name = row_name  # "Tindakan": names a row in messages, "Tindakan #1"
        self._build = build
        self._ids: list[str] = []
        self.table = QTableWidget(0, len(self._columns))
        self.table.setHorizontalHeaderLabels([c.title for c in self._columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        # The cells are fields: Tab goes from one to the next, row by row, then to Add and
        # Remove, and on out of the table; the table itself takes no stop of its own.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for index, column in enumerate(self._columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(index, mode)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(remove_text)
        # The row of the cell being edited is the selected one, so Remove (reached by Tab or
        # a click) removes the row the user was just in.
        self._row_follows_focus = _SelectOnFocus(self)
        self.add_button.clicked.connect(self._add_blank_row)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_rows(self, records: Sequence[R]) -> None:
        self.table.setRowCount(0)
        self._ids.clear()
        for record in records:
            self.add_row(record)

    def add_row(self, record: R | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(record.id if record is not None else new_id())
        for column_index, column in enumerate(self._columns):
            widget = column.make()
            if record is not None:
                column.load(widget, getattr(record, column.field))
            self.table.setCellWidget(row, column_index, widget)
            widget.installEventFilter(self._row_follows_focus)
            _connect_change(widget, self.changed.emit)
        self.table.resizeRowsToContents()
        self._order_tab_stops()
        self.changed.emit()
        return row

    def _order_tab_stops(self) -> None:
        stops = [
            self.cell(row, column)
            for row in range(self.table.rowCount())
            for column in range(len(self._columns))
        ]
        previous: QWidget = self.table
        for widget in [*stops, self.add_button, self.remove_button]:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _add_blank_row(self) -> None:
        row = self.add_row()
        self.cell(row, 0).setFocus()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
            del self._ids[row]
        if rows:
            self.changed.emit()

    def select_row_of(self, widget: QObject) -> None:
        for row in range(self.table.rowCount()):
            for column in range(len(self._columns)):
                cell = self.cell(row, column)
                if widget is cell:
                    # Select without moving the table's current cell: that would pull the focus
                    # back to the row's first cell.
                    self.table.selectionModel().select(
                        self.table.model().index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    return

    def rows(self) -> tuple[R, ...]:
        records = []
        for row, record_id in enumerate(self._ids):
            values = {
                column.field: column.read(self.cell(row, index))
                for index, column in enumerate(self._columns)
            }
            records.append(self._build(record_id, values))
        return tuple(records)

    def unreadable(self, field: str) -> dict[str, str]:
        """``{field: message}`` naming the rows whose cells hold text that cannot be read."""
        messages = [
            self._cell_message(row, column, column.unreadable_message())
            for row in range(self.table.rowCount())
            for index, column in enumerate(self._columns)
            if column.unreadable_message is not None
            and getattr(self.cell(row, index), "problem", lambda: False)()
        ]
        return {field: " ".join(messages)} if messages else {}

    def describe(self, path: str, message: str) -> str:
        """A message about ``actions[0].owner`` as "Tindakan #1 · Siapa: Wajib diisi."."""
        row = int(path.split("[", maxsplit=1)[1].split("]", maxsplit=1)[0])
        field = path.split("].", maxsplit=1)[1] if "]." in path else ""
        column = next((c for c in self._columns if c.field == field), None)
        return self._cell_message(row, column, message)

    def _cell_message(self, row: int, column: ChildColumn[R] | None, message: str) -> str:
        where = f"{self._row_name} #{row + 1}".strip()
        if column is not None:
            where += f" · {column.title}"
        return f"{where}: {message}"

    def cell(self, row: int, column: int) -> QWidget:
        widget = self.table.cellWidget(row, column)
        assert widget is not None
        return widget

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        for row in range(self.table.rowCount()):
            for column in range(len(self._columns)):
                self.cell(row, column).setEnabled(not read_only)


def _connect_change(widget: QWidget, callback: Callable[[], None]) -> None:
    for signal_name in ("textChanged", "currentIndexChanged", "toggled"):
        signal = getattr(widget, signal_name, None)
        if signal is not None:
            signal.connect(lambda *_args: callback())
            return


def text_column(title: str, field: str, *, stretch: bool = False) -> ChildColumn[Any]:
    def load(widget: QWidget, value: Any) -> None:
        assert isinstance(widget, QLineEdit)
        widget.setText(value or "")

    def read(widget: QWidget) -> str:
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    return ChildColumn(title, field, QLineEdit, load, read, stretch)


def enum_column(
    title: str, field: str, enum_type: type[Any], *, allow_empty: bool = True
) -> ChildColumn[Any]:
    def load(widget: QWidget, value: Any) -> None:
        assert isinstance(widget, EnumCombo)
        widget.set_value(value)

    def read(widget: QWidget) -> Any:
        assert isinstance(widget, EnumCombo)
        return widget.value()

    return ChildColumn(
        title, field, lambda: EnumCombo(enum_type, allow_empty=allow_empty), load, read
    )


def date_column(title: str, field: str) -> ChildColumn[Any]:
    def load(widget: QWidget, value: Any) -> None:
        assert isinstance(widget, DateEdit)
        widget.set_value(value)

    def read(widget: QWidget) -> Any:
        assert isinstance(widget, DateEdit)
        return widget.value()

    return ChildColumn(title, field, DateEdit, load, read, unreadable_message=unreadable_date)


def check_column(title: str, field: str) -> ChildColumn[Any]:
    def load(widget: QWidget, value: Any) -> None:
        assert isinstance(widget, QCheckBox)
        widget.setChecked(bool(value))

    def read(widget: QWidget) -> bool:
        assert isinstance(widget, QCheckBox)
        return widget.isChecked()

    return ChildColumn(title, field, QCheckBox, load, read)
