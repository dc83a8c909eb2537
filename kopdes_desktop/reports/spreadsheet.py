"""XLSX (openpyxl) and CSV exports of cooperatives, visits and opportunity notes.

XLSX cells hold real values: dates as dates, money and counts as numbers with a display
format, so a PMO can sort and sum in Excel. The header row is bold and frozen and columns are
sized for their content. CSV is UTF-8 with a byte-order mark, which is what makes Excel read
it as UTF-8 (names like "Saba'u" or "Ngabang" survive), with ISO dates and plain numbers.

Both are written to a temporary file beside the target and renamed at the end, so a failed or
interrupted export never leaves half a file under the chosen name. Plain functions without Qt:
they run on any thread.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from kopdes_desktop.domain.reporting import ExportDataset, ExportFilter
from kopdes_desktop.reports.export_columns import COLUMNS, SHEET_TITLES, ExportColumn, Kind
from kopdes_desktop.reports.progress import Progress, no_progress
from kopdes_desktop.storage import report_queries
from kopdes_desktop.storage.db import Database

PROGRESS_EVERY = 250  # rows between progress reports
NUMBER_FORMATS = {
    Kind.DATE: "dd mmm yyyy",
    Kind.TIME: "hh:mm",
    Kind.INTEGER: "#,##0",
    Kind.RUPIAH: '"Rp"#,##0',
    Kind.DECIMAL: "#,##0.######",
}
_HEADER_FILL = PatternFill("solid", start_color="FFE8EEF4")


@contextmanager
def _replaced_at_end(target: Path) -> Iterator[Path]:
    partial = target.with_name(f".{target.name}.partial")
    try:
        yield partial
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _check_folder(target: Path) -> None:
    if not target.parent.is_dir():  # fail before reading 20,000 rows, not after
        raise FileNotFoundError(f"no folder {target.parent}")


def _rows(
    database: Database, dataset: ExportDataset, criteria: ExportFilter, progress: Progress
) -> Iterator[list[Any]]:
    columns = COLUMNS[dataset]
    with database.read() as session:
        total = report_queries.count_export_rows(session, dataset, criteria)
        progress(0, total)
        done = 0
        for row in report_queries.export_rows(session, dataset, criteria):
            yield [column.value(row) for column in columns]
            done += 1
            if done % PROGRESS_EVERY == 0:
                progress(done, total)
        progress(done, max(done, total))


def export_xlsx(
    database: Database,
    dataset: ExportDataset,
    criteria: ExportFilter,
    target: Path,
    progress: Progress = no_progress,
) -> int:
    """Write one sheet; returns the number of data rows."""
    _check_folder(target)
    columns = COLUMNS[dataset]
    workbook = Workbook(write_only=True)  # streams rows to disk: 20,000 visits in little memory
    sheet = workbook.create_sheet(SHEET_TITLES[dataset])
    sheet.freeze_panes = "A2"
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width + 2
    sheet.append([_header_cell(sheet, column) for column in columns])
    count = 0
    for values in _rows(database, dataset, criteria, progress):
        cells = [_cell(sheet, column, value) for column, value in zip(columns, values, strict=True)]
        sheet.append(cells)
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    with _replaced_at_end(target) as partial:
        workbook.save(partial)
    return count


def _header_cell(sheet: Any, column: ExportColumn) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=column.header)
    cell.font = Font(bold=True)
    cell.fill = _HEADER_FILL
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def _cell(sheet: Any, column: ExportColumn, value: Any) -> Any:
    number_format = NUMBER_FORMATS.get(column.kind)
    if value is None or number_format is None:
        return value
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell


def export_csv(
    database: Database,
    dataset: ExportDataset,
    criteria: ExportFilter,
    target: Path,
    progress: Progress = no_progress,
) -> int:
    _check_folder(target)
    columns = COLUMNS[dataset]
    count = 0
    with (
        _replaced_at_end(target) as partial,
        partial.open("w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(stream)
        writer.writerow([column.header for column in columns])
        for values in _rows(database, dataset, criteria, progress):
            writer.writerow([_csv_text(value) for value in values])
            count += 1
    return count


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date | time):
        return value.isoformat(timespec="minutes") if isinstance(value, time) else value.isoformat()
    return str(value)
