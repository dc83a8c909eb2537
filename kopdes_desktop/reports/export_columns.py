"""The columns of each spreadsheet export: Indonesian header, kind of value, width, source.

One list per dataset serves both XLSX and CSV, so the two files always agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from enum import Enum, StrEnum
from typing import Any

from kopdes_desktop.domain.enums import (
    FormationModel,
    GpsSource,
    HealthRating,
    OperationalStatus,
    OpportunityNeed,
    OpportunityStatus,
    PersonMet,
    Priority,
    Sector,
    TravelMode,
    VisitPurpose,
    VisitStatus,
)
from kopdes_desktop.domain.reporting import ExportDataset, created_at_of
from kopdes_desktop.reports import wording
from kopdes_desktop.reports.formatting import local_date

Row = dict[str, Any]


class Kind(Enum):
    TEXT = "text"
    DATE = "date"
    TIME = "time"
    INTEGER = "integer"
    RUPIAH = "rupiah"
    DECIMAL = "decimal"


@dataclass(frozen=True, slots=True)
class ExportColumn:
    header: str
    kind: Kind
    width: int  # characters
    value: Callable[[Row], Any]  # a str, date, time, int, float or None


def _text(key: str) -> Callable[[Row], Any]:
    return lambda row: row.get(key) or ""


def _plain(key: str) -> Callable[[Row], Any]:
    return lambda row: row.get(key)


def _date(key: str) -> Callable[[Row], Any]:
    return lambda row: date.fromisoformat(row[key]) if row.get(key) else None


def _time(key: str) -> Callable[[Row], Any]:
    return lambda row: time.fromisoformat(row[key]) if row.get(key) else None


def _label(key: str, enum: type[StrEnum]) -> Callable[[Row], Any]:
    def label(row: Row) -> str:
        value = row.get(key)
        try:
            return wording.label(enum(value)) if value else ""
        except ValueError:
            return str(value)

    return label


def _labels(key: str, enum: type[StrEnum]) -> Callable[[Row], Any]:
    def labels(row: Row) -> str:
        values = row.get(key) or []
        if isinstance(values, str):  # a JSON list read as text by an older driver
            values = json.loads(values)
        known = [enum(v) for v in values if v in enum._value2member_map_]
        return wording.labels(tuple(known))

    return labels


def _yes_no(key: str) -> Callable[[Row], Any]:
    def yes_no(row: Row) -> str:
        value = row.get(key)
        return "" if value is None else ("Ya" if value else "Tidak")

    return yes_no


def _made_on(row: Row) -> date | None:
    return local_date(created_at_of(str(row.get("id", ""))))


COOPERATIVE_COLUMNS = (
    ExportColumn("Nama koperasi", Kind.TEXT, 40, _text("name")),
    ExportColumn("Kode desa", Kind.TEXT, 14, _text("village_code")),
    ExportColumn("Desa/Kelurahan", Kind.TEXT, 22, _text("village_name")),
    ExportColumn("Kecamatan", Kind.TEXT, 20, _text("kecamatan_name")),
    ExportColumn("Kabupaten/Kota", Kind.TEXT, 24, _text("kabupaten_name")),
    ExportColumn(
        "Status operasional", Kind.TEXT, 18, _label("operational_status", OperationalStatus)
    ),
    ExportColumn("Model pembentukan", Kind.TEXT, 16, _label("formation_model", FormationModel)),
    ExportColumn("Jumlah anggota", Kind.INTEGER, 10, _plain("member_count")),
    ExportColumn("Simpanan pokok (Rp)", Kind.RUPIAH, 16, _plain("simpanan_pokok")),
    ExportColumn("Simpanan wajib (Rp)", Kind.RUPIAH, 16, _plain("simpanan_wajib")),
    ExportColumn("Nomor akta pendirian", Kind.TEXT, 18, _text("akta_number")),
    ExportColumn("Tanggal akta", Kind.DATE, 13, _date("akta_date")),
    ExportColumn("Notaris", Kind.TEXT, 22, _text("akta_notary")),
    ExportColumn("Nomor SK AHU", Kind.TEXT, 22, _text("sk_ahu_number")),
    ExportColumn("Tanggal SK AHU", Kind.DATE, 13, _date("sk_ahu_date")),
    ExportColumn("Nomor induk koperasi", Kind.TEXT, 18, _text("cooperative_reg_number")),
    ExportColumn("NIB", Kind.TEXT, 16, _text("nib")),
    ExportColumn("NPWP", Kind.TEXT, 20, _text("npwp")),
    ExportColumn("Rekening bank", Kind.TEXT, 9, _yes_no("has_bank_account")),
    ExportColumn("Bank", Kind.TEXT, 16, _text("bank_name")),
    ExportColumn("RAT terakhir (tahun)", Kind.INTEGER, 10, _plain("last_rat_year")),
    ExportColumn("Kesehatan", Kind.TEXT, 13, _label("health_rating", HealthRating)),
    ExportColumn("Profil SIMKOPDES diperbarui", Kind.TEXT, 10, _yes_no("simkopdes_updated")),
    ExportColumn("Kunjungan terakhir", Kind.DATE, 13, _date("last_visit")),
    ExportColumn("Telepon", Kind.TEXT, 15, _text("phone")),
    ExportColumn("Alamat", Kind.TEXT, 30, _text("address")),
    ExportColumn("Lintang", Kind.DECIMAL, 11, _plain("latitude")),
    ExportColumn("Bujur", Kind.DECIMAL, 11, _plain("longitude")),
    ExportColumn("Catatan", Kind.TEXT, 40, _text("notes")),
    ExportColumn("ID", Kind.TEXT, 38, _text("id")),
)

VISIT_COLUMNS = (
    ExportColumn("Tanggal kunjungan", Kind.DATE, 13, _date("visit_date")),
    ExportColumn("Koperasi", Kind.TEXT, 40, _text("cooperative_name")),
    ExportColumn("Desa/Kelurahan", Kind.TEXT, 22, _text("village_name")),
    ExportColumn("Kabupaten/Kota", Kind.TEXT, 24, _text("kabupaten_name")),
    ExportColumn("Pendamping", Kind.TEXT, 22, _text("author_name")),
    ExportColumn("Status", Kind.TEXT, 14, _label("status", VisitStatus)),
    ExportColumn("Mulai", Kind.TIME, 8, _time("start_time")),
    ExportColumn("Selesai", Kind.TIME, 8, _time("end_time")),
    ExportColumn("Transportasi", Kind.TEXT, 12, _label("travel_mode", TravelMode)),
    ExportColumn("Pihak yang ditemui", Kind.TEXT, 28, _labels("people_met", PersonMet)),
    ExportColumn("Jumlah orang", Kind.INTEGER, 9, _plain("people_count")),
    ExportColumn("Tujuan", Kind.TEXT, 36, _labels("purposes", VisitPurpose)),
    ExportColumn("Temuan", Kind.TEXT, 50, _text("findings")),
    ExportColumn("Masalah", Kind.TEXT, 40, _text("problems")),
    ExportColumn("Tindak lanjut disepakati", Kind.INTEGER, 10, _plain("action_count")),
    ExportColumn("Rencana kunjungan berikut", Kind.TEXT, 36, _text("next_visit_plan")),
    ExportColumn("Tanggal kunjungan berikut", Kind.DATE, 13, _date("next_visit_date")),
    ExportColumn("Lintang", Kind.DECIMAL, 11, _plain("latitude")),
    ExportColumn("Bujur", Kind.DECIMAL, 11, _plain("longitude")),
    ExportColumn("Sumber lokasi", Kind.TEXT, 12, _label("gps_source", GpsSource)),
    ExportColumn("ID", Kind.TEXT, 38, _text("id")),
)

OPPORTUNITY_COLUMNS = (
    ExportColumn("Judul", Kind.TEXT, 32, _text("title")),
    ExportColumn("Koperasi", Kind.TEXT, 40, _text("cooperative_name")),
    ExportColumn("Kabupaten/Kota", Kind.TEXT, 24, _text("kabupaten_name")),
    ExportColumn("Sektor", Kind.TEXT, 26, _label("sector", Sector)),
    ExportColumn("Komoditas", Kind.TEXT, 20, _text("commodity")),
    ExportColumn("Uraian", Kind.TEXT, 50, _text("description")),
    ExportColumn("Perkiraan volume", Kind.DECIMAL, 12, _plain("volume")),
    ExportColumn("Satuan", Kind.TEXT, 12, _text("volume_unit")),
    ExportColumn("Modal dibutuhkan (Rp)", Kind.RUPIAH, 18, _plain("capital_needed")),
    ExportColumn("Perkiraan omzet per bulan (Rp)", Kind.RUPIAH, 18, _plain("monthly_revenue")),
    ExportColumn("Offtaker/mitra", Kind.TEXT, 24, _text("offtaker")),
    ExportColumn("Kebutuhan", Kind.TEXT, 30, _labels("needs", OpportunityNeed)),
    ExportColumn("Prioritas", Kind.TEXT, 10, _label("priority", Priority)),
    ExportColumn("Status", Kind.TEXT, 13, _label("status", OpportunityStatus)),
    ExportColumn("Pendamping", Kind.TEXT, 22, _text("author_name")),
    ExportColumn("Dicatat", Kind.DATE, 13, _made_on),
    ExportColumn("ID", Kind.TEXT, 38, _text("id")),
)

COLUMNS: dict[ExportDataset, tuple[ExportColumn, ...]] = {
    ExportDataset.COOPERATIVES: COOPERATIVE_COLUMNS,
    ExportDataset.VISITS: VISIT_COLUMNS,
    ExportDataset.OPPORTUNITIES: OPPORTUNITY_COLUMNS,
}

SHEET_TITLES = {
    ExportDataset.COOPERATIVES: "Koperasi",
    ExportDataset.VISITS: "Kunjungan",
    ExportDataset.OPPORTUNITIES: "Peluang usaha",
}
