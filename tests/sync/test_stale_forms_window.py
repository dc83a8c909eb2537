"""Stale forms through the real window, against a real server (SQLite and PostgreSQL).

BA A works in the window; BA B edits the same cooperative on his own laptop and syncs. A's form
stays open across A's sync (or is restored after a crash), and A's save must keep B's work.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from kopdes_desktop import paths
from kopdes_desktop.domain.enums import Role, VisitStatus
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import AgreedAction, CooperativeDetail, VisitDetail
from kopdes_desktop.services import autosave
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.review import ReviewService
from kopdes_desktop.ui.cooperative_editor import CooperativeEditor
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.visit_editor import VisitEditor
from tests.server.helpers import LiveServer
from tests.sync.conftest import DeskFactory
from tests.sync.test_round_trip import complete_visit
from tests.sync.test_stale_forms import (
    SANGGAU,
    one_ba_on_two_laptops,
    their_edit,
    two_bas_on_one_cooperative,
)
from tests.ui.helpers import screenshot

A_PHONE = "0812 5555 1234"


Setup = tuple[str, AppServices, AppServices]


def window_on_first(monkeypatch: pytest.MonkeyPatch, setup: Setup) -> Setup:
    """The first laptop of ``setup`` is the one in the window: its autosave files belong in its
    data folder."""
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(setup[1].context.database.path.parent))
    return setup


@pytest.fixture
def two_bas(server: LiveServer, desks: DeskFactory, monkeypatch: pytest.MonkeyPatch) -> Setup:
    """A cooperative with 20 members, coached by Siti (A, in the window) and Budi (B)."""
    return window_on_first(monkeypatch, two_bas_on_one_cooperative(server, desks))


def open_window(qtbot: QtBot, desk: AppServices) -> MainWindow:
    window = MainWindow(desk, "id")
    qtbot.addWidget(window)
    window.show()
    return window


def sync_until(qtbot: QtBot, window: MainWindow, done: Callable[[], bool]) -> None:
    """Sync from the window (F5's slot) until ``done``; a round already running is waited for."""
    qtbot.waitUntil(lambda: done() or window.sync.sync_now() or False, timeout=40_000)


def their_edit_reaches(
    qtbot: QtBot, window: MainWindow, mine: AppServices, theirs: AppServices, coop_id: str
) -> str:
    """B's edit (member count 31, a new officer) synced into A's laptop by A's window; returns
    the officer's id."""
    officer_id = their_edit(theirs, coop_id)
    sync_until(qtbot, window, lambda: mine.cooperatives.get(coop_id).cooperative.member_count == 31)
    return officer_id


def open_profile(qtbot: QtBot, window: MainWindow, coop_id: str) -> CooperativeEditor:
    window.cooperatives.open_record(coop_id)
    qtbot.waitUntil(
        lambda: window.cooperatives.editor is not None and window.cooperatives.editor.isVisible()
    )
    editor = window.cooperatives.editor
    assert editor is not None
    return editor


def server_state(server: LiveServer) -> dict[str, dict[str, Any]]:
    """Everything a PMO of Sanggau pulls from the server now, by record id."""
    laptop = server.laptop(server.user(Role.PMO, kabupaten=[SANGGAU]))
    try:
        return {change["record_id"]: change for change in laptop.pull()}
    finally:
        laptop.close()


def sync_and_check_everyone(
    qtbot: QtBot,
    window: MainWindow,
    server: LiveServer,
    desks_: tuple[AppServices, AppServices],
    ids: tuple[str, str],
    **values: Any,
) -> None:
    """A's window sends everything, B syncs; server and both laptops hold ``values`` and B's
    officer."""
    mine, theirs = desks_
    coop_id, officer_id = ids
    sync_until(qtbot, window, lambda: mine.sync.status().pending_changes == 0)
    theirs.sync.sync()
    on_server = server_state(server)
    for name, value in values.items():
        assert on_server[coop_id]["fields"][name] == value
    assert not on_server[officer_id]["deleted"]
    for desk in desks_:
        detail = desk.cooperatives.get(coop_id)
        for name, value in values.items():
            assert getattr(detail.cooperative, name) == value
        assert [o.id for o in detail.officers] == [officer_id]


def test_a_profile_open_across_a_sync_in_the_window_keeps_the_other_bas_edit(
    qtbot: QtBot, server: LiveServer, two_bas: tuple[str, AppServices, AppServices],
    indonesian_ui: None,
) -> None:  # fmt: skip
    coop_id, mine, theirs = two_bas
    window = open_window(qtbot, mine)
    editor = open_profile(qtbot, window, coop_id)
    assert editor.member_count.text() == "20"
    qtbot.keyClicks(editor.phone, "0812 5555")  # A starts typing…

    officer_id = their_edit_reaches(qtbot, window, mine, theirs, coop_id)
    assert editor.isVisible()
    assert editor.member_count.text() == "20"  # the open form still shows what A started from

    qtbot.keyClicks(editor.phone, " 1234")  # …and finishes after the sync
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save_button.click()
    assert editor.clash_dialog is None
    sync_and_check_everyone(
        qtbot, window, server, (mine, theirs), (coop_id, officer_id), member_count=31, phone=A_PHONE
    )
    window.close()


def test_the_same_field_changed_by_both_bas_is_shown_in_the_form(
    qtbot: QtBot, server: LiveServer, two_bas: tuple[str, AppServices, AppServices],
    indonesian_ui: None,
) -> None:  # fmt: skip
    coop_id, mine, theirs = two_bas
    window = open_window(qtbot, mine)
    editor = open_profile(qtbot, window, coop_id)
    editor.member_count.clear()
    qtbot.keyClicks(editor.member_count, "25")
    officer_id = their_edit_reaches(qtbot, window, mine, theirs, coop_id)

    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.clash_dialog is not None and editor.clash_dialog.isVisible())
    dialog = editor.clash_dialog
    assert dialog is not None
    [text] = [label.text() for label in dialog.sentences]
    assert text.startswith(
        "Selagi Anda mengedit, jumlah anggota diubah di tempat lain menjadi 31. Nilai Anda: 25."
    )
    assert "Saat formulir dibuka, nilainya 20." in text
    assert "(Perubahan itu dibuat oleh Budi, diterima " in text  # who, from the directory
    assert "Belum disimpan" in editor.summary.text()
    assert mine.cooperatives.get(coop_id).cooperative.member_count == 31  # nothing saved yet
    assert not dialog.save_button.isEnabled()  # nothing is chosen for the user
    screenshot(qtbot, dialog, "stale-form-clash")

    dialog.mine_buttons[0].click()  # "Pakai nilai saya: 25"
    assert dialog.mine_buttons[0].text() == "Pakai nilai saya: 25"
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        dialog.save_button.click()
    sync_and_check_everyone(
        qtbot, window, server, (mine, theirs), (coop_id, officer_id), member_count=25
    )
    assert not mine.inbox.items()  # settled in the form: no second conflict from the server
    window.close()


