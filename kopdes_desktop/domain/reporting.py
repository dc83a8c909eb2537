"""Plain types of PMO supervision: the review queue, dashboard figures and report periods.

Storage queries fill them, services and reports pass them on, screens draw them: none of them
knows about SQL or Qt.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from kopdes_desktop.domain import clock
from kopdes_desktop.domain.enums import VisitPurpose, VisitStatus
from kopdes_desktop.domain.listing import CooperativeSort, PageRequest

# West Kalimantan keeps Western Indonesian Time (UTC+7): a month starts at local midnight.
WIB = clock.WIB

# --- periods ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    """A run of whole days, both ends included (a report month, a dashboard window)."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        last_day = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last_day))

    @classmethod
    def month_of(cls, day: date) -> Period:
        return cls.month(day.year, day.month)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def uuid7_floor(moment: datetime) -> str:
    """The smallest UUIDv7 text made at or after ``moment``.

    Record ids are UUIDv7 made on the device: their first 48 bits are the creation time in
    milliseconds, and their text sorts like that time. Opportunity notes carry no date field of
    their own, so "found this month" compares ids with these bounds (the primary key index).
    """
    millis = int(moment.timestamp() * 1000)
    digits = f"{millis:012x}"
    return f"{digits[:8]}-{digits[8:]}-0000-0000-000000000000"


def created_between(period: Period) -> tuple[str, str]:
    """Id bounds [low, high) of records created during the period, in local (WIB) days."""
    start = datetime.combine(period.start, time.min, tzinfo=WIB)
    end = datetime.combine(period.end + timedelta(days=1), time.min, tzinfo=WIB)
    return uuid7_floor(start), uuid7_floor(end)


def created_at_of(record_id: str) -> datetime | None:
    """When a UUIDv7 id was made (UTC); None for ids of another kind."""
    try:
        version = int(record_id[14], 16)
        millis = int(record_id[:8] + record_id[9:13], 16)
    except (ValueError, IndexError):
        return None
    return datetime.fromtimestamp(millis / 1000, UTC) if version == 7 else None


# --- review queue ----------------------------------------------------------------------------


class ReviewSort(StrEnum):
    DATE = "date"
    COOPERATIVE = "cooperative"
    AUTHOR = "author"
    WAITING = "waiting"  # when it was submitted


@dataclass(frozen=True, slots=True)
class ReviewFilter:
    author_id: str | None = None
    kabupaten_code: str | None = None
    cooperative_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    # The reviewer's kabupaten codes; empty means everything on this laptop (an admin).
    area: tuple[str, ...] = ()
    sort: ReviewSort = ReviewSort.WAITING
    descending: bool = False  # oldest first: the queue is worked in order of arrival
    page: PageRequest = field(default_factory=PageRequest)


@dataclass(frozen=True, slots=True)
class ReviewQueueItem:
    id: str  # the visit
    cooperative_id: str
    cooperative_name: str
    kabupaten_code: str
    kabupaten_name: str
    author_id: str
    author_name: str
    visit_date: date | None
    status: VisitStatus
    submitted_at: datetime | None
    purposes: tuple[VisitPurpose, ...]


@dataclass(frozen=True, slots=True)
class PendingDecision:
    """A review decision made on this laptop that has not reached the server yet."""

    visit_id: str
    from_status: VisitStatus
    to_status: VisitStatus
    comment: str
    device_time: str


# --- coverage --------------------------------------------------------------------------------


class CoverageBucket(StrEnum):
    """Days since a cooperative's last visit."""

    RECENT = "recent"  # visited in the last 30 days
    DAYS_30 = "days_30"  # last visit 30–59 days ago
    DAYS_60 = "days_60"  # 60–89 days ago
    DAYS_90 = "days_90"  # 90 days or more ago, or never visited

    @classmethod
    def of(cls, last_visit: date | None, today: date) -> CoverageBucket:
        if last_visit is None:
            return cls.DAYS_90
        days = (today - last_visit).days
        if days < 30:
            return cls.RECENT
        if days < 60:
            return cls.DAYS_30
        return cls.DAYS_60 if days < 90 else cls.DAYS_90


