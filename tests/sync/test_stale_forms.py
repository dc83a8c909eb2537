"""A form open across a sync saves only its user's changes (services and a real server).

Each test opens a form the way an editor does (the detail as read is the form's base), lets a
real sync bring someone else's work, then saves the form with its base. What others did must
survive on this laptop, on the server and on the other laptop; where both changed one thing,
the save is refused with the clash instead of one side silently winning.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PIL import Image

from kopdes_desktop import paths
from kopdes_desktop.domain import edits
from kopdes_desktop.domain.edits import Choice, ClashKind
from kopdes_desktop.domain.enums import (
    BusinessUnitStatus,
    BusinessUnitType,
    OfficerBody,
    OfficerRole,
    Role,
    VisitStatus,
)
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.mutations import MutationOp
from kopdes_desktop.domain.records import (
    AgreedAction,
    BusinessUnit,
    CooperativeDetail,
    Officer,
    Opportunity,
    OpportunityDetail,
    VisitDetail,
)
from kopdes_desktop.services import photos
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.errors import EditClashError, NotEditableError, NotFoundError
from kopdes_desktop.services.review import ReviewService
from kopdes_desktop.storage import outbox
from kopdes_desktop.storage.models import model_for
from tests.server.helpers import LiveServer
from tests.sync.conftest import DeskFactory
from tests.sync.test_round_trip import complete_visit

# These tests make their cooperatives in Sanggau: one session server holds every sync test's
# cooperatives, one per village, and the other tests fill Sambas.
SANGGAU = "61.05"


@contextmanager
def acting(desk: AppServices) -> Iterator[None]:
    """Photos and autosaves live in the data folder, which paths.py finds through an env var."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(paths.DATA_DIR_ENV, str(desk.context.database.path.parent))
        yield


def pending(desk: AppServices) -> list[outbox.PendingMutation]:
    with desk.context.database.read() as session:
        return outbox.pending(session)


def field_versions(desk: AppServices, record_type: str, record_id: str) -> dict[str, int]:
    from kopdes_desktop.domain.records import RecordType

    with desk.context.database.read() as session:
        row = session.get(model_for(RecordType(record_type)), record_id)
        assert row is not None
        return {k: int(v) for k, v in (row.field_versions or {}).items()}


def two_bas_on_one_cooperative(
    server: LiveServer, desks: DeskFactory
) -> tuple[str, AppServices, AppServices]:
    coop_id = server.cooperative(SANGGAU, member_count=20)
    siti, budi = server.user(Role.BA, name="Siti"), server.user(Role.BA, name="Budi")
    server.assign(siti, coop_id)
    server.assign(budi, coop_id)
    mine, theirs = desks(siti, name="a"), desks(budi, name="b")
    mine.sync.sync()
    theirs.sync.sync()
    return coop_id, mine, theirs


def their_edit(theirs: AppServices, coop_id: str, officer_name: str = "Yuliana") -> str:
    """Budi's edit on his laptop, synced: 31 members and a new officer."""
    detail = theirs.cooperatives.get(coop_id)
    officer = Officer(
        id=new_id(),
        cooperative_id=coop_id,
        body=OfficerBody.PENGURUS,
        name=officer_name,
        role=OfficerRole.SECRETARY,
    )
    theirs.cooperatives.save(
        dataclasses.replace(
            detail,
            cooperative=dataclasses.replace(detail.cooperative, member_count=31),
            officers=(*detail.officers, officer),
        )
    )
    assert theirs.sync.sync().push.rejected == 0
    return officer.id


# --- cooperative profiles ---------------------------------------------------------------------


