"""The hard days: revoked tokens, scope changes, resets, wrong clocks, weeks without signal."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.listing import CooperativeFilter, VisitFilter
from kopdes_desktop.domain.records import Visit, VisitDetail
from kopdes_desktop.server import accounts
from kopdes_desktop.server.compaction import compact
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.storage import outbox
from kopdes_desktop.sync.transport import AuthError
from tests.server.helpers import SAMBAS, LiveServer
from tests.sync.conftest import DeskFactory


def edit_members(desk: AppServices, coop_id: str, count: int) -> None:
    detail = desk.cooperatives.get(coop_id)
    coop = dataclasses.replace(detail.cooperative, member_count=count)
    desk.cooperatives.save(dataclasses.replace(detail, cooperative=coop))


def draft_visit(desk: AppServices, coop_id: str, findings: str) -> str:
    visit = Visit(id=new_id(), cooperative_id=coop_id, findings=findings)
    return desk.visits.save_draft(VisitDetail(visit)).visit.id


def test_a_revoked_device_keeps_its_outbox_until_signed_in_again(
    server: LiveServer, desks: DeskFactory
) -> None:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS)
    server.assign(ba, coop_id)
    desk = desks(ba)
    desk.sync.sync()
    draft_visit(desk, coop_id, "sebelum dicabut")
    with server.db.write() as session:
        accounts.revoke_devices(session, ba.username)
    with pytest.raises(AuthError):
        desk.sync.sync()
    assert desk.sync.status().pending_changes == 1
    from tests.server.helpers import PASSWORD

    desk.sync.sign_in(server.base_url, ba.username, PASSWORD)
    desk.sync.sync()
    assert desk.sync.status().pending_changes == 0


def test_scope_changes_remove_and_bring_back_records_but_never_unsent_work(
    server: LiveServer, desks: DeskFactory
) -> None:
    ba = server.user(Role.BA)
    kept_id, dropped_id = server.cooperative(SAMBAS), server.cooperative(SAMBAS)
    server.assign(ba, kept_id, dropped_id)
    desk = desks(ba)
    desk.sync.sync()
    draft_visit(desk, dropped_id, "sudah terkirim")
    desk.sync.sync()
    assert desk.cooperatives.list(CooperativeFilter()).total == 2

    server.assign(ba, dropped_id, remove=True)
    desk.sync.sync()
    assert [i.id for i in desk.cooperatives.list(CooperativeFilter()).items] == [kept_id]
    assert desk.visits.list(VisitFilter()).total == 0

    server.assign(ba, dropped_id)  # back in scope: backfilled with its visit
    desk.sync.sync()
    assert desk.cooperatives.list(CooperativeFilter()).total == 2
    assert desk.visits.list(VisitFilter()).total == 1

    edit_members(desk, dropped_id, 77)  # unsent, and then the assignment goes again
    server.assign(ba, dropped_id, remove=True)
    with desk.context.database.read() as session:
        unsent_before = outbox.pending_count(session)
    from kopdes_desktop.sync.pull import PageSizer, PullStats, apply_staged, fetch

    # Pull without pushing first (as when the push step hit a dropped link).
    engine = desk.sync.engine()
    fetch(desk.context.database, engine.client, engine.client_id(), PageSizer(), PullStats())
    apply_staged(desk.context.database, None)
    assert desk.cooperatives.get(dropped_id).cooperative.member_count == 77
    with desk.context.database.read() as session:
        assert outbox.pending_count(session) == unsent_before


def test_reset_required_redownloads_and_keeps_unsent_edits(
    server: LiveServer, desks: DeskFactory
) -> None:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS, member_count=5)
    server.assign(ba, coop_id)
    desk = desks(ba)
    desk.sync.sync()
    stale_visit = draft_visit(desk, coop_id, "akan dihapus di server")
    desk.sync.sync()
    other = desks(ba)
    other.sync.sync()
    other.visits.delete(stale_visit)
    other.sync.sync()
    with server.db.write() as session:
        compact(session, keep_days=0)  # the tombstone is gone: only a full download is right
    edit_members(desk, coop_id, 42)  # unsent when the reset comes
    with desk.context.database.write() as session:
        outbox.acknowledge(session, 0)
    report = desk.sync.sync()
    assert report.pull.reset
    assert desk.visits.list(VisitFilter()).total == 0  # swept: the server no longer has it
    assert desk.cooperatives.get(coop_id).cooperative.member_count == 42
    assert desk.sync.status().pending_changes == 0


def test_device_clocks_years_off_do_not_decide_anything(
    server: LiveServer, desks: DeskFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS, member_count=5)
    server.assign(ba, coop_id)
    past, future = desks(ba), desks(ba)
    for desk in (past, future):
        desk.sync.sync()
    monkeypatch.setattr(outbox, "device_now", lambda: "2031-01-01T00:00:00.000+00:00")
    edit_members(future, coop_id, 31)
    monkeypatch.setattr(outbox, "device_now", lambda: "2019-06-01T00:00:00.000+00:00")
    edit_members(past, coop_id, 19)
    future.sync.sync()
    past.sync.sync()  # arrives last, written "in 2019": the arrival order decides, not the clock
    future.sync.sync()
    for desk in (past, future):
        assert desk.cooperatives.get(coop_id).cooperative.member_count == 19
        assert desk.sync.status().last_sync_server_time is not None
        assert desk.sync.status().last_sync_server_time.startswith(str(date.today().year))


def test_a_handover_bundle_delivered_twice_then_synced_by_its_laptop_applies_once(
    server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS, member_count=5)
    server.assign(ba, coop_id)
    field_laptop, office_laptop = desks(ba), desks(ba)
    field_laptop.sync.sync()
    visit_id = draft_visit(field_laptop, coop_id, "tiga minggu tanpa sinyal")
    edit_members(field_laptop, coop_id, 40)
    bundle = tmp_path / "handover.kopdes"
    exported = field_laptop.sync.export_bundle(bundle)
    assert len(exported.mutations) == 2

    first = office_laptop.sync.import_bundle(bundle)
    again = office_laptop.sync.import_bundle(bundle)
    assert (first.applied, first.duplicates) == (2, 0)
    assert (again.applied, again.duplicates) == (0, 2)
    office_laptop.sync.sync()
    assert office_laptop.visits.get(visit_id).visit.findings == "tiga minggu tanpa sinyal"

    report = field_laptop.sync.sync()  # the original laptop finally has signal
    assert (report.push.sent, report.push.applied, report.push.duplicates) == (2, 0, 2)
    assert field_laptop.sync.status().pending_changes == 0
    assert field_laptop.cooperatives.get(coop_id).cooperative.member_count == 40


def test_the_server_cli_delivers_a_bundle_and_refuses_a_damaged_one(
    server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS)
    server.assign(ba, coop_id)
    laptop = desks(ba)
    laptop.sync.sync()
    draft_visit(laptop, coop_id, "diantar lewat kantor")
    bundle = tmp_path / "usb.kopdes"
    laptop.sync.export_bundle(bundle)
    command = [
        sys.executable,
        "-m",
        "kopdes_desktop.server.cli",
        "--database-url",
        server.database_url,
        "import-bundle",
    ]
    delivered = subprocess.run(
        [*command, str(bundle)], capture_output=True, text=True, check=False, timeout=120
    )
    assert delivered.returncode == 0, delivered.stderr
    assert "1 change(s) applied" in delivered.stdout
    damaged = tmp_path / "damaged.kopdes"
    damaged.write_bytes(bundle.read_bytes()[:-20])
    refused = subprocess.run(
        [*command, str(damaged)], capture_output=True, text=True, check=False, timeout=120
    )
    assert refused.returncode != 0
    assert "damaged.kopdes" in refused.stderr
    own_push = laptop.sync.sync().push
    assert (own_push.applied, own_push.duplicates) == (0, 1)  # delivered already: duplicates
    assert laptop.sync.status().pending_changes == 0


def unsent(folder: Path) -> int:
    import sqlite3

    with sqlite3.connect(folder / "kopdes.sqlite", timeout=30) as db:
        return int(db.execute("SELECT count(*) FROM outbox").fetchone()[0])


def test_kill_9_at_random_moments_of_a_sync_then_restart_ends_the_same(
    server: LiveServer, desks: DeskFactory, tmp_path: Path, catalog: object
) -> None:
    import os
    import random
    import signal
    import time

    from sqlalchemy import func, select

    from kopdes_desktop.server.models import AppliedMutation
    from tests.server.helpers import PASSWORD
    from tests.sync.conftest import make_desk
    from tests.sync.fault_proxy import Fault, FaultProxy
    from tests.sync.test_convergence import _state

    ba = server.user(Role.BA)
    coops = [server.cooperative(SAMBAS) for _ in range(3)]
    server.assign(ba, *coops)
    # A slow link (every request delayed), so the kills land in the middle of rounds.
    proxy = FaultProxy(server.base_url, fault_rate=0, delay_s=0.4)
    folder = tmp_path / "killed"
    desk = make_desk(folder, catalog)  # type: ignore[arg-type]
    desk.sync.sign_in(proxy.url, ba.username, PASSWORD, "killed laptop")
    proxy.plan = None
    desk.sync.sync()
    proxy.plan = lambda method, path: Fault.DELAY
    for index in range(300):
        draft_visit(desk, coops[index % 3], f"kunjungan {index}")
    desk.context.database.dispose()
    env = {
        **os.environ,
        "KOPDES_DATA_DIR": str(folder),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    command = [sys.executable, "-m", "kopdes_desktop", "sync"]
    rng = random.Random(9)
    left: list[int] = []  # unsent changes after each kill
    try:
        for kill in range(5):
            process = subprocess.Popen(
                command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            if kill == 0:
                # Once in the middle of the push for sure: right after the first batch landed.
                deadline = time.monotonic() + 60
                while unsent(folder) == 300 and time.monotonic() < deadline:
                    time.sleep(0.02)
            else:
                time.sleep(rng.uniform(0.3, 3.0))
            process.send_signal(signal.SIGKILL)
            process.wait()
            left.append(unsent(folder))
        finished = subprocess.run(
            command, env=env, capture_output=True, text=True, check=False, timeout=300
        )
        assert finished.returncode == 0, finished.stderr
    finally:
        proxy.close()
    assert any(0 < count < 300 for count in left), left  # some kills landed mid-push
    desk = make_desk(folder, catalog)  # type: ignore[arg-type]
    try:
        assert desk.sync.status().pending_changes == 0
        with desk.context.database.read() as session:
            state = outbox.sync_state(session)
            client_id, last = state.client_id, state.last_mutation_id
        with server.db.read() as session:
            consumed = session.scalar(
                select(func.count())
                .select_from(AppliedMutation)
                .where(AppliedMutation.client_id == client_id)
            )
        assert consumed == last == 300
        fresh = desks(ba)
        fresh.sync.sync()
        assert _state(desk) == _state(fresh)
        assert fresh.visits.list(VisitFilter()).total == 300
    finally:
        desk.context.database.dispose()
