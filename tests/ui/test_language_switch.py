"""Choosing Bahasa Indonesia or English in Pengaturan applies at once, everywhere, without a
restart: menus, pages, list headers, the status bar, Qt's own buttons, dates; an open form keeps
what was typed, and the page, filters and chosen row stay as they were."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from kopdes_desktop.app import open_services
from kopdes_desktop.domain.enums import Role, VisitStatus
from kopdes_desktop.services import autosave
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui import i18n_build
from kopdes_desktop.ui.application import Workspace
from kopdes_desktop.ui.formatting import format_date
from kopdes_desktop.ui.i18n import current_language, install_language
from kopdes_desktop.ui.main_window import SETTINGS, VISITS, MainWindow
from kopdes_desktop.ui.visit_editor import VisitEditor
from tests.area_data import KUBU_RAYA, build_area
from tests.ui.helpers import open_new_visit, open_window, screenshot, services_as, with_cooperatives

VILLAGE = "61.12.01.2001"


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    """Tests run in English; a switch made here must not leak into the next test."""
    yield
    install_language(qapp, "en")


def choose_language(qtbot: QtBot, window: MainWindow, language: str) -> None:
    """As a user does it: Pengaturan → Bahasa → Simpan pengaturan."""
    page = window.settings_page
    page.language.setCurrentIndex(page.language.findData(language))
    page.save()
    qtbot.waitUntil(lambda: window.language == language)
    assert current_language() == language


def test_an_open_form_keeps_its_typing_while_everything_changes_language(
    qtbot: QtBot, context: ServiceContext, indonesian: None, back_to_english: None
) -> None:
    services = with_cooperatives(context, {"Koperasi Desa Merah Putih Sungai Nibung": VILLAGE})
    window, editor = open_new_visit(qtbot, services)
    assert window.navigation.item(0).text() == "Beranda"
    assert editor.cancel_button.text() == "Batal"
    editor.findings.setPlainText("Pengurus hadir lengkap; gudang belum ada.")
    editor.cooperative.setEditText("Nibung")  # typed, not picked yet: no value, text kept
    editor.tabs.setCurrentIndex(1)
    assert editor.dirty
    visit_id = editor.collect().visit.id

    choose_language(qtbot, window, "en")
    qtbot.waitUntil(lambda: window.visits.editor not in (None, editor))
    carried = window.visits.editor
    assert isinstance(carried, VisitEditor)
    qtbot.waitExposed(carried)
    assert not isValid(editor) or not editor.isVisible()  # the old form is gone
    # The typing, the tab and the unsaved state came along; the texts are English.
    assert carried.findings.toPlainText() == "Pengurus hadir lengkap; gudang belum ada."
    assert carried.cooperative.currentText() == "Nibung"
    assert carried.collect().visit.id == visit_id
    assert carried.is_new
    assert carried.dirty
    assert carried.tabs.currentIndex() == 1
    assert carried.tabs.tabText(1) == "Findings"
    assert carried.save_button.text() == "Save draft"
    assert carried.cancel_button.text() == "Cancel"  # Qt's own string
    assert window.navigation.item(0).text() == "Home"
    assert window.pages.currentWidget() is window.visits
    assert window.visits.new_button.text() == "&New visit"
    assert window.sync_status.button.text() in ("Sync now", "Sign in…")
    assert window.help_button.text() == "Help (F1)"
    assert [form.record_id for form in autosave.pending()] == [visit_id]  # one form, not two
    screenshot(qtbot, carried, "language-switch-form-en")

    window.change_language("id")
    qtbot.waitUntil(lambda: window.visits.editor not in (None, carried))
    again = window.visits.editor
    assert isinstance(again, VisitEditor)
    assert again.findings.toPlainText() == "Pengurus hadir lengkap; gudang belum ada."
    assert again.cancel_button.text() == "Batal"
    assert window.navigation.item(0).text() == "Beranda"
    qtbot.waitUntil(lambda: not window._retired)  # the old pages go once their reads answered
    again.findings.setPlainText("")
    again.cooperative.setEditText("")


# --- every text of every page, checked against the catalogue ------------------------------


def catalogue() -> list[tuple[str, str]]:
    """(English source, Indonesian) of every message the app and its Qt strings show."""
    pairs = []
    files = [i18n_build.ts_file("id"), *i18n_build.qt_ts_files()]
    for path in files:
        for message in ET.parse(path).iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if "%" not in source and translation and translation != source:
                pairs.append((source, translation))
    return pairs


def plain(text: str) -> str:
    """A text as read: no mnemonic ampersand, no trailing colon or ellipsis."""
    return re.sub(r"&(?!&)", "", text).strip().rstrip(":…").strip()


def only_in(language: str) -> set[str]:
    """Texts that belong to one language alone: a word both languages use (Status) is left
    out."""
    pairs = catalogue()
    english = {plain(source) for source, _ in pairs}
    indonesian = {plain(translation) for _, translation in pairs}
    words = indonesian - english if language == "id" else english - indonesian
    return {word for word in words if len(word) > 2}


def shown_texts(window: QWidget) -> list[str]:
    """Every text a user can read in the window as shown now."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        texts.append(widget.toolTip())
        if (isinstance(widget, QLabel) and "<" not in widget.text()) or isinstance(
            widget, QAbstractButton
        ):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(index) for index in range(widget.count()))
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(index) for index in range(widget.count()))
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QListWidget):
            texts.extend(widget.item(row).text() for row in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts.extend(
                str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for column in range(model.columnCount())
            )
    return [text for text in texts if text]


def walk_pages(qtbot: QtBot, window: MainWindow) -> dict[str, list[str]]:
    """Page title → its texts (with the navigation and the status bar around it)."""
    found = {}
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        qtbot.wait(60)
        found[window.navigation.item(row).text()] = shown_texts(window)
    return found


def foreign(found: dict[str, list[str]], words: set[str]) -> dict[str, list[str]]:
    return {
        page: sorted({text for text in texts if plain(text) in words})
        for page, texts in found.items()
        if any(plain(text) in words for text in texts)
    }


def test_every_page_shows_only_the_language_chosen(
    qtbot: QtBot, context: ServiceContext, indonesian: None, back_to_english: None
) -> None:
    build_area(context)
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    qtbot.waitUntil(lambda: window.visits.model.rowCount() > 0)
    english_only, indonesian_only = only_in("en"), only_in("id")

    at_start = walk_pages(qtbot, window)
    assert foreign(at_start, english_only) == {}
    assert foreign(at_start, indonesian_only)  # the check sees Indonesian when it is there

    window.navigation.setCurrentRow(SETTINGS)
    choose_language(qtbot, window, "en")
    assert window.pages.currentWidget() is window.settings_page  # still where the user was
    assert window.settings_page.notice.text() == "Settings saved."
    assert window.settings_page.save_button.hasFocus()
    english = walk_pages(qtbot, window)
    assert foreign(english, indonesian_only) == {}
    assert foreign(english, english_only)
    titles = {title.split(" (")[0] for title in english}  # "Review (3)": with its count
    assert titles >= {"Home", "Cooperatives", "Visits", "Review", "Settings"}
    screenshot(qtbot, window, "language-switch-window-en")

    choose_language(qtbot, window, "id")
    assert foreign(walk_pages(qtbot, window), english_only) == {}


def test_lists_keep_their_filters_and_row_and_show_dates_in_the_new_language(
    qtbot: QtBot, context: ServiceContext, indonesian: None, back_to_english: None
) -> None:
    build_area(context)
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    window.navigation.setCurrentRow(VISITS)
    visits = window.visits
    visits.status.setCurrentIndex(visits.status.findData(VisitStatus.SUBMITTED))
    qtbot.waitUntil(lambda: visits.model.rowCount() > 1)
    visits.table.selectRow(1)
    chosen = visits.selected_id()
    item = visits.model.item(1)
    assert item.visit_date is not None
    assert visits.model.data(visits.model.index(1, 1)) == format_date(item.visit_date, "id")

    window.change_language("en")
    visits = window.visits
    qtbot.waitUntil(lambda: visits.selected_id() == chosen)
    assert window.pages.currentWidget() is visits
    assert visits.status.currentData() == VisitStatus.SUBMITTED
    assert visits.status.currentText() == "Submitted"
    assert visits.model.criteria.status == VisitStatus.SUBMITTED
    row = visits.model.row_of(chosen)
    assert row is not None
    assert visits.model.data(visits.model.index(row, 1)) == format_date(item.visit_date, "en")
    assert visits.model.headerData(1, Qt.Orientation.Horizontal) == "Date"


def test_a_chosen_status_sector_or_priority_filters_the_list(
    qtbot: QtBot, context: ServiceContext
) -> None:
    # Qt hands a StrEnum item's data back as a plain str; the lists once failed on it ("The
    # list could not be read") and listed nothing. Carried filters rely on these choices.
    build_area(context)
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    pages_and_choices = [
        (window.cooperatives, window.cooperatives.status),
        (window.visits, window.visits.status),
        (window.opportunities, window.opportunities.sector),
        (window.opportunities, window.opportunities.status),
        (window.opportunities, window.opportunities.priority),
    ]
    for page, choice in pages_and_choices:
        with qtbot.waitSignal(page.model.total_changed, timeout=10_000):
            choice.setCurrentIndex(1)
        assert not page.error.isVisibleTo(window), page.error.text()
        choice.setCurrentIndex(0)
    visits = window.visits
    with qtbot.waitSignal(visits.model.total_changed, timeout=10_000):
        visits.status.setCurrentIndex(visits.status.findData(VisitStatus.SUBMITTED))
    statuses = {visits.model.item(row).status for row in range(visits.model.rowCount())}
    assert statuses == {VisitStatus.SUBMITTED}


def test_the_next_window_and_the_dialogs_opened_afterwards_use_the_new_language(
    qtbot: QtBot, indonesian: None, back_to_english: None
) -> None:
    workspace = Workspace(open_services, "id", daily_backups=False)
    # No qtbot.addWidget: the workspace closes and deletes each window as it switches.
    window = workspace.open(sample=False)
    qtbot.waitUntil(lambda: not window.cooperatives.demo_button.isHidden())
    window.navigation.setCurrentRow(SETTINGS)
    choose_language(qtbot, window, "en")
    window.show_help()
    assert window.help_dialog.windowTitle() == "Help"
    assert window.help_dialog.topic.currentData() == "settings"
    assert window.help_dialog.guide.toPlainText().startswith("Settings")
    window.help_dialog.reject()

    # The sample data opens in a window of its own: in the language chosen, not the first one.
    with qtbot.waitSignal(workspace.switched, timeout=20_000):
        window.cooperatives.demo_button.click()
    sample = workspace.window
    assert sample is not None
    assert sample.language == "en"
    assert sample.windowTitle() == "Kopdes Desktop — sample data"
    assert sample.navigation.item(0).text() == "Home"
    sample.close()
    sample.services.context.database.dispose()


def dialog_texts(qtbot: QtBot, dialog: QWidget) -> list[str]:
    """Every text of a form or dialog, each of its tabs shown in turn."""
    qtbot.waitExposed(dialog)
    texts = shown_texts(dialog)
    tabs = getattr(dialog, "tabs", None)
    for index in range(tabs.count() if tabs is not None else 0):
        tabs.setCurrentIndex(index)  # type: ignore[union-attr]
        qtbot.wait(30)
        texts += shown_texts(dialog)
    return texts


@pytest.mark.parametrize("target", ["en", "id"])
def test_forms_and_dialogs_opened_after_a_change_show_only_the_new_language(
    qtbot: QtBot, context: ServiceContext, indonesian: None, back_to_english: None, target: str
) -> None:
    build_area(context)
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    window.change_language("en")
    window.change_language(target)  # to English, or there and back to Indonesian
    other = "id" if target == "en" else "en"
    found: dict[str, list[str]] = {}
    for name, page in window._list_pages().items():
        page.new_record()
        qtbot.waitUntil(lambda page=page: page.editor is not None)  # type: ignore[misc]
        editor = page.editor
        found[name] = dialog_texts(qtbot, editor)
        editor.done(0)
    window.sign_in()
    found["sign in"] = dialog_texts(qtbot, window.sign_in_dialog)
    window.sign_in_dialog.done(0)
    window.settings_page.show_about()
    found["about"] = dialog_texts(qtbot, window.settings_page.about)
    window.settings_page.about.done(0)
    window.show_help()
    found["help"] = dialog_texts(qtbot, window.help_dialog)
    window.help_dialog.done(0)
    assert foreign(found, only_in(other)) == {}
    assert set(foreign(found, only_in(target))) == set(found)  # each one read, in its language