def test_a_form_restored_after_a_crash_saves_onto_what_sync_brought_meanwhile(
    qtbot: QtBot, server: LiveServer, two_bas: tuple[str, AppServices, AppServices],
    indonesian_ui: None,
) -> None:  # fmt: skip
    coop_id, mine, theirs = two_bas
    window = open_window(qtbot, mine)
    editor = open_profile(qtbot, window, coop_id)
    qtbot.keyClicks(editor.phone, A_PHONE)
    editor.autosave_now()  # what the timer does 1.5 s after typing stops
    [left] = autosave.pending()
    assert isinstance(left.base, CooperativeDetail)
    assert left.base.cooperative.member_count == 20  # the base the form started from
    # The battery dies here: no save, no close, the file stays and the process with its timers
    # is gone. Meanwhile B edits, and at the next start the window syncs by itself.
    window.sync.stop()
    window.hide()
    editor.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor))
    officer_id = their_edit(theirs, coop_id)

    restarted = open_window(qtbot, mine)
    assert restarted.offer_autosaved(ask=lambda _count: True) == 1
    restored = restarted.cooperatives.editor
    assert restored is not None
    assert restored.phone.text() == A_PHONE
    sync_until(
        qtbot, restarted, lambda: mine.cooperatives.get(coop_id).cooperative.member_count == 31
    )
    with qtbot.waitSignal(restored.saved, timeout=10_000):
        restored.save_button.click()
    assert not autosave.pending()
    sync_and_check_everyone(
        qtbot,
        restarted,
        server,
        (mine, theirs),
        (coop_id, officer_id),
        member_count=31,
        phone=A_PHONE,
    )
    restarted.close()
    window.close()


