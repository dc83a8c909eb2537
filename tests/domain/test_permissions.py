"""The role rules themselves; tests/sync/test_role_rules.py proves laptop and server apply them
alike through the real API."""

from __future__ import annotations

import pytest

from kopdes_desktop.domain.enums import Role, VisitStatus
from kopdes_desktop.domain.permissions import (
    Action,
    Actor,
    Denial,
    Subject,
    decide,
    open_to,
    transition_action,
)
from kopdes_desktop.domain.records import RecordType

SAMBAS, MEMPAWAH = "61.01", "61.02"
BA = Actor("ba-1", Role.BA)
PMO = Actor("pmo-1", Role.PMO, frozenset({SAMBAS}))
ADMIN = Actor("admin-1", Role.ADMIN)


@pytest.mark.parametrize(
    ("actor", "kabupaten", "expected"),
    [
        (BA, SAMBAS, Denial.ROLE),
        (PMO, SAMBAS, None),
        (PMO, MEMPAWAH, Denial.OUTSIDE_AREA),
        (PMO, None, Denial.OUTSIDE_AREA),  # a new cooperative needs a village in the area
        (ADMIN, MEMPAWAH, None),
    ],
)
def test_who_adds_a_cooperative(actor: Actor, kabupaten: str | None, expected: Denial) -> None:
    assert decide(actor, Action.CREATE, Subject(RecordType.COOPERATIVE, kabupaten)) == expected


def test_a_profile_is_shared_but_only_an_admin_moves_or_deletes_it() -> None:
    coop = Subject(RecordType.COOPERATIVE, SAMBAS)
    for actor in (BA, PMO, ADMIN):
        assert decide(actor, Action.EDIT, coop) is None
        assert decide(actor, Action.CREATE, Subject(RecordType.OFFICER)) is None
    assert decide(PMO, Action.MOVE, coop) is Denial.ROLE
    assert decide(PMO, Action.DELETE, coop) is Denial.ROLE
    assert decide(ADMIN, Action.MOVE, coop) is None


@pytest.mark.parametrize(
    ("status", "action", "expected"),
    [
        (VisitStatus.DRAFT, Action.EDIT, None),
        (VisitStatus.NEEDS_REVISION, Action.EDIT, None),
        (VisitStatus.SUBMITTED, Action.EDIT, Denial.LOCKED),
        (VisitStatus.APPROVED, Action.EDIT, Denial.LOCKED),
        (VisitStatus.DRAFT, Action.DELETE, None),
        (VisitStatus.NEEDS_REVISION, Action.DELETE, Denial.NOT_A_DRAFT),
        (VisitStatus.DRAFT, Action.SUBMIT, None),
        (VisitStatus.NEEDS_REVISION, Action.SUBMIT, None),
        (VisitStatus.SUBMITTED, Action.SUBMIT, Denial.WRONG_STATUS),
    ],
)
def test_an_author_and_their_visit(
    status: VisitStatus, action: Action, expected: Denial | None
) -> None:
    assert decide(BA, action, Subject(RecordType.VISIT, SAMBAS, "ba-1", status)) == expected


def test_actions_and_photos_follow_their_visit_or_note() -> None:
    submitted = Subject(RecordType.AGREED_ACTION, SAMBAS, "ba-1", VisitStatus.SUBMITTED)
    assert decide(BA, Action.CREATE, submitted) is Denial.LOCKED
    others_note_photo = Subject(RecordType.PHOTO, SAMBAS, "ba-2", None)
    assert decide(BA, Action.CREATE, others_note_photo) is Denial.NOT_AUTHOR
    # An admin removes a whole visit or note, not pieces of someone else's.
    assert decide(ADMIN, Action.DELETE, others_note_photo) is Denial.NOT_AUTHOR
    assert decide(ADMIN, Action.DELETE, Subject(RecordType.OPPORTUNITY, author_id="ba-2")) is None


def test_a_record_made_before_the_first_sign_in_is_the_laptop_users() -> None:
    unsigned = Subject(RecordType.VISIT, SAMBAS, "", VisitStatus.DRAFT)
    assert decide(BA, Action.EDIT, unsigned) is None
    assert decide(BA, Action.EDIT, Subject(RecordType.VISIT, SAMBAS, "ba-2")) is Denial.NOT_AUTHOR


def test_review_is_a_pmo_of_the_area_on_a_visit_waiting_for_it() -> None:
    waiting = Subject(RecordType.VISIT, SAMBAS, "ba-1", VisitStatus.SUBMITTED)
    assert decide(BA, Action.REVIEW, waiting) is Denial.ROLE
    assert decide(PMO, Action.REVIEW, waiting) is None
    assert decide(ADMIN, Action.REVIEW, waiting) is None
    elsewhere = Subject(RecordType.VISIT, MEMPAWAH, "ba-1", VisitStatus.SUBMITTED)
    assert decide(PMO, Action.REVIEW, elsewhere) is Denial.OUTSIDE_AREA
    draft = Subject(RecordType.VISIT, SAMBAS, "ba-1", VisitStatus.DRAFT)
    assert decide(PMO, Action.REVIEW, draft) is Denial.WRONG_STATUS


def test_server_records_are_never_written_by_a_laptop() -> None:
    for actor in (BA, PMO, ADMIN):
        for action in (Action.CREATE, Action.EDIT, Action.DELETE):
            assert decide(actor, action, Subject(RecordType.REVIEW_COMMENT)) is Denial.SERVER_ONLY
        assert decide(actor, Action.EDIT, Subject(RecordType.CONFLICT)) is None  # settling
        assert decide(actor, Action.DELETE, Subject(RecordType.CONFLICT)) is Denial.SERVER_ONLY


def test_what_the_screens_offer_each_role() -> None:
    assert open_to(BA, Action.CREATE, RecordType.COOPERATIVE) is Denial.ROLE
    assert open_to(PMO, Action.CREATE, RecordType.COOPERATIVE) is None
    assert open_to(Actor("pmo-2", Role.PMO), Action.CREATE, RecordType.COOPERATIVE) is not None
    assert open_to(ADMIN, Action.CREATE, RecordType.COOPERATIVE) is None
    assert open_to(BA, Action.REVIEW, RecordType.VISIT) is Denial.ROLE
    assert open_to(PMO, Action.REVIEW, RecordType.VISIT) is None
    assert open_to(BA, Action.CREATE, RecordType.VISIT) is None


def test_status_changes_are_a_submit_a_review_or_nothing() -> None:
    assert transition_action(VisitStatus.DRAFT, VisitStatus.SUBMITTED) is Action.SUBMIT
    assert transition_action(VisitStatus.NEEDS_REVISION, VisitStatus.RESUBMITTED) is Action.SUBMIT
    assert transition_action(VisitStatus.RESUBMITTED, VisitStatus.APPROVED) is Action.REVIEW
    assert transition_action(VisitStatus.DRAFT, VisitStatus.APPROVED) is None
    assert transition_action(VisitStatus.APPROVED, VisitStatus.NEEDS_REVISION) is None
