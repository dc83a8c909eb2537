"""The map's boundaries: parsed once per process, and kept in a compact copy in the data folder.

Parsing the shipped GeoJSON (3.5 MB) costs 0.1 s on a quiet 2-core laptop and 0.5 s on a busy
one, nearly all of it in ``json``. The compact copy (an index of codes, names and ring lengths,
then every coordinate as a little-endian float64, already projected) reads in about 20 ms. It is
written at the first use after an install or upgrade, named after the SHA-256 of the GeoJSON, so
a new data release makes a new copy and older ones are removed. A copy that is damaged, or made
by another version of this format, is ignored and written again; one that cannot be written (a
read-only folder) only costs the GeoJSON parse. The repository keeps the GeoJSON alone: nothing
generated is committed (docs/map.md).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import struct
import sys
import threading
from array import array
from pathlib import Path
from typing import Any

from kopdes_desktop import paths
from kopdes_desktop.domain.geography import FILES, Boundaries, Box, Shape, read_boundaries
from kopdes_desktop.domain.regions import RegionLevel

log = logging.getLogger(__name__)

MAGIC = b"KOPDES-BOUNDARIES-1\n"
LENGTH = struct.Struct("<Q")
COPY_PREFIX = "boundaries-"

_loaded: dict[Path, Boundaries] = {}
_loading = threading.Lock()


def shared_boundaries() -> Boundaries:
    """The shipped boundaries, the same object for every screen, service and report."""
    return load_boundaries(paths.boundaries_dir(), paths.cache_dir())


def load_boundaries(source: Path, cache: Path | None) -> Boundaries:
    """The boundaries of the GeoJSON in ``source``, read once per process, from the compact
    copy in ``cache`` when it is there and current."""
    with _loading:  # two threads asking at once read the files once
        boundaries = _loaded.get(source)
        if boundaries is None:
            boundaries = _loaded[source] = _read(source, cache)
        return boundaries


def fingerprint(source: Path) -> str:
    digest = hashlib.sha256()
    for name in FILES.values():
        digest.update((source / name).read_bytes())
    return digest.hexdigest()


def _read(source: Path, cache: Path | None) -> Boundaries:
    if cache is None:
        return read_boundaries(source)
    key = fingerprint(source)
    copy = cache / f"{COPY_PREFIX}{key[:16]}.bin"
    boundaries = read_copy(copy, key)
    if boundaries is None:
        boundaries = read_boundaries(source)
        try:
            write_copy(copy, boundaries, key)
            for old in cache.glob(f"{COPY_PREFIX}*.bin"):
                if old != copy:
                    old.unlink(missing_ok=True)
        except OSError as error:
            log.warning("could not keep a compact copy of the boundaries: %s", error)
    return boundaries


def write_copy(target: Path, boundaries: Boundaries, key: str) -> None:
    index: dict[str, list[Any]] = {}
    coordinates = array("d")
    for level, shapes in boundaries.levels().items():
        rows = index.setdefault(level.value, [])
        for shape in shapes.values():
            rows.append(
                [
                    shape.code,
                    shape.name,
                    [[len(ring) for ring in polygon] for polygon in shape.polygons],
                    list(shape.bbox),
                ]
            )
            for ring in shape.rings():
                coordinates.extend(ring)
    if sys.byteorder != "little":
        coordinates.byteswap()
    header = json.dumps({"key": key, "levels": index}, ensure_ascii=False).encode("utf-8")
    partial = target.with_name(f".{target.name}.partial")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with partial.open("wb") as handle:
            handle.write(MAGIC + LENGTH.pack(len(header)) + header)
            handle.write(coordinates.tobytes())
        os.replace(partial, target)  # readers see the whole copy or none
    finally:
        partial.unlink(missing_ok=True)


def read_copy(copy: Path, key: str) -> Boundaries | None:
    """The boundaries in a compact copy, or None when it is missing, damaged or stale."""
    try:
        data = copy.read_bytes()
    except OSError:
        return None
    try:
        return _parse_copy(data, key)
    except (ValueError, KeyError, IndexError, TypeError, struct.error) as error:
        log.warning("ignoring the damaged compact boundaries %s: %s", copy, error)
        return None


def _parse_copy(data: bytes, key: str) -> Boundaries | None:
    if not data.startswith(MAGIC):
        raise ValueError("not a compact boundaries file")
    (length,) = LENGTH.unpack_from(data, len(MAGIC))
    start = len(MAGIC) + LENGTH.size
    header = json.loads(data[start : start + length].decode("utf-8"))
    if header["key"] != key:
        return None  # made from other GeoJSON
    coordinates = array("d")
    coordinates.frombytes(data[start + length :])
    if sys.byteorder != "little":
        coordinates.byteswap()
    position = 0
    levels: dict[RegionLevel, dict[str, Shape]] = {}
    for level in RegionLevel:
        shapes: dict[str, Shape] = {}
        for code, name, ring_lengths, box in header["levels"][level.value]:
            polygons = []
            for lengths in ring_lengths:
                rings = []
                for count in lengths:
                    if count < 6 or count % 2 or position + count > len(coordinates):
                        raise ValueError(f"ring of {count} values at {position}")
                    rings.append(coordinates[position : position + count])
                    position += count
                polygons.append(tuple(rings))
            shapes[code] = Shape(code, name, level, tuple(polygons), Box(*box))
        levels[level] = shapes
    if position != len(coordinates):
        raise ValueError(f"{len(coordinates) - position} values left over")
    return Boundaries.of(levels)