def test_a_form_autosaved_by_the_previous_version_asks_before_overwriting(
    qtbot: QtBot, server: LiveServer, two_bas: tuple[str, AppServices, AppServices],
    indonesian_ui: None,
) -> None:  # fmt: skip
    coop_id, mine, theirs = two_bas
    opened = mine.cooperatives.get(coop_id)
    typed = dataclasses.replace(
        opened, cooperative=dataclasses.replace(opened.cooperative, phone=A_PHONE)
    )
    # An autosave file as the previous version wrote it: no base.
    old_file = paths.autosave_dir() / f"cooperative-{coop_id}.json"
    old_file.write_text(
        json.dumps(
            {"kind": "cooperative", "is_new": False, "detail": autosave.encode_detail(typed)}
        ),
        encoding="utf-8",
    )
    officer_id = their_edit(theirs, coop_id)
    mine.sync.sync()

    window = open_window(qtbot, mine)
    assert window.offer_autosaved(ask=lambda _count: True) == 1
    restored = window.cooperatives.editor
    assert restored is not None
    restored.save_button.click()
    qtbot.waitUntil(lambda: restored.clash_dialog is not None and restored.clash_dialog.isVisible())
    dialog = restored.clash_dialog
    assert dialog is not None
    questions = [label.text() for label in dialog.sentences]
    assert len(questions) == 3  # members, phone, and B's officer missing from the old file
    assert any(
        "jumlah anggota sekarang tersimpan 31, di formulir tertulis 20" in q for q in questions
    )
    assert any(
        "Yuliana (pengurus/pengawas) tersimpan, tetapi tidak ada di formulir" in q
        for q in questions
    )
    screenshot(qtbot, dialog, "stale-form-old-autosave")
    for index, clash in enumerate(dialog.clashes):
        if clash.field == "phone":
            dialog.mine_buttons[index].click()  # the phone A typed
        else:
            dialog.theirs_buttons[index].click()  # B's 31 members, B's officer stays
    with qtbot.waitSignal(restored.saved, timeout=10_000):
        dialog.save_button.click()
    sync_and_check_everyone(
        qtbot, window, server, (mine, theirs), (coop_id, officer_id), member_count=31, phone=A_PHONE
    )
    window.close()


def test_a_read_only_visit_sent_back_while_open_becomes_editable_after_the_sync(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, monkeypatch: pytest.MonkeyPatch,
    indonesian_ui: None,
) -> None:  # fmt: skip
    coop_id = server.cooperative(SANGGAU)
    ba = server.user(Role.BA, name="Siti")
    server.assign(ba, coop_id)
    pmo = desks(server.user(Role.PMO, kabupaten=[SANGGAU]), name="pmo")
    mine = desks(ba, name="siti")
    mine.sync.sync()
    visit = mine.visits.save_draft(complete_visit(coop_id))
    mine.visits.submit(visit)
    mine.sync.sync()

    window = open_window(qtbot, mine)
    window.visits.open_record(visit.visit.id)
    qtbot.waitUntil(lambda: isinstance(window.visits.editor, VisitEditor))
    editor = window.visits.editor
    assert isinstance(editor, VisitEditor)
    qtbot.waitUntil(editor.isVisible)
    assert not editor.save_button.isEnabled()  # submitted: read-only while it is reviewed

    pmo.sync.sync()
    ReviewService(pmo.context).send_back(visit.visit.id, "Tambah daftar hadir.")
    pmo.sync.sync()
    sync_until(qtbot, window, editor.save_button.isEnabled)
    assert "Tambah daftar hadir." in editor.review_banner.text()
    editor.people_count.setText("14")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.submit_button.click()
    assert mine.visits.get(visit.visit.id).visit.status is VisitStatus.RESUBMITTED
    window.close()


# --- visits in the window ----------------------------------------------------------------------


