"""Errors services raise for the UI to explain; each carries a stable code, not a sentence."""

from __future__ import annotations

from kopdes_desktop.domain.edits import Clash
from kopdes_desktop.domain.enums import VisitStatus
from kopdes_desktop.domain.permissions import Action, Denial, Refusal
from kopdes_desktop.domain.records import RecordType


class ServiceError(Exception):
    code = "service_error"


class NotFoundError(ServiceError):
    code = "not_found"


class NotAllowedError(ServiceError):
    """The role rules (``domain.permissions``) refuse this; nothing was saved."""

    code = "not_allowed"

    def __init__(self, refusal: Refusal) -> None:
        self.refusal = refusal
        super().__init__(
            f"{refusal.action.value} {refusal.record_type.value} refused: {refusal.denial.value}"
        )


class NotEditableError(NotAllowedError):
    """A submitted or approved visit cannot be changed by its author until sent back."""

    code = "not_editable"

    def __init__(self, status: VisitStatus, refusal: Refusal | None = None) -> None:
        self.status = status
        super().__init__(refusal or Refusal(Action.EDIT, RecordType.VISIT, Denial.LOCKED))
        self.args = (f"a visit in status {status.value} cannot be edited",)


# Refusals that come from where the visit stands in its review, not from who the user is.
STATUS_DENIALS = frozenset({Denial.LOCKED, Denial.NOT_A_DRAFT, Denial.WRONG_STATUS})


class EditClashError(ServiceError):
    """A form's change met a change made elsewhere while the form was open; nothing was saved.

    ``clashes`` say which fields and rows (``domain.edits.Clash``); ``current`` is the stored
    detail they were found against, which ``domain.edits.settle`` needs to apply the user's
    choices.
    """

    code = "edit_clash"

    def __init__(self, clashes: tuple[Clash, ...], current: object) -> None:
        self.clashes = clashes
        self.current = current
        fields = ", ".join(f"{c.record_type.value}.{c.field or '*'}" for c in clashes)
        super().__init__(f"changed elsewhere while the form was open: {fields}")
