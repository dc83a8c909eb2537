"""Small things that cost real work (issue 12 §6): Enter in a field never saves a form, Ctrl+S
does; a fading confirmation after saving says what happened and what comes next."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role, VisitStatus
from kopdes_desktop.domain.listing import VisitFilter
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui.confirmation import FADE_MS, SHOWN_MS, Confirmation
from kopdes_desktop.ui.main_window import REVIEW
from tests.area_data import KUBU_RAYA, SAMBAS, build_area
from tests.ui.helpers import open_new_visit, open_window, screenshot, services_as, with_cooperatives
from tests.ui.test_visit_workflow import fill_complete


@pytest.fixture
def services(context: ServiceContext) -> AppServices:
    return with_cooperatives(
        context, {"KDKMP Rasau Jaya": "61.12.03.2001", "KDKMP Sungai Kakap": "61.12.01.2001"}
    )


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_in_a_field_or_picker_neither_saves_nor_closes_the_form(
    qtbot: QtBot, services: AppServices, indonesian: None, key: Qt.Key
) -> None:
    _window, editor = open_new_visit(qtbot, services)
    editor.cooperative.setCurrentIndex(1)
    for widget in (editor.start_time, editor.travel_mode, editor.people_count, editor.cooperative):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        qtbot.keyClick(focused(), key)
        qtbot.wait(100)  # a save would be under way by now
        assert editor.isVisible(), type(widget).__name__
        assert services.visits.list(VisitFilter()).total == 0, type(widget).__name__
    assert editor.dirty  # what was chosen is still there, unsaved


def test_ctrl_s_saves_the_form(qtbot: QtBot, services: AppServices, indonesian: None) -> None:
    _window, editor = open_new_visit(qtbot, services)
    editor.cooperative.setCurrentIndex(1)
    editor.start_time.setFocus()
    qtbot.waitUntil(editor.start_time.hasFocus)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.visits.list(VisitFilter()).total == 1


def confirmation_of(window: QWidget) -> Confirmation | None:
    return window.findChild(Confirmation, "confirmation", Qt.FindChildOption.FindDirectChildrenOnly)


def said(window: QWidget) -> str:
    shown = confirmation_of(window)
    return shown.text() if shown is not None and shown.isVisible() else ""


def fades_away(qtbot: QtBot, window: QWidget) -> None:
    shown = confirmation_of(window)
    assert shown is not None
    qtbot.waitUntil(lambda: not shown.isVisible(), timeout=SHOWN_MS + FADE_MS + 5000)


def test_a_draft_save_and_a_submit_say_what_happened_and_what_comes_next(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    window, editor = open_new_visit(qtbot, services)
    fill_complete(editor)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    assert editor.isVisible()  # a draft stays open: said over the form
    assert said(editor) == ("Draf kunjungan disimpan. Ajukan bila sudah lengkap agar ditinjau PMO.")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.submit()
    assert not editor.isVisible()  # submitted: the form closed, said over the window
    assert said(window) == "Kunjungan diajukan. Akan terkirim saat sinkronisasi berikutnya."
    screenshot(qtbot, window, "confirmation-visit-submitted")
    fades_away(qtbot, window)


def test_approve_and_send_back_say_what_happened(
    qtbot: QtBot, context: ServiceContext, indonesian: None
) -> None:
    build_area(context)
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    window.navigation.setCurrentRow(REVIEW)
    page = window.review
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.selectRow(0)
    qtbot.waitUntil(page.approve_button.isVisible)
    qtbot.waitUntil(lambda: page._current is not None)
    page.comment.setPlainText("Tambah daftar hadir rapat")
    page.send_back_button.click()
    qtbot.waitUntil(lambda: said(window) != "")
    assert said(window) == (
        "Kunjungan dikembalikan ke BA untuk diperbaiki; BA akan membaca komentar Anda. "
        "Akan terkirim saat sinkronisasi berikutnya."
    )
    fades_away(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page._current is not None)
    page.approve_button.click()
    qtbot.waitUntil(lambda: said(window) != "")
    assert said(window) == "Kunjungan disetujui. Akan terkirim saat sinkronisasi berikutnya."
    statuses = {item.status for item in window.services.visits.list(VisitFilter()).items}
    assert {VisitStatus.APPROVED, VisitStatus.NEEDS_REVISION} <= statuses


def test_messages_go_when_their_field_is_fixed_tabs_are_marked_and_rows_named(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    from datetime import date

    _window, editor = open_new_visit(qtbot, services)
    fill_complete(editor)
    editor.findings.setPlainText("")  # required to submit
    row = editor.action_rows.add_row()
    editor.action_rows.cell(row, 0).setText("Ajukan NIB di OSS")  # type: ignore[attr-defined]
    editor.action_rows.cell(row, 2).set_value(date(2026, 12, 15))  # type: ignore[attr-defined]
    editor.submit()  # no one responsible for the action, no findings
    qtbot.waitUntil(lambda: editor.errors.message("actions") != "")
    assert editor.errors.message("actions") == "Tindakan #1 · Penanggung jawab: Wajib diisi."
    assert editor.errors.message("findings") == "Wajib diisi."
    marked = [not editor.tabs.tabIcon(i).isNull() for i in range(editor.tabs.count())]
    assert marked == [False, True, True, False]  # Temuan and Tindakan hold the problems
    assert editor.tabs.tabToolTip(1) == "Ada yang perlu diperbaiki di tab ini"
    assert "2" in editor.summary.text()
    screenshot(qtbot, editor, "form-errors-marked-tabs")

    editor.findings.setPlainText("Akta sudah terbit.")  # fixed: its message goes at once
    assert editor.errors.message("findings") == ""
    assert editor.tabs.tabIcon(1).isNull()
    assert not editor.tabs.tabIcon(2).isNull()
    assert editor.summary.isVisible()
    assert "1" in editor.summary.text()

    editor.action_rows.cell(row, 1).setText("Ketua")  # type: ignore[attr-defined]
    assert editor.errors.message("actions") == ""
    assert all(editor.tabs.tabIcon(i).isNull() for i in range(editor.tabs.count()))
    assert not editor.summary.isVisible()
    assert services.visits.list(VisitFilter()).total == 0  # nothing saved on the way


def test_the_visit_list_opens_newest_first(
    qtbot: QtBot, context: ServiceContext, indonesian: None
) -> None:
    from kopdes_desktop.ui.main_window import VISITS

    area = build_area(context)  # visits of several days, several cooperatives
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    window.navigation.setCurrentRow(VISITS)
    model = window.visits.model
    total = window.services.visits.list(VisitFilter()).total
    assert total == len(area.visits) > 2
    qtbot.waitUntil(lambda: model.rowCount() == total)
    dates = [model.item(row).visit_date for row in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] > dates[-1]
    header = window.visits.table.horizontalHeader()
    assert model.headerData(header.sortIndicatorSection(), Qt.Orientation.Horizontal) == "Tanggal"
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def sent_back_in_inbox(qtbot: QtBot, window: QWidget) -> list[str]:
    """The visits the window's inbox lists as sent back, once it has been read."""
    from kopdes_desktop.services.inbox import InboxItem, InboxKind
    from kopdes_desktop.ui.inbox_page import _ITEM_ROLE
    from kopdes_desktop.ui.main_window import INBOX, MainWindow

    assert isinstance(window, MainWindow)
    inbox = window.inbox
    with qtbot.waitSignal(inbox.count_changed, timeout=10_000):
        window.navigation.setCurrentRow(INBOX)
        inbox.refresh()
    entries = [inbox.list.item(row).data(_ITEM_ROLE) for row in range(inbox.list.count())]
    return sorted(
        entry.record_id
        for entry in entries
        if isinstance(entry, InboxItem) and entry.kind is InboxKind.SENT_BACK
    )


