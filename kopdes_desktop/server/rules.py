"""What one mutation may do: scope, the role rules of ``domain.permissions``, field merge, review
intents, deletes, one cooperative per village.

Every check runs before anything is written, so a :class:`RejectedError` leaves no trace except the
stored ``rejected`` result: the mutation is consumed and the client's queue moves on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain import codec, merge, position
from kopdes_desktop.domain.enums import VisitStatus
from kopdes_desktop.domain.ids import is_valid_id, new_id
from kopdes_desktop.domain.mutations import Intent, MutationOp
from kopdes_desktop.domain.permissions import (
    AUTHORED_TYPES,
    CHILDREN_OF_AUTHORED,
    Action,
    Actor,
    Denial,
    Subject,
    decide,
    transition_action,
)
from kopdes_desktop.domain.records import (
    AgreedAction,
    BusinessUnit,
    Cooperative,
    FieldConflict,
    Officer,
    Opportunity,
    Photo,
    Record,
    RecordType,
    ReviewComment,
    Visit,
    VisitDetail,
)
from kopdes_desktop.domain.regions import RegionCatalog, kabupaten_of
from kopdes_desktop.domain.validation import (
    LONG_TEXT,
    Issue,
    IssueCode,
    Level,
    ValidationContext,
    validate_agreed_action,
    validate_business_unit,
    validate_cooperative,
    validate_officer,
    validate_opportunity,
    validate_photo,
    validate_values,
    validate_visit_detail,
)
from kopdes_desktop.domain.values import escaped, normalise_text, text_issue
from kopdes_desktop.server.accounts import Caller, now
from kopdes_desktop.server.models import RecordRow, User
from kopdes_desktop.server.records_io import normalised, record_class, to_record
from kopdes_desktop.server.scope import can_see_cooperative, users_seeing_kabupaten
from kopdes_desktop.server.versioning import PENDING, WriteBatch
from kopdes_desktop.sync.protocol import (
    MAX_SCHEMA_VERSION,
    MIN_SCHEMA_VERSION,
    Mutation,
    RejectReason,
    ValidationIssue,
)

# Shared records merge field by field; the others belong to their author.
SHARED_TYPES = frozenset({RecordType.COOPERATIVE, RecordType.OFFICER, RecordType.BUSINESS_UNIT})
# Where two writers' edits of one field can cross: shared records, and the author's own records,
# which an author may edit on two laptops (or on a copy of one laptop's database).
MERGED_TYPES = SHARED_TYPES | AUTHORED_TYPES | CHILDREN_OF_AUTHORED
PARENT_FIELD: dict[RecordType, str] = {
    RecordType.OFFICER: "cooperative_id",
    RecordType.BUSINESS_UNIT: "cooperative_id",
    RecordType.VISIT: "cooperative_id",
    RecordType.OPPORTUNITY: "cooperative_id",
    RecordType.AGREED_ACTION: "visit_id",
    RecordType.PHOTO: "parent_id",
}
PARENT_TYPES: dict[RecordType, frozenset[RecordType]] = {
    RecordType.OFFICER: frozenset({RecordType.COOPERATIVE}),
    RecordType.BUSINESS_UNIT: frozenset({RecordType.COOPERATIVE}),
    RecordType.VISIT: frozenset({RecordType.COOPERATIVE}),
    RecordType.OPPORTUNITY: frozenset({RecordType.COOPERATIVE}),
    RecordType.AGREED_ACTION: frozenset({RecordType.VISIT}),
    RecordType.PHOTO: frozenset({RecordType.VISIT, RecordType.OPPORTUNITY}),
}
# Fields a plain patch may not change (parents, authorship, review status).
READ_ONLY: dict[RecordType, frozenset[str]] = {
    RecordType.COOPERATIVE: frozenset(),
    RecordType.OFFICER: frozenset({"cooperative_id"}),
    RecordType.BUSINESS_UNIT: frozenset({"cooperative_id"}),
    RecordType.VISIT: frozenset({"cooperative_id", "author_id", "status"}),
    RecordType.AGREED_ACTION: frozenset({"visit_id"}),
    RecordType.OPPORTUNITY: frozenset({"cooperative_id", "author_id"}),
    RecordType.PHOTO: frozenset({"parent_id", "sha256"}),
    RecordType.CONFLICT: frozenset(codec.field_names(FieldConflict)) - {"resolved"},
}
# How a refusal of the role rules travels (RejectReason is the wire's vocabulary).
_DENIAL_REASONS = {
    Denial.ROLE: RejectReason.NOT_ALLOWED,
    Denial.OUTSIDE_AREA: RejectReason.OUT_OF_SCOPE,
    Denial.NOT_AUTHOR: RejectReason.WRONG_AUTHOR,
    Denial.LOCKED: RejectReason.NOT_EDITABLE,
    Denial.NOT_A_DRAFT: RejectReason.NOT_EDITABLE,
    Denial.WRONG_STATUS: RejectReason.INVALID_TRANSITION,
    Denial.SERVER_ONLY: RejectReason.NOT_ALLOWED,
}
_DENIAL_MESSAGES = {
    Denial.ROLE: "a {role} may not {action} a {record}",
    Denial.OUTSIDE_AREA: "the {record} is outside your kabupaten",
    Denial.NOT_AUTHOR: "only the author may {action} this {record}",
    Denial.LOCKED: "the visit is {status} and cannot be changed",
    Denial.NOT_A_DRAFT: "only a draft visit can be deleted",
    Denial.WRONG_STATUS: "a {status} visit cannot be {action}ed",
    Denial.SERVER_ONLY: "a {record} is written by the server",
}
# Indonesia's easternmost time zone (WIT, UTC+9): "today" is the latest calendar date anywhere
# in the country, so a visit logged this morning in Kalbar is never "in the future".
_LATEST_INDONESIAN_ZONE = timezone(timedelta(hours=9))


class RejectedError(Exception):
    def __init__(
        self, reason: RejectReason, message: str, issues: list[ValidationIssue] | None = None
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.issues = issues or []


@dataclass
class MutationContext:
    session: Session
    batch: WriteBatch
    caller: Caller
    client_id: str
    catalog: RegionCatalog
    # Rows the batch names, locked up front (None: no such record when the batch began), plus
    # those it created since: looked up here first, to spare a query per mutation.
    rows: dict[str, RecordRow | None] = field(default_factory=dict)
    _scope_cache: dict[str, bool] = field(default_factory=dict)

    def row(self, record_id: str) -> RecordRow | None:
        if record_id in self.rows:
            return self.rows[record_id]
        return self.session.get(RecordRow, record_id)

    def added(self, row: RecordRow) -> None:
        self.session.add(row)
        self.rows[row.record_id] = row

    @property
    def validation(self) -> ValidationContext:
        return ValidationContext(
            today=datetime.now(_LATEST_INDONESIAN_ZONE).date(),
            village_exists=self.catalog.village_exists,
        )

    def can_see(self, cooperative_id: str) -> bool:
        known = self._scope_cache.get(cooperative_id)
        if known is None:
            known = can_see_cooperative(self.session, self.caller, cooperative_id)
            self._scope_cache[cooperative_id] = known
        return known

    def require_scope(self, cooperative_id: str) -> None:
        if not self.can_see(cooperative_id):
            raise RejectedError(RejectReason.OUT_OF_SCOPE, "this cooperative is not in your scope")

    @property
    def actor(self) -> Actor:
        caller = self.caller
        return Actor(caller.user_id, caller.role, frozenset(caller.kabupaten_codes))

    def permit(self, action: Action, subject: Subject) -> None:
        """Apply the role rules of ``domain.permissions``, the same ones the laptop applies."""
        denial = decide(self.actor, action, subject)
        if denial is None:
            return
        message = _DENIAL_MESSAGES[denial].format(
            role=self.caller.role.value,
            action=action.value,
            record=subject.record_type.value.replace("_", " "),
            status=subject.visit_status.value if subject.visit_status else "",
        )
        raise RejectedError(_DENIAL_REASONS[denial], message)


def _issues(issues: list[Issue]) -> list[ValidationIssue]:
    return [
        ValidationIssue(field=i.field, code=i.code.value, params=dict(i.params)) for i in issues
    ]


def _validation_failed(issues: list[Issue]) -> RejectedError:
    return RejectedError(
        RejectReason.VALIDATION, "the values break a validation rule", _issues(issues)
    )


_VALIDATORS: dict[type[Record], Callable[[Any, ValidationContext], list[Issue]]] = {
    Cooperative: lambda r, c: validate_cooperative(r, Level.DRAFT, c),
    Officer: lambda r, _c: validate_officer(r, Level.DRAFT),
    BusinessUnit: lambda r, _c: validate_business_unit(r, Level.DRAFT),
    Visit: lambda r, c: validate_visit_detail(VisitDetail(r), Level.DRAFT, c),
    AgreedAction: lambda r, _c: validate_agreed_action(r, Level.DRAFT),
    Opportunity: lambda r, c: validate_opportunity(r, Level.DRAFT, c),
    Photo: lambda r, _c: validate_photo(r),
}


def validate(record: Record, context: ValidationContext) -> list[Issue]:
    """DRAFT-level rules: every stored value must pass them, whoever wrote it."""
    validator = _VALIDATORS.get(type(record))
    return validator(record, context) if validator else validate_values(record)


def _bad_field(
    name: str,
    reason: str,
    code: IssueCode = IssueCode.BAD_VALUE,
    params: Mapping[str, int | str] | None = None,
) -> RejectedError:
    return RejectedError(
        RejectReason.BAD_FIELDS,
        f"{name}: {reason}",
        [ValidationIssue(field=name, code=code.value, params=dict(params or {}))],
    )


def _refused(error: codec.FieldDecodeError) -> RejectedError:
    return _bad_field(error.field, error.reason, error.code, error.params)


def decode_values(
    record_type: RecordType, record_id: str, raw: Mapping[str, Any]
) -> dict[str, Any]:
    """Strictly decode sent field values and return them in their normalised encoded form."""
    values = dict(raw)
    sent_id = values.pop("id", record_id)
    if sent_id != record_id:
        raise _bad_field("id", "differs from record_id")
    try:
        decoded = codec.decode_fields(record_class(record_type), values)
    except codec.FieldDecodeError as error:
        raise _refused(error) from error
    except (TypeError, ValueError, OverflowError) as error:
        raise _bad_field("fields", "a value has the wrong shape") from error
    return {name: codec.encode_value(value) for name, value in decoded.items()}


def build_record(row: RecordRow, data: dict[str, Any]) -> Record:
    try:
        return to_record(row, data)
    except codec.FieldDecodeError as error:
        raise _refused(error) from error


def apply_mutation(ctx: MutationContext, mutation: Mutation) -> list[str]:
    """Apply one mutation or raise :class:`RejectedError`; returns ids of conflicts made."""
    if not MIN_SCHEMA_VERSION <= mutation.schema_version <= MAX_SCHEMA_VERSION:
        raise RejectedError(
            RejectReason.UNSUPPORTED_SCHEMA,
            f"record schema {mutation.schema_version} is not supported",
        )
    if mutation.op is MutationOp.INTENT:
        return apply_intent(ctx, mutation)
    _check_plain_change(ctx, mutation)
    row = ctx.row(mutation.record_id)
    if row is not None and row.record_type != mutation.record_type.value:
        raise RejectedError(RejectReason.ID_TAKEN, "another record already has this id")
    if mutation.op is MutationOp.CREATE:
        return create(ctx, mutation) if row is None else _create_existing(ctx, mutation, row)
    if row is None:
        raise RejectedError(RejectReason.UNKNOWN_RECORD, "no such record on the server")
    if mutation.op is MutationOp.DELETE:
        delete(ctx, mutation, row)
        return []
    if row.deleted:
        raise RejectedError(RejectReason.DELETED, "this record was deleted")
    return patch(ctx, mutation, row)


def _check_plain_change(ctx: MutationContext, mutation: Mutation) -> None:
    if mutation.intent is not None or mutation.intent_args:
        raise _bad_field("intent", "only allowed with op 'intent'")
    if mutation.record_type in (RecordType.REVIEW_COMMENT, RecordType.CONFLICT):
        # Written by the server; a conflict is only ever settled (patched), never made or removed.
        action = {MutationOp.CREATE: Action.CREATE, MutationOp.DELETE: Action.DELETE}.get(
            mutation.op, Action.EDIT
        )
        ctx.permit(action, Subject(mutation.record_type))


def _create_existing(ctx: MutationContext, mutation: Mutation, row: RecordRow) -> list[str]:
    if row.deleted:
        raise RejectedError(RejectReason.DELETED, "this record was deleted")
    if row.author_id != ctx.caller.user_id:
        raise RejectedError(RejectReason.ID_TAKEN, "another record already has this id")
    # The same account created it already (an offline handover replayed on another install):
    # apply the values as an edit instead of failing.
    return patch(ctx, mutation, row)


def _parent(ctx: MutationContext, record_type: RecordType, values: dict[str, Any]) -> RecordRow:
    parent_id = values.get(PARENT_FIELD[record_type])
    parent = ctx.row(parent_id) if isinstance(parent_id, str) else None
    if (
        parent is None
        or parent.deleted
        or RecordType(parent.record_type) not in PARENT_TYPES[record_type]
    ):
        raise RejectedError(RejectReason.UNKNOWN_PARENT, "the parent record does not exist")
    return parent


def _visit_status(row: RecordRow) -> VisitStatus | None:
    if row.record_type != RecordType.VISIT.value:
        return None
    return VisitStatus(row.data.get("status", VisitStatus.DRAFT.value))


def _owned_subject(record_type: RecordType, owner: RecordRow) -> Subject:
    """A visit or note, or an action or photo judged by the visit or note it belongs to."""
    return Subject(record_type, author_id=owner.author_id, visit_status=_visit_status(owner))


def _subject_of(ctx: MutationContext, record_type: RecordType, row: RecordRow) -> Subject:
    """What the role rules need to know of a stored record."""
    if record_type in CHILDREN_OF_AUTHORED:
        parent = ctx.row(row.parent_id) if row.parent_id else None
        if parent is None or parent.deleted:
            raise RejectedError(RejectReason.DELETED, "the parent record was deleted")
        return _owned_subject(record_type, parent)
    if record_type in AUTHORED_TYPES:
        return _owned_subject(record_type, row)
    if record_type is RecordType.COOPERATIVE:
        return Subject(record_type, kabupaten_code=row.kabupaten_code)
    return Subject(record_type)


def kabupaten_of_village(village_code: object) -> str | None:
    return kabupaten_of(village_code) if isinstance(village_code, str) else None


def create(ctx: MutationContext, mutation: Mutation) -> list[str]:
    record_type = mutation.record_type
    if not is_valid_id(mutation.record_id):
        raise _bad_field("record_id", "must be a UUID")
    values = decode_values(record_type, mutation.record_id, mutation.fields)
    if record_type in AUTHORED_TYPES:
        if values.get("author_id") not in (None, "", ctx.caller.user_id):
            raise RejectedError(RejectReason.WRONG_AUTHOR, "records are authored by the sender")
        values["author_id"] = ctx.caller.user_id
    if record_type is RecordType.VISIT and values.get("status", "draft") != "draft":
        raise RejectedError(
            RejectReason.READ_ONLY_FIELD, "a visit starts as a draft; submit with the intent"
        )
    kabupaten: str | None = None
    parent_id: str | None = None
    if record_type is RecordType.COOPERATIVE:
        cooperative_id = mutation.record_id
        kabupaten = kabupaten_of_village(values.get("village_code"))
        ctx.permit(Action.CREATE, Subject(record_type, kabupaten_code=kabupaten))
    else:
        parent = _parent(ctx, record_type, values)
        parent_id = parent.record_id
        cooperative_id = parent.cooperative_id
        ctx.require_scope(cooperative_id)
        if record_type in CHILDREN_OF_AUTHORED:
            ctx.permit(Action.CREATE, _owned_subject(record_type, parent))
        else:
            ctx.permit(Action.CREATE, Subject(record_type, author_id=ctx.caller.user_id))
    row = RecordRow(
        record_id=mutation.record_id,
        record_type=record_type.value,
        cooperative_id=cooperative_id,
        parent_id=parent_id,
        author_id=ctx.caller.user_id,
        kabupaten_code=kabupaten,
        sha256=values.get("sha256") if record_type is RecordType.PHOTO else None,
        data={},
        field_meta={},
        version=PENDING,
        deleted=False,
        created_at=now(),
        updated_at=now(),
    )
    record = build_record(row, values)
    issues = validate(record, ctx.validation)
    if issues:
        raise _validation_failed(issues)
    if record_type is RecordType.COOPERATIVE:
        _claim_village(ctx, row, values.get("village_code"))
    ctx.added(row)
    ctx.batch.write_fields(row, normalised(record), mutation.mutation_id)
    return []


def _claim_village(ctx: MutationContext, row: RecordRow, village_code: object) -> None:
    """One cooperative per desa/kelurahan.

    The partial unique index on ``records.village_code`` is the guarantee: of two pushes racing
    for one village, the later insert fails, its transaction is retried, and this check then
    sees the winner and refuses with a clear reason instead of a 500.
    """
    village = village_code if isinstance(village_code, str) and village_code else None
    if village is not None:
        taken = ctx.session.scalar(
            select(RecordRow.record_id).where(
                RecordRow.village_code == village,
                RecordRow.record_type == RecordType.COOPERATIVE.value,
                RecordRow.deleted.is_(False),
                RecordRow.record_id != row.record_id,
            )
        )
        if taken is not None:
            issue = Issue("village_code", IssueCode.VILLAGE_TAKEN, {"cooperative_id": taken})
            raise _validation_failed([issue])
    row.village_code = village


def patch(ctx: MutationContext, mutation: Mutation, row: RecordRow) -> list[str]:
    record_type = mutation.record_type
    ctx.require_scope(row.cooperative_id)
    ctx.permit(Action.EDIT, _subject_of(ctx, record_type, row))
    values = decode_values(record_type, row.record_id, mutation.fields)
    if record_type in AUTHORED_TYPES and not values.get("author_id"):
        values.pop("author_id", None)  # clients may send their blank default; it means "me"
    changed = {name: value for name, value in values.items() if row.data.get(name) != value}
    for name in changed:
        if name in READ_ONLY[record_type]:
            raise RejectedError(
                RejectReason.READ_ONLY_FIELD, f"{name} cannot be changed by an edit"
            )
    moved = record_type is RecordType.COOPERATIVE and "village_code" in changed
    if moved:
        ctx.permit(Action.MOVE, _subject_of(ctx, record_type, row))
    if not changed:
        return []
    clashes: list[tuple[str, str]] = []
    if record_type in MERGED_TYPES:
        clashes, theirs = _clashes(ctx, mutation, row, changed)
        theirs = position.kept_with_position(theirs)
        changed = {name: value for name, value in changed.items() if name not in theirs}
        clashes = [clash for clash in clashes if clash[0] not in position.FOLLOWS_POSITION]
    if position.has_source(record_class(record_type)):
        changed = position.written_with_position(
            values, changed, row.data.get(position.SOURCE_FIELD)
        )
    record = build_record(row, {**row.data, **changed})
    issues = validate(record, ctx.validation)
    if issues:
        raise _validation_failed(issues)
    if not changed:
        # Every field stays as someone else filled it in: the record is sent again, so the
        # laptop that emptied it gets their value back.
        ctx.batch.touch(row, mutation.mutation_id)
        return []
    previous = dict(row.data)
    if moved:
        _claim_village(ctx, row, changed["village_code"])
        _move_cooperative(ctx, row, kabupaten_of_village(changed["village_code"]))
    ctx.batch.write_fields(row, changed, mutation.mutation_id)
    # A coordinate's conflict carries both whole positions, so it is settled as one position.
    sides = position.clash_sides(
        previous, {**previous, **changed}, position.has_source(record_class(record_type))
    )
    return [
        _record_conflict(
            ctx,
            row,
            clash,
            (changed[clash[0]], previous.get(clash[0])),
            sides if position.is_position_field(clash[0]) else None,
        )
        for clash in clashes
    ]


def _clashes(
    ctx: MutationContext, mutation: Mutation, row: RecordRow, changed: dict[str, Any]
) -> tuple[list[tuple[str, str]], set[str]]:
    """Fields another writer changed since the version this edit was based on, judged by
    domain.merge: the real clashes (field, other user id), and the fields where the other
    writer's value stays because this edit only empties them."""
    clashes: list[tuple[str, str]] = []
    theirs: set[str] = set()
    for name, incoming in changed.items():
        meta = row.field_meta.get(name) or {}
        written_by_other = meta.get("c") != ctx.client_id
        newer_than_base = int(meta.get("v", 0)) > mutation.base_versions.get(name, 0)
        if not (written_by_other and newer_than_base):
            continue
        if meta.get("u") is None:
            continue  # written by the server itself (an import): not a person's choice
        current = row.data.get(name)
        if merge.is_empty(incoming) and not merge.is_empty(current):
            theirs.add(name)
        elif merge.disagree(current, incoming):
            clashes.append((name, str(meta["u"])))
    return clashes, theirs


