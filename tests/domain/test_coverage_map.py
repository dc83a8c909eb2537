"""How a village's cooperatives decide its colour class on the map."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kopdes_desktop.domain.coverage_map import (
    NO_COOPERATIVE,
    CooperativeOnMap,
    CountClass,
    MapMeasure,
    OpportunityChoice,
    OpportunityCount,
    StatusClass,
    VisitRecency,
    classes_of,
    village_class,
)
from kopdes_desktop.domain.enums import OperationalStatus, Sector

AS_OF = date(2026, 11, 28)


def cooperative(
    last_days_ago: int | None = None,
    status: OperationalStatus | None = None,
    waiting: int = 0,
    opportunities: tuple[OpportunityCount, ...] = (),
) -> CooperativeOnMap:
    last = AS_OF - timedelta(days=last_days_ago) if last_days_ago is not None else None
    return CooperativeOnMap("id", "Koperasi", "61.12.01.2001", status, last, waiting, opportunities)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (0, VisitRecency.RECENT),
        (29, VisitRecency.RECENT),
        (30, VisitRecency.DAYS_30),
        (59, VisitRecency.DAYS_30),
        (60, VisitRecency.DAYS_60),
        (89, VisitRecency.DAYS_60),
        (90, VisitRecency.DAYS_90),
        (400, VisitRecency.DAYS_90),
        (None, VisitRecency.DAYS_90),  # never visited: with 90 days or more, as on Dasbor
    ],
)
def test_days_since_the_last_visit_fall_into_the_dashboard_bands(
    days: int | None, expected: VisitRecency
) -> None:
    assert village_class(MapMeasure.LAST_VISIT, [cooperative(days)], AS_OF) is expected


def test_a_village_with_several_cooperatives_shows_the_one_visited_longest_ago() -> None:
    visited = cooperative(3)
    forgotten = cooperative(70)
    assert village_class(MapMeasure.LAST_VISIT, [visited, forgotten], AS_OF) is (
        VisitRecency.DAYS_60
    )
    assert village_class(MapMeasure.LAST_VISIT, [visited, cooperative()], AS_OF) is (
        VisitRecency.DAYS_90
    )
    assert village_class(MapMeasure.LAST_VISIT, [], AS_OF) is NO_COOPERATIVE


def test_status_is_shared_or_mixed_or_not_recorded() -> None:
    preparing = cooperative(status=OperationalStatus.PREPARING)
    operating = cooperative(status=OperationalStatus.OPERATING)
    measure = MapMeasure.OPERATIONAL_STATUS
    assert village_class(measure, [preparing, preparing], AS_OF) is OperationalStatus.PREPARING
    assert village_class(measure, [preparing, operating], AS_OF) is StatusClass.MIXED
    assert village_class(measure, [cooperative()], AS_OF) is StatusClass.NOT_RECORDED


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, CountClass.NONE), (1, CountClass.ONE), (2, CountClass.SOME), (3, CountClass.SOME),
     (4, CountClass.MANY), (40, CountClass.MANY)],
)  # fmt: skip
def test_counts_add_up_over_the_village(count: int, expected: CountClass) -> None:
    first = cooperative(waiting=count // 2)
    second = cooperative(waiting=count - count // 2)
    assert village_class(MapMeasure.REVIEW_WAITING, [first, second], AS_OF) is expected


def test_opportunities_count_by_sector_and_commodity_whatever_the_case() -> None:
    counts = (
        OpportunityCount(Sector.PLANTATION, "Karet", 2),
        OpportunityCount(Sector.PLANTATION, "kelapa sawit", 1),
        OpportunityCount(Sector.FORESTRY, "madu kelulut", 1),
        OpportunityCount(None, "", 1),
    )
    village = [cooperative(opportunities=counts)]
    measure = MapMeasure.OPPORTUNITIES
    assert village_class(measure, village, AS_OF) is CountClass.MANY  # 5
    plantation = OpportunityChoice(Sector.PLANTATION)
    assert village_class(measure, village, AS_OF, plantation) is CountClass.SOME  # 3
    rubber = OpportunityChoice(commodity="karet")
    assert village_class(measure, village, AS_OF, rubber) is CountClass.SOME  # 2
    palm_in_forestry = OpportunityChoice(Sector.FORESTRY, "Kelapa Sawit")
    assert village_class(measure, village, AS_OF, palm_in_forestry) is CountClass.NONE


def test_every_measure_lists_its_classes_and_the_empty_village_last() -> None:
    for measure in MapMeasure:
        classes = classes_of(measure)
        assert classes[-1] is NO_COOPERATIVE
        assert len(set(classes)) == len(classes)
    assert classes_of(MapMeasure.LAST_VISIT)[:-1] == tuple(VisitRecency)
