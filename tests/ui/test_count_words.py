"""List counts read as a person writes them: "1 visit", not "1 visits" (found by QA on the English
window: "1 visits waiting for review"); Indonesian has one form for both."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.services.context import ServiceContext
from tests.area_data import KUBU_RAYA
from tests.ui.helpers import open_window, services_as

EXPECTED = {
    "en": {
        ("cooperatives", "1"): "1 cooperative",
        ("cooperatives", "2"): "2 cooperatives",
        ("visits", "1"): "1 visit",
        ("visits", "1.234"): "1.234 visits",
        ("opportunities", "1"): "1 opportunity",
        ("opportunities", "0"): "0 opportunities",
    },
    "id": {
        ("cooperatives", "1"): "1 koperasi",
        ("visits", "1"): "1 kunjungan",
        ("visits", "2"): "2 kunjungan",
    },
}


@pytest.mark.parametrize("language", ["en", "id"])
def test_counts_of_one_read_in_the_singular(
    qtbot: QtBot, context: ServiceContext, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "id":
        request.getfixturevalue("indonesian")
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA))
    said = {(page, n): getattr(window, page).count_text(n) for page, n in EXPECTED[language]}
    assert said == EXPECTED[language]
    review = window.review
    review._total_changed(1)
    assert review.count.text() == (
        "1 visit waiting for review" if language == "en" else "1 kunjungan menunggu tinjauan"
    )
