"""Every change and its outbox entry commit together, numbered without gaps."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from kopdes_desktop.domain.enums import BusinessUnitStatus, BusinessUnitType, OfficerRole
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.mutations import MutationOp
from kopdes_desktop.domain.records import (
    BusinessUnit,
    Cooperative,
    CooperativeDetail,
    Officer,
    RecordType,
)
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperatives import CooperativeService
from kopdes_desktop.storage import outbox, record_store
from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.models import CooperativeRow, OutboxEntry
from tests.roles import as_admin

VILLAGE = "61.12.01.2001"


def new_profile(name: str = "KDKMP Sungai Ambawang") -> CooperativeDetail:
    coop_id = new_id()
    return CooperativeDetail(
        cooperative=Cooperative(id=coop_id, name=name, village_code=VILLAGE, member_count=40),
        officers=(
            Officer(id=new_id(), cooperative_id=coop_id, name="Siti", role=OfficerRole.CHAIR),
        ),
        business_units=(
            BusinessUnit(
                id=new_id(),
                cooperative_id=coop_id,
                unit_type=BusinessUnitType.GROCERY,
                status=BusinessUnitStatus.PREPARING,
            ),
        ),
    )


def count(database: Database, model: type) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_create_writes_rows_and_numbered_outbox_entries(context: ServiceContext) -> None:
    detail = new_profile()
    CooperativeService(as_admin(context)).save(detail)
    with context.database.read() as session:
        entries = outbox.pending(session)
    assert [e.mutation_id for e in entries] == [1, 2, 3]
    assert [(e.record_type, e.op) for e in entries] == [
        (RecordType.COOPERATIVE, MutationOp.CREATE),
        (RecordType.OFFICER, MutationOp.CREATE),
        (RecordType.BUSINESS_UNIT, MutationOp.CREATE),
    ]
    assert entries[0].fields["name"] == "KDKMP Sungai Ambawang"
    assert "id" not in entries[0].fields


def test_an_edit_sends_only_the_changed_fields_with_their_base_version(
    context: ServiceContext,
) -> None:
    service = CooperativeService(as_admin(context))
    detail = service.save(new_profile())
    with context.database.write() as session:  # as a pull leaves it: versions per field
        outbox.acknowledge(session, 3)
        row = session.get(CooperativeRow, detail.cooperative.id)
        assert row is not None
        row.server_version = 9
        row.field_versions = {"name": 3, "member_count": 7, "notes": 9}
    service.save(
        dataclasses.replace(
            detail, cooperative=dataclasses.replace(detail.cooperative, member_count=55)
        )
    )
    with context.database.read() as session:
        [entry] = outbox.pending(session)
    assert entry.op is MutationOp.PATCH
    assert entry.fields == {"member_count": 55}
    assert entry.base_versions == {"member_count": 7}
    assert entry.mutation_id == 4


def test_saving_unchanged_data_writes_nothing(context: ServiceContext) -> None:
    service = CooperativeService(as_admin(context))
    detail = service.save(new_profile())
    service.save(detail)
    assert count(context.database, OutboxEntry) == 3


def test_a_failure_inside_the_transaction_leaves_neither_row_nor_outbox_entry(
    context: ServiceContext,
) -> None:
    good = new_profile()

    def cooperative_then_orphan_officer() -> None:
        with context.database.write() as session:
            record_store.insert(session, good.cooperative)
            # The officer's cooperative does not exist: the foreign key fails at flush, after
            # the cooperative row and its outbox entry were written in this same transaction.
            orphan = Officer(id=new_id(), cooperative_id=new_id(), name="Orphan")
            record_store.insert(session, orphan)

    with pytest.raises(IntegrityError):
        cooperative_then_orphan_officer()
    assert count(context.database, CooperativeRow) == 0
    assert count(context.database, OutboxEntry) == 0
    with context.database.read() as session:
        assert outbox.sync_state(session).last_mutation_id == 0
    # The counter did not burn a number: the next mutation is still 1.
    CooperativeService(as_admin(context)).save(new_profile("KDKMP Kuala Dua"))
    with context.database.read() as session:
        assert outbox.pending(session)[0].mutation_id == 1


def test_delete_is_a_tombstone_with_an_outbox_entry(context: ServiceContext) -> None:
    service = CooperativeService(as_admin(context))
    detail = service.save(new_profile())
    service.delete(detail.cooperative.id)
    with context.database.read() as session:
        row = session.get(CooperativeRow, detail.cooperative.id)
        last = outbox.pending(session)[-1]
    assert row is not None
    assert row.deleted
    assert (last.op, last.record_id) == (MutationOp.DELETE, detail.cooperative.id)


def test_removing_a_child_row_deletes_only_that_row(context: ServiceContext) -> None:
    service = CooperativeService(as_admin(context))
    detail = service.save(new_profile())
    service.save(dataclasses.replace(detail, officers=()))
    with context.database.read() as session:
        last = outbox.pending(session)[-1]
    assert (last.record_type, last.op) == (RecordType.OFFICER, MutationOp.DELETE)
    assert service.get(detail.cooperative.id).officers == ()
    assert len(service.get(detail.cooperative.id).business_units) == 1


def test_acknowledge_trims_only_what_the_server_confirmed(context: ServiceContext) -> None:
    CooperativeService(as_admin(context)).save(new_profile())
    with context.database.write() as session:
        assert outbox.acknowledge(session, 2) == 2
    with context.database.read() as session:
        assert [e.mutation_id for e in outbox.pending(session)] == [3]
        assert outbox.sync_state(session).last_acked_mutation_id == 2
