"""The PMO's monthly recap of one kabupaten/kota (PDF): activity per BA, coverage, review
backlog, cooperatives by status and business units, opportunities found.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kopdes_desktop.domain.coverage_map import MapData
from kopdes_desktop.domain.enums import (
    BusinessUnitStatus,
    BusinessUnitType,
    OperationalStatus,
    Sector,
    VisitStatus,
)
from kopdes_desktop.domain.kabupaten_seats import signing_place
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.domain.reporting import (
    CoverageBucket,
    CoverageGroup,
    CoverageRow,
    Crosstab,
    Period,
    ReviewBacklog,
)
from kopdes_desktop.reports import coverage_maps, html, pdf, wording
from kopdes_desktop.reports.ba_monthly import signatures
from kopdes_desktop.reports.formatting import count, long_date, period_name, rupiah, short_date
from kopdes_desktop.reports.progress import Progress, no_progress
from kopdes_desktop.storage import dashboard_queries, report_queries
from kopdes_desktop.storage.db import Database

TITLE = "Rekap Bulanan Pendampingan Koperasi Desa/Kelurahan Merah Putih"
BUCKET_NAMES = {
    CoverageBucket.RECENT: "Dikunjungi < 30 hari",
    CoverageBucket.DAYS_30: "30–59 hari",
    CoverageBucket.DAYS_60: "60–89 hari",
    CoverageBucket.DAYS_90: "≥ 90 hari / belum pernah",
}


@dataclass(frozen=True, slots=True)
class BaActivity:
    name: str
    visits: int
    cooperatives_visited: int
    by_status: dict[str, int]
    # Cooperatives of the kabupaten assigned to the BA (None before the laptop has the
    # directory of people).
    cooperatives_assigned: int | None = None


@dataclass(frozen=True, slots=True)
class PmoRecapData:
    period: Period
    until: date
    kabupaten_code: str
    kabupaten_name: str
    made_on: date
    activity: tuple[BaActivity, ...]
    coverage: CoverageRow | None
    long_unvisited: tuple[tuple[str, date | None], ...]  # 90+ days: (cooperative, last visit)
    operational_status: tuple[tuple[str, int], ...]
    business_units: Crosstab
    opportunities: tuple[tuple[str, int, int], ...]  # (sector value, notes, capital needed)
    backlog: ReviewBacklog
    coverage_map: MapData


def collect(
    database: Database, catalog: RegionCatalog, period: Period, kabupaten_code: str, *, today: date
) -> PmoRecapData:
    until = Period(period.start, min(period.end, max(today, period.start)))
    area = (kabupaten_code,)
    with database.read() as session:
        names = report_queries.names(session)
        counts = report_queries.visit_counts_by_author_and_status(session, until, area)
        visited = report_queries.cooperatives_visited_by_author(session, until, area)
        assigned = report_queries.assigned_per_ba(session, area)
        coverage = dashboard_queries.coverage(session, CoverageGroup.KABUPATEN, until.end, area)
        cooperatives = report_queries.cooperative_coverage(session, until, area=area)
        statuses = dashboard_queries.cooperatives_by_operational_status(session, area)
        units = dashboard_queries.business_units_by_type_and_status(session, area)
        notes = report_queries.opportunities_made_in(session, period, None, area)
        backlog = dashboard_queries.review_backlog(session, until.end, area)
        coverage_map = coverage_maps.read(session, until, area=area, catalog=catalog)
    activity = sorted(
        (
            BaActivity(
                name=names.get(author, "") or f"Pendamping {author[:8]}",
                visits=sum(counts.get(author, {}).values()),
                cooperatives_visited=visited.get(author, 0),
                by_status=counts.get(author, {}),
                cooperatives_assigned=assigned.get(author) if assigned else None,
            )
            # A BA with cooperatives but no visit this month is listed too: that is news.
            for author in counts.keys() | assigned.keys()
        ),
        key=lambda a: a.name.lower(),
    )
    by_sector: dict[str, list[int]] = {}
    for note, _name in notes:
        totals = by_sector.setdefault(note.sector.value if note.sector else "", [0, 0])
        totals[0] += 1
        totals[1] += note.capital_needed or 0
    sector_order = [s.value for s in Sector] + [""]
    region = catalog.get(kabupaten_code)
    return PmoRecapData(
        period=period,
        until=until.end,
        kabupaten_code=kabupaten_code,
        kabupaten_name=region.name if region else kabupaten_code,
        made_on=today,
        activity=tuple(activity),
        coverage=coverage[0] if coverage else None,
        long_unvisited=tuple(
            (name, last)
            for _id, name, _code, last, _n in cooperatives
            if CoverageBucket.of(last, until.end) is CoverageBucket.DAYS_90
        ),
        operational_status=tuple(statuses),
        business_units=units,
        opportunities=tuple(
            (sector, by_sector[sector][0], by_sector[sector][1])
            for sector in sector_order
            if sector in by_sector
        ),
        backlog=backlog,
        coverage_map=coverage_map,
    )


def _visited_of_assigned(activity: BaActivity) -> str:
    """ "3 dari 10" (visited of assigned), or the visited count alone without a directory."""
    visited = count(activity.cooperatives_visited)
    if activity.cooperatives_assigned is None:
        return visited
    return f"{visited} dari {count(activity.cooperatives_assigned)}"


def _status_label(value: str) -> str:
    return wording.label(OperationalStatus(value)) if value else wording.NOT_RECORDED


def build_html(data: PmoRecapData) -> str:
    total_visits = sum(a.visits for a in data.activity)
    coverage = data.coverage
    body = [
        html.heading(1, TITLE),
        html.fields(
            [
                ("Kabupaten/Kota", data.kabupaten_name),
                ("Periode", period_name(data.period)),
                ("Tanggal rekap", long_date(data.made_on)),
            ]
        ),
        html.heading(2, "Ringkasan"),
        html.fields(
            [
                ("Koperasi di wilayah", count(coverage.total if coverage else 0)),
                ("Kunjungan pada periode ini", count(total_visits)),
                ("Pendamping yang berkunjung", count(len(data.activity))),
                (
                    "Belum dikunjungi 30 / 60 / 90 hari",
                    " / ".join(count(coverage.not_visited_in(d)) for d in (30, 60, 90))
                    if coverage
                    else "—",
                ),
                ("Menunggu tinjauan PMO", count(data.backlog.total)),
                ("Peluang usaha baru", count(sum(n for _s, n, _c in data.opportunities))),
            ]
        ),
        html.heading(2, "1. Kegiatan pendamping"),
    ]
    statuses = [
        VisitStatus.APPROVED,
        VisitStatus.SUBMITTED,
        VisitStatus.RESUBMITTED,
        VisitStatus.NEEDS_REVISION,
        VisitStatus.DRAFT,
    ]
    if data.activity:
        body.append(
            html.table(
                ["Pendamping", "Kunjungan", "Koperasi dikunjungi"]
                + [wording.label(s) for s in statuses],
                [
                    [a.name, count(a.visits), _visited_of_assigned(a)]
                    + [count(a.by_status.get(s.value, 0)) for s in statuses]
                    for a in data.activity
                ],
                numeric=tuple(range(1, 3 + len(statuses))),
            )
        )
    else:
        body.append(html.paragraph("Tidak ada kunjungan pada periode ini.", "note"))
    body.append(html.heading(2, "2. Cakupan kunjungan"))
    if coverage:
        body.append(
            html.table(
                ["Hari sejak kunjungan terakhir", "Koperasi"],
                [(BUCKET_NAMES[b], count(coverage.count(b))) for b in CoverageBucket],
                numeric=(1,),
                widths=(70, 30),
            )
        )
    body += coverage_maps.section(data.coverage_map)
    unvisited = data.long_unvisited
    if unvisited:
        body.append(html.heading(3, "Koperasi yang belum dikunjungi 90 hari atau lebih"))
        body.append(
            html.table(
                ["Koperasi", "Kunjungan terakhir"],
                [(name, short_date(last) if last else "belum pernah") for name, last in unvisited],
                widths=(70, 30),
            )
        )
    body.append(html.heading(2, "3. Tinjauan kunjungan"))
    body.append(
        html.fields(
            [
                ("Menunggu tinjauan", count(data.backlog.total)),
                (
                    "Menunggu paling lama",
                    f"{count(data.backlog.oldest_waiting_days)} hari"
                    if data.backlog.oldest_waiting_days is not None
                    else "—",
                ),
            ]
        )
    )
    body.append(html.heading(2, "4. Koperasi menurut status operasional"))
    body.append(
        html.table(
            ["Status operasional", "Koperasi"],
            [(_status_label(status), count(n)) for status, n in data.operational_status],
            numeric=(1,),
            widths=(70, 30),
        )
    )
    body.append(html.heading(2, "5. Unit usaha"))
    unit_statuses = [s.value for s in BusinessUnitStatus]
    body.append(
        html.table(
            ["Jenis unit usaha"] + [wording.label(BusinessUnitStatus(s)) for s in unit_statuses],
            [
                [_unit_label(unit_type)]
                + [count(data.business_units.count(unit_type, s)) for s in unit_statuses]
                for unit_type in data.business_units.row_keys
            ],
            numeric=tuple(range(1, 1 + len(unit_statuses))),
        )
    )
    body.append(html.heading(2, "6. Peluang usaha baru menurut sektor"))
    if data.opportunities:
        body.append(
            html.table(
                ["Sektor", "Peluang", "Modal dibutuhkan"],
                [
                    (wording.label(Sector(s)) if s else wording.NOT_RECORDED, count(n), rupiah(c))
                    for s, n, c in data.opportunities
                ],
                numeric=(1, 2),
            )
        )
    else:
        body.append(html.paragraph("Tidak ada peluang usaha baru pada periode ini.", "note"))
    body.append(signatures("", signing_place([data.kabupaten_code]), data.made_on))
    return html.document(TITLE, body)


def _unit_label(value: str) -> str:
    try:
        return wording.label(BusinessUnitType(value))
    except ValueError:
        return value


def write_report(
    database: Database,
    catalog: RegionCatalog,
    period: Period,
    kabupaten_code: str,
    target: Path,
    *,
    today: date,
    progress: Progress = no_progress,
) -> int:
    progress(0, 3)
    data = collect(database, catalog, period, kabupaten_code, today=today)
    progress(1, 3)
    images = {coverage_maps.IMAGE: coverage_maps.render(data.coverage_map, catalog)}
    progress(2, 3)
    title = f"{TITLE} — {data.kabupaten_name} — {period_name(period)}"
    pages = pdf.render_pdf(build_html(data), target, title=title, images=images)
    progress(3, 3)
    return pages
