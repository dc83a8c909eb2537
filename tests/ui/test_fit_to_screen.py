"""Every page and dialog fits a 1366×768 laptop and a 1024×600 netbook: no button or input
beyond the screen's edge, none cut off, forms scroll while Save stays in view.

Screenshots of each land in test-artifacts/fit-<screen>-<what>.png, to look at.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QStyle, QWidget
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Photo
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui.forms.clash_dialog import ClashDialog
from kopdes_desktop.ui.forms.photo_viewer import PhotoViewer
from kopdes_desktop.ui.forms.record_editor import RecordEditor
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.record_list_page import NAME_COLUMN_MIN_WIDTH, RecordListPage
from kopdes_desktop.ui.recovery_dialog import RecoveryDialog
from kopdes_desktop.ui.visit_editor import VisitEditor
from tests.area_data import KUBU_RAYA, Area, build_area
from tests.ui.helpers import damage_report, screenshot, services_as, three_clashes
from tests.ui.screens import LAPTOP, NETBOOK, SIZES, open_window_on, problems, screen_named
from tests.ui.test_pages import PAGE_NAMES

PAGES = PAGE_NAMES


@pytest.fixture
def area(context: ServiceContext) -> Area:
    return build_area(context)


def services_of(context: ServiceContext, role: Role) -> AppServices:
    return services_as(context, role, KUBU_RAYA, user="pmo-1" if role is Role.PMO else "ba-1")


def settle(qtbot: QtBot) -> None:
    qtbot.wait(60)  # layouts and queued reads catch up


def settled_problems(qtbot: QtBot, window: QWidget) -> list[str]:
    """What still keeps a user from a control once the window has settled: a status read
    finishing on a busy machine relayouts the status bar after ``settle``; a user sees the
    result, so a passing moment mid-layout is not a problem, a lasting one is."""
    found = problems(window)
    deadline = time.monotonic() + 5
    while found and time.monotonic() < deadline:
        qtbot.wait(100)
        found = problems(window)
    return found


def assert_fits(qtbot: QtBot, window: QWidget, shot: str) -> None:
    settle(qtbot)
    screenshot(qtbot, window, shot)
    assert settled_problems(qtbot, window) == []


def assert_dialog_fits(qtbot: QtBot, dialog: QDialog, shot: str) -> None:
    """Once shown, the dialog fits; then it is closed."""
    qtbot.waitExposed(dialog)
    assert_fits(qtbot, dialog, shot)
    dialog.reject()


@pytest.mark.usefixtures("area", "indonesian")
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("role", [Role.BA, Role.PMO], ids=["ba", "pmo"])
def test_every_page_fits(qtbot: QtBot, context: ServiceContext, size: str, role: Role) -> None:
    window = open_window_on(qtbot, services_of(context, role), size)
    assert window.screen().name() == size
    if size == NETBOOK:
        assert window.isMaximized()  # a small screen gets all of it
    for row, name in enumerate(PAGES):
        if window.navigation.item(row).isHidden():
            continue
        window.navigation.setCurrentRow(row)
        settle(qtbot)
        assert_fits(qtbot, window, f"fit-{size}-{role.value}-page-{name}")
        page = window.pages.currentWidget()
        if isinstance(page, RecordListPage):  # the name of what each row is stays readable
            assert page.table.columnWidth(0) >= NAME_COLUMN_MIN_WIDTH, name
        # A chosen item shows more (the visit under review and its decision, the inbox's actions).
        if page is window.review:
            qtbot.waitUntil(lambda: window.review.model.rowCount() > 0)
            window.review.table.selectRow(0)
            qtbot.waitUntil(window.review.approve_button.isEnabled)
            assert_fits(qtbot, window, f"fit-{size}-{role.value}-page-{name}-chosen")
            # Every column of the queue is seen without a sideways scroll, on a netbook too.
            table = window.review.table
            assert table.horizontalHeader().length() <= table.viewport().width()
        elif page is window.inbox and role is Role.BA:  # the PMO's sent back are the BA's
            qtbot.waitUntil(lambda: window.inbox.list.count() > 0)
            window.inbox.list.setCurrentRow(0)
            assert_fits(qtbot, window, f"fit-{size}-{role.value}-page-{name}-chosen")


def open_editors(
    qtbot: QtBot, window: MainWindow, area: Area
) -> list[tuple[str, Callable[[], RecordEditor | None]]]:
    cooperative_id = area.cooperatives["Mekar Jaya"]
    window.cooperatives.open_record(cooperative_id)
    qtbot.waitUntil(lambda: window.cooperatives.editor is not None)
    window.visits.new_record()
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    window.opportunities.new_record()
    qtbot.waitUntil(lambda: window.opportunities.editor is not None)
    return [
        ("cooperative", lambda: window.cooperatives.editor),
        ("visit", lambda: window.visits.editor),
        ("opportunity", lambda: window.opportunities.editor),
    ]


@pytest.mark.parametrize("size", SIZES)
def test_every_form_fits_on_every_tab_and_after_a_refused_submit(
    qtbot: QtBot, context: ServiceContext, area: Area, indonesian: None, size: str
) -> None:
    window = open_window_on(qtbot, services_of(context, Role.BA), size)
    for name, editor_of in open_editors(qtbot, window, area):
        editor = editor_of()
        assert editor is not None
        qtbot.waitExposed(editor)
        assert editor.screen().name() == size
        for tab in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(tab)
            assert_fits(qtbot, editor, f"fit-{size}-form-{name}-tab{tab}")
        editor.close()

    # A refused submit adds a message under every missing field: Submit must stay in view.
    window.visits.new_record()
    qtbot.waitUntil(lambda: window.visits.editor is not None and window.visits.editor.isVisible())
    visit_form = window.visits.editor
    assert visit_form is not None
    visit_form.submit()
    qtbot.waitUntil(lambda: visit_form.errors.message("findings") != "")
    visit_form.tabs.setCurrentIndex(0)
    assert_fits(qtbot, visit_form, f"fit-{size}-form-visit-refused")
    assert visit_form.submit_button.isVisible()


def answer_when_shown(qtbot: QtBot, check: Callable[[QWidget], None]) -> list[str]:
    """Inspect the next modal dialog (a static QMessageBox/QFileDialog call blocks), then close
    it; returns what went wrong inside, as the timer cannot raise into the test."""
    failures: list[str] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, inspect)
            return
        try:
            check(dialog)
        except AssertionError as error:
            failures.append(str(error))
        finally:
            assert isinstance(dialog, QDialog)
            dialog.reject()

    QTimer.singleShot(20, inspect)
    return failures


@pytest.mark.parametrize("size", SIZES)
def test_every_other_dialog_fits(
    qtbot: QtBot, context: ServiceContext, area: Area, indonesian: None, size: str
) -> None:
    window = open_window_on(qtbot, services_of(context, Role.BA), size)

    window.sign_in()
    assert_dialog_fits(qtbot, window.sign_in_dialog, f"fit-{size}-dialog-sign-in")

    # Closing a changed form asks first (a message box), and the file dialog of a backup.
    window.visits.new_record()
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    editor = window.visits.editor
    assert editor is not None
    editor.findings.setPlainText("Pengurus belum punya NIB.")
    seen: list[str] = []

    def fits(shot: str) -> Callable[[QWidget], None]:
        def check(dialog: QWidget) -> None:
            seen.append(shot)
            settle(qtbot)
            screenshot(qtbot, dialog, shot)
            assert problems(dialog) == [], shot

        return check

    failures = answer_when_shown(qtbot, fits(f"fit-{size}-dialog-discard-question"))
    editor.reject()  # the question's Cancel keeps the form open
    assert isinstance(QApplication.activeModalWidget(), RecordEditor | type(None))
    editor._dirty = False
    editor.close()

    failures += answer_when_shown(qtbot, fits(f"fit-{size}-dialog-file"))
    window.settings_page.backup_button.click()
    assert failures == []
    assert seen == [f"fit-{size}-dialog-discard-question", f"fit-{size}-dialog-file"]

    # A photo not on this laptop yet, and the clashes question of a save met by a sync.
    photo = Photo(id=new_id(), parent_id=new_id(), sha256="0" * 64, caption="Gudang gerai")
    viewer = PhotoViewer(window.tasks, None, photo, parent=window)
    viewer.show()
    assert_dialog_fits(qtbot, viewer, f"fit-{size}-dialog-photo")
    clash_dialog = ClashDialog(three_clashes(), parent=window)
    clash_dialog.show()
    assert_dialog_fits(qtbot, clash_dialog, f"fit-{size}-dialog-clashes")


@pytest.mark.parametrize("size", SIZES)
def test_the_recovery_dialog_fits(
    qtbot: QtBot, data_dir: Path, indonesian: None, size: str
) -> None:
    report = damage_report(data_dir / "kopdes.sqlite", 40, fully_read=False)
    dialog = RecoveryDialog(report, "id")
    qtbot.addWidget(dialog)
    dialog.move(screen_named(size).availableGeometry().topLeft())
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_fits(qtbot, dialog, f"fit-{size}-dialog-recovery")


def test_the_window_remembers_its_size_and_whether_it_was_maximised(
    qtbot: QtBot, context: ServiceContext
) -> None:
    services = AppServices(context)
    window = open_window_on(qtbot, services, LAPTOP)
    assert window.isMaximized()  # 1366×768 is a small screen: the first start fills it
    window.showNormal()
    window.setGeometry(100, 80, 1000, 640)
    window.close()

    again = open_window_on(qtbot, services, LAPTOP)
    assert not again.isMaximized()
    assert again.size().toTuple() == (1000, 640)
    # The place within the frame the offscreen platform draws (2 px) around a window.
    assert abs(again.x() - 100) <= 2 and abs(again.y() - 80) <= 2  # noqa: PT018
    again.showMaximized()
    again.close()
    assert open_window_on(qtbot, services, LAPTOP).isMaximized()


def test_a_remembered_size_too_big_for_the_screen_is_made_to_fit(
    qtbot: QtBot, context: ServiceContext
) -> None:
    services = AppServices(context)
    window = open_window_on(qtbot, services, NETBOOK)
    window.showNormal()
    window.setGeometry(screen_named(NETBOOK).geometry().x() + 10, 10, 1300, 740)
    window.close()  # as if saved on a bigger screen, with a window that no longer fits

    again = open_window_on(qtbot, services, NETBOOK)
    settle(qtbot)
    assert again.screen().name() == NETBOOK
    assert settled_problems(qtbot, again) == []


@pytest.mark.usefixtures("area")
def test_pages_and_forms_fit_the_netbook_in_english_too(
    qtbot: QtBot, context: ServiceContext, area: Area
) -> None:
    window = open_window_on(qtbot, services_of(context, Role.PMO), NETBOOK)
    assert window.navigation.item(1).text() == "Cooperatives"  # no Indonesian installed
    for row, name in enumerate(PAGES):
        window.navigation.setCurrentRow(row)
        settle(qtbot)
        assert_fits(qtbot, window, f"fit-{NETBOOK}-en-page-{name}")
    for name, editor_of in open_editors(qtbot, window, area):
        editor = editor_of()
        assert editor is not None
        qtbot.waitExposed(editor)
        for tab in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(tab)
            assert_fits(qtbot, editor, f"fit-{NETBOOK}-en-form-{name}-tab{tab}")
        editor.close()


@pytest.mark.parametrize("size", SIZES)
def test_help_about_and_the_popups_of_a_form_fit(
    qtbot: QtBot, context: ServiceContext, area: Area, indonesian: None, size: str
) -> None:
    window = open_window_on(qtbot, services_of(context, Role.BA), size)
    window.show_help()
    assert_dialog_fits(qtbot, window.help_dialog, f"fit-{size}-dialog-help")
    window.settings_page.show_about()
    assert_dialog_fits(qtbot, window.settings_page.about, f"fit-{size}-dialog-about")

    # The calendar of the lowest date field, and the cooperative suggestions of a new visit.
    window.visits.new_record()
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    editor = window.visits.editor
    assert isinstance(editor, VisitEditor)
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(2)
    editor.next_visit_date.open_calendar()
    calendar = editor.next_visit_date.calendar.window()
    qtbot.waitExposed(calendar)
    assert_fits(qtbot, calendar, f"fit-{size}-popup-calendar")
    calendar.close()
    editor.tabs.setCurrentIndex(0)
    editor.cooperative.setFocus()
    qtbot.keyClicks(editor.cooperative.lineEdit(), "a")
    popup = editor.cooperative.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert_fits(qtbot, popup, f"fit-{size}-popup-cooperatives")
    popup.hide()
    editor._dirty = False
    editor.close()


@pytest.mark.parametrize("language", ["id", "en"])
def test_warning_marks_on_every_tab_of_the_widest_form_fit_the_netbook(
    qtbot: QtBot, context: ServiceContext, area: Area, request: pytest.FixtureRequest, language: str
) -> None:
    if language == "id":
        request.getfixturevalue("indonesian")
    window = open_window_on(qtbot, services_of(context, Role.BA), NETBOOK)
    window.cooperatives.open_record(area.cooperatives["Mekar Jaya"])
    qtbot.waitUntil(lambda: window.cooperatives.editor is not None)
    editor = window.cooperatives.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    warning = editor.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    for tab in range(editor.tabs.count()):  # as a refused save marks the tabs holding a message
        editor.tabs.setTabIcon(tab, warning)
    assert_fits(qtbot, editor, f"fit-{NETBOOK}-{language}-form-cooperative-every-tab-marked")
