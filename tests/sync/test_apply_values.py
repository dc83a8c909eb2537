"""A pulled change carrying values no laptop can store (sent by a server older than the value
rules) is applied without them, instead of failing the sync with OverflowError every time."""

from __future__ import annotations

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Cooperative, RecordType
from kopdes_desktop.storage import record_store
from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.models import model_for
from kopdes_desktop.sync.apply import ApplyStats, apply_changes
from kopdes_desktop.sync.protocol import Change


def test_unstorable_pulled_values_are_left_out_and_the_rest_applies(database: Database) -> None:
    cooperative_id = new_id()
    change = Change(
        record_type=RecordType.COOPERATIVE,
        record_id=cooperative_id,
        cooperative_id=cooperative_id,
        version=7,
        fields={
            "name": "Koperasi Lama",
            "member_count": 10**20,
            "simpanan_pokok": 10**300,
            "notes": "rapat\x00",
            "address": "Jl. Desa\r\nNo. 1",
        },
    )
    with database.write() as session:
        apply_changes(session, [change], {}, ApplyStats())
    with database.read() as session:
        stored = record_store.get(session, Cooperative, cooperative_id)
    assert stored is not None
    assert stored.name == "Koperasi Lama"
    assert stored.member_count is None
    assert stored.simpanan_pokok is None
    assert stored.notes == ""
    assert stored.address == "Jl. Desa\nNo. 1"
    with database.read() as session:
        row = session.get(model_for(RecordType.COOPERATIVE), cooperative_id)
        assert row is not None
        assert row.address == "Jl. Desa\nNo. 1"  # stored normalised, as a local save would
