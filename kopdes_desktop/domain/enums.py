"""Every enumeration of the product, as code.

Values are stable identifiers stored in databases and sent over the wire: never rename one.
Labels shown to people live in the UI (``kopdes_desktop.ui.labels``) so they can be translated.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    BA = "ba"
    PMO = "pmo"
    ADMIN = "admin"


class FormationModel(StrEnum):
    NEW = "baru"
    DEVELOPMENT = "pengembangan"
    REVITALISATION = "revitalisasi"


class OperationalStatus(StrEnum):
    NOT_OPERATING = "not_operating"
    PREPARING = "preparing"
    OPERATING = "operating"
    STOPPED = "stopped"


class HealthRating(StrEnum):
    HEALTHY = "sehat"
    FAIRLY_HEALTHY = "cukup_sehat"
    UNHEALTHY = "tidak_sehat"


class OfficerBody(StrEnum):
    """Which organ of the cooperative an officer sits on."""

    PENGURUS = "pengurus"
    PENGAWAS = "pengawas"


class OfficerRole(StrEnum):
    CHAIR = "ketua"
    VICE_CHAIR = "wakil_ketua"
    SECRETARY = "sekretaris"
    TREASURER = "bendahara"
    MEMBER = "anggota"


class Gender(StrEnum):
    MALE = "L"
    FEMALE = "P"


class BusinessUnitType(StrEnum):
    OFFICE = "kantor_koperasi"
    GROCERY = "gerai_sembako"
    SAVINGS_AND_LOANS = "simpan_pinjam"
    VILLAGE_CLINIC = "klinik_desa"
    PHARMACY = "apotek_desa"
    WAREHOUSE = "gudang_cold_storage"
    LOGISTICS = "logistik"
    LPG_DEPOT = "pangkalan_lpg"
    FERTILISER_KIOSK = "kios_pupuk"
    BANKING_AGENT = "agen_laku_pandai"
    PRODUCE_OFFTAKER = "offtaker_hasil_bumi"
    LOCAL_POTENTIAL = "usaha_potensi_lokal"


class BusinessUnitStatus(StrEnum):
    NOT_STARTED = "not_started"
    PREPARING = "preparing"
    OPERATING = "operating"
    STOPPED = "stopped"


class GeraiLandStatus(StrEnum):
    NOT_IDENTIFIED = "not_identified"
    IDENTIFIED = "identified"
    SECURED = "secured"


class ConstructionStage(StrEnum):
    NOT_STARTED = "not_started"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class TravelMode(StrEnum):
    ROAD = "road"
    RIVER = "river"
    OTHER = "other"


class GpsSource(StrEnum):
    """Where a visit's coordinates came from (``domain/position.py``). None: not known (a visit
    saved before the field existed, or a position moved by a laptop that does not know it)."""

    DEVICE = "device"  # the laptop's own location (no form offers it yet; kept for clients)
    PHOTO = "photo"  # the GPS a photo's EXIF recorded
    MANUAL = "manual"  # typed in


class PersonMet(StrEnum):
    PENGURUS = "pengurus"
    PENGAWAS = "pengawas"
    VILLAGE_HEAD = "kepala_desa"
    MEMBERS = "anggota"


class VisitPurpose(StrEnum):
    INSTITUTIONAL = "kelembagaan"
    SIMKOPDES_UPDATE = "simkopdes_update"
    LEGAL_DOCUMENTS = "legal_documents"
    BUSINESS_PLAN = "business_plan"
    GERAI_READINESS = "gerai_readiness"
    OPERATIONS_BOOKKEEPING = "operations_bookkeeping"
    PARTNERSHIP = "partnership"
    TRAINING = "training"
    MONITORING = "monitoring"
    OTHER = "other"


class VisitStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    NEEDS_REVISION = "needs_revision"
    RESUBMITTED = "resubmitted"

    @property
    def editable_by_author(self) -> bool:
        """A BA may change a visit only before submitting it or after it was sent back."""
        return self in (VisitStatus.DRAFT, VisitStatus.NEEDS_REVISION)

    @property
    def awaiting_review(self) -> bool:
        return self in (VisitStatus.SUBMITTED, VisitStatus.RESUBMITTED)


class Sector(StrEnum):
    FOOD_CROPS = "pertanian_tanaman_pangan"
    HORTICULTURE = "hortikultura"
    PLANTATION = "perkebunan"
    LIVESTOCK = "peternakan"
    CAPTURE_FISHERIES = "perikanan_tangkap"
    AQUACULTURE = "perikanan_budidaya"
    FORESTRY = "kehutanan_hhbk"
    PROCESSING = "industri_pengolahan"
    CRAFTS = "kerajinan_ekonomi_kreatif"
    TRADE = "perdagangan_sembako"
    FINANCIAL_SERVICES = "jasa_keuangan"
    HEALTH = "kesehatan"
    LOGISTICS = "logistik_pergudangan"
    ENERGY = "energi"
    TOURISM = "pariwisata"
    OTHER = "lainnya"


class OpportunityNeed(StrEnum):
    FINANCING = "financing"
    TRAINING = "training"
    EQUIPMENT = "equipment"
    PERMITS = "permits"
    MARKET = "market"


class Priority(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class OpportunityStatus(StrEnum):
    IDEA = "idea"
    ASSESSED = "assessed"
    IN_PROGRESS = "in_progress"
    REALISED = "realised"
    DROPPED = "dropped"


# Suggestions only: the commodity field accepts free entry.
KALBAR_COMMODITIES: tuple[str, ...] = (
    "karet",
    "kelapa sawit (TBS)",
    "lada",
    "kopi liberika/excelsa",
    "kelapa",
    "kakao",
    "pinang",
    "kratom",
    "madu kelulut",
    "rotan",
    "tengkawang",
    "padi/beras",
    "jagung",
    "kedelai",
    "kacang hijau",
    "jeruk",
    "durian",
    "nanas",
    "sayuran",
    "ikan air tawar",
    "ikan sungai/danau",
    "arwana",
    "udang",
    "kepiting",
    "rumput laut",
    "ternak",
    "tenun ikat",
    "tenun Sambas",
    "anyaman rotan",
    "manik-manik",
)
