"""Peta: what the map shows for the signed-in user, read off the GUI thread.

One call reads the cooperatives of the user's area with the facts their villages are coloured
by, and the period's visits with GPS, each checked against its village's outline. The outlines
themselves are shared, read-only, and loaded once per process (``boundaries()``).
"""

from __future__ import annotations

import threading

from kopdes_desktop.domain.coverage_map import MapData, MapFilter, VisitPoint
from kopdes_desktop.domain.enums import GpsSource, Role
from kopdes_desktop.domain.geography import Boundaries
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import map_queries
from kopdes_desktop.storage.boundary_cache import shared_boundaries
from kopdes_desktop.storage.review_queries import author_names

# (village, latitude, longitude) → (km outside, exact outline). GPS rarely changes, and checking
# thousands of points against their outlines is the slowest part of a refresh.
_GpsKey = tuple[str, float, float]


class CoverageMapService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._checked: dict[_GpsKey, tuple[float, bool] | None] = {}
        self._checked_lock = threading.Lock()

    @property
    def supervises(self) -> bool:
        """PMOs and admins see their area's review backlog and choose a BA; a BA does not."""
        return self._context.supervises

    def _area(self) -> tuple[str, ...]:
        return self._context.area()

    def boundaries(self) -> Boundaries:
        return shared_boundaries()

    def ba_choices(self) -> list[tuple[str, str]]:
        """(user id, name) of the BAs a PMO can narrow the map to: those the directory of
        people assigns to the area's cooperatives, and anyone with a visit there."""
        with self._context.database.read() as session:
            return map_queries.ba_choices(session, self._area())

    def commodities(self) -> list[str]:
        with self._context.database.read() as session:
            return map_queries.commodities(session, self._area())

    def map_data(self, criteria: MapFilter) -> MapData:
        """The cooperatives of the area with what their villages are coloured by, and which
        villages are the user's (without the GPS points: ``visit_points`` reads those)."""
        context, area = self._context, self._area()
        author = self._author(criteria)
        with context.database.read() as session:
            cooperatives = map_queries.cooperatives_on_map(session, criteria.period, area, author)
            coached = (
                set(map_queries.cooperatives_of_ba(session, author, context.today()))
                if author
                else None
            )
        mine = frozenset(c.village_code for c in cooperatives if coached is None or c.id in coached)
        if author:
            # A PMO narrowing the map to one BA still sees the rest of the area, muted.
            area_villages: frozenset[str] | None = mine
            focus: tuple[str, ...] = tuple(sorted(mine))
        elif context.role is Role.BA:
            # Every cooperative on a BA's laptop is one they are assigned to.
            area_villages, focus = mine, tuple(sorted(mine))
        elif area:
            area_villages, focus = context.catalog.villages_in(area), area
        else:
            area_villages, focus = None, ()
        return MapData(
            period=criteria.period,
            cooperatives=tuple(cooperatives),
            area_villages=area_villages,
            focus=focus,
        )

    def visit_points(self, criteria: MapFilter) -> tuple[VisitPoint, ...]:
        """The period's visits with GPS, each checked against its village's outline.

        A read of its own: on a PMO's laptop it is the slower half (17,000 points), so the
        screen colours the villages first and adds the dots when they come.
        """
        with self._context.database.read() as session:
            visits = map_queries.visits_with_gps(
                session, criteria.period, self._area(), self._author(criteria)
            )
            names = author_names(session) if visits else {}
        if not visits:
            return ()
        boundaries = self.boundaries()
        return tuple(
            self._point(boundaries, visit, names.get(visit.author_id, "")) for visit in visits
        )

    def _author(self, criteria: MapFilter) -> str | None:
        return criteria.author_id if self.supervises else None

    def _point(
        self, boundaries: Boundaries, visit: map_queries.GpsVisit, author_name: str
    ) -> VisitPoint:
        check = self._check(boundaries, visit)
        return VisitPoint(
            visit_id=visit.visit_id,
            cooperative_id=visit.cooperative_id,
            cooperative_name=visit.cooperative_name,
            village_code=visit.village_code,
            author_id=visit.author_id,
            author_name=author_name,
            visit_date=visit.visit_date,
            latitude=visit.latitude,
            longitude=visit.longitude,
            km_outside=check[0] if check is not None else None,
            checked_on_kecamatan=check is not None and not check[1],
            gps_source=_source(visit.gps_source),
        )

    def _check(
        self, boundaries: Boundaries, visit: map_queries.GpsVisit
    ) -> tuple[float, bool] | None:
        key = (visit.village_code, visit.latitude, visit.longitude)
        with self._checked_lock:
            if key in self._checked:
                return self._checked[key]
        result = boundaries.km_outside_village(visit.village_code, visit.latitude, visit.longitude)
        with self._checked_lock:
            self._checked[key] = result
        return result


def _source(stored: str | None) -> GpsSource | None:
    """Where the position came from; a value this version does not know reads as unknown."""
    try:
        return GpsSource(stored) if stored else None
    except ValueError:
        return None
