"""Dates and times as people type them in Indonesia, read into values.

Day first, always: "15032025", "15/03/2025", "15-3-2025", "15.3.25", "15 Mar 2025",
"15 Maret 2025" (Indonesian or English month names, whole or short), "15/3" (this year). ISO
"2025-03-15" too, as spreadsheets write it. Times: "9", "930", "0930", "9:30", "09.30" (the
Indonesian way), "14.05". Anything else reads as None: the caller keeps the text and says so;
nothing is guessed.
"""

from __future__ import annotations

import re
from datetime import date, time

EARLIEST_YEAR, LATEST_YEAR = 1900, 2100

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "january", "jan"),
            ("februari", "february", "feb", "pebruari"),
            ("maret", "march", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("agustus", "august", "agu", "agt", "ags", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov", "nop", "nopember"),
            ("desember", "december", "des", "dec"),
        ),
        start=1,
    )
    for name in names
}

_DIGITS_ONLY = re.compile(r"\d{6}|\d{8}")
_NUMERIC = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2}|\d{4}))?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDS = re.compile(r"(\d{1,2})[\s./-]*([^\W\d_]+)[\s.,/-]*(\d{2}|\d{4})?")
_TIME = re.compile(r"(\d{1,2})(?:\s*[:.]\s*(\d{2}))?")
_TIME_DIGITS = re.compile(r"(\d{1,2})(\d{2})")


def parse_date(text: str, today: date) -> date | None:
    """The date ``text`` means, or None when it is empty or cannot be read for certain.

    A missing year is ``today``'s; a two-digit year is 20xx (field work began in 2025).
    """
    cleaned = " ".join(text.strip().split())
    if not cleaned:
        return None
    if _DIGITS_ONLY.fullmatch(cleaned):
        return _build(cleaned[4:], cleaned[2:4], cleaned[:2], today)
    if match := _ISO.fullmatch(cleaned):
        year, month, day = match.groups()
        return _build(year, month, day, today)
    if match := _NUMERIC.fullmatch(cleaned):
        day, month, year = match.groups()
        return _build(year, month, day, today)
    if match := _WORDS.fullmatch(cleaned):
        day, month_name, year = match.groups()
        month = _MONTHS.get(month_name.lower())
        return _build(year, str(month), day, today) if month else None
    return None


def parse_time(text: str) -> time | None:
    """The time of day ``text`` means (24-hour clock), or None."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _TIME.fullmatch(cleaned) or _TIME_DIGITS.fullmatch(cleaned)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _build(year: str | None, month: str, day: str, today: date) -> date | None:
    full_year = today.year if not year else int(year) + (2000 if len(year) == 2 else 0)
    if not EARLIEST_YEAR <= full_year <= LATEST_YEAR:
        return None
    try:
        return date(full_year, int(month), int(day))
    except ValueError:  # 31 February, month 13
        return None
