"""The laptop refuses exactly what the server refuses: every (role, record type, action).

For each role a world is set up on a real server: cooperatives, another BA's visits, notes,
agreed actions and photos, and the role's own. Each case is first tried through the laptop's
services. What they refuse is then written straight into the outbox (as an older app would have
done), what they allow is simply saved; one sync sends it all through the real API, and the server
must have refused exactly the cases the laptop refused, and nothing else.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import httpx
import pytest
from sqlalchemy import select

from kopdes_desktop.domain.enums import (
    BusinessUnitType,
    Role,
    VisitStatus,
)
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.mutations import Intent
from kopdes_desktop.domain.permissions import Action, Actor, open_to
from kopdes_desktop.domain.records import (
    AgreedAction,
    BusinessUnit,
    Cooperative,
    CooperativeDetail,
    Officer,
    Opportunity,
    OpportunityDetail,
    Photo,
    Record,
    RecordType,
    Visit,
    VisitDetail,
)
from kopdes_desktop.domain.validation import ValidationError
from kopdes_desktop.server.models import RecordRow, User
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.errors import NotAllowedError
from kopdes_desktop.services.photos import photo_file
from kopdes_desktop.services.review import ReviewService
from kopdes_desktop.storage import outbox, record_store
from kopdes_desktop.storage.models import RejectedChange
from tests.server.helpers import MEMPAWAH, SAMBAS, VERSION_HEADERS, Laptop, LiveServer
from tests.server.test_photos import jpeg
from tests.server.test_push import complete_visit as complete_visit_fields
from tests.sync.conftest import DeskFactory
from tests.sync.test_round_trip import complete_visit

# Real JPEGs: the server stores nothing else (docs/server.md).
OTHER_PHOTO = jpeg(int.from_bytes(os.urandom(4)), 40, 30)
OWN_PHOTO = jpeg(int.from_bytes(os.urandom(4)), 40, 30)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Kit:
    """Fresh records for one case, so no case's change touches another's."""

    coop: str = ""
    village: str = ""
    officer: str = ""
    unit: str = ""
    own_draft: str = ""
    own_draft_action: str = ""
    own_submitted: str = ""
    other_draft: str = ""
    other_draft_action: str = ""
    other_submitted: str = ""
    own_note: str = ""
    own_note_photo: str = ""
    other_note: str = ""
    other_note_photo: str = ""
    conflict: str = ""


@dataclass
class World:
    server: LiveServer
    desk: AppServices
    kits: dict[str, Kit] = field(default_factory=dict)

    def write(self, change: Callable[..., object], *args: object, **kwargs: object) -> None:
        """A change written straight into the outbox, past every check of the services."""
        with self.desk.context.database.write() as session:
            change(session, *args, **kwargs)


Attempt = Callable[[World, Kit, bool], str]  # (world, kit, through services?) -> target id


@dataclass(frozen=True)
class Case:
    record_type: RecordType
    action: Action
    variant: str
    needs: frozenset[str]
    attempt: Attempt

    @property
    def name(self) -> str:
        return f"{self.record_type.value}/{self.action.value}/{self.variant}"


def _complete(visit_id: str, cooperative_id: str) -> Visit:
    return dataclasses.replace(complete_visit(cooperative_id).visit, id=visit_id)


# --- the cases ---------------------------------------------------------------------------


def _new_cooperative(where: str) -> Attempt:
    def attempt(world: World, kit: Kit, services: bool) -> str:
        village = {
            "own area": world.server.village(SAMBAS),
            "another kabupaten": world.server.village(MEMPAWAH),
            "a village that has one": kit.village,
        }[where]
        coop = Cooperative(id=new_id(), name=f"Koperasi {where}", village_code=village)
        if services:
            world.desk.cooperatives.save(CooperativeDetail(coop))
        else:
            world.write(record_store.insert, coop)
        return coop.id

    return attempt


def _edit_cooperative(field_name: str) -> Attempt:
    def attempt(world: World, kit: Kit, services: bool) -> str:
        value = "Catatan baru" if field_name == "notes" else world.server.village(SAMBAS)
        if services:
            detail = world.desk.cooperatives.get(kit.coop)
            coop = dataclasses.replace(detail.cooperative, **{field_name: value})
            world.desk.cooperatives.save(dataclasses.replace(detail, cooperative=coop))
        else:
            world.write(record_store.patch, RecordType.COOPERATIVE, kit.coop, {field_name: value})
        return kit.coop

    return attempt


def _delete_cooperative(world: World, kit: Kit, services: bool) -> str:
    if services:
        world.desk.cooperatives.delete(kit.coop)
    else:
        world.write(record_store.delete, RecordType.COOPERATIVE, kit.coop)
    return kit.coop


def _part_edit(record_type: RecordType) -> dict[str, object]:
    return {"notes": "diubah"} if record_type is RecordType.BUSINESS_UNIT else {"name": "Bu Rina"}


def _profile_part(record_type: RecordType, action: Action) -> Attempt:
    def attempt(world: World, kit: Kit, services: bool) -> str:
        existing = kit.officer if record_type is RecordType.OFFICER else kit.unit
        new: Record = (
            Officer(id=new_id(), cooperative_id=kit.coop, name="Pak Yohanes")
            if record_type is RecordType.OFFICER
            else BusinessUnit(
                id=new_id(), cooperative_id=kit.coop, unit_type=BusinessUnitType.LOGISTICS
            )
        )
        target = new.id if action is Action.CREATE else existing
        if not services:
            if action is Action.CREATE:
                world.write(record_store.insert, new)
            elif action is Action.EDIT:
                world.write(record_store.patch, record_type, existing, _part_edit(record_type))
            else:
                world.write(record_store.delete, record_type, existing)
            return target
        detail = world.desk.cooperatives.get(kit.coop)
        part = "officers" if record_type is RecordType.OFFICER else "business_units"
        rows = list(getattr(detail, part))
        if action is Action.CREATE:
            rows.append(new)
        elif action is Action.EDIT:
            changes = _part_edit(record_type)
            rows = [dataclasses.replace(r, **changes) if r.id == existing else r for r in rows]
        else:
            rows = [r for r in rows if r.id != existing]
        world.desk.cooperatives.save(dataclasses.replace(detail, **{part: tuple(rows)}))
        return target

    return attempt


def _new_visit(world: World, kit: Kit, services: bool) -> str:
    visit = Visit(id=new_id(), cooperative_id=kit.coop, findings="Kunjungan baru")
    if services:
        world.desk.visits.save_draft(VisitDetail(visit))
    else:
        world.write(record_store.insert, visit)
    return visit.id


def _edit_visit(which: str) -> Attempt:
    def attempt(world: World, kit: Kit, services: bool) -> str:
        visit_id = getattr(kit, which)
        if services:
            detail = world.desk.visits.get(visit_id)
            visit = dataclasses.replace(detail.visit, problems="Jalan rusak")
            world.desk.visits.save_draft(dataclasses.replace(detail, visit=visit))
        else:
            world.write(record_store.patch, RecordType.VISIT, visit_id, {"problems": "Jalan rusak"})
        return visit_id

    return attempt


def _delete_visit(which: str) -> Attempt:
    def attempt(world: World, kit: Kit, services: bool) -> str:
        visit_id = getattr(kit, which)
        if services:
            world.desk.visits.delete(visit_id)
        else:
            world.write(record_store.delete, RecordType.VISIT, visit_id)
        return visit_id

    return attempt


def _status_change(which: str, after: VisitStatus) -> Attempt:
    def attempt(world: World, kit: Kit, services: bool) -> str:
        visit_id = getattr(kit, which)
        if services and after is VisitStatus.SUBMITTED:
            world.desk.visits.submit(world.desk.visits.get(visit_id))
        elif services:
            ReviewService(world.desk.context).approve(visit_id)
        else:
            before = world.desk.visits.get(visit_id).visit.status
            world.write(
                record_store.patch,
                RecordType.VISIT,
                visit_id,
                {"status": after},
                intent=Intent.SET_VISIT_STATUS,
                intent_args={"from": before.value, "to": after.value, "comment": ""},
            )
        return visit_id

    return attempt


def _action(which: str, action: Action) -> Attempt:
    """An agreed action added to, changed in or removed from a visit (via the visit's form)."""

    def attempt(world: World, kit: Kit, services: bool) -> str:
        visit_id = getattr(kit, which)
        existing = getattr(kit, f"{which}_action", "")
        new = AgreedAction(id=new_id(), visit_id=visit_id, description="Rapat anggota")
        target = new.id if action is Action.CREATE else existing
        if not services:
            if action is Action.CREATE:
                world.write(record_store.insert, new)
            elif action is Action.EDIT:
                world.write(record_store.patch, RecordType.AGREED_ACTION, existing, {"done": True})
            else:
                world.write(record_store.delete, RecordType.AGREED_ACTION, existing)
            return target
        detail = world.desk.visits.get(visit_id)
        actions = list(detail.actions)
        if action is Action.CREATE:
            actions.append(new)
        elif action is Action.EDIT:
            actions = [
                dataclasses.replace(a, done=True) if a.id == existing else a for a in actions
            ]
        else:
            actions = [a for a in actions if a.id != existing]
        world.desk.visits.save_draft(dataclasses.replace(detail, actions=tuple(actions)))
        return target

    return attempt


def _photo(parent: str, action: Action) -> Attempt:
    """A photo added to a visit or note, captioned or removed, through its form."""

    def attempt(world: World, kit: Kit, services: bool) -> str:
        parent_id = getattr(kit, parent)
        new = Photo(id=new_id(), parent_id=parent_id, sha256=sha(OWN_PHOTO))
        existing = getattr(kit, f"{parent}_photo", "")
        target = new.id if action is Action.CREATE else existing
        if not services:
            if action is Action.CREATE:
                world.write(record_store.insert, new)
            elif action is Action.EDIT:
                world.write(record_store.patch, RecordType.PHOTO, existing, {"caption": "Panen"})
            else:
                world.write(record_store.delete, RecordType.PHOTO, existing)
            return target
        is_note = parent.endswith("note")
        detail = (world.desk.opportunities if is_note else world.desk.visits).get(parent_id)
        photos = list(detail.photos)
        if action is Action.CREATE:
            photos.append(new)
        elif action is Action.EDIT:
            photos = [
                dataclasses.replace(p, caption="Panen") if p.id == target else p for p in photos
            ]
        else:
            photos = [p for p in photos if p.id != target]
        changed = dataclasses.replace(detail, photos=tuple(photos))
        if isinstance(changed, OpportunityDetail):
            world.desk.opportunities.save(changed)
        else:
            assert isinstance(changed, VisitDetail)
            world.desk.visits.save_draft(changed)
        return target

    return attempt


def _new_note(world: World, kit: Kit, services: bool) -> str:
    note = Opportunity(id=new_id(), cooperative_id=kit.coop, title="Madu kelulut")
    if services:
        world.desk.opportunities.save(OpportunityDetail(note))
    else:
        world.write(record_store.insert, note)
    return note.id


def _note(which: str, action: Action) -> Attempt:
    def attempt(world: World, kit: Kit, services: bool) -> str:
        note_id = getattr(kit, which)
        if not services:
            if action is Action.EDIT:
                world.write(record_store.patch, RecordType.OPPORTUNITY, note_id, {"offtaker": "CV"})
            else:
                world.write(record_store.delete, RecordType.OPPORTUNITY, note_id)
        elif action is Action.EDIT:
            detail = world.desk.opportunities.get(note_id)
            note = dataclasses.replace(detail.opportunity, offtaker="CV")
            world.desk.opportunities.save(dataclasses.replace(detail, opportunity=note))
        else:
            world.desk.opportunities.delete(note_id)
        return note_id

    return attempt


def _settle_conflict(world: World, kit: Kit, services: bool) -> str:
    if services:
        world.desk.inbox.resolve_conflict(kit.conflict, keep_other=False)
    else:
        world.write(record_store.patch, RecordType.CONFLICT, kit.conflict, {"resolved": True})
    return kit.conflict


V, A = RecordType.VISIT, Action


def _case(record_type: RecordType, action: Action, variant: str, *needs: str) -> Callable:
    def make(attempt: Attempt) -> Case:
        return Case(record_type, action, variant, frozenset(needs), attempt)

    return make


CASES = [
    _case(RecordType.COOPERATIVE, A.CREATE, "own area")(_new_cooperative("own area")),
    _case(RecordType.COOPERATIVE, A.CREATE, "another kabupaten")(
        _new_cooperative("another kabupaten")
    ),
    _case(RecordType.COOPERATIVE, A.CREATE, "village taken", "coop")(
        _new_cooperative("a village that has one")
    ),
    _case(RecordType.COOPERATIVE, A.EDIT, "notes", "coop")(_edit_cooperative("notes")),
    _case(RecordType.COOPERATIVE, A.MOVE, "village", "own_coop")(_edit_cooperative("village_code")),
    _case(RecordType.COOPERATIVE, A.DELETE, "", "own_coop")(_delete_cooperative),
    *(
        # Their own cooperative each: a second unit of one type would break the profile.
        _case(part, action, "", "own_coop", "officer", "unit")(_profile_part(part, action))
        for part in (RecordType.OFFICER, RecordType.BUSINESS_UNIT)
        for action in (A.CREATE, A.EDIT, A.DELETE)
    ),
    _case(V, A.CREATE, "", "coop")(_new_visit),
    _case(V, A.EDIT, "own draft", "own_draft")(_edit_visit("own_draft")),
    _case(V, A.EDIT, "own submitted", "own_submitted")(_edit_visit("own_submitted")),
    _case(V, A.EDIT, "other's draft", "other_draft")(_edit_visit("other_draft")),
    _case(V, A.DELETE, "own draft", "own_draft")(_delete_visit("own_draft")),
    _case(V, A.DELETE, "own submitted", "own_submitted")(_delete_visit("own_submitted")),
    _case(V, A.DELETE, "other's draft", "other_draft")(_delete_visit("other_draft")),
    _case(V, A.SUBMIT, "own draft", "own_draft")(
        _status_change("own_draft", VisitStatus.SUBMITTED)
    ),
    _case(V, A.SUBMIT, "other's draft", "other_draft")(
        _status_change("other_draft", VisitStatus.SUBMITTED)
    ),
    _case(V, A.REVIEW, "other's submitted", "other_submitted")(
        _status_change("other_submitted", VisitStatus.APPROVED)
    ),
    *(
        _case(RecordType.AGREED_ACTION, action, which, which)(_action(which, action))
        for which in ("own_draft", "other_draft")
        for action in (A.CREATE, A.EDIT, A.DELETE)
    ),
    _case(RecordType.AGREED_ACTION, A.CREATE, "own submitted", "own_submitted")(
        _action("own_submitted", A.CREATE)
    ),
    *(
        _case(RecordType.PHOTO, A.CREATE, parent, parent)(_photo(parent, A.CREATE))
        for parent in ("own_draft", "other_draft", "own_note", "other_note")
    ),
    *(
        _case(RecordType.PHOTO, A.EDIT, which, which)(_photo(which, A.EDIT))
        for which in ("own_note", "other_note")
    ),
    _case(RecordType.PHOTO, A.DELETE, "other's note", "other_note")(_photo("other_note", A.DELETE)),
    _case(RecordType.OPPORTUNITY, A.CREATE, "", "coop")(_new_note),
    *(
        _case(RecordType.OPPORTUNITY, action, which, which)(_note(which, action))
        for which in ("own_note", "other_note")
        for action in (A.EDIT, A.DELETE)
    ),
    _case(RecordType.CONFLICT, A.EDIT, "settle", "conflict")(_settle_conflict),
]


# --- building the world ------------------------------------------------------------------


def _upload(server: LiveServer, user: User, data: bytes) -> None:
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {server.token(user)}",
               "Upload-Offset": "0", "Upload-Length": str(len(data))}  # fmt: skip
    response = httpx.patch(
        f"{server.base_url}/photos/v1/{sha(data)}", content=data, headers=headers
    )
    assert response.status_code in (200, 201, 204), response.text


