"""Copies the shipped region catalogue into the database so lists can join and search it."""

from __future__ import annotations

import hashlib

from sqlalchemy import delete
from sqlalchemy.orm import Session

from kopdes_desktop.domain.regions import RegionCatalog, fold
from kopdes_desktop.storage.models import ReferenceDataVersion, RegionRow

_NAME = "regions"


def _checksum(catalog: RegionCatalog) -> str:
    digest = hashlib.sha256()
    for region in sorted(catalog.all(), key=lambda r: r.code):
        digest.update(f"{region.code}|{region.parent_code}|{region.name}|{region.kind}\n".encode())
    return digest.hexdigest()


def refresh_regions(session: Session, catalog: RegionCatalog) -> bool:
    """Replace the region table when the shipped data changed; returns whether it did."""
    checksum = _checksum(catalog)
    current = session.get(ReferenceDataVersion, _NAME)
    if current is not None and current.checksum == checksum:
        return False
    session.execute(delete(RegionRow))
    session.add_all(
        RegionRow(
            code=r.code,
            parent_code=r.parent_code,
            level=r.level.value,
            kind=r.kind,
            name=r.name,
            folded_name=fold(r.name),
        )
        for r in catalog.all()
    )
    if current is None:
        session.add(ReferenceDataVersion(name=_NAME, checksum=checksum))
    else:
        current.checksum = checksum
    return True
