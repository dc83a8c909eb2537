"""Saving a form's record with its child rows in one transaction: only what the user changed.

The services describe each kind of form as an :class:`Aggregate` (its main record and child
lists). :func:`save_edit` compares the form with the values it started from (its base) and
applies only the differences onto what is stored now (``domain.edits``), so edits a sync brought
while the form was open survive. Clashes are refused with :class:`EditClashError` before
anything is written. See docs/editing.md.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Final, Literal, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain import edits
from kopdes_desktop.domain.edits import Clash, Plan
from kopdes_desktop.domain.records import Record
from kopdes_desktop.services.errors import EditClashError, NotFoundError
from kopdes_desktop.storage import directory, history, record_store
from kopdes_desktop.storage.models import model_for

D = TypeVar("D")


class _Stored(Enum):
    STORED = "stored"


# "The detail was just read from the store and changed": its base is what is stored. For code
# that reads and saves in one go (demo data, imports, tests); forms always pass their base.
STORED: Final = _Stored.STORED
StoredBase = Literal[_Stored.STORED]


@dataclass(frozen=True, slots=True)
class ChildList:
    attribute: str  # the detail's attribute holding the rows
    cls: type[Record]
    parent_field: str


@dataclass(frozen=True, slots=True)
class Aggregate:
    attribute: str  # the detail's attribute holding the main record
    cls: type[Record]
    children: tuple[ChildList, ...]
    # Fields a form never sets: they keep their stored value (a visit's status moves by intents).
    fixed_fields: frozenset[str] = frozenset()


def _tombstones(session: Session, cls: type[Record]) -> Callable[[Collection[str]], set[str]]:
    model = model_for(record_store.record_type_of_class(cls))

    def which(ids: Collection[str]) -> set[str]:
        query = select(model.id).where(model.id.in_(list(ids)), model.deleted.is_(True))
        return set(session.scalars(query))

    return which


def plan_edit(
    session: Session,
    aggregate: Aggregate,
    edited: D,
    base: D | StoredBase | None,
    current: D | None,
) -> Plan:
    """What saving ``edited`` (started from ``base``; None = unknown) onto ``current`` writes."""
    plan = Plan()
    main: Record = getattr(edited, aggregate.attribute)
    known = current if base is STORED else base
    if current is None:
        if known is not None or _tombstones(session, aggregate.cls)([main.id]):
            # Deleted (or taken out of this laptop's scope) while the form was open.
            raise NotFoundError(main.id)
        plan.inserts.append(main)
    else:
        edits.plan_row(
            plan,
            getattr(known, aggregate.attribute) if known is not None else None,
            main,
            getattr(current, aggregate.attribute),
            base_known=known is not None,
            deleted_meanwhile=False,
            fixed=aggregate.fixed_fields,
        )
    for child in aggregate.children:
        rows: Sequence[Record] = getattr(edited, child.attribute)
        for row in rows:
            if getattr(row, child.parent_field) != main.id:
                raise ValueError(f"{child.cls.__name__} {row.id} belongs to another parent")
        edits.plan_rows(
            plan,
            getattr(known, child.attribute) if known is not None else None,
            rows,
            getattr(current, child.attribute) if current is not None else (),
            tombstones=_tombstones(session, child.cls),
        )
    return plan


def save_edit(
    session: Session,
    aggregate: Aggregate,
    edited: D,
    base: D | StoredBase | None,
    current: D | None,
    *,
    check: Callable[[D], None],
) -> D:
    """Write the user's own changes and return the detail as now stored.

    ``current`` is the stored detail read in this same transaction (None if not stored yet).
    Raises :class:`EditClashError` on clashes, or whatever ``check`` raises about the outcome
    (validation), before anything is written.
    """
    plan = plan_edit(session, aggregate, edited, base, current)
    if plan.clashes:
        raise EditClashError(
            tuple(_with_arrival(session, clash) for clash in plan.clashes), current
        )
    merged = edits.outcome(plan, current, edited)
    check(merged)
    # The parent first, children after, removals last.
    for row in plan.inserts:
        record_store.insert(session, row)
    for stored, changes in plan.patches:
        record_store.patch(
            session, record_store.record_type_of_class(type(stored)), stored.id, changes
        )
    for row in plan.deletes:
        record_store.delete(session, record_store.record_type_of_class(type(row)), row.id)
    return merged


def _with_arrival(session: Session, clash: Clash) -> Clash:
    """The clash with when the other change reached this laptop and who made it."""
    entry = history.last_server_entry(session, clash.record_id, clash.field)
    if entry is None:
        return clash
    who = directory.names(session).get(entry.author_id or "", "")
    return dataclasses.replace(clash, changed_at=entry.device_time, changed_by=who)