def test_a_profile_form_open_across_a_sync_keeps_the_other_edit_and_the_new_officer(
    server: LiveServer, desks: DeskFactory
) -> None:
    coop_id, mine, theirs = two_bas_on_one_cooperative(server, desks)
    opened = mine.cooperatives.get(coop_id)  # the form opens: this is its base
    officer_id = their_edit(theirs, coop_id)
    mine.sync.sync()  # arrives while the form is open

    edited = dataclasses.replace(
        opened, cooperative=dataclasses.replace(opened.cooperative, phone="0812 5555 1234")
    )
    saved = mine.cooperatives.save(edited, base=opened)

    assert saved.cooperative.member_count == 31
    assert saved.cooperative.phone == "0812 5555 1234"
    assert [o.id for o in saved.officers] == [officer_id]
    [sent] = pending(mine)  # only the phone travels, based on the version it was typed over
    assert dict(sent.fields) == {"phone": "0812 5555 1234"}
    assert dict(sent.base_versions) == {
        "phone": field_versions(mine, "cooperative", coop_id).get("phone", 0)
    }
    assert mine.sync.sync().push.rejected == 0
    theirs.sync.sync()
    for desk in (mine, theirs):
        final = desk.cooperatives.get(coop_id)
        assert (final.cooperative.member_count, final.cooperative.phone) == (31, "0812 5555 1234")
        assert [o.name for o in final.officers] == ["Yuliana"]
        assert not desk.inbox.items()  # no conflict: nobody's work was in the way
    on_server = server.laptop(server.user(Role.PMO, kabupaten=[SANGGAU]))
    try:
        changes = {c["record_id"]: c for c in on_server.pull()}
    finally:
        on_server.close()
    assert changes[coop_id]["fields"]["member_count"] == 31
    assert changes[coop_id]["fields"]["phone"] == "0812 5555 1234"
    assert not changes[officer_id]["deleted"]


def test_saving_an_unchanged_form_after_a_sync_writes_nothing(
    server: LiveServer, desks: DeskFactory
) -> None:
    coop_id, mine, theirs = two_bas_on_one_cooperative(server, desks)
    opened = mine.cooperatives.get(coop_id)
    their_edit(theirs, coop_id)
    mine.sync.sync()
    saved = mine.cooperatives.save(opened, base=opened)
    assert pending(mine) == []
    assert saved.cooperative.member_count == 31
    assert len(saved.officers) == 1


def members_clash(
    server: LiveServer, desks: DeskFactory
) -> tuple[str, AppServices, AppServices, CooperativeDetail, CooperativeDetail, EditClashError]:
    """The form changes members 20→25 and the phone while Budi's 31 arrives: the save is refused."""
    coop_id, mine, theirs = two_bas_on_one_cooperative(server, desks)
    opened = mine.cooperatives.get(coop_id)
    their_edit(theirs, coop_id)
    mine.sync.sync()
    edited = dataclasses.replace(
        opened,
        cooperative=dataclasses.replace(
            opened.cooperative, member_count=25, phone="0812 5555 1234"
        ),
    )
    with pytest.raises(EditClashError) as refused:
        mine.cooperatives.save(edited, base=opened)
    return coop_id, mine, theirs, opened, edited, refused.value


def test_the_same_field_changed_on_both_laptops_is_refused_with_the_clash(
    server: LiveServer, desks: DeskFactory
) -> None:
    coop_id, mine, theirs, opened, edited, refused = members_clash(server, desks)
    [clash] = refused.clashes
    assert (clash.kind, clash.field, clash.base, clash.theirs, clash.mine) == (
        ClashKind.FIELD,
        "member_count",
        20,
        31,
        25,
    )
    assert clash.changed_at  # the laptop knows when the other value arrived
    assert clash.changed_by == "Budi"  # and who chose it (from the directory of people)
    assert pending(mine) == []  # nothing written, not even the phone
    assert mine.cooperatives.get(coop_id).cooperative.member_count == 31

    # The user keeps their own value: it is saved and reaches everyone, with no server conflict.
    base, again = edits.settle(
        opened, edited, refused.current, refused.clashes, {clash.key: Choice.MINE}
    )
    saved = mine.cooperatives.save(again, base=base)
    assert (saved.cooperative.member_count, saved.cooperative.phone) == (25, "0812 5555 1234")
    assert len(saved.officers) == 1
    mine.sync.sync()
    theirs.sync.sync()
    assert theirs.cooperatives.get(coop_id).cooperative.member_count == 25


