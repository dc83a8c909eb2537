"""Clashes in plain words: which field of which row, what the user typed, what came meanwhile."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.edits import Clash, ClashKind
from kopdes_desktop.domain.records import (
    AgreedAction,
    BusinessUnit,
    Officer,
    Photo,
    Record,
)
from kopdes_desktop.ui import labels
from kopdes_desktop.ui.field_labels import field_label
from kopdes_desktop.ui.formatting import format_count, format_date, format_rupiah, format_time
from kopdes_desktop.ui.i18n import current_language
from kopdes_desktop.ui.recovery_dialog import format_moment

translate = QCoreApplication.translate

RUPIAH_FIELDS = frozenset({"simpanan_pokok", "simpanan_wajib", "capital_needed", "monthly_revenue"})


def value_text(field: str, value: object, language: str) -> str:  # noqa: PLR0911
    if value is None or value in ("", ()):
        return translate("Clashes", "(empty)")
    if isinstance(value, bool):
        return translate("Clashes", "yes") if value else translate("Clashes", "no")
    if isinstance(value, StrEnum):
        return labels.label(value)
    if isinstance(value, tuple):
        return ", ".join(value_text(field, item, language) for item in value)
    if isinstance(value, int):
        if field in RUPIAH_FIELDS:
            return format_rupiah(value, language)
        return str(value) if field == "last_rat_year" else format_count(value, language)
    if isinstance(value, float):
        return str(value).replace(".", ",") if language == "id" else str(value)
    if isinstance(value, datetime):
        return format_moment(value, language)
    if isinstance(value, date):
        return format_date(value, language)
    if isinstance(value, time):
        return format_time(value)
    return f"“{value}”"


def row_text(row: Record | None) -> str:
    """What a child row is called in a sentence: "the officer Yuliana"."""
    if isinstance(row, Officer):
        return translate("Clashes", "the person %1 (pengurus/pengawas)").replace(
            "%1", row.name or "—"
        )
    if isinstance(row, BusinessUnit):
        return translate("Clashes", "the business unit %1").replace(
            "%1", labels.label(row.unit_type)
        )
    if isinstance(row, AgreedAction):
        return translate("Clashes", "the agreed action “%1”").replace("%1", row.description or "—")
    if isinstance(row, Photo):
        if row.taken_at is None:
            return translate("Clashes", "a photo")
        when = format_date(row.taken_at.date(), current_language())
        return translate("Clashes", "the photo taken %1").replace("%1", when)
    return ""


def field_of_row(field: str, row: Record | None) -> str:
    """ "members", "role of the person Yuliana (pengurus/pengawas)", "the caption of the photo
    taken 12 Mar 2025" (not "caption of a photo of…": a caption names its photo already)."""
    name = field_label(field)
    where = row_text(row)
    if not where:
        return name
    if isinstance(row, Photo) and field == "caption":
        return translate("Clashes", "the caption of %1").replace("%1", where)
    return translate("Clashes", "%1 of %2").replace("%1", name).replace("%2", where)


def subject(clash: Clash) -> str:
    """The thing that clashed: "members", or "role of the person Yuliana (pengurus/pengawas)"."""
    row = clash.my_row or clash.their_row
    if clash.kind is not ClashKind.FIELD:
        return row_text(row)
    return field_of_row(clash.field, row)


def sentence(clash: Clash, language: str) -> str:
    what = subject(clash)
    if clash.kind is ClashKind.FIELD:
        if not clash.base_known:
            return (
                translate(
                    "Clashes",
                    "This form was restored from an earlier session: %1 is now saved as %2, "
                    "the form holds %3.",
                )
                .replace("%1", what)
                .replace("%2", value_text(clash.field, clash.theirs, language))
                .replace("%3", value_text(clash.field, clash.mine, language))
            )
        text = (
            translate(
                "Clashes",
                "While you were editing, %1 was changed elsewhere to %2. Your value: %3.",
            )
            .replace("%1", what)
            .replace("%2", value_text(clash.field, clash.theirs, language))
            .replace("%3", value_text(clash.field, clash.mine, language))
        )
        text += " " + translate("Clashes", "It was %1 when you opened the form.").replace(
            "%1", value_text(clash.field, clash.base, language)
        )
    elif clash.kind is ClashKind.ROW_DELETED:
        text = translate(
            "Clashes", "While you were editing, %1 was removed elsewhere; you had changed it."
        ).replace("%1", what)
    elif clash.base_known:
        text = translate(
            "Clashes", "While you were editing, %1 was changed elsewhere; you had removed it."
        ).replace("%1", what)
    else:
        text = translate(
            "Clashes", "%1 is saved, but it is not in this form restored from an earlier session."
        ).replace("%1", what)
    if clash.changed_at:
        try:
            arrived = format_moment(datetime.fromisoformat(clash.changed_at), language)
        except ValueError:
            arrived = ""
        if arrived and clash.changed_by:
            text += " " + (
                translate("Clashes", "(The other change, by %2, arrived %1.)")
                .replace("%1", arrived)
                .replace("%2", clash.changed_by)
            )
        elif arrived:
            text += " " + translate("Clashes", "(The other change arrived %1.)").replace(
                "%1", arrived
            )
    return text[0].upper() + text[1:]


def choice_texts(clash: Clash, language: str) -> tuple[str, str]:
    """Labels of the two buttons: (keep mine, take theirs)."""
    if clash.kind is ClashKind.FIELD:
        return (
            translate("Clashes", "Keep mine: %1").replace(
                "%1", value_text(clash.field, clash.mine, language)
            ),
            translate("Clashes", "Take the other: %1").replace(
                "%1", value_text(clash.field, clash.theirs, language)
            ),
        )
    if clash.kind is ClashKind.ROW_DELETED:
        return (
            translate("Clashes", "Keep my version (added back)"),
            translate("Clashes", "Leave it removed"),
        )
    if clash.base_known:
        return (translate("Clashes", "Remove it"), translate("Clashes", "Keep it"))
    return (translate("Clashes", "Remove"), translate("Clashes", "Keep it"))
