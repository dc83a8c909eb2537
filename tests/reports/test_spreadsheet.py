"""XLSX and CSV exports read back the way Excel and a PMO would read them."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kopdes_desktop.domain.enums import VisitStatus
from kopdes_desktop.domain.reporting import ExportDataset, ExportFilter, Period
from kopdes_desktop.reports.spreadsheet import export_csv, export_xlsx
from kopdes_desktop.services.context import ServiceContext
from tests.area_data import KUBU_RAYA, Area, build_area, days_ago


@pytest.fixture
def area(context: ServiceContext) -> Area:
    return build_area(context)


def test_xlsx_of_visits_has_real_dates_numbers_indonesian_headers_and_a_frozen_header(
    context: ServiceContext, area: Area, tmp_path: Path
) -> None:
    target = tmp_path / "kunjungan.xlsx"
    seen: list[tuple[int, int]] = []
    rows = export_xlsx(
        context.database,
        ExportDataset.VISITS,
        ExportFilter(kabupaten_code=KUBU_RAYA),
        target,
        lambda done, total: seen.append((done, total)),
    )
    assert rows == 6  # Kubu Raya's visits
    assert seen[0] == (0, 6)
    assert seen[-1] == (6, 6)
    sheet = load_workbook(target).active
    assert sheet is not None
    assert sheet.title == "Kunjungan"
    assert sheet.freeze_panes == "A2"
    headers = [cell.value for cell in sheet[1]]
    assert headers[:6] == [
        "Tanggal kunjungan",
        "Koperasi",
        "Desa/Kelurahan",
        "Kabupaten/Kota",
        "Pendamping",
        "Status",
    ]
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width
    by_findings = {row[headers.index("Temuan")].value: row for row in sheet.iter_rows(min_row=2)}
    karya = by_findings["Temuan kunjungan karya-a"]
    visit_date = karya[0]
    assert visit_date.is_date
    assert visit_date.value == datetime(2026, 9, 19)  # a real date, sortable in Excel
    assert karya[headers.index("Pendamping")].value == "Yohanes Kristo"
    assert karya[headers.index("Status")].value == "Diajukan ulang"
    assert karya[headers.index("Tujuan")].value == "Monitoring"
    people = karya[headers.index("Jumlah orang")]
    assert people.value == 6
    assert people.data_type == "n"
    actions = by_findings["Temuan kunjungan mekar-a"][headers.index("Tindak lanjut disepakati")]
    assert actions.value == 4


def test_xlsx_of_opportunities_keeps_rupiah_as_numbers(
    context: ServiceContext, area: Area, tmp_path: Path
) -> None:
    target = tmp_path / "peluang.xlsx"
    november = Period.month(2026, 11)
    export_xlsx(
        context.database, ExportDataset.OPPORTUNITIES, ExportFilter(period=november), target
    )
    sheet = load_workbook(target).active
    assert sheet is not None
    headers = [cell.value for cell in sheet[1]]
    rows = list(sheet.iter_rows(min_row=2))
    titles = sorted(row[headers.index("Judul")].value for row in rows)
    # Made in November (3, 5, 8 and 10 days before 28 Nov), not October's "Karet rakyat".
    assert titles == ["Ikan sungai", "Lada putih", "Madu kelulut", "Tenun Sambas"]
    capital = rows[0][headers.index("Modal dibutuhkan (Rp)")]
    assert capital.value == 12_500_000
    assert capital.number_format == '"Rp"#,##0'
    assert rows[0][headers.index("Perkiraan volume")].value == 250.5
    made = {row[headers.index("Judul")].value: row[headers.index("Dicatat")].value for row in rows}
    assert made["Madu kelulut"] == datetime.combine(days_ago(3), datetime.min.time())


def test_csv_opens_in_excel_as_utf8_with_the_same_columns(
    context: ServiceContext, area: Area, tmp_path: Path
) -> None:
    target = tmp_path / "koperasi.csv"
    count = export_csv(context.database, ExportDataset.COOPERATIVES, ExportFilter(), target)
    assert count == 6
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that tells Excel it is UTF-8
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 6
    mekar = next(row for row in rows if row["Nama koperasi"].endswith("Mekar Jaya"))
    assert mekar["Kabupaten/Kota"] == "Kabupaten Kubu Raya"
    assert mekar["Status operasional"] == "Beroperasi"
    assert mekar["Jumlah anggota"] == "20"
    assert mekar["Kunjungan terakhir"] == "2026-11-28"  # ISO: unambiguous in any locale
    never = next(row for row in rows if row["Nama koperasi"].endswith("Tanjung Harapan"))
    assert never["Kunjungan terakhir"] == ""


def test_exports_follow_the_filter_and_the_pmos_area(
    context: ServiceContext, area: Area, tmp_path: Path
) -> None:
    target = tmp_path / "kunjungan.csv"
    submitted = ExportFilter(area=("61.01",), visit_status=VisitStatus.SUBMITTED)
    assert export_csv(context.database, ExportDataset.VISITS, submitted, target) == 1
    october = ExportFilter(period=Period.month(2026, 10), author_id="ba-1")
    assert export_csv(context.database, ExportDataset.VISITS, october, target) == 1
    with target.open(encoding="utf-8-sig") as stream:
        (row,) = list(csv.DictReader(stream))
    assert row["Temuan"] == "Temuan kunjungan sinar-back"
    assert row["Mulai"] == "09:00"


def test_a_failed_export_leaves_no_file(context: ServiceContext, tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "koperasi.xlsx"
    with pytest.raises(FileNotFoundError):
        export_xlsx(context.database, ExportDataset.COOPERATIVES, ExportFilter(), target)
    assert not target.exists()
