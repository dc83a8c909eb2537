"""Koperasi: every cooperative on this laptop, searchable and filterable by area and status."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from kopdes_desktop.domain.enums import OperationalStatus
from kopdes_desktop.domain.listing import CooperativeFilter, CooperativeListItem
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.domain.records import CooperativeDetail, RecordType
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.autosave import AutosavedForm
from kopdes_desktop.ui import counts, icons, labels
from kopdes_desktop.ui.cooperative_editor import CooperativeEditor
from kopdes_desktop.ui.forms.record_editor import CarriedForm
from kopdes_desktop.ui.list_columns import cooperative_columns
from kopdes_desktop.ui.paged_table_model import PagedTableModel
from kopdes_desktop.ui.permission_text import refusal_text
from kopdes_desktop.ui.record_list_page import EmptyText, RecordListPage, chosen_enum
from kopdes_desktop.ui.tasks import TaskRunner

COLUMN_WIDTHS = (170, 190, 140, 90, 150)  # village, kabupaten, status, members, last visit


class CooperativeListPage(RecordListPage[CooperativeListItem, CooperativeFilter]):
    help_topic = "cooperatives"  # its F1 guide: resources/help/<language>/cooperatives.md
    sample_data_requested = Signal()
    record_saved = Signal(str)

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        model: PagedTableModel[CooperativeListItem, CooperativeFilter] = PagedTableModel(
            services.cooperatives.list, cooperative_columns(language), CooperativeFilter(), tasks
        )
        super().__init__(
            model,
            tasks,
            language,
            title=self.tr("Cooperatives"),
            empty_icon=icons.COOPERATIVES,
            search_placeholder=self.tr("Search cooperative or village name…"),
            new_text=self.tr("&New cooperative"),
            column_widths=COLUMN_WIDTHS,
            parent=parent,
        )
        self.services = services
        self.editor: CooperativeEditor | None = None
        self._add_filters()
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        # An empty laptop's first step, before any account: look around in the sample data.
        self.demo_button = QPushButton(self.tr("Load sample data"))
        self.demo_button.setProperty("primary", True)
        self.demo_button.setVisible(False)
        self.empty.add_button(self.demo_button)
        self._sample_offered = False
        self.demo_button.clicked.connect(self._load_sample_data)
        self.apply_role()

    def apply_role(self) -> None:
        """New cooperative for PMOs and admins; for a BA, who adds them instead."""
        refused = self.services.context.open_to(Action.CREATE, RecordType.COOPERATIVE)
        self.offer_new(refusal_text(refused) if refused else "")

    def _add_filters(self) -> None:
        self.kabupaten = QComboBox()
        self.kabupaten.addItem(self.tr("All kabupaten/kota"), None)
        for region in self.services.catalog.kabupaten():
            self.kabupaten.addItem(region.name, region.code)
        self.kecamatan = QComboBox()
        self.kecamatan.setEnabled(False)
        self.kecamatan.addItem(self.tr("All kecamatan"), None)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for text, value in labels.choices(OperationalStatus):
            self.status.addItem(text, value)
        self.add_filter(self.kabupaten, self.tr("&Area:"), stretch=2)
        self.add_filter(self.kecamatan, stretch=2)
        self.add_filter(self.status, self.tr("S&tatus:"))
        self.kabupaten.currentIndexChanged.connect(self._kabupaten_changed)
        self.kecamatan.currentIndexChanged.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)

    def criteria(self) -> CooperativeFilter:
        current = self.model.criteria
        return CooperativeFilter(
            search=self.search.text().strip(),
            kabupaten_code=self.kabupaten.currentData(),
            kecamatan_code=self.kecamatan.currentData(),
            operational_status=chosen_enum(self.status, OperationalStatus),
            sort=current.sort,
            descending=current.descending,
        )

    def count_text(self, total: int, more: bool = False) -> str:
        return counts.cooperatives(total, more=more)

    def empty_text(self) -> EmptyText:
        if self._sample_offered:  # the sample data button is the next step (see below)
            return (
                self.tr(
                    "No cooperatives on this laptop yet. They arrive with the first sync; "
                    "to look around first, load the sample data."
                ),
                "",
                None,
            )
        if self.new_button.isHidden():
            return self.with_sync(
                self.tr(
                    "No cooperatives on this laptop yet. They arrive with the next sync, once "
                    "cooperatives are assigned to your account."
                )
            )
        return (
            self.tr("No cooperatives on this laptop yet. Add the first, or sync to fetch them."),
            self.tr("New cooperative"),
            self.new_record,
        )

    def show_empty_state(self, empty: bool) -> None:
        super().show_empty_state(empty)
        self.demo_button.setVisible(empty and self._sample_offered and not self.filtered())

    def reset_filters(self) -> None:
        for combo in (self.status, self.kabupaten):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._kabupaten_changed()  # the kecamatan back to "all" (and the list read again)

    def new_record(self) -> None:
        if self.new_button.isHidden():  # Ctrl+N where the role adds no cooperatives
            self.who_adds.setFocus()
            return
        self._open_editor(None)

    def open_record(self, record_id: str) -> None:
        self.tasks.read(lambda: self.services.cooperatives.get(record_id), self._open_editor)

    def open_restored(self, form: AutosavedForm) -> CooperativeEditor:
        assert isinstance(form.detail, CooperativeDetail)
        editor = self._open_editor(form.detail)
        editor.restore(form)
        return editor

    def reopen(self, carried: CarriedForm) -> None:
        """A form of the window before it was rebuilt in another language, as it was."""
        assert isinstance(carried.form.detail, CooperativeDetail)
        self._open_editor(carried.form.detail).continue_carried(carried)

    def _open_editor(self, detail: CooperativeDetail | None) -> CooperativeEditor:
        editor = CooperativeEditor(self.services, self.tasks, detail, parent=self)
        editor.saved.connect(self._saved)
        editor.open_existing.connect(lambda record_id: self._instead(editor, record_id))
        if detail is not None:
            self.mark_refused(editor, detail.cooperative.id)
        editor.open()
        self.editor = editor
        return editor

    def _instead(self, editor: CooperativeEditor, record_id: str) -> None:
        """The village has its cooperative already: open that one instead of a duplicate."""
        if editor.close():
            self.open_record(record_id)

    def _saved(self, record_id: str) -> None:
        self.refresh()
        self.record_saved.emit(record_id)

    def _kabupaten_changed(self) -> None:
        code = self.kabupaten.currentData()
        self.kecamatan.blockSignals(True)
        self.kecamatan.clear()
        self.kecamatan.addItem(self.tr("All kecamatan"), None)
        if code:
            for region in self.services.catalog.children(code):
                self.kecamatan.addItem(region.name, region.code)
        self.kecamatan.setEnabled(bool(code))
        self.kecamatan.blockSignals(False)
        self.apply_filters()

    def offer_sample_data(self, offered: bool) -> None:
        """Sample data is offered only while no account is signed in on this laptop."""
        self._sample_offered = offered
        self.demo_button.setEnabled(True)
        self.show_empty_state(self.list_area.currentWidget() is self.empty)

    def _load_sample_data(self) -> None:
        self.demo_button.setEnabled(False)
        self.sample_data_requested.emit()
