"""Everything by keyboard: Tab reaches every control of every page and comes back (no trap),
shortcuts move between pages and open help, and a visit and a cooperative edit are done
without touching the mouse."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.edits import Clash, ClashKind
from kopdes_desktop.domain.enums import PersonMet, Role, TravelMode, VisitPurpose, VisitStatus
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.listing import VisitFilter
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui.forms.clash_dialog import ClashDialog
from kopdes_desktop.ui.help_dialog import HelpDialog
from kopdes_desktop.ui.main_window import COOPERATIVES, MainWindow
from kopdes_desktop.ui.visit_editor import VisitEditor
from tests.area_data import KUBU_RAYA, build_area
from tests.conftest import TODAY
from tests.ui.helpers import open_window, screenshot, services_as, with_cooperatives
from tests.ui.screens import controls

NO_KEYS = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_KEYS) -> None:
    """A key pressed where the focus is, as on a real keyboard."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def wait_for_focus_in(qtbot: QtBot, window: QWidget) -> None:
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is not None and window.isAncestorOf(focused())
    )


def tab_stops(qtbot: QtBot, start: QWidget, limit: int = 80) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back to it; the widgets passed on the way.
    Fails if it never comes back: a trap."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    visited: list[QWidget] = []
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        now = focused()
        if now is start:
            return visited
        visited.append(now)
    names = [type(w).__name__ for w in visited[-12:]]
    raise AssertionError(f"Tab never came back to {type(start).__name__}; last stops: {names}")


def reaches(stops: list[QWidget], widget: QWidget) -> bool:
    return any(
        stop is widget or widget.isAncestorOf(stop) or stop.isAncestorOf(widget) for stop in stops
    )


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value) and widget.isEnabled()


@pytest.mark.parametrize("role", [Role.BA, Role.PMO], ids=["ba", "pmo"])
def test_tab_reaches_every_control_of_every_page_and_comes_back(
    qtbot: QtBot, context: ServiceContext, indonesian: None, role: Role
) -> None:
    build_area(context)
    services = services_as(context, role, KUBU_RAYA, user="ba-1")
    window = open_window(qtbot, services)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.visits.model.rowCount() > 0)
    shown = [
        r for r in range(window.navigation.count()) if not window.navigation.item(r).isHidden()
    ]
    tips = [window.navigation.item(r).toolTip() for r in shown]
    assert tips == [f"Ctrl+{n % 10}" for n in range(1, len(shown) + 1)]  # a PMO's tenth: Ctrl+0
    for row in range(window.navigation.count()):
        if window.navigation.item(row).isHidden():
            continue
        window.navigation.setCurrentRow(row)
        qtbot.wait(50)
        stops = tab_stops(qtbot, window.navigation)
        page = window.pages.currentWidget()
        missed = [
            f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
            for w in controls(page)
            if takes_tab(w) and not reaches(stops, w)
        ]
        assert missed == [], f"page {row}: Tab never reaches {missed}"
        shared = {k: v for k, v in alt_letters(window).items() if len(v) > 1}
        assert shared == {}, f"page {row}: Alt letters used twice: {shared}"
        assert reaches(stops, window.sync_status.button)  # Sinkronkan / Masuk…
        assert reaches(stops, window.help_button)


def test_shortcuts_move_between_pages_and_open_help(
    qtbot: QtBot, context: ServiceContext, indonesian: None
) -> None:
    window = open_window(qtbot, AppServices(context))
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert window.pages.currentWidget() is window.visits
    assert window.navigation.item(2).toolTip() == "Ctrl+3"
    press(qtbot, Qt.Key.Key_F, CTRL)  # search the list shown
    assert window.visits.search.hasFocus()
    assert "Ctrl+N" in window.visits.new_button.toolTip()
    assert "F5" in window.sync_status.button.toolTip()
    press(qtbot, Qt.Key.Key_F1)
    help_dialog = window.help_dialog
    assert isinstance(help_dialog, HelpDialog)
    qtbot.waitExposed(help_dialog)
    shown = help_dialog.text.toPlainText()
    for keys in ("F1", "Ctrl+S", "Ctrl+Enter", "F5", "Ctrl+F", "Ctrl+N", "F4"):
        assert keys in shown
    assert "Simpan" in shown  # in the user's language
    screenshot(qtbot, help_dialog, "help-shortcuts")
    help_dialog.reject()


