"""The columns of each record list: header, cell text and the sort key behind it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.listing import (
    CooperativeListItem,
    CooperativeSort,
    OpportunityListItem,
    OpportunitySort,
    VisitListItem,
    VisitSort,
)
from kopdes_desktop.ui import labels
from kopdes_desktop.ui.cooperative_names import distinguishing_name
from kopdes_desktop.ui.formatting import format_count, format_date, format_rupiah
from kopdes_desktop.ui.paged_table_model import Column

translate = QCoreApplication.translate


def cooperative_columns(language: str) -> list[Column[CooperativeListItem]]:
    return [
        Column(
            lambda: translate("Columns", "Cooperative"),
            lambda i: distinguishing_name(i.name),
            CooperativeSort.NAME,
            tooltip=lambda i: i.name,
        ),
        Column(
            lambda: translate("Columns", "Village"),
            lambda i: i.village_name,
            CooperativeSort.VILLAGE,
            tooltip=lambda i: f"{i.village_name}, {i.kecamatan_name} ({i.village_code})",
        ),
        Column(
            lambda: translate("Columns", "Kabupaten/Kota"),
            lambda i: i.kabupaten_name,
            CooperativeSort.KABUPATEN,
        ),
        Column(
            lambda: translate("Columns", "Status"),
            lambda i: labels.label(i.operational_status),
            CooperativeSort.STATUS,
        ),
        Column(
            lambda: translate("Columns", "Members"),
            lambda i: format_count(i.member_count, language),
            CooperativeSort.MEMBERS,
            align_right=True,
        ),
        Column(
            lambda: translate("Columns", "Last visit"),
            lambda i: format_date(i.last_visit_date, language),
            CooperativeSort.LAST_VISIT,
        ),
    ]


def visit_columns(language: str) -> list[Column[VisitListItem]]:
    return [
        Column(
            lambda: translate("Columns", "Cooperative"),
            lambda i: distinguishing_name(i.cooperative_name),
            VisitSort.COOPERATIVE,
            tooltip=lambda i: i.cooperative_name,
        ),
        Column(
            lambda: translate("Columns", "Date"),
            lambda i: format_date(i.visit_date, language),
            VisitSort.DATE,
        ),
        Column(
            lambda: translate("Columns", "Status"),
            lambda i: labels.label(i.status),
            VisitSort.STATUS,
        ),
        Column(
            lambda: translate("Columns", "Purposes"),
            lambda i: ", ".join(labels.label(p) for p in i.purposes),
        ),
        Column(
            lambda: translate("Columns", "Findings"),
            lambda i: i.findings.replace("\n", " ")[:120],
        ),
    ]


def opportunity_columns(language: str) -> list[Column[OpportunityListItem]]:
    return [
        Column(lambda: translate("Columns", "Title"), lambda i: i.title, OpportunitySort.TITLE),
        Column(
            lambda: translate("Columns", "Cooperative"),
            lambda i: distinguishing_name(i.cooperative_name),
            OpportunitySort.COOPERATIVE,
            tooltip=lambda i: i.cooperative_name,
        ),
        Column(
            lambda: translate("Columns", "Sector"),
            lambda i: labels.label(i.sector),
            OpportunitySort.SECTOR,
        ),
        Column(lambda: translate("Columns", "Commodity"), lambda i: i.commodity),
        Column(
            lambda: translate("Columns", "Capital needed"),
            lambda i: format_rupiah(i.capital_needed, language),
            OpportunitySort.CAPITAL,
            align_right=True,
        ),
        Column(lambda: translate("Columns", "Priority"), lambda i: labels.label(i.priority)),
        Column(
            lambda: translate("Columns", "Status"),
            lambda i: labels.label(i.status),
            OpportunitySort.STATUS,
        ),
    ]
