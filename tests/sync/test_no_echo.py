"""No echo with the real engine: a laptop's own records do not come back after its push, yet it
ends up holding exactly what the server holds (values and versions), and a database put back
from a copy still gets every change the copy never saw."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from sqlalchemy import select

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.services import backups
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.storage.models import CooperativeRow, ReviewCommentRow, VisitRow
from tests.server.helpers import LiveServer
from tests.sync.conftest import DeskFactory, ba_of_a_new_cooperative, make_desk
from tests.sync.test_convergence import _state
from tests.sync.test_restored_databases import set_notes
from tests.sync.test_round_trip import complete_visit
from tests.sync.test_scenarios import edit_members


def _versions_on_server(server: LiveServer, record_id: str) -> tuple[int, dict[str, int]]:
    with server.db.read() as session:
        row = session.get(RecordRow, record_id)
        assert row is not None
        return row.version, {name: int(meta["v"]) for name, meta in row.field_meta.items()}


def _versions_here(
    desk: AppServices, model: type[VisitRow | CooperativeRow], record_id: str
) -> tuple[int, dict[str, int]]:
    with desk.context.database.read() as session:
        row = session.get(model, record_id)
        assert row is not None
        return row.server_version, {k: int(v) for k, v in (row.field_versions or {}).items()}


def test_a_submitted_visit_and_a_profile_edit_bring_back_only_the_review_comment(
    server: LiveServer, desks: DeskFactory
) -> None:
    ba, coop_id = ba_of_a_new_cooperative(server, member_count=10)
    desk = desks(ba)
    desk.sync.sync()
    visit = desk.visits.save_draft(complete_visit(coop_id))
    desk.visits.submit(visit)
    edit_members(desk, coop_id, 12)
    set_notes(desk, coop_id, "RAT bulan Maret")

    report = desk.sync.sync()

    assert report.push.applied == 4  # the visit, its submission, two profile edits
    assert report.pull.changes == 1  # the review comment the server wrote
    with desk.context.database.read() as session:
        [comment] = session.scalars(
            select(ReviewCommentRow).where(ReviewCommentRow.visit_id == visit.visit.id)
        )
        assert comment.to_status == "submitted"
    # What stayed home holds the server's versions: the next edits are based on them.
    assert (
        _versions_here(desk, CooperativeRow, coop_id)[0]
        == (_versions_on_server(server, coop_id)[0])
    )
    server_version, server_fields = _versions_on_server(server, coop_id)
    local_version, local_fields = _versions_here(desk, CooperativeRow, coop_id)
    assert local_version == server_version
    assert {k: local_fields[k] for k in ("member_count", "notes")} == {
        k: server_fields[k] for k in ("member_count", "notes")
    }
    assert (
        _versions_here(desk, VisitRow, visit.visit.id)[0]
        == (_versions_on_server(server, visit.visit.id)[0])
    )
    # And a fresh install of the same account ends up with exactly the same records.
    fresh = desks(ba)
    fresh.sync.sync()
    assert _state(fresh) == _state(desk)


def test_a_second_laptop_editing_the_same_field_next_is_a_real_conflict_not_a_false_one(
    server: LiveServer, desks: DeskFactory
) -> None:
    ba, coop_id = ba_of_a_new_cooperative(server, member_count=10)
    desk = desks(ba)
    desk.sync.sync()
    edit_members(desk, coop_id, 11)
    desk.sync.sync()
    edit_members(desk, coop_id, 12)  # based on the version the push answer gave
    report = desk.sync.sync()
    assert report.push.applied == 1
    assert report.pull.changes == 0
    with server.db.read() as session:
        conflicts = session.scalars(
            select(RecordRow).where(
                RecordRow.record_type == "conflict", RecordRow.parent_id == coop_id
            )
        ).all()
    assert conflicts == []
    assert desk.cooperatives.get(coop_id).cooperative.member_count == 12


def test_a_restored_backup_gets_back_what_it_sent_after_the_backup(
    server: LiveServer, desks: DeskFactory, catalog: RegionCatalog, tmp_path: Path
) -> None:
    ba, coop_id = ba_of_a_new_cooperative(server, member_count=5)
    desk = desks(ba, name="laptop")
    folder = tmp_path / "laptop"
    desk.sync.sync()
    copy = backups.backup_to(folder / "kopdes.sqlite", tmp_path / "copy.sqlite").path
    visit = desk.visits.save_draft(complete_visit(coop_id))
    set_notes(desk, coop_id, "dikirim setelah cadangan")
    assert desk.sync.sync().pull.changes == 0  # its own: nothing came back
    desk.context.database.dispose()
    backups.restore_from(copy, folder / "kopdes.sqlite", folder / "backups")
    restored = make_desk(folder, catalog)
    try:
        restored.sync.sync()
        assert restored.visits.get(visit.visit.id).visit.findings == visit.visit.findings
        assert restored.cooperatives.get(coop_id).cooperative.notes == "dikirim setelah cadangan"
        fresh = desks(ba)
        fresh.sync.sync()
        assert _state(fresh) == _state(restored)
    finally:
        restored.context.database.dispose()


def test_a_pmo_sees_the_ba_records_that_stayed_home_on_the_ba_laptop(
    server: LiveServer, desks: DeskFactory
) -> None:
    ba, coop_id = ba_of_a_new_cooperative(server)
    pmo = server.user(Role.PMO, kabupaten=["61.04"])
    ba_desk, pmo_desk = desks(ba), desks(pmo)
    ba_desk.sync.sync()
    pmo_desk.sync.sync()
    visit = ba_desk.visits.save_draft(complete_visit(coop_id))
    ba_desk.visits.submit(visit)
    ba_desk.sync.sync()
    pmo_desk.sync.sync()
    assert pmo_desk.visits.get(visit.visit.id).visit.findings == visit.visit.findings


def test_a_copy_resending_what_the_original_sent_still_gets_the_original_s_later_edits(
    server: LiveServer, desks: DeskFactory, catalog: RegionCatalog, tmp_path: Path
) -> None:
    """The copy's resend is answered as a duplicate of a transaction that also carried the
    original's later edit: the copy must not take that version as its own."""
    ba, coop_id = ba_of_a_new_cooperative(server)
    first = desks(ba, name="first")
    first.sync.sync()
    visit = first.visits.save_draft(complete_visit(coop_id))
    first.context.database.dispose()
    (tmp_path / "second").mkdir()
    for name in ("kopdes.sqlite", "token.json"):
        shutil.copy2(tmp_path / "first" / name, tmp_path / "second" / name)
    first, second = make_desk(tmp_path / "first", catalog), make_desk(tmp_path / "second", catalog)
    try:
        edited = dataclasses.replace(visit.visit, people_count=980)
        first.visits.save_draft(dataclasses.replace(first.visits.get(visit.visit.id), visit=edited))
        first.sync.sync()  # the create and the edit in one transaction
        second.sync.sync()  # its create is a duplicate of that transaction
        assert second.visits.get(visit.visit.id).visit.people_count == 980
    finally:
        first.context.database.dispose()
        second.context.database.dispose()
