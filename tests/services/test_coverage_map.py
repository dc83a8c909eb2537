"""What the map shows a PMO and a BA, read by the service on a crafted area (tests/map_data.py)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from kopdes_desktop.domain.coverage_map import (
    CountClass,
    MapData,
    MapFilter,
    MapMeasure,
    OpportunityChoice,
    VisitRecency,
    village_class,
)
from kopdes_desktop.domain.enums import Role, Sector
from kopdes_desktop.domain.reporting import Period
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.coverage_map import CoverageMapService
from tests.area_data import KUBU_RAYA, SAMBAS
from tests.conftest import TODAY
from tests.map_data import FAR_KM, UNMAPPED_VILLAGE, MapArea, build_map_area

EVERYTHING = Period(date(2000, 1, 1), TODAY)


@pytest.fixture
def map_area(context: ServiceContext) -> MapArea:
    return build_map_area(context)


def service(context: ServiceContext, role: Role, *codes: str, user: str = "") -> CoverageMapService:
    return CoverageMapService(
        dataclasses.replace(context, role=role, kabupaten_codes=codes, user_id=user)
    )


def classes(data: MapData, measure: MapMeasure, choice: OpportunityChoice | None = None) -> dict:
    chosen = choice or OpportunityChoice()
    return {
        code: village_class(measure, cooperatives, data.as_of, chosen)
        for code, cooperatives in data.by_village().items()
    }


def test_a_pmo_sees_their_kabupaten_coloured_by_days_since_the_last_visit(
    context: ServiceContext, map_area: MapArea
) -> None:
    data = service(context, Role.PMO, KUBU_RAYA).map_data(MapFilter(EVERYTHING))
    v = map_area.villages
    assert classes(data, MapMeasure.LAST_VISIT) == {
        v["Mekar Jaya"]: VisitRecency.RECENT,  # today's draft counts as a visit made
        v["Sinar Harapan"]: VisitRecency.DAYS_30,  # 40 days ago
        v["Karya Bersama"]: VisitRecency.DAYS_60,  # 70 days ago
        v["Sungai Putih"]: VisitRecency.DAYS_90,  # 100 days ago
        v["Tanjung Harapan"]: VisitRecency.DAYS_90,  # never visited
        UNMAPPED_VILLAGE: VisitRecency.RECENT,  # 15 days ago
    }  # Sambas is not the PMO's: not on their map
    assert data.area_villages == context.catalog.villages_in([KUBU_RAYA])
    assert data.focus == (KUBU_RAYA,)
    assert v["Sambas Makmur"] not in data.area_villages


def test_the_map_of_a_past_month_counts_days_from_its_last_day(
    context: ServiceContext, map_area: MapArea
) -> None:
    october = Period.month(2026, 10)
    data = service(context, Role.PMO, KUBU_RAYA).map_data(MapFilter(october))
    v = map_area.villages
    assert data.as_of == date(2026, 10, 31)
    found = classes(data, MapMeasure.LAST_VISIT)
    assert found[v["Mekar Jaya"]] is VisitRecency.RECENT  # 9 Oct
    assert found[v["Sinar Harapan"]] is VisitRecency.RECENT  # 19 Oct
    assert found[v["Karya Bersama"]] is VisitRecency.DAYS_30  # 19 Sep
    assert found[v["Sungai Putih"]] is VisitRecency.DAYS_60  # 20 Aug
    assert found[UNMAPPED_VILLAGE] is VisitRecency.DAYS_90  # never: its visit came in November
    # GPS points are the period's visits: only Sinar Harapan's far one was in October.
    points = service(context, Role.PMO, KUBU_RAYA).visit_points(MapFilter(october))
    assert [p.visit_id for p in points] == [map_area.area.visits["sinar-far"]]


def test_gps_far_outside_its_village_is_flagged_and_the_rest_is_not(
    context: ServiceContext, map_area: MapArea
) -> None:
    pmo = service(context, Role.PMO, KUBU_RAYA)
    data = pmo.map_data(MapFilter(EVERYTHING))
    assert data.points == ()  # read on their own
    data = dataclasses.replace(data, points=pmo.visit_points(MapFilter(EVERYTHING)))
    visits = map_area.area.visits
    by_visit = {point.visit_id: point for point in data.points}
    assert set(by_visit) == {visits["mekar-gps"], visits["sinar-far"], visits["baru-gps"]}
    far = by_visit[visits["sinar-far"]]
    assert far.far_outside
    assert far.km_outside == pytest.approx(FAR_KM, abs=1.0)
    assert far.author_name == "Siti Aminah"
    assert not by_visit[visits["mekar-gps"]].far_outside
    assert by_visit[visits["mekar-gps"]].km_outside == 0.0
    unmapped = by_visit[visits["baru-gps"]]
    assert unmapped.checked_on_kecamatan
    assert not unmapped.far_outside
    assert [p.visit_id for p in data.far_outside()] == [visits["sinar-far"]]


def test_visits_waiting_for_review_are_those_of_the_period(
    context: ServiceContext, map_area: MapArea
) -> None:
    pmo = service(context, Role.PMO, KUBU_RAYA)
    v = map_area.villages
    everything = classes(pmo.map_data(MapFilter(EVERYTHING)), MapMeasure.REVIEW_WAITING)
    assert everything[v["Mekar Jaya"]] is CountClass.ONE  # submitted 5 days ago
    assert everything[v["Karya Bersama"]] is CountClass.ONE  # resubmitted, visited 70 days ago
    assert everything[v["Sinar Harapan"]] is CountClass.NONE  # sent back: not waiting
    last_30 = Period(date(2026, 10, 30), TODAY)
    recent = classes(pmo.map_data(MapFilter(last_30)), MapMeasure.REVIEW_WAITING)
    assert recent[v["Karya Bersama"]] is CountClass.NONE


def test_a_pmo_narrowing_to_one_ba_highlights_their_cooperatives_and_their_visits(
    context: ServiceContext, map_area: MapArea
) -> None:
    pmo = service(context, Role.PMO, KUBU_RAYA)
    assert [name for _id, name in pmo.ba_choices()] == ["Siti Aminah", "Yohanes Kristo"]
    data = pmo.map_data(MapFilter(EVERYTHING, author_id="ba-2"))
    v = map_area.villages
    # ba-2 made the latest visit at Karya Bersama and Sungai Putih.
    assert data.area_villages == {v["Karya Bersama"], v["Sungai Putih"]}
    assert set(data.focus) == {v["Karya Bersama"], v["Sungai Putih"]}
    assert pmo.visit_points(MapFilter(EVERYTHING, author_id="ba-2")) == ()  # ba-2 took no GPS
    waiting = classes(data, MapMeasure.REVIEW_WAITING)
    assert waiting[v["Mekar Jaya"]] is CountClass.NONE  # ba-1's visit waits, not ba-2's
    assert waiting[v["Karya Bersama"]] is CountClass.ONE
    # The rest of the kabupaten stays on the map, coloured (the page pales it).
    assert v["Tanjung Harapan"] in data.by_village()


def test_a_ba_sees_the_villages_of_the_cooperatives_on_their_laptop(
    context: ServiceContext, map_area: MapArea
) -> None:
    ba = service(context, Role.BA, user="ba-1")
    assert not ba.supervises
    data = ba.map_data(MapFilter(EVERYTHING, author_id="ba-2"))  # a BA cannot narrow
    assert data.area_villages == set(map_area.villages.values())
    assert set(data.focus) == set(map_area.villages.values())
    admin = service(context, Role.ADMIN).map_data(MapFilter(EVERYTHING))
    assert admin.area_villages is None
    assert admin.focus == ()
    assert map_area.villages["Sambas Makmur"] in admin.by_village()


def test_open_opportunities_by_sector_and_commodity(
    context: ServiceContext, map_area: MapArea
) -> None:
    pmo = service(context, Role.PMO, KUBU_RAYA, SAMBAS)
    data = pmo.map_data(MapFilter(EVERYTHING))
    v = map_area.villages
    every = classes(data, MapMeasure.OPPORTUNITIES)
    assert every[v["Mekar Jaya"]] is CountClass.SOME  # madu kelulut, lada putih
    assert every[v["Sambas Makmur"]] is CountClass.ONE  # in progress is still open
    plantation = classes(data, MapMeasure.OPPORTUNITIES, OpportunityChoice(Sector.PLANTATION))
    assert plantation[v["Mekar Jaya"]] is CountClass.ONE
    assert plantation[v["Sinar Harapan"]] is CountClass.ONE
    assert plantation[v["Karya Bersama"]] is CountClass.NONE
    rubber = classes(data, MapMeasure.OPPORTUNITIES, OpportunityChoice(commodity="Karet Rakyat"))
    assert [code for code, c in rubber.items() if c is not CountClass.NONE] == [v["Sinar Harapan"]]
    assert pmo.commodities() == [
        "ikan sungai", "karet rakyat", "lada putih", "madu kelulut", "tenun sambas",
    ]  # fmt: skip
