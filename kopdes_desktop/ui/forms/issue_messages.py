"""Validation issues as sentences a BA understands, in their language."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QCoreApplication

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
        IssueCode.OUT_OF_RANGE: translate("Issues", "Outside the allowed range."),
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
        IssueCode.DUPLICATE_CHOICE: translate("Issues", "The same choice appears twice."),
        IssueCode.HASH_FORMAT: translate("Issues", "The photo file is damaged."),
    }
    return messages[issue.code]


def unreadable_number() -> str:
    return translate("Issues", "Not a number.")


def unreadable_date() -> str:
    return translate("Issues", "Not a date the app can read; write it like 15/03/2025.")


def unreadable_time() -> str:
    return translate("Issues", "Not a time the app can read; write it like 09:30.")


def unreadable_year() -> str:
    return translate("Issues", "Write the year with four digits, like 2024.")


class Readable(Protocol):
    def problem(self) -> bool: ...


def unreadable(fields: Iterable[tuple[str, Readable, str]]) -> dict[str, str]:
    """The message of each (field, input, message) whose input holds text it cannot read."""
    return {field: message for field, edit, message in fields if edit.problem()}
