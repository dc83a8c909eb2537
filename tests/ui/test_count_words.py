"""List counts read as a person writes them: "1 visit", not "1 visits" (found by QA on the English
window: "1 visits waiting for review"); Indonesian has one form for both."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from xml.etree import ElementTree

import pytest
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.todo import TodoItem, TodoKind
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui import counts, i18n_build, todo_text
from tests.area_data import KUBU_RAYA
from tests.ui.helpers import open_window, services_as

EXPECTED = {  # (page, count, more: the list stopped counting at its cap)
    "en": {
        ("cooperatives", 1, False): "1 cooperative",
        ("cooperatives", 2, False): "2 cooperatives",
        ("visits", 1, False): "1 visit",
        ("visits", 1234, False): "1,234 visits",
        ("visits", 999, True): "999+ visits",
        ("opportunities", 1, False): "1 opportunity",
        ("opportunities", 0, False): "0 opportunities",
    },
    "id": {
        ("cooperatives", 1, False): "1 koperasi",
        ("visits", 1, False): "1 kunjungan",
        ("visits", 2, False): "2 kunjungan",
        ("visits", 1234, False): "1.234 kunjungan",
        ("opportunities", 999, True): "999+ peluang usaha",
    },
}


@pytest.mark.parametrize("language", ["en", "id"])
def test_counts_of_one_read_in_the_singular(
    qtbot: QtBot, context: ServiceContext, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "id":
        request.getfixturevalue("indonesian")
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA))
    said = {
        (page, n, more): getattr(window, page).count_text(n, more)
        for page, n, more in EXPECTED[language]
    }
    assert said == EXPECTED[language]
    review = window.review
    review._total_changed(1)
    assert review.count.text() == (
        "1 visit waiting for review" if language == "en" else "1 kunjungan menunggu tinjauan"
    )
    review._total_changed(1234)
    assert review.count.text() == (
        "1,234 visits waiting for review"
        if language == "en"
        else "1.234 kunjungan menunggu tinjauan"
    )


# --- counted nouns in Qt's plural forms (kopdes_desktop/ui/counts.py) ----------------------------

PLURAL_NOUNS = re.compile(
    r"%\d (?:\w+ )?(days|visits|cooperatives|changes|minutes|hours|photos|rows|pages|seconds"
    r"|clashes|opportunities)\b"
)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Overdue by 1 day", "Overdue by 2 days", "Due in 1,234 days", "1 change", "1 row"]),
        (
            "id",
            ["Terlambat 1 hari", "Terlambat 2 hari", "1.234 hari lagi", "1 perubahan", "1 baris"],
        ),
    ],
)
def test_a_count_of_one_is_singular_and_big_counts_are_grouped(
    language: str, expected: list[str], request: pytest.FixtureRequest
) -> None:
    if language == "id":
        request.getfixturevalue("indonesian")
    today = date(2026, 11, 30)
    said = [
        todo_text.due_text(today - timedelta(days=1), today),
        todo_text.due_text(today - timedelta(days=2), today),
        todo_text.due_text(today + timedelta(days=1234), today),
        counts.changes(1),
        counts.rows(1),
    ]
    assert said == expected


# "%1 change(s) sent": English for nobody; a counted noun is a numerus entry of counts.py.
BRACKETED_PLURAL = re.compile(r"%\d (?:\w+ )?\w+\((?:s|es|\w+/\w+)\)")
# "1 visit" beside "%1 visits": a sentence of its own for one, the rule counts.py holds once.
SINGULAR_TWIN = re.compile(
    r"(?:^|\s)1 (?:\w+ )?(day|visit|cooperative|change|minute|hour|photo|row"
    r"|page|second|clash|opportunity|problem|form)\b"
)


def test_every_count_takes_its_noun_from_counts_py() -> None:
    """The grep that found "Overdue by 1 days", made strict: no source text counts a noun in a
    fixed plural ("%1 visits"), a bracketed one ("%1 change(s)") or in a singular twin of its
    own ("1 visit waiting for review"); lists, status bar and every page use ui/counts.py."""
    found = []
    for message in ElementTree.parse(i18n_build.ts_file("en")).iter("message"):
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            continue  # counts.py's own nouns
        if (
            PLURAL_NOUNS.search(source)
            or BRACKETED_PLURAL.search(source)
            or SINGULAR_TWIN.search(source)
        ):
            found.append(source)
    assert found == []


@pytest.mark.usefixtures("indonesian")
def test_a_visit_submitted_today_waits_since_today_not_zero_days() -> None:
    """QA F7 (PMO Beranda): "menunggu sejak 30 Nov 2026 (0 hari)" read oddly."""
    today = date(2026, 11, 30)
    waiting = TodoItem(
        TodoKind.REVIEW, "v-1", "Koperasi Desa Merah Putih Durian", today, who="Siti", since=today
    )
    assert todo_text.item_text(waiting, today, "id").endswith("(hari ini)")
    older = replace(waiting, since=today - timedelta(days=1))
    assert todo_text.item_text(older, today, "id").endswith("(1 hari)")
