"""Translated labels of the stored enum values (the values themselves never change).

Each label is a literal ``translate`` call so Qt's lupdate can find it; ``label(value)`` looks
any enum member up, and ``choices(EnumType)`` lists (label, value) pairs for combo boxes.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.coverage_map import (
    CountClass,
    EmptyVillage,
    StatusClass,
    VisitRecency,
)
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
from kopdes_desktop.ui.formatting import format_coordinate

E = TypeVar("E", bound=StrEnum)
translate = QCoreApplication.translate


def _formation_model() -> dict[StrEnum, str]:
    return {
        FormationModel.NEW: translate("Labels", "New"),
        FormationModel.DEVELOPMENT: translate("Labels", "Development"),
        FormationModel.REVITALISATION: translate("Labels", "Revitalisation"),
    }


def _operational_status() -> dict[StrEnum, str]:
    return {
        OperationalStatus.NOT_OPERATING: translate("Labels", "Not operating"),
        OperationalStatus.PREPARING: translate("Labels", "Preparing"),
        OperationalStatus.OPERATING: translate("Labels", "Operating"),
        OperationalStatus.STOPPED: translate("Labels", "Stopped"),
    }


def _health_rating() -> dict[StrEnum, str]:
    return {
        HealthRating.HEALTHY: translate("Labels", "Healthy"),
        HealthRating.FAIRLY_HEALTHY: translate("Labels", "Fairly healthy"),
        HealthRating.UNHEALTHY: translate("Labels", "Unhealthy"),
    }


def _officer_body() -> dict[StrEnum, str]:
    return {
        OfficerBody.PENGURUS: translate("Labels", "Board (pengurus)"),
        OfficerBody.PENGAWAS: translate("Labels", "Supervisors (pengawas)"),
    }


def _officer_role() -> dict[StrEnum, str]:
    return {
        OfficerRole.CHAIR: translate("Labels", "Chair"),
        OfficerRole.VICE_CHAIR: translate("Labels", "Vice chair"),
        OfficerRole.SECRETARY: translate("Labels", "Secretary"),
        OfficerRole.TREASURER: translate("Labels", "Treasurer"),
        OfficerRole.MEMBER: translate("Labels", "Member"),
    }


def _gender() -> dict[StrEnum, str]:
    return {
        Gender.MALE: translate("Labels", "Male"),
        Gender.FEMALE: translate("Labels", "Female"),
    }


def _business_unit_type() -> dict[StrEnum, str]:
    return {
        BusinessUnitType.OFFICE: translate("Labels", "Cooperative office"),
        BusinessUnitType.GROCERY: translate("Labels", "Grocery outlet (sembako)"),
        BusinessUnitType.SAVINGS_AND_LOANS: translate("Labels", "Savings and loans"),
        BusinessUnitType.VILLAGE_CLINIC: translate("Labels", "Village clinic"),
        BusinessUnitType.PHARMACY: translate("Labels", "Village pharmacy / drug outlet"),
        BusinessUnitType.WAREHOUSE: translate("Labels", "Warehouse / cold storage"),
        BusinessUnitType.LOGISTICS: translate("Labels", "Logistics"),
        BusinessUnitType.LPG_DEPOT: translate("Labels", "LPG depot"),
        BusinessUnitType.FERTILISER_KIOSK: translate("Labels", "Fertiliser kiosk"),
        BusinessUnitType.BANKING_AGENT: translate(
            "Labels", "Banking agent (Laku Pandai / BRILink)"
        ),
        BusinessUnitType.PRODUCE_OFFTAKER: translate("Labels", "Farm produce offtaker"),
        BusinessUnitType.LOCAL_POTENTIAL: translate("Labels", "Local potential business"),
    }


def _business_unit_status() -> dict[StrEnum, str]:
    return {
        BusinessUnitStatus.NOT_STARTED: translate("Labels", "Not started"),
        BusinessUnitStatus.PREPARING: translate("Labels", "Preparing"),
        BusinessUnitStatus.OPERATING: translate("Labels", "Operating"),
        BusinessUnitStatus.STOPPED: translate("Labels", "Stopped"),
    }


def _gerai_land_status() -> dict[StrEnum, str]:
    return {
        GeraiLandStatus.NOT_IDENTIFIED: translate("Labels", "Not identified"),
        GeraiLandStatus.IDENTIFIED: translate("Labels", "Identified"),
        GeraiLandStatus.SECURED: translate("Labels", "Secured"),
    }


def _construction_stage() -> dict[StrEnum, str]:
    return {
        ConstructionStage.NOT_STARTED: translate("Labels", "Not started"),
        ConstructionStage.PLANNED: translate("Labels", "Planned"),
        ConstructionStage.IN_PROGRESS: translate("Labels", "Under construction"),
        ConstructionStage.COMPLETED: translate("Labels", "Completed"),
    }


def _travel_mode() -> dict[StrEnum, str]:
    return {
        TravelMode.ROAD: translate("Labels", "Road"),
        TravelMode.RIVER: translate("Labels", "River"),
        TravelMode.OTHER: translate("Labels", "Other"),
    }


def _gps_source() -> dict[StrEnum, str]:
    return {
        GpsSource.DEVICE: translate("Labels", "Laptop GPS"),
        GpsSource.PHOTO: translate("Labels", "Photo"),
        GpsSource.MANUAL: translate("Labels", "Typed"),
    }


def position_source_note(source: GpsSource) -> str:
    """Where coordinates came from, as a note beside them (the form, Tinjauan)."""
    return {
        GpsSource.DEVICE: translate("Labels", "taken from the laptop's location"),
        GpsSource.PHOTO: translate("Labels", "taken from a photo"),
        GpsSource.MANUAL: translate("Labels", "typed in"),
    }[source]


def position_text(
    latitude: float, longitude: float, source: GpsSource | None, language: str
) -> str:
    """A visit's position as the visit form shows it ("1,36" in Indonesian), each coordinate
    named (a comma as decimal mark and as separator between the two would read as four
    numbers), and where it came from: a photo's GPS may be from somewhere else (Tinjauan, Peta).
    """

    text = (
        translate("Labels", "Latitude %1 · Longitude %2")
        .replace("%1", format_coordinate(latitude, language))
        .replace("%2", format_coordinate(longitude, language))
    )
    return f"{text} ({position_source_note(source)})" if source is not None else text


def _person_met() -> dict[StrEnum, str]:
    return {
        PersonMet.PENGURUS: translate("Labels", "Board (pengurus)"),
        PersonMet.PENGAWAS: translate("Labels", "Supervisors (pengawas)"),
        PersonMet.VILLAGE_HEAD: translate("Labels", "Village head"),
        PersonMet.MEMBERS: translate("Labels", "Members"),
    }


def _visit_purpose() -> dict[StrEnum, str]:
    return {
        VisitPurpose.INSTITUTIONAL: translate("Labels", "Institutional matters"),
        VisitPurpose.SIMKOPDES_UPDATE: translate("Labels", "SIMKOPDES update"),
        VisitPurpose.LEGAL_DOCUMENTS: translate("Labels", "Legal documents"),
        VisitPurpose.BUSINESS_PLAN: translate("Labels", "Business plan / proposal"),
        VisitPurpose.GERAI_READINESS: translate("Labels", "Outlet / land readiness"),
        VisitPurpose.OPERATIONS_BOOKKEEPING: translate("Labels", "Operations and bookkeeping"),
        VisitPurpose.PARTNERSHIP: translate("Labels", "Partnership"),
        VisitPurpose.TRAINING: translate("Labels", "Training"),
        VisitPurpose.MONITORING: translate("Labels", "Monitoring"),
        VisitPurpose.OTHER: translate("Labels", "Other"),
    }


def _visit_status() -> dict[StrEnum, str]:
    return {
        VisitStatus.DRAFT: translate("Labels", "Draft"),
        VisitStatus.SUBMITTED: translate("Labels", "Submitted"),
        VisitStatus.APPROVED: translate("Labels", "Approved"),
        VisitStatus.NEEDS_REVISION: translate("Labels", "Needs revision"),
        VisitStatus.RESUBMITTED: translate("Labels", "Resubmitted"),
    }


def _sector() -> dict[StrEnum, str]:
    return {
        Sector.FOOD_CROPS: translate("Labels", "Food crops"),
        Sector.HORTICULTURE: translate("Labels", "Horticulture"),
        Sector.PLANTATION: translate("Labels", "Plantation crops"),
        Sector.LIVESTOCK: translate("Labels", "Livestock"),
        Sector.CAPTURE_FISHERIES: translate("Labels", "Capture fisheries"),
        Sector.AQUACULTURE: translate("Labels", "Aquaculture"),
        Sector.FORESTRY: translate("Labels", "Forestry / non-timber forest products"),
        Sector.PROCESSING: translate("Labels", "Processing industry"),
        Sector.CRAFTS: translate("Labels", "Crafts and creative economy"),
        Sector.TRADE: translate("Labels", "Trade / basic goods"),
        Sector.FINANCIAL_SERVICES: translate("Labels", "Financial services"),
        Sector.HEALTH: translate("Labels", "Health"),
        Sector.LOGISTICS: translate("Labels", "Logistics and warehousing"),
        Sector.ENERGY: translate("Labels", "Energy"),
        Sector.TOURISM: translate("Labels", "Tourism"),
        Sector.OTHER: translate("Labels", "Other"),
    }


def _opportunity_need() -> dict[StrEnum, str]:
    return {
        OpportunityNeed.FINANCING: translate("Labels", "Financing"),
        OpportunityNeed.TRAINING: translate("Labels", "Training"),
        OpportunityNeed.EQUIPMENT: translate("Labels", "Equipment"),
        OpportunityNeed.PERMITS: translate("Labels", "Permits"),
        OpportunityNeed.MARKET: translate("Labels", "Market access"),
    }


def _priority() -> dict[StrEnum, str]:
    return {
        Priority.LOW: translate("Labels", "Low"),
        Priority.MEDIUM: translate("Labels", "Medium"),
        Priority.HIGH: translate("Labels", "High"),
    }


def _opportunity_status() -> dict[StrEnum, str]:
    return {
        OpportunityStatus.IDEA: translate("Labels", "Idea"),
        OpportunityStatus.ASSESSED: translate("Labels", "Assessed"),
        OpportunityStatus.IN_PROGRESS: translate("Labels", "In progress"),
        OpportunityStatus.REALISED: translate("Labels", "Realised"),
        OpportunityStatus.DROPPED: translate("Labels", "Dropped"),
    }


def _visit_recency() -> dict[StrEnum, str]:
    return {
        VisitRecency.RECENT: translate("Labels", "Visited in the last 30 days"),
        VisitRecency.DAYS_30: translate("Labels", "30–59 days ago"),
        VisitRecency.DAYS_60: translate("Labels", "60–89 days ago"),
        VisitRecency.DAYS_90: translate("Labels", "90 days or more, or never"),
    }


def _count_class() -> dict[StrEnum, str]:
    return {
        CountClass.NONE: translate("Labels", "None"),
        CountClass.ONE: translate("Labels", "1"),
        CountClass.SOME: translate("Labels", "2–3"),
        CountClass.MANY: translate("Labels", "4 or more"),
    }


def _status_class() -> dict[StrEnum, str]:
    return {
        StatusClass.NOT_RECORDED: translate("Labels", "Not recorded"),
        StatusClass.MIXED: translate("Labels", "Mixed (several cooperatives)"),
    }


def _empty_village() -> dict[StrEnum, str]:
    return {EmptyVillage.NO_COOPERATIVE: translate("Labels", "No cooperative on this laptop")}


# Built on each call, because the language can change while the app runs.
_TABLES: dict[type[StrEnum], Callable[[], dict[StrEnum, str]]] = {
    FormationModel: _formation_model,
    OperationalStatus: _operational_status,
    HealthRating: _health_rating,
    OfficerBody: _officer_body,
    OfficerRole: _officer_role,
    Gender: _gender,
    BusinessUnitType: _business_unit_type,
    BusinessUnitStatus: _business_unit_status,
    GeraiLandStatus: _gerai_land_status,
    ConstructionStage: _construction_stage,
    TravelMode: _travel_mode,
    GpsSource: _gps_source,
    PersonMet: _person_met,
    VisitPurpose: _visit_purpose,
    VisitStatus: _visit_status,
    Sector: _sector,
    OpportunityNeed: _opportunity_need,
    Priority: _priority,
    OpportunityStatus: _opportunity_status,
    VisitRecency: _visit_recency,
    CountClass: _count_class,
    StatusClass: _status_class,
    EmptyVillage: _empty_village,
}


def label(value: StrEnum | None) -> str:
    if value is None:
        return ""
    return _TABLES[type(value)]()[value]


def choices(enum_type: type[E]) -> list[tuple[str, E]]:
    table = _TABLES[enum_type]()
    return [(table[member], member) for member in enum_type]


def operational_status(value: OperationalStatus | None) -> str:
    return label(value)


def labelled_enums() -> tuple[type[StrEnum], ...]:
    return tuple(_TABLES)
