"""Dates and money the way Indonesian readers expect them: 28 Nov 2026, Rp1.250.000."""

from __future__ import annotations

from datetime import date, datetime, time

from kopdes_desktop.domain.clock import in_wib

_MONTHS = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def format_date(value: date | None, language: str = "id") -> str:
    if value is None:
        return ""
    months = _MONTHS.get(language, _MONTHS["id"])
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_time(value: time | datetime | None) -> str:
    """09:30, in both languages: the way a BA types a time into the form and sees it there (one
    format for forms, review, history and photos; QA F15)."""
    return f"{value:%H:%M}" if value is not None else ""


def format_date_time(value: datetime | None, language: str = "id") -> str:
    """28 Nov 2026 09:30, in WIB (domain/clock.py): a server or backup timestamp is converted;
    a wall-clock reading without a zone (a photo's EXIF time) is shown as it is."""
    if value is None:
        return ""
    shown = in_wib(value)
    return f"{format_date(shown.date(), language)} {format_time(shown)}"


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


def format_coordinate(value: float, language: str = "id") -> str:
    """A latitude or longitude as the visit form shows it: "1,36" in Indonesian."""
    text = f"{value:.10g}"
    return text.replace(".", ",") if language == "id" else text
