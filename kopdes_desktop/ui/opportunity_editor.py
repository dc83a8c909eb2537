"""The business-opportunity form: what, for which cooperative, how big, what it needs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.enums import (
    KALBAR_COMMODITIES,
    OpportunityNeed,
    OpportunityStatus,
    Priority,
    Sector,
)
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.listing import CooperativeOption
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.domain.records import Opportunity, OpportunityDetail
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.autosave import Detail
from kopdes_desktop.services.opportunities import subject as note_subject
from kopdes_desktop.ui import confirmation, screen_fit
from kopdes_desktop.ui.forms.cooperative_choice import CooperativeChoice
from kopdes_desktop.ui.forms.inputs import DecimalEdit, EnumCombo, MultiChoice, RupiahEdit
from kopdes_desktop.ui.forms.issue_messages import (
    no_cooperative_chosen,
    unreadable,
    unreadable_number,
)
from kopdes_desktop.ui.forms.photo_strip import PhotoStrip
from kopdes_desktop.ui.forms.record_editor import RecordEditor
from kopdes_desktop.ui.permission_text import refusal_text
from kopdes_desktop.ui.tasks import TaskRunner

VOLUME_UNITS = ("kg", "ton", "liter", "ekor", "buah", "lembar", "kg/bulan", "ton/bulan")


def _suggesting(values: Sequence[str]) -> QComboBox:
    """A free-text field that offers known values as you type."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("")
    combo.addItems(list(values))
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


class OpportunityEditor(RecordEditor):
    help_topic = "opportunities"  # its F1 guide: resources/help/<language>/opportunities.md

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        cooperatives: Sequence[CooperativeOption],
        detail: OpportunityDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, is_new=detail is None, parent=parent)
        self._services = services
        self._cooperatives = cooperatives
        screen_fit.size_dialog(self, QSize(820, 640))
        self._record = detail.opportunity if detail else Opportunity(id=new_id(), cooperative_id="")
        self.tabs.addTab(self._main_tab(), self.tr("Opportunity"))
        self.tabs.addTab(self._photos_tab(), self.tr("Photos"))
        self.show_detail(detail or OpportunityDetail(self._record))
        self._watch_changes()
        refused = services.context.refusal(Action.EDIT, note_subject(self._record))
        if detail is not None and refused is not None:
            self.show_only(refusal_text(refused))

    def _main_tab(self) -> QWidget:
        self.cooperative = CooperativeChoice(self._cooperatives)
        self.title = QLineEdit()
        self.sector = EnumCombo(Sector)
        self.commodity = _suggesting(KALBAR_COMMODITIES)
        self.description = QPlainTextEdit()
        self.volume = DecimalEdit()
        self.volume_unit = _suggesting(VOLUME_UNITS)
        self.capital_needed = RupiahEdit()
        self.monthly_revenue = RupiahEdit()
        self.offtaker = QLineEdit()
        self.needs = MultiChoice(OpportunityNeed, columns=3)
        self.priority = EnumCombo(Priority)
        self.status = EnumCombo(OpportunityStatus, allow_empty=False)
        return self.form_page(
            [
                (self.tr("&Cooperative:"), "cooperative_id", self.cooperative),
                (self.tr("&Title:"), "title", self.title),
                (self.tr("&Sector:"), "sector", self.sector),
                (self.tr("Co&mmodity:"), "commodity", self.commodity),
                (self.tr("&Description:"), "description", self.description),
                (self.tr("Estimated &volume:"), "volume", self.volume),
                (self.tr("Volume &unit:"), "volume_unit", self.volume_unit),
                (self.tr("Capital needed (Rp):"), "capital_needed", self.capital_needed),
                (self.tr("Monthly revenue (Rp):"), "monthly_revenue", self.monthly_revenue),
                (self.tr("Offtaker / &partner:"), "offtaker", self.offtaker),
                (self.tr("Needs:"), "needs", self.needs),
                (self.tr("P&riority:"), "priority", self.priority),
                (self.tr("St&atus:"), "status", self.status),
            ]
        )

    def _photos_tab(self) -> QWidget:
        self.photos = PhotoStrip(self.tasks, self._record.id, self._services.photos)
        self.photos.failed.connect(self._show_summary)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.errors.attach("photos", self.photos))
        return page

    def load(self, detail: Detail) -> None:
        assert isinstance(detail, OpportunityDetail)
        note = detail.opportunity
        self._record = note
        self.cooperative.set_value(note.cooperative_id)
        self.title.setText(note.title)
        self.sector.set_value(note.sector)
        self.commodity.setEditText(note.commodity)
        self.description.setPlainText(note.description)
        self.volume.set_value(note.volume)
        self.volume_unit.setEditText(note.volume_unit)
        self.capital_needed.set_value(note.capital_needed)
        self.monthly_revenue.set_value(note.monthly_revenue)
        self.offtaker.setText(note.offtaker)
        self.needs.set_value(note.needs)
        self.priority.set_value(note.priority)
        self.status.set_value(note.status)
        self.photos.set_photos(detail.photos)
        self.setWindowTitle(note.title or self.tr("New business opportunity"))

    def collect(self) -> OpportunityDetail:
        note = Opportunity(
            id=self._record.id,
            cooperative_id=self.cooperative.value(),
            author_id=self._record.author_id,
            title=self.title.text().strip(),
            sector=self.sector.value(),
            commodity=self.commodity.currentText().strip(),
            description=self.description.toPlainText().strip(),
            volume=self.volume.value(),
            volume_unit=self.volume_unit.currentText().strip(),
            capital_needed=self.capital_needed.value(),
            monthly_revenue=self.monthly_revenue.value(),
            offtaker=self.offtaker.text().strip(),
            needs=self.needs.value(),
            priority=self.priority.value(),
            status=self.status.value() or OpportunityStatus.IDEA,
        )
        return OpportunityDetail(note, self.photos.photos())

    def unreadable_fields(self) -> dict[str, str]:
        return unreadable(
            (
                ("cooperative_id", self.cooperative, no_cooperative_chosen()),
                ("volume", self.volume, unreadable_number()),
                ("capital_needed", self.capital_needed, unreadable_number()),
                ("monthly_revenue", self.monthly_revenue, unreadable_number()),
            )
        )

    def save_call(self, detail: Detail, base: Detail | None) -> Callable[[], Detail]:
        assert isinstance(detail, OpportunityDetail)
        assert base is None or isinstance(base, OpportunityDetail)
        return lambda: self._services.opportunities.save(detail, base=base)

    def confirmation(self, detail: Detail) -> str:
        return confirmation.saved(self.tr("Opportunity saved."), self._services.context.sample)

    def reload_call(self) -> Callable[[], Detail]:
        record_id = self._record.id
        return lambda: self._services.opportunities.get(record_id)

    def _watch_changes(self) -> None:
        for edit in (
            self.title,
            self.volume,
            self.capital_needed,
            self.monthly_revenue,
            self.offtaker,
        ):
            edit.textChanged.connect(self.mark_changed)
        self.description.textChanged.connect(self.mark_changed)
        self.cooperative.changed.connect(self.mark_changed)
        for combo in (self.sector, self.priority, self.status):
            combo.currentIndexChanged.connect(self.mark_changed)
        self.commodity.editTextChanged.connect(self.mark_changed)
        self.volume_unit.editTextChanged.connect(self.mark_changed)
        self.needs.changed.connect(self.mark_changed)
        self.photos.changed.connect(self.mark_changed)