@pytest.fixture
def services(context: ServiceContext) -> AppServices:
    return with_cooperatives(context, {"KDKMP Rasau Jaya Satu": "61.12.07.2001"})


def open_form_by_keys(qtbot: QtBot, window: MainWindow, page_key: Qt.Key) -> None:
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    press(qtbot, page_key, CTRL)
    press(qtbot, Qt.Key.Key_N, CTRL)


def test_a_visit_is_logged_and_submitted_by_keyboard_only(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    window = open_window(qtbot, services)
    open_form_by_keys(qtbot, window, Qt.Key.Key_3)  # Kunjungan, then Ctrl+N
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    editor = window.visits.editor
    assert isinstance(editor, VisitEditor)
    qtbot.waitExposed(editor)
    qtbot.waitUntil(editor.cooperative.hasFocus)  # typing starts in the first field

    type_text(qtbot, "rasau")
    popup = editor.cooperative.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.cooperative.value() != ""
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.visit_date  # today already; keep it
    assert editor.visit_date.value() == TODAY
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.start_time
    focused().selectAll()  # type: ignore[attr-defined]
    type_text(qtbot, "0830")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "11.15")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.travel_mode
    for _ in range(len(TravelMode) + 1):  # a closed list's choice moves with the arrows
        if editor.travel_mode.value() == TravelMode.RIVER:
            break
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    people = editor.people_met.boxes()
    assert focused() is people[0]  # Pengurus
    press(qtbot, Qt.Key.Key_Space)
    for _box in people:
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.people_count
    type_text(qtbot, "7")
    press(qtbot, Qt.Key.Key_Tab)
    purposes = editor.purposes.boxes()
    assert focused() is purposes[0]
    press(qtbot, Qt.Key.Key_Space)

    press(qtbot, Qt.Key.Key_Tab, CTRL)  # the Findings tab
    assert editor.tabs.currentIndex() == 1
    editor.focus_first_field()  # what a click in the tab's first box would do
    assert focused() is editor.findings
    type_text(qtbot, "Pengurus sudah menyiapkan berkas NIB.")
    press(qtbot, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)  # an agreed action
    assert editor.tabs.currentIndex() == 2
    type_text(qtbot, "Ajukan NIB di OSS")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Ketua")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "15/12/2026")
    press(qtbot, Qt.Key.Key_Tab)  # leaves the date: read and shown as a date
    assert editor.action_rows.cell(0, 2).text() == "15 Des 2026"  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.action_rows.add_button  # out of the rows, on to Add

    with qtbot.waitSignal(editor.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_Return, CTRL)  # submit
    [item] = services.visits.list(VisitFilter()).items
    detail = services.visits.get(item.id)
    visit = detail.visit
    assert visit.status is VisitStatus.SUBMITTED
    assert (visit.visit_date, visit.start_time, visit.end_time) == (
        TODAY,
        time(8, 30),
        time(11, 15),
    )
    assert visit.travel_mode is TravelMode.RIVER
    assert visit.people_met == (PersonMet.PENGURUS,)
    assert visit.people_count == 7
    assert visit.purposes == (VisitPurpose.INSTITUTIONAL,)
    assert [(a.description, a.owner, a.due_date) for a in detail.actions] == [
        ("Ajukan NIB di OSS", "Ketua", date(2026, 12, 15))
    ]
    assert not editor.isVisible()  # submitted: the form closed


