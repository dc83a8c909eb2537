"""Tinjauan, Dasbor and Laporan as a PMO and as a BA use them, on a known area."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.mutations import MutationOp
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage.models import OutboxEntry
from kopdes_desktop.ui.main_window import DASHBOARD, REPORTS, REVIEW, MainWindow
from kopdes_desktop.ui.reports_page import ReportKind
from tests.area_data import KUBU_RAYA, Area, build_area
from tests.reports.test_ba_monthly import pdf_text
from tests.ui.helpers import open_window, screenshot, services_as


@pytest.fixture
def area(context: ServiceContext) -> Area:
    return build_area(context)


@pytest.fixture
def pmo_window(qtbot: QtBot, context: ServiceContext, area: Area, indonesian: None) -> MainWindow:
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    window.resize(1366, 740)
    return window


def intents(context: ServiceContext) -> list[dict[str, object]]:
    with context.database.read() as session:
        entries = session.scalars(
            select(OutboxEntry).where(OutboxEntry.op == MutationOp.INTENT.value)
        ).all()
        return [dict(entry.intent_args) for entry in entries]


def test_new_pages_are_in_the_navigation(qtbot: QtBot, pmo_window: MainWindow) -> None:
    # The review entry counts what waits for the PMO once the queue has been read.
    qtbot.waitUntil(lambda: pmo_window.navigation.item(REVIEW).text() == "Tinjauan (2)")
    names = [pmo_window.navigation.item(row).text() for row in (DASHBOARD, REPORTS)]
    assert names == ["Dasbor", "Laporan"]
    assert not pmo_window.navigation.item(REVIEW).isHidden()


def test_a_pmo_of_one_kabupaten_is_not_asked_to_pick_it_in_the_review_queue(
    qtbot: QtBot, pmo_window: MainWindow
) -> None:
    pmo_window.navigation.setCurrentRow(REVIEW)
    page = pmo_window.review
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.waitUntil(lambda: page.kabupaten.currentText() == "Kabupaten Kubu Raya")
    assert page.kabupaten.count() == 1
    assert not page.kabupaten.isEnabled()
    assert page.kabupaten.findText("Semua kabupaten") < 0


def test_pmo_reviews_a_visit_in_full_and_sends_it_back_then_approves_another(
    qtbot: QtBot, qtmodeltester: object, pmo_window: MainWindow, context: ServiceContext, area: Area
) -> None:
    pmo_window.navigation.setCurrentRow(REVIEW)
    page = pmo_window.review
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    assert page.count.text() == "2 kunjungan menunggu tinjauan"
    assert page.approve_button.isVisible()
    qtbot.waitUntil(lambda: page.author.count() == 3)  # all, Siti Aminah, Yohanes Kristo
    assert page.author.itemText(1) == "Siti Aminah"

    row = page.model.row_of(area.visits["mekar-a"])
    assert row is not None
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: "Temuan kunjungan mekar-a" in page.view.toPlainText())
    shown = page.view.toPlainText()
    assert "Lengkapi NIB" in shown  # agreed actions
    assert "Siti Aminah" in shown  # review history: her submit
    screenshot(qtbot, pmo_window, "page-review-pmo")

    page.send_back_button.click()  # no comment yet: refused, nothing written
    assert page.error.isVisible()
    assert "Tulis apa yang perlu diperbaiki" in page.error.text()
    assert intents(context) == []
    page.comment.setPlainText("Tambah daftar hadir rapat")
    page.send_back_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert intents(context) == [
        {"from": "submitted", "to": "needs_revision", "comment": "Tambah daftar hadir rapat"}
    ]

    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "Temuan kunjungan karya-a" in page.view.toPlainText())
    page.approve_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert intents(context)[-1] == {"from": "resubmitted", "to": "approved", "comment": ""}


def test_a_ba_sees_no_review_actions(
    qtbot: QtBot, context: ServiceContext, area: Area, indonesian: None
) -> None:
    window = open_window(qtbot, services_as(context, Role.BA, user="ba-1"))
    window.navigation.setCurrentRow(REVIEW)
    page = window.review
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "Temuan" in page.view.toPlainText())
    assert not page.approve_button.isVisible()
    assert not page.send_back_button.isVisible()
    assert not page.comment.isVisible()
    assert page.read_only_note.isVisible()


def test_pmo_dashboard_charts_click_through_to_the_cooperatives(
    qtbot: QtBot, qtmodeltester: object, pmo_window: MainWindow
) -> None:
    pmo_window.navigation.setCurrentRow(DASHBOARD)
    page = pmo_window.dashboard
    qtbot.waitUntil(lambda: page.board is not None)
    assert page.by_kabupaten.categories == ["Kabupaten Kubu Raya"]
    assert page.by_ba.categories == ["Siti Aminah", "Yohanes Kristo", "Belum pernah dikunjungi"]
    assert [s.values for s in page.by_kabupaten.sets] == [[1], [1], [1], [2]]
    assert "2 kunjungan menunggu tinjauan" in page.backlog_summary.text()
    screenshot(qtbot, pmo_window, "page-dashboard-pmo")

    # Click the red "90 days or more" segment of Kubu Raya's bar.
    page.by_kabupaten.bar_sets()[3].clicked.emit(0)
    qtbot.waitUntil(lambda: page.coverage_model.rowCount() == 2)
    qtmodeltester.check(page.coverage_model)  # type: ignore[attr-defined]
    names = {page.coverage_model.item(r).name.split()[-1] for r in range(2)}
    assert names == {"Putih", "Harapan"}
    assert "90 hari atau lebih" in page.drill_title.text()

    page.opportunities.bar_sets()[0].clicked.emit(0)  # plantation ideas
    qtbot.waitUntil(lambda: page.opportunity_model.rowCount() == 1)
    qtmodeltester.check(page.opportunity_model)  # type: ignore[attr-defined]
    assert page.opportunity_model.item(0).title == "Karet rakyat"
    assert page.drill_table.model() is page.opportunity_model


def test_ba_dashboard_lists_actions_due_and_visits_sent_back(
    qtbot: QtBot, context: ServiceContext, area: Area, indonesian: None
) -> None:
    window = open_window(qtbot, services_as(context, Role.BA, user="ba-1"))
    window.resize(1366, 740)
    window.navigation.setCurrentRow(DASHBOARD)
    page = window.dashboard
    qtbot.waitUntil(lambda: page.overdue.count() == 1)
    assert "Lengkapi NIB" in page.overdue.item(0).text()
    assert page.due_soon.count() == 1
    assert "Tambah daftar hadir" in page.sent_back.item(0).text()
    screenshot(qtbot, window, "page-dashboard-ba")


def test_reports_page_writes_xlsx_and_a_pdf_off_the_gui_thread(
    qtbot: QtBot, pmo_window: MainWindow, tmp_path: Path, qapp: QApplication
) -> None:
    pmo_window.navigation.setCurrentRow(REPORTS)
    page = pmo_window.reports
    qtbot.waitUntil(lambda: page.kabupaten.count() == 1)  # a PMO of Kubu Raya only
    target = tmp_path / "kunjungan.xlsx"
    page.choose_file = lambda _suggested, _format: target
    page.kind.setCurrentIndex(page.kind.findData(ReportKind.VISITS))
    page.month.setCurrentIndex(10)  # November
    page.export_button.click()
    qtbot.waitUntil(lambda: "Tersimpan" in page.status.text(), timeout=10_000)
    assert "(2 baris)" in page.status.text()  # Kubu Raya in November: 23 Nov and a draft today
    assert target.exists()
    screenshot(qtbot, pmo_window, "page-reports")

    recap = tmp_path / "rekap.pdf"
    page.choose_file = lambda _suggested, _format: recap
    page.kind.setCurrentIndex(page.kind.findData(ReportKind.PMO_RECAP))
    page.export_button.click()  # the kabupaten is not asked for: Kubu Raya is the PMO's only
    qtbot.waitUntil(lambda: "halaman" in page.status.text(), timeout=20_000)
    assert "Kabupaten Kubu Raya" in pdf_text(recap)
