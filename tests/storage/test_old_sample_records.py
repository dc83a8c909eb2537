"""Laptops where an older version put sample records among the real data: the upgrade removes
them (never sending them), keeps every real record and unsent change, and says so in the log.

The databases are built by the app's own code as it stood before sample data got its own
database (``create_demo_data`` on the real database), then upgraded.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select, update

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import (
    Cooperative,
    CooperativeDetail,
    Officer,
    Visit,
    VisitDetail,
)
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperatives import CooperativeService
from kopdes_desktop.services.demo_data import create_demo_data
from kopdes_desktop.services.visits import VisitService
from kopdes_desktop.storage import migrate, outbox
from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.models import (
    CooperativeRow,
    OfficerRow,
    OutboxEntry,
    RejectedChange,
    VisitRow,
)
from kopdes_desktop.storage.opening import open_database
from tests.roles import as_role

KUBU_RAYA_VILLAGE = "61.12.01.2001"


def real_cooperative(context: ServiceContext) -> str:
    """A Kubu Raya cooperative as the first sync delivered it, with a BA's unsent visit."""
    coop = Cooperative(id=new_id(), name="KDKMP Sungai Rengas", village_code=KUBU_RAYA_VILLAGE)
    officer = Officer(id=new_id(), cooperative_id=coop.id, name="Siti Rengas")
    CooperativeService(as_role(context, Role.ADMIN)).save(CooperativeDetail(coop, (officer,)))
    with context.database.write() as session:  # as a pull leaves it: known to the server
        session.execute(update(CooperativeRow).values(server_version=5))
        session.execute(update(OfficerRow).values(server_version=5))
        outbox.acknowledge(session, outbox.sync_state(session).last_mutation_id)
    VisitService(context).save_draft(VisitDetail(Visit(id=new_id(), cooperative_id=coop.id)))
    return coop.id


def upgrade_from_before(path: Path, catalog: RegionCatalog) -> Database:
    """The file was written by the previous schema's app: upgrade it as a new version would.

    It is taken back to 0005 with the later migrations' own downgrades (0006 removes no data
    going down, so the sample records stay), as an app of that schema would have left it."""
    older = Database(path)
    config = migrate._config()
    with older.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    older.dispose()
    database = open_database(path, path.parent / "backups", catalog)
    assert migrate.current_revision(database) == migrate.head_revision()
    return database


def counts(database: Database) -> tuple[int, int, list[int]]:
    with database.read() as session:
        cooperatives = session.scalar(select(func.count()).select_from(CooperativeRow)) or 0
        refusals = session.scalar(select(func.count()).select_from(RejectedChange)) or 0
        ids = [m.mutation_id for m in outbox.pending(session)]
    return int(cooperatives), int(refusals), ids


def test_unsent_sample_records_go_and_real_changes_keep_their_order(
    context: ServiceContext, catalog: RegionCatalog, caplog: pytest.LogCaptureFixture
) -> None:
    real = real_cooperative(context)
    assert create_demo_data(context, cooperatives=12) == 12
    with context.database.read() as session:
        real_visit = session.scalar(select(VisitRow.id).where(VisitRow.cooperative_id == real))
    # After pressing the button the BA kept working on their real cooperative.
    detail = CooperativeService(context).get(real)
    edited = dataclasses.replace(detail.cooperative, notes="Rapat anggota Desember")
    CooperativeService(context).save(dataclasses.replace(detail, cooperative=edited))
    cooperatives, _refusals, waiting = counts(context.database)
    assert cooperatives == 13
    assert len(waiting) > 100  # the sample data's creates sit between the real changes
    path = context.database.path
    context.database.dispose()

    with caplog.at_level(logging.WARNING):
        database = upgrade_from_before(path, catalog)
    try:
        assert counts(database)[0] == 1
        with database.read() as session:
            pending = outbox.pending(session)
            state = outbox.sync_state(session)
            officers = session.scalar(select(func.count()).select_from(OfficerRow))
        # The real visit and the real edit, numbered on without the sample data's gap.
        assert [(m.record_id, m.op.value) for m in pending] == [
            (real_visit, "create"),
            (real, "patch"),
        ]
        assert [m.mutation_id for m in pending] == [
            state.last_acked_mutation_id + 1,
            state.last_acked_mutation_id + 2,
        ]
        assert state.last_mutation_id == state.last_acked_mutation_id + 2
        assert officers == 1  # the real cooperative's officer stays
        assert "removed sample data" in caplog.text
        assert "12 cooperatives" in caplog.text
        # The upgrade kept a copy of the file as it was, sample data and all.
        [backup] = (path.parent / "backups").glob("pre-migration-0005-*.sqlite")
        with sqlite3.connect(backup) as copy:
            assert copy.execute("SELECT count(*) FROM cooperative").fetchone() == (13,)
    finally:
        database.dispose()


def test_sample_records_the_server_refused_leave_the_inbox_too(
    context: ServiceContext, catalog: RegionCatalog
) -> None:
    create_demo_data(context, cooperatives=12)
    with context.database.write() as session:  # a BA signed in and synced: all refused
        state = outbox.sync_state(session)
        for entry in session.scalars(select(OutboxEntry)):
            session.add(
                RejectedChange(
                    client_id=state.client_id,
                    mutation_id=entry.mutation_id,
                    record_type=entry.record_type,
                    record_id=entry.record_id,
                    op=entry.op,
                    fields=dict(entry.fields),
                    reason="not_allowed"
                    if entry.record_type == "cooperative"
                    else "unknown_parent",
                    rejected_at="2026-11-29T08:00:00+00:00",
                )
            )
        outbox.acknowledge(session, state.last_mutation_id)
    assert counts(context.database)[1] > 100
    path = context.database.path
    context.database.dispose()

    database = upgrade_from_before(path, catalog)
    try:
        assert counts(database) == (0, 0, [])
    finally:
        database.dispose()


def test_sample_records_a_server_accepted_are_kept_and_reported(
    context: ServiceContext, catalog: RegionCatalog, caplog: pytest.LogCaptureFixture
) -> None:
    create_demo_data(context, cooperatives=3)
    with context.database.write() as session:  # a PMO synced them: the server has them
        session.execute(update(CooperativeRow).values(server_version=9))
        outbox.acknowledge(session, outbox.sync_state(session).last_mutation_id)
    path = context.database.path
    context.database.dispose()

    with caplog.at_level(logging.WARNING):
        database = upgrade_from_before(path, catalog)
    try:
        assert counts(database)[0] == 3
        assert "3 cooperatives look like old sample data but a server accepted them" in caplog.text
    finally:
        database.dispose()


def test_a_sample_cooperative_the_user_changed_is_kept_as_theirs(
    context: ServiceContext, catalog: RegionCatalog
) -> None:
    create_demo_data(context, cooperatives=2)
    with context.database.write() as session:  # the BA renamed one sample officer
        officer = session.scalars(select(OfficerRow).limit(1)).one()
        officer.name = "Ibu Kepala Desa"
    path = context.database.path
    context.database.dispose()

    database = upgrade_from_before(path, catalog)
    try:
        assert counts(database)[0] == 1  # only the untouched one matched
    finally:
        database.dispose()