def _record_conflict(
    ctx: MutationContext,
    row: RecordRow,
    clash: tuple[str, str],
    values: tuple[Any, Any],
    positions: tuple[dict[str, Any], dict[str, Any]] | None,
) -> str:
    """The conflict record of one clashing field: its (kept, other) values, and the whole
    positions (kept, other) when the field is a coordinate of a position."""
    name, other_user_id = clash
    kept, other = values
    other_user = ctx.session.get(User, other_user_id) if other_user_id else None
    conflict = FieldConflict(
        id=new_id(),
        record_type=row.record_type,
        record_id=row.record_id,
        field_name=name,
        kept_value=json.dumps(kept, ensure_ascii=False),
        other_value=json.dumps(other, ensure_ascii=False),
        kept_author=ctx.caller.full_name,
        other_author=other_user.full_name if other_user else "",
        created_at=datetime.now(UTC),
        kept_position=_json_or_blank(positions[0] if positions else None),
        other_position=_json_or_blank(positions[1] if positions else None),
    )
    conflict_row = RecordRow(
        record_id=conflict.id,
        record_type=RecordType.CONFLICT.value,
        cooperative_id=row.cooperative_id,
        parent_id=row.record_id,
        author_id=None,
        kabupaten_code=None,
        data={},
        field_meta={},
        version=PENDING,
        deleted=False,
        created_at=now(),
        updated_at=now(),
    )
    ctx.session.add(conflict_row)
    ctx.batch.write_fields(conflict_row, normalised(conflict))
    return conflict.id


