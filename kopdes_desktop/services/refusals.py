"""Changes the server refused, grouped by the record a person knows: the cooperative profile
(with its officers and units), the visit (with its actions and photos), the business note.

A refusal stays open until the user dismisses it or a later change of the same record that
covers it is accepted (``sync.push``). While open it marks its record's list row and form, and
the Kotak Masuk offers what can be done now: open the record, put the refused values back into
its form as a new edit, or send refused new records again, each only where the role rules
(``domain.permissions``) allow it today.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.enums import VisitStatus
from kopdes_desktop.domain.mutations import MutationOp
from kopdes_desktop.domain.permissions import Action, Refusal, Subject
from kopdes_desktop.domain.records import (
    Record,
    RecordType,
)
from kopdes_desktop.domain.regions import kabupaten_of
from kopdes_desktop.services.autosave import AutosavedForm, Detail, kind_of
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperatives import CooperativeService
from kopdes_desktop.services.errors import NotFoundError
from kopdes_desktop.services.opportunities import OpportunityService
from kopdes_desktop.services.visits import VisitService
from kopdes_desktop.storage import record_store
from kopdes_desktop.storage.models import (
    ConflictRow,
    CooperativeRow,
    OpportunityRow,
    RejectedChange,
    VisitRow,
    model_for,
)

# The forms refusals are grouped under: everything else belongs to one of them.
FORMS = (RecordType.COOPERATIVE, RecordType.VISIT, RecordType.OPPORTUNITY)
# Order to send refused new records again: parents before the rows that point at them.
_PARENTS_FIRST = (
    RecordType.COOPERATIVE,
    RecordType.OFFICER,
    RecordType.BUSINESS_UNIT,
    RecordType.VISIT,
    RecordType.OPPORTUNITY,
    RecordType.AGREED_ACTION,
    RecordType.PHOTO,
)


class PutBack(StrEnum):
    FORM = "form"  # open the form with the refused values filled in, to save as a new edit
    RESEND = "resend"  # the server never got these new records: send them again


@dataclass(frozen=True, slots=True)
class RefusedChange:
    id: int
    record_type: RecordType
    record_id: str
    op: MutationOp
    values: dict[str, Any]  # field → the refused value, as it travelled (codec encoding)
    reason: str  # sync.protocol.RejectReason
    issues: tuple[dict[str, Any], ...]
    when: datetime | None
    part_name: str  # an officer's name, an action's text, a unit's type: which row it was


@dataclass(frozen=True, slots=True)
class RefusalGroup:
    record_type: RecordType  # the form: cooperative, visit or opportunity
    record_id: str
    name: str  # the cooperative's name, or the note's title ("" for a visit)
    cooperative_name: str
    visit_date: date | None
    here: bool  # the record is on this laptop (it can be opened)
    changes: tuple[RefusedChange, ...]  # newest first
    put_back: PutBack | None = None
    # Why the values cannot be put back now: the role rules, or the parent not on the server.
    put_back_refused: Refusal | None = None
    waits_for_parent: bool = False
    ids: tuple[int, ...] = field(default=())

    @property
    def main_change(self) -> RefusedChange:
        """The refusal that says most: the one of the record itself (a refused new officer
        follows from its refused cooperative), else the newest."""
        own = [c for c in self.changes if c.record_id == self.record_id]
        return own[0] if own else self.changes[0]

    @property
    def kind(self) -> tuple[RecordType, str]:
        """Refusals "of a kind": the same form and the same reason (dismissed together)."""
        return self.record_type, self.main_change.reason

    @property
    def when(self) -> datetime | None:
        return self.changes[0].when


def _when(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _owner(
    session: Session, record_type: RecordType, record_id: str, values: dict[str, Any]
) -> tuple[RecordType, str]:
    """The form a record belongs to: (type, id) of its cooperative, visit or note."""
    if record_type in FORMS:
        return record_type, record_id
    row = session.get(model_for(record_type), record_id)

    def known(name: str) -> str:
        return str(getattr(row, name, "") or values.get(name) or "")

    if record_type in (RecordType.OFFICER, RecordType.BUSINESS_UNIT):
        return RecordType.COOPERATIVE, known("cooperative_id")
    if record_type in (RecordType.AGREED_ACTION, RecordType.REVIEW_COMMENT):
        return RecordType.VISIT, known("visit_id")
    if record_type is RecordType.PHOTO:
        parent = known("parent_id")
        is_note = session.get(OpportunityRow, parent) is not None
        return (RecordType.OPPORTUNITY if is_note else RecordType.VISIT), parent
    if record_type is RecordType.CONFLICT and isinstance(row, ConflictRow):
        return _owner(session, RecordType(row.record_type), row.record_id, {})
    return record_type, record_id


def _part_name(
    session: Session, record_type: RecordType, record_id: str, values: dict[str, Any]
) -> str:
    row = session.get(model_for(record_type), record_id)
    attribute = {
        RecordType.OFFICER: "name",
        RecordType.BUSINESS_UNIT: "unit_type",
        RecordType.AGREED_ACTION: "description",
        RecordType.PHOTO: "caption",
    }.get(record_type)
    if attribute is None:
        return ""
    return str(getattr(row, attribute, "") or values.get(attribute) or "")


class RefusalService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    # --- reading ------------------------------------------------------------------------

    def groups(self) -> list[RefusalGroup]:
        """Open refusals by form, newest first."""
        with self._context.database.read() as session:
            return self.groups_in(session)

    def groups_in(self, session: Session) -> list[RefusalGroup]:
        """``groups`` in the caller's session (Beranda reads all its lists in one)."""
        rows = session.scalars(
            select(RejectedChange)
            .where(RejectedChange.dismissed.is_(False))
            .order_by(RejectedChange.id.desc())
        ).all()
        grouped: dict[tuple[RecordType, str], list[RefusedChange]] = {}
        for row in rows:
            record_type = RecordType(row.record_type)
            values = dict(row.fields)
            change = RefusedChange(
                id=row.id,
                record_type=record_type,
                record_id=row.record_id,
                op=MutationOp(row.op),
                values=values,
                reason=row.reason,
                issues=tuple(dict(issue) for issue in row.issues),
                when=_when(row.rejected_at),
                part_name=_part_name(session, record_type, row.record_id, values),
            )
            key = _owner(session, record_type, row.record_id, values)
            grouped.setdefault(key, []).append(change)
        return [self._group(session, key, changes) for key, changes in grouped.items()]

    def marks(self) -> dict[str, RefusalGroup]:
        """Record id → its open refusals, for its form and for the list rows (a refused
        officer marks its cooperative, a refused action its visit)."""
        return {group.record_id: group for group in self.groups()}

    def group_of(self, record_id: str) -> RefusalGroup | None:
        return next((g for g in self.groups() if g.record_id == record_id), None)

    def _group(
        self, session: Session, key: tuple[RecordType, str], changes: list[RefusedChange]
    ) -> RefusalGroup:
        record_type, record_id = key
        row = session.get(model_for(record_type), record_id) if record_type in FORMS else None
        here = row is not None and not row.deleted
        coop_id = record_id if record_type is RecordType.COOPERATIVE else ""
        if isinstance(row, VisitRow | OpportunityRow):
            coop_id = row.cooperative_id
        coop = session.get(CooperativeRow, coop_id) if coop_id else None
        main_values = next((c.values for c in changes if c.record_id == record_id), {})
        name = ""
        if isinstance(row, CooperativeRow):
            name = row.name
        elif isinstance(row, OpportunityRow):
            name = row.title
        name = name or str(main_values.get("name") or main_values.get("title") or "")
        # A record no longer here (its cooperative left the scope) is named by what was sent.
        shown_date = row.visit_date if isinstance(row, VisitRow) else main_values.get("visit_date")
        visit_date = date.fromisoformat(shown_date) if isinstance(shown_date, str) else None
        group = RefusalGroup(
            record_type=record_type,
            record_id=record_id,
            name=name,
            cooperative_name=coop.name if coop else "",
            visit_date=visit_date,
            here=here,
            changes=tuple(changes),
            ids=tuple(c.id for c in changes),
        )
        return self._with_put_back(session, group, row)

    def _with_put_back(self, session: Session, group: RefusalGroup, row: Any) -> RefusalGroup:
        """What "put back" can mean for this group now, and whether the rules allow it."""
        if not group.here:
            return group
        local_only = [
            c for c in group.changes if c.op is MutationOp.CREATE and not _on_server(session, c)
        ]
        if local_only:
            subject = self._subject(session, group.record_type, row)
            refused = self._context.refusal(Action.CREATE, subject)
            waits = group.record_type is not RecordType.COOPERATIVE and not _parent_on_server(
                session, row
            )
            return dataclasses.replace(
                group, put_back=PutBack.RESEND, put_back_refused=refused, waits_for_parent=waits
            )
        patches = [c for c in group.changes if c.op is MutationOp.PATCH]
        if patches:
            subject = self._subject(session, group.record_type, row)
            moves = group.record_type is RecordType.COOPERATIVE and any(
                c.record_id == group.record_id and "village_code" in c.values for c in patches
            )
            refused = self._context.refusal(Action.EDIT, subject)
            if refused is None and moves:
                refused = self._context.refusal(Action.MOVE, subject)
            return dataclasses.replace(group, put_back=PutBack.FORM, put_back_refused=refused)
        return group

    def _subject(self, session: Session, record_type: RecordType, row: Any) -> Subject:
        if isinstance(row, CooperativeRow):
            return Subject(record_type, kabupaten_code=kabupaten_of(row.village_code))
        if isinstance(row, VisitRow):
            return Subject(record_type, author_id=row.author_id, visit_status=_status(row.status))
        return Subject(record_type, author_id=getattr(row, "author_id", None))

    # --- acting -------------------------------------------------------------------------

    def dismiss(self, ids: Iterable[int]) -> None:
        """The user has read these refusals: they leave the inbox and the record's mark."""
        wanted = list(ids)
        with self._context.database.write() as session:
            session.execute(
                update(RejectedChange).where(RejectedChange.id.in_(wanted)).values(dismissed=True)
            )

    def put_back_form(self, group: RefusalGroup) -> AutosavedForm:
        """The record's form with the refused values typed in again (the newest refusal of
        each field wins) over the record as stored, which stays the form's base: saving sends
        exactly the refused values, as a new edit the user has looked over."""
        stored = self._detail(group)
        overlay: dict[str, dict[str, Any]] = {}
        for change in reversed(group.changes):  # oldest first: newer values overwrite
            if change.op is MutationOp.PATCH:
                overlay.setdefault(change.record_id, {}).update(change.values)
        return AutosavedForm(
            kind=kind_of(stored),
            record_id=group.record_id,
            is_new=False,
            detail=_overlaid(stored, overlay),
            saved_at=time.time(),
            base=stored,
        )

    def resend(self, group: RefusalGroup) -> int:
        """Send the refused new records of this group again; returns how many were queued."""
        creates = [c for c in group.changes if c.op is MutationOp.CREATE]
        creates.sort(key=lambda c: _PARENTS_FIRST.index(c.record_type))
        queued = 0
        with self._context.database.write() as session:
            for change in creates:
                if record_store.resend_create(session, change.record_type, change.record_id):
                    queued += 1
            session.execute(
                update(RejectedChange)
                .where(RejectedChange.id.in_([c.id for c in creates]))
                .values(dismissed=True)
            )
        return queued

    def _detail(self, group: RefusalGroup) -> Detail:
        if group.record_type is RecordType.COOPERATIVE:
            return CooperativeService(self._context).get(group.record_id)
        if group.record_type is RecordType.VISIT:
            return VisitService(self._context).get(group.record_id)
        if group.record_type is RecordType.OPPORTUNITY:
            return OpportunityService(self._context).get(group.record_id)
        raise NotFoundError(group.record_id)


def _status(value: str) -> VisitStatus | None:
    return VisitStatus(value) if value in VisitStatus._value2member_map_ else None


def _on_server(session: Session, change: RefusedChange) -> bool:
    row = session.get(model_for(change.record_type), change.record_id)
    return row is not None and row.server_version > 0


def _parent_on_server(session: Session, row: Any) -> bool:
    coop = session.get(CooperativeRow, getattr(row, "cooperative_id", ""))
    return coop is not None and coop.server_version > 0


def _overlaid(detail: Detail, overlay: dict[str, dict[str, Any]]) -> Detail:
    def apply(record: Record) -> Record:
        values = overlay.get(record.id)
        if not values:
            return record
        known = {k: v for k, v in values.items() if k in codec.field_names(type(record))}
        decoded: dict[str, Any] = codec.decode_fields(type(record), known)
        return dataclasses.replace(record, **decoded)

    parts: dict[str, Any] = {}
    for part in dataclasses.fields(detail):
        value = getattr(detail, part.name)
        if isinstance(value, tuple):
            parts[part.name] = tuple(apply(item) for item in value)
        else:
            parts[part.name] = apply(value)
    return type(detail)(**parts)
