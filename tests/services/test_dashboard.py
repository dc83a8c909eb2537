"""Dashboard figures computed from a known area (tests/area_data.py)."""

from __future__ import annotations

import dataclasses

import pytest

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.reporting import (
    CoverageBucket,
    CoverageFilter,
    CoverageGroup,
    CoverageRow,
    WaitingAge,
)
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.dashboard import DashboardService
from tests.area_data import KUBU_RAYA, SAMBAS, Area, build_area, days_ago
from tests.conftest import TODAY

R, D30, D60, D90 = (
    CoverageBucket.RECENT,
    CoverageBucket.DAYS_30,
    CoverageBucket.DAYS_60,
    CoverageBucket.DAYS_90,
)


@pytest.fixture
def area(context: ServiceContext) -> Area:
    return build_area(context)


def service(context: ServiceContext, role: Role, *codes: str, user: str = "") -> DashboardService:
    return DashboardService(
        dataclasses.replace(context, role=role, kabupaten_codes=codes, user_id=user)
    )


def buckets(row: CoverageRow) -> tuple[int, ...]:
    return tuple(row.count(bucket) for bucket in CoverageBucket)


def test_coverage_per_kabupaten_and_per_ba(context: ServiceContext, area: Area) -> None:
    board = service(context, Role.ADMIN).pmo()
    by_kabupaten = {row.key: row for row in board.coverage_by_kabupaten}
    assert buckets(by_kabupaten[KUBU_RAYA]) == (1, 1, 1, 2)
    assert by_kabupaten[KUBU_RAYA].label == "Kabupaten Kubu Raya"
    assert [by_kabupaten[KUBU_RAYA].not_visited_in(n) for n in (30, 60, 90)] == [4, 3, 2]
    assert buckets(by_kabupaten[SAMBAS]) == (1, 0, 0, 0)  # the future-dated visit is ignored
    by_ba = {row.key: row for row in board.coverage_by_ba}
    assert buckets(by_ba["ba-1"]) == (1, 1, 0, 0)  # Mekar Jaya's latest visitor is ba-1
    assert buckets(by_ba["ba-2"]) == (0, 0, 1, 1)
    assert buckets(by_ba["ba-3"]) == (1, 0, 0, 0)
    assert buckets(by_ba[""]) == (0, 0, 0, 1)  # never visited
    assert by_ba["ba-1"].label == "Siti Aminah"
    assert [row.key for row in board.coverage_by_ba][-1] == ""


def test_a_pmo_sees_only_their_kabupaten(context: ServiceContext, area: Area) -> None:
    board = service(context, Role.PMO, SAMBAS).pmo()
    assert [row.key for row in board.coverage_by_kabupaten] == [SAMBAS]
    assert board.backlog.total == 1
    assert board.opportunities.total == 1


def test_click_through_lists_the_cooperatives_behind_a_bar(
    context: ServiceContext, area: Area
) -> None:
    dashboard = service(context, Role.PMO, KUBU_RAYA)

    def names(criteria: CoverageFilter) -> list[str]:
        page = dashboard.coverage_list(criteria)
        assert page.total == len(page.items)
        return [item.name.removeprefix("Koperasi Desa Merah Putih ") for item in page.items]

    assert names(
        CoverageFilter(TODAY, CoverageGroup.KABUPATEN, KUBU_RAYA, not_visited_in_days=60)
    ) == ["Tanjung Harapan", "Sungai Putih", "Karya Bersama"]  # never visited first
    assert names(CoverageFilter(TODAY, CoverageGroup.BA, "ba-2", bucket=D90)) == ["Sungai Putih"]
    assert names(CoverageFilter(TODAY, CoverageGroup.BA, "", bucket=D90)) == ["Tanjung Harapan"]
    page = dashboard.coverage_list(CoverageFilter(TODAY, CoverageGroup.KABUPATEN, KUBU_RAYA, R))
    assert [(i.kabupaten_name, i.last_visit_date) for i in page.items] == [
        ("Kabupaten Kubu Raya", TODAY)
    ]
    # Sambas is outside this PMO's area even when asked for by name.
    assert names(CoverageFilter(TODAY, CoverageGroup.KABUPATEN, SAMBAS)) == []


def test_visits_per_ba_per_week(context: ServiceContext, area: Area) -> None:
    weekly = service(context, Role.ADMIN).pmo().weekly_visits
    assert len(weekly.weeks) == 12
    assert weekly.weeks[-1] == days_ago(5)  # Monday 23 Nov 2026 starts the current week
    assert all(monday.weekday() == 0 for monday in weekly.weeks)
    people = {person.person_id: person for person in weekly.people}
    # ba-1: today and 5 days ago (this week), 40 days ago; ba-2: 50 and 70 days ago.
    assert people["ba-1"].counts[-1] == 2
    assert people["ba-1"].total == 3
    assert people["ba-2"].total == 2  # the visit 100 days ago is older than 12 weeks
    assert people["ba-3"].counts[-2:] == (1, 0)  # 10 days ago; tomorrow's is not counted
    assert [p.name for p in weekly.people] == ["Siti Aminah", "Yohanes Kristo", ""]


def test_opportunities_cooperatives_and_business_units(context: ServiceContext, area: Area) -> None:
    board = service(context, Role.PMO, KUBU_RAYA).pmo()
    assert board.opportunities.row_keys == (
        "perkebunan",
        "perikanan_tangkap",
        "kehutanan_hhbk",
    )  # the product's order of sectors
    assert board.opportunities.count("perkebunan", "idea") == 1
    assert board.opportunities.count("perkebunan", "assessed") == 1
    assert board.opportunities.row_total("perkebunan") == 2
    assert board.operational_status == (
        ("preparing", 1),
        ("operating", 2),
        ("stopped", 1),
        ("", 1),  # not recorded, last
    )
    units = board.business_units
    assert units.count("gerai_sembako", "operating") == 1
    assert units.count("gerai_sembako", "preparing") == 1
    assert units.count("kantor_koperasi", "operating") == 1
    assert units.total == 3


def test_review_backlog_by_waiting_time_and_ba(context: ServiceContext, area: Area) -> None:
    backlog = service(context, Role.ADMIN).pmo().backlog
    assert backlog.total == 3
    # Submitted 2 and 20 days ago by the server's clock; Sambas' has no history, so its visit
    # date (10 days ago) stands in.
    assert dict(backlog.by_age) == {
        WaitingAge.UNDER_7: 1,
        WaitingAge.DAYS_7: 1,
        WaitingAge.DAYS_14: 1,
    }
    assert backlog.oldest_waiting_days == 20
    assert {author: count for author, _name, count in backlog.by_author} == {
        "ba-1": 1,
        "ba-2": 1,
        "ba-3": 1,
    }


def test_a_bas_own_dashboard(context: ServiceContext, area: Area) -> None:
    board = service(context, Role.BA, user="ba-1").ba()
    assert buckets(board.coverage) == (2, 1, 1, 2)  # every cooperative on the laptop
    assert [a.description for a in board.overdue] == ["Lengkapi NIB"]
    assert board.overdue[0].due_date == days_ago(3)
    assert [a.description for a in board.due_soon] == ["Rapat anggota"]
    assert [(v.cooperative_name, v.comment, v.reviewer) for v in board.sent_back] == [
        ("Koperasi Desa Merah Putih Sinar Harapan", "Tambah daftar hadir", "Pak Hendra (PMO)")
    ]
    assert not service(context, Role.BA).shows_supervision
    assert service(context, Role.PMO, KUBU_RAYA).shows_supervision