def _other_side(other: Laptop, rival: Laptop, kit: Kit, needs: frozenset[str]) -> None:
    """What another BA of the cooperative made, pushed over the real API."""
    mutations = []
    if "officer" in needs:
        officer = other.create("officer", {"cooperative_id": kit.coop, "name": "Ibu Siti"})
        unit = other.create(
            "business_unit", {"cooperative_id": kit.coop, "unit_type": "gerai_sembako"}
        )
        kit.officer, kit.unit = officer["record_id"], unit["record_id"]
        mutations += [officer, unit]
    if "other_draft" in needs:
        visit = other.create("visit", complete_visit_fields(kit.coop))
        action = other.create("agreed_action", {"visit_id": visit["record_id"], "description": "x"})
        kit.other_draft, kit.other_draft_action = visit["record_id"], action["record_id"]
        mutations += [visit, action]
    if "other_submitted" in needs:
        visit = other.create("visit", complete_visit_fields(kit.coop))
        kit.other_submitted = visit["record_id"]
        mutations += [visit, other.set_status(visit["record_id"], "draft", "submitted")]
    if "other_note" in needs:
        note = other.create("opportunity", {"cooperative_id": kit.coop, "title": "Lada"})
        photo = other.create("photo", {"parent_id": note["record_id"], "sha256": sha(OTHER_PHOTO)})
        kit.other_note, kit.other_note_photo = note["record_id"], photo["record_id"]
        mutations += [note, photo]
    if mutations:
        results = other.push(*mutations)
        assert {r["status"] for r in results} == {"applied"}, results
    if "conflict" in needs:
        other.pull()
        rival.pull()
        other.push(other.patch("cooperative", kit.coop, {"bank_name": "BRI"}))
        [clash] = rival.push(rival.patch("cooperative", kit.coop, {"bank_name": "BNI"}))
        [kit.conflict] = clash["conflict_ids"]


