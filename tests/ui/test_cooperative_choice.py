"""Picking the cooperative of a visit: typing filters by cooperative and village name, and only
an explicit pick chooses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.listing import CooperativeOption, VisitFilter
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.ui.forms.cooperative_choice import CooperativeChoice
from kopdes_desktop.ui.main_window import REVIEW, VISITS
from kopdes_desktop.ui.visit_editor import VisitEditor
from tests.area_data import KUBU_RAYA, build_area
from tests.ui.helpers import (
    open_new_visit,
    open_window,
    screenshot,
    services_as,
    with_cooperatives,
)

COOPERATIVES = {
    "Koperasi Desa Merah Putih Kuala Dua": "61.12.01.2004",  # kec. Sungai Raya
    "KDKMP Maju Bersama": "61.12.02.2003",  # desa Kuala Mandor A, kec. Kuala Mandor B
    "Koperasi Desa Merah Putih Sungai Bulan": "61.12.01.2010",  # kec. Sungai Raya
    "Koperasi Desa Merah Putih Mega Timur": "61.12.03.2002",  # kec. Sungai Ambawang
}


@pytest.fixture
def services(context: ServiceContext) -> AppServices:
    return with_cooperatives(context, COOPERATIVES)


@pytest.fixture
def editor(qtbot: QtBot, services: AppServices, indonesian: None) -> VisitEditor:
    _window, form = open_new_visit(qtbot, services)
    form.cooperative.setFocus()
    return form


def suggestions(field: CooperativeChoice) -> list[str]:
    completer = field.completer()
    assert completer is not None
    model = completer.completionModel()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def names(rows: list[str]) -> set[str]:
    return {row.split(" — ")[0] for row in rows}


def test_typing_filters_by_cooperative_and_village_name(qtbot: QtBot, editor: VisitEditor) -> None:
    field = editor.cooperative
    assert field.currentText() == ""
    assert field.lineEdit().placeholderText().startswith("Ketik")
    qtbot.keyClicks(field.lineEdit(), "kuala")
    assert field.currentText() == "kuala"  # not "—kuala"
    popup = field.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    # By its name, and by its village (Kuala Mandor A) although its name says nothing of it.
    assert names(suggestions(field)) == {
        "Koperasi Desa Merah Putih Kuala Dua",
        "KDKMP Maju Bersama",
    }
    assert "KDKMP Maju Bersama — Kuala Mandor A, Kuala Mandor B" in suggestions(field)
    screenshot(qtbot, editor, "cooperative-choice-typed")
    screenshot(qtbot, popup, "cooperative-choice-suggestions")
    assert field.value() == ""  # typing alone chooses nothing

    field.lineEdit().clear()
    qtbot.keyClicks(field.lineEdit(), "merah raya")  # every word, in name or place
    assert names(suggestions(field)) == {
        "Koperasi Desa Merah Putih Kuala Dua",
        "Koperasi Desa Merah Putih Sungai Bulan",
    }


def test_down_opens_the_list_and_only_enter_on_a_row_chooses(
    qtbot: QtBot, services: AppServices, editor: VisitEditor
) -> None:
    field = editor.cooperative
    qtbot.keyClick(field, Qt.Key.Key_Down)
    popup = field.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert len(suggestions(field)) == len(COOPERATIVES)  # all of them, none chosen
    assert field.value() == ""
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    chosen = services.cooperatives.options()[1]  # the second, by name
    assert field.value() == chosen.id
    assert field.currentText().startswith(chosen.name)
    assert editor.dirty

    qtbot.keyClicks(field.lineEdit(), "x")  # changing the text undoes the choice
    assert field.value() == ""


def test_a_typed_name_that_is_no_cooperative_is_explained_not_saved(
    qtbot: QtBot, services: AppServices, editor: VisitEditor
) -> None:
    qtbot.keyClicks(editor.cooperative.lineEdit(), "Koperasi Kuala Tiga")
    editor.cooperative.lineEdit().editingFinished.emit()
    editor.save()
    assert editor.errors.message("cooperative_id") == "Pilih koperasi dari daftar saran."
    assert editor.cooperative.currentText() == "Koperasi Kuala Tiga"  # kept as typed
    assert services.visits.list(VisitFilter()).total == 0


def test_the_whole_name_typed_out_chooses_it(
    qtbot: QtBot, services: AppServices, editor: VisitEditor
) -> None:
    qtbot.keyClicks(editor.cooperative.lineEdit(), "kdkmp maju bersama")
    editor.cooperative.lineEdit().editingFinished.emit()
    [chosen] = [o for o in services.cooperatives.options() if o.name == "KDKMP Maju Bersama"]
    assert editor.cooperative.value() == chosen.id
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    [item] = services.visits.list(VisitFilter()).items
    assert services.visits.get(item.id).visit.cooperative_id == chosen.id


def pick_by_keys(qtbot: QtBot, field: CooperativeChoice, typed: str) -> list[str]:
    """Type into the field, then ↓ and Enter on the first suggestion; the suggestions seen."""
    field.setFocus()
    qtbot.keyClicks(field.lineEdit(), typed)
    popup = field.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    seen = suggestions(field)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    return seen


def erase(qtbot: QtBot, field: CooperativeChoice) -> None:
    """Select the text and delete it: the filter lets every cooperative through again."""
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Backspace)
    assert field.currentText() == ""


def test_list_filters_pick_the_cooperative_by_typing_too(
    qtbot: QtBot, context: ServiceContext, indonesian: None
) -> None:
    build_area(context)
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="p"))
    visits = window.visits
    window.navigation.setCurrentRow(VISITS)
    qtbot.waitUntil(lambda: visits.model.rowCount() == 8)
    assert visits.cooperative.lineEdit().placeholderText() == "Semua koperasi"
    # Karya Bersama is in desa Arang Limbung: its name says nothing of it.
    seen = pick_by_keys(qtbot, visits.cooperative, "limbung")
    assert names(seen) == {"Koperasi Desa Merah Putih Karya Bersama"}
    qtbot.waitUntil(lambda: visits.model.rowCount() == 1)
    assert visits.model.item(0).cooperative_name.endswith("Karya Bersama")
    erase(qtbot, visits.cooperative)
    qtbot.waitUntil(lambda: visits.model.rowCount() == 8)

    review = window.review
    window.navigation.setCurrentRow(REVIEW)
    qtbot.waitUntil(lambda: review.model.rowCount() == 2 and review.cooperative.count() > 1)
    seen = pick_by_keys(qtbot, review.cooperative, "arang")
    assert names(seen) == {"Koperasi Desa Merah Putih Karya Bersama"}
    qtbot.waitUntil(lambda: review.model.rowCount() == 1)
    erase(qtbot, review.cooperative)
    qtbot.waitUntil(lambda: review.model.rowCount() == 2)


def test_reading_the_cooperatives_again_keeps_the_choice_or_the_text_being_typed(
    qtbot: QtBot,
) -> None:
    mekar = CooperativeOption("c-1", "KDKMP Mekar Jaya", "Sungai Raya", "Sungai Raya")
    karya = CooperativeOption("c-2", "KDKMP Karya Bersama", "Arang Limbung", "Sungai Raya")
    field = CooperativeChoice([mekar, karya])
    qtbot.addWidget(field)
    field.set_value("c-2")
    field.set_options([karya])  # read again: still there
    assert field.value() == "c-2"
    changes: list[str] = []
    field.changed.connect(lambda: changes.append(field.value()))
    field.set_options([mekar])  # gone: the choice is undone, and said so
    assert (field.value(), field.currentText(), changes) == ("", "", [""])
    qtbot.keyClicks(field.lineEdit(), "mek")
    field.set_options([mekar, karya])
    assert (field.value(), field.currentText()) == ("", "mek")
