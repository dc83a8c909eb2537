"""People have names on a PMO's laptop: the review queue, the change history and the dashboard's
coverage per BA come from the directory the server sends. Real window, real server (SQLite and
PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import OperationalStatus, Role
from kopdes_desktop.domain.listing import PageRequest
from kopdes_desktop.domain.reporting import CoverageBucket, CoverageFilter, CoverageGroup, Period
from kopdes_desktop.reports import ba_monthly, pmo_recap
from kopdes_desktop.services.dashboard import DashboardService
from kopdes_desktop.ui import labels
from kopdes_desktop.ui.history_text import history_line
from kopdes_desktop.ui.main_window import COOPERATIVES, DASHBOARD, REVIEW, MainWindow
from tests.server.helpers import LiveServer
from tests.server.test_push import complete_visit
from tests.sync.conftest import DeskFactory, round_done
from tests.sync.test_window_roles import synced_window
from tests.ui.helpers import screenshot

# A kabupaten no other test uses: the PMO's dashboard shows this test's people only.
BENGKAYANG = "61.07"
ASSIGNED = 10


def sync_until(qtbot: QtBot, window: MainWindow, arrived: Callable[[], bool]) -> None:
    """Sync the window (again) and wait until the round is over and brought what was sent."""
    window.sync.sync_now()
    qtbot.waitUntil(lambda: round_done(window) and arrived(), timeout=30_000)


def test_a_pmo_laptop_names_the_ba_and_counts_coverage_against_her_assignments(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, indonesian_ui: None
) -> None:
    pmo = server.user(Role.PMO, kabupaten=[BENGKAYANG], name="Rina Marlina")
    siti = server.user(Role.BA, name="Siti Aminah")
    coops = [
        server.cooperative(BENGKAYANG, name=f"Koperasi Desa Merah Putih {n + 1:02d}")
        for n in range(ASSIGNED)
    ]
    server.assign(siti, *coops)
    spare = server.cooperative(BENGKAYANG, name="Koperasi Desa Merah Putih Tanpa BA")
    field = server.laptop(siti)
    visit = field.create("visit", complete_visit(coops[0]))
    field.push(visit, field.set_status(visit["record_id"], "draft", "submitted"))

    office = desks(pmo)
    window = synced_window(qtbot, office)
    qtbot.waitUntil(lambda: round_done(window), timeout=30_000)

    # The review queue names the BA who wrote the visit.
    window.navigation.setCurrentRow(REVIEW)
    review = window.review
    qtbot.waitUntil(lambda: review.model.rowCount() == 1, timeout=10_000)
    assert review.model.item(0).author_name == "Siti Aminah"
    qtbot.waitUntil(lambda: review.author.findText("Siti Aminah") >= 0, timeout=10_000)
    screenshot(qtbot, window, "directory-review-queue")

    # Coverage per BA counts the cooperatives assigned to her, not the one she visited.
    window.navigation.setCurrentRow(DASHBOARD)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.board is not None, timeout=10_000)
    board = dashboard.board
    assert board is not None
    assert board.coverage_by_assignment
    [row] = [by_ba for by_ba in board.coverage_by_ba if by_ba.key]
    assert (row.key, row.label) == (siti.id, "Siti Aminah")
    assert sum(row.count(bucket) for bucket in CoverageBucket) == ASSIGNED
    # The one nobody coaches is a sentence, not a bar flattening hers; it lists that one.
    assert dashboard.by_ba.categories == ["Siti Aminah"]
    qtbot.waitUntil(dashboard.unassigned.isVisible)
    assert dashboard.unassigned.text() == (
        "1 koperasi belum punya BA yang ditugaskan: lihat daftarnya"
    )
    dashboard.unassigned.click()
    model = dashboard.coverage_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    assert model.item(0).id == spare
    screenshot(qtbot, window, "directory-dashboard-coverage-per-ba")

    # She edits a profile in the field; the PMO's history names her, in words, by the clock.
    field.pull()
    field.push(
        field.patch(
            "cooperative", coops[0], {"operational_status": "preparing", "member_count": 42}
        )
    )
    sync_until(
        qtbot, window, lambda: office.cooperatives.get(coops[0]).cooperative.member_count == 42
    )
    window.navigation.setCurrentRow(COOPERATIVES)
    page = window.cooperatives
    page.open_record(coops[0])
    qtbot.waitUntil(lambda: page.editor is not None, timeout=10_000)
    editor = page.editor
    assert editor is not None
    history: QListWidget = editor.history  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: any("Siti Aminah" in history.item(i).text() for i in range(history.count())),
        timeout=10_000,
    )
    lines = [history.item(i).text() for i in range(history.count())]
    [line] = [text for text in lines if "jumlah anggota: 42" in text]
    assert "diubah oleh Siti Aminah" in line
    assert labels.label(OperationalStatus.PREPARING) in line
    assert "preparing" not in line
    assert "dari server" not in line
    # The cooperative as the office set it up: added, by the office, without empty fields.
    [added] = [text for text in lines if "Koperasi Desa Merah Putih 01" in text]
    assert "oleh kantor" in added
    assert "alamat" not in added
    editor.tabs.setCurrentWidget(history)
    screenshot(qtbot, editor, "directory-history-names-the-ba")
    editor.close()
    window.close()

    # A PMO laptop meeting the cooperative only after her edit: she did not add it, and its
    # fields mix the office's and hers, so the line names her as the last to change it only.
    later = desks(pmo)
    later.sync.sync()
    [received] = [history_line(change, "id") for change in later.cooperatives.history(coops[0])]
    assert "diterima; terakhir diubah oleh Siti Aminah" in received
    assert "ditambahkan" not in received
    assert "jumlah anggota" not in received
    [untouched] = [history_line(change, "id") for change in later.cooperatives.history(coops[1])]
    assert "oleh kantor" in untouched


def test_coverage_drill_down_lists_the_assigned_cooperatives(
    server: LiveServer, desks: DeskFactory
) -> None:
    """The cooperatives behind a BA's bar are theirs (assigned), visited or not."""
    area = "61.08"
    pmo = server.user(Role.PMO, kabupaten=[area])
    ba = server.user(Role.BA, name="Budi Santoso")
    mine = [server.cooperative(area) for _ in range(3)]
    unassigned = server.cooperative(area)
    server.assign(ba, *mine)
    desk = desks(pmo)
    desk.sync.sync()
    service = DashboardService(desk.context)
    today = date.today()
    page = service.coverage_list(
        CoverageFilter(group=CoverageGroup.BA, key=ba.id, today=today, page=PageRequest())
    )
    assert sorted(item.id for item in page.items) == sorted(mine)
    nobody = service.coverage_list(
        CoverageFilter(group=CoverageGroup.BA, key="", today=today, page=PageRequest())
    )
    assert [item.id for item in nobody.items] == [unassigned]


