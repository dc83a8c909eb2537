"""The Lintang/Bujur inputs of the visit and cooperative forms: the grey hint reads as an
example ("mis. -0,0263"), never as a value already filled in, and it is not one."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui.forms.inputs import CoordinateEdit
from tests.roles import as_role
from tests.ui.helpers import open_new_visit, open_window, with_cooperatives


def assert_hints(latitude: CoordinateEdit, longitude: CoordinateEdit) -> None:
    assert latitude.placeholderText() == "mis. -0,0263"
    assert longitude.placeholderText() == "mis. 109,3425"
    assert "minus" in latitude.toolTip()
    assert "Kalimantan Barat" in longitude.toolTip()
    assert (latitude.text(), longitude.text()) == ("", "")
    assert latitude.value() is None  # the hint is not a value
    assert longitude.value() is None
    latitude.setText("-0,0263")  # what the hint shows, typed, is read as the example says
    longitude.setText("109.3425")
    assert (latitude.value(), longitude.value()) == (-0.0263, 109.3425)


def test_visit_form_coordinates_hint_with_an_example(
    qtbot: QtBot, context: ServiceContext, indonesian: None
) -> None:
    services = with_cooperatives(context, {"KDKMP Rasau Jaya": "61.12.03.2001"})
    _window, editor = open_new_visit(qtbot, services)
    assert_hints(editor.latitude, editor.longitude)


@pytest.mark.usefixtures("indonesian")
def test_cooperative_form_coordinates_hint_with_an_example(
    qtbot: QtBot, context: ServiceContext
) -> None:
    window = open_window(qtbot, AppServices(as_role(context, Role.PMO, "61.12")))
    window.cooperatives.new_record()
    editor = window.cooperatives.editor
    assert editor is not None
    assert_hints(editor.latitude, editor.longitude)
