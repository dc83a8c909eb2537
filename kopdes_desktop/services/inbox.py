"""Kotak Masuk: what needs the user's attention after a sync.

Visits a PMO sent back (with the PMO's comment) to this user, who wrote them and resubmits
them (not to the PMO who sent them back: those are the BA's work now), and clashes on shared
records, where two people changed the same field and the server kept one value by its rule.
The user settles a clash by keeping one value; that choice travels back like any other edit.
Changes from the server this laptop could not apply (sync.set_aside) are listed too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain import codec, position
from kopdes_desktop.domain.enums import VisitStatus
from kopdes_desktop.domain.permissions import Action, Subject
from kopdes_desktop.domain.records import RECORD_CLASSES, FieldConflict, Record, RecordType
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.errors import NotFoundError
from kopdes_desktop.services.position_clash import (
    PositionClash,
    current_record,
    gather,
    put_other_back,
    unsettled_of,
)
from kopdes_desktop.storage import record_store
from kopdes_desktop.storage.models import (
    AgreedActionRow,
    ConflictRow,
    CooperativeRow,
    OpportunityRow,
    PhotoRow,
    ReviewCommentRow,
    SetAsideChange,
    VisitRow,
    model_for,
)


class InboxKind(StrEnum):
    SENT_BACK = "sent_back"
    CONFLICT = "conflict"
    NOT_APPLIED = "not_applied"  # a change from the server this laptop could not apply


@dataclass(frozen=True, slots=True)
class InboxItem:
    kind: InboxKind
    record_id: str  # the visit, the conflict record, or the refusal's number
    title: str  # cooperative name
    message: str  # the PMO's comment, or the field that clashed
    author: str
    when: datetime | None
    conflict: FieldConflict | None = None
    part: Record | None = None  # the officer, business unit, action... whose field clashed
    # NOT_APPLIED: the record type, the server's values and sync.set_aside.SetAsideReason.
    record_type: str = ""
    values: dict[str, object] | None = None
    reason: str = ""
    # CONFLICT of a position: both whole positions; its conflicts are settled together.
    position: PositionClash | None = None


def _clashed_on(session: Session, conflict: FieldConflict) -> tuple[str, Record | None]:
    """The cooperative a clash is about, and the officer, business unit, action or photo of it
    that clashed (a clash on "Pak Udin's phone" means nothing without its cooperative)."""
    title = _cooperative_name(session, conflict.record_type, conflict.record_id)
    if (
        conflict.record_type not in set(RecordType)
        or conflict.record_type == RecordType.COOPERATIVE
    ):
        return title, None
    record_type = RecordType(conflict.record_type)
    row = session.get(model_for(record_type), conflict.record_id)
    return title, (record_store.row_to_record(record_type, row) if row is not None else None)


def _when(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _cooperative_name(session: Session, record_type: str, record_id: str) -> str:
    """The name of the cooperative a record belongs to ("" when it is not on the laptop)."""
    if record_type not in set(RecordType):
        return ""
    row = session.get(model_for(RecordType(record_type)), record_id)
    if isinstance(row, AgreedActionRow | PhotoRow):
        parent_id = row.visit_id if isinstance(row, AgreedActionRow) else row.parent_id
        row = session.get(VisitRow, parent_id) or session.get(OpportunityRow, parent_id)
    cooperative_id = (
        record_id if isinstance(row, CooperativeRow) else getattr(row, "cooperative_id", "")
    )
    coop = session.get(CooperativeRow, cooperative_id) if cooperative_id else None
    return coop.name if coop else ""


def _conflict_item(
    session: Session, conflict: FieldConflict, clash: PositionClash | None = None
) -> InboxItem:
    title, part = _clashed_on(session, conflict)
    return InboxItem(
        kind=InboxKind.CONFLICT,
        record_id=conflict.id,
        title=title,
        message=position.CLASH_NAME if clash else conflict.field_name,
        author=conflict.other_author,
        when=conflict.created_at,
        conflict=conflict,
        part=part,
        position=clash,
    )


class InboxService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def items(self) -> list[InboxItem]:
        with self._context.database.read() as session:
            # Refusals have their own, grouped view: services/refusals.py.
            items = (
                self._sent_back(session) + self.conflicts_in(session) + self.not_applied_in(session)
            )
        return sorted(items, key=lambda i: i.when or datetime.min, reverse=True)

    def _sent_back(self, session: Session) -> list[InboxItem]:
        visits = session.execute(
            select(VisitRow.id, CooperativeRow.name, VisitRow.author_id)
            .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
            .where(
                VisitRow.deleted.is_(False),
                VisitRow.status == VisitStatus.NEEDS_REVISION.value,
            )
        ).all()
        items = []
        for visit_id, name, author_id in visits:
            if not self._resubmits(author_id):
                continue
            latest = session.scalars(
                select(ReviewCommentRow)
                .where(ReviewCommentRow.visit_id == visit_id, ReviewCommentRow.deleted.is_(False))
                .order_by(ReviewCommentRow.created_at.desc(), ReviewCommentRow.id.desc())
                .limit(1)
            ).first()
            items.append(
                InboxItem(
                    kind=InboxKind.SENT_BACK,
                    record_id=visit_id,
                    title=name,
                    message=latest.comment if latest else "",
                    author=latest.author_name if latest else "",
                    when=_when(latest.created_at) if latest else None,
                )
            )
        return items

    def _resubmits(self, author_id: str | None) -> bool:
        """Whether a sent-back visit by ``author_id`` is this user's to fix and resubmit (the
        role rules: its author's)."""
        sent_back = Subject(
            RecordType.VISIT, author_id=author_id, visit_status=VisitStatus.NEEDS_REVISION
        )
        return self._context.refusal(Action.SUBMIT, sent_back) is None

    def conflicts_in(self, session: Session) -> list[InboxItem]:
        """Clashes not yet settled (also Beranda's, in the caller's session)."""
        rows = session.scalars(
            select(ConflictRow).where(
                ConflictRow.deleted.is_(False), ConflictRow.resolved.is_(False)
            )
        ).all()
        items = []
        positions_seen: set[tuple[str, str]] = set()
        for row in rows:
            conflict = record_store.row_to_record(RecordType.CONFLICT, row)
            assert isinstance(conflict, FieldConflict)
            if not position.is_position_field(conflict.field_name):
                items.append(_conflict_item(session, conflict))
                continue
            key = (conflict.record_type, conflict.record_id)
            if key not in positions_seen:
                positions_seen.add(key)
                # One entry for a position's clash, however many coordinates clashed.
                clashed = unsettled_of(session, *key)
                clash = gather(clashed, current_record(session, *key))
                items.append(_conflict_item(session, clashed[-1], clash))
        return items

    def not_applied_in(self, session: Session) -> list[InboxItem]:
        """Changes from the server set aside here, not dismissed (also Beranda's)."""
        rows = session.scalars(
            select(SetAsideChange).where(SetAsideChange.dismissed.is_(False))
        ).all()
        items = []
        for row in rows:
            fields = row.change.get("fields")
            values = dict(fields) if isinstance(fields, dict) else {}
            coop = session.get(CooperativeRow, row.cooperative_id)
            items.append(
                InboxItem(
                    kind=InboxKind.NOT_APPLIED,
                    record_id=str(row.id),
                    title=coop.name if coop else str(values.get("name") or ""),
                    message=row.detail,
                    author="",
                    when=_when(row.set_aside_at),
                    record_type=row.record_type,
                    values=values,
                    reason=row.reason,
                )
            )
        return items

    def dismiss_not_applied(self, item_id: int) -> None:
        """The user has read that a server change could not be applied here; it leaves the
        inbox (it is still tried again when the record changes or the app is updated)."""
        with self._context.database.write() as session:
            row = session.get(SetAsideChange, item_id)
            if row is None:
                raise NotFoundError(str(item_id))
            row.dismissed = True

    def resolve_conflict(self, conflict_id: str, *, keep_other: bool) -> None:
        """Settle a clash: keep the value the server kept, or put the other one back."""
        with self._context.database.write() as session:
            conflict = record_store.get(session, FieldConflict, conflict_id)
            if conflict is None:
                raise NotFoundError(conflict_id)
            if position.is_position_field(conflict.field_name):
                self._settle_position(session, conflict, keep_other=keep_other)
                return
            if keep_other:
                record_type = RecordType(conflict.record_type)
                raw = {conflict.field_name: json.loads(conflict.other_value or "null")}
                changes = codec.decode_fields(RECORD_CLASSES[record_type], raw)
                record_store.patch(session, record_type, conflict.record_id, changes)
            record_store.patch(session, RecordType.CONFLICT, conflict_id, {"resolved": True})

    @staticmethod
    def _settle_position(session: Session, conflict: FieldConflict, *, keep_other: bool) -> None:
        """A position is settled whole: every unsettled conflict of it, and "the other value"
        puts the other side's whole position back (services/position_clash.py)."""
        conflicts = unsettled_of(session, conflict.record_type, conflict.record_id)
        if conflict.id not in {c.id for c in conflicts}:
            conflicts.append(conflict)  # settled already elsewhere: settle it again as asked
        if keep_other:
            current = current_record(session, conflict.record_type, conflict.record_id)
            if current is not None:
                clash = gather(conflicts, current)
                put_other_back(session, conflict.record_type, conflict.record_id, clash)
        for each in conflicts:
            record_store.patch(session, RecordType.CONFLICT, each.id, {"resolved": True})
