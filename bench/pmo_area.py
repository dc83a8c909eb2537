"""A busy PMO's area as the server sends it on a first download (issue 15's PMO scenario).

400 cooperatives of one kabupaten (one per village), each with 4 officers and 3 business units;
20,000 visits with 2 agreed actions and 1 review comment each; 5,000 opportunities; 2,000
photos (metadata): 90,200 records. Used by bench/apply_bulk.py (changes straight into a laptop) and
bench/sync_link.py's pmo-area scenario (the same records written on a real server).
"""

from __future__ import annotations

import hashlib
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.enums import (
    BusinessUnitStatus,
    BusinessUnitType,
    OfficerBody,
    OfficerRole,
    OpportunityNeed,
    PersonMet,
    Priority,
    Sector,
    TravelMode,
    VisitPurpose,
    VisitStatus,
)
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import (
    AgreedAction,
    BusinessUnit,
    Cooperative,
    Officer,
    Opportunity,
    Photo,
    Record,
    RecordType,
    ReviewComment,
    Visit,
    record_type_of,
)
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.server.accounts import now
from kopdes_desktop.server.db import Database as ServerDatabase
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.server.versioning import PENDING, WriteBatch

KABUPATEN = "61.05"  # 406 villages: one cooperative each, as the server allows


@dataclass(frozen=True)
class AreaSize:
    cooperatives: int = 400
    visits: int = 20_000
    opportunities: int = 5_000
    photos: int = 2_000


def _villages(catalog: RegionCatalog, count: int) -> list[str]:
    codes = sorted(
        v.code for v in catalog.all() if v.level == "desa" and v.code.startswith(KABUPATEN + ".")
    )
    return codes[:count]


def records(
    catalog: RegionCatalog,
    size: AreaSize,
    existing: list[str] | None = None,
    seed: int = 15,
) -> Iterator[Record]:
    """Parents before children, as a server's version order has them. ``existing``: the
    cooperatives already on a server (one per village): their children are made, not them."""
    rng = random.Random(seed)
    cooperative_ids: list[str] = []
    villages = _villages(catalog, size.cooperatives)
    for number in range(size.cooperatives):
        if existing is not None:
            cooperative_id = existing[number]
        else:
            cooperative = Cooperative(
                id=new_id(),
                name=f"Koperasi Desa Merah Putih {villages[number]}",
                village_code=villages[number],
                address=f"Jalan Raya Desa No. {number}",
                phone=f"0812-{rng.randrange(10**7):07d}",
                member_count=rng.randrange(20, 400),
                simpanan_pokok=100_000,
                simpanan_wajib=10_000,
                last_rat_year=2026,
                notes="Pengurus aktif; gerai sembako sedang disiapkan.",
            )
            cooperative_id = cooperative.id
            yield cooperative
        cooperative_ids.append(cooperative_id)
        for role in (OfficerRole.CHAIR, OfficerRole.SECRETARY, OfficerRole.TREASURER, None):
            yield Officer(
                id=new_id(),
                cooperative_id=cooperative_id,
                body=OfficerBody.PENGURUS if role else OfficerBody.PENGAWAS,
                name=f"Pengurus {rng.randrange(10**6)}",
                role=role,
                phone=f"0813-{rng.randrange(10**7):07d}",
            )
        for unit_type in list(BusinessUnitType)[:3]:
            yield BusinessUnit(
                id=new_id(),
                cooperative_id=cooperative_id,
                unit_type=unit_type,
                status=BusinessUnitStatus.PREPARING,
            )
    parents: list[str] = []
    start = date(2026, 1, 5)
    for number in range(size.visits):
        visit = Visit(
            id=new_id(),
            cooperative_id=cooperative_ids[number % len(cooperative_ids)],
            author_id=f"ba-{number % 12}",
            visit_date=start + timedelta(days=number % 320),
            start_time=time(9),
            end_time=time(11, 30),
            travel_mode=TravelMode.RIVER,
            people_met=(PersonMet.PENGURUS, PersonMet.VILLAGE_HEAD),
            people_count=rng.randrange(3, 30),
            purposes=(VisitPurpose.LEGAL_DOCUMENTS, VisitPurpose.TRAINING),
            findings="Rapat pengurus; gerai sembako mulai buka. Pembukuan simpanan wajib "
            f"belum rapi. Kunjungan ke-{number}.",
            problems="Modal kerja belum cukup.",
            status=VisitStatus.APPROVED,
        )
        parents.append(visit.id)
        yield visit
        for k in range(2):
            yield AgreedAction(
                id=new_id(),
                visit_id=visit.id,
                description=f"Tindak lanjut {k}: rapikan buku kas",
                owner="Ketua",
                due_date=visit.visit_date,
            )
        yield ReviewComment(
            id=new_id(),
            visit_id=visit.id,
            author_name="PMO Sambas",
            created_at=datetime(2026, 11, 1, 10, 0),
            from_status=VisitStatus.SUBMITTED,
            to_status=VisitStatus.APPROVED,
            comment="Baik, lanjutkan.",
        )
    for number in range(size.opportunities):
        opportunity = Opportunity(
            id=new_id(),
            cooperative_id=cooperative_ids[number % len(cooperative_ids)],
            author_id=f"ba-{number % 12}",
            title=f"Madu kelulut {number}",
            sector=Sector.FORESTRY,
            commodity="madu kelulut",
            volume=200.0,
            volume_unit="kg/bulan",
            capital_needed=25_000_000,
            monthly_revenue=6_000_000,
            needs=(OpportunityNeed.FINANCING,),
            priority=Priority.HIGH,
        )
        parents.append(opportunity.id)
        yield opportunity
    for number in range(size.photos):
        yield Photo(
            id=new_id(),
            parent_id=parents[number * 7 % len(parents)],
            sha256=hashlib.sha256(str(number).encode()).hexdigest(),
            caption=f"Foto gerai {number}",
        )


