"""A clash on a shared record in plain words, for the inbox and the PMO's clash list: the field by
its translated name and the two values as the form shows them (a label, "ya", a date), never the
raw key or JSON (`member_count`, `true`)."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.records import FieldConflict, Record, RecordType
from kopdes_desktop.ui.forms.clash_wording import field_of_row
from kopdes_desktop.ui.refusal_text import shown_value

translate = QCoreApplication.translate


def clash_field(conflict: FieldConflict, part: Record | None) -> str:
    """ "members", or "role of the person Pak Udin (pengurus/pengawas)"."""
    return field_of_row(conflict.field_name, part)


def clash_detail(conflict: FieldConflict, part: Record | None, language: str) -> str:
    return (
        translate(
            "Clashes", "Field %1 was changed by two people. Kept: %2 (by %3). Other: %4 (by %5)."
        )
        .replace("%1", clash_field(conflict, part))
        .replace("%2", clash_value(conflict, conflict.kept_value, language))
        .replace("%3", conflict.kept_author)
        .replace("%4", clash_value(conflict, conflict.other_value, language))
        .replace("%5", conflict.other_author)
    )


def clash_value(conflict: FieldConflict, json_text: str, language: str) -> str:
    try:
        raw = json.loads(json_text) if json_text else None
    except ValueError:
        return json_text
    if conflict.record_type not in set(RecordType):
        return "—" if raw in (None, "") else str(raw)
    return shown_value(RecordType(conflict.record_type), conflict.field_name, raw, language)
