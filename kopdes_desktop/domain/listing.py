"""Filters, sort keys and pages for the record lists, and the rows those lists show.

The list screens and the storage queries agree on these plain types, so the GUI never needs to
know there is SQL underneath.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from kopdes_desktop.domain.enums import (
    OperationalStatus,
    OpportunityStatus,
    Priority,
    Sector,
    VisitPurpose,
    VisitStatus,
)

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000
# Lists count their matches up to here and then say "10.000+": an exact count of a search that
# matches nearly everything costs a full scan on every keystroke, and nobody reads that far.
COUNT_CAP = 10_000


@dataclass(frozen=True, slots=True)
class PageRequest:
    offset: int = 0
    limit: int = DEFAULT_PAGE_SIZE

    def clamped(self) -> PageRequest:
        return PageRequest(max(0, self.offset), min(max(1, self.limit), MAX_PAGE_SIZE))


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    total: int  # exact, or COUNT_CAP + 1 when there are more (see ``total_capped``)
    offset: int

    @property
    def total_capped(self) -> bool:
        return self.total > COUNT_CAP


class CooperativeSort(StrEnum):
    NAME = "name"
    VILLAGE = "village"
    KABUPATEN = "kabupaten"
    STATUS = "status"
    MEMBERS = "members"
    LAST_VISIT = "last_visit"


@dataclass(frozen=True, slots=True)
class CooperativeFilter:
    search: str = ""  # words matched against cooperative and village names
    kabupaten_code: str | None = None
    kecamatan_code: str | None = None
    operational_status: OperationalStatus | None = None
    sort: CooperativeSort = CooperativeSort.NAME
    descending: bool = False
    page: PageRequest = field(default_factory=PageRequest)


@dataclass(frozen=True, slots=True)
class CooperativeListItem:
    id: str
    name: str
    village_code: str
    village_name: str
    kecamatan_name: str
    kabupaten_name: str
    operational_status: OperationalStatus | None
    member_count: int | None
    last_visit_date: date | None


@dataclass(frozen=True, slots=True)
class CooperativeOption:
    """A cooperative as the visit and opportunity forms offer it: its name and where it is."""

    id: str
    name: str
    village_name: str = ""
    kecamatan_name: str = ""


class VisitSort(StrEnum):
    DATE = "date"
    COOPERATIVE = "cooperative"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class VisitFilter:
    search: str = ""  # cooperative name, findings, problems
    cooperative_id: str | None = None
    status: VisitStatus | None = None
    date_from: date | None = None
    date_to: date | None = None
    sort: VisitSort = VisitSort.DATE
    descending: bool = True
    page: PageRequest = field(default_factory=PageRequest)


@dataclass(frozen=True, slots=True)
class VisitListItem:
    id: str
    cooperative_id: str
    cooperative_name: str
    visit_date: date | None
    status: VisitStatus
    purposes: tuple[VisitPurpose, ...]
    findings: str


class OpportunitySort(StrEnum):
    TITLE = "title"
    COOPERATIVE = "cooperative"
    SECTOR = "sector"
    STATUS = "status"
    CAPITAL = "capital"


@dataclass(frozen=True, slots=True)
class OpportunityFilter:
    search: str = ""  # title, commodity, cooperative name
    cooperative_id: str | None = None
    sector: Sector | None = None
    status: OpportunityStatus | None = None
    priority: Priority | None = None
    sort: OpportunitySort = OpportunitySort.TITLE
    descending: bool = False
    page: PageRequest = field(default_factory=PageRequest)


@dataclass(frozen=True, slots=True)
class OpportunityListItem:
    id: str
    cooperative_id: str
    cooperative_name: str
    title: str
    sector: Sector | None
    commodity: str
    capital_needed: int | None
    priority: Priority | None
    status: OpportunityStatus
