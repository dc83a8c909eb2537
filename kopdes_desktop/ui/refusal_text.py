"""Refused changes in plain words: which record and which part of it, the reason, and the values
that were sent, with the fields and choices named in the user's language."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.enums import BusinessUnitType
from kopdes_desktop.domain.issues import Issue, IssueCode
from kopdes_desktop.domain.mutations import MutationOp
from kopdes_desktop.domain.permissions import Action, Denial, Refusal
from kopdes_desktop.domain.records import RECORD_CLASSES, RecordType
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.services.refusals import RefusalGroup, RefusedChange
from kopdes_desktop.ui import labels
from kopdes_desktop.ui.field_labels import field_label
from kopdes_desktop.ui.formatting import format_date, format_date_time, format_rupiah, format_time
from kopdes_desktop.ui.forms.issue_messages import issue_message
from kopdes_desktop.ui.permission_text import refusal_text

translate = QCoreApplication.translate

# Ids and hashes mean nothing to a reader; the record they point at is named elsewhere.
_HIDDEN_FIELDS = frozenset(
    {"id", "cooperative_id", "visit_id", "parent_id", "author_id", "sha256", "status"}
)
_RUPIAH_FIELDS = frozenset(
    {"simpanan_pokok", "simpanan_wajib", "capital_needed", "monthly_revenue"}
)


def group_title(group: RefusalGroup, language: str) -> str:
    """The record as people know it: the cooperative, the visit (date and place), the note."""
    if group.record_type is RecordType.VISIT:
        when = format_date(group.visit_date, language) or translate("Refusals", "no date")
        return (
            translate("Refusals", "Visit of %1 to %2")
            .replace("%1", when)
            .replace("%2", group.cooperative_name or "—")
        )
    if group.record_type is RecordType.OPPORTUNITY:
        return (
            translate("Refusals", "Business note %1 (%2)")
            .replace("%1", group.name or "—")
            .replace("%2", group.cooperative_name or "—")
        )
    return group.name or group.cooperative_name or translate("Refusals", "A cooperative")


def mark_text(group: RefusalGroup) -> str:
    """Beside a record whose last change was refused: the reason, and where to look."""
    return translate("Refusals", "The server refused the last change: %1 See the inbox.").replace(
        "%1", _sentence(explain(group.changes[0]))
    )


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def part_label(change: RefusedChange) -> str:
    """Which part of the form the change was: the profile, an officer, an action..."""
    name = change.part_name
    if change.record_type is RecordType.BUSINESS_UNIT and name:
        name = labels.label(BusinessUnitType(name)) if name in set(BusinessUnitType) else name
    texts = {
        RecordType.COOPERATIVE: translate("Refusals", "Profile"),
        RecordType.OFFICER: translate("Refusals", "Pengurus/pengawas"),
        RecordType.BUSINESS_UNIT: translate("Refusals", "Business unit"),
        RecordType.VISIT: translate("Refusals", "Visit"),
        RecordType.AGREED_ACTION: translate("Refusals", "Agreed action"),
        RecordType.PHOTO: translate("Refusals", "Photo"),
        RecordType.OPPORTUNITY: translate("Refusals", "Business note"),
        RecordType.CONFLICT: translate("Refusals", "Clash"),
        RecordType.REVIEW_COMMENT: translate("Refusals", "Review"),
    }
    part = texts.get(change.record_type, change.record_type.value)
    return f"{part}: {name}" if name else part


def what_happened(change: RefusedChange) -> str:
    texts = {
        MutationOp.CREATE: translate("Refusals", "added"),
        MutationOp.PATCH: translate("Refusals", "changed"),
        MutationOp.DELETE: translate("Refusals", "removed"),
    }
    if change.op is MutationOp.INTENT:
        after = str(change.values.get("status", ""))
        if after in ("submitted", "resubmitted"):
            return translate("Refusals", "submitted")
        return translate("Refusals", "reviewed")
    return texts[change.op]


def explain(change: RefusedChange) -> str:
    """Why the server refused it, in a sentence that says what to do."""
    if change.reason == "validation" and change.issues:
        return "; ".join(_issue_text(issue) for issue in change.issues)
    refusal = _as_refusal(change)
    if refusal is not None:
        return refusal_text(refusal)
    return reason_text(change.reason)


def values_text(change: RefusedChange, language: str, catalog: RegionCatalog | None = None) -> str:
    """The values that were sent, as "field: value" in the user's language."""
    cls = RECORD_CLASSES.get(change.record_type)
    shown = []
    for name, raw in change.values.items():
        if name in _HIDDEN_FIELDS or cls is None or name not in codec.field_names(cls):
            continue
        if name == "village_code" and catalog is not None and isinstance(raw, str):
            value = village_text(catalog, raw)
        else:
            value = shown_value(change.record_type, name, raw, language)
        shown.append(f"{field_label(name)}: {value}")
    return "; ".join(shown)


