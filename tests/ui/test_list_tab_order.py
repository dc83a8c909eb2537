"""Tab on a list page goes the way the page reads: search, the filters, New, then the list
(found by QA: Tab went from the navigation to the table, then to the filters, and from the last
filter to the status bar, so Ctrl+F, Tab, Tab… never reached the list)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui.record_list_page import RecordListPage
from tests.area_data import KUBU_RAYA, build_area
from tests.ui.helpers import open_window, services_as
from tests.ui.test_keyboard import focused, press

PAGES = ["cooperatives", "visits", "opportunities"]


def same_stop(stop: QWidget, widget: QWidget) -> bool:
    return stop is widget or widget.isAncestorOf(stop)


@pytest.mark.parametrize("role", [Role.BA, Role.PMO], ids=["ba", "pmo"])
@pytest.mark.parametrize("page_name", PAGES)
def test_tab_walks_search_filters_new_then_the_list(
    qtbot: QtBot, context: ServiceContext, role: Role, page_name: str
) -> None:
    build_area(context)
    window = open_window(qtbot, services_as(context, role, KUBU_RAYA, user="ba-1"))
    window.activateWindow()
    page = getattr(window, page_name)
    assert isinstance(page, RecordListPage)
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    expected: list[QWidget] = [
        field for field in page._filter_fields if field.isEnabled() and field.isVisible()
    ]
    if page.new_button.isVisible():
        expected.append(page.new_button)
    expected.append(page.table)
    page.search.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.search.hasFocus)
    walked: list[QWidget] = [page.search]
    for want in expected[1:]:
        press(qtbot, Qt.Key.Key_Tab)
        now = focused()
        assert same_stop(now, want), (
            f"after {[type(w).__name__ for w in walked]} Tab went to {type(now).__name__} "
            f"{getattr(now, 'text', lambda: '')()!r}, not {type(want).__name__}"
        )
        walked.append(want)