def test_taking_their_value_saves_the_rest_and_sends_nothing_for_that_field(
    server: LiveServer, desks: DeskFactory
) -> None:
    _coop_id, mine, _theirs, opened, edited, refused = members_clash(server, desks)
    choices = {c.key: Choice.THEIRS for c in refused.clashes}
    base, again = edits.settle(opened, edited, refused.current, refused.clashes, choices)
    saved = mine.cooperatives.save(again, base=base)
    assert (saved.cooperative.member_count, saved.cooperative.phone) == (31, "0812 5555 1234")
    assert [dict(m.fields) for m in pending(mine)] == [{"phone": "0812 5555 1234"}]


def test_officers_removed_or_changed_elsewhere_are_shown_not_resurrected_or_dropped(
    server: LiveServer, desks: DeskFactory
) -> None:
    coop_id, mine, theirs = two_bas_on_one_cooperative(server, desks)
    first = their_edit(theirs, coop_id, "Yuliana")
    second = their_edit(theirs, coop_id, "Rahmat")
    mine.sync.sync()
    opened = mine.cooperatives.get(coop_id)
    # Budi removes Yuliana and corrects Rahmat's phone; meanwhile the form renames Yuliana and
    # removes Rahmat.
    current = theirs.cooperatives.get(coop_id)
    theirs.cooperatives.save(
        dataclasses.replace(
            current,
            officers=tuple(
                dataclasses.replace(o, phone="0813 4444 5678")
                for o in current.officers
                if o.id == second
            ),
        )
    )
    theirs.sync.sync()
    mine.sync.sync()
    edited = dataclasses.replace(
        opened,
        officers=tuple(
            dataclasses.replace(o, name="Yuliana S.") for o in opened.officers if o.id == first
        ),
    )
    with pytest.raises(EditClashError) as caught:
        mine.cooperatives.save(edited, base=opened)
    refused = caught.value
    kinds = {c.record_id: c.kind for c in refused.clashes}
    assert kinds == {first: ClashKind.ROW_DELETED, second: ClashKind.ROW_CHANGED}
    assert pending(mine) == []

    choices = {
        (first, ""): Choice.MINE,  # keep my Yuliana S.: she comes back as a new row
        (second, ""): Choice.THEIRS,  # keep Rahmat as Budi corrected him
    }
    base, again = edits.settle(opened, edited, refused.current, refused.clashes, choices)
    saved = mine.cooperatives.save(again, base=base)
    assert sorted((o.name, o.phone) for o in saved.officers) == [
        ("Rahmat", "0813 4444 5678"),
        ("Yuliana S.", ""),
    ]
    assert first not in {o.id for o in saved.officers}
    assert mine.sync.sync().push.rejected == 0
    theirs.sync.sync()
    assert sorted(o.name for o in theirs.cooperatives.get(coop_id).officers) == [
        "Rahmat",
        "Yuliana S.",
    ]