def _own_side(world: World, kit: Kit, needs: frozenset[str]) -> None:
    """What the role's own laptop made before the cases, through its services."""
    desk = world.desk
    photo_file(sha(OWN_PHOTO)).write_bytes(OWN_PHOTO)
    for which in ("own_draft", "own_submitted"):
        if which in needs:
            visit_id = new_id()
            action = AgreedAction(
                id=new_id(), visit_id=visit_id, description="Lengkapi NIB", owner="Ketua",
                due_date=date(2026, 12, 1),
            )  # fmt: skip
            detail = desk.visits.save_draft(
                VisitDetail(_complete(visit_id, kit.coop), actions=(action,))
            )
            setattr(kit, which, visit_id)
            setattr(kit, f"{which}_action", action.id)
            if which == "own_submitted":
                desk.visits.submit(detail)
    if "own_note" in needs:
        note = Opportunity(id=new_id(), cooperative_id=kit.coop, title="Karet")
        photo = Photo(id=new_id(), parent_id=note.id, sha256=sha(OWN_PHOTO))
        desk.opportunities.save(OpportunityDetail(note, (photo,)))
        kit.own_note, kit.own_note_photo = note.id, photo.id


def _cooperative_for(server: LiveServer, *users: User) -> tuple[str, str]:
    """A new Sambas cooperative (id, village) assigned to the BAs among ``users``."""
    coop = server.cooperative(SAMBAS)
    with server.db.read() as session:
        row = session.get(RecordRow, coop)
        assert row is not None
        village = str(row.data["village_code"])
    for user in users:
        if user.role == Role.BA.value:
            server.assign(user, coop)
    return coop, village


