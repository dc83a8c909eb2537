"""A PMO creates cooperative profiles through the form, and edits them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import OfficerRole, Role
from kopdes_desktop.domain.listing import CooperativeFilter
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.demo_data import create_demo_data
from kopdes_desktop.ui.cooperative_editor import CooperativeEditor
from kopdes_desktop.ui.forms.inputs import EnumCombo
from kopdes_desktop.ui.main_window import MainWindow
from tests.roles import as_role
from tests.ui.helpers import open_window, screenshot

VILLAGE = "61.12.01.2001"


@pytest.fixture
def services(context: ServiceContext) -> AppServices:
    return AppServices(as_role(context, Role.PMO, "61.12"))  # Kubu Raya, where VILLAGE is


def new_editor(qtbot: QtBot, services: AppServices) -> tuple[MainWindow, CooperativeEditor]:
    # The window is returned too: it owns the editor, and Qt deletes children with parents.
    window = open_window(qtbot, services)
    window.cooperatives.new_record()
    editor = window.cooperatives.editor
    assert editor is not None
    return window, editor


def sample_cooperative_editor(
    qtbot: QtBot, services: AppServices
) -> tuple[MainWindow, CooperativeEditor]:
    """The form of a sample cooperative, opened from the list."""
    create_demo_data(services.context, cooperatives=1)
    window = open_window(qtbot, services)
    model = window.cooperatives.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    window.cooperatives.open_record(model.item(0).id)
    qtbot.waitUntil(lambda: window.cooperatives.editor is not None)
    editor = window.cooperatives.editor
    assert editor is not None
    return window, editor


def test_bad_nib_is_explained_beside_the_field_and_nothing_is_lost(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    _window, editor = new_editor(qtbot, services)
    qtbot.keyClicks(editor.name, "KDKMP Sungai Rengas")
    editor.region.set_value(VILLAGE)
    qtbot.keyClicks(editor.nib, "12345")
    qtbot.mouseClick(editor.save_button, _left())
    qtbot.waitUntil(lambda: editor.errors.message("nib") != "")
    assert editor.errors.message("nib") == "NIB terdiri dari 13 digit."
    assert "perbaiki 1 masalah" in editor.summary.text()
    assert editor.tabs.currentIndex() == 1  # the legal-documents tab was brought forward
    assert editor.name.text() == "KDKMP Sungai Rengas"  # what was typed is still there
    assert services.cooperatives.list(CooperativeFilter()).total == 0
    screenshot(qtbot, editor, "cooperative-editor-bad-nib")

    editor.nib.setText("1234567890123")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, _left())
    page = services.cooperatives.list(CooperativeFilter())
    assert [item.name for item in page.items] == ["KDKMP Sungai Rengas"]
    assert page.items[0].village_code == VILLAGE


def test_officers_are_added_in_place_and_saved_with_the_profile(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    window, editor = sample_cooperative_editor(qtbot, services)
    model = window.cooperatives.model
    before = len(editor.officers.rows())
    row = editor.officers.add_row()
    qtbot.keyClicks(editor.officers.cell(row, 1), "Yuliana")
    role = editor.officers.cell(row, 2)
    assert isinstance(role, EnumCombo)
    role.set_value(OfficerRole.SECRETARY)
    screenshot(qtbot, editor, "cooperative-editor-officers")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    saved = services.cooperatives.get(model.item(0).id)
    assert len(saved.officers) == before + 1
    assert saved.officers[-1].name == "Yuliana"
    assert saved.officers[-1].role is OfficerRole.SECRETARY

    # The profile's history now starts with that change, made on this laptop.
    window.cooperatives.open_record(model.item(0).id)
    qtbot.waitUntil(lambda: window.cooperatives.editor is not editor)
    reopened = window.cooperatives.editor
    assert reopened is not None
    qtbot.waitUntil(lambda: reopened.history.count() > 0)
    newest = reopened.history.item(0).text()
    assert "di laptop ini · Pengurus/pengawas" in newest
    assert "nama: Yuliana" in newest
    assert "jabatan: Sekretaris" in newest  # the value as the form shows it, not its code
    assert "organ: Pengurus" in newest


def test_money_is_read_with_thousands_dots(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    _window, editor = new_editor(qtbot, services)
    editor.name.setText("KDKMP Kuala Mandor")
    editor.region.set_value(VILLAGE)
    qtbot.keyClicks(editor.simpanan_pokok, "1.250.000")
    editor.simpanan_pokok.editingFinished.emit()
    assert editor.simpanan_pokok.text() == "1.250.000"
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    [item] = services.cooperatives.list(CooperativeFilter()).items
    assert services.cooperatives.get(item.id).cooperative.simpanan_pokok == 1_250_000


def test_closing_with_unsaved_changes_asks_first(
    qtbot: QtBot, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    _window, editor = new_editor(qtbot, services)
    editor.name.setText("KDKMP Teluk Pakedai")
    asked: list[str] = []

    def answer_cancel(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append("asked")
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer_cancel)
    editor.reject()
    assert asked == ["asked"]
    assert editor.isVisible()  # the user said cancel: the form stays, with the name typed


def _left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


@pytest.mark.parametrize("existing", [False, True])
def test_open_that_cooperative_instead_is_offered_only_for_a_taken_village(
    qtbot: QtBot, services: AppServices, existing: bool
) -> None:
    # Found by QA: every form showed "Buka koperasi itu saja" beside Simpan, with no village
    # clash, because the button box shows every button it lays out.
    opened = sample_cooperative_editor if existing else new_editor
    _window, editor = opened(qtbot, services)
    qtbot.waitUntil(editor.isVisible)
    qtbot.wait(50)
    assert not editor.open_existing_button.isVisible()
