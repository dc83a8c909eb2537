"""One cooperative per desa/kelurahan, held by a unique index and explained in every refusal."""

from __future__ import annotations

import logging
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.paths import regions_dir
from kopdes_desktop.server import migrate
from kopdes_desktop.server.accounts import caller_for_token
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.server.push import lock_client
from kopdes_desktop.server.rules import MutationContext, apply_mutation
from kopdes_desktop.server.versioning import WriteBatch
from kopdes_desktop.sync.protocol import Mutation
from tests.server.helpers import MEMPAWAH, SAMBAS, LiveServer
from tests.server.pgcluster import PostgresCluster


def village_of(server: LiveServer, cooperative_id: str) -> str:
    with server.db.read() as session:
        row = session.get(RecordRow, cooperative_id)
        assert row is not None
        return str(row.data["village_code"])


def taken(result: dict[str, Any]) -> str:
    """The cooperative a refusal says already holds the village."""
    assert (result["status"], result["reason"]) == ("rejected", "validation"), result
    [issue] = result["issues"]
    assert (issue["field"], issue["code"]) == ("village_code", "village_taken")
    return str(issue["params"]["cooperative_id"])


def test_a_village_holds_one_cooperative_until_it_is_deleted(server: LiveServer) -> None:
    existing = server.cooperative(SAMBAS)
    pmo = server.laptop(server.user(Role.PMO, kabupaten=[SAMBAS]))
    admin = server.laptop(server.user(Role.ADMIN))
    village = village_of(server, existing)

    refused = pmo.push(pmo.create("cooperative", {"name": "Kembar", "village_code": village}))
    assert taken(refused[0]) == existing

    free = server.village(SAMBAS)
    first, second = pmo.push(
        pmo.create("cooperative", {"name": "Baru", "village_code": free}),
        pmo.create("cooperative", {"name": "Baru lagi", "village_code": free}),
    )
    assert first["status"] == "applied"
    assert taken(second) != existing  # the one created a moment ago in the same batch

    elsewhere = server.cooperative(MEMPAWAH)
    admin.pull(limit=2000)
    moved = admin.push(admin.patch("cooperative", elsewhere, {"village_code": village}))[0]
    assert taken(moved) == existing

    assert admin.push(admin.delete("cooperative", existing))[0]["status"] == "applied"
    again = pmo.push(pmo.create("cooperative", {"name": "Pengganti", "village_code": village}))
    assert again[0]["status"] == "applied"


def test_two_pushes_racing_for_one_village_make_one_cooperative(server: LiveServer) -> None:
    """Transaction A holds its new cooperative uncommitted while B asks for the same village:
    B waits on the index, fails when A commits, is retried, and is refused with the reason."""
    if server.backend != "postgres":
        pytest.skip("SQLite has one writer: its transactions cannot interleave")
    village = server.village(SAMBAS)
    slow_user = server.user(Role.PMO, kabupaten=[SAMBAS])
    fast = server.laptop(server.user(Role.PMO, kabupaten=[SAMBAS]))
    catalog = RegionCatalog.from_directory(regions_dir())
    answers: list[dict[str, Any]] = []
    slow_id = new_id()

    with server.db.write() as session:  # transaction A
        caller = caller_for_token(session, server.token(slow_user))
        assert caller is not None
        client = lock_client(session, caller, new_id())
        batch = WriteBatch(session, user_id=caller.user_id, client_id=client.client_id)
        mutation = Mutation(
            mutation_id=1, record_type="cooperative", record_id=slow_id, op="create",
            fields={"name": "Lambat", "village_code": village},
        )  # fmt: skip
        apply_mutation(MutationContext(session, batch, caller, client.client_id, catalog), mutation)
        session.flush()

        racer = threading.Thread(
            target=lambda: answers.extend(
                fast.push(fast.create("cooperative", {"name": "Cepat", "village_code": village}))
            )
        )
        racer.start()
        deadline = time.monotonic() + 20
        while not _someone_waits_for_a_lock(server) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _someone_waits_for_a_lock(server), "B never reached the unique index"
        batch.finish()
        client.last_mutation_id = 1
    racer.join(timeout=30)
    assert taken(answers[0]) == slow_id
    with server.db.read() as session:
        holders = session.scalars(
            select(RecordRow.record_id).where(
                RecordRow.village_code == village, RecordRow.deleted.is_(False)
            )
        ).all()
    assert holders == [slow_id]


def _someone_waits_for_a_lock(server: LiveServer) -> bool:
    with server.db.engine.connect() as connection:
        waiting = connection.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted"))
        return bool(waiting.scalar())


# --- the migration on a server that already holds duplicates -------------------------------


def _legacy_cooperative(db: Database, village: str, created: datetime, deleted: bool) -> str:
    record_id = new_id()
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO records (record_id, record_type, cooperative_id, kabupaten_code,"
                " data, field_meta, version, deleted, created_at, updated_at) VALUES (:id,"
                " 'cooperative', :id, '61.01', :data, '{}', 1, :deleted, :at, :at)"
            ),
            {
                "id": record_id,
                "data": f'{{"name": "K", "village_code": "{village}"}}',
                "deleted": deleted,
                "at": created,
            },
        )
    return record_id


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_the_migration_keeps_the_oldest_and_names_the_duplicates(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'legacy.sqlite'}"
    else:
        cluster: PostgresCluster = request.getfixturevalue("postgres")
        url = cluster.create_database(f"legacy_{new_id().replace('-', '')[:12]}")
    db = Database(url)
    try:
        migrate.upgrade(db, "0002")
        village = "61.01.01.2001"
        at = datetime(2026, 1, 5, tzinfo=UTC)
        gone = _legacy_cooperative(db, village, at.replace(day=1), deleted=True)
        oldest = _legacy_cooperative(db, village, at, deleted=False)
        duplicate = _legacy_cooperative(db, village, at.replace(day=9), deleted=False)
        with caplog.at_level(logging.WARNING):
            migrate.upgrade(db)
        with db.read() as session:
            rows = session.execute(select(RecordRow.record_id, RecordRow.village_code))
            villages = {record_id: code for record_id, code in rows}
        assert villages == {gone: None, oldest: village, duplicate: None}
        assert f"{oldest} keeps it, {duplicate} is a duplicate" in caplog.text
    finally:
        db.dispose()
