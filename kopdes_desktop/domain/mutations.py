"""The kinds of change a device sends to the server, shared by the outbox and the protocol."""

from __future__ import annotations

from enum import StrEnum

# Version of the record field layout carried by every mutation. Bump it when a record gains,
# loses or changes a field, so the server can translate or refuse old shapes.
RECORD_SCHEMA_VERSION = 1


class MutationOp(StrEnum):
    CREATE = "create"
    PATCH = "patch"
    DELETE = "delete"
    INTENT = "intent"


class Intent(StrEnum):
    """Changes the server must check as a transition, not accept as a plain field value."""

    # args: {"from": status, "to": status, "comment": text}
    SET_VISIT_STATUS = "set_visit_status"
