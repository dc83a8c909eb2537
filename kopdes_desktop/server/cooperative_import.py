"""``kopdes-server import-cooperatives``: cooperatives from a CSV file, all or nothing.

Every bad row is reported with its line number and reason. Nothing is written unless all rows
are valid, or the admin asked to skip the invalid ones.
"""

from __future__ import annotations

import csv
import io
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.ids import is_valid_id, new_id
from kopdes_desktop.domain.records import Cooperative, RecordType
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.domain.validation import Level, ValidationContext, validate_cooperative
from kopdes_desktop.server.accounts import now
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.server.records_io import normalised
from kopdes_desktop.server.rules import kabupaten_of_village, today_in_indonesia
from kopdes_desktop.server.versioning import PENDING, WriteBatch

REQUIRED_COLUMNS = ("name", "village_code")
COLUMNS = ("id", *(name for name in codec.field_names(Cooperative) if name != "id"))
_TRUE = {"ya", "y", "yes", "true", "1", "benar"}
_FALSE = {"tidak", "t", "no", "n", "false", "0", "salah"}
_MAX_DIGITS = 20


@dataclass(frozen=True, slots=True)
class RowError:
    line: int
    reason: str


@dataclass
class ImportReport:
    cooperatives: list[Cooperative] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    imported: int = 0


def _cell(annotation: Any, name: str, text: str) -> object:
    """A CSV cell as the JSON-ish value the codec decodes."""
    inner = _base_type(annotation)
    if inner is bool:
        folded = text.casefold()
        if folded in _TRUE:
            return True
        if folded in _FALSE:
            return False
        raise codec.FieldDecodeError(name, "must be ya/tidak (yes/no)")
    if inner is int:
        if not text.lstrip("-").isascii() or not text.lstrip("-").isdigit():
            raise codec.FieldDecodeError(name, "must be a whole number")
        if len(text) > _MAX_DIGITS:  # the codec names the range; Python refuses 4,300 digits
            raise codec.FieldDecodeError(name, "is too large to store")
        return int(text)
    if inner is float:
        try:
            return float(text.replace(",", "."))
        except ValueError as error:
            raise codec.FieldDecodeError(name, "must be a number") from error
    return text  # text, ISO dates and enum values decode as they are


def _base_type(annotation: Any) -> Any:
    """``int`` for ``int | None``; the annotation itself otherwise."""
    args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
    return args[0] if len(args) == 1 and typing.get_origin(annotation) is not tuple else annotation


def _parse_row(row: dict[str, str], types: dict[str, Any]) -> dict[str, object]:
    values: dict[str, object] = {}
    for name, raw in row.items():
        text = (raw or "").strip()
        if name == "id" or not text:
            continue
        values[name] = _cell(types[name], name, text)
    return values


def _dialect(text: str) -> str:
    header = text.splitlines()[0] if text else ""
    return ";" if header.count(";") > header.count(",") else ","


def _rows(reader: csv.DictReader[str], report: ImportReport) -> Iterator[dict[str, str]]:
    """The rows; a line the csv module cannot read (a cell over its size limit) ends the file
    with an error instead of a traceback."""
    try:
        yield from reader
    except csv.Error as error:
        report.errors.append(RowError(reader.line_num, f"cannot be read as CSV: {error}"))


def read_cooperatives(
    text: str, catalog: RegionCatalog, existing_villages: dict[str, str]
) -> ImportReport:
    report = ImportReport()
    # CR LF (a Windows spreadsheet) and a lone CR (old Mac files) both end a line.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    reader = csv.DictReader(io.StringIO(text), delimiter=_dialect(text))
    header = [name.strip() for name in reader.fieldnames or []]
    reader.fieldnames = header
    unknown = [name for name in header if name not in COLUMNS]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if unknown or missing:
        problems = [f"unknown column {name!r}" for name in unknown]
        problems += [f"missing column {name!r}" for name in missing]
        report.errors.append(RowError(1, "; ".join(problems)))
        return report
    types = codec.field_types(Cooperative)
    context = ValidationContext(today=today_in_indonesia(), village_exists=catalog.village_exists)
    seen: dict[str, int] = {}
    for row in _rows(reader, report):
        line = reader.line_num
        if None in row:
            report.errors.append(RowError(line, "more cells than columns"))
            continue
        try:
            values = _parse_row(row, types)
            record_id = (row.get("id") or "").strip() or new_id()
            if not is_valid_id(record_id):
                raise codec.FieldDecodeError("id", "must be a UUID")
            cooperative = codec.decode(Cooperative, {"id": record_id, **values})
        except codec.FieldDecodeError as error:
            report.errors.append(RowError(line, f"{error.field}: {error.reason}"))
            continue
        issues = validate_cooperative(cooperative, Level.SUBMIT, context)
        if issues:
            reasons = ", ".join(f"{i.field}: {i.code.value}" for i in issues)
            report.errors.append(RowError(line, reasons))
            continue
        village = cooperative.village_code
        if village in seen:
            report.errors.append(
                RowError(line, f"village_code: {village} already used on line {seen[village]}")
            )
            continue
        if village in existing_villages:
            report.errors.append(
                RowError(
                    line,
                    f"village_code: {village} already has cooperative {existing_villages[village]}",
                )
            )
            continue
        seen[village] = line
        report.cooperatives.append(cooperative)
    return report


def existing_villages(session: Session) -> dict[str, str]:
    """Village code → the live cooperative that holds it (one per village)."""
    rows = session.execute(
        select(RecordRow.village_code, RecordRow.record_id).where(
            RecordRow.record_type == RecordType.COOPERATIVE.value,
            RecordRow.deleted.is_(False),
            RecordRow.village_code.is_not(None),
        )
    )
    return {str(village): record_id for village, record_id in rows}


def add_cooperatives(session: Session, cooperatives: Iterable[Cooperative]) -> int:
    """Insert cooperatives as the admin, in one version."""
    batch = WriteBatch(session, user_id=None, client_id="admin")
    count = 0
    for cooperative in cooperatives:
        row = RecordRow(
            record_id=cooperative.id,
            record_type=RecordType.COOPERATIVE.value,
            cooperative_id=cooperative.id,
            parent_id=None,
            author_id=None,
            kabupaten_code=kabupaten_of_village(cooperative.village_code),
            village_code=cooperative.village_code or None,
            data={},
            field_meta={},
            version=PENDING,
            deleted=False,
            created_at=now(),
            updated_at=now(),
        )
        session.add(row)
        batch.write_fields(row, normalised(cooperative))
        count += 1
    if count:
        batch.finish()
    return count


def import_file(
    session: Session, catalog: RegionCatalog, path: Path, *, skip_invalid: bool
) -> ImportReport:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return ImportReport(errors=[RowError(line, "the file is not UTF-8 text; save it as UTF-8")])
    report = read_cooperatives(text, catalog, existing_villages(session))
    if report.errors and not skip_invalid:
        return report
    report.imported = add_cooperatives(session, report.cooperatives)
    return report
