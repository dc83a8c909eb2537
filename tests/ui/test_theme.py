"""The look: one palette per theme, readable (WCAG AA), chosen in Pengaturan, applied at once and
kept for the next start; the navigation shows an icon per page and which page is open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kopdes_desktop import settings
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui import theme
from kopdes_desktop.ui.main_window import COOPERATIVES, SETTINGS
from tests.ui.helpers import open_window, screenshot

WCAG_AA_TEXT = 4.5


@pytest.fixture
def back_to_light(qapp: QApplication) -> Iterator[None]:
    """Other tests expect the default look: whatever a test switches to, light comes back."""
    yield
    theme.apply(theme.LIGHT, qapp)


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # WebAIM's checker: #767676 on white is the lightest grey that passes AA (4.54:1).
    assert theme.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert theme.contrast_ratio("#777777", "#ffffff") < WCAG_AA_TEXT


@pytest.mark.parametrize("name", theme.THEMES)
def test_every_text_on_its_background_meets_wcag_aa(name: str) -> None:
    palette = theme.PALETTES[name]
    too_faint = [
        f"{what}: {text} on {background} is {theme.contrast_ratio(text, background):.2f}:1"
        for what, text, background in theme.text_pairs(palette)
        if theme.contrast_ratio(text, background) < WCAG_AA_TEXT
    ]
    assert too_faint == []


@pytest.mark.parametrize("name", theme.THEMES)
def test_the_accent_is_red_and_the_pages_are_light_or_dark(name: str) -> None:
    palette = theme.PALETTES[name]
    accent = QColor(palette.accent)
    assert accent.hue() in range(345, 360) or accent.hue() in range(10)  # Merah Putih red
    assert accent.saturation() > 150
    page_lightness = QColor(palette.window).lightness()
    assert page_lightness > 230 if name == theme.LIGHT else page_lightness < 40


def test_a_new_laptop_opens_light_with_an_icon_for_every_page(
    qtbot: QtBot, context: ServiceContext, qapp: QApplication
) -> None:
    window = open_window(qtbot, AppServices(context))
    assert theme.current_name() == theme.LIGHT
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(theme.PALETTES["light"].window)
    for row in range(window.navigation.count()):
        assert not window.navigation.item(row).icon().isNull(), row
    window.navigation.setCurrentRow(COOPERATIVES)
    assert window.pages.currentIndex() == COOPERATIVES
    selected = window.navigation.selectedItems()
    assert [window.navigation.row(item) for item in selected] == [COOPERATIVES]
    assert window.cooperatives.title.text() == "Cooperatives"


@pytest.mark.usefixtures("back_to_light")
def test_dark_chosen_in_settings_applies_at_once_and_is_kept_for_the_next_start(
    qtbot: QtBot, context: ServiceContext, qapp: QApplication
) -> None:
    window = open_window(qtbot, AppServices(context))
    window.navigation.setCurrentRow(SETTINGS)
    page = window.settings_page
    page.server_url.setText("https://typed-but-not-saved.example")  # Save was not pressed

    page.appearance.setCurrentIndex(page.appearance.findData(theme.DARK))

    dark = theme.PALETTES[theme.DARK]
    assert theme.current_name() == theme.DARK
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(dark.window)
    assert window.navigation.palette().color(QPalette.ColorRole.Base) == QColor(dark.nav)
    screenshot(qtbot, window, "theme-dark-settings")
    stored = settings.load()
    assert stored.theme == theme.DARK  # kept without pressing Save ...
    assert stored.server_url == ""  # ... and only the look: the typed address waits for Save
    window.close()

    theme.apply(theme.LIGHT, qapp)  # as a fresh start would be, before the settings are read
    again = open_window(qtbot, AppServices(context))
    assert theme.current_name() == theme.DARK
    assert again.settings_page.appearance.currentData() == theme.DARK

    again.settings_page.appearance.setCurrentIndex(
        again.settings_page.appearance.findData(theme.LIGHT)
    )
    assert theme.current_name() == theme.LIGHT
    assert settings.load().theme == theme.LIGHT


def test_an_unknown_theme_in_a_hand_edited_file_falls_back_to_light() -> None:
    assert settings.from_dict({"version": 2, "theme": "neon"}).theme == theme.LIGHT
    assert settings.from_dict({"version": 2, "theme": "dark"}).theme == theme.DARK


@pytest.mark.usefixtures("back_to_light")
def test_tones_follow_the_theme(qtbot: QtBot, qapp: QApplication) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel("Gagal")
    qtbot.addWidget(label)
    theme.apply(theme.LIGHT, qapp)
    theme.set_tone(label, theme.ERROR)
    label.show()
    light_red = label.palette().color(QPalette.ColorRole.WindowText)
    assert light_red == QColor(theme.PALETTES[theme.LIGHT].error)
    theme.apply(theme.DARK, qapp)
    qtbot.waitUntil(
        lambda: (
            label.palette().color(QPalette.ColorRole.WindowText)
            == QColor(theme.PALETTES[theme.DARK].error)
        )
    )
    theme.set_tone(label, None)
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(
        theme.PALETTES[theme.DARK].text
    )