def village_text(catalog: RegionCatalog, code: str) -> str:
    """ "Sungai Duri, Sungai Raya, Kabupaten Bengkayang": a village code as people know it."""
    path = catalog.path(code)
    return ", ".join(region.name for region in reversed(path)) if path else code


def shown_value(record_type: RecordType, name: str, raw: object, language: str) -> str:
    """One value as a person reads it: choices by their label, yes/no, dates, Rupiah."""
    cls = RECORD_CLASSES[record_type]
    try:
        value = codec.decode_fields(cls, {name: raw}).get(name)
    except codec.FieldDecodeError:
        return str(raw)
    return _readable(name, value, language)


def _readable(name: str, value: Any, language: str) -> str:
    if value is None or value in ("", ()):
        return "—"
    if isinstance(value, tuple):
        return ", ".join(_readable(name, item, language) for item in value)
    if isinstance(value, int) and not isinstance(value, bool) and name in _RUPIAH_FIELDS:
        return format_rupiah(value, language)
    for kind, show in _SHOWN_AS:
        if isinstance(value, kind):
            return str(show(value, language))
    return str(value)


_SHOWN_AS: tuple[tuple[type, Any], ...] = (
    (bool, lambda v, _l: translate("Refusals", "yes") if v else translate("Refusals", "no")),
    (StrEnum, lambda v, _l: labels.label(v)),
    (datetime, format_date_time),
    (date, format_date),
    (time, lambda v, _l: format_time(v)),
)


def _issue_text(issue: dict[str, Any]) -> str:
    code = str(issue.get("code", ""))
    field = str(issue.get("field", ""))
    params = issue.get("params") or {}
    if code not in set(IssueCode):
        return f"{field_label(field)}: {code}"
    return f"{field_label(field)}: {issue_message(Issue(field, IssueCode(code), params))}"


_DENIALS = {
    "not_allowed": Denial.ROLE,
    "wrong_author": Denial.NOT_AUTHOR,
    "not_editable": Denial.LOCKED,
}


def _as_refusal(change: RefusedChange) -> Refusal | None:
    """The role rule a refusal came from, so it is explained like the screens explain it."""
    denial = _DENIALS.get(change.reason)
    if change.reason == "out_of_scope" and change.record_type is RecordType.COOPERATIVE:
        denial = Denial.OUTSIDE_AREA if change.op is MutationOp.CREATE else None
    if denial is None:
        return None
    action = {
        MutationOp.CREATE: Action.CREATE,
        MutationOp.PATCH: Action.EDIT,
        MutationOp.DELETE: Action.DELETE,
    }.get(change.op)
    if change.op is MutationOp.INTENT:
        submitted = str(change.values.get("status", "")) in ("submitted", "resubmitted")
        action = Action.SUBMIT if submitted else Action.REVIEW
    if change.op is MutationOp.PATCH and "village_code" in change.values:
        action = Action.MOVE if change.record_type is RecordType.COOPERATIVE else action
    if change.op is MutationOp.DELETE and denial is Denial.LOCKED:
        denial = Denial.NOT_A_DRAFT
    return Refusal(action, change.record_type, denial) if action is not None else None


def reason_text(code: str) -> str:
    reasons = {
        "validation": translate("Rejections", "The values do not pass the checks"),
        "bad_fields": translate("Rejections", "The change was malformed"),
        "out_of_scope": translate("Rejections", "This cooperative is no longer assigned to you"),
        "wrong_author": translate("Rejections", "Only its author may change this record"),
        "not_allowed": translate("Rejections", "Your role may not make this change"),
        "not_editable": translate("Rejections", "The visit was already submitted or reviewed"),
        "read_only_field": translate("Rejections", "This field cannot be changed here"),
        "unknown_record": translate("Rejections", "The record is not on the server"),
        "unknown_parent": translate(
            "Rejections",
            "The record it belongs to is not on the server (it was refused too, or not sent yet)",
        ),
        "deleted": translate("Rejections", "Someone deleted the record meanwhile"),
        "id_taken": translate("Rejections", "Another record already has this id"),
        "stale_status": translate("Rejections", "The visit's status changed meanwhile"),
        "invalid_transition": translate("Rejections", "That status change is not allowed"),
        "comment_required": translate("Rejections", "A comment is required"),
        "unsupported_schema": translate("Rejections", "The app is too old for the server"),
    }
    return reasons.get(code, code)
