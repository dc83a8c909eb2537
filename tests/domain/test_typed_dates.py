"""Dates and times typed the way BAs write them are read right, and nothing else is guessed."""

from __future__ import annotations

from datetime import date, time

import pytest

from kopdes_desktop.domain.typed_dates import parse_date, parse_time

TODAY = date(2026, 11, 28)
IDES = date(2025, 3, 15)


@pytest.mark.parametrize(
    "typed",
    [
        "15032025",
        "150325",
        "15/03/2025",
        "15/3/2025",
        "15-3-2025",
        "15.03.2025",
        "15.3.25",
        " 15 / 03 / 2025 ",
        "15 Mar 2025",
        "15 mar 2025",
        "15 Maret 2025",
        "15 MARET 2025",
        "15 March 2025",
        "15-Mar-2025",
        "15 Mar. 2025",
        "2025-03-15",
    ],
)
def test_the_common_ways_of_writing_a_date_are_read(typed: str) -> None:
    assert parse_date(typed, TODAY) == IDES


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("1 Januari 2026", date(2026, 1, 1)),
        ("2 Februari 2026", date(2026, 2, 2)),
        ("17 Agustus 1945", date(1945, 8, 17)),
        ("17 Agu 2025", date(2025, 8, 17)),
        ("17 Agt 2025", date(2025, 8, 17)),
        ("1 Mei 2026", date(2026, 5, 1)),
        ("5 Okt 2026", date(2026, 10, 5)),
        ("25 Des 2026", date(2026, 12, 25)),
        ("10 Juni 2026", date(2026, 6, 10)),
        ("10 Juli 2026", date(2026, 7, 10)),
        ("29/2/2028", date(2028, 2, 29)),
    ],
)
def test_indonesian_month_names_are_understood(typed: str, meant: date) -> None:
    assert parse_date(typed, TODAY) == meant


def test_a_date_without_a_year_is_this_year() -> None:
    assert parse_date("3/12", TODAY) == date(2026, 12, 3)
    assert parse_date("3 Des", TODAY) == date(2026, 12, 3)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "kemarin",
        "31/02/2025",
        "29/2/2027",
        "15/13/2025",
        "0/3/2025",
        "1532025",  # seven digits: which is the day?
        "15032025x",
        "15 Maretan 2025",
        "15/03/1800",
        "15/03/2250",
        "03/15/2025",  # month first is not how dates are written here
        "—15032025",  # what the old date field made of typing
    ],
)
def test_anything_unclear_is_not_guessed(typed: str) -> None:
    assert parse_date(typed, TODAY) is None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("9", time(9, 0)),
        ("09", time(9, 0)),
        ("930", time(9, 30)),
        ("0930", time(9, 30)),
        ("9:30", time(9, 30)),
        ("9.30", time(9, 30)),
        ("09.30", time(9, 30)),
        ("14:05", time(14, 5)),
        ("1405", time(14, 5)),
        (" 7 : 45 ", time(7, 45)),
        ("0", time(0, 0)),
        ("23:59", time(23, 59)),
    ],
)
def test_times_are_read_with_a_colon_a_dot_or_neither(typed: str, meant: time) -> None:
    assert parse_time(typed) == meant


@pytest.mark.parametrize("typed", ["", "24", "9:60", "25:00", "jam 9", "9:3", "12345", "9 pagi"])
def test_unclear_times_are_not_guessed(typed: str) -> None:
    assert parse_time(typed) is None
