"""Databases that went back in time: a restored backup, a recovery from damage, a copied file.

Each numbers new edits from an old count. Every later edit must still reach the server, and what
the copy held that was already sent must apply exactly once.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select, update

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.listing import CooperativeFilter
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.server.models import AppliedMutation, RecordRow
from kopdes_desktop.services import backups
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.storage import outbox
from tests.server.helpers import PASSWORD, SAMBAS, LiveServer
from tests.storage.damage import tear_table_page
from tests.sync.conftest import DeskFactory, ba_of_a_new_cooperative, make_desk
from tests.sync.test_convergence import _state
from tests.sync.test_scenarios import draft_visit, edit_members


def run_cli(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "KOPDES_DATA_DIR": str(folder),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    command = [sys.executable, "-m", "kopdes_desktop", *args]
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def set_notes(desk: AppServices, coop_id: str, notes: str) -> None:
    detail = desk.cooperatives.get(coop_id)
    coop = dataclasses.replace(detail.cooperative, notes=notes)
    desk.cooperatives.save(dataclasses.replace(detail, cooperative=coop))


def identity(desk: AppServices) -> tuple[str, int]:
    with desk.context.database.read() as session:
        state = outbox.sync_state(session)
        return state.client_id, state.last_mutation_id


def consumed(server: LiveServer, client_id: str) -> int:
    with server.db.read() as session:
        count = session.scalar(
            select(func.count())
            .select_from(AppliedMutation)
            .where(AppliedMutation.client_id == client_id)
        )
    return count or 0


def on_server(server: LiveServer, record_id: str) -> dict[str, object]:
    with server.db.read() as session:
        row = session.get(RecordRow, record_id)
        assert row is not None, record_id
        assert not row.deleted, record_id
        return dict(row.data)


def converged(server: LiveServer, desks: DeskFactory, desk: AppServices, user: object) -> None:
    fresh = desks(user)
    fresh.sync.sync()
    assert _state(desk) == _state(fresh)


def test_backup_restore_by_the_command_line_then_a_new_edit_reaches_the_server(
    server: LiveServer, desks: DeskFactory, catalog: RegionCatalog, tmp_path: Path
) -> None:
    ba, coop_id = ba_of_a_new_cooperative(server, member_count=5)
    desk = desks(ba, name="laptop")
    folder = tmp_path / "laptop"
    desk.sync.sync()
    visit_a = draft_visit(desk, coop_id, "A: sebelum cadangan")
    desk.sync.sync()
    old_client, _ = identity(desk)
    desk.context.database.dispose()

    copy = tmp_path / "cadangan.sqlite"
    run_cli(folder, "backup", str(copy))

    desk = make_desk(folder, catalog)
    visit_b = draft_visit(desk, coop_id, "B: sesudah cadangan")
    edit_members(desk, coop_id, 31)
    desk.sync.sync()
    desk.context.database.dispose()

    run_cli(folder, "restore", str(copy))

    desk = make_desk(folder, catalog)
    assert desk.cooperatives.get(coop_id).cooperative.member_count == 5  # B is not in the copy
    visit_c = draft_visit(desk, coop_id, "C: sesudah dipulihkan")
    set_notes(desk, coop_id, "C")
    desk.context.database.dispose()

    run_cli(folder, "sync")

    desk = make_desk(folder, catalog)
    try:
        new_client, last = identity(desk)
        assert new_client != old_client
        assert desk.sync.status().pending_changes == 0
        assert on_server(server, visit_c)["findings"] == "C: sesudah dipulihkan"
        assert on_server(server, coop_id)["notes"] == "C"
        assert on_server(server, coop_id)["member_count"] == 31  # C did not undo B
        # B is back on the laptop, and nothing was applied twice.
        assert desk.visits.get(visit_b).visit.findings == "B: sesudah cadangan"
        assert desk.visits.get(visit_a).visit.findings == "A: sebelum cadangan"
        assert desk.cooperatives.get(coop_id).cooperative.member_count == 31
        assert consumed(server, old_client) == 3  # A, B and the member count, once each
        assert consumed(server, new_client) == last == 2  # C's visit and note
        converged(server, desks, desk, ba)
    finally:
        desk.context.database.dispose()


def test_recovery_from_a_damaged_file_sends_the_backups_unsent_edit_once_and_later_ones_too(
    server: LiveServer, desks: DeskFactory, catalog: RegionCatalog, tmp_path: Path
) -> None:
    ba, coop_id = ba_of_a_new_cooperative(server, member_count=5)
    desk = desks(ba, name="laptop")
    folder = tmp_path / "laptop"
    database, backups_dir = folder / "kopdes.sqlite", folder / "backups"
    desk.sync.sync()
    visit_a = draft_visit(desk, coop_id, "A: belum terkirim waktu dicadangkan")
    made = backups.daily_backup_if_due(database, backups_dir, keep=3).made
    assert made is not None
    first = desk.sync.sync().push  # A goes out after the backup was taken
    assert (first.applied, first.duplicates) == (1, 0)
    old_client, _ = identity(desk)
    visit_b = draft_visit(desk, coop_id, "B: sesudah cadangan")
    edit_members(desk, coop_id, 31)
    desk.sync.sync()
    desk.context.database.dispose()

    tear_table_page(database, "visit")  # a power cut tore a page
    damage = backups.check_at_startup(database, backups_dir)
    assert damage is not None
    assert damage.newest_good_backup is not None
    backups.recover_from_backup(damage, backups_dir)  # what the recovery dialog runs

    desk = make_desk(folder, catalog)
    try:
        with desk.context.database.read() as session:
            assert [m.record_id for m in outbox.pending(session)] == [visit_a]
        visit_c = draft_visit(desk, coop_id, "C: sesudah pemulihan")
        report = desk.sync.sync()
        assert (report.push.duplicates, report.push.applied) == (1, 1)  # A once, then C
        assert report.push.new_client_id
        new_client, last = identity(desk)
        assert new_client != old_client
        assert on_server(server, visit_c)["findings"] == "C: sesudah pemulihan"
        assert consumed(server, old_client) == 3  # A, B, member count: none of them twice
        assert consumed(server, new_client) == last == 1
        assert desk.visits.get(visit_b).visit.findings == "B: sesudah cadangan"
        assert desk.visits.get(visit_a).visit.findings == "A: belum terkirim waktu dicadangkan"
        assert desk.cooperatives.get(coop_id).cooperative.member_count == 31
        converged(server, desks, desk, ba)
    finally:
        desk.context.database.dispose()


def test_a_restore_is_safe_even_where_the_server_kept_no_digests(
    server: LiveServer, desks: DeskFactory, catalog: RegionCatalog, tmp_path: Path
) -> None:
    """Mutations consumed before the server stored digests cannot be told from a resend; the
    mark a restore leaves makes the laptop take a new client id before its new edits go out."""
    ba, coop_id = ba_of_a_new_cooperative(server)
    desk = desks(ba, name="laptop")
    folder = tmp_path / "laptop"
    desk.sync.sync()
    copy = backups.backup_to(folder / "kopdes.sqlite", tmp_path / "copy.sqlite").path
    draft_visit(desk, coop_id, "B")
    desk.sync.sync()
    old_client, _ = identity(desk)
    with server.db.write() as session:
        session.execute(
            update(AppliedMutation)
            .where(AppliedMutation.client_id == old_client)
            .values(digest=None)
        )
    desk.context.database.dispose()
    backups.restore_from(copy, folder / "kopdes.sqlite", folder / "backups")
    desk = make_desk(folder, catalog)
    try:
        visit_c = draft_visit(desk, coop_id, "C")
        desk.sync.sync()
        assert on_server(server, visit_c)["findings"] == "C"
        assert identity(desk)[0] != old_client
        assert consumed(server, old_client) == 1
    finally:
        desk.context.database.dispose()


def test_one_file_copied_to_two_laptops_that_both_keep_editing_and_syncing(
    server: LiveServer, desks: DeskFactory, catalog: RegionCatalog, tmp_path: Path
) -> None:
    ba, coop_id = ba_of_a_new_cooperative(server, member_count=5)
    first = desks(ba, name="first")
    first.sync.sync()
    draft_visit(first, coop_id, "sebelum disalin")
    edit_members(first, coop_id, 6)  # unsent when the file is copied: it must apply once
    first.context.database.dispose()
    second_folder = tmp_path / "second"
    second_folder.mkdir()
    for name in ("kopdes.sqlite", "token.json"):
        shutil.copy2(tmp_path / "first" / name, second_folder / name)
    first = make_desk(tmp_path / "first", catalog)
    second = make_desk(second_folder, catalog)
    laptops = (first, second)
    try:
        assert identity(first) == identity(second)
        made: dict[str, str] = {}
        for round_ in range(3):
            for index, laptop in enumerate(laptops):
                text = f"laptop {index + 1}, putaran {round_}"
                made[draft_visit(laptop, coop_id, text)] = text
                set_notes(laptop, coop_id, text)
                laptop.sync.sync()
        for _ in range(2):
            for laptop in laptops:
                laptop.sync.sync()
        assert identity(first)[0] != identity(second)[0]
        for visit_id, findings in made.items():
            assert on_server(server, visit_id)["findings"] == findings
        assert on_server(server, coop_id)["member_count"] == 6
        for laptop in laptops:
            assert laptop.sync.status().pending_changes == 0
            for visit_id, findings in made.items():
                assert laptop.visits.get(visit_id).visit.findings == findings
        for laptop in laptops:
            client_id, last = identity(laptop)
            assert consumed(server, client_id) == last
            converged(server, desks, laptop, ba)
        assert _state(first) == _state(second)
    finally:
        for laptop in laptops:
            laptop.context.database.dispose()


def test_a_database_copied_to_a_colleagues_laptop_syncs_under_their_account(
    server: LiveServer, desks: DeskFactory, catalog: RegionCatalog, tmp_path: Path
) -> None:
    ani, budi = server.user(Role.BA, name="Ani"), server.user(Role.BA, name="Budi")
    shared, anis_own = server.cooperative(SAMBAS), server.cooperative(SAMBAS)
    server.assign(ani, shared, anis_own)
    server.assign(budi, shared)
    first = desks(ani, name="first")
    first.sync.sync()
    anis_visit = draft_visit(first, shared, "kunjungan Ani")
    first.sync.sync()
    anis_client, _ = identity(first)
    first.context.database.dispose()
    (tmp_path / "second").mkdir()
    shutil.copy2(tmp_path / "first" / "kopdes.sqlite", tmp_path / "second" / "kopdes.sqlite")

    second = make_desk(tmp_path / "second", catalog)  # prepared on Ani's laptop, given to Budi
    try:
        second.sync.sign_in(server.base_url, budi.username, PASSWORD, "laptop Budi")
        budis_visit = draft_visit(second, shared, "kunjungan Budi")
        report = second.sync.sync()  # the client id is Ani's: Budi's laptop takes its own
        assert report.push.new_client_id
        assert identity(second)[0] != anis_client
        with server.db.read() as session:
            row = session.get(RecordRow, budis_visit)
            assert row is not None
            assert row.author_id == budi.id
        assert second.cooperatives.list(CooperativeFilter()).total == 1  # Budi's scope only
        assert second.visits.get(anis_visit).visit.findings == "kunjungan Ani"
        assert second.sync.sync().push.sent == 0
        converged(server, desks, second, budi)
    finally:
        second.context.database.dispose()
    first = make_desk(tmp_path / "first", catalog)
    try:
        first.sync.sync()  # Ani's laptop goes on as before
        assert identity(first)[0] == anis_client
        assert first.visits.get(budis_visit).visit.findings == "kunjungan Budi"
    finally:
        first.context.database.dispose()
