"""Kemendagri region codes of the areas the app serves: kabupaten → kecamatan → desa.

Loaded from the CSV files shipped under ``resources/regions`` (see SOURCE.md there for origin
and licence). Pure Python and read-only, so the laptop and the server share one catalogue.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class RegionLevel(StrEnum):
    KABUPATEN = "kabupaten"
    KECAMATAN = "kecamatan"
    DESA = "desa"


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str
    level: RegionLevel
    parent_code: str | None
    # For villages: "desa" or "kelurahan"; for kabupaten: "kabupaten" or "kota".
    kind: str


def parent_codes(village_code: str) -> tuple[str, str]:
    """(kabupaten, kecamatan) codes of a village code such as ``61.01.01.2001``."""
    parts = village_code.split(".")
    return ".".join(parts[:2]), ".".join(parts[:3])


def kabupaten_of(village_code: str | None) -> str | None:
    """The kabupaten/kota code of a village code, or None when there is no village."""
    return parent_codes(village_code)[0] if village_code else None


def fold(text: str) -> str:
    """Case- and accent-insensitive form for name search (``Saba'u`` matches ``sabau``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() or c == " ")


class RegionCatalog:
    def __init__(self, regions: Iterable[Region]) -> None:
        self._by_code: dict[str, Region] = {}
        self._children: dict[str | None, list[Region]] = {}
        for region in regions:
            if region.code in self._by_code:
                raise ValueError(f"duplicate region code {region.code}")
            self._by_code[region.code] = region
            self._children.setdefault(region.parent_code, []).append(region)
        for region in self._by_code.values():
            if region.parent_code is not None and region.parent_code not in self._by_code:
                raise ValueError(f"region {region.code} has unknown parent {region.parent_code}")
        self._folded = {code: fold(r.name) for code, r in self._by_code.items()}

    @classmethod
    def from_directory(cls, directory: Path) -> RegionCatalog:
        def rows(name: str) -> list[dict[str, str]]:
            with (directory / name).open(encoding="utf-8", newline="") as handle:
                return list(csv.DictReader(handle))

        regions: list[Region] = []
        for row in rows("kabupaten.csv"):
            kind = "kota" if row["name"].startswith("Kota ") else "kabupaten"
            regions.append(Region(row["code"], row["name"], RegionLevel.KABUPATEN, None, kind))
        for row in rows("kecamatan.csv"):
            regions.append(
                Region(
                    row["code"],
                    row["name"],
                    RegionLevel.KECAMATAN,
                    row["kabupaten_code"],
                    "kecamatan",
                )
            )
        for row in rows("desa.csv"):
            regions.append(
                Region(
                    row["code"], row["name"], RegionLevel.DESA, row["kecamatan_code"], row["type"]
                )
            )
        return cls(regions)

    def __len__(self) -> int:
        return len(self._by_code)

    def all(self) -> list[Region]:
        return list(self._by_code.values())

    def get(self, code: str) -> Region | None:
        return self._by_code.get(code)

    def at_level(self, level: RegionLevel) -> list[Region]:
        return [r for r in self._by_code.values() if r.level is level]

    def kabupaten(self) -> list[Region]:
        return list(self._children.get(None, []))

    def children(self, code: str) -> list[Region]:
        return list(self._children.get(code, []))

    def villages_in(self, kabupaten_codes: Iterable[str]) -> frozenset[str]:
        """Codes of every desa/kelurahan of the given kabupaten/kota."""
        return frozenset(
            village.code
            for kabupaten in kabupaten_codes
            for kecamatan in self.children(kabupaten)
            for village in self.children(kecamatan.code)
        )

    def village_exists(self, code: str) -> bool:
        region = self._by_code.get(code)
        return region is not None and region.level is RegionLevel.DESA

    def search(self, text: str, level: RegionLevel | None = None, limit: int = 50) -> list[Region]:
        """Regions whose name contains every word of ``text``, best (prefix) matches first."""
        words = fold(text).split()
        if not words:
            return []
        hits = [
            region
            for code, region in self._by_code.items()
            if (level is None or region.level is level)
            and all(word in self._folded[code] for word in words)
        ]
        hits.sort(key=lambda r: (not self._folded[r.code].startswith(words[0]), r.name, r.code))
        return hits[:limit]

    def path(self, village_code: str) -> tuple[Region, Region, Region] | None:
        """(kabupaten, kecamatan, desa) of a village, or None if the code is unknown."""
        desa = self._by_code.get(village_code)
        if desa is None or desa.level is not RegionLevel.DESA or desa.parent_code is None:
            return None
        kecamatan = self._by_code[desa.parent_code]
        assert kecamatan.parent_code is not None
        return self._by_code[kecamatan.parent_code], kecamatan, desa
