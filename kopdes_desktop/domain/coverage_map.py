"""What the map colours a village by, and the rules that turn cooperatives into a class.

Storage fills ``CooperativeOnMap`` and ``VisitPoint``; the map screen and the PDF reports both
colour villages with ``village_class``, so a village reads the same on screen and on paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kopdes_desktop.domain.enums import (
    GpsSource,
    OperationalStatus,
    OpportunityStatus,
    Sector,
)
from kopdes_desktop.domain.geography import FAR_OUTSIDE_KM
from kopdes_desktop.domain.reporting import CoverageBucket, Period

OPEN_OPPORTUNITY_STATES = (
    OpportunityStatus.IDEA,
    OpportunityStatus.ASSESSED,
    OpportunityStatus.IN_PROGRESS,
)


class MapMeasure(StrEnum):
    LAST_VISIT = "last_visit"  # the default
    OPERATIONAL_STATUS = "operational_status"
    OPPORTUNITIES = "opportunities"
    REVIEW_WAITING = "review_waiting"  # PMOs and admins


# Days since a cooperative's last visit: the map uses Dasbor's (and Beranda's) bands, "never
# visited" with "90 days or more", so the legend and the charts say the same (QA F24). One
# definition: domain/reporting.py CoverageBucket.
VisitRecency = CoverageBucket


class CountClass(StrEnum):
    """How many (open opportunities, visits waiting for review) a village has."""

    NONE = "none"
    ONE = "one"
    SOME = "some"  # 2–3
    MANY = "many"  # 4 or more

    @classmethod
    def of(cls, count: int) -> CountClass:
        if count <= 0:
            return cls.NONE
        if count == 1:
            return cls.ONE
        return cls.SOME if count <= 3 else cls.MANY


class StatusClass(StrEnum):
    """Operational status classes that are not a status of their own."""

    NOT_RECORDED = "not_recorded"
    MIXED = "mixed"  # the village's cooperatives differ


class EmptyVillage(StrEnum):
    """A village without any cooperative on this laptop: drawn, in no class of the measure."""

    NO_COOPERATIVE = "no_cooperative"


NO_COOPERATIVE = EmptyVillage.NO_COOPERATIVE


def classes_of(measure: MapMeasure) -> tuple[StrEnum, ...]:
    """The classes of a measure in legend order, then the villages without a cooperative."""
    classes: tuple[StrEnum, ...]
    if measure is MapMeasure.LAST_VISIT:
        classes = tuple(VisitRecency)
    elif measure is MapMeasure.OPERATIONAL_STATUS:
        classes = (*OperationalStatus, StatusClass.NOT_RECORDED, StatusClass.MIXED)
    else:
        classes = tuple(CountClass)
    return (*classes, NO_COOPERATIVE)


@dataclass(frozen=True, slots=True)
class OpportunityCount:
    sector: Sector | None
    commodity: str  # as typed; compared case-insensitively
    count: int


@dataclass(frozen=True, slots=True)
class OpportunityChoice:
    """Which open opportunities count: all, one sector, one commodity, or both."""

    sector: Sector | None = None
    commodity: str = ""

    def matches(self, item: OpportunityCount) -> bool:
        if self.sector is not None and item.sector is not self.sector:
            return False
        return not self.commodity or item.commodity.casefold() == self.commodity.casefold()


ANY_OPPORTUNITY = OpportunityChoice()


@dataclass(frozen=True, slots=True)
class CooperativeOnMap:
    id: str
    name: str
    village_code: str
    operational_status: OperationalStatus | None
    last_visit: date | None  # on or before the map's date
    waiting_review: int  # visits of the period submitted and not yet decided
    opportunities: tuple[OpportunityCount, ...]  # open ones

    def open_opportunities(self, choice: OpportunityChoice = ANY_OPPORTUNITY) -> int:
        return sum(item.count for item in self.opportunities if choice.matches(item))


def village_class(
    measure: MapMeasure,
    cooperatives: Sequence[CooperativeOnMap],
    as_of: date,
    choice: OpportunityChoice = ANY_OPPORTUNITY,
) -> StrEnum:
    """The class a village is coloured by.

    A village holds one cooperative as a rule; where it holds several, the one visited longest
    ago decides its recency (a gap must not hide behind a neighbour's recent visit), counts add
    up, and differing statuses show as "mixed".
    """
    if not cooperatives:
        return NO_COOPERATIVE
    if measure is MapMeasure.LAST_VISIT:
        order = list(VisitRecency)
        return max((VisitRecency.of(c.last_visit, as_of) for c in cooperatives), key=order.index)
    if measure is MapMeasure.OPERATIONAL_STATUS:
        statuses = {c.operational_status for c in cooperatives}
        if len(statuses) > 1:
            return StatusClass.MIXED
        status = statuses.pop()
        return StatusClass.NOT_RECORDED if status is None else status
    if measure is MapMeasure.OPPORTUNITIES:
        return CountClass.of(sum(c.open_opportunities(choice) for c in cooperatives))
    return CountClass.of(sum(c.waiting_review for c in cooperatives))


@dataclass(frozen=True, slots=True)
class VisitPoint:
    """A visit of the period with GPS, and how far it lies outside its village."""

    visit_id: str
    cooperative_id: str
    cooperative_name: str
    village_code: str
    author_id: str
    author_name: str
    visit_date: date | None
    latitude: float
    longitude: float
    km_outside: float | None  # None: the village is unknown to the boundary data
    checked_on_kecamatan: bool = False  # the village has no outline of its own yet
    gps_source: GpsSource | None = None  # taken on the laptop, from a photo, typed; None: unknown

    @property
    def far_outside(self) -> bool:
        return self.km_outside is not None and self.km_outside > FAR_OUTSIDE_KM


@dataclass(frozen=True, slots=True)
class MapFilter:
    """Which visits the map looks at.

    The map shows the cooperatives as they stood on the period's last day (days since the last
    visit count back from it); the GPS dots and the visits waiting for review are those dated
    within the period. ``author_id`` (a PMO's choice of BA) narrows the highlighted villages to
    that BA's cooperatives and the dots and waiting visits to theirs.
    """

    period: Period
    author_id: str | None = None


@dataclass(frozen=True, slots=True)
class MapData:
    period: Period
    cooperatives: tuple[CooperativeOnMap, ...]
    # Villages of the user's area, highlighted; the others are muted. None: all highlighted.
    area_villages: frozenset[str] | None
    # Region codes "fit my area" frames: a PMO's kabupaten, a BA's villages.
    focus: tuple[str, ...]
    points: tuple[VisitPoint, ...] = ()  # read on their own, added when they come

    @property
    def as_of(self) -> date:
        return self.period.end

    def by_village(self) -> dict[str, list[CooperativeOnMap]]:
        villages: dict[str, list[CooperativeOnMap]] = {}
        for cooperative in self.cooperatives:
            villages.setdefault(cooperative.village_code, []).append(cooperative)
        return villages

    def far_outside(self) -> list[VisitPoint]:
        """Visits whose GPS lies far outside their village, farthest first."""
        flagged = [point for point in self.points if point.far_outside]
        return sorted(flagged, key=lambda p: (-(p.km_outside or 0.0), p.visit_id))
