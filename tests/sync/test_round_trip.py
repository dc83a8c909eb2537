"""Two laptops and a PMO sync through a real server: records, merges, clashes, reviews."""

from __future__ import annotations

import dataclasses
from datetime import date, time

from kopdes_desktop.domain.enums import (
    PersonMet,
    Role,
    TravelMode,
    VisitPurpose,
    VisitStatus,
)
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.listing import CooperativeFilter, VisitFilter
from kopdes_desktop.domain.mutations import Intent
from kopdes_desktop.domain.records import RecordType, Visit, VisitDetail
from kopdes_desktop.services.inbox import InboxKind
from kopdes_desktop.storage import record_store
from tests.server.helpers import SAMBAS, LiveServer
from tests.sync.conftest import DeskFactory


def complete_visit(cooperative_id: str) -> VisitDetail:
    return VisitDetail(
        Visit(
            id=new_id(),
            cooperative_id=cooperative_id,
            visit_date=date(2026, 11, 20),
            start_time=time(9),
            end_time=time(11),
            travel_mode=TravelMode.ROAD,
            people_met=(PersonMet.PENGURUS,),
            purposes=(VisitPurpose.MONITORING,),
            findings="Gerai sudah beroperasi.",
        )
    )


def test_two_laptops_of_one_ba_converge_and_merge_field_by_field(
    server: LiveServer, desks: DeskFactory
) -> None:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS, member_count=20)
    server.assign(ba, coop_id)
    first, second = desks(ba), desks(ba)

    first.sync.sync()
    [listed] = first.cooperatives.list(CooperativeFilter()).items
    assert listed.id == coop_id
    visit = first.visits.save_draft(complete_visit(coop_id))
    first.visits.submit(visit)
    report = first.sync.sync()
    assert (report.push.sent, report.push.rejected) == (2, 0)
    assert first.sync.status().pending_changes == 0

    second.sync.sync()
    [seen] = second.visits.list(VisitFilter()).items
    assert (seen.id, seen.status) == (visit.visit.id, VisitStatus.SUBMITTED)

    # Different fields of one profile, edited offline on both laptops: both edits survive.
    for desk, change in ((first, {"member_count": 31}), (second, {"phone": "0812-5555-0101"})):
        detail = desk.cooperatives.get(coop_id)
        coop = dataclasses.replace(detail.cooperative, **change)
        desk.cooperatives.save(dataclasses.replace(detail, cooperative=coop))
    for desk in (first, second, first):
        desk.sync.sync()
    for desk in (first, second):
        coop = desk.cooperatives.get(coop_id).cooperative
        assert (coop.member_count, coop.phone) == (31, "0812-5555-0101")
        assert desk.sync.status().unresolved_conflicts == 0
    # Each laptop's history tells its own edit from the one sync brought.
    changes = second.cooperatives.history(coop_id)
    assert any(c.from_server and c.fields == {"member_count": 31} for c in changes)
    assert any(not c.from_server and c.fields == {"phone": "0812-5555-0101"} for c in changes)


def test_a_clash_on_one_field_is_kept_by_the_rule_and_shown_to_both(
    server: LiveServer, desks: DeskFactory
) -> None:
    ba = server.user(Role.BA)
    other_ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS, member_count=20)
    server.assign(ba, coop_id)
    server.assign(other_ba, coop_id)
    mine, theirs = desks(ba), desks(other_ba)
    for desk in (mine, theirs):
        desk.sync.sync()
    for desk, count in ((mine, 25), (theirs, 27)):
        detail = desk.cooperatives.get(coop_id)
        coop = dataclasses.replace(detail.cooperative, member_count=count)
        desk.cooperatives.save(dataclasses.replace(detail, cooperative=coop))
    mine.sync.sync()
    theirs.sync.sync()  # arrives later: its value is kept
    mine.sync.sync()
    for desk in (mine, theirs):
        assert desk.cooperatives.get(coop_id).cooperative.member_count == 27
        [clash] = [i for i in desk.inbox.items() if i.kind is InboxKind.CONFLICT]
        assert clash.conflict is not None
        assert (clash.conflict.kept_value, clash.conflict.other_value) == ("27", "25")


def test_pmo_feedback_reaches_the_ba_offline_and_a_resubmission_goes_back(
    server: LiveServer, desks: DeskFactory
) -> None:
    ba = server.user(Role.BA)
    pmo = server.user(Role.PMO, kabupaten=[SAMBAS])
    coop_id = server.cooperative(SAMBAS)
    server.assign(ba, coop_id)
    ba_desk, pmo_desk = desks(ba), desks(pmo)
    ba_desk.sync.sync()
    visit = ba_desk.visits.save_draft(complete_visit(coop_id))
    ba_desk.visits.submit(visit)
    ba_desk.sync.sync()

    pmo_desk.sync.sync()
    with pmo_desk.context.database.write() as session:
        record_store.patch(
            session,
            RecordType.VISIT,
            visit.visit.id,
            {"status": VisitStatus.NEEDS_REVISION},
            intent=Intent.SET_VISIT_STATUS,
            intent_args={
                "from": "submitted",
                "to": "needs_revision",
                "comment": "Tambahkan jumlah peserta.",
            },
        )
    assert pmo_desk.sync.sync().push.rejected == 0

    ba_desk.sync.sync()
    detail = ba_desk.visits.get(visit.visit.id)
    assert detail.visit.status is VisitStatus.NEEDS_REVISION
    assert detail.review_comments[-1].comment == "Tambahkan jumlah peserta."
    [feedback] = [i for i in ba_desk.inbox.items() if i.kind is InboxKind.SENT_BACK]
    assert feedback.message == "Tambahkan jumlah peserta."

    fixed = dataclasses.replace(detail, visit=dataclasses.replace(detail.visit, people_count=9))
    ba_desk.visits.submit(fixed)
    ba_desk.sync.sync()
    pmo_desk.sync.sync()
    assert pmo_desk.visits.get(visit.visit.id).visit.status is VisitStatus.RESUBMITTED
    assert pmo_desk.visits.get(visit.visit.id).visit.people_count == 9
