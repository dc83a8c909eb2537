"""The records BAs and PMOs keep, as plain immutable data.

Each class is one synced row: child lists (officers, business units, agreed actions, photos,
review comments) are rows of their own with their own ids, so two laptops editing different
children of one cooperative never collide. ``*Detail`` classes bundle a parent with its children
for screens and validation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from kopdes_desktop.domain.enums import (
    BusinessUnitStatus,
    BusinessUnitType,
    ConstructionStage,
    FormationModel,
    Gender,
    GeraiLandStatus,
    GpsSource,
    HealthRating,
    OfficerBody,
    OfficerRole,
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


class RecordType(StrEnum):
    """Names of the synced record types, as used in the outbox and on the wire."""

    COOPERATIVE = "cooperative"
    OFFICER = "officer"
    BUSINESS_UNIT = "business_unit"
    VISIT = "visit"
    AGREED_ACTION = "agreed_action"
    REVIEW_COMMENT = "review_comment"
    OPPORTUNITY = "opportunity"
    PHOTO = "photo"
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class SyncRecord:
    """Base of every synced record: an id made on the device, never remapped."""

    id: str


@dataclass(frozen=True, slots=True)
class Cooperative(SyncRecord):
    name: str = ""
    village_code: str = ""
    address: str = ""
    phone: str = ""
    latitude: float | None = None
    longitude: float | None = None
    formation_model: FormationModel | None = None
    operational_status: OperationalStatus | None = None
    akta_number: str = ""
    akta_date: date | None = None
    akta_notary: str = ""
    sk_ahu_number: str = ""
    sk_ahu_date: date | None = None
    cooperative_reg_number: str = ""  # nomor induk koperasi
    nib: str = ""
    npwp: str = ""
    has_bank_account: bool | None = None
    bank_name: str = ""
    member_count: int | None = None
    simpanan_pokok: int | None = None  # Rupiah per member, whole rupiah
    simpanan_wajib: int | None = None
    gerai_land_status: GeraiLandStatus | None = None
    gerai_construction: ConstructionStage | None = None
    last_rat_year: int | None = None
    health_rating: HealthRating | None = None
    simkopdes_updated: bool | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Officer(SyncRecord):
    """A member of the pengurus (board) or pengawas (supervisory board)."""

    cooperative_id: str
    body: OfficerBody = OfficerBody.PENGURUS
    name: str = ""
    role: OfficerRole | None = None
    phone: str = ""
    gender: Gender | None = None


@dataclass(frozen=True, slots=True)
class BusinessUnit(SyncRecord):
    cooperative_id: str
    unit_type: BusinessUnitType = BusinessUnitType.OFFICE
    status: BusinessUnitStatus = BusinessUnitStatus.NOT_STARTED
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Visit(SyncRecord):
    cooperative_id: str
    author_id: str = ""
    visit_date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    latitude: float | None = None
    longitude: float | None = None
    gps_source: GpsSource | None = None  # where latitude/longitude came from (domain/position)
    travel_mode: TravelMode | None = None
    people_met: tuple[PersonMet, ...] = ()
    people_count: int | None = None
    purposes: tuple[VisitPurpose, ...] = ()
    findings: str = ""
    problems: str = ""
    next_visit_plan: str = ""
    next_visit_date: date | None = None
    status: VisitStatus = VisitStatus.DRAFT


@dataclass(frozen=True, slots=True)
class AgreedAction(SyncRecord):
    visit_id: str
    description: str = ""
    owner: str = ""
    due_date: date | None = None
    done: bool = False


@dataclass(frozen=True, slots=True)
class ReviewComment(SyncRecord):
    """One review decision on a visit. Written by the server when it accepts a review intent."""

    visit_id: str
    author_name: str = ""
    created_at: datetime | None = None
    from_status: VisitStatus | None = None
    to_status: VisitStatus | None = None
    comment: str = ""


@dataclass(frozen=True, slots=True)
class Opportunity(SyncRecord):
    cooperative_id: str
    author_id: str = ""
    title: str = ""
    sector: Sector | None = None
    commodity: str = ""
    description: str = ""
    volume: float | None = None
    volume_unit: str = ""
    capital_needed: int | None = None  # Rupiah
    monthly_revenue: int | None = None  # Rupiah
    offtaker: str = ""
    needs: tuple[OpportunityNeed, ...] = ()
    priority: Priority | None = None
    status: OpportunityStatus = OpportunityStatus.IDEA


@dataclass(frozen=True, slots=True)
class Photo(SyncRecord):
    """A photo attached to a visit or opportunity, linked by the hash of its resized bytes."""

    parent_id: str
    sha256: str = ""
    caption: str = ""
    taken_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class FieldConflict(SyncRecord):
    """Two people changed the same field of a shared record; one value was kept by the rule.

    Created by the server and synced to both editors and their PMO, who can settle it.
    """

    record_type: str = ""
    record_id: str = ""
    field_name: str = ""
    kept_value: str = ""  # JSON text of the value the rule kept
    other_value: str = ""  # JSON text of the value that lost
    kept_author: str = ""
    other_author: str = ""
    created_at: datetime | None = None
    resolved: bool = False
    # A clash of a position's coordinate: the whole position on each side, as JSON text of
    # {"latitude", "longitude", "gps_source"} (domain/position.py). "" on other clashes and on
    # conflicts recorded by an earlier server.
    kept_position: str = ""
    other_position: str = ""


@dataclass(frozen=True, slots=True)
class Person:
    """Someone of the area, as the server's directory names them."""

    user_id: str
    full_name: str
    role: str
    active: bool = True


@dataclass(frozen=True, slots=True)
class CooperativeAssignment:
    """A BA coaches a cooperative."""

    user_id: str
    cooperative_id: str


@dataclass(frozen=True, slots=True)
class AreaAssignment:
    """A PMO supervises a kabupaten/kota."""

    user_id: str
    kabupaten_code: str


@dataclass(frozen=True, slots=True)
class CooperativeDetail:
    cooperative: Cooperative
    officers: tuple[Officer, ...] = ()
    business_units: tuple[BusinessUnit, ...] = ()


@dataclass(frozen=True, slots=True)
class VisitDetail:
    visit: Visit
    actions: tuple[AgreedAction, ...] = ()
    photos: tuple[Photo, ...] = ()
    review_comments: tuple[ReviewComment, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class OpportunityDetail:
    opportunity: Opportunity
    photos: tuple[Photo, ...] = ()


Record = SyncRecord

RECORD_CLASSES: dict[RecordType, type[Record]] = {
    RecordType.COOPERATIVE: Cooperative,
    RecordType.OFFICER: Officer,
    RecordType.BUSINESS_UNIT: BusinessUnit,
    RecordType.VISIT: Visit,
    RecordType.AGREED_ACTION: AgreedAction,
    RecordType.REVIEW_COMMENT: ReviewComment,
    RecordType.OPPORTUNITY: Opportunity,
    RecordType.PHOTO: Photo,
    RecordType.CONFLICT: FieldConflict,
}


def record_type_of(record: Record) -> RecordType:
    for record_type, cls in RECORD_CLASSES.items():
        if type(record) is cls:
            return record_type
    raise TypeError(f"not a synced record: {type(record).__name__}")