def cooperative_of(record: Record, parents: dict[str, str]) -> str:
    """The cooperative a record belongs to (``parents``: visit/opportunity id → cooperative)."""
    if record_type_of(record) is RecordType.COOPERATIVE:
        return record.id
    for name in ("cooperative_id", "visit_id", "parent_id"):
        value = getattr(record, name, None)
        if isinstance(value, str):
            return value if name == "cooperative_id" else parents[value]
    raise ValueError(record)


def wire_changes(catalog: RegionCatalog, size: AreaSize) -> list[dict[str, object]]:
    """The area as pulled changes (``protocol.Change`` objects as JSON), versions ascending."""
    parents: dict[str, str] = {}
    changes: list[dict[str, object]] = []
    for version, record in enumerate(records(catalog, size), start=1):
        coop = cooperative_of(record, parents)
        if record_type_of(record) in (RecordType.VISIT, RecordType.OPPORTUNITY):
            parents[record.id] = coop
        fields = codec.encode(record)
        del fields["id"]
        changes.append(
            {
                "record_type": record_type_of(record).value,
                "record_id": record.id,
                "cooperative_id": coop,
                "version": version,
                "deleted": False,
                "fields": fields,
                "field_versions": dict.fromkeys(fields, version),
            }
        )
    return changes


def _parent_of(record: Record) -> str | None:
    for name in ("cooperative_id", "visit_id", "parent_id"):
        value = getattr(record, name, None)
        if isinstance(value, str):
            return value
    return None


def seed_server(
    db: ServerDatabase, catalog: RegionCatalog, size: AreaSize, user_id: str, existing: list[str]
) -> int:
    """Write the area's records under the server's cooperatives (``existing``) as its BAs'
    syncs would have, 5,000 records a version; returns how many records were written."""
    parents: dict[str, str] = {}
    written = 0
    pending = records(catalog, size, existing)
    while True:
        chunk = list(itertools.islice(pending, 5000))
        if not chunk:
            return written
        with db.write() as session:
            batch = WriteBatch(session, user_id=user_id, client_id="bench-area-seed")
            for record in chunk:
                record_type = record_type_of(record)
                coop = cooperative_of(record, parents)
                if record_type in (RecordType.VISIT, RecordType.OPPORTUNITY):
                    parents[record.id] = coop
                fields = codec.encode(record)
                del fields["id"]
                is_coop = record_type is RecordType.COOPERATIVE
                row = RecordRow(
                    record_id=record.id, record_type=record_type.value, cooperative_id=coop,
                    parent_id=_parent_of(record), author_id=user_id,
                    kabupaten_code=KABUPATEN if is_coop else None,
                    village_code=str(fields["village_code"]) if is_coop else None,
                    sha256=str(fields["sha256"]) if record_type is RecordType.PHOTO else None,
                    data={}, field_meta={}, version=PENDING, deleted=False,
                    created_at=now(), updated_at=now(),
                )  # fmt: skip
                session.add(row)
                batch.write_fields(row, fields)
                written += 1
            batch.finish()
