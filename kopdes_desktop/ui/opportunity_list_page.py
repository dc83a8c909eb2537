"""Peluang Usaha: business-opportunity notes, by sector, status and priority."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from kopdes_desktop.domain.enums import OpportunityStatus, Priority, Sector
from kopdes_desktop.domain.listing import OpportunityFilter, OpportunityListItem
from kopdes_desktop.domain.records import OpportunityDetail
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.autosave import Detail
from kopdes_desktop.ui import counts, icons, labels
from kopdes_desktop.ui.child_record_page import ChildRecordPage, Choices
from kopdes_desktop.ui.forms.record_editor import RecordEditor
from kopdes_desktop.ui.list_columns import opportunity_columns
from kopdes_desktop.ui.opportunity_editor import OpportunityEditor
from kopdes_desktop.ui.paged_table_model import PagedTableModel
from kopdes_desktop.ui.record_list_page import EmptyText, chosen_enum
from kopdes_desktop.ui.tasks import TaskRunner

COLUMN_WIDTHS = (200, 170, 120, 130, 90, 110)


def _enum_filter(
    any_text: str, enum_type: type[Sector | OpportunityStatus | Priority]
) -> QComboBox:
    combo = QComboBox()
    combo.addItem(any_text, None)
    for text, value in labels.choices(enum_type):
        combo.addItem(text, value)
    return combo


class OpportunityListPage(ChildRecordPage[OpportunityListItem, OpportunityFilter]):
    help_topic = "opportunities"  # its F1 guide: resources/help/<language>/opportunities.md

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        model: PagedTableModel[OpportunityListItem, OpportunityFilter] = PagedTableModel(
            services.opportunities.list, opportunity_columns(language), OpportunityFilter(), tasks
        )
        super().__init__(
            model,
            tasks,
            language,
            title=self.tr("Business opportunities"),
            empty_icon=icons.OPPORTUNITIES,
            search_placeholder=self.tr("Search title, commodity or cooperative…"),
            new_text=self.tr("&New opportunity"),
            column_widths=COLUMN_WIDTHS,
            name_columns=(1,),  # the cooperative
            parent=parent,
        )
        self.services = services
        self.editor: OpportunityEditor | None = None
        self.sector = _enum_filter(self.tr("Any sector"), Sector)
        self.status = _enum_filter(self.tr("Any status"), OpportunityStatus)
        self.priority = _enum_filter(self.tr("Any priority"), Priority)
        self.add_filter(self.sector, self.tr("S&ector:"), stretch=2)
        self.add_filter(self.status)
        self.add_filter(self.priority)
        for combo in (self.sector, self.status, self.priority):
            combo.currentIndexChanged.connect(self.apply_filters)

    def criteria(self) -> OpportunityFilter:
        current = self.model.criteria
        return OpportunityFilter(
            search=self.search.text().strip(),
            sector=chosen_enum(self.sector, Sector),
            status=chosen_enum(self.status, OpportunityStatus),
            priority=chosen_enum(self.priority, Priority),
            sort=current.sort,
            descending=current.descending,
        )

    def count_text(self, total: int, more: bool = False) -> str:
        return counts.opportunities(total, more=more)

    def empty_text(self) -> EmptyText:
        if self.new_button.isHidden():
            return self.with_sync(
                self.tr("No business opportunities on this laptop yet. They come with sync.")
            )
        return (
            self.tr("No business opportunities yet. Note one when a cooperative sees a chance."),
            self.tr("New opportunity"),
            self.new_record,
        )

    def reset_filters(self) -> None:
        for combo in (self.sector, self.status, self.priority):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)

    def load_detail(self, record_id: str) -> Detail:
        return self.services.opportunities.get(record_id)

    def make_editor(self, choices: Choices, detail: Detail | None) -> RecordEditor:
        assert detail is None or isinstance(detail, OpportunityDetail)
        return OpportunityEditor(self.services, self.tasks, choices, detail, parent=self)
