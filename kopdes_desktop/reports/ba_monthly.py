"""The BA's monthly activity report (PDF) for the Dinas Koperasi.

The month's visits with findings, agreed actions and photo thumbnails, the opportunity notes
made that month, and how recently each assigned cooperative was visited. Drafts are left out:
the report holds the work the BA has submitted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtGui import QImage

from kopdes_desktop import paths
from kopdes_desktop.domain.coverage_map import MapData
from kopdes_desktop.domain.kabupaten_seats import signing_place
from kopdes_desktop.domain.records import Opportunity, VisitDetail
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.domain.reporting import Period
from kopdes_desktop.reports import coverage_maps, html, pdf, wording
from kopdes_desktop.reports.formatting import (
    count,
    decimal,
    long_date,
    period_name,
    rupiah,
    short_date,
)
from kopdes_desktop.reports.progress import Progress, no_progress
from kopdes_desktop.storage import report_queries
from kopdes_desktop.storage.db import Database

TITLE = "Laporan Kegiatan Bulanan Pendamping Koperasi Desa/Kelurahan Merah Putih"
PHOTOS_PER_ROW = 3


@dataclass(frozen=True, slots=True)
class VisitEntry:
    detail: VisitDetail
    cooperative_name: str
    place: str  # "Desa X, Kecamatan Y"


@dataclass(frozen=True, slots=True)
class CoverageEntry:
    cooperative_name: str
    place: str
    visits_in_period: int
    last_visit: date | None


@dataclass(frozen=True, slots=True)
class BaMonthlyData:
    period: Period
    until: date  # the period's end, or today when the period is not over
    author_name: str
    area_names: tuple[str, ...]
    made_on: date
    place: str  # where it is signed: kabupaten_seats.signing_place
    visits: tuple[VisitEntry, ...]
    opportunities: tuple[tuple[Opportunity, str], ...]
    coverage: tuple[CoverageEntry, ...]
    coverage_map: MapData


def _place(catalog: RegionCatalog, village_code: str) -> str:
    path = catalog.path(village_code)
    return f"{path[2].name}, {path[1].name}" if path else village_code


def collect(
    database: Database,
    catalog: RegionCatalog,
    period: Period,
    author_id: str,
    *,
    today: date,
    author_name: str = "",
    all_cooperatives: bool = True,
) -> BaMonthlyData:
    """Read the month's work of one BA.

    ``all_cooperatives``: list every cooperative on the laptop as assigned (a BA's own laptop);
    otherwise those assigned to the BA in the directory of people (a PMO's laptop holds the
    whole kabupaten; before it has a directory: those the BA has visited).
    """
    # A report written mid-month covers the month so far: a visit dated after today is a
    # typing slip, not work done.
    until = Period(period.start, min(period.end, max(today, period.start)))
    with database.read() as session:
        visits = report_queries.visits_in_period(session, until, author_id)
        notes = report_queries.opportunities_made_in(session, period, author_id)
        coverage = report_queries.cooperative_coverage(
            session,
            until,
            visited_by=None if all_cooperatives else author_id,
            counted_author=author_id,
        )
        name = author_name or report_queries.names(session).get(author_id, "")
        coverage_map = coverage_maps.read(
            session, until, villages=[code for _i, _n, code, _l, _c in coverage], catalog=catalog
        )
    kabupaten = {
        path[0].code: path[0].name
        for _id, _name, code, _last, _n in coverage
        if (path := catalog.path(code)) is not None
    }
    return BaMonthlyData(
        period=period,
        until=until.end,
        author_name=name,
        area_names=tuple(sorted(kabupaten.values())),
        made_on=today,
        place=signing_place(kabupaten),
        visits=tuple(
            VisitEntry(detail, coop.name, _place(catalog, coop.village_code))
            for detail, coop in visits
        ),
        opportunities=tuple(notes),
        coverage=tuple(
            CoverageEntry(name_, _place(catalog, code), in_period, last)
            for _id, name_, code, last, in_period in coverage
        ),
        coverage_map=coverage_map,
    )


def _photo_name(sha256: str) -> str:
    return f"photo:{sha256}"


def load_thumbnails(data: BaMonthlyData, progress: Progress = no_progress) -> dict[str, QImage]:
    """The photos' thumbnails that are on this laptop (a photo may not be downloaded yet)."""
    photos = [photo for entry in data.visits for photo in entry.detail.photos]
    images: dict[str, QImage] = {}
    for done, photo in enumerate(photos, start=1):
        folder = paths.photos_dir()
        # The full photo first: the 256 px thumbnail file would print blurred at 5 cm.
        for candidate in (folder / f"{photo.sha256}.jpg", folder / f"{photo.sha256}.thumb.jpg"):
            image = pdf.thumbnail(candidate)
            if image is not None:
                images[_photo_name(photo.sha256)] = image
                break
        progress(done, len(photos))
    return images


def _visit_section(number: int, entry: VisitEntry, images: dict[str, QImage]) -> list[str]:
    visit = entry.detail.visit
    times = " – ".join(t.strftime("%H.%M") for t in (visit.start_time, visit.end_time) if t)
    people = wording.labels(visit.people_met)
    if visit.people_count:
        people = (
            f"{people} ({count(visit.people_count)} orang)" if people else count(visit.people_count)
        )
    parts = [
        html.heading(3, f"{number}. {short_date(visit.visit_date)} — {entry.cooperative_name}"),
        html.fields(
            [
                ("Lokasi", entry.place),
                ("Waktu", times or "—"),
                ("Transportasi", wording.label(visit.travel_mode) or "—"),
                ("Pihak yang ditemui", people or "—"),
                ("Tujuan kunjungan", wording.labels(visit.purposes) or "—"),
                ("Status", wording.label(visit.status)),
                ("Temuan", visit.findings or "—"),
                ("Masalah", visit.problems or "—"),
                (
                    "Rencana kunjungan berikut",
                    _next_plan(visit.next_visit_plan, visit.next_visit_date),
                ),
            ]
        ),
    ]
    if entry.detail.actions:
        parts.append(
            html.table(
                ["Tindak lanjut disepakati", "Penanggung jawab", "Tenggat", "Selesai"],
                [
                    (
                        a.description,
                        a.owner or "—",
                        short_date(a.due_date),
                        "Ya" if a.done else "Belum",
                    )
                    for a in entry.detail.actions
                ],
                widths=(52, 22, 14, 12),
            )
        )
    parts.append(_photo_grid(entry, images))
    return parts


def _next_plan(plan: str, when: date | None) -> str:
    if when is None:
        return plan or "—"
    return f"{plan} ({short_date(when)})" if plan else short_date(when)


def _photo_grid(entry: VisitEntry, images: dict[str, QImage]) -> str:
    photos = entry.detail.photos
    if not photos:
        return ""
    cells = []
    for photo in photos:
        name = _photo_name(photo.sha256)
        picture = f'<img src="{name}"/>' if name in images else "(foto belum ada di laptop ini)"
        cells.append(f"<td>{picture}<br/>{html.text(photo.caption)}</td>")
    rows = [
        "<tr>" + "".join(cells[i : i + PHOTOS_PER_ROW]) + "</tr>"
        for i in range(0, len(cells), PHOTOS_PER_ROW)
    ]
    return f'<table cellspacing="4" cellpadding="2">{"".join(rows)}</table>'


def build_html(data: BaMonthlyData, images: dict[str, QImage]) -> str:
    visited = sum(1 for entry in data.coverage if entry.visits_in_period)
    actions = sum(len(entry.detail.actions) for entry in data.visits)
    body = [
        html.heading(1, TITLE),
        html.fields(
            [
                ("Periode", period_name(data.period)),
                ("Nama pendamping", data.author_name or "—"),
                ("Kabupaten/Kota", ", ".join(data.area_names) or "—"),
                ("Tanggal laporan", long_date(data.made_on)),
            ]
        ),
        html.heading(2, "Ringkasan"),
        html.fields(
            [
                ("Jumlah kunjungan", count(len(data.visits))),
                (
                    "Koperasi dampingan dikunjungi",
                    f"{count(visited)} dari {count(len(data.coverage))}",
                ),
                ("Tindak lanjut disepakati", count(actions)),
                ("Peluang usaha dicatat", count(len(data.opportunities))),
            ]
        ),
        html.heading(2, "1. Kunjungan"),
    ]
    if not data.visits:
        body.append(html.paragraph("Tidak ada kunjungan yang diajukan pada periode ini.", "note"))
    for number, entry in enumerate(data.visits, start=1):
        body += _visit_section(number, entry, images)
    body.append(html.heading(2, "2. Peluang usaha yang ditemukan"))
    if data.opportunities:
        body.append(
            html.table(
                ["Koperasi", "Peluang", "Sektor", "Komoditas", "Volume", "Modal", "Status"],
                [
                    (
                        name,
                        note.title,
                        wording.label(note.sector) or "—",
                        note.commodity or "—",
                        f"{decimal(note.volume)} {note.volume_unit}".strip(),
                        rupiah(note.capital_needed),
                        wording.label(note.status),
                    )
                    for note, name in data.opportunities
                ],
                numeric=(4, 5),
                widths=(22, 14, 15, 12, 11, 15, 11),
            )
        )
    else:
        body.append(html.paragraph("Tidak ada peluang usaha baru pada periode ini.", "note"))
    # The map is half a page: the section starts a page rather than leave its title behind.
    body.append(html.heading(2, "3. Cakupan koperasi dampingan", new_page=bool(data.coverage)))
    if data.coverage:
        body += coverage_maps.section(data.coverage_map, new_page=False)
    body.append(
        html.table(
            [
                "Koperasi",
                "Desa, Kecamatan",
                "Kunjungan periode ini",
                "Kunjungan terakhir",
                "Hari sejak kunjungan",
            ],
            [
                (
                    entry.cooperative_name,
                    entry.place,
                    count(entry.visits_in_period),
                    short_date(entry.last_visit),
                    count((data.until - entry.last_visit).days)
                    if entry.last_visit
                    else "belum pernah",
                )
                for entry in data.coverage
            ],
            numeric=(2, 4),
        )
    )
    body.append(signatures(data.author_name, data.place, data.made_on))
    return html.document(TITLE, body)


def write_report(
    database: Database,
    catalog: RegionCatalog,
    period: Period,
    author_id: str,
    target: Path,
    *,
    today: date,
    author_name: str = "",
    all_cooperatives: bool = True,
    progress: Progress = no_progress,
) -> int:
    """Collect, render and write the PDF; returns its page count."""
    progress(0, 4)
    data = collect(
        database, catalog, period, author_id, today=today, author_name=author_name,
        all_cooperatives=all_cooperatives,
    )  # fmt: skip
    progress(1, 4)
    images = load_thumbnails(data)
    progress(2, 4)
    if data.coverage:
        images[coverage_maps.IMAGE] = coverage_maps.render(data.coverage_map, catalog)
    progress(3, 4)
    title = f"{TITLE} — {period_name(period)}"
    pages = pdf.render_pdf(build_html(data, images), target, title=title, images=images)
    progress(4, 4)
    return pages


def signatures(author_name: str, place: str, on: date) -> str:
    """Where the BA signs, and the PMO acknowledges, before the report goes to the Dinas: the
    Indonesian way, "Pontianak, 30 November 2026" above the signer on the right. The anchor
    lets the PDF writer keep the block whole and with the report's last lines."""
    blank = "...................................."
    spacer = "<br/><br/><br/><br/>"
    # On the dotted line: a PDF reader's text copy splits the anchored text after one letter.
    anchored = f'<a name="{pdf.SIGNATURE_ANCHOR}">{blank}</a>'
    return (
        '<table width="100%"><tr>'  # the leading line breaks part it from the report
        f'<td width="50%"><br/><br/>Mengetahui,<br/>PMO Kabupaten/Kota{spacer}{anchored}</td>'
        f"<td><br/>{html.text(place)}, {long_date(on)}<br/>Pendamping,<br/>{spacer}"
        f"{html.text(author_name or blank)}</td>"
        "</tr></table>"
    )
