"""Pulled changes written many at a time (sync/bulk_write.py) keep every rule of applying one:
rebase onto unsent edits, a pending delete wins, tombstones, change history of profile records,
and ORM objects a session already holds see the new values."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.mutations import MutationOp
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.storage import outbox
from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.models import CooperativeRow, HistoryEntry, OfficerRow, VisitRow
from kopdes_desktop.sync.apply import ApplyStats, apply_change, apply_changes, touched_fields
from kopdes_desktop.sync.protocol import Change


def change(
    record_type: str, record_id: str, version: int, coop: str, **fields: Any
) -> dict[str, Any]:
    return {
        "record_type": record_type,
        "record_id": record_id,
        "cooperative_id": coop,
        "version": version,
        "deleted": False,
        "fields": fields,
        "field_versions": dict.fromkeys(fields, version),
    }


def apply(database: Database, changes: list[dict[str, Any]]) -> ApplyStats:
    stats = ApplyStats()
    with database.write() as session:
        outcome = apply_changes(session, changes, touched_fields(session), stats)
    assert outcome.problems() == []
    return stats


def test_a_record_twice_in_one_chunk_ends_at_its_last_version(database: Database) -> None:
    coop = new_id()
    stats = apply(
        database,
        [
            change("cooperative", coop, 1, coop, name="Lama", village_code="61.01.01.2001"),
            change("cooperative", coop, 2, coop, name="Baru"),
        ],
    )
    assert stats.applied == 2
    with database.read() as session:
        row = session.get(CooperativeRow, coop)
        assert row is not None
        assert (row.name, row.server_version, row.village_code) == ("Baru", 2, "61.01.01.2001")
        assert (row.kabupaten_code, row.kecamatan_code) == ("61.01", "61.01.01")
        assert row.field_versions == {"name": 2}
        entries = list(session.scalars(select(HistoryEntry).order_by(HistoryEntry.id)))
        assert [(e.op, e.fields.get("name")) for e in entries] == [
            ("create", "Lama"),
            ("patch", "Baru"),
        ]


def test_unsent_edits_keep_their_fields_and_a_pending_delete_keeps_everything(
    database: Database,
) -> None:
    coop, visit, gone = new_id(), new_id(), new_id()
    apply(
        database,
        [
            change("cooperative", coop, 1, coop, name="Koperasi"),
            change("visit", visit, 2, coop, cooperative_id=coop, findings="server", problems="a"),
            change("visit", gone, 3, coop, cooperative_id=coop, findings="server"),
        ],
    )
    with database.write() as session:
        row = session.get(VisitRow, visit)
        assert row is not None
        row.problems = "diubah di laptop"
        outbox.append(
            session, RecordType.VISIT, visit, MutationOp.PATCH, fields={"problems": "diubah"}
        )
        outbox.append(session, RecordType.VISIT, gone, MutationOp.DELETE)
    stats = apply(
        database,
        [
            change("visit", visit, 4, coop, cooperative_id=coop, findings="baru", problems="b"),
            change("visit", gone, 5, coop, cooperative_id=coop, findings="baru"),
        ],
    )
    assert stats.rebased == 1
    with database.read() as session:
        rebased = session.get(VisitRow, visit)
        kept = session.get(VisitRow, gone)
        assert rebased is not None
        assert kept is not None
        assert (rebased.findings, rebased.problems, rebased.server_version) == (
            "baru",
            "diubah di laptop",
            4,
        )
        assert (kept.findings, kept.server_version) == ("server", 5)


def test_a_tombstone_marks_the_row_deleted_and_one_for_an_unknown_row_changes_nothing(
    database: Database,
) -> None:
    coop, officer = new_id(), new_id()
    apply(
        database,
        [
            change("cooperative", coop, 1, coop, name="Koperasi"),
            change("officer", officer, 2, coop, cooperative_id=coop, body="pengurus", name="Siti"),
        ],
    )
    tombstones = [
        {"record_type": "officer", "record_id": r, "cooperative_id": coop, "version": 3,
         "deleted": True, "fields": None}
        for r in (officer, new_id())
    ]  # fmt: skip
    stats = apply(database, tombstones)
    assert stats.deleted == 1
    with database.read() as session:
        rows = list(session.scalars(select(OfficerRow)))
        assert [(r.id, r.deleted, r.server_version) for r in rows] == [(officer, True, 3)]


def test_an_object_the_session_already_holds_sees_what_was_applied(database: Database) -> None:
    coop = new_id()
    apply(database, [change("cooperative", coop, 1, coop, name="Lama")])
    with database.write() as session:
        held = session.get(CooperativeRow, coop)
        assert held is not None
        assert held.name == "Lama"
        pulled = Change.model_validate(change("cooperative", coop, 2, coop, name="Baru"))
        apply_change(session, pulled, {}, ApplyStats())
        assert (held.name, held.server_version) == ("Baru", 2)