def test_business_units_added_and_changed_elsewhere_survive_and_a_same_unit_clash_is_refused(
    server: LiveServer, desks: DeskFactory
) -> None:
    coop_id, mine, theirs = two_bas_on_one_cooperative(server, desks)
    start = theirs.cooperatives.get(coop_id)
    office, shop = (
        BusinessUnit(id=new_id(), cooperative_id=coop_id, unit_type=kind)
        for kind in (BusinessUnitType.OFFICE, BusinessUnitType.GROCERY)
    )
    theirs.cooperatives.save(dataclasses.replace(start, business_units=(office, shop)))
    theirs.sync.sync()
    mine.sync.sync()
    opened = mine.cooperatives.get(coop_id)  # Siti's form opens with the two units

    # Budi: the shop is operating now, and a pharmacy is being prepared.
    there = theirs.cooperatives.get(coop_id)
    pharmacy = BusinessUnit(
        id=new_id(),
        cooperative_id=coop_id,
        unit_type=BusinessUnitType.PHARMACY,
        status=BusinessUnitStatus.PREPARING,
    )
    theirs.cooperatives.save(
        dataclasses.replace(
            there,
            business_units=(
                *(
                    dataclasses.replace(u, status=BusinessUnitStatus.OPERATING)
                    if u.id == shop.id
                    else u
                    for u in there.business_units
                ),
                pharmacy,
            ),
        )
    )
    theirs.sync.sync()
    mine.sync.sync()

    # Siti's form: a note on the office and a new warehouse; it never saw Budi's changes.
    warehouse = BusinessUnit(
        id=new_id(), cooperative_id=coop_id, unit_type=BusinessUnitType.WAREHOUSE
    )
    edited = dataclasses.replace(
        opened,
        business_units=(
            *(
                dataclasses.replace(u, notes="Sewa gedung desa") if u.id == office.id else u
                for u in opened.business_units
            ),
            warehouse,
        ),
    )
    saved = mine.cooperatives.save(edited, base=opened)
    by_id = {u.id: u for u in saved.business_units}
    assert set(by_id) == {office.id, shop.id, pharmacy.id, warehouse.id}
    assert by_id[office.id].notes == "Sewa gedung desa"
    assert by_id[shop.id].status is BusinessUnitStatus.OPERATING  # Budi's, not undone
    sent = {m.record_id: m for m in pending(mine)}  # only Siti's two changes travel
    assert set(sent) == {office.id, warehouse.id}
    assert sent[warehouse.id].op is MutationOp.CREATE
    assert (sent[office.id].op, dict(sent[office.id].fields)) == (
        MutationOp.PATCH,
        {"notes": "Sewa gedung desa"},
    )

    # Both change the shop's status: refused with the clash, nothing written.
    there = theirs.cooperatives.get(coop_id)
    theirs.cooperatives.save(
        dataclasses.replace(
            there,
            business_units=tuple(
                dataclasses.replace(u, status=BusinessUnitStatus.STOPPED) if u.id == shop.id else u
                for u in there.business_units
            ),
        )
    )
    theirs.sync.sync()
    mine.sync.sync()
    mine_edit = dataclasses.replace(
        saved,
        business_units=tuple(
            dataclasses.replace(u, status=BusinessUnitStatus.PREPARING) if u.id == shop.id else u
            for u in saved.business_units
        ),
    )
    before = len(pending(mine))
    with pytest.raises(EditClashError) as caught:
        mine.cooperatives.save(mine_edit, base=saved)
    [clash] = caught.value.clashes
    assert (clash.record_id, clash.field, clash.base, clash.theirs, clash.mine) == (
        shop.id,
        "status",
        BusinessUnitStatus.OPERATING,
        BusinessUnitStatus.STOPPED,
        BusinessUnitStatus.PREPARING,
    )
    assert len(pending(mine)) == before
    base, settled = edits.settle(
        saved, mine_edit, caught.value.current, caught.value.clashes, {clash.key: Choice.MINE}
    )
    mine.cooperatives.save(settled, base=base)
    mine.sync.sync()
    theirs.sync.sync()
    final = {u.id: u for u in theirs.cooperatives.get(coop_id).business_units}
    assert set(final) == {office.id, shop.id, pharmacy.id, warehouse.id}
    assert final[shop.id].status is BusinessUnitStatus.PREPARING
    assert final[office.id].notes == "Sewa gedung desa"
    assert not theirs.inbox.items()
    assert not mine.inbox.items()


# --- visits ------------------------------------------------------------------------------------


def one_ba_on_two_laptops(
    server: LiveServer, desks: DeskFactory
) -> tuple[str, AppServices, AppServices]:
    """Visits and notes belong to their author: 'someone else' is the BA's other laptop."""
    coop_id = server.cooperative(SANGGAU)
    ba = server.user(Role.BA, name="Siti")
    server.assign(ba, coop_id)
    laptop, other = desks(ba, name="laptop"), desks(ba, name="other")
    laptop.sync.sync()
    return coop_id, laptop, other


