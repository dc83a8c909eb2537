"""Who may do what to which record: the one table of role rules.

The laptop's services check it before saving (so nothing is refused later for a reason the laptop
could know), the screens ask it what to offer, and the server applies it to every pushed change.
Which cooperatives a person can see at all (assignments, kabupaten) is the server's to decide
(``server/scope.py``); a laptop only holds what is in its user's scope. These rules decide what
the person may do with what they can see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from kopdes_desktop.domain.enums import Role, VisitStatus
from kopdes_desktop.domain.records import RecordType


class Action(StrEnum):
    CREATE = "create"
    EDIT = "edit"
    DELETE = "delete"
    MOVE = "move"  # give a cooperative another village (and so perhaps another kabupaten)
    SUBMIT = "submit"  # the author sends a visit for review (or again, after a revision)
    REVIEW = "review"  # approve a visit, or send it back with a comment


class Denial(StrEnum):
    """Why an action is refused; stable codes the laptop and the server translate."""

    ROLE = "role"  # this role never does this to this kind of record
    OUTSIDE_AREA = "outside_area"  # the village or cooperative is not in the PMO's kabupaten
    NOT_AUTHOR = "not_author"  # visits, notes and their actions/photos belong to their author
    LOCKED = "locked"  # the visit waits for review or was approved
    NOT_A_DRAFT = "not_a_draft"  # only a draft visit can be deleted
    WRONG_STATUS = "wrong_status"  # a submit or review the visit's status does not allow
    SERVER_ONLY = "server_only"  # review comments and conflict records are written by the server


# Records with one author; everything under a cooperative's profile is shared.
AUTHORED_TYPES = frozenset({RecordType.VISIT, RecordType.OPPORTUNITY})
# Agreed actions and photos follow the rules of the visit (or note) they belong to.
CHILDREN_OF_AUTHORED = frozenset({RecordType.AGREED_ACTION, RecordType.PHOTO})
PROFILE_TYPES = frozenset({RecordType.COOPERATIVE, RecordType.OFFICER, RecordType.BUSINESS_UNIT})

SUBMIT_TRANSITIONS: dict[VisitStatus, VisitStatus] = {
    VisitStatus.DRAFT: VisitStatus.SUBMITTED,
    VisitStatus.NEEDS_REVISION: VisitStatus.RESUBMITTED,
}
REVIEW_OUTCOMES = frozenset({VisitStatus.APPROVED, VisitStatus.NEEDS_REVISION})


def transition_action(before: VisitStatus, after: VisitStatus) -> Action | None:
    """The action a visit status change is, or None when no one may make it."""
    if SUBMIT_TRANSITIONS.get(before) is after:
        return Action.SUBMIT
    if before.awaiting_review and after in REVIEW_OUTCOMES:
        return Action.REVIEW
    return None


@dataclass(frozen=True, slots=True)
class Actor:
    """The person acting, as their account describes them."""

    user_id: str
    role: Role
    kabupaten_codes: frozenset[str] = frozenset()

    def supervises(self, kabupaten_code: str | None) -> bool:
        """An admin supervises everywhere, a PMO their kabupaten, a BA nowhere."""
        if self.role is Role.ADMIN:
            return True
        return self.role is Role.PMO and kabupaten_code in self.kabupaten_codes

    def wrote(self, author_id: str | None) -> bool:
        # A blank author is a record made on this laptop before its first sign-in: the
        # laptop's own user wrote it (the server stamps the author when it arrives).
        return not author_id or author_id == self.user_id


@dataclass(frozen=True, slots=True)
class Subject:
    """What the rules need to know of the record acted on.

    ``kabupaten_code``: of the cooperative the record belongs to (for a new cooperative, of its
    village). ``author_id`` and ``visit_status``: of a visit or note, and for an agreed action
    or photo those of the visit or note it belongs to (``visit_status`` None for a note).
    """

    record_type: RecordType
    kabupaten_code: str | None = None
    author_id: str | None = None
    visit_status: VisitStatus | None = None


@dataclass(frozen=True, slots=True)
class Refusal:
    action: Action
    record_type: RecordType
    denial: Denial


def decide(actor: Actor, action: Action, subject: Subject) -> Denial | None:
    """None when ``actor`` may take ``action`` on ``subject``; otherwise why not."""
    return _RULES[subject.record_type](actor, action, subject)


def _server_only(_actor: Actor, _action: Action, _subject: Subject) -> Denial | None:
    return Denial.SERVER_ONLY


def _conflict(_actor: Actor, action: Action, _subject: Subject) -> Denial | None:
    # A clash is settled by marking it resolved; only the server makes or removes one.
    return None if action is Action.EDIT else Denial.SERVER_ONLY


def _cooperative(actor: Actor, action: Action, subject: Subject) -> Denial | None:
    if action is Action.EDIT:
        return None  # profiles are shared: everyone who sees one keeps it up to date
    if action is Action.CREATE:
        if actor.role is Role.BA:
            return Denial.ROLE
        return None if actor.supervises(subject.kabupaten_code) else Denial.OUTSIDE_AREA
    if action in (Action.DELETE, Action.MOVE):
        return None if actor.role is Role.ADMIN else Denial.ROLE
    return Denial.ROLE


def _profile_part(_actor: Actor, action: Action, _subject: Subject) -> Denial | None:
    """Pengurus, pengawas and business units: shared like the profile they belong to."""
    return None if action in (Action.CREATE, Action.EDIT, Action.DELETE) else Denial.ROLE


def _visit(actor: Actor, action: Action, subject: Subject) -> Denial | None:
    if action is Action.REVIEW:
        if actor.role is Role.BA:
            return Denial.ROLE
        if not actor.supervises(subject.kabupaten_code):
            return Denial.OUTSIDE_AREA
        status = subject.visit_status
        return None if status is not None and status.awaiting_review else Denial.WRONG_STATUS
    if action is Action.SUBMIT:
        if not actor.wrote(subject.author_id):
            return Denial.NOT_AUTHOR
        status = subject.visit_status or VisitStatus.DRAFT
        return None if status in SUBMIT_TRANSITIONS else Denial.WRONG_STATUS
    return _authored(actor, action, subject)


def _authored(actor: Actor, action: Action, subject: Subject) -> Denial | None:
    """Visits, notes, and the actions and photos under them: the author's, while editable."""
    if action is Action.CREATE and subject.record_type in AUTHORED_TYPES:
        return None  # anyone who sees the cooperative logs visits and notes for it
    if (
        action is Action.DELETE
        and actor.role is Role.ADMIN
        and subject.record_type in AUTHORED_TYPES
    ):
        # An admin clears away a whole visit or note (a test entry, a duplicate); its actions
        # and photos go with it, and are otherwise their author's.
        return None
    if action not in (Action.CREATE, Action.EDIT, Action.DELETE):
        return Denial.ROLE
    if not actor.wrote(subject.author_id):
        return Denial.NOT_AUTHOR
    return _status_allows(action, subject)


