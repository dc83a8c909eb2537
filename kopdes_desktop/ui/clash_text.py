"""A clash on a shared record in plain words, for the inbox and the PMO's clash list: the field by
its translated name and the two values as the form shows them (a label, "ya", a date), never the
raw key or JSON (`member_count`, `true`). A position's clash is worded as one position, as
Tinjauan shows it: "Lintang -0,0263 · Bujur 109,34 (diambil dari foto)" against the other
(services/position_clash.py)."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain import position
from kopdes_desktop.domain.enums import GpsSource
from kopdes_desktop.domain.records import FieldConflict, Record, RecordType
from kopdes_desktop.services.inbox import InboxItem
from kopdes_desktop.services.position_clash import PositionClash
from kopdes_desktop.ui import labels
from kopdes_desktop.ui.forms.clash_wording import field_of_row
from kopdes_desktop.ui.refusal_text import shown_value

translate = QCoreApplication.translate


def item_field(item: InboxItem) -> str:
    """What clashed, for a list's line: "lokasi" for a position, else the field."""
    if item.position is not None:
        return field_of_row(position.CLASH_NAME, item.part)
    return clash_field(item.conflict, item.part) if item.conflict else item.message


def item_detail(item: InboxItem, language: str) -> str:
    if item.conflict is None:
        return ""
    if item.position is None:
        return clash_detail(item.conflict, item.part, language)
    return position_detail(item.conflict, item.position, item.part, language)


def position_detail(
    conflict: FieldConflict, clash: PositionClash, part: Record | None, language: str
) -> str:
    detail = (
        translate(
            "Clashes",
            "The location was changed by two people. Kept: %1 (by %2). Other: %3 (by %4).",
        )
        .replace("%1", position_text(clash.kept, language))
        .replace("%2", conflict.kept_author)
        .replace("%3", position_text(clash.other, language))
        .replace("%4", conflict.other_author)
    )
    if not clash.complete:
        detail += " " + translate(
            "Clashes",
            "This clash was recorded before the app kept a location together: putting the "
            "other one back restores its coordinates, but where they came from is not known.",
        )
    return detail


def position_text(values: dict[str, object], language: str) -> str:
    """The position as Tinjauan and Peta show it ("Lintang -0,0263 · Bujur 109,34 (diambil dari
    foto)"), or "—" for none."""
    latitude, longitude = (values.get(name) for name in position.POSITION_FIELDS)
    if not isinstance(latitude, int | float) or not isinstance(longitude, int | float):
        return "—"
    source = values.get(position.SOURCE_FIELD)
    known = GpsSource(str(source)) if source in set(GpsSource) else None
    return labels.position_text(float(latitude), float(longitude), known, language)


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
