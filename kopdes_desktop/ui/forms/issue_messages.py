"""Validation issues as sentences a BA understands, in their language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale

from kopdes_desktop.domain.validation import Issue, IssueCode

translate = QCoreApplication.translate


def issue_message(issue: Issue) -> str:
    params = issue.params
    messages = {
        IssueCode.REQUIRED: translate("Issues", "Required."),
        IssueCode.TOO_LONG: translate("Issues", "Too long: at most %1 characters.").replace(
            "%1", str(params.get("limit", ""))
        ),
        IssueCode.NEGATIVE: translate("Issues", "Cannot be negative."),
        IssueCode.OUT_OF_RANGE: _range_message(params),
        IssueCode.FUTURE_DATE: translate("Issues", "Cannot be in the future."),
        IssueCode.END_BEFORE_START: translate("Issues", "Cannot be before the start."),
        IssueCode.GPS_INCOMPLETE: translate("Issues", "Fill in both latitude and longitude."),
        IssueCode.GPS_OUTSIDE_INDONESIA: translate(
            "Issues", "This position is outside Indonesia; check the numbers and their sign."
        ),
        IssueCode.NIB_FORMAT: translate("Issues", "An NIB has 13 digits."),
        IssueCode.NPWP_FORMAT: translate("Issues", "An NPWP has 15 or 16 digits."),
        IssueCode.PHONE_FORMAT: translate("Issues", "Not a phone number."),
        IssueCode.UNKNOWN_VILLAGE: translate("Issues", "Choose a village from the list."),
        IssueCode.VILLAGE_TAKEN: (
            translate("Issues", "This village already has its cooperative: %1.").replace(
                "%1", str(params.get("name", ""))
            )
            if params.get("name")
            else translate("Issues", "This village already has its cooperative.")
        ),
        IssueCode.DUPLICATE_CHOICE: translate("Issues", "The same choice appears twice."),
        IssueCode.HASH_FORMAT: translate("Issues", "The photo file is damaged."),
        IssueCode.INVALID_CHARACTER: translate(
            "Issues",
            "Character %1 cannot be saved: an invisible control character or a broken symbol, "
            "usually from copying and pasting. Delete it and type that part again.",
        ).replace("%1", str(params.get("position", ""))),
        IssueCode.BAD_VALUE: translate("Issues", "This value cannot be read."),
    }
    return messages[issue.code]


def _number(value: int | str) -> str:
    # The user's locale groups thousands (1.000.000 in Indonesian, 1,000,000 in English).
    return QLocale().toString(int(value)) if isinstance(value, int) else str(value)


def _range_message(params: Mapping[str, int | str]) -> str:
    low, high = params.get("min"), params.get("max")
    if low is not None and high is not None:
        return (
            translate("Issues", "Must be between %1 and %2.")
            .replace("%1", _number(low))
            .replace("%2", _number(high))
        )
    if low is not None:
        return translate("Issues", "Must be at least %1.").replace("%1", _number(low))
    return translate("Issues", "Outside the allowed range.")


def unreadable_number() -> str:
    return translate("Issues", "Not a number.")


def unreadable_date() -> str:
    return translate("Issues", "Not a date the app can read; write it like 15/03/2025.")


def unreadable_time() -> str:
    return translate("Issues", "Not a time the app can read; write it like 09:30.")


def no_cooperative_chosen() -> str:
    return translate("Issues", "Choose the cooperative from the suggestions.")


def unreadable_year() -> str:
    return translate("Issues", "Write the year with four digits, like 2024.")


class Readable(Protocol):
    def problem(self) -> bool: ...


def unreadable(fields: Iterable[tuple[str, Readable, str]]) -> dict[str, str]:
    """The message of each (field, input, message) whose input holds text it cannot read."""
    return {field: message for field, edit, message in fields if edit.problem()}
