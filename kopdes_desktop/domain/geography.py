"""Kalimantan Barat's boundaries, projected to kilometres: what the map draws and GPS is checked on.

Loaded from the GeoJSON shipped under ``resources/boundaries`` (SOURCE.md there: origin, licence).
Pure Python, so the map screen, the PDF reports and the services share one copy per process.

Projection: equirectangular, scaled at Kalbar's middle latitude. Kalbar spans about 2.1°N to
3.1°S, so the scale error is under 0.2% anywhere in the province, and a kilometre is a kilometre
on the map, for distances and for drawing. ``y`` grows southwards, as screens draw.
"""

from __future__ import annotations

import json
import math
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeAlias

from kopdes_desktop.domain.regions import RegionLevel, parent_codes

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)
REFERENCE_LATITUDE = -0.5  # Kalbar's middle: it straddles the equator
KM_PER_DEGREE = EARTH_RADIUS_KM * math.pi / 180
X_KM_PER_DEGREE = KM_PER_DEGREE * math.cos(math.radians(REFERENCE_LATITUDE))

# A visit whose GPS lies farther than this outside its village's outline is flagged for the PMO:
# likely a typo in the coordinates or a visit logged from the office. Outlines are simplified to
# ~30 m and phone GPS is good to ~20 m; 2 km leaves room for a meeting just across the border.
FAR_OUTSIDE_KM = 2.0

FILES = {
    RegionLevel.KABUPATEN: "kabupaten.geojson",
    RegionLevel.KECAMATAN: "kecamatan.geojson",
    RegionLevel.DESA: "desa.geojson",
}

Ring: TypeAlias = "array[float]"  # flat x0, y0, x1, y1, ... in km; the ring closes on itself


def project(longitude: float, latitude: float) -> tuple[float, float]:
    return longitude * X_KM_PER_DEGREE, -latitude * KM_PER_DEGREE


def unproject(x: float, y: float) -> tuple[float, float]:
    """(longitude, latitude) of a projected point."""
    return x / X_KM_PER_DEGREE, -y / KM_PER_DEGREE


class Box(NamedTuple):
    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def center(self) -> tuple[float, float]:
        return (self.left + self.right) / 2, (self.top + self.bottom) / 2

    def contains(self, x: float, y: float, margin: float = 0.0) -> bool:
        return (
            self.left - margin <= x <= self.right + margin
            and self.top - margin <= y <= self.bottom + margin
        )

    def united(self, other: Box) -> Box:
        return Box(
            min(self.left, other.left),
            min(self.top, other.top),
            max(self.right, other.right),
            max(self.bottom, other.bottom),
        )

    def intersects(self, other: Box) -> bool:
        return not (
            other.left > self.right
            or other.right < self.left
            or other.top > self.bottom
            or other.bottom < self.top
        )


def united(boxes: Iterable[Box]) -> Box | None:
    result: Box | None = None
    for box in boxes:
        result = box if result is None else result.united(box)
    return result


