"""Laporan's choices say what will be written (QA F26): a PMO is no BA, so their "Laporan
bulanan BA" starts on a BA of their area, not on "Saya"; a PDF report's greyed Format says PDF,
and a spreadsheet's chosen format is kept while a PDF report is looked at."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui.main_window import REPORTS
from kopdes_desktop.ui.reports_page import ReportKind, ReportsPage
from tests.area_data import KUBU_RAYA, build_area
from tests.ui.helpers import open_window, services_as


def reports_as(qtbot: QtBot, context: ServiceContext, role: Role, user: str) -> ReportsPage:
    build_area(context)
    window = open_window(qtbot, services_as(context, role, KUBU_RAYA, user=user))
    window.navigation.setCurrentRow(REPORTS)
    page = window.reports
    qtbot.waitUntil(lambda: page.author.count() > 0)
    return page


def choose(page: ReportsPage, kind: ReportKind) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind))


def formats(page: ReportsPage) -> list[str]:
    return [page.file_format.itemText(i) for i in range(page.file_format.count())]


@pytest.mark.usefixtures("indonesian")
def test_a_pmos_ba_report_starts_on_a_ba_of_the_area_not_on_me(
    qtbot: QtBot, context: ServiceContext
) -> None:
    page = reports_as(qtbot, context, Role.PMO, "pmo-1")
    names = [page.author.itemText(i) for i in range(page.author.count())]
    assert "Saya" not in names
    assert names == ["Siti Aminah", "Yohanes Kristo"]
    assert page.author.currentText() == "Siti Aminah"
    assert page.author.currentData() is not None


@pytest.mark.usefixtures("indonesian")
def test_a_bas_report_starts_on_their_own(qtbot: QtBot, context: ServiceContext) -> None:
    page = reports_as(qtbot, context, Role.BA, "ba-new")  # no visit of their own yet
    assert page.author.currentText() == "Saya"
    assert page.author.currentData() == "ba-new"


@pytest.mark.usefixtures("indonesian")
def test_the_format_says_pdf_for_a_pdf_report_and_keeps_the_spreadsheet_choice(
    qtbot: QtBot, context: ServiceContext
) -> None:
    page = reports_as(qtbot, context, Role.PMO, "pmo-1")
    choose(page, ReportKind.BA_MONTHLY)
    assert formats(page) == ["Dokumen PDF (.pdf)"]
    assert not page.file_format.isEnabled()
    choose(page, ReportKind.VISITS)
    assert formats(page) == ["Buku kerja Excel (.xlsx)", "CSV, UTF-8 (.csv)"]
    assert page.file_format.isEnabled()
    page.file_format.setCurrentIndex(1)
    choose(page, ReportKind.PMO_RECAP)
    assert page.file_format.currentText() == "Dokumen PDF (.pdf)"
    assert page.suggested_name().endswith(".pdf")
    choose(page, ReportKind.COOPERATIVES)
    assert page.file_format.currentData() == "csv"
    assert page.suggested_name() == "koperasi.csv"
