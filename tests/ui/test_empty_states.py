"""An empty list or chart says why in one sentence and offers the next step as a button; charts
keep their legends and labels whole and say "Belum ada data" when there is nothing to count."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.demo_data import create_demo_data
from kopdes_desktop.ui.charts import BarSet, StackedBarChart
from kopdes_desktop.ui.dashboard_page import coverage_sets
from kopdes_desktop.ui.main_window import DASHBOARD, OPPORTUNITIES, REVIEW, VISITS, MainWindow
from kopdes_desktop.ui.record_list_page import RecordListPage
from tests.area_data import KUBU_RAYA, Area, build_area
from tests.ui.helpers import open_window, screenshot, services_as
from tests.ui.screens import NETBOOK, open_window_on


def empty_shown(page: RecordListPage[object, object]) -> bool:
    return page.list_area.currentWidget() is page.empty and page.empty.isVisible()


@pytest.mark.usefixtures("indonesian")
def test_an_empty_visit_list_says_why_and_its_button_starts_the_first_visit(
    qtbot: QtBot, context: ServiceContext
) -> None:
    window = open_window(qtbot, AppServices(context))
    window.navigation.setCurrentRow(VISITS)
    page = window.visits
    qtbot.waitUntil(lambda: empty_shown(page))
    assert page.empty.sentence.text() == (
        "Belum ada kunjungan. Setelah bertemu koperasi, catat apa yang Anda temukan."
    )
    assert page.empty.action.text() == "Kunjungan baru"
    assert not page.table.isVisible()  # the sentence stands where the empty table was
    screenshot(qtbot, window, "empty-visits")

    page.empty.action.click()
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())

    window.navigation.setCurrentRow(OPPORTUNITIES)
    qtbot.waitUntil(lambda: empty_shown(window.opportunities))
    assert window.opportunities.empty.action.text() == "Peluang baru"


@pytest.mark.usefixtures("indonesian")
def test_a_search_that_finds_nothing_offers_to_show_everything_again(
    qtbot: QtBot, context: ServiceContext
) -> None:
    create_demo_data(context, cooperatives=5)
    window = open_window(qtbot, AppServices(context))
    window.navigation.setCurrentRow(VISITS)
    page = window.visits
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    everything = page.model.total
    page.status.setCurrentIndex(1)
    page.search.setText("tidak ada yang cocok zzz")
    qtbot.waitUntil(lambda: empty_shown(page))
    assert page.empty.sentence.text() == "Tidak ada yang cocok dengan pencarian dan filter ini."
    assert page.empty.action.text() == "Tampilkan semua"

    page.empty.action.click()
    qtbot.waitUntil(lambda: page.model.total == everything)
    assert page.search.text() == ""
    assert page.status.currentIndex() == 0
    assert page.table.isVisible()


@pytest.mark.usefixtures("indonesian")
def test_an_empty_review_queue_offers_to_sync_and_the_button_asks_to_sign_in_first(
    qtbot: QtBot, context: ServiceContext
) -> None:
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    window.navigation.setCurrentRow(REVIEW)
    review = window.review
    # A PMO of one kabupaten has it chosen and locked: that is their area, not a filter, so
    # the empty queue must not offer to "show all" (whichever of the two reads came first).
    qtbot.waitUntil(lambda: not review.kabupaten.isEnabled())
    review.refresh()
    qtbot.waitUntil(lambda: review.queue_area.currentWidget() is review.empty)
    qtbot.waitUntil(
        lambda: review.empty.sentence.text().startswith(
            "Belum ada kunjungan yang menunggu tinjauan"
        )
    )
    assert review.empty.action.text() == "Sinkronkan sekarang"
    screenshot(qtbot, window, "empty-review")
    # The window reads its sync status off the GUI thread; a click before that read is back
    # still means "sync" (and only then learns nobody is signed in). Wait, as a user does,
    # until the status bar shows what this laptop needs.
    qtbot.waitUntil(lambda: window.sync_status.button.text() == "Masuk…")
    review.empty.action.click()  # not signed in on this laptop: signing in comes first
    qtbot.waitUntil(lambda: getattr(window, "sign_in_dialog", None) is not None)
    qtbot.waitExposed(window.sign_in_dialog)
    window.sign_in_dialog.reject()


@pytest.mark.usefixtures("indonesian")
def test_an_empty_inbox_says_so_and_offers_to_sync(qtbot: QtBot, context: ServiceContext) -> None:
    window = open_window(qtbot, AppServices(context))
    qtbot.waitUntil(lambda: not window.inbox.empty.isHidden())
    assert window.inbox.list.isHidden()
    assert window.inbox.empty.sentence.text().startswith("Tidak ada yang perlu Anda tangani")
    assert window.inbox.empty.action.text() == "Sinkronkan sekarang"


def _dashboard(qtbot: QtBot, window: MainWindow) -> None:
    window.navigation.setCurrentRow(DASHBOARD)
    qtbot.waitUntil(lambda: window.dashboard.board is not None)


@pytest.mark.usefixtures("indonesian")
def test_charts_with_nothing_to_count_say_belum_ada_data(
    qtbot: QtBot, context: ServiceContext
) -> None:
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    _dashboard(qtbot, window)
    page = window.dashboard
    for chart in (page.by_ba, page.weekly, page.opportunities, page.units, page.backlog):
        assert chart.is_empty, chart.chart_title
        assert chart.empty_label.isVisible(), chart.chart_title
        assert chart.empty_label.text() == "Belum ada data"
        assert chart.chart().series() == []  # no bare 0–1 axis
        assert chart.chart().axes() == []
    screenshot(qtbot, window, "empty-dashboard")


@pytest.mark.usefixtures("indonesian")
def test_a_chart_with_data_keeps_its_legend_names_whole(
    qtbot: QtBot, context: ServiceContext
) -> None:
    area: Area = build_area(context)
    assert area.cooperatives
    window = open_window_on(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"), NETBOOK)
    _dashboard(qtbot, window)
    chart = window.dashboard.by_kabupaten
    qtbot.waitUntil(lambda: not chart.is_empty)
    assert not chart.empty_label.isVisible()
    names = [entry.text() for entry in chart.legend.entries]
    assert names == [
        bar_set.name for bar_set in coverage_sets(window.dashboard.board.coverage_by_kabupaten)
    ]  # type: ignore[union-attr]
    assert "Dikunjungi dalam 30 hari terakhir" in names
    for entry in chart.legend.entries:  # each name drawn at its full width, inside the chart
        assert entry.isVisible()
        assert entry.width() >= entry.sizeHint().width(), entry.text()
        corner = entry.mapTo(chart, entry.rect().bottomRight())
        assert chart.rect().contains(corner), entry.text()
    screenshot(qtbot, window, "chart-legend-netbook")


def test_crowded_labels_under_vertical_bars_stand_upright_instead_of_being_cut(
    qtbot: QtBot, qapp: QApplication
) -> None:
    chart = StackedBarChart("Kunjungan per minggu", horizontal=False)
    qtbot.addWidget(chart)
    chart.resize(420, 300)
    chart.show()
    weeks = [f"{day} Sep" for day in range(1, 13)]
    chart.set_data(weeks, [BarSet("Siti", [1] * 12), BarSet("Yohanes", [2] * 12)])
    qtbot.wait(50)
    axis = chart.chart().axes()[0]
    assert axis.labelsAngle() == -90
    chart.resize(1200, 300)
    qtbot.waitUntil(lambda: axis.labelsAngle() == 0)  # room enough: read flat again