@dataclass(frozen=True, slots=True, eq=False)
class Shape:
    """One region's outline: polygons, each an outer ring followed by its holes."""

    code: str
    name: str
    level: RegionLevel
    polygons: tuple[tuple[Ring, ...], ...]
    bbox: Box

    def rings(self) -> Iterable[Ring]:
        for polygon in self.polygons:
            yield from polygon

    def contains(self, x: float, y: float) -> bool:
        """Even-odd rule over every ring: holes are outside, islands of a multipolygon inside."""
        if not self.bbox.contains(x, y):
            return False
        inside = False
        for ring in self.rings():
            count = len(ring)
            x0, y0 = ring[count - 2], ring[count - 1]
            for index in range(0, count, 2):
                x1, y1 = ring[index], ring[index + 1]
                if (y1 > y) != (y0 > y) and x < (x0 - x1) * (y - y1) / (y0 - y1) + x1:
                    inside = not inside
                x0, y0 = x1, y1
        return inside

    def distance_km(self, x: float, y: float) -> float:
        """How far the point lies outside the outline; 0 inside."""
        if self.contains(x, y):
            return 0.0
        best = math.inf
        for ring in self.rings():
            count = len(ring)
            x0, y0 = ring[count - 2], ring[count - 1]
            for index in range(0, count, 2):
                x1, y1 = ring[index], ring[index + 1]
                best = min(best, _segment_distance_squared(x, y, x0, y0, x1, y1))
                x0, y0 = x1, y1
        return math.sqrt(best)

    def area_km2(self) -> float:
        return sum(
            abs(_signed_area(polygon[0])) - sum(abs(_signed_area(hole)) for hole in polygon[1:])
            for polygon in self.polygons
        )

    def label_point(self) -> tuple[float, float]:
        """A point inside the largest polygon, near its middle: where the name is written."""
        outer = max((polygon[0] for polygon in self.polygons), key=lambda r: abs(_signed_area(r)))
        cx, cy = _centroid(outer)
        if self.contains(cx, cy):
            return cx, cy
        # A crescent's centroid lies outside it: take the middle of the widest stretch of the
        # horizontal line through the centroid that lies inside.
        crossings = sorted(_crossings(self.rings(), cy))
        spans = list(zip(crossings[::2], crossings[1::2], strict=False))
        if not spans:
            return cx, cy
        left, right = max(spans, key=lambda span: span[1] - span[0])
        return (left + right) / 2, cy


def _segment_distance_squared(  # noqa: PLR0917 - a point and a segment, as geometry writes them
    px: float, py: float, ax: float, ay: float, bx: float, by: float
) -> float:
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    ex, ey = ax + t * dx - px, ay + t * dy - py
    return ex * ex + ey * ey


def _signed_area(ring: Ring) -> float:
    count = len(ring)
    total = 0.0
    x0, y0 = ring[count - 2], ring[count - 1]
    for index in range(0, count, 2):
        x1, y1 = ring[index], ring[index + 1]
        total += x0 * y1 - x1 * y0
        x0, y0 = x1, y1
    return total / 2


def _centroid(ring: Ring) -> tuple[float, float]:
    area = _signed_area(ring)
    count = len(ring)
    if area == 0:
        xs, ys = ring[0::2], ring[1::2]
        return sum(xs) / len(xs), sum(ys) / len(ys)
    cx = cy = 0.0
    x0, y0 = ring[count - 2], ring[count - 1]
    for index in range(0, count, 2):
        x1, y1 = ring[index], ring[index + 1]
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
        x0, y0 = x1, y1
    return cx / (6 * area), cy / (6 * area)


def _crossings(rings: Iterable[Ring], y: float) -> list[float]:
    xs: list[float] = []
    for ring in rings:
        count = len(ring)
        x0, y0 = ring[count - 2], ring[count - 1]
        for index in range(0, count, 2):
            x1, y1 = ring[index], ring[index + 1]
            if (y1 > y) != (y0 > y):
                xs.append((x0 - x1) * (y - y1) / (y0 - y1) + x1)
            x0, y0 = x1, y1
    return xs


@dataclass(frozen=True, slots=True)
class VillageOutline:
    """Where a village is drawn and checked: its own outline, or its kecamatan's (``exact``
    False) for the few villages the boundary data does not have yet."""

    shape: Shape
    exact: bool


