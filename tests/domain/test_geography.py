"""The shipped boundaries: every region code has its outline, and the geometry is right."""

from __future__ import annotations

import math

import pytest

from kopdes_desktop import paths
from kopdes_desktop.domain.geography import (
    KM_PER_DEGREE,
    Boundaries,
    project,
    read_boundaries,
    unproject,
)
from kopdes_desktop.domain.regions import RegionCatalog, RegionLevel, parent_codes

# The 15 newest villages without a polygon upstream (resources/boundaries/SOURCE.md).
UNMAPPED = {
    "61.01.10.2012", "61.01.10.2013",
    "61.09.01.2018", "61.09.01.2019", "61.09.01.2020",
    "61.09.03.2014", "61.09.03.2015",
    "61.09.05.2010", "61.09.05.2011",
    "61.12.01.2021", "61.12.01.2022",
    "61.12.02.2006",
    "61.12.03.2014",
    "61.12.09.2014", "61.12.09.2015",
}  # fmt: skip


@pytest.fixture(scope="module")
def boundaries() -> Boundaries:
    return read_boundaries(paths.boundaries_dir())  # the shipped GeoJSON itself


def test_every_shipped_village_maps_to_its_outline_or_its_kecamatan(
    boundaries: Boundaries, catalog: RegionCatalog
) -> None:
    villages = catalog.at_level(RegionLevel.DESA)
    assert len(villages) == 2145
    fallback = set()
    for village in villages:
        outline = boundaries.village(village.code)
        assert outline is not None, village.code
        if outline.exact:
            assert outline.shape.code == village.code
            assert outline.shape.name == village.name
        else:
            assert outline.shape.code == parent_codes(village.code)[1]
            fallback.add(village.code)
    assert fallback == UNMAPPED
    assert len(boundaries.desa) == 2130


def test_every_kabupaten_and_kecamatan_has_its_outline_under_the_catalogue_name(
    boundaries: Boundaries, catalog: RegionCatalog
) -> None:
    for level, shapes in (
        (RegionLevel.KABUPATEN, boundaries.kabupaten),
        (RegionLevel.KECAMATAN, boundaries.kecamatan),
    ):
        regions = catalog.at_level(level)
        assert {r.code for r in regions} == set(shapes)
        assert all(shapes[r.code].name == r.name for r in regions)
    # Nothing the catalogue does not know.
    assert set(boundaries.desa) <= {r.code for r in catalog.at_level(RegionLevel.DESA)}


@pytest.mark.parametrize(
    ("place", "latitude", "longitude", "kabupaten"),
    [
        ("Tugu Khatulistiwa, Pontianak", 0.0006, 109.3219, "61.71"),
        ("Singkawang city centre", 0.9070, 108.9850, "61.72"),
        ("Putussibau", 0.8390, 112.9300, "61.06"),
        ("Ketapang town", -1.8350, 109.9800, "61.04"),
    ],
)
def test_known_places_lie_in_their_kabupaten(
    boundaries: Boundaries, place: str, latitude: float, longitude: float, kabupaten: str
) -> None:
    x, y = project(longitude, latitude)
    inside = [code for code, shape in boundaries.kabupaten.items() if shape.contains(x, y)]
    assert inside == [kabupaten], place


def test_projection_keeps_kilometres_and_turns_back() -> None:
    # One degree of latitude is ~111.2 km; longitude at Kalbar's latitudes almost the same.
    x0, y0 = project(109.0, 0.0)
    x1, y1 = project(109.0, -1.0)
    assert y1 - y0 == pytest.approx(KM_PER_DEGREE)
    assert x1 == x0
    x2, _ = project(110.0, 0.0)
    assert x2 - x0 == pytest.approx(111.19, abs=0.05)
    assert unproject(*project(109.3425, -0.0263)) == pytest.approx((109.3425, -0.0263))


def test_label_points_lie_inside_and_distances_grow_outside(boundaries: Boundaries) -> None:
    for shape in (*boundaries.kabupaten.values(), *boundaries.kecamatan.values()):
        x, y = boundaries.label_point(shape)
        assert shape.contains(x, y), shape.code
        assert shape.distance_km(x, y) == 0.0
    desa = boundaries.desa["61.12.01.2001"]
    x, y = boundaries.label_point(desa)
    east = desa.bbox.right + 10.0  # 10 km beyond its easternmost point
    assert not desa.contains(east, y)
    assert 10.0 <= desa.distance_km(east, y) <= 10.0 + desa.bbox.width
    # Coordinates typed with the sign of the latitude flipped land ~hundreds of km away.
    longitude, latitude = unproject(x, y)
    far = boundaries.km_outside_village("61.12.01.2001", -latitude + 1.0, longitude)
    assert far is not None
    assert far[0] > 50
    assert far[1] is True


def test_unmapped_villages_are_checked_against_their_kecamatan(boundaries: Boundaries) -> None:
    kecamatan = boundaries.kecamatan["61.12.01"]
    longitude, latitude = unproject(*boundaries.label_point(kecamatan))
    inside = boundaries.km_outside_village("61.12.01.2021", latitude, longitude)
    assert inside == (0.0, False)
    assert boundaries.km_outside_village("61.99.99.9999", latitude, longitude) is None


def test_boxes_of_regions_at_any_level(boundaries: Boundaries) -> None:
    assert math.isfinite(boundaries.bounds.width)
    assert boundaries.box_of(["61.12"]) == boundaries.kabupaten["61.12"].bbox
    assert boundaries.box_of(["61.12.01.2021"]) == boundaries.kecamatan["61.12.01"].bbox
    assert boundaries.box_of(["nothing"]) is None
