"""Open forms saved to disk as the user types, so a crash or a dead battery loses nothing.

One JSON file per open form in the autosave folder, written atomically. A form's file is removed
when it is saved or deliberately discarded; whatever is left at the next start is offered back.
Each file holds the form's values and its base (the values it started from), so a restored form
saves only what its user changed (docs/editing.md). Files from before the base was kept are still
read: their base is unknown (None), and the save asks about every difference.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kopdes_desktop import paths
from kopdes_desktop.domain import codec
from kopdes_desktop.domain.records import (
    AgreedAction,
    BusinessUnit,
    Cooperative,
    CooperativeDetail,
    Officer,
    Opportunity,
    OpportunityDetail,
    Photo,
    Record,
    ReviewComment,
    Visit,
    VisitDetail,
)

log = logging.getLogger(__name__)

Detail = CooperativeDetail | VisitDetail | OpportunityDetail

# For each kind of form: its detail class and, per part, the record class (parts holding a
# tuple of records are the child lists).
_KINDS: dict[str, tuple[type[Any], dict[str, type[Record]]]] = {
    "cooperative": (
        CooperativeDetail,
        {"cooperative": Cooperative, "officers": Officer, "business_units": BusinessUnit},
    ),
    "visit": (
        VisitDetail,
        {
            "visit": Visit,
            "actions": AgreedAction,
            "photos": Photo,
            "review_comments": ReviewComment,
        },
    ),
    "opportunity": (OpportunityDetail, {"opportunity": Opportunity, "photos": Photo}),
}


@dataclass(frozen=True, slots=True)
class AutosavedForm:
    kind: str
    record_id: str
    is_new: bool
    detail: Detail
    saved_at: float
    base: Detail | None = None  # None: a new record, or a file from an older version


def kind_of(detail: Detail) -> str:
    for kind, (cls, _parts) in _KINDS.items():
        if isinstance(detail, cls):
            return kind
    raise TypeError(type(detail).__name__)


def main_record(detail: Detail) -> Record:
    return getattr(detail, kind_of(detail))  # type: ignore[no-any-return]


def encode_detail(detail: Detail) -> dict[str, Any]:
    kind = kind_of(detail)
    _cls, parts = _KINDS[kind]
    encoded: dict[str, Any] = {}
    for name in parts:
        value = getattr(detail, name)
        encoded[name] = (
            [codec.encode(item) for item in value]
            if isinstance(value, tuple)
            else codec.encode(value)
        )
    return encoded


def decode_detail(kind: str, data: dict[str, Any]) -> Detail:
    cls, parts = _KINDS[kind]
    values: dict[str, Any] = {}
    for name, record_cls in parts.items():
        raw = data.get(name)
        if isinstance(raw, list):
            values[name] = tuple(codec.decode(record_cls, item) for item in raw)
        elif raw is not None:
            values[name] = codec.decode(record_cls, raw)
    return cls(**values)  # type: ignore[no-any-return]


def _file(kind: str, record_id: str) -> Path:
    return paths.autosave_dir() / f"{kind}-{record_id}.json"


def save(detail: Detail, *, is_new: bool, base: Detail | None) -> bool:
    """Keep the open form on disk; False when it could not be written (disk full)."""
    kind = kind_of(detail)
    record_id = main_record(detail).id
    target = _file(kind, record_id)
    payload = {
        "kind": kind,
        "is_new": is_new,
        "detail": encode_detail(detail),
        "base": encode_detail(base) if base is not None else None,
    }
    return _write_atomically(target, json.dumps(payload, ensure_ascii=False))


def _write_atomically(target: Path, text: str) -> bool:
    """Write the file whole or not at all; False (logged) when the disk refuses.

    Runs on the GUI thread from a timer while the user types: a full disk must not crash the
    form. The form itself still holds what was typed.
    """
    temporary = target.with_suffix(".tmp")
    try:
        temporary.write_text(text, encoding="utf-8", errors="backslashreplace")
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        log.warning("could not keep the autosave copy %s: %s", target.name, error)
        return False
    return True


def discard(kind: str, record_id: str) -> None:
    _file(kind, record_id).unlink(missing_ok=True)


def pending() -> list[AutosavedForm]:
    """Forms left open at the last exit, oldest first; unreadable files are set aside."""
    forms = []
    for file in sorted(paths.autosave_dir().glob("*.json"), key=lambda f: f.stat().st_mtime):
        try:
            payload = json.loads(file.read_text(encoding="utf-8"))
            kind = payload["kind"]
            detail = decode_detail(kind, payload["detail"])
            base = payload.get("base")
            forms.append(
                AutosavedForm(
                    kind=kind,
                    record_id=main_record(detail).id,
                    is_new=bool(payload.get("is_new")),
                    detail=detail,
                    saved_at=file.stat().st_mtime,
                    base=decode_detail(kind, base) if base is not None else None,
                )
            )
        except (ValueError, KeyError, TypeError) as error:
            log.warning("autosaved form %s is unreadable (%s); set aside", file, error)
            os.replace(file, file.with_suffix(".unreadable"))
    return forms
