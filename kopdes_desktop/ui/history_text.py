"""A cooperative's change history in plain words: who changed what, when, in the user's language.

"12 Nov 2026 14:05 · diubah oleh Siti Aminah · Profil · Jumlah anggota: 42". Changes sync brought
are named from the directory of people and timed by the server's clock (shown in WIB, the time
of West Kalimantan); field names and values are shown as the forms show them (no
``gerai_sembako``, ``preparing``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.domain.reporting import WIB
from kopdes_desktop.services.cooperatives import ProfileChange
from kopdes_desktop.ui.field_labels import field_label
from kopdes_desktop.ui.formatting import format_date_time
from kopdes_desktop.ui.refusal_text import shown_value, village_text

translate = QCoreApplication.translate
_HIDDEN = frozenset({"cooperative_id"})


def history_line(change: ProfileChange, language: str, catalog: RegionCatalog | None = None) -> str:
    parts = {
        RecordType.COOPERATIVE: translate("History", "Profile"),
        RecordType.OFFICER: translate("History", "Pengurus/pengawas"),
        RecordType.BUSINESS_UNIT: translate("History", "Business unit"),
    }
    texts = (
        when_text(change, language),
        who_text(change),
        parts[change.record_type],
        what_text(change, language, catalog),
    )
    return " · ".join(text for text in texts if text)


def when_text(change: ProfileChange, language: str) -> str:
    moment = _parse(change.changed_at) or _parse(change.device_time)
    if moment is None:
        return change.device_time[:16].replace("T", " ")
    return format_date_time(moment, language)


def who_text(change: ProfileChange) -> str:
    if not change.from_server:
        return translate("History", "on this laptop")
    if change.op == "receive":
        return _received_text(change)
    added = change.op == "create"
    if change.author_name:
        said = (
            translate("History", "added by %1") if added else translate("History", "changed by %1")
        )
        return said.replace("%1", change.author_name)
    if change.author_id:
        # Someone the directory does not name (an account from outside this area).
        return translate("History", "changed by another user")
    if change.changed_at is not None:
        return translate("History", "by the office (data set up by an administrator)")
    return translate("History", "from the server")  # noted before servers said who


def _received_text(change: ProfileChange) -> str:
    """First seen here after edits elsewhere: only its last writer is known."""
    if change.author_name:
        return translate("History", "received; last changed by %1").replace(
            "%1", change.author_name
        )
    return translate("History", "received from the server")


def what_text(change: ProfileChange, language: str, catalog: RegionCatalog | None) -> str:
    if change.op == "delete":
        return translate("History", "removed")
    if change.op == "receive":
        return ""  # its fields mix everyone's edits: naming them would credit the last writer
    shown = []
    for name, raw in change.fields.items():
        if name in _HIDDEN or (change.op == "create" and raw in (None, "", [])):
            continue  # a new record's empty fields say nothing
        if name == "village_code" and catalog is not None and isinstance(raw, str):
            value = village_text(catalog, raw)
        else:
            value = shown_value(change.record_type, name, raw, language)
        shown.append(f"{field_label(name)}: {value}")
    return ", ".join(shown)


def _parse(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=WIB)
