"""F1 opens a short guide to the screen in front, in the language shown; every screen has one in
both languages; the keyboard shortcuts stay one tab away; the guides ship with the app."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kopdes_desktop import paths
from kopdes_desktop.domain.enums import Role
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui import help_dialog
from kopdes_desktop.ui.cooperative_editor import CooperativeEditor
from kopdes_desktop.ui.cooperative_list_page import CooperativeListPage
from kopdes_desktop.ui.help_dialog import HelpDialog
from kopdes_desktop.ui.i18n import install_language
from kopdes_desktop.ui.main_window import COOPERATIVES, MainWindow
from kopdes_desktop.ui.opportunity_editor import OpportunityEditor
from kopdes_desktop.ui.opportunity_list_page import OpportunityListPage
from kopdes_desktop.ui.sign_in_dialog import SignInDialog
from kopdes_desktop.ui.visit_editor import VisitEditor
from kopdes_desktop.ui.visit_list_page import VisitListPage
from tests.area_data import KUBU_RAYA, build_area
from tests.ui.helpers import open_window, screenshot, services_as

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("id", "en")
STEP = re.compile(r"^\d+\. ", re.MULTILINE)


def first_line(topic: str, language: str) -> str:
    """The guide's title as the browser shows it (Markdown "# " dropped)."""
    return help_dialog.guide_text(topic, language).splitlines()[0].lstrip("# ").strip()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_has_a_short_guide_in_both_languages(language: str) -> None:
    for topic in help_dialog.topics():
        path = help_dialog.guide_file(topic, language)
        assert path.is_file(), f"no {language} guide for {topic}"
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# "), f"{path}: starts with its title"
        steps = STEP.findall(text)
        assert 3 <= len(steps) <= 6, f"{path}: {len(steps)} steps; a guide gives 3 to 6"
        words = len(text.split())
        assert words <= 320, f"{path}: {words} words; keep a guide short"
        for heading in ("## ",):
            assert heading in text, f"{path}: the buttons and sync sections have headings"
    shipped = {path.stem for path in (paths.help_dir() / language).glob("*.md")}
    assert shipped == set(help_dialog.topics()), "a guide with no screen, or a screen without"


def test_the_two_languages_are_not_the_same_text() -> None:
    for topic in help_dialog.topics():
        indonesian = help_dialog.guide_text(topic, "id")
        english = help_dialog.guide_text(topic, "en")
        assert indonesian != english
        # Indonesian guides speak to the BA in Indonesian, English ones in English.
        assert re.search(r"\b(dan|yang|untuk)\b", indonesian), topic
        assert not re.search(r"\b(yang|untuk)\b", english), topic
        assert re.search(r"\b(the|and)\b", english), topic


def test_a_missing_guide_says_so_rather_than_a_blank_page(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(paths.RESOURCES_DIR_ENV, str(tmp_path))
    assert "no guide" in help_dialog.guide_text("visits", "en")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


def pmo_window(qtbot: QtBot, context: ServiceContext) -> MainWindow:
    """A PMO sees every page, Tinjauan included."""
    build_area(context)
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press_f1(qtbot: QtBot, window: MainWindow, over: QWidget) -> HelpDialog:
    focus = QApplication.focusWidget() or over
    qtbot.keyClick(focus, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "help_dialog", None) is not None)
    dialog = window.help_dialog
    qtbot.waitExposed(dialog)
    return dialog


def assert_guide(dialog: HelpDialog, topic: str, language: str) -> None:
    assert dialog.topic.currentData() == topic
    assert dialog.tabs.currentWidget() is dialog.guide
    shown = dialog.guide.toPlainText()
    assert shown.startswith(first_line(topic, language)), shown[:80]
    assert dialog.windowTitle() == ("Bantuan" if language == "id" else "Help")


def test_f1_on_each_page_opens_its_guide_in_the_language_shown(
    qtbot: QtBot, context: ServiceContext, language: str
) -> None:
    window = pmo_window(qtbot, context)
    seen = []
    for row in range(window.navigation.count()):
        assert not window.navigation.item(row).isHidden()
        window.navigation.setCurrentRow(row)
        window.activateWindow()
        window.navigation.setFocus()
        qtbot.waitUntil(window.navigation.hasFocus)
        page = window.pages.currentWidget()
        dialog = press_f1(qtbot, window, window.navigation)
        assert_guide(dialog, page.help_topic, language)  # type: ignore[attr-defined]
        seen.append(page.help_topic)  # type: ignore[attr-defined]
        if row == COOPERATIVES:
            screenshot(qtbot, dialog, f"help-guide-cooperatives-{language}")
        dialog.reject()
        window.help_dialog = None  # type: ignore[assignment]
    assert len(set(seen)) == window.navigation.count()  # each page its own guide


def test_f1_in_a_form_or_the_sign_in_opens_that_screens_guide(
    qtbot: QtBot, context: ServiceContext, language: str
) -> None:
    window = pmo_window(qtbot, context)

    def opened(page: CooperativeListPage | VisitListPage | OpportunityListPage) -> QWidget:
        page.new_record()
        qtbot.waitUntil(lambda: page.editor is not None)
        assert page.editor is not None
        return page.editor

    def sign_in() -> QWidget:
        window.sign_in()
        return window.sign_in_dialog

    screens: list[tuple[Callable[[], QWidget], type[QWidget], str]] = [
        (lambda: opened(window.cooperatives), CooperativeEditor, "cooperative_form"),
        (lambda: opened(window.visits), VisitEditor, "visit_form"),
        (lambda: opened(window.opportunities), OpportunityEditor, "opportunities"),
        (sign_in, SignInDialog, "sign_in"),
    ]
    for open_screen, kind, topic in screens:  # one at a time, as a user meets them
        screen = open_screen()
        assert isinstance(screen, kind)
        qtbot.waitExposed(screen)
        screen.activateWindow()
        qtbot.waitUntil(lambda s=screen: QApplication.activeWindow() is s)  # type: ignore[misc]
        dialog = press_f1(qtbot, window, screen)
        assert_guide(dialog, topic, language)
        assert dialog.parentWidget() is screen  # in front of the form, not behind it
        if topic == "visit_form":
            screenshot(qtbot, dialog, f"help-guide-visit-form-{language}")
        dialog.reject()
        window.help_dialog = None  # type: ignore[assignment]
        screen.done(0)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda s=screen: not s.isVisible())  # type: ignore[misc]


def test_any_guide_and_the_shortcuts_are_one_step_away(
    qtbot: QtBot, context: ServiceContext, indonesian: None
) -> None:
    window = open_window(qtbot, services_as(context, Role.BA, KUBU_RAYA))
    window.navigation.setCurrentRow(COOPERATIVES)
    window.show_help()
    dialog = window.help_dialog
    qtbot.waitExposed(dialog)
    dialog.topic.setCurrentIndex(dialog.topic.findData("map"))
    assert dialog.guide.toPlainText().startswith(first_line("map", "id"))
    dialog.tabs.setCurrentIndex(1)
    assert dialog.tabs.tabText(1) == "Pintasan keyboard"
    assert "Ctrl+S" in dialog.text.toPlainText()
    dialog.reject()


def test_the_guides_are_in_the_package() -> None:
    spec = (ROOT / "packaging" / "kopdes-desktop.spec").read_text(encoding="utf-8")
    assert '(str(RESOURCES / "help"), "resources/help")' in spec
