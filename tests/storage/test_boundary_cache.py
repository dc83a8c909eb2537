"""The compact copy of the boundaries: the same shapes as the GeoJSON, and never trusted blindly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kopdes_desktop import paths
from kopdes_desktop.domain.geography import Boundaries, read_boundaries
from kopdes_desktop.storage import boundary_cache
from kopdes_desktop.storage.boundary_cache import (
    fingerprint,
    load_boundaries,
    read_copy,
    shared_boundaries,
    write_copy,
)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A private copy of the shipped GeoJSON (so the process-wide memo starts empty for it)."""
    folder = tmp_path / "boundaries"
    shutil.copytree(paths.boundaries_dir(), folder)
    return folder


def same(left: Boundaries, right: Boundaries) -> None:
    for level, shapes in left.levels().items():
        others = right.levels()[level]
        assert list(shapes) == list(others)
        for code, shape in shapes.items():
            other = others[code]
            assert (shape.name, shape.level, shape.bbox) == (other.name, other.level, other.bbox)
            assert [list(r) for r in shape.rings()] == [list(r) for r in other.rings()]
    assert left.bounds == right.bounds


def test_the_copy_holds_exactly_what_the_geojson_holds(source: Path, tmp_path: Path) -> None:
    parsed = read_boundaries(source)
    key = fingerprint(source)
    copy = tmp_path / "copy.bin"
    write_copy(copy, parsed, key)
    restored = read_copy(copy, key)
    assert restored is not None
    same(parsed, restored)
    assert copy.stat().st_size < 3_000_000  # smaller than the 3.5 MB of GeoJSON


def test_the_copy_is_made_at_first_use_and_read_afterwards(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = load_boundaries(source, cache)
    assert load_boundaries(source, cache) is first  # once per process
    [copy] = cache.glob("boundaries-*.bin")
    # A later start (a new process: the memo is empty) reads the copy, not the GeoJSON.
    monkeypatch.setattr(boundary_cache, "_loaded", {})

    def no_parsing(_directory: Path) -> Boundaries:
        raise AssertionError("parsed the GeoJSON although the copy is current")

    monkeypatch.setattr(boundary_cache, "read_boundaries", no_parsing)
    same(first, load_boundaries(source, cache))
    assert copy.exists()


def test_a_damaged_or_stale_copy_is_replaced(source: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_boundaries(source, cache)
    [copy] = cache.glob("boundaries-*.bin")
    copy.write_bytes(copy.read_bytes()[: copy.stat().st_size // 2])  # cut by a power failure
    assert read_copy(copy, fingerprint(source)) is None
    boundary_cache._loaded.pop(source)
    again = load_boundaries(source, cache)
    assert read_copy(copy, fingerprint(source)) is not None  # written whole again
    assert len(again.desa) == 2130

    # New boundaries shipped (one name changed): a new copy, the old one removed.
    desa = source / "desa.geojson"
    desa.write_text(desa.read_text(encoding="utf-8").replace("Sungai Raya", "Sungai Raja"))
    boundary_cache._loaded.pop(source)
    renamed = load_boundaries(source, cache)
    assert renamed.desa["61.12.01.2001"].name == "Sungai Raja"
    [newer] = cache.glob("boundaries-*.bin")
    assert newer != copy


def test_a_folder_that_cannot_be_written_only_costs_the_parse(source: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    boundaries = load_boundaries(source, blocker / "cache")
    assert len(boundaries.desa) == 2130


def test_screens_services_and_reports_share_one_copy() -> None:
    assert shared_boundaries() is shared_boundaries()
    assert shared_boundaries().desa["61.12.01.2001"].name == "Sungai Raya"