def _json_or_blank(value: dict[str, Any] | None) -> str:
    return json.dumps(value, ensure_ascii=False) if value is not None else ""


def _move_cooperative(ctx: MutationContext, row: RecordRow, kabupaten: str | None) -> None:
    """A cooperative changed kabupaten: PMOs of the old area lose it, those of the new gain it."""
    old = row.kabupaten_code
    row.kabupaten_code = kabupaten
    for code, added in ((old, False), (kabupaten, True)):
        if code:
            for user_id in users_seeing_kabupaten(ctx.session, code):
                ctx.batch.scope_changed(user_id, [row.record_id], added)


def delete(ctx: MutationContext, mutation: Mutation, row: RecordRow) -> None:
    record_type = mutation.record_type
    ctx.require_scope(row.cooperative_id)
    if row.deleted:
        return
    ctx.permit(Action.DELETE, _subject_of(ctx, record_type, row))
    _tombstone(ctx, row, mutation.mutation_id)
    if record_type is RecordType.COOPERATIVE:
        row.village_code = None  # the village may have a cooperative again
    children = select(RecordRow).where(RecordRow.deleted.is_(False))
    if record_type is RecordType.COOPERATIVE:
        children = children.where(RecordRow.cooperative_id == row.record_id)
    else:
        children = children.where(RecordRow.parent_id == row.record_id)
    for child in ctx.session.scalars(children):
        if child.record_id != row.record_id:
            _tombstone(ctx, child, mutation.mutation_id)