def test_reports_on_a_pmo_laptop_count_the_cooperatives_assigned_to_each_ba(
    server: LiveServer, desks: DeskFactory
) -> None:
    """The BA monthly report covers her assigned cooperatives (not "1 dari 1"), and the recap
    lists "visited of assigned" per BA, a BA without a visit this month included."""
    area = "61.09"
    pmo = server.user(Role.PMO, kabupaten=[area])
    siti = server.user(Role.BA, name="Siti Aminah")
    idle = server.user(Role.BA, name="Budi Santoso")
    coops = [server.cooperative(area) for _ in range(4)]
    server.assign(siti, *coops[:3])
    server.assign(idle, coops[3])
    field = server.laptop(siti)
    visit = field.create("visit", complete_visit(coops[0]))
    field.push(visit, field.set_status(visit["record_id"], "draft", "submitted"))
    desk = desks(pmo)
    desk.sync.sync()
    visit_day = date.fromisoformat(str(visit["fields"]["visit_date"]))
    month = Period.month(visit_day.year, visit_day.month)
    today = max(visit_day, month.end)

    report = ba_monthly.collect(
        desk.context.database, desk.catalog, month, siti.id, today=today, all_cooperatives=False
    )
    assert report.author_name == "Siti Aminah"
    assert len(report.coverage) == 3  # her three, the one she visited among them
    assert sum(1 for entry in report.coverage if entry.visits_in_period) == 1

    recap = pmo_recap.collect(desk.context.database, desk.catalog, month, area, today=today)
    rows = {row.name: row for row in recap.activity}
    assert (
        rows["Siti Aminah"].cooperatives_visited,
        rows["Siti Aminah"].cooperatives_assigned,
    ) == (
        1,
        3,
    )
    assert (rows["Budi Santoso"].visits, rows["Budi Santoso"].cooperatives_assigned) == (0, 1)