@dataclass(slots=True, eq=False)
class Boundaries:
    kabupaten: dict[str, Shape]
    kecamatan: dict[str, Shape]
    desa: dict[str, Shape]
    bounds: Box
    _labels: dict[str, tuple[float, float]] = field(default_factory=dict)

    @classmethod
    def of(cls, levels: dict[RegionLevel, dict[str, Shape]]) -> Boundaries:
        bounds = united(shape.bbox for shape in levels[RegionLevel.KABUPATEN].values())
        if bounds is None:
            raise ValueError("no kabupaten outline in the boundaries")
        return cls(
            levels[RegionLevel.KABUPATEN],
            levels[RegionLevel.KECAMATAN],
            levels[RegionLevel.DESA],
            bounds,
        )

    def levels(self) -> dict[RegionLevel, dict[str, Shape]]:
        return {
            RegionLevel.KABUPATEN: self.kabupaten,
            RegionLevel.KECAMATAN: self.kecamatan,
            RegionLevel.DESA: self.desa,
        }

    def shape(self, code: str) -> Shape | None:
        level = {2: self.kabupaten, 3: self.kecamatan, 4: self.desa}.get(code.count(".") + 1)
        return None if level is None else level.get(code)

    def village(self, code: str) -> VillageOutline | None:
        desa = self.desa.get(code)
        if desa is not None:
            return VillageOutline(desa, exact=True)
        kecamatan = self.kecamatan.get(parent_codes(code)[1]) if code.count(".") == 3 else None
        return None if kecamatan is None else VillageOutline(kecamatan, exact=False)

    def box_of(self, codes: Iterable[str]) -> Box | None:
        """The box around the given regions (any level); None when none of them is known."""
        boxes = []
        for code in codes:
            shape = self.shape(code)
            if shape is None and (outline := self.village(code)) is not None:
                shape = outline.shape
            if shape is not None:
                boxes.append(shape.bbox)
        return united(boxes)

    def label_point(self, shape: Shape) -> tuple[float, float]:
        point = self._labels.get(shape.code)
        if point is None:
            point = self._labels[shape.code] = shape.label_point()
        return point

    def km_outside_village(
        self, village_code: str, latitude: float, longitude: float
    ) -> tuple[float, bool] | None:
        """(km outside the village's outline, whether the village's own outline was used), or
        None for an unknown village."""
        outline = self.village(village_code)
        if outline is None:
            return None
        x, y = project(longitude, latitude)
        return outline.shape.distance_km(x, y), outline.exact


# --- loading -----------------------------------------------------------------------------------


def _ring(coordinates: Sequence[Sequence[float]]) -> Ring:
    # GeoJSON closes rings by repeating the first point; the drawing and the tests close them
    # themselves, so the repeat is dropped.
    points = coordinates[:-1] if len(coordinates) > 1 and coordinates[0] == coordinates[-1] else []
    points = points or coordinates
    x_scale, y_scale = X_KM_PER_DEGREE, -KM_PER_DEGREE
    return array("d", [v for lon, lat in points for v in (lon * x_scale, lat * y_scale)])


def _shape(feature: dict[str, Any], level: RegionLevel) -> Shape:
    geometry = feature["geometry"]
    polygons = (
        [geometry["coordinates"]]
        if geometry["type"] == "Polygon"
        else list(geometry["coordinates"])
    )
    rings = tuple(tuple(_ring(ring) for ring in polygon) for polygon in polygons)
    xs = [min(polygon[0][0::2]) for polygon in rings] + [max(p[0][0::2]) for p in rings]
    ys = [min(polygon[0][1::2]) for polygon in rings] + [max(p[0][1::2]) for p in rings]
    properties = feature["properties"]
    return Shape(
        str(properties["code"]),
        str(properties["name"]),
        level,
        rings,
        Box(min(xs), min(ys), max(xs), max(ys)),
    )


def read_boundaries(directory: Path) -> Boundaries:
    """Parse the three GeoJSON files (0.1–0.5 s). The app reads them through
    ``storage.boundary_cache``, which keeps a compact copy and shares one per process."""
    levels: dict[RegionLevel, dict[str, Shape]] = {}
    for level, name in FILES.items():
        with (directory / name).open(encoding="utf-8") as handle:
            collection = json.load(handle)
        levels[level] = {
            shape.code: shape for shape in (_shape(f, level) for f in collection["features"])
        }
    return Boundaries.of(levels)
