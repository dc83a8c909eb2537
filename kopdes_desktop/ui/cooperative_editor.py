"""The cooperative profile form, in tabs: identity and location, legal documents, pengurus and
pengawas, business units, members and savings, notes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.enums import (
    BusinessUnitStatus,
    BusinessUnitType,
    ConstructionStage,
    FormationModel,
    Gender,
    GeraiLandStatus,
    HealthRating,
    OfficerBody,
    OfficerRole,
    OperationalStatus,
    Role,
)
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.permissions import Action, Subject
from kopdes_desktop.domain.records import (
    BusinessUnit,
    Cooperative,
    CooperativeDetail,
    Officer,
    RecordType,
)
from kopdes_desktop.domain.regions import kabupaten_of
from kopdes_desktop.domain.validation import IssueCode
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.autosave import Detail
from kopdes_desktop.services.cooperatives import ProfileChange
from kopdes_desktop.ui import confirmation, screen_fit
from kopdes_desktop.ui.forms.child_table import ChildTable, enum_column, text_column
from kopdes_desktop.ui.forms.inputs import (
    CoordinateEdit,
    DateEdit,
    EnumCombo,
    NumberEdit,
    RupiahEdit,
    TriStateCheck,
    YearEdit,
)
from kopdes_desktop.ui.forms.issue_messages import (
    unreadable,
    unreadable_date,
    unreadable_number,
    unreadable_year,
)
from kopdes_desktop.ui.forms.record_editor import RecordEditor
from kopdes_desktop.ui.forms.region_picker import RegionPicker
from kopdes_desktop.ui.history_text import history_line
from kopdes_desktop.ui.i18n import current_language
from kopdes_desktop.ui.permission_text import refusal_text
from kopdes_desktop.ui.tasks import TaskRunner


class CooperativeEditor(RecordEditor):
    help_topic = "cooperative_form"  # its F1 guide: resources/help/<language>/cooperative_form.md
    open_existing = Signal(str)  # the cooperative that already holds the chosen village
    open_existing_button: QPushButton

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        detail: CooperativeDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, is_new=detail is None, parent=parent)
        self._services = services
        self.setWindowTitle(self.tr("Cooperative profile"))
        # Wide enough for its seven tabs, each with a warning mark after a refused save.
        screen_fit.size_dialog(self, QSize(1000, 620))
        self._record = detail.cooperative if detail else Cooperative(id=new_id())
        self.tabs.addTab(self._identity_tab(), self.tr("Identity and location"))
        self.tabs.addTab(self._legal_tab(), self.tr("Legal documents"))
        self.tabs.addTab(self._officers_tab(), self.tr("Pengurus and pengawas"))
        self.tabs.addTab(self._units_tab(), self.tr("Business units"))
        self.tabs.addTab(self._members_tab(), self.tr("Members and savings"))
        self.tabs.addTab(self._notes_tab(), self.tr("Notes"))
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.tabs.addTab(self.history, self.tr("History"))
        if detail is not None:
            coop_id = detail.cooperative.id
            tasks.read(lambda: services.cooperatives.history(coop_id), self.show_history)
        self.show_detail(detail or CooperativeDetail(self._record))
        self._watch_changes()
        self._offer_only_what_is_allowed(detail)

    def _offer_only_what_is_allowed(self, detail: CooperativeDetail | None) -> None:
        context = self._services.context
        where = kabupaten_of(detail.cooperative.village_code) if detail else None
        if detail is None:
            if context.role is Role.PMO:
                self.region.limit_to(context.kabupaten_codes)
            return
        refused = context.refusal(Action.MOVE, Subject(RecordType.COOPERATIVE, where))
        if refused is not None:
            self.region.lock(refusal_text(refused))

    def problems_shown(self, issues: list[Any]) -> None:
        taken = next((i for i in issues if i.code is IssueCode.VILLAGE_TAKEN), None)
        self.open_existing_button.setVisible(taken is not None)
        self._existing = str(taken.params.get("cooperative_id", "")) if taken else ""

    # --- tabs -----------------------------------------------------------------------------

    def _identity_tab(self) -> QWidget:
        self.name = QLineEdit()
        self.region = RegionPicker(self._services.catalog)
        self._existing = ""
        self.open_existing_button = QPushButton(self.tr("Open that cooperative instead"))
        self.open_existing_button.clicked.connect(lambda: self.open_existing.emit(self._existing))
        self.buttons.addButton(self.open_existing_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Hidden only after it is in the box: adding a button to a QDialogButtonBox shows it.
        self.open_existing_button.setVisible(False)
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.latitude = CoordinateEdit(latitude=True)
        self.longitude = CoordinateEdit(latitude=False)
        self.formation_model = EnumCombo(FormationModel)
        self.operational_status = EnumCombo(OperationalStatus)
        return self.form_page(
            [
                (self.tr("&Name:"), "name", self.name),
                (self.tr("&Village:"), "village_code", self.region),
                (self.tr("&Address:"), "address", self.address),
                (self.tr("&Phone:"), "phone", self.phone),
                (self.tr("&Latitude:"), "latitude", self.latitude),
                (self.tr("L&ongitude:"), "longitude", self.longitude),
                (self.tr("&Formation model:"), "formation_model", self.formation_model),
                (self.tr("Operational s&tatus:"), "operational_status", self.operational_status),
            ]
        )

    def _legal_tab(self) -> QWidget:
        self.akta_number = QLineEdit()
        self.akta_date = DateEdit(self._services.context.today)
        self.akta_notary = QLineEdit()
        self.sk_ahu_number = QLineEdit()
        self.sk_ahu_date = DateEdit(self._services.context.today)
        self.cooperative_reg_number = QLineEdit()
        self.nib = QLineEdit()
        self.nib.setPlaceholderText(self.tr("13 digits"))
        self.npwp = QLineEdit()
        self.npwp.setPlaceholderText(self.tr("15 or 16 digits"))
        self.has_bank_account = TriStateCheck(self.tr("Yes"), self.tr("No"))
        self.bank_name = QLineEdit()
        return self.form_page(
            [
                (self.tr("Deed of establishment no.:"), "akta_number", self.akta_number),
                (self.tr("Deed date:"), "akta_date", self.akta_date),
                (self.tr("Notary:"), "akta_notary", self.akta_notary),
                (self.tr("SK AHU no.:"), "sk_ahu_number", self.sk_ahu_number),
                (self.tr("SK AHU date:"), "sk_ahu_date", self.sk_ahu_date),
                (
                    self.tr("Cooperative reg. no. (NIK):"),
                    "cooperative_reg_number",
                    self.cooperative_reg_number,
                ),
                (self.tr("NIB:"), "nib", self.nib),
                (self.tr("NPWP:"), "npwp", self.npwp),
                (self.tr("Bank account:"), "has_bank_account", self.has_bank_account),
                (self.tr("Bank:"), "bank_name", self.bank_name),
            ]
        )

    def _officers_tab(self) -> QWidget:
        coop_id = self._record.id
        self.officers: ChildTable[Officer] = ChildTable(
            [
                enum_column(self.tr("Organ"), "body", OfficerBody, allow_empty=False),
                text_column(self.tr("Name"), "name", stretch=True),
                enum_column(self.tr("Role"), "role", OfficerRole),
                text_column(self.tr("Phone"), "phone"),
                enum_column(self.tr("Gender"), "gender", Gender),
            ],
            lambda record_id, values: Officer(id=record_id, cooperative_id=coop_id, **values),
            self.tr("Add person"),
            self.tr("Remove selected"),
            row_name=self.tr("Officer"),
        )
        return self._wrap("officers", self.officers)

    def _units_tab(self) -> QWidget:
        coop_id = self._record.id
        self.units: ChildTable[BusinessUnit] = ChildTable(
            [
                enum_column(
                    self.tr("Business unit"), "unit_type", BusinessUnitType, allow_empty=False
                ),
                enum_column(self.tr("Status"), "status", BusinessUnitStatus, allow_empty=False),
                text_column(self.tr("Notes"), "notes", stretch=True),
            ],
            lambda record_id, values: BusinessUnit(id=record_id, cooperative_id=coop_id, **values),
            self.tr("Add business unit"),
            self.tr("Remove selected"),
            row_name=self.tr("Business unit"),
        )
        return self._wrap("business_units", self.units)

    def _wrap(self, field: str, widget: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.errors.attach(field, widget))
        return page

    def _members_tab(self) -> QWidget:
        self.member_count = NumberEdit()
        self.simpanan_pokok = RupiahEdit()
        self.simpanan_wajib = RupiahEdit()
        self.last_rat_year = YearEdit()
        self.health_rating = EnumCombo(HealthRating)
        self.simkopdes_updated = TriStateCheck(self.tr("Yes"), self.tr("No"))
        self.gerai_land_status = EnumCombo(GeraiLandStatus)
        self.gerai_construction = EnumCombo(ConstructionStage)
        return self.form_page(
            [
                (self.tr("&Members:"), "member_count", self.member_count),
                (self.tr("Simpanan &pokok (Rp):"), "simpanan_pokok", self.simpanan_pokok),
                (self.tr("Simpanan &wajib (Rp):"), "simpanan_wajib", self.simpanan_wajib),
                (self.tr("Last &RAT held (year):"), "last_rat_year", self.last_rat_year),
                (self.tr("&Health rating:"), "health_rating", self.health_rating),
                (
                    self.tr("SIMKOPDES profile updated:"),
                    "simkopdes_updated",
                    self.simkopdes_updated,
                ),
                (self.tr("Outlet land:"), "gerai_land_status", self.gerai_land_status),
                (self.tr("Outlet construction:"), "gerai_construction", self.gerai_construction),
            ]
        )

    def _notes_tab(self) -> QWidget:
        self.notes = QPlainTextEdit()
        return self._wrap("notes", self.notes)

    def show_history(self, changes: list[ProfileChange]) -> None:
        self.history.clear()
        language = current_language()
        for change in changes:
            self.history.addItem(history_line(change, language, self._services.catalog))
        if not changes:
            self.history.addItem(self.tr("No changes recorded yet."))

    # --- data in and out --------------------------------------------------------------------

    def load(self, detail: Detail) -> None:
        assert isinstance(detail, CooperativeDetail)
        coop = detail.cooperative
        self._record = coop
        for widget, value in (
            (self.name, coop.name),
            (self.address, coop.address),
            (self.phone, coop.phone),
            (self.akta_number, coop.akta_number),
            (self.akta_notary, coop.akta_notary),
            (self.sk_ahu_number, coop.sk_ahu_number),
            (self.cooperative_reg_number, coop.cooperative_reg_number),
            (self.nib, coop.nib),
            (self.npwp, coop.npwp),
            (self.bank_name, coop.bank_name),
        ):
            widget.setText(value)
        self.region.set_value(coop.village_code)
        self.latitude.set_value(coop.latitude)
        self.longitude.set_value(coop.longitude)
        self.formation_model.set_value(coop.formation_model)
        self.operational_status.set_value(coop.operational_status)
        self.akta_date.set_value(coop.akta_date)
        self.sk_ahu_date.set_value(coop.sk_ahu_date)
        self.has_bank_account.set_value(coop.has_bank_account)
        self.member_count.set_value(coop.member_count)
        self.simpanan_pokok.set_value(coop.simpanan_pokok)
        self.simpanan_wajib.set_value(coop.simpanan_wajib)
        self.last_rat_year.set_value(coop.last_rat_year)
        self.health_rating.set_value(coop.health_rating)
        self.simkopdes_updated.set_value(coop.simkopdes_updated)
        self.gerai_land_status.set_value(coop.gerai_land_status)
        self.gerai_construction.set_value(coop.gerai_construction)
        self.notes.setPlainText(coop.notes)
        self.officers.set_rows(detail.officers)
        self.units.set_rows(detail.business_units)
        self.setWindowTitle(coop.name or self.tr("New cooperative"))

    def collect(self) -> CooperativeDetail:
        coop = Cooperative(
            id=self._record.id,
            name=self.name.text().strip(),
            village_code=self.region.value(),
            address=self.address.text().strip(),
            phone=self.phone.text().strip(),
            latitude=self.latitude.value(),
            longitude=self.longitude.value(),
            formation_model=self.formation_model.value(),
            operational_status=self.operational_status.value(),
            akta_number=self.akta_number.text().strip(),
            akta_date=self.akta_date.value(),
            akta_notary=self.akta_notary.text().strip(),
            sk_ahu_number=self.sk_ahu_number.text().strip(),
            sk_ahu_date=self.sk_ahu_date.value(),
            cooperative_reg_number=self.cooperative_reg_number.text().strip(),
            nib=self.nib.text().strip(),
            npwp=self.npwp.text().strip(),
            has_bank_account=self.has_bank_account.value(),
            bank_name=self.bank_name.text().strip(),
            member_count=self.member_count.value(),
            simpanan_pokok=self.simpanan_pokok.value(),
            simpanan_wajib=self.simpanan_wajib.value(),
            gerai_land_status=self.gerai_land_status.value(),
            gerai_construction=self.gerai_construction.value(),
            last_rat_year=self.last_rat_year.value(),
            health_rating=self.health_rating.value(),
            simkopdes_updated=self.simkopdes_updated.value(),
            notes=self.notes.toPlainText(),
        )
        return CooperativeDetail(coop, self.officers.rows(), self.units.rows())

    def unreadable_fields(self) -> dict[str, str]:
        return unreadable(
            (
                ("member_count", self.member_count, unreadable_number()),
                ("simpanan_pokok", self.simpanan_pokok, unreadable_number()),
                ("simpanan_wajib", self.simpanan_wajib, unreadable_number()),
                ("latitude", self.latitude, unreadable_number()),
                ("longitude", self.longitude, unreadable_number()),
                ("akta_date", self.akta_date, unreadable_date()),
                ("sk_ahu_date", self.sk_ahu_date, unreadable_date()),
                ("last_rat_year", self.last_rat_year, unreadable_year()),
            )
        )

    def save_call(self, detail: Detail, base: Detail | None) -> Callable[[], Detail]:
        assert isinstance(detail, CooperativeDetail)
        assert base is None or isinstance(base, CooperativeDetail)
        return lambda: self._services.cooperatives.save(detail, base=base)

    def confirmation(self, detail: Detail) -> str:
        return confirmation.saved(self.tr("Cooperative saved."), self._services.context.sample)

    def reload_call(self) -> Callable[[], Detail]:
        record_id = self._record.id
        return lambda: self._services.cooperatives.get(record_id)

    def _watch_changes(self) -> None:
        for edit in (
            self.name,
            self.address,
            self.phone,
            self.akta_number,
            self.akta_notary,
            self.sk_ahu_number,
            self.cooperative_reg_number,
            self.nib,
            self.npwp,
            self.bank_name,
            self.latitude,
            self.longitude,
            self.member_count,
            self.simpanan_pokok,
            self.simpanan_wajib,
        ):
            edit.textChanged.connect(self.mark_changed)
        for combo in (
            self.formation_model,
            self.operational_status,
            self.has_bank_account,
            self.health_rating,
            self.simkopdes_updated,
            self.gerai_land_status,
            self.gerai_construction,
        ):
            combo.currentIndexChanged.connect(self.mark_changed)
        for typed in (self.akta_date, self.sk_ahu_date, self.last_rat_year):
            typed.textChanged.connect(self.mark_changed)
        self.notes.textChanged.connect(self.mark_changed)
        self.region.changed.connect(self.mark_changed)
        self.officers.changed.connect(self.mark_changed)
        self.units.changed.connect(self.mark_changed)
