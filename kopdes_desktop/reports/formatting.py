"""Dates, money and counts in reports, the Indonesian way: 28 Nov 2026, Rp1.250.000, 1.234."""

from __future__ import annotations

from datetime import date, datetime

from kopdes_desktop.domain.reporting import WIB, Period
from kopdes_desktop.reports.wording import MONTHS, SHORT_MONTHS


def short_date(value: date | None) -> str:
    if value is None:
        return "—"
    return f"{value.day} {SHORT_MONTHS[value.month - 1]} {value.year}"


def long_date(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def local_date(moment: datetime | None) -> date | None:
    """The WIB calendar day of a server timestamp (naive ones are taken as already local)."""
    if moment is None:
        return None
    return moment.astimezone(WIB).date() if moment.tzinfo else moment.date()


def period_name(period: Period) -> str:
    """ "November 2026" for a whole month, "1 Nov 2026 – 15 Nov 2026" otherwise."""
    if period == Period.month_of(period.start):
        return f"{MONTHS[period.start.month - 1]} {period.start.year}"
    return f"{short_date(period.start)} – {short_date(period.end)}"


def count(value: int | None) -> str:
    return "—" if value is None else f"{value:,}".replace(",", ".")


def rupiah(amount: int | None) -> str:
    if amount is None:
        return "—"
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{abs(amount):,}".replace(",", ".")


def decimal(value: float | None) -> str:
    """Decimal comma, thousands dot, no trailing zeros: 1.250,5."""
    if value is None:
        return "—"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
