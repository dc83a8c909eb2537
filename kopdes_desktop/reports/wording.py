"""Indonesian wording of reports and exports.

Reports and spreadsheets are documents handed to the Dinas Koperasi, so they are always in
Bahasa Indonesia whatever language the screens use. The enum labels repeat the Indonesian
translations of ``ui/labels.py``; tests/reports/test_wording.py keeps the two the same.
"""

from __future__ import annotations

from enum import StrEnum

from kopdes_desktop.domain.coverage_map import (
    CountClass,
    StatusClass,
    VisitRecency,
)
from kopdes_desktop.domain.enums import (
    BusinessUnitStatus,
    BusinessUnitType,
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

# Per enum type: members of different enums may share a value ("operating", "other").
LABELS: dict[type[StrEnum], dict[StrEnum, str]] = {
    FormationModel: {
        FormationModel.NEW: "Baru",
        FormationModel.DEVELOPMENT: "Pengembangan",
        FormationModel.REVITALISATION: "Revitalisasi",
    },
    OperationalStatus: {
        OperationalStatus.NOT_OPERATING: "Belum beroperasi",
        OperationalStatus.PREPARING: "Persiapan",
        OperationalStatus.OPERATING: "Beroperasi",
        OperationalStatus.STOPPED: "Berhenti",
    },
    HealthRating: {
        HealthRating.HEALTHY: "Sehat",
        HealthRating.FAIRLY_HEALTHY: "Cukup sehat",
        HealthRating.UNHEALTHY: "Tidak sehat",
    },
    BusinessUnitType: {
        BusinessUnitType.OFFICE: "Kantor koperasi",
        BusinessUnitType.GROCERY: "Gerai sembako",
        BusinessUnitType.SAVINGS_AND_LOANS: "Simpan pinjam",
        BusinessUnitType.VILLAGE_CLINIC: "Klinik desa",
        BusinessUnitType.PHARMACY: "Apotek desa / gerai obat",
        BusinessUnitType.WAREHOUSE: "Gudang / cold storage",
        BusinessUnitType.LOGISTICS: "Logistik",
        BusinessUnitType.LPG_DEPOT: "Pangkalan LPG",
        BusinessUnitType.FERTILISER_KIOSK: "Kios pupuk",
        BusinessUnitType.BANKING_AGENT: "Agen Laku Pandai / BRILink",
        BusinessUnitType.PRODUCE_OFFTAKER: "Offtaker hasil bumi",
        BusinessUnitType.LOCAL_POTENTIAL: "Usaha potensi lokal",
    },
    BusinessUnitStatus: {
        BusinessUnitStatus.NOT_STARTED: "Belum dimulai",
        BusinessUnitStatus.PREPARING: "Persiapan",
        BusinessUnitStatus.OPERATING: "Beroperasi",
        BusinessUnitStatus.STOPPED: "Berhenti",
    },
    TravelMode: {
        TravelMode.ROAD: "Jalan darat",
        TravelMode.RIVER: "Sungai",
        TravelMode.OTHER: "Lainnya",
    },
    GpsSource: {
        GpsSource.DEVICE: "GPS laptop",
        GpsSource.PHOTO: "Foto",
        GpsSource.MANUAL: "Diketik",
    },
    PersonMet: {
        PersonMet.PENGURUS: "Pengurus",
        PersonMet.PENGAWAS: "Pengawas",
        PersonMet.VILLAGE_HEAD: "Kepala desa",
        PersonMet.MEMBERS: "Anggota",
    },
    VisitPurpose: {
        VisitPurpose.INSTITUTIONAL: "Kelembagaan",
        VisitPurpose.SIMKOPDES_UPDATE: "Pembaruan SIMKOPDES",
        VisitPurpose.LEGAL_DOCUMENTS: "Dokumen legal",
        VisitPurpose.BUSINESS_PLAN: "Rencana bisnis / proposal",
        VisitPurpose.GERAI_READINESS: "Kesiapan gerai / lahan",
        VisitPurpose.OPERATIONS_BOOKKEEPING: "Operasional dan pembukuan",
        VisitPurpose.PARTNERSHIP: "Kemitraan",
        VisitPurpose.TRAINING: "Pelatihan",
        VisitPurpose.MONITORING: "Monitoring",
        VisitPurpose.OTHER: "Lainnya",
    },
    VisitStatus: {
        VisitStatus.DRAFT: "Draf",
        VisitStatus.SUBMITTED: "Diajukan",
        VisitStatus.APPROVED: "Disetujui",
        VisitStatus.NEEDS_REVISION: "Perlu revisi",
        VisitStatus.RESUBMITTED: "Diajukan ulang",
    },
    Sector: {
        Sector.FOOD_CROPS: "Pertanian tanaman pangan",
        Sector.HORTICULTURE: "Hortikultura",
        Sector.PLANTATION: "Perkebunan",
        Sector.LIVESTOCK: "Peternakan",
        Sector.CAPTURE_FISHERIES: "Perikanan tangkap",
        Sector.AQUACULTURE: "Perikanan budidaya",
        Sector.FORESTRY: "Kehutanan / HHBK",
        Sector.PROCESSING: "Industri pengolahan",
        Sector.CRAFTS: "Kerajinan dan ekonomi kreatif",
        Sector.TRADE: "Perdagangan / sembako",
        Sector.FINANCIAL_SERVICES: "Jasa keuangan",
        Sector.HEALTH: "Kesehatan",
        Sector.LOGISTICS: "Logistik dan pergudangan",
        Sector.ENERGY: "Energi",
        Sector.TOURISM: "Pariwisata",
        Sector.OTHER: "Lainnya",
    },
    OpportunityNeed: {
        OpportunityNeed.FINANCING: "Pembiayaan",
        OpportunityNeed.TRAINING: "Pelatihan",
        OpportunityNeed.EQUIPMENT: "Peralatan",
        OpportunityNeed.PERMITS: "Perizinan",
        OpportunityNeed.MARKET: "Akses pasar",
    },
    Priority: {
        Priority.LOW: "Rendah",
        Priority.MEDIUM: "Sedang",
        Priority.HIGH: "Tinggi",
    },
    OpportunityStatus: {
        OpportunityStatus.IDEA: "Ide",
        OpportunityStatus.ASSESSED: "Sudah dikaji",
        OpportunityStatus.IN_PROGRESS: "Berjalan",
        OpportunityStatus.REALISED: "Terwujud",
        OpportunityStatus.DROPPED: "Dibatalkan",
    },
    VisitRecency: {
        VisitRecency.RECENT: "Dikunjungi dalam 30 hari terakhir",
        VisitRecency.DAYS_30: "30–59 hari lalu",
        VisitRecency.DAYS_60: "60–89 hari lalu",
        VisitRecency.DAYS_90: "90 hari atau lebih, atau belum pernah",
    },
    CountClass: {
        CountClass.NONE: "Tidak ada",
        CountClass.ONE: "1",
        CountClass.SOME: "2–3",
        CountClass.MANY: "4 atau lebih",
    },
    StatusClass: {
        StatusClass.NOT_RECORDED: "Belum dicatat",
        StatusClass.MIXED: "Campuran (beberapa koperasi)",
    },
}

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
NOT_RECORDED = "Belum dicatat"


def label(value: StrEnum | None) -> str:
    if value is None:
        return ""
    return LABELS.get(type(value), {}).get(value, value.value)


def labels(values: tuple[StrEnum, ...]) -> str:
    return ", ".join(label(value) for value in values)


def page_number(page: int, pages: int) -> str:
    """The footer of every report page."""
    return f"Halaman {page} dari {pages}"
