"""The visits export says where each position came from, beside Lintang and Bujur (issue 13
item 7): Foto, Diketik, GPS laptop, or nothing when not known."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from kopdes_desktop.domain.enums import GpsSource
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.domain.reporting import ExportDataset, ExportFilter
from kopdes_desktop.reports.spreadsheet import export_csv, export_xlsx
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import record_store
from tests.area_data import KUBU_RAYA, build_area


def test_visits_export_names_the_source_of_each_position(
    context: ServiceContext, tmp_path: Path
) -> None:
    area = build_area(context)
    positions = {
        "mekar-a": (0.35, 109.05, GpsSource.PHOTO),
        "karya-a": (0.4, 109.1, GpsSource.MANUAL),
        "mekar-old": (0.45, 109.15, GpsSource.DEVICE),
        "putih-old": (0.5, 109.2, None),  # a visit from before the field: not known
    }
    with context.database.write() as session:
        for label, (latitude, longitude, source) in positions.items():
            record_store.patch(
                session,
                RecordType.VISIT,
                area.visits[label],
                {"latitude": latitude, "longitude": longitude, "gps_source": source},
            )
    criteria = ExportFilter(kabupaten_code=KUBU_RAYA)

    target = tmp_path / "kunjungan.csv"
    export_csv(context.database, ExportDataset.VISITS, criteria, target)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = {row["ID"]: row for row in csv.DictReader(stream)}
    shown = {label: rows[area.visits[label]]["Sumber lokasi"] for label in positions}
    assert shown == {
        "mekar-a": "Foto",
        "karya-a": "Diketik",
        "mekar-old": "GPS laptop",
        "putih-old": "",
    }
    header = list(next(iter(rows.values())))
    assert header.index("Sumber lokasi") == header.index("Bujur") + 1  # beside the position

    workbook = tmp_path / "kunjungan.xlsx"
    export_xlsx(context.database, ExportDataset.VISITS, criteria, workbook, lambda _d, _t: None)
    sheet = load_workbook(workbook).active
    assert sheet is not None
    headers = [cell.value for cell in sheet[1]]
    by_id = {row[headers.index("ID")].value: row for row in sheet.iter_rows(min_row=2)}
    photo = by_id[area.visits["mekar-a"]]
    assert photo[headers.index("Lintang")].value == 0.35
    assert photo[headers.index("Sumber lokasi")].value == "Foto"