def test_a_cooperative_is_found_and_edited_by_keyboard_only(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    window = open_window(qtbot, services)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.cooperatives.model.rowCount() == 1)
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.pages.currentIndex() == COOPERATIVES
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "rasau")
    qtbot.waitUntil(lambda: window.cooperatives.model.rowCount() == 1)
    while focused() is not window.cooperatives.table:
        press(qtbot, Qt.Key.Key_Tab)  # search, filters, New, then the list
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.cooperatives.editor is not None)
    editor = window.cooperatives.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    qtbot.waitUntil(editor.name.hasFocus)

    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # the "&Telepon" label's field
    assert focused() is editor.phone
    type_text(qtbot, "0561 123456")
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Tab, CTRL)  # to "Anggota dan simpanan"
    assert editor.tabs.currentIndex() == 4
    editor.focus_first_field()
    assert focused() is editor.member_count
    type_text(qtbot, "48")
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Last &RAT held
    assert focused() is editor.last_rat_year
    type_text(qtbot, "2025")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_S, CTRL)
    saved = services.cooperatives.get(window.cooperatives.model.item(0).id).cooperative
    assert (saved.phone, saved.member_count, saved.last_rat_year) == ("0561 123456", 48, 2025)
    assert not editor.isVisible()  # saved: the form closed


def test_escape_closes_a_form_and_asks_first_when_something_is_typed(
    qtbot: QtBot, services: AppServices, indonesian: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(qtbot, services)
    open_form_by_keys(qtbot, window, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    editor = window.visits.editor
    assert editor is not None
    qtbot.waitUntil(editor.cooperative.hasFocus)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "1/12")  # a change
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *_args, **_kwargs: asked.append("asked") or QMessageBox.StandardButton.Discard,
    )
    press(qtbot, Qt.Key.Key_Escape)
    assert asked == ["asked"]
    assert not editor.isVisible()


def mnemonic(text: str) -> str | None:
    """The Alt letter of a label or button text ("&Tanggal" → "t"), if any."""
    index = text.replace("&&", "").find("&")
    cleaned = text.replace("&&", "")
    return cleaned[index + 1].lower() if 0 <= index < len(cleaned) - 1 else None


