"""Pengaturan's "Pengaturan disimpan." is true only right after a save that worked (QA: it stayed
forever, also after the user changed a field again, and then it lied)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdes_desktop import paths, settings
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui.main_window import SETTINGS
from kopdes_desktop.ui.settings_page import SettingsPage
from tests.ui.helpers import open_window

SAVED = "Pengaturan disimpan."


def settings_shown(qtbot: QtBot, context: ServiceContext) -> SettingsPage:
    window = open_window(qtbot, AppServices(context))
    window.navigation.setCurrentRow(SETTINGS)
    page = window.settings_page
    qtbot.waitUntil(page.save_button.isVisible)
    return page


def save_by_click(qtbot: QtBot, page: SettingsPage) -> None:
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)


@pytest.mark.usefixtures("indonesian")
def test_saved_goes_when_a_field_changes_again(qtbot: QtBot, context: ServiceContext) -> None:
    page = settings_shown(qtbot, context)
    page.sync_interval.setValue(45)
    save_by_click(qtbot, page)
    assert page.notice.text() == SAVED
    assert settings.load().sync_interval_minutes == 45

    page.sync_interval.setFocus()
    qtbot.keyClick(page.sync_interval, Qt.Key.Key_Up)  # now 46, not saved: "saved" would lie
    assert page.sync_interval.value() == 46
    assert page.notice.text() == ""

    save_by_click(qtbot, page)
    assert page.notice.text() == SAVED
    qtbot.keyClicks(page.server_url, "https://kopdes.example.go.id")
    assert page.notice.text() == ""

    save_by_click(qtbot, page)
    qtbot.mouseClick(page.allow_insecure_http, Qt.MouseButton.LeftButton)
    assert page.notice.text() == ""


@pytest.mark.usefixtures("indonesian")
def test_saved_fades_by_itself(qtbot: QtBot, context: ServiceContext) -> None:
    page = settings_shown(qtbot, context)
    page.saved_timer.setInterval(200)  # the same timer, shorter than a reader's 8 seconds
    save_by_click(qtbot, page)
    assert page.notice.text() == SAVED
    qtbot.waitUntil(lambda: page.notice.text() == "", timeout=5000)


@pytest.mark.usefixtures("indonesian")
def test_a_failed_save_never_says_saved(qtbot: QtBot, context: ServiceContext) -> None:
    page = settings_shown(qtbot, context)
    save_by_click(qtbot, page)
    assert page.notice.text() == SAVED
    # A real failure: the file the settings are written through first cannot be a file.
    paths.settings_file().with_suffix(".tmp").mkdir(parents=True)
    page.sync_interval.setValue(50)
    save_by_click(qtbot, page)
    assert page.notice.text().startswith("Pengaturan tidak dapat disimpan: ")
    assert SAVED not in page.notice.text()
    assert page.sync_interval.value() == 50  # what the user typed stays to try again
    assert settings.load().sync_interval_minutes != 50
