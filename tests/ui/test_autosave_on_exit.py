"""Closing the window with a form open keeps the last keystrokes and the form's base."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.records import CooperativeDetail
from kopdes_desktop.services import autosave
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.demo_data import create_demo_data
from kopdes_desktop.ui.forms.record_editor import AUTOSAVE_DELAY_MS
from tests.ui.helpers import open_window


@pytest.fixture
def services(context: ServiceContext) -> AppServices:
    return AppServices(context)


def test_closing_the_window_autosaves_what_was_just_typed_with_its_base(
    qtbot: QtBot, services: AppServices
) -> None:
    create_demo_data(services.context, cooperatives=1)
    window = open_window(qtbot, services)
    qtbot.waitUntil(lambda: window.cooperatives.model.rowCount() == 1)
    coop_id = window.cooperatives.model.item(0).id
    window.cooperatives.open_record(coop_id)
    qtbot.waitUntil(lambda: window.cooperatives.editor is not None)
    editor = window.cooperatives.editor
    assert editor is not None
    stored = services.cooperatives.get(coop_id)
    editor.notes.setPlainText("Rapat anggota tanggal 5")
    window.close()  # well before the autosave timer would fire

    [left] = autosave.pending()
    assert isinstance(left.detail, CooperativeDetail)
    assert left.detail.cooperative.notes == "Rapat anggota tanggal 5"
    assert left.base == stored  # a restored form saves against what it started from
    # The timer was stopped: nothing is written after the close (a later write would land in
    # whatever data folder is current by then).
    autosave.discard(left.kind, left.record_id)
    qtbot.wait(2 * AUTOSAVE_DELAY_MS)
    assert autosave.pending() == []