def alt_letters(window: QWidget) -> dict[str, list[str]]:
    """Alt letters in use on what is shown now, and the texts using each."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    letters: dict[str, list[str]] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        letter = mnemonic(widget.text())
        if letter:
            letters.setdefault(letter, []).append(widget.text())
    return letters


def test_every_form_tab_is_walked_by_tab_and_no_alt_letter_is_used_twice(
    qtbot: QtBot, context: ServiceContext, indonesian: None
) -> None:
    area = build_area(context)
    services = AppServices(context)
    window = open_window(qtbot, services)
    window.cooperatives.open_record(area.cooperatives["Mekar Jaya"])
    qtbot.waitUntil(lambda: window.cooperatives.editor is not None)
    window.visits.open_record(area.visits["mekar-today"])
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    window.opportunities.new_record()
    qtbot.waitUntil(lambda: window.opportunities.editor is not None)
    editors = [window.cooperatives.editor, window.visits.editor, window.opportunities.editor]
    visit = window.visits.editor
    assert isinstance(visit, VisitEditor)
    visit.action_rows.add_row()
    visit.action_rows.add_row()
    problems: list[str] = []
    for editor in editors:
        assert editor is not None
        editor.activateWindow()
        qtbot.waitExposed(editor)
        for tab in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(tab)
            qtbot.wait(20)
            title = f"{type(editor).__name__} tab {editor.tabs.tabText(tab)!r}"
            shared = {k: v for k, v in alt_letters(editor).items() if len(v) > 1}
            if shared:
                problems.append(f"{title}: Alt letters used twice: {shared}")
            stops = [editor.tabs.tabBar(), *tab_stops(qtbot, editor.tabs.tabBar())]
            missed = [
                f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
                for w in controls(editor)
                if takes_tab(w) and not reaches(stops, w)
            ]
            if missed:
                problems.append(f"{title}: Tab never reaches {missed}")
        editor.hide()  # not close(): the rows added are unsaved changes, it would ask
    assert problems == [], "\n".join(problems)


def test_a_dashboard_bar_is_opened_by_keyboard(
    qtbot: QtBot, context: ServiceContext, indonesian: None
) -> None:
    build_area(context)
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="p"))
    window.activateWindow()
    page = window.dashboard
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    press(qtbot, Qt.Key.Key_7, CTRL)  # Dasbor: the seventh page a PMO sees
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.board is not None)
    for _ in range(10):
        if focused() is page.by_kabupaten:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.by_kabupaten  # the first chart, reached by Tab
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Right)  # to the fourth segment: 90 days or more
    assert page.by_kabupaten.cursor_at == (3, 0)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.coverage_model.rowCount() == 2)
    assert "90 hari atau lebih" in page.drill_title.text()


def test_remove_takes_away_the_row_just_edited(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    window = open_window(qtbot, services)
    open_form_by_keys(qtbot, window, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    editor = window.visits.editor
    assert isinstance(editor, VisitEditor)
    qtbot.waitUntil(editor.cooperative.hasFocus)
    for text in ("Urus NIB", "Buka rekening"):
        press(qtbot, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
        type_text(qtbot, text)
    for _ in range(4):  # through the second row's cells to Add, then Remove
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.action_rows.add_button
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.action_rows.remove_button
    press(qtbot, Qt.Key.Key_Space)
    assert [row.description for row in editor.action_rows.rows()] == ["Urus NIB"]


def test_every_dialog_is_walked_by_tab_and_closed_by_escape(
    qtbot: QtBot, context: ServiceContext, indonesian: None
) -> None:
    window = open_window(qtbot, AppServices(context))
    clashes = [
        Clash(ClashKind.FIELD, RecordType.COOPERATIVE, new_id(), "phone", "", "0561 1", "0561 2")
    ]

    def sign_in() -> QDialog:
        window.sign_in()
        return window.sign_in_dialog

    def help_dialog() -> QDialog:
        window.show_help()
        return window.help_dialog

    def about() -> QDialog:
        window.settings_page.show_about()
        return window.settings_page.about

    # Each opened once the one before is closed, as a user meets them.
    openers = [sign_in, help_dialog, about, lambda: ClashDialog(clashes, parent=window)]
    problems: list[str] = []
    for opener in openers:
        dialog = opener()
        dialog.show()
        dialog.activateWindow()
        qtbot.waitExposed(dialog)
        wait_for_focus_in(qtbot, dialog)
        title = dialog.windowTitle() or type(dialog).__name__
        stops = tab_stops(qtbot, focused())
        missed = [
            f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
            for w in controls(dialog)
            if takes_tab(w) and not reaches([*stops, focused()], w)
        ]
        if missed:
            problems.append(f"{title}: Tab never reaches {missed}")
        press(qtbot, Qt.Key.Key_Escape)
        if dialog.isVisible():
            problems.append(f"{title}: Esc does not close it")
    assert problems == [], "\n".join(problems)


def test_enter_on_a_focused_page_button_presses_it(
    qtbot: QtBot, context: ServiceContext, indonesian: None
) -> None:
    """Outside dialogs Qt presses a focused button only with Space; people press Enter."""
    build_area(context)
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    window.activateWindow()
    window.navigation.setCurrentRow(COOPERATIVES)
    page = window.cooperatives
    page.new_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.new_button.hasFocus)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is not None)
    editor = page.editor
    assert editor is not None
    editor.done(0)


def test_ctrl_s_saves_the_settings(qtbot: QtBot, context: ServiceContext, indonesian: None) -> None:
    window = open_window(qtbot, AppServices(context))
    window.activateWindow()
    window.navigation.setCurrentRow(window.pages.indexOf(window.settings_page))
    settings_page = window.settings_page
    settings_page.sync_interval.setFocus()
    qtbot.waitUntil(settings_page.sync_interval.hasFocus)
    assert "Ctrl+S" in settings_page.save_button.toolTip()
    with qtbot.waitSignal(settings_page.settings_saved, timeout=5_000):
        press(qtbot, Qt.Key.Key_S, CTRL)
