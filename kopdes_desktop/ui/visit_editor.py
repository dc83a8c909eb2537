"""The visit log form: when and where, who and why, findings, agreed actions, photos; saved as a
draft at any time, submitted when complete, read-only while a PMO reviews it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import time

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.enums import (
    GpsSource,
    PersonMet,
    TravelMode,
    VisitPurpose,
    VisitStatus,
)
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.listing import CooperativeOption
from kopdes_desktop.domain.permissions import Action, Denial
from kopdes_desktop.domain.records import AgreedAction, RecordType, Visit, VisitDetail
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.autosave import Detail
from kopdes_desktop.services.visits import subject as visit_subject
from kopdes_desktop.ui import confirmation, labels, screen_fit
from kopdes_desktop.ui.formatting import format_date
from kopdes_desktop.ui.forms.child_table import ChildTable, check_column, date_column, text_column
from kopdes_desktop.ui.forms.cooperative_choice import CooperativeChoice
from kopdes_desktop.ui.forms.inputs import (
    CoordinateEdit,
    DateEdit,
    EnumCombo,
    MultiChoice,
    NumberEdit,
    TimeEdit,
)
from kopdes_desktop.ui.forms.issue_messages import (
    no_cooperative_chosen,
    unreadable,
    unreadable_date,
    unreadable_number,
    unreadable_time,
)
from kopdes_desktop.ui.forms.photo_strip import PhotoStrip
from kopdes_desktop.ui.forms.record_editor import RecordEditor
from kopdes_desktop.ui.permission_text import refusal_text
from kopdes_desktop.ui.tasks import TaskRunner


class VisitEditor(RecordEditor):
    help_topic = "visit_form"  # its F1 guide: resources/help/<language>/visit_form.md

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        cooperatives: Sequence[CooperativeOption],
        detail: VisitDetail | None = None,
        *,
        language: str = "id",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, is_new=detail is None, parent=parent)
        self._services = services
        self._language = language
        self._cooperatives = cooperatives
        screen_fit.size_dialog(self, QSize(900, 680))
        self._record = detail.visit if detail else self._new_visit()
        self._comments = detail.review_comments if detail else ()
        # Where the coordinates in the form came from; it travels with them (domain/position).
        self._gps_source: GpsSource | None = self._record.gps_source
        self.review_banner = QLabel()
        self.review_banner.setWordWrap(True)
        self.review_banner.setObjectName("reviewBanner")
        self.layout().insertWidget(0, self.review_banner)  # type: ignore[union-attr]
        self.tabs.addTab(self._visit_tab(), self.tr("Visit"))
        self.tabs.addTab(self._findings_tab(), self.tr("Findings"))
        self.tabs.addTab(self._actions_tab(), self.tr("Agreed actions"))
        self.tabs.addTab(self._photos_tab(), self.tr("Photos"))
        self.save_button.setText(self.tr("Save draft"))
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setToolTip(self.tr("Submit for review (Ctrl+Enter)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._submit_by_key)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.add_action)
        self.buttons.addButton(self.submit_button, self.buttons.ButtonRole.ActionRole)
        self.submit_button.clicked.connect(self.submit)
        self.show_detail(detail or VisitDetail(self._record))
        self._watch_changes()
        refused = services.context.refusal(Action.EDIT, visit_subject(self._record))
        if detail is not None and refused is not None and refused.denial is Denial.NOT_AUTHOR:
            self.show_only(refusal_text(refused))

    def _new_visit(self) -> Visit:
        """A new visit is usually logged on the day, often on the spot: today, starting now."""
        now = self._services.context.now().time()  # WIB, like every time shown (domain/clock)
        return Visit(
            id=new_id(),
            cooperative_id="",
            visit_date=self._services.context.today(),
            start_time=time(now.hour, now.minute - now.minute % 5),
        )

    # --- tabs -----------------------------------------------------------------------------

    def _visit_tab(self) -> QWidget:
        self.cooperative = CooperativeChoice(self._cooperatives)
        today = self._services.context.today
        self.visit_date = DateEdit(today)
        self.start_time = TimeEdit()
        self.end_time = TimeEdit()
        self.travel_mode = EnumCombo(TravelMode)
        self.people_met = MultiChoice(PersonMet)
        self.people_count = NumberEdit()
        self.purposes = MultiChoice(VisitPurpose)
        self.latitude = CoordinateEdit(latitude=True)
        self.longitude = CoordinateEdit(latitude=False)
        page = self.form_page(
            [
                (self.tr("&Cooperative:"), "cooperative_id", self.cooperative),
                ("", "cooperative_hint", self._missing_cooperative_hint()),
                (self.tr("&Date:"), "visit_date", self.visit_date),
                (self.tr("&Start:"), "start_time", self.start_time),
                (self.tr("&End:"), "end_time", self.end_time),
                (self.tr("&Travel by:"), "travel_mode", self.travel_mode),
                (self.tr("People met:"), "people_met", self.people_met),
                (self.tr("Number of &people:"), "people_count", self.people_count),
                (self.tr("Purposes:"), "purposes", self.purposes),
                (self.tr("&Latitude:"), "latitude", self.latitude),
                (self.tr("L&ongitude:"), "longitude", self.longitude),
                ("", "gps_source", self._gps_source_note()),
            ]
        )
        # Notes shown only sometimes take their rows with them (no blank band in the form).
        self.show_row(self.cooperative_hint, not self.cooperative_hint.isHidden())
        self.show_row(self.gps_source, False)
        return page

    def _gps_source_note(self) -> QLabel:
        """Says the coordinates came from a photo's GPS, not from where the BA stood or typed:
        a photo taken elsewhere (a phone's old picture) would put the visit there."""
        note = QLabel(labels.position_source_note(GpsSource.PHOTO))
        note.setObjectName("gps_source")
        note.setVisible(False)
        self.gps_source = note
        return note

    def _set_gps_source(self, source: GpsSource | None) -> None:
        """Typed coordinates are the usual case and need no note; a photo's or the laptop's
        position says so, on a new visit and on every reopening."""
        self._gps_source = source
        noted = source in (GpsSource.PHOTO, GpsSource.DEVICE)
        if source is not None and noted:
            self.gps_source.setText(labels.position_source_note(source))
            self.gps_source.setToolTip(
                self.tr("The position a photo's GPS recorded; check it is where the visit was")
                if source is GpsSource.PHOTO
                else ""
            )
        self.show_row(self.gps_source, noted)

    def _coordinates_typed(self, _text: str) -> None:
        self._set_gps_source(GpsSource.MANUAL)

    def _gps_source_of_form(self) -> GpsSource | None:
        """No position, no source; coordinates of unknown origin stay unknown until changed."""
        if self.latitude.value() is None and self.longitude.value() is None:
            return None
        return self._gps_source

    def _missing_cooperative_hint(self) -> QLabel:
        """Where a BA looks for a cooperative that is not on the laptop: who adds it."""
        hint = QLabel()
        hint.setWordWrap(True)
        refused = self._services.context.open_to(Action.CREATE, RecordType.COOPERATIVE)
        if refused is not None:
            hint.setText(
                self.tr("Cooperative not in the list? %1").replace("%1", refusal_text(refused))
            )
        hint.setVisible(refused is not None and self.is_new)
        self.cooperative_hint = hint
        return hint

    def _findings_tab(self) -> QWidget:
        self.findings = QPlainTextEdit()
        self.problems = QPlainTextEdit()
        self.next_visit_plan = QPlainTextEdit()
        self.next_visit_date = DateEdit(self._services.context.today)
        return self.form_page(
            [
                (self.tr("&Findings:"), "findings", self.findings),
                (self.tr("&Problems:"), "problems", self.problems),
                (self.tr("&Next visit plan:"), "next_visit_plan", self.next_visit_plan),
                (self.tr("Next visit &date:"), "next_visit_date", self.next_visit_date),
            ]
        )

    def _actions_tab(self) -> QWidget:
        visit_id = self._record.id
        self.action_rows: ChildTable[AgreedAction] = ChildTable(
            [
                text_column(self.tr("What"), "description", stretch=True),
                text_column(self.tr("Person responsible"), "owner"),
                date_column(self.tr("Due"), "due_date"),
                check_column(self.tr("Done"), "done"),
            ],
            lambda record_id, values: AgreedAction(id=record_id, visit_id=visit_id, **values),
            self.tr("Add action"),
            self.tr("Remove selected"),
            row_name=self.tr("Action"),
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.errors.attach("actions", self.action_rows))
        self.actions_page = page
        return page

    def _photos_tab(self) -> QWidget:
        self.photos = PhotoStrip(self.tasks, self._record.id, self._services.photos)
        self.photos.gps_found.connect(self._photo_gps)
        self.photos.failed.connect(self._show_summary)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.errors.attach("photos", self.photos))
        return page

    # --- data in and out --------------------------------------------------------------------

    def load(self, detail: Detail) -> None:
        assert isinstance(detail, VisitDetail)
        visit = detail.visit
        self._record = visit
        self._comments = detail.review_comments
        self.cooperative.set_value(visit.cooperative_id)
        self.visit_date.set_value(visit.visit_date)
        self.start_time.set_value(visit.start_time)
        self.end_time.set_value(visit.end_time)
        self.travel_mode.set_value(visit.travel_mode)
        self.people_met.set_value(visit.people_met)
        self.people_count.set_value(visit.people_count)
        self.purposes.set_value(visit.purposes)
        self.latitude.set_value(visit.latitude)
        self.longitude.set_value(visit.longitude)
        self._set_gps_source(visit.gps_source)
        self.findings.setPlainText(visit.findings)
        self.problems.setPlainText(visit.problems)
        self.next_visit_plan.setPlainText(visit.next_visit_plan)
        self.next_visit_date.set_value(visit.next_visit_date)
        self.action_rows.set_rows(detail.actions)
        self.photos.set_photos(detail.photos)
        self._show_status(visit.status)

    def collect(self) -> VisitDetail:
        visit = Visit(
            id=self._record.id,
            cooperative_id=self.cooperative.value(),
            author_id=self._record.author_id,
            visit_date=self.visit_date.value(),
            start_time=self.start_time.value(),
            end_time=self.end_time.value(),
            latitude=self.latitude.value(),
            longitude=self.longitude.value(),
            gps_source=self._gps_source_of_form(),
            travel_mode=self.travel_mode.value(),
            people_met=self.people_met.value(),
            people_count=self.people_count.value(),
            purposes=self.purposes.value(),
            findings=self.findings.toPlainText().strip(),
            problems=self.problems.toPlainText().strip(),
            next_visit_plan=self.next_visit_plan.toPlainText().strip(),
            next_visit_date=self.next_visit_date.value(),
            status=self._record.status,
        )
        return VisitDetail(visit, self.action_rows.rows(), self.photos.photos(), self._comments)

    def unreadable_fields(self) -> dict[str, str]:
        return unreadable(
            (
                ("cooperative_id", self.cooperative, no_cooperative_chosen()),
                ("people_count", self.people_count, unreadable_number()),
                ("latitude", self.latitude, unreadable_number()),
                ("longitude", self.longitude, unreadable_number()),
                ("visit_date", self.visit_date, unreadable_date()),
                ("start_time", self.start_time, unreadable_time()),
                ("end_time", self.end_time, unreadable_time()),
                ("next_visit_date", self.next_visit_date, unreadable_date()),
            )
        ) | self.action_rows.unreadable("actions")

    def save_call(self, detail: Detail, base: Detail | None) -> Callable[[], Detail]:
        assert isinstance(detail, VisitDetail)
        assert base is None or isinstance(base, VisitDetail)
        return lambda: self._services.visits.save_draft(detail, base=base)

    def reload_call(self) -> Callable[[], Detail]:
        record_id = self._record.id
        return lambda: self._services.visits.get(record_id)

    def _submit_by_key(self) -> None:
        if self.submit_button.isEnabled() and self.submit_button.isVisible():
            self.submit()

    def add_action(self) -> None:
        """A new agreed action, its first cell ready for typing (Ctrl+Shift+A)."""
        if not self.action_rows.add_button.isEnabled():
            return
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.actions_page))
        row = self.action_rows.add_row()
        self.action_rows.cell(row, 0).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def submit(self) -> None:
        def make_call(detail: Detail, base: Detail | None) -> Callable[[], Detail]:
            assert isinstance(detail, VisitDetail)
            assert base is None or isinstance(base, VisitDetail)
            return lambda: self._services.visits.submit(detail, base=base)

        self.run_save(make_call)

    # --- status -------------------------------------------------------------------------

    def _show_status(self, status: VisitStatus) -> None:
        editable = status.editable_by_author
        self.set_read_only(not editable)
        self.submit_button.setText(
            self.tr("Resubmit") if status is VisitStatus.NEEDS_REVISION else self.tr("Submit")
        )
        banner = self.tr("Status: %1").replace("%1", labels.label(status))
        # A submit is in the history too, without words: "X wrote: " and nothing said nothing.
        if self._comments and self._comments[-1].comment.strip():
            latest = self._comments[-1]
            when = format_date(
                latest.created_at.date() if latest.created_at else None, self._language
            )
            banner += " — " + self.tr("%1 wrote on %2: %3").replace(
                "%1", latest.author_name
            ).replace("%2", when).replace("%3", latest.comment)
        if not editable:
            banner += " " + self.tr("(read-only while it is reviewed)")
        self.review_banner.setText(banner)
        title = self.tr("New visit") if self.is_new else self.tr("Visit")
        self.setWindowTitle(title)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (
            self.cooperative,
            self.visit_date,
            self.start_time,
            self.end_time,
            self.travel_mode,
            self.people_met,
            self.people_count,
            self.purposes,
            self.latitude,
            self.longitude,
            self.next_visit_date,
        ):
            widget.setEnabled(not read_only)
        for text in (self.findings, self.problems, self.next_visit_plan):
            text.setReadOnly(read_only)
        self.action_rows.set_read_only(read_only)
        self.photos.set_read_only(read_only)
        self.save_button.setEnabled(not read_only)
        self.submit_button.setEnabled(not read_only)

    def after_save(self, detail: Detail) -> None:
        # Stay open after a draft save so the BA can keep typing; close after submitting.
        assert isinstance(detail, VisitDetail)
        if detail.visit.status.awaiting_review:
            self.accept()

    def confirmation(self, detail: Detail) -> str:
        assert isinstance(detail, VisitDetail)
        status = detail.visit.status
        if status is VisitStatus.SUBMITTED:
            what = self.tr("Visit submitted.")
        elif status is VisitStatus.RESUBMITTED:
            what = self.tr("Visit resubmitted.")
        elif status is VisitStatus.NEEDS_REVISION:
            return self.tr("Changes saved. Resubmit the visit when the PMO's points are fixed.")
        else:
            return self.tr(
                "Visit draft saved. Submit it when it is complete, for the PMO's review."
            )
        return confirmation.saved(what, self._services.context.sample)

    def _photo_gps(self, latitude: float, longitude: float) -> None:
        if self.latitude.value() is None and self.longitude.value() is None:
            self.latitude.set_value(latitude)
            self.longitude.set_value(longitude)
            self._set_gps_source(GpsSource.PHOTO)

    def _watch_changes(self) -> None:
        for edit in (self.people_count, self.latitude, self.longitude):
            edit.textChanged.connect(self.mark_changed)
        for coordinate in (self.latitude, self.longitude):  # typed over: no longer the photo's
            coordinate.textEdited.connect(self._coordinates_typed)
        for text in (self.findings, self.problems, self.next_visit_plan):
            text.textChanged.connect(self.mark_changed)
        self.cooperative.changed.connect(self.mark_changed)
        self.travel_mode.currentIndexChanged.connect(self.mark_changed)
        for typed in (self.visit_date, self.next_visit_date, self.start_time, self.end_time):
            typed.textChanged.connect(self.mark_changed)
        self.people_met.changed.connect(self.mark_changed)
        self.purposes.changed.connect(self.mark_changed)
        self.action_rows.changed.connect(self.mark_changed)
        self.photos.changed.connect(self.mark_changed)
