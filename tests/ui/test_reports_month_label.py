"""Laporan: the month's label is a label, not "&Month:" (found by QA), and its Alt letter
reaches the month."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.services.context import ServiceContext
from tests.area_data import KUBU_RAYA
from tests.ui.helpers import open_window, services_as
from tests.ui.test_keyboard import focused, press


@pytest.mark.parametrize(("language", "letter"), [("en", Qt.Key.Key_M), ("id", Qt.Key.Key_B)])
def test_the_month_label_names_the_month_and_alt_reaches_it(
    qtbot: QtBot,
    context: ServiceContext,
    request: pytest.FixtureRequest,
    language: str,
    letter: Qt.Key,
) -> None:
    if language == "id":
        request.getfixturevalue("indonesian")
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA))
    window.activateWindow()
    page = window.reports
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    qtbot.waitUntil(page.kind.isVisible)
    labels = [label for label in page.findChildren(QLabel) if label.buddy() is page.month]
    assert [label.text() for label in labels] == ["&Month:" if language == "en" else "&Bulan:"]
    page.kind.setFocus()
    qtbot.waitUntil(page.kind.hasFocus)
    press(qtbot, letter, Qt.KeyboardModifier.AltModifier)
    assert focused() is page.month
