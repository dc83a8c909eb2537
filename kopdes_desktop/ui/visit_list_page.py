"""Kunjungan: the visit logs, by cooperative, status and date range."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from kopdes_desktop.domain.enums import VisitStatus
from kopdes_desktop.domain.listing import CooperativeOption, VisitFilter, VisitListItem
from kopdes_desktop.domain.records import VisitDetail
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.autosave import Detail
from kopdes_desktop.ui import counts, icons, labels
from kopdes_desktop.ui.child_record_page import ChildRecordPage, Choices
from kopdes_desktop.ui.forms.cooperative_choice import CooperativeChoice
from kopdes_desktop.ui.forms.inputs import DateEdit
from kopdes_desktop.ui.forms.record_editor import RecordEditor
from kopdes_desktop.ui.list_columns import visit_columns
from kopdes_desktop.ui.paged_table_model import PagedTableModel
from kopdes_desktop.ui.record_list_page import EmptyText, chosen_enum
from kopdes_desktop.ui.tasks import TaskRunner
from kopdes_desktop.ui.visit_editor import VisitEditor

COLUMN_WIDTHS = (110, 130, 220, 320)  # date, status, purposes, findings


class VisitListPage(ChildRecordPage[VisitListItem, VisitFilter]):
    help_topic = "visits"  # its F1 guide: resources/help/<language>/visits.md

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        model: PagedTableModel[VisitListItem, VisitFilter] = PagedTableModel(
            services.visits.list, visit_columns(language), VisitFilter(), tasks
        )
        super().__init__(
            model,
            tasks,
            language,
            title=self.tr("Visits"),
            empty_icon=icons.VISITS,
            search_placeholder=self.tr("Search cooperative, findings or problems…"),
            new_text=self.tr("&New visit"),
            column_widths=COLUMN_WIDTHS,
            parent=parent,
        )
        self.services = services
        self.editor: VisitEditor | None = None
        self.cooperative = CooperativeChoice([], placeholder=self.tr("All cooperatives"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for text, value in labels.choices(VisitStatus):
            self.status.addItem(text, value)
        self.date_from = DateEdit(services.context.today)
        self.date_to = DateEdit(services.context.today)
        self.add_filter(self.cooperative, self.tr("&Cooperative:"), stretch=2)
        self.add_filter(self.status, self.tr("S&tatus:"))
        self.add_filter(self.date_from, self.tr("&From:"), stretch=0)
        self.add_filter(self.date_to, self.tr("T&o:"), stretch=0)
        self.reload_cooperatives()
        self.cooperative.changed.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.date_from.value_changed.connect(self.apply_filters)
        self.date_to.value_changed.connect(self.apply_filters)

    def reload_cooperatives(self) -> None:
        self.tasks.read(self.services.cooperatives.options, self._fill_cooperatives)

    def _fill_cooperatives(self, choices: list[CooperativeOption]) -> None:
        self._choices = choices
        self.cooperative.set_options(choices)

    def show_cooperative(self, cooperative_id: str) -> None:
        """List the visits of one cooperative (from the map)."""
        # One not in the choices yet (made since they were read) is added under a short id.
        self.cooperative.set_value(cooperative_id, cooperative_id[:8])

    def criteria(self) -> VisitFilter:
        current = self.model.criteria
        return VisitFilter(
            search=self.search.text().strip(),
            cooperative_id=self.cooperative.value() or None,
            status=chosen_enum(self.status, VisitStatus),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            sort=current.sort,
            descending=current.descending,
        )

    def count_text(self, total: int, more: bool = False) -> str:
        return counts.visits(total, more=more)

    def empty_text(self) -> EmptyText:
        if self.new_button.isHidden():
            return self.with_sync(self.tr("No visits on this laptop yet. They come with sync."))
        return (
            self.tr("No visits yet. After meeting a cooperative, write down what you found."),
            self.tr("New visit"),
            self.new_record,
        )

    def reset_filters(self) -> None:
        for field in (self.cooperative, self.status, self.date_from, self.date_to):
            field.blockSignals(True)
        self.cooperative.set_value("")
        self.status.setCurrentIndex(0)
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        for field in (self.cooperative, self.status, self.date_from, self.date_to):
            field.blockSignals(False)

    def load_detail(self, record_id: str) -> Detail:
        return self.services.visits.get(record_id)

    def make_editor(self, choices: Choices, detail: Detail | None) -> RecordEditor:
        assert detail is None or isinstance(detail, VisitDetail)
        return VisitEditor(
            self.services, self.tasks, choices, detail, language=self.language, parent=self
        )
