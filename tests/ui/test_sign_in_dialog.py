"""The sign-in dialog shows what is typed in full (found by QA at 1024x600: the server address
read "p://127.0.0.1:18765" and the hint "kopdes.example....")."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui.sign_in_dialog import SignInDialog
from kopdes_desktop.ui.tasks import TaskRunner
from tests.ui.helpers import screenshot

ADDRESSES = ["https://kopdes.kalbarprov.go.id", "http://127.0.0.1:18765"]


@pytest.mark.parametrize("address", ADDRESSES)
def test_a_whole_server_address_fits_in_its_field(
    qtbot: QtBot, context: ServiceContext, indonesian: None, address: str
) -> None:
    dialog = SignInDialog(AppServices(context), TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for field, text in (
        (dialog.server, address),
        (dialog.server, dialog.server.placeholderText()),
        (dialog.username, "demo-ba-6101-1"),
    ):
        room = field.contentsRect().width() - field.textMargins().left() - 8  # the frame's inset
        assert field.fontMetrics().horizontalAdvance(text) <= room, text
    dialog.server.setText(address)
    screenshot(qtbot, dialog, "sign-in-address")
