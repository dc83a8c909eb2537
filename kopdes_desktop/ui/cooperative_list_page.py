"""Koperasi: every cooperative on this laptop, searchable and filterable by area and status."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.enums import OperationalStatus
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.ui import labels
from kopdes_desktop.ui.cooperative_table_model import CooperativeTableModel
from kopdes_desktop.ui.formatting import format_count
from kopdes_desktop.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 250  # wait for a pause in typing before querying
COLUMN_WIDTHS = (170, 190, 140, 90, 150)  # village, kabupaten, status, members, last visit


class CooperativeListPage(QWidget):
    demo_data_created = Signal(int)

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._language = language
        self.model = CooperativeTableModel(services.cooperatives.list, tasks, language)
        filters = self._build_filters()
        self._build_table()

        self.count = QLabel()
        self.empty_hint = QLabel(
            self.tr(
                "No cooperatives on this laptop yet. They arrive with the first sync; "
                "to look around first, load the sample data."
            )
        )
        self.empty_hint.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Load sample data"))
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setVisible(False)

        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(footer)
        self._show_empty_state(False)
        self._connect()

    def _build_filters(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search cooperative or village name…"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)

        self.kabupaten = QComboBox()
        self.kabupaten.addItem(self.tr("All kabupaten/kota"), None)
        for region in self._services.catalog.kabupaten():
            self.kabupaten.addItem(region.name, region.code)
        kabupaten_label = QLabel(self.tr("&Area:"))
        kabupaten_label.setBuddy(self.kabupaten)

        self.kecamatan = QComboBox()
        self.kecamatan.setEnabled(False)
        self.kecamatan.addItem(self.tr("All kecamatan"), None)

        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for value in OperationalStatus:
            self.status.addItem(labels.operational_status(value), value)
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status)

        filters = QHBoxLayout()
        for widget, stretch in (
            (search_label, 0),
            (self.search, 3),
            (kabupaten_label, 0),
            (self.kabupaten, 2),
            (self.kecamatan, 2),
            (status_label, 0),
            (self.status, 1),
        ):
            filters.addWidget(widget, stretch)
        return filters

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Fixed starting widths: measuring contents would read every loaded row.
        for column, width in enumerate(COLUMN_WIDTHS, start=1):
            header.resizeSection(column, width)

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.kabupaten.currentIndexChanged.connect(self._kabupaten_changed)
        self.kecamatan.currentIndexChanged.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.model.total_changed.connect(self._total_changed)
        self.model.load_failed.connect(self._load_failed)
        self.demo_button.clicked.connect(self._create_demo_data)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_filters(self) -> None:
        criteria = replace(
            self.model.criteria,
            search=self.search.text().strip(),
            kabupaten_code=self.kabupaten.currentData(),
            kecamatan_code=self.kecamatan.currentData(),
            operational_status=self.status.currentData(),
        )
        self.model.set_filter(criteria)

    def refresh(self) -> None:
        self.model.refresh()

    def _kabupaten_changed(self) -> None:
        code = self.kabupaten.currentData()
        self.kecamatan.blockSignals(True)
        self.kecamatan.clear()
        self.kecamatan.addItem(self.tr("All kecamatan"), None)
        if code:
            for region in self._services.catalog.children(code):
                self.kecamatan.addItem(region.name, region.code)
        self.kecamatan.setEnabled(bool(code))
        self.kecamatan.blockSignals(False)
        self.apply_filters()

    def _total_changed(self, total: int) -> None:
        self.error.setVisible(False)
        shown = format_count(total, self._language)
        self.count.setText(self.tr("%1 cooperatives").replace("%1", shown))
        criteria = self.model.criteria
        filtered = (
            criteria.search
            or criteria.kabupaten_code
            or criteria.kecamatan_code
            or criteria.operational_status
        )
        self._show_empty_state(total == 0 and not filtered)

    def _show_empty_state(self, empty: bool) -> None:
        self.empty_hint.setVisible(empty)
        self.demo_button.setVisible(empty)

    def _load_failed(self, reason: str) -> None:
        self.error.setText(self.tr("The list could not be read: %1").replace("%1", reason))
        self.error.setVisible(True)

    def _create_demo_data(self) -> None:
        self.demo_button.setEnabled(False)

        def done(count: int) -> None:
            self.demo_button.setEnabled(True)
            self.demo_data_created.emit(count)
            self.refresh()

        def failed(error: Exception) -> None:
            self.demo_button.setEnabled(True)
            self._load_failed(str(error))

        self._tasks.write(self._services.create_demo_data, done, failed)