def test_a_visit_form_open_across_a_sync_keeps_the_other_laptops_edit_and_action(
    server: LiveServer, desks: DeskFactory
) -> None:
    coop_id, laptop, other = one_ba_on_two_laptops(server, desks)
    created = laptop.visits.save_draft(complete_visit(coop_id))
    laptop.sync.sync()
    other.sync.sync()
    opened = laptop.visits.get(created.visit.id)

    there = other.visits.get(created.visit.id)
    action = AgreedAction(id=new_id(), visit_id=created.visit.id, description="Rapat anggota")
    other.visits.save_draft(
        dataclasses.replace(
            there,
            visit=dataclasses.replace(there.visit, people_count=12),
            actions=(action,),
        )
    )
    other.sync.sync()
    laptop.sync.sync()

    edited = dataclasses.replace(
        opened, visit=dataclasses.replace(opened.visit, problems="Modal kerja kurang.")
    )
    saved = laptop.visits.save_draft(edited, base=opened)
    assert saved.visit.people_count == 12
    assert saved.visit.problems == "Modal kerja kurang."
    assert [a.id for a in saved.actions] == [action.id]
    assert [dict(m.fields) for m in pending(laptop)] == [{"problems": "Modal kerja kurang."}]
    # A no-op save writes nothing.
    assert laptop.visits.save_draft(saved, base=saved) == saved
    assert len(pending(laptop)) == 1

    # Both laptops changed the findings: refused, then settled.
    again = laptop.visits.get(created.visit.id)
    there = other.visits.get(created.visit.id)
    other.visits.save_draft(
        dataclasses.replace(there, visit=dataclasses.replace(there.visit, findings="Tutup."))
    )
    other.sync.sync()
    laptop.sync.sync()
    mine = dataclasses.replace(again, visit=dataclasses.replace(again.visit, findings="Ramai."))
    with pytest.raises(EditClashError) as caught:
        laptop.visits.save_draft(mine, base=again)
    refused = caught.value
    [clash] = refused.clashes
    assert (clash.field, clash.theirs, clash.mine) == ("findings", "Tutup.", "Ramai.")
    base, settled = edits.settle(
        again, mine, refused.current, refused.clashes, {clash.key: Choice.MINE}
    )
    assert laptop.visits.save_draft(settled, base=base).visit.findings == "Ramai."
    laptop.sync.sync()
    other.sync.sync()
    final = other.visits.get(created.visit.id)
    assert (final.visit.findings, final.visit.problems, final.visit.people_count) == (
        "Ramai.",
        "Modal kerja kurang.",
        12,
    )


def reviewed_while_open(
    server: LiveServer, desks: DeskFactory, decide: Callable[[ReviewService, str], object]
) -> tuple[AppServices, AppServices, VisitDetail]:
    """A draft open on one laptop while the other laptop submits it and the PMO decides."""
    coop_id, laptop, other = one_ba_on_two_laptops(server, desks)
    pmo = desks(server.user(Role.PMO, kabupaten=[SANGGAU]), name="pmo")
    created = laptop.visits.save_draft(complete_visit(coop_id))
    laptop.sync.sync()
    opened = laptop.visits.get(created.visit.id)  # a draft, editable
    other.sync.sync()
    other.visits.submit(other.visits.get(created.visit.id))
    other.sync.sync()
    pmo.sync.sync()
    decide(ReviewService(pmo.context), created.visit.id)
    pmo.sync.sync()
    laptop.sync.sync()
    return laptop, pmo, opened


def test_a_visit_sent_back_while_its_form_was_open_saves_and_resubmits(
    server: LiveServer, desks: DeskFactory
) -> None:
    laptop, pmo, opened = reviewed_while_open(
        server, desks, lambda review, visit_id: review.send_back(visit_id, "Tambah daftar hadir.")
    )
    edited = dataclasses.replace(opened, visit=dataclasses.replace(opened.visit, people_count=9))
    saved = laptop.visits.save_draft(edited, base=opened)
    assert saved.visit.status is VisitStatus.NEEDS_REVISION  # not rolled back to draft
    assert saved.review_comments[-1].comment == "Tambah daftar hadir."
    resubmitted = laptop.visits.submit(saved, base=saved)
    assert resubmitted.visit.status is VisitStatus.RESUBMITTED
    assert laptop.sync.sync().push.rejected == 0
    pmo.sync.sync()
    assert pmo.visits.get(opened.visit.id).visit.people_count == 9


def test_a_visit_approved_while_its_form_was_open_is_not_overwritten(
    server: LiveServer, desks: DeskFactory
) -> None:
    laptop, _pmo, opened = reviewed_while_open(
        server, desks, lambda review, visit_id: review.approve(visit_id)
    )
    edited = dataclasses.replace(opened, visit=dataclasses.replace(opened.visit, people_count=9))
    with pytest.raises(NotEditableError) as refused:
        laptop.visits.save_draft(edited, base=opened)
    assert refused.value.status is VisitStatus.APPROVED
    assert pending(laptop) == []


