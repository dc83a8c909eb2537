"""The proof of the look: every page, form tab and dialog in both themes, both languages and on
both screens, saved as test-artifacts/look-<theme>-<language>-<screen>-<what>.png to look at, and
each checked to fit as tests/ui/test_fit_to_screen.py checks the default look.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q tests/ui/test_look_gallery.py
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from kopdes_desktop import settings
from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Photo
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui import theme
from kopdes_desktop.ui.forms.clash_dialog import ClashDialog
from kopdes_desktop.ui.forms.photo_viewer import PhotoViewer
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.recovery_dialog import RecoveryDialog
from kopdes_desktop.ui.visit_editor import VisitEditor
from tests.area_data import KUBU_RAYA, Area, build_area
from tests.ui.helpers import damage_report, screenshot, services_as, three_clashes
from tests.ui.screens import SIZES, open_window_on, problems, screen_named
from tests.ui.test_pages import PAGE_NAMES

LANGUAGES = ("id", "en")


@pytest.fixture
def area(context: ServiceContext) -> Area:
    return build_area(context)


@pytest.fixture(params=theme.THEMES)
def chosen_theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The theme as a user would have chosen it: kept in the settings the window reads."""
    settings.save(settings.Settings(theme=request.param))
    yield request.param
    theme.apply(theme.LIGHT, qapp)


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    if request.param == "id":
        request.getfixturevalue("indonesian")
    return str(request.param)


class Gallery:
    def __init__(self, qtbot: QtBot, prefix: str) -> None:
        self.qtbot = qtbot
        self.prefix = prefix
        self.unfit: dict[str, list[str]] = {}

    def shoot(self, widget: QWidget, what: str) -> Path:
        self.qtbot.wait(60)  # layouts and queued reads catch up
        shot = screenshot(self.qtbot, widget, f"{self.prefix}-{what}")
        found = problems(widget)
        if found:
            self.unfit[what] = found
        return shot

    def dialog(self, dialog: QDialog, what: str) -> None:
        self.qtbot.waitExposed(dialog)
        self.shoot(dialog, what)
        dialog.reject()


def _pages(gallery: Gallery, window: MainWindow) -> None:
    for row, name in enumerate(PAGE_NAMES):
        if window.navigation.item(row).isHidden():
            continue
        window.navigation.setCurrentRow(row)
        gallery.shoot(window, f"page-{name}")
        if window.pages.currentWidget() is window.review:
            gallery.qtbot.waitUntil(lambda: window.review.model.rowCount() > 0)
            window.review.table.selectRow(0)
            gallery.shoot(window, f"page-{name}-chosen")


def _forms(gallery: Gallery, window: MainWindow, area: Area) -> None:
    qtbot = gallery.qtbot
    window.cooperatives.open_record(area.cooperatives["Mekar Jaya"])
    qtbot.waitUntil(lambda: window.cooperatives.editor is not None)
    window.visits.new_record()
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    window.opportunities.new_record()
    qtbot.waitUntil(lambda: window.opportunities.editor is not None)
    for name, editor in (
        ("cooperative", window.cooperatives.editor),
        ("visit", window.visits.editor),
        ("opportunity", window.opportunities.editor),
    ):
        assert editor is not None
        qtbot.waitExposed(editor)
        for tab in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(tab)
            gallery.shoot(editor, f"form-{name}-tab{tab}")
        if isinstance(editor, VisitEditor):
            _refused_submit(gallery, editor)
        editor._dirty = False
        editor.close()


def _refused_submit(gallery: Gallery, visit: VisitEditor) -> None:
    """A message under every missing field, and Submit still in view."""
    visit.submit()
    gallery.qtbot.waitUntil(lambda: visit.errors.message("findings") != "")
    visit.tabs.setCurrentIndex(0)
    gallery.shoot(visit, "form-visit-refused")


def _dialogs(gallery: Gallery, window: MainWindow, size: str, language: str) -> None:
    window.sign_in()
    gallery.dialog(window.sign_in_dialog, "dialog-sign-in")
    window.show_help()
    gallery.dialog(window.help_dialog, "dialog-help")
    window.settings_page.show_about()
    gallery.dialog(window.settings_page.about, "dialog-about")
    window.hand_over_by_usb()
    gallery.qtbot.waitUntil(lambda: window.handover is not None)
    assert window.handover is not None
    gallery.dialog(window.handover, "dialog-handover")
    photo = Photo(id=new_id(), parent_id=new_id(), sha256="0" * 64, caption="Gudang gerai")
    viewer = PhotoViewer(window.tasks, None, photo, parent=window)
    viewer.show()
    gallery.dialog(viewer, "dialog-photo")
    clash_dialog = ClashDialog(three_clashes(), parent=window)
    clash_dialog.show()
    gallery.dialog(clash_dialog, "dialog-clashes")
    recovery = RecoveryDialog(damage_report(Path("kopdes.sqlite"), 12, fully_read=True), language)
    gallery.qtbot.addWidget(recovery)
    recovery.move(screen_named(size).availableGeometry().topLeft())
    recovery.show()
    gallery.dialog(recovery, "dialog-recovery")


@pytest.mark.parametrize("size", SIZES)
def test_every_page_form_and_dialog_in_each_theme_language_and_screen(
    qtbot: QtBot,
    context: ServiceContext,
    area: Area,
    chosen_theme: str,
    *,
    language: str,
    size: str,
) -> None:
    services: AppServices = services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1")
    window = open_window_on(qtbot, services, size)
    assert theme.current_name() == chosen_theme
    gallery = Gallery(qtbot, f"look-{chosen_theme}-{language}-{size}")
    _pages(gallery, window)
    _forms(gallery, window, area)
    _dialogs(gallery, window, size, language)
    assert gallery.unfit == {}