def _tombstone(ctx: MutationContext, row: RecordRow, mutation_id: int) -> None:
    row.deleted = True
    ctx.batch.touch(row, mutation_id)


def _intent_args(args: Mapping[str, Any]) -> tuple[VisitStatus, VisitStatus, str]:
    unknown = set(args) - {"from", "to", "comment"}
    if unknown:
        raise _bad_field("intent_args", f"unknown argument {escaped(sorted(unknown)[0])}")
    try:
        before = VisitStatus(str(args.get("from")))
        after = VisitStatus(str(args.get("to")))
    except (ValueError, TypeError) as error:
        raise _bad_field("intent_args", "from and to must be visit statuses") from error
    comment = args.get("comment") or ""
    if not isinstance(comment, str) or len(comment) > LONG_TEXT:
        raise _bad_field("intent_args.comment", "must be text of at most 5000 characters")
    problem = text_issue("intent_args.comment", comment)
    if problem is not None:
        raise _bad_field(
            problem.field, "holds a character that cannot be stored", problem.code, problem.params
        )
    return before, after, normalise_text(comment)


def _visit_detail(session: Session, row: RecordRow) -> VisitDetail:
    """The visit with its live actions and photos, for SUBMIT-level validation."""
    children = [
        to_record(child)
        for child in session.scalars(
            select(RecordRow).where(
                RecordRow.parent_id == row.record_id,
                RecordRow.record_type.in_((RecordType.AGREED_ACTION.value, RecordType.PHOTO.value)),
                RecordRow.deleted.is_(False),
            )
        )
    ]
    visit = to_record(row)
    assert isinstance(visit, Visit)
    return VisitDetail(
        visit=visit,
        actions=tuple(c for c in children if isinstance(c, AgreedAction)),
        photos=tuple(c for c in children if isinstance(c, Photo)),
    )


