"""A pulled change carrying values no laptop can store (sent by a server older than the value
rules) is set aside as a whole, instead of failing the sync with OverflowError every time; the
rest of the pull applies, stored as a local save would store it."""

from __future__ import annotations

from typing import Any

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Cooperative, RecordType
from kopdes_desktop.storage import record_store
from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.models import model_for
from kopdes_desktop.sync.apply import ApplyStats, apply_changes
from kopdes_desktop.sync.set_aside import SetAsideReason


def cooperative_change(version: int, **fields: Any) -> dict[str, Any]:
    record_id = new_id()
    return {
        "record_type": "cooperative",
        "record_id": record_id,
        "cooperative_id": record_id,
        "version": version,
        "deleted": False,
        "fields": {"name": "Koperasi Lama", **fields},
        "field_versions": {},
    }


def test_unstorable_pulled_values_set_the_change_aside_and_the_rest_applies(
    database: Database,
) -> None:
    too_large = cooperative_change(7, member_count=10**20, simpanan_pokok=10**300)
    control = cooperative_change(8, notes="rapat\x00")
    good = cooperative_change(9, address="Jl. Desa\r\nNo. 1")
    with database.write() as session:
        outcome = apply_changes(session, [too_large, control, good], {}, ApplyStats())
    problems = {p.raw["record_id"]: p.reason for p in outcome.problems()}
    assert problems == {
        too_large["record_id"]: SetAsideReason.TOO_LARGE,
        control["record_id"]: SetAsideReason.UNREADABLE,
    }
    assert outcome.succeeded() == [good["record_id"]]
    with database.read() as session:
        assert record_store.get(session, Cooperative, too_large["record_id"]) is None
        assert record_store.get(session, Cooperative, control["record_id"]) is None
        stored = record_store.get(session, Cooperative, good["record_id"])
        assert stored is not None
        assert stored.address == "Jl. Desa\nNo. 1"
        row = session.get(model_for(RecordType.COOPERATIVE), good["record_id"])
        assert row is not None
        assert row.address == "Jl. Desa\nNo. 1"  # stored normalised, as a local save would
