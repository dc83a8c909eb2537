"""Dates and money the way Indonesian readers expect them: 28 Nov 2026, Rp1.250.000."""

from __future__ import annotations

from datetime import date, datetime

_MONTHS = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def format_date(value: date | None, language: str = "id") -> str:
    if value is None:
        return ""
    months = _MONTHS.get(language, _MONTHS["id"])
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_date_time(value: datetime | None, language: str = "id") -> str:
    """28 Nov 2026 09.30 (Indonesian writes the time with a dot), 28 Nov 2026 09:30."""
    if value is None:
        return ""
    separator = "." if language == "id" else ":"
    return f"{format_date(value.date(), language)} {value:%H}{separator}{value:%M}"


def format_rupiah(amount: int | None, language: str = "id") -> str:
    if amount is None:
        return ""
    grouped = f"{abs(amount):,}"
    if language == "id":
        grouped = grouped.replace(",", ".")
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{grouped}"


def format_count(value: int | None, language: str = "id") -> str:
    if value is None:
        return ""
    grouped = f"{value:,}"
    return grouped.replace(",", ".") if language == "id" else grouped