@pytest.fixture
def one_ba(server: LiveServer, desks: DeskFactory, monkeypatch: pytest.MonkeyPatch) -> Setup:
    """Siti's laptop (in the window) and her other laptop, on one cooperative."""
    return window_on_first(monkeypatch, one_ba_on_two_laptops(server, desks))


def open_visit(qtbot: QtBot, window: MainWindow, visit_id: str) -> VisitEditor:
    window.visits.open_record(visit_id)
    qtbot.waitUntil(
        lambda: isinstance(window.visits.editor, VisitEditor) and window.visits.editor.isVisible()
    )
    editor = window.visits.editor
    assert isinstance(editor, VisitEditor)
    return editor


def test_a_visit_open_in_the_window_across_a_sync_keeps_the_other_laptops_action(
    qtbot: QtBot, one_ba: tuple[str, AppServices, AppServices], indonesian_ui: None
) -> None:
    coop_id, mine, other = one_ba
    created = mine.visits.save_draft(complete_visit(coop_id))
    mine.sync.sync()
    other.sync.sync()
    window = open_window(qtbot, mine)
    editor = open_visit(qtbot, window, created.visit.id)
    qtbot.keyClicks(editor.problems, "Modal kerja kurang.")  # typing, not saved yet

    there = other.visits.get(created.visit.id)
    action = AgreedAction(id=new_id(), visit_id=created.visit.id, description="Rapat anggota")
    other.visits.save_draft(
        dataclasses.replace(
            there, visit=dataclasses.replace(there.visit, people_count=12), actions=(action,)
        )
    )
    other.sync.sync()
    sync_until(qtbot, window, lambda: mine.visits.get(created.visit.id).visit.people_count == 12)
    assert editor.people_count.text() == ""  # the typing form still shows what it started from

    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save_button.click()
    # The draft form stays open and now shows the other laptop's work beside the typing.
    assert editor.people_count.text() == "12"
    assert [row.description for row in editor.action_rows.rows()] == ["Rapat anggota"]
    assert editor.problems.toPlainText() == "Modal kerja kurang."
    sync_until(qtbot, window, lambda: mine.sync.status().pending_changes == 0)
    other.sync.sync()
    final = other.visits.get(created.visit.id)
    assert (final.visit.problems, final.visit.people_count) == ("Modal kerja kurang.", 12)
    assert [a.id for a in final.actions] == [action.id]
    window.close()


def test_a_visit_approved_while_its_form_was_open_is_refused_in_the_form_and_kept(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory,
    one_ba: tuple[str, AppServices, AppServices], indonesian_ui: None,
) -> None:  # fmt: skip
    coop_id, mine, other = one_ba
    pmo = desks(server.user(Role.PMO, kabupaten=[SANGGAU]), name="pmo")
    created = mine.visits.save_draft(complete_visit(coop_id))
    mine.sync.sync()
    window = open_window(qtbot, mine)
    editor = open_visit(qtbot, window, created.visit.id)
    editor.people_count.setText("9")  # typing in the open draft…

    # …while the other laptop submits it and the PMO approves it.
    other.sync.sync()
    other.visits.submit(other.visits.get(created.visit.id))
    other.sync.sync()
    pmo.sync.sync()
    ReviewService(pmo.context).approve(created.visit.id)
    pmo.sync.sync()
    sync_until(
        qtbot,
        window,
        lambda: mine.visits.get(created.visit.id).visit.status is VisitStatus.APPROVED,
    )
    pending_before = mine.sync.status().pending_changes

    editor.save_button.click()
    qtbot.waitUntil(editor.summary.isVisible)
    assert 'kunjungan ini menjadi "Disetujui"' in editor.summary.text()
    assert editor.isVisible()
    assert editor.people_count.text() == "9"
    [left] = autosave.pending()  # and stays in its autosave file
    assert isinstance(left.detail, VisitDetail)
    assert left.detail.visit.people_count == 9
    stored = mine.visits.get(created.visit.id)
    assert (stored.visit.status, stored.visit.people_count) == (VisitStatus.APPROVED, None)
    assert mine.sync.status().pending_changes == pending_before  # nothing queued for the server
    window.close()
