"""Errors services raise for the UI to explain; each carries a stable code, not a sentence."""

from __future__ import annotations

from kopdes_desktop.domain.edits import Clash
from kopdes_desktop.domain.enums import VisitStatus


class ServiceError(Exception):
    code = "service_error"


class NotFoundError(ServiceError):
    code = "not_found"


class NotEditableError(ServiceError):
    """A submitted or approved visit cannot be changed by its author until sent back."""

    code = "not_editable"

    def __init__(self, status: VisitStatus) -> None:
        self.status = status
        super().__init__(f"a visit in status {status.value} cannot be edited")


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