def test_a_visit_deleted_on_the_other_laptop_while_open_is_not_brought_back(
    server: LiveServer, desks: DeskFactory
) -> None:
    coop_id, laptop, other = one_ba_on_two_laptops(server, desks)
    created = laptop.visits.save_draft(complete_visit(coop_id))
    laptop.sync.sync()
    other.sync.sync()
    opened = laptop.visits.get(created.visit.id)
    other.visits.delete(created.visit.id)
    other.sync.sync()
    laptop.sync.sync()
    edited = dataclasses.replace(opened, visit=dataclasses.replace(opened.visit, people_count=9))
    with pytest.raises(NotFoundError):
        laptop.visits.save_draft(edited, base=opened)
    assert pending(laptop) == []


# --- opportunities ----------------------------------------------------------------------------


def _picture(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (64, 48), colour).save(path, "JPEG")
    return path


def test_an_opportunity_form_open_across_a_sync_keeps_the_other_laptops_photo(
    server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    coop_id, laptop, other = one_ba_on_two_laptops(server, desks)
    note = Opportunity(id=new_id(), cooperative_id=coop_id, title="Kopra", capital_needed=5_000_000)
    with acting(laptop):
        created = laptop.opportunities.save(OpportunityDetail(note))
        mine_photo = photos.import_photo(_picture(tmp_path / "a.jpg", (200, 10, 10)), note.id)
        laptop.sync.sync()
        opened = laptop.opportunities.get(created.opportunity.id)
    with acting(other):
        other.sync.sync()
        theirs_photo = photos.import_photo(_picture(tmp_path / "b.jpg", (10, 200, 10)), note.id)
        there = other.opportunities.get(note.id)
        other.opportunities.save(
            dataclasses.replace(
                there,
                opportunity=dataclasses.replace(there.opportunity, monthly_revenue=750_000),
                photos=(theirs_photo.photo,),
            )
        )
        other.sync.sync()
    with acting(laptop):
        laptop.sync.sync()
        edited = dataclasses.replace(
            opened,
            opportunity=dataclasses.replace(opened.opportunity, offtaker="PT Kalbar Niaga"),
            photos=(mine_photo.photo,),
        )
        saved = laptop.opportunities.save(edited, base=opened)
        assert saved.opportunity.monthly_revenue == 750_000
        assert saved.opportunity.offtaker == "PT Kalbar Niaga"
        assert {p.id for p in saved.photos} == {mine_photo.photo.id, theirs_photo.photo.id}
        assert laptop.opportunities.save(saved, base=saved) == saved
        assert len(pending(laptop)) == 2  # the offtaker and the new photo, nothing else

        # Both laptops changed the capital needed: refused.
        clash_edit = dataclasses.replace(
            saved, opportunity=dataclasses.replace(saved.opportunity, capital_needed=6_000_000)
        )
    with acting(other):
        there = other.opportunities.get(note.id)
        other.opportunities.save(
            dataclasses.replace(
                there, opportunity=dataclasses.replace(there.opportunity, capital_needed=4_000_000)
            )
        )
        other.sync.sync()
    with acting(laptop):
        laptop.sync.sync()
        with pytest.raises(EditClashError) as caught:
            laptop.opportunities.save(clash_edit, base=saved)
        refused = caught.value
        [clash] = refused.clashes
        assert (clash.field, clash.base, clash.theirs, clash.mine) == (
            "capital_needed",
            5_000_000,
            4_000_000,
            6_000_000,
        )
        base, settled = edits.settle(
            saved,
            clash_edit,
            refused.current,
            refused.clashes,
            {clash.key: Choice.THEIRS},
        )
        assert laptop.opportunities.save(settled, base=base).opportunity.capital_needed == 4_000_000
        laptop.sync.sync()
    with acting(other):
        other.sync.sync()
        final = other.opportunities.get(note.id)
    assert final.opportunity.offtaker == "PT Kalbar Niaga"
    assert final.opportunity.capital_needed == 4_000_000
    assert {p.id for p in final.photos} == {mine_photo.photo.id, theirs_photo.photo.id}