def _status_allows(action: Action, subject: Subject) -> Denial | None:
    status = subject.visit_status
    if subject.record_type is RecordType.VISIT and action is Action.DELETE:
        return None if (status or VisitStatus.DRAFT) is VisitStatus.DRAFT else Denial.NOT_A_DRAFT
    if status is not None and not status.editable_by_author:
        return Denial.LOCKED
    return None


Rule = Callable[[Actor, Action, Subject], Denial | None]
_RULES: dict[RecordType, Rule] = {
    RecordType.COOPERATIVE: _cooperative,
    RecordType.OFFICER: _profile_part,
    RecordType.BUSINESS_UNIT: _profile_part,
    RecordType.VISIT: _visit,
    RecordType.AGREED_ACTION: _authored,
    RecordType.OPPORTUNITY: _authored,
    RecordType.PHOTO: _authored,
    RecordType.REVIEW_COMMENT: _server_only,
    RecordType.CONFLICT: _conflict,
}


def open_to(actor: Actor, action: Action, record_type: RecordType) -> Denial | None:
    """Whether ``action`` on this kind of record is ever open to ``actor``, for the screens to
    decide what to offer: judged on a record of the actor's own, in their own area."""
    area = min(actor.kabupaten_codes, default=None)
    status: VisitStatus | None = None
    if record_type is RecordType.VISIT:
        status = VisitStatus.SUBMITTED if action is Action.REVIEW else VisitStatus.DRAFT
    return decide(actor, action, Subject(record_type, area, actor.user_id, status))


def refusal(actor: Actor, action: Action, subject: Subject) -> Refusal | None:
    denial = decide(actor, action, subject)
    return None if denial is None else Refusal(action, subject.record_type, denial)


def allowed(actor: Actor, action: Action, subject: Subject) -> bool:
    return decide(actor, action, subject) is None
