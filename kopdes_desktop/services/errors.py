"""Errors services raise for the UI to explain; each carries a stable code, not a sentence."""

from __future__ import annotations

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