def test_visits_a_pmo_sent_back_are_in_their_authors_inbox_not_the_pmos(
    qtbot: QtBot, context: ServiceContext, indonesian: None
) -> None:
    area = build_area(context)
    pmo = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    pmo.navigation.setCurrentRow(REVIEW)
    page = pmo.review
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    row = page.model.row_of(area.visits["mekar-a"])
    assert row is not None
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page._current is not None)
    page.comment.setPlainText("Tambah daftar hadir rapat")
    page.send_back_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    assert sent_back_in_inbox(qtbot, pmo) == []  # the BA's work now, not the PMO's
    author = open_window(qtbot, services_as(context, Role.BA, KUBU_RAYA, user="ba-1"))
    assert sent_back_in_inbox(qtbot, author) == sorted(
        [area.visits["mekar-a"], area.visits["sinar-back"]]
    )
    other_ba = open_window(qtbot, services_as(context, Role.BA, KUBU_RAYA, user="ba-2"))
    assert sent_back_in_inbox(qtbot, other_ba) == []


@pytest.mark.parametrize("codes", [(KUBU_RAYA,), (KUBU_RAYA, SAMBAS)], ids=["one", "two"])
def test_a_pmo_of_one_kabupaten_is_not_asked_to_pick_it_for_the_recap(
    qtbot: QtBot, context: ServiceContext, indonesian: None, codes: tuple[str, ...], tmp_path: Path
) -> None:
    from kopdes_desktop.ui.main_window import REPORTS
    from kopdes_desktop.ui.reports_page import ReportKind

    build_area(context)
    window = open_window(qtbot, services_as(context, Role.PMO, *codes, user="pmo-1"))
    window.navigation.setCurrentRow(REPORTS)
    page = window.reports
    qtbot.waitUntil(lambda: page.kabupaten.count() == len(codes) + (len(codes) > 1))
    recap = tmp_path / "rekap.pdf"
    page.choose_file = lambda _suggested, _format: recap  # type: ignore[method-assign]
    page.kind.setCurrentIndex(page.kind.findData(ReportKind.PMO_RECAP))
    page.export_button.click()
    if len(codes) == 1:
        assert page.kabupaten.currentData() == KUBU_RAYA
        assert not page.kabupaten.isEnabled()  # nothing to pick
        qtbot.waitUntil(lambda: "halaman" in page.status.text(), timeout=20_000)
        assert recap.exists()
    else:  # two kabupaten: the PMO says which
        assert page.kabupaten.isEnabled()
        assert page.status.text() == "Pilih kabupaten untuk rekap."
        assert not recap.exists()