def build_world(server: LiveServer, desks: DeskFactory, role: Role) -> World:
    actor = server.user(role, kabupaten=[SAMBAS] if role is Role.PMO else None)
    other_user, rival_user = server.user(Role.BA), server.user(Role.BA)
    other, rival = server.laptop(other_user), server.laptop(rival_user)
    _upload(server, other_user, OTHER_PHOTO)
    kits: dict[str, Kit] = {}
    # Villages are few (Sambas has 195, shared by every test on the server): cases share one
    # cooperative, except those that move, delete or rebuild a cooperative's profile.
    shared = _cooperative_for(server, actor, other_user, rival_user)
    for case in CASES:
        kit = Kit()
        if "own_coop" in case.needs:
            kit.coop, kit.village = _cooperative_for(server, actor, other_user, rival_user)
        elif case.needs:
            kit.coop, kit.village = shared
        _other_side(other, rival, kit, case.needs)
        kits[case.name] = kit
    world = World(server, desks(actor), kits)
    world.desk.sync.sync()
    for case in CASES:
        _own_side(world, kits[case.name], case.needs)
    assert world.desk.sync.sync().push.rejected == 0
    return world


# --- the test ------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.BA, Role.PMO, Role.ADMIN])
def test_the_laptop_refuses_exactly_what_the_server_refuses(
    server: LiveServer, desks: DeskFactory, role: Role
) -> None:
    world = build_world(server, desks, role)
    refused_here: dict[str, str] = {}  # case → target record
    allowed_here: dict[str, str] = {}
    for case in CASES:
        kit = world.kits[case.name]
        try:
            target = case.attempt(world, kit, True)
        except (NotAllowedError, ValidationError):
            refused_here[case.name] = case.attempt(world, kit, False)
        else:
            allowed_here[case.name] = target
    with world.desk.context.database.read() as session:
        to_send = {entry.record_id for entry in outbox.pending(session)}
    # Every case, allowed or not, is on its way: the server's answer is about something sent.
    assert set(allowed_here.values()) | set(refused_here.values()) <= to_send
    world.desk.sync.sync()
    with world.desk.context.database.read() as session:
        refused_there = {
            record_id: reason
            for record_id, reason in session.execute(
                select(RejectedChange.record_id, RejectedChange.reason)
            )
        }
    mismatches = [
        f"{name}: laptop refused, server applied"
        for name, target in refused_here.items()
        if target not in refused_there
    ] + [
        f"{name}: laptop allowed, server refused ({refused_there[target]})"
        for name, target in allowed_here.items()
        if target in refused_there
    ]
    assert mismatches == []
    assert set(refused_there) == set(refused_here.values())  # and nothing else was refused
    # Not a vacuous comparison: each role meets refusals and permissions alike.
    assert len(refused_here) >= 5, refused_here
    assert len(allowed_here) >= 10, allowed_here
    creates_cooperatives = "cooperative/create/own area" in allowed_here
    assert creates_cooperatives is (role is not Role.BA)
    assert "visit/edit/other's draft" in refused_here
    assert "visit/edit/own draft" in allowed_here


def test_the_cases_walk_every_record_type_and_action_a_role_may_take() -> None:
    """A new action or record type in domain/permissions.py must get its case here."""
    walked = {(case.record_type, case.action) for case in CASES}
    open_to_someone = {
        (record_type, action)
        for record_type in RecordType
        for action in Action
        for role in Role
        if open_to(Actor("someone", role, frozenset({SAMBAS})), action, record_type) is None
    }
    assert open_to_someone - walked == set()
