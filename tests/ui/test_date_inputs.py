"""The one date input and the one time input: typed the usual Indonesian ways, picked from a
calendar that opens at today, cleared, never turned into something else than what was typed."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain import clock
from kopdes_desktop.domain.listing import CooperativeFilter, VisitFilter
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui.forms.inputs import DateEdit, TimeEdit
from tests.conftest import TODAY
from tests.ui.helpers import open_new_visit, open_window, screenshot, with_cooperatives


@pytest.fixture
def services(context: ServiceContext) -> AppServices:
    return with_cooperatives(context, {"KDKMP Rasau Jaya": "61.12.03.2001"})


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Click into the field, replace what is there by ``text`` and leave it, as a user does."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    field.editingFinished.emit()  # leaving the field (offscreen focus changes are unreliable)


@pytest.mark.parametrize(
    "typed",
    ["15032025", "15/03/2025", "15-3-2025", "15 Mar 2025", "15 Maret 2025", "15.3.25"],
)
def test_typed_dates_in_the_usual_forms_are_taken(
    qtbot: QtBot, services: AppServices, indonesian: None, typed: str
) -> None:
    _window, editor = open_new_visit(qtbot, services)
    type_into(qtbot, editor.next_visit_date, typed)
    assert editor.next_visit_date.value() == date(2025, 3, 15)
    assert editor.next_visit_date.text() == "15 Mar 2025"  # shown the one way, once read
    assert not editor.next_visit_date.problem()


def test_typed_dates_are_saved_and_unreadable_ones_are_explained_not_lost(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    _window, editor = open_new_visit(qtbot, services)
    editor.cooperative.setCurrentIndex(1)
    type_into(qtbot, editor.visit_date, "kemarin")
    type_into(qtbot, editor.start_time, "9.30")
    type_into(qtbot, editor.end_time, "25:00")
    assert editor.visit_date.text() == "kemarin"  # kept as typed, not "—kemarin" nor a date
    editor.save()
    assert editor.errors.message("visit_date") == (
        "Tanggal ini tidak terbaca; tulis seperti 15/03/2025."
    )
    assert editor.errors.message("end_time") == "Jam ini tidak terbaca; tulis seperti 09:30."
    assert editor.errors.message("start_time") == ""
    assert editor.start_time.text() == "09:30"
    assert services.visits.list(VisitFilter()).total == 0
    screenshot(qtbot, editor, "visit-editor-unreadable-date")

    type_into(qtbot, editor.visit_date, "27 November 2026")
    type_into(qtbot, editor.end_time, "1145")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    [item] = services.visits.list(VisitFilter()).items
    visit = services.visits.get(item.id).visit
    assert (visit.visit_date, visit.start_time, visit.end_time) == (
        date(2026, 11, 27),
        time(9, 30),
        time(11, 45),
    )


def test_a_new_visit_starts_today_now_and_is_not_a_change_yet(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    before = clock.now().replace(tzinfo=None)  # the app's clock: WIB (domain/clock.py)
    _window, editor = open_new_visit(qtbot, services)
    assert editor.visit_date.value() == TODAY  # the services' today, as validation sees it
    start = editor.start_time.value()
    assert start is not None
    started = datetime.combine(before.date(), start)
    assert before - timedelta(minutes=6) <= started <= clock.now().replace(tzinfo=None)
    assert editor.end_time.value() is None  # not known yet
    assert editor.next_visit_date.value() is None
    assert not editor.dirty  # closing at once asks nothing and leaves nothing behind


def test_the_calendar_opens_at_today_or_at_the_date_shown_and_picks_by_keyboard(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    _window, editor = open_new_visit(qtbot, services)
    field = editor.next_visit_date
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F4)
    calendar = field.calendar
    assert calendar is not None
    qtbot.waitExposed(calendar)
    assert calendar.selectedDate() == QDate(TODAY.year, TODAY.month, TODAY.day)
    assert (calendar.yearShown(), calendar.monthShown()) == (TODAY.year, TODAY.month)
    screenshot(qtbot, calendar.window(), "date-calendar-open")
    days = calendar.findChild(QTableView, "qt_calendar_calendarview")  # where the keys go
    qtbot.keyClick(days, Qt.Key.Key_Down)  # a week later
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert field.value() == TODAY + timedelta(days=7)
    assert not calendar.window().isVisible()

    field.set_value(date(2025, 3, 15))
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar is not None
    assert field.calendar.selectedDate() == QDate(2025, 3, 15)
    qtbot.keyClick(field.calendar.window(), Qt.Key.Key_Escape)  # closes, changes nothing
    assert not field.calendar.window().isVisible()
    assert field.value() == date(2025, 3, 15)


def test_a_date_can_be_cleared_and_says_so(qtbot: QtBot) -> None:
    field = DateEdit(lambda: TODAY)
    qtbot.addWidget(field)
    field.set_value(date(2026, 1, 5))
    with qtbot.waitSignal(field.value_changed):
        field.clear()  # what the clear button does
    assert field.value() is None
    assert not field.problem()
    with qtbot.waitSignal(field.value_changed):
        type_into(qtbot, field, "5/1")
    assert field.value() == date(2026, 1, 5)  # no year: this year
    with qtbot.waitSignal(field.value_changed):
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None


def test_tab_leaves_an_empty_date_or_time_field(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    _window, editor = open_new_visit(qtbot, services)
    editor.activateWindow()
    editor.visit_date.clear()
    for field, after in (
        (editor.visit_date, editor.start_time),
        (editor.start_time, editor.end_time),
        (editor.end_time, editor.travel_mode),
    ):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda after=after: QApplication.focusWidget() is after)  # type: ignore[misc]


def test_time_field_reads_times_and_keeps_what_it_cannot_read(qtbot: QtBot) -> None:
    field = TimeEdit()
    qtbot.addWidget(field)
    for typed, shown in (("9", "09:00"), ("0930", "09:30"), ("14.05", "14:05")):
        type_into(qtbot, field, typed)
        assert field.text() == shown
    type_into(qtbot, field, "jam 9")
    assert field.text() == "jam 9"
    assert field.problem()
    assert field.value() is None


def test_rat_year_honours_a_typed_year(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    window = open_window(qtbot, services)
    [item] = services.cooperatives.list(CooperativeFilter()).items
    window.cooperatives.open_record(item.id)
    qtbot.waitUntil(lambda: window.cooperatives.editor is not None)
    editor = window.cooperatives.editor
    assert editor is not None
    type_into(qtbot, editor.last_rat_year, "23")
    editor.save()
    assert editor.errors.message("last_rat_year") == (
        "Tulis tahun dengan empat angka, seperti 2024."
    )
    type_into(qtbot, editor.last_rat_year, "2023")
    type_into(qtbot, editor.akta_date, "3 Agustus 2025")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    saved = services.cooperatives.get(item.id).cooperative
    assert saved.last_rat_year == 2023
    assert saved.akta_date == date(2025, 8, 3)


def test_the_visit_list_filters_by_typed_dates(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    _window, editor = open_new_visit(qtbot, services)
    editor.cooperative.setCurrentIndex(1)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()  # a draft of today
    editor.close()
    page = _window.visits
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    type_into(qtbot, page.date_from, "1/12/2026")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    type_into(qtbot, page.date_from, "1 Nov 2026")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
