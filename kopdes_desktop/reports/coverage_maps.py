"""The coverage map of the monthly PDFs: the kabupaten's villages (PMO recap) or the BA's own
(BA report), coloured by days since the last visit as the period ended, as on the Peta screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtGui import QImage
from sqlalchemy.orm import Session

from kopdes_desktop.domain.coverage_map import NO_COOPERATIVE, MapData, MapMeasure
from kopdes_desktop.domain.regions import RegionCatalog, RegionLevel
from kopdes_desktop.domain.reporting import Period
from kopdes_desktop.reports import html, wording
from kopdes_desktop.reports.formatting import count, short_date
from kopdes_desktop.reports.map_drawing import coverage_image, legend_of
from kopdes_desktop.storage import map_queries

IMAGE = "map:coverage"  # the image's name in the report's HTML


def read(
    session: Session,
    period: Period,
    *,
    area: tuple[str, ...] = (),
    villages: Iterable[str] | None = None,
    catalog: RegionCatalog,
) -> MapData:
    """The map of ``area`` (kabupaten codes) or of the given ``villages`` (a BA's), as the period
    ended. Cooperatives outside them are drawn too, paled."""
    cooperatives = map_queries.cooperatives_on_map(session, period, area)
    focus_villages = frozenset(villages) if villages is not None else catalog.villages_in(area)
    return MapData(
        period=period,
        cooperatives=tuple(cooperatives),
        area_villages=focus_villages,
        focus=area if villages is None else tuple(sorted(focus_villages)),
    )


NO_COOPERATIVE_WORDING = "Belum ada koperasi terdata"


def _class_name(key: StrEnum) -> str:
    return NO_COOPERATIVE_WORDING if key is NO_COOPERATIVE else wording.label(key)


def render(data: MapData, catalog: RegionCatalog) -> QImage:
    legend = legend_of(
        data,
        MapMeasure.LAST_VISIT,
        _class_name,
        title=f"Hari sejak kunjungan terakhir, per {short_date(data.as_of)}",
        notes=(
            "◆ Desa tanpa peta batas: di kecamatannya",
            "Pucat: di luar wilayah laporan",
        ),
        count_text=count,
    )
    villages = (region.code for region in catalog.at_level(RegionLevel.DESA))
    caption = "Batas wilayah: cahyadsn/wilayah_boundaries (MIT), disederhanakan"
    return coverage_image(data, villages, legend, caption)


def section(data: MapData, *, new_page: bool = True) -> list[str]:
    """The map and how to read it (the image itself is served to the document as ``IMAGE``),
    at the top of a page unless the caller's heading just above it starts one."""
    return [
        html.heading(3, "Peta cakupan kunjungan", new_page=new_page),
        f'<p><img src="{IMAGE}"/></p>',
        html.paragraph(
            f"Warna desa: hari sejak kunjungan terakhir ke koperasinya sampai "
            f"{short_date(data.as_of)}, angka dalam kurung: jumlah desa. Desa dengan beberapa "
            "koperasi mengikuti koperasi yang paling lama tidak dikunjungi.",
            "note",
        ),
    ]
