"""Small things that cost real work (issue 12 §6): Enter in a field never saves a form, Ctrl+S
does; a fading confirmation after saving says what happened and what comes next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.listing import VisitFilter
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from tests.ui.helpers import open_new_visit, with_cooperatives


@pytest.fixture
def services(context: ServiceContext) -> AppServices:
    return with_cooperatives(
        context, {"KDKMP Rasau Jaya": "61.12.03.2001", "KDKMP Sungai Kakap": "61.12.01.2001"}
    )


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_in_a_field_or_picker_neither_saves_nor_closes_the_form(
    qtbot: QtBot, services: AppServices, indonesian: None, key: Qt.Key
) -> None:
    _window, editor = open_new_visit(qtbot, services)
    editor.cooperative.setCurrentIndex(1)
    for widget in (editor.start_time, editor.travel_mode, editor.people_count, editor.cooperative):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        qtbot.keyClick(focused(), key)
        qtbot.wait(100)  # a save would be under way by now
        assert editor.isVisible(), type(widget).__name__
        assert services.visits.list(VisitFilter()).total == 0, type(widget).__name__
    assert editor.dirty  # what was chosen is still there, unsaved


def test_ctrl_s_saves_the_form(qtbot: QtBot, services: AppServices, indonesian: None) -> None:
    _window, editor = open_new_visit(qtbot, services)
    editor.cooperative.setCurrentIndex(1)
    editor.start_time.setFocus()
    qtbot.waitUntil(editor.start_time.hasFocus)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.visits.list(VisitFilter()).total == 1
