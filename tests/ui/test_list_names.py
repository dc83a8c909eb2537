"""Lists tell cooperatives apart that differ only after the programme's shared name prefix, and
tables inside forms show their headers whole, on a 1366×768 laptop and a 1024×600 netbook.

Screenshots land in test-artifacts/names-<screen>-<what>.png, to look at.
"""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView, QWidget
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import (
    OpportunityStatus,
    PersonMet,
    Role,
    Sector,
    TravelMode,
    VisitPurpose,
    VisitStatus,
)
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Cooperative, Opportunity, Record, Visit
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import record_store
from kopdes_desktop.ui.cooperative_names import distinguishing_name
from kopdes_desktop.ui.forms.record_editor import RecordEditor
from kopdes_desktop.ui.main_window import MainWindow
from tests.area_data import KUBU_RAYA
from tests.ui.helpers import screenshot, services_as
from tests.ui.screens import SIZES, open_window_on

VILLAGES = ("Sungai Bulan", "Sungai Dungun", "Sungai Nibung")
PREFIX = "Koperasi Desa Merah Putih"


@pytest.fixture
def sungai(context: ServiceContext) -> None:
    """Three cooperatives whose names differ only in their last word, each with a visit waiting
    for review and an opportunity note."""
    villages = [v.code for v in context.catalog.children(f"{KUBU_RAYA}.01")]
    records: list[Record] = []
    for village, code in zip(VILLAGES, villages, strict=False):
        coop_id = new_id()
        records.append(Cooperative(id=coop_id, name=f"{PREFIX} {village}", village_code=code))
        records.append(
            Visit(
                id=new_id(),
                cooperative_id=coop_id,
                author_id="ba-1",
                visit_date=date(2026, 11, 20),
                start_time=time(9),
                end_time=time(11),
                travel_mode=TravelMode.RIVER,
                people_met=(PersonMet.PENGURUS,),
                people_count=5,
                purposes=(VisitPurpose.MONITORING,),
                findings="Pembukuan belum rapi, stok sembako menipis",
                status=VisitStatus.SUBMITTED,
            )
        )
        records.append(
            Opportunity(
                id=new_id(),
                cooperative_id=coop_id,
                author_id="ba-1",
                title="Madu kelulut dari hutan desa",
                sector=Sector.FORESTRY,
                commodity="madu",
                status=OpportunityStatus.IDEA,
            )
        )
    with context.database.write() as session:
        for record in records:
            record_store.insert(session, record)


def visible_text(table: QTableView, row: int, column: int) -> str:
    """The text a user reads in a cell: its data, elided as the cell's delegate elides it to the
    room the column leaves beside the cell's margins."""
    index = table.model().index(row, column, QModelIndex())
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    table.itemDelegateForIndex(index).initStyleOption(option, index)  # type: ignore[attr-defined]
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    room = table.columnWidth(column) - 2 * margin
    return option.fontMetrics.elidedText(option.text, option.textElideMode, room)


def assert_told_apart(table: QTableView, column: int) -> None:
    shown = [visible_text(table, row, column) for row in range(table.model().rowCount())]
    assert len(shown) == len(VILLAGES)
    for village in VILLAGES:
        last_word = village.rsplit(" ", 1)[1]
        assert any(last_word in text for text in shown), (village, shown)
    # and the full name is one hover away
    tips = [
        str(table.model().index(row, column).data(Qt.ItemDataRole.ToolTipRole))
        for row in range(len(shown))
    ]
    assert sorted(tip.split(",")[0] for tip in tips) == [f"{PREFIX} {v}" for v in VILLAGES]


def show(qtbot: QtBot, window: MainWindow, page: QWidget, table: QTableView) -> None:
    window.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: table.model().rowCount() == len(VILLAGES), timeout=10_000)
    qtbot.wait(60)


def test_the_shared_prefix_is_dropped_and_other_names_stay_whole() -> None:
    assert distinguishing_name(f"{PREFIX} Sungai Bulan") == "Sungai Bulan"
    assert distinguishing_name("Koperasi Kelurahan Merah Putih Siantan Hulu") == "Siantan Hulu"
    assert distinguishing_name("KDKMP Maju Bersama") == "Maju Bersama"
    assert distinguishing_name("Koperasi Sejahtera Bersama") == "Koperasi Sejahtera Bersama"
    assert distinguishing_name(PREFIX) == PREFIX  # nothing else to show: keep it whole


@pytest.mark.usefixtures("sungai", "indonesian")
@pytest.mark.parametrize("size", SIZES)
def test_lists_tell_the_sungai_cooperatives_apart(
    qtbot: QtBot, context: ServiceContext, size: str
) -> None:
    window = open_window_on(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"), size)
    for name, page, table, column in (
        ("cooperatives", window.cooperatives, window.cooperatives.table, 0),
        ("visits", window.visits, window.visits.table, 0),
        ("opportunities", window.opportunities, window.opportunities.table, 1),
        ("review", window.review, window.review.table, 0),
    ):
        show(qtbot, window, page, table)
        screenshot(qtbot, window, f"names-{size}-{name}")
        assert_told_apart(table, column)


def assert_headers_whole(table: QTableView) -> None:
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(header.count()):
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title), (
            title,
            header.sectionSize(column),
        )


@pytest.mark.usefixtures("sungai", "indonesian")
@pytest.mark.parametrize("size", SIZES)
def test_tables_inside_forms_show_their_headers_whole(
    qtbot: QtBot, context: ServiceContext, size: str
) -> None:
    window = open_window_on(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"), size)
    show(qtbot, window, window.cooperatives, window.cooperatives.table)
    window.cooperatives.open_record(window.cooperatives.model.item(0).id)
    qtbot.waitUntil(lambda: window.cooperatives.editor is not None)
    cooperative = window.cooperatives.editor
    assert cooperative is not None
    qtbot.waitExposed(cooperative)
    for tab_name, table in (
        ("officers", cooperative.officers.table),
        ("units", cooperative.units.table),
    ):
        cooperative.officers.add_row() if tab_name == "officers" else cooperative.units.add_row()
        cooperative.tabs.setCurrentWidget(_tab_of(cooperative, table))
        qtbot.wait(60)
        screenshot(qtbot, cooperative, f"names-{size}-form-{tab_name}")
        assert_headers_whole(table)
    show(qtbot, window, window.visits, window.visits.table)
    window.visits.open_record(window.visits.model.item(0).id)
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    visit = window.visits.editor
    assert visit is not None
    qtbot.waitExposed(visit)
    visit.action_rows.add_row()
    visit.tabs.setCurrentWidget(_tab_of(visit, visit.action_rows.table))
    qtbot.wait(60)
    screenshot(qtbot, visit, f"names-{size}-form-actions")
    assert_headers_whole(visit.action_rows.table)


def _tab_of(editor: RecordEditor, widget: QWidget) -> QWidget:
    for index in range(editor.tabs.count()):
        page = editor.tabs.widget(index)
        if page.isAncestorOf(widget):
            return page
    raise AssertionError("no tab holds the table")