def apply_intent(ctx: MutationContext, mutation: Mutation) -> list[str]:
    if (
        mutation.intent is not Intent.SET_VISIT_STATUS
        or mutation.record_type is not RecordType.VISIT
    ):
        raise _bad_field("intent", "unknown intent for this record type")
    before, after, comment = _intent_args(mutation.intent_args)
    row = ctx.row(mutation.record_id)
    if row is None or row.record_type != RecordType.VISIT.value:
        raise RejectedError(RejectReason.UNKNOWN_RECORD, "no such visit on the server")
    if row.deleted:
        raise RejectedError(RejectReason.DELETED, "this visit was deleted")
    ctx.require_scope(row.cooperative_id)
    current = VisitStatus(row.data.get("status", VisitStatus.DRAFT.value))
    if current is not before:
        raise RejectedError(
            RejectReason.STALE_STATUS, f"the visit is {current.value}, not {before}"
        )
    action = transition_action(before, after)
    if action is None:
        raise RejectedError(
            RejectReason.INVALID_TRANSITION, f"{before.value} → {after.value} is not allowed"
        )
    subject = _owned_subject(RecordType.VISIT, row)
    if action is Action.REVIEW:
        cooperative = ctx.session.get(RecordRow, row.cooperative_id)
        kabupaten = cooperative.kabupaten_code if cooperative else None
        subject = Subject(RecordType.VISIT, kabupaten, row.author_id, current)
    ctx.permit(action, subject)
    if action is Action.SUBMIT:
        issues = validate_visit_detail(
            _visit_detail(ctx.session, row), Level.SUBMIT, ctx.validation
        )
        if issues:
            raise _validation_failed(issues)
    elif after is VisitStatus.NEEDS_REVISION and not comment.strip():
        raise RejectedError(RejectReason.COMMENT_REQUIRED, "say what needs revising")
    ctx.batch.write_fields(row, {"status": after.value}, mutation.mutation_id)
    _record_review(ctx, row, before, after, comment)
    return []


def _record_review(
    ctx: MutationContext, visit: RecordRow, before: VisitStatus, after: VisitStatus, comment: str
) -> None:
    review = ReviewComment(
        id=new_id(),
        visit_id=visit.record_id,
        author_name=ctx.caller.full_name,
        created_at=datetime.now(UTC),
        from_status=before,
        to_status=after,
        comment=comment,
    )
    row = RecordRow(
        record_id=review.id,
        record_type=RecordType.REVIEW_COMMENT.value,
        cooperative_id=visit.cooperative_id,
        parent_id=visit.record_id,
        author_id=ctx.caller.user_id,
        kabupaten_code=None,
        data={},
        field_meta={},
        version=PENDING,
        deleted=False,
        created_at=now(),
        updated_at=now(),
    )
    ctx.session.add(row)
    ctx.batch.write_fields(row, normalised(review))


def today_in_indonesia() -> date:
    return datetime.now(_LATEST_INDONESIAN_ZONE).date()
