"""``kopdes-server remove-sample-data``: take away sample records an older app pushed.

Before sample data had its own database, a PMO who pressed "Muat data contoh" and synced added
its made-up cooperatives, visits and notes to the server. They are recognised the way the laptop
migration recognises them (``domain.legacy_sample``), and only among cooperatives a laptop
pushed (imports and ``seed-demo`` have no author). Each is tombstoned with everything under it in
one version, so the removal reaches every laptop that has them at its next sync.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.legacy_sample import (
    SAMPLE_KABUPATEN,
    CooperativeShape,
    Officer,
    looks_like_old_sample,
)
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.server.versioning import WriteBatch


@dataclass(frozen=True, slots=True)
class SampleCooperative:
    record_id: str
    name: str
    records: int  # the cooperative and everything under it


def _live(session: Session, record_type: RecordType, cooperative_id: str) -> list[RecordRow]:
    return list(
        session.scalars(
            select(RecordRow).where(
                RecordRow.cooperative_id == cooperative_id,
                RecordRow.record_type == record_type.value,
                RecordRow.deleted.is_(False),
            )
        )
    )


def _shape(session: Session, row: RecordRow, catalog: RegionCatalog) -> CooperativeShape:
    village = catalog.get(str(row.data.get("village_code") or ""))
    officers = [
        Officer(str(o.data.get("body", "")), str(o.data.get("role") or ""), str(o.data.get("name")))
        for o in _live(session, RecordType.OFFICER, row.record_id)
    ]
    actions = [
        (str(a.data.get("description", "")), str(a.data.get("owner", "")))
        for a in _live(session, RecordType.AGREED_ACTION, row.record_id)
    ]
    notes = [
        (str(n.data.get("title", "")), str(n.data.get("volume_unit", "")))
        for n in _live(session, RecordType.OPPORTUNITY, row.record_id)
    ]
    return CooperativeShape(
        row.kabupaten_code or "", village.name if village else "", officers, actions, notes
    )


def remove_sample_data(
    session: Session, catalog: RegionCatalog, *, dry_run: bool
) -> list[SampleCooperative]:
    """Tombstone every pushed cooperative that is old sample data; returns what was found."""
    candidates = session.scalars(
        select(RecordRow).where(
            RecordRow.record_type == RecordType.COOPERATIVE.value,
            RecordRow.kabupaten_code == SAMPLE_KABUPATEN,
            RecordRow.author_id.is_not(None),  # pushed by a laptop, not imported or seeded
            RecordRow.deleted.is_(False),
        )
    ).all()
    found: list[SampleCooperative] = []
    batch = WriteBatch(session, user_id=None, client_id="admin")
    for row in candidates:
        if not looks_like_old_sample(_shape(session, row, catalog)):
            continue
        under = session.scalars(
            select(RecordRow).where(
                RecordRow.cooperative_id == row.record_id, RecordRow.deleted.is_(False)
            )
        ).all()
        found.append(SampleCooperative(row.record_id, str(row.data.get("name", "")), len(under)))
        if dry_run:
            continue
        for record in under:  # the cooperative itself is among them
            record.deleted = True
            batch.touch(record)
        row.village_code = None  # the village may get its real cooperative
    if found and not dry_run:
        batch.finish()
    return found