@dataclass(frozen=True, slots=True)
class CoverageRow:
    """How recently the cooperatives of one kabupaten, or of one BA, were visited."""

    key: str  # kabupaten code or BA id ("" = cooperatives nobody has visited yet)
    label: str
    counts: tuple[tuple[CoverageBucket, int], ...]

    def count(self, bucket: CoverageBucket) -> int:
        return dict(self.counts).get(bucket, 0)

    @property
    def total(self) -> int:
        return sum(count for _bucket, count in self.counts)

    def not_visited_in(self, days: int) -> int:
        """Cooperatives without a visit in the last ``days`` (30, 60 or 90) days."""
        buckets = {
            30: (CoverageBucket.DAYS_30, CoverageBucket.DAYS_60, CoverageBucket.DAYS_90),
            60: (CoverageBucket.DAYS_60, CoverageBucket.DAYS_90),
            90: (CoverageBucket.DAYS_90,),
        }[days]
        return sum(self.count(bucket) for bucket in buckets)


class CoverageGroup(StrEnum):
    KABUPATEN = "kabupaten"
    BA = "ba"


@dataclass(frozen=True, slots=True)
class CoverageFilter:
    """The cooperatives behind one bar of a coverage chart (the click-through list)."""

    today: date
    group: CoverageGroup | None = None
    key: str | None = None  # kabupaten code or BA id, as in CoverageRow.key
    bucket: CoverageBucket | None = None
    not_visited_in_days: int | None = None  # 30/60/90: every bucket at least that old
    area: tuple[str, ...] = ()
    sort: CooperativeSort = CooperativeSort.LAST_VISIT
    descending: bool = False
    page: PageRequest = field(default_factory=PageRequest)


# --- other dashboard figures -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Crosstab:
    """Counts by two keys, e.g. opportunities by sector (rows) and status (columns)."""

    row_keys: tuple[str, ...]
    column_keys: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]  # counts[row][column]

    def count(self, row_key: str, column_key: str) -> int:
        try:
            return self.counts[self.row_keys.index(row_key)][self.column_keys.index(column_key)]
        except ValueError:
            return 0

    def row_total(self, row_key: str) -> int:
        try:
            return sum(self.counts[self.row_keys.index(row_key)])
        except ValueError:
            return 0

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.counts)


@dataclass(frozen=True, slots=True)
class PersonWeeks:
    person_id: str
    name: str
    counts: tuple[int, ...]  # one per week of WeeklyVisits.weeks

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class WeeklyVisits:
    weeks: tuple[date, ...]  # the Monday of each week, oldest first
    people: tuple[PersonWeeks, ...]


class WaitingAge(StrEnum):
    UNDER_7 = "under_7"
    DAYS_7 = "days_7"  # 7–13 days
    DAYS_14 = "days_14"  # 14 days or more

    @classmethod
    def of(cls, waiting_days: int) -> WaitingAge:
        if waiting_days < 7:
            return cls.UNDER_7
        return cls.DAYS_7 if waiting_days < 14 else cls.DAYS_14


@dataclass(frozen=True, slots=True)
class ReviewBacklog:
    total: int
    by_age: tuple[tuple[WaitingAge, int], ...]
    by_author: tuple[tuple[str, str, int], ...]  # (author id, name, visits waiting)
    oldest_waiting_days: int | None


@dataclass(frozen=True, slots=True)
class ActionDue:
    id: str
    visit_id: str
    cooperative_name: str
    description: str
    owner: str
    due_date: date


@dataclass(frozen=True, slots=True)
class SentBackVisit:
    visit_id: str
    cooperative_name: str
    visit_date: date | None
    comment: str
    reviewer: str


# --- exports ---------------------------------------------------------------------------------


class ExportDataset(StrEnum):
    COOPERATIVES = "cooperatives"
    VISITS = "visits"
    OPPORTUNITIES = "opportunities"


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which rows an export holds. Fields that do not apply to a dataset are ignored."""

    area: tuple[str, ...] = ()  # the user's kabupaten codes; empty = everything on the laptop
    kabupaten_code: str | None = None
    cooperative_id: str | None = None
    # Visits by their date; opportunity notes by when they were made; cooperatives not at all.
    period: Period | None = None
    visit_status: VisitStatus | None = None
    author_id: str | None = None
