"""Upgrading a laptop's database never loses its data or its unsent changes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperatives import CooperativeService
from kopdes_desktop.services.refusals import RefusalService
from kopdes_desktop.services.visits import VisitService
from kopdes_desktop.storage import migrate, outbox
from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.models import Base, RejectedChange
from kopdes_desktop.storage.opening import open_database

COOP = "01930000-0000-7000-8000-000000000001"
VISIT = "01930000-0000-7000-8000-000000000002"


def first_revision() -> str:
    scripts = ScriptDirectory.from_config(migrate._config())
    [base] = scripts.get_bases()
    return base


def fill_at_first_revision(path: Path) -> None:
    """Data as the first released schema held it, written with plain SQL of that schema."""
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO cooperative (id, server_version, deleted, name, village_code,"
            " kecamatan_code, kabupaten_code, address, phone, akta_number, akta_notary,"
            " sk_ahu_number, cooperative_reg_number, nib, npwp, bank_name, notes, member_count)"
            " VALUES (?, 3, 0, 'KDKMP Dalam Kaum', '61.01.01.2001', '61.01.01', '61.01', '', '',"
            " '', '', '', '', '', '', '', 'catatan lama', 41)",
            (COOP,),
        )
        db.execute(
            "INSERT INTO visit (id, server_version, deleted, cooperative_id, author_id,"
            " visit_date, people_met, purposes, findings, problems, next_visit_plan, status)"
            " VALUES (?, 0, 0, ?, 'ba-1', '2026-11-20', '[\"pengurus\"]', '[\"training\"]',"
            " 'Pelatihan pembukuan', '', '', 'draft')",
            (VISIT, COOP),
        )
        db.execute(
            "INSERT INTO sync_state (id, client_id, last_mutation_id, last_acked_mutation_id)"
            " VALUES (1, 'client-a', 9, 7)"
        )
        for mutation_id, record_id, fields in (
            (8, COOP, '{"notes": "catatan lama"}'),
            (9, VISIT, '{"findings": "Pelatihan pembukuan"}'),
        ):
            db.execute(
                "INSERT INTO outbox (mutation_id, record_type, record_id, op, fields,"
                " base_versions, intent_args, device_time, schema_version)"
                " VALUES (?, ?, ?, 'patch', ?, '{}', '{}', '2026-11-20T10:00:00+00:00', 1)",
                (mutation_id, "cooperative" if record_id == COOP else "visit", record_id, fields),
            )


def test_upgrade_from_the_first_revision_keeps_data_and_outbox(
    tmp_path: Path, catalog: RegionCatalog
) -> None:
    path = tmp_path / "old.sqlite"
    old = Database(path)
    migrate.upgrade(old, tmp_path / "backups", target=first_revision())
    old.dispose()
    fill_at_first_revision(path)

    database = open_database(path, tmp_path / "backups", catalog)
    assert migrate.current_revision(database) == migrate.head_revision()
    context = ServiceContext(database=database, catalog=catalog)
    coop = CooperativeService(context).get(COOP).cooperative
    assert (coop.name, coop.member_count, coop.notes) == ("KDKMP Dalam Kaum", 41, "catatan lama")
    visit = VisitService(context).get(VISIT).visit
    assert visit.findings == "Pelatihan pembukuan"
    with database.read() as session:
        pending = outbox.pending(session)
        state = outbox.sync_state(session)
    assert [(m.mutation_id, m.record_id) for m in pending] == [(8, COOP), (9, VISIT)]
    assert (state.client_id, state.last_mutation_id) == ("client-a", 9)

    [backup] = (tmp_path / "backups").glob("pre-migration-*.sqlite")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name FROM cooperative").fetchone() == ("KDKMP Dalam Kaum",)
        assert copy.execute("SELECT count(*) FROM outbox").fetchone() == (2,)
    database.dispose()


def test_refusals_kept_before_0005_stay_in_the_inbox_under_the_install_id(
    tmp_path: Path, catalog: RegionCatalog
) -> None:
    path = tmp_path / "0004.sqlite"
    old = Database(path)
    migrate.upgrade(old, tmp_path / "backups", target="0004")
    old.dispose()
    fill_at_first_revision(path)
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO rejected_change (mutation_id, record_type, record_id, op, fields,"
            " reason, message, issues, rejected_at, dismissed) VALUES (5, 'visit', ?, 'patch',"
            " '{\"findings\": \"x\"}', 'not_editable', 'submitted', '[]', '2026-11-20', 0)",
            (VISIT,),
        )
    database = open_database(path, tmp_path / "backups", catalog)
    try:
        with database.read() as session:
            [row] = session.scalars(select(RejectedChange))
            assert (row.client_id, row.mutation_id, row.reason) == ("client-a", 5, "not_editable")
            assert outbox.sync_state(session).restored_mutation_id is None
        refusals = RefusalService(ServiceContext(database=database, catalog=catalog))
        [group] = refusals.groups()
        assert (group.record_id, group.changes[0].reason) == (VISIT, "not_editable")
        refusals.dismiss(group.ids)
        assert refusals.groups() == []
    finally:
        database.dispose()


def test_a_new_database_needs_no_backup_and_a_current_one_is_left_alone(
    tmp_path: Path, catalog: RegionCatalog
) -> None:
    database = open_database(tmp_path / "new.sqlite", tmp_path / "backups", catalog)
    assert not list((tmp_path / "backups").glob("*"))
    assert migrate.upgrade(database, tmp_path / "backups") is None
    database.dispose()


def test_migrations_produce_exactly_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_connections_use_wal_and_foreign_keys(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
