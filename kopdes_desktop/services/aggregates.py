"""Saving a record together with its child rows in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.records import Record
from kopdes_desktop.storage import record_store


@dataclass(frozen=True, slots=True)
class ChildList:
    cls: type[Record]
    parent_field: str
    rows: Sequence[Record]


def save_with_children(session: Session, parent: Record, child_lists: Sequence[ChildList]) -> None:
    """Insert or patch ``parent`` and make each child list equal the given rows.

    Only what changed becomes an outbox entry, field by field, so an edit of one phone number
    sends one field, not the whole profile.
    """
    cls = type(parent)
    existing = record_store.get(session, cls, parent.id)
    if existing is None:
        record_store.insert(session, parent)
    elif existing != parent:
        record_store.patch(
            session,
            record_store.record_type_of_class(cls),
            parent.id,
            codec.changed_fields(existing, parent),
        )
    for child_list in child_lists:
        record_store.replace_children(
            session, child_list.parent_field, parent.id, child_list.rows, child_list.cls
        )
