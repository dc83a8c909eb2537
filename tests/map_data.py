"""The area of tests/area_data.py with what the map needs besides: GPS on visits (one of them
far outside its village) and a cooperative in a village that has no outline yet.

- visit mekar-gps (Mekar Jaya, 5 days ago, approved, ba-1): GPS inside its village, from a photo;
- visit sinar-far (Sinar Harapan, 40 days ago, approved, ba-1): GPS 30 km east of its village,
  typed in;
- cooperative Kampung Baru in 61.12.01.2021 (a village with no outline yet), with visit baru-gps
  (15 days ago, approved, ba-1): GPS inside its kecamatan, source not known (an older app).
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from datetime import UTC, datetime, time

from kopdes_desktop.domain.enums import (
    GpsSource,
    OperationalStatus,
    OpportunityStatus,
    Sector,
    VisitStatus,
)
from kopdes_desktop.domain.geography import unproject
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Cooperative, Opportunity, Record, ReviewComment, Visit
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import record_store
from kopdes_desktop.storage.boundary_cache import shared_boundaries
from tests.area_data import Area, build_area, days_ago

UNMAPPED_VILLAGE = "61.12.01.2021"
FAR_KM = 30.0


@dataclass
class MapArea:
    area: Area
    villages: dict[str, str]  # cooperative name → village code


def build_map_area(context: ServiceContext) -> MapArea:
    area = build_area(context)
    boundaries = shared_boundaries()
    kr_villages = [v.code for v in context.catalog.children("61.12.01")]
    villages = {
        name: kr_villages[index]
        for index, name in enumerate(
            ("Mekar Jaya", "Sinar Harapan", "Karya Bersama", "Sungai Putih", "Tanjung Harapan")
        )
    }
    villages["Sambas Makmur"] = context.catalog.children("61.01.01")[0].code
    villages["Kampung Baru"] = UNMAPPED_VILLAGE
    area.cooperatives["Kampung Baru"] = new_id()

    def inside(village: str, east_km: float = 0.0) -> tuple[float, float]:
        outline = boundaries.village(village)
        assert outline is not None
        x, y = boundaries.label_point(outline.shape)
        longitude, latitude = unproject(x + east_km, y)
        return latitude, longitude

    records = [
        Cooperative(
            id=area.cooperatives["Kampung Baru"],
            name="Koperasi Desa Merah Putih Kampung Baru",
            village_code=UNMAPPED_VILLAGE,
            operational_status=OperationalStatus.PREPARING,
        )
    ]
    for label, cooperative, days, village, east, source in (
        ("mekar-gps", "Mekar Jaya", 5, villages["Mekar Jaya"], 0.0, GpsSource.PHOTO),
        ("sinar-far", "Sinar Harapan", 40, villages["Sinar Harapan"], FAR_KM, GpsSource.MANUAL),
        ("baru-gps", "Kampung Baru", 15, UNMAPPED_VILLAGE, 0.0, None),
    ):
        latitude, longitude = inside(village, east)
        if east:  # due east of the village's box, not merely of its label point
            outline = boundaries.village(village)
            assert outline is not None
            box = outline.shape.bbox
            longitude, latitude = unproject(box.right + FAR_KM, (box.top + box.bottom) / 2)
        visit_id = new_id()
        area.visits[label] = visit_id
        records.append(
            Visit(
                id=visit_id,
                cooperative_id=area.cooperatives[cooperative],
                author_id="ba-1",
                visit_date=days_ago(days),
                start_time=time(9),
                end_time=time(10),
                latitude=round(latitude, 6),
                longitude=round(longitude, 6),
                gps_source=source,
                findings=f"Temuan kunjungan {label}",
                status=VisitStatus.APPROVED,
            )
        )
    with context.database.write() as session:
        for record in records:
            record_store.insert(session, record)
    return MapArea(area, villages)


BA_NAMES = ("Siti Aminah", "Yohanes Kristo", "Dewi Lestari", "Agus Salim")


def build_busy_villages(context: ServiceContext, villages: list[str], seed: int = 7) -> int:
    """One cooperative per village with a few months of visits (most with GPS, a few typed
    wrong) and opportunity notes: what a screenshot of a working area looks like. Returns how
    many visits were made."""
    rng = random.Random(seed)
    boundaries = shared_boundaries()
    records: list[Record] = []
    authors = [f"ba-{n}" for n in range(1, len(BA_NAMES) + 1)]
    visits = 0
    for index, village in enumerate(villages):
        outline = boundaries.village(village)
        assert outline is not None
        region = context.catalog.get(village)
        cooperative_id = new_id()
        records.append(
            Cooperative(
                id=cooperative_id,
                name=f"Koperasi Desa Merah Putih {region.name if region else village}",
                village_code=village,
                operational_status=rng.choice([*OperationalStatus, None]),
            )
        )
        author = authors[index * len(authors) // len(villages)]
        for _n in range(rng.choice((0, 1, 1, 2, 3))):
            x, y = boundaries.label_point(outline.shape)
            if rng.random() < 0.06:  # typed at the office, or a digit slipped
                x += rng.choice((-1, 1)) * rng.uniform(15, 60)
            longitude, latitude = unproject(x + rng.uniform(-0.3, 0.3), y + rng.uniform(-0.3, 0.3))
            visit_id = new_id()
            status = rng.choice((VisitStatus.APPROVED, VisitStatus.APPROVED, VisitStatus.SUBMITTED))
            day = days_ago(rng.randint(0, 130))
            records.append(
                Visit(
                    id=visit_id,
                    cooperative_id=cooperative_id,
                    author_id=author,
                    visit_date=day,
                    latitude=round(latitude, 6) if rng.random() < 0.85 else None,
                    longitude=round(longitude, 6),
                    findings="Pembukuan simpanan wajib belum rapi.",
                    status=status,
                )
            )
            records.append(
                ReviewComment(
                    id=new_id(),
                    visit_id=visit_id,
                    author_name=BA_NAMES[authors.index(author)],
                    created_at=datetime.combine(day, time(4), tzinfo=UTC),
                    from_status=VisitStatus.DRAFT,
                    to_status=VisitStatus.SUBMITTED,
                )
            )
            visits += 1
        for _n in range(rng.choice((0, 0, 1, 2))):
            sector, commodity = rng.choice(
                (
                    (Sector.PLANTATION, "karet"),
                    (Sector.PLANTATION, "kelapa sawit"),
                    (Sector.FORESTRY, "madu kelulut"),
                    (Sector.CAPTURE_FISHERIES, "ikan sungai"),
                )
            )
            records.append(
                Opportunity(
                    id=new_id(),
                    cooperative_id=cooperative_id,
                    author_id=author,
                    title=commodity.title(),
                    sector=sector,
                    commodity=commodity,
                    status=rng.choice((OpportunityStatus.IDEA, OpportunityStatus.ASSESSED)),
                )
            )
    # A visit without a latitude keeps no longitude either.
    records = [
        dataclasses.replace(r, longitude=None) if isinstance(r, Visit) and r.latitude is None else r
        for r in records
    ]
    with context.database.write() as session:
        for record in records:
            record_store.insert(session, record)
    return visits
