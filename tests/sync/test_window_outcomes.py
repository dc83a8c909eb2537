"""Every outcome of a sync is visible where people look: a BA's status bar, Beranda and Kotak
Masuk name refusals and clashes together (sent-back visits and clashes above refusals, clashes in
the user's words), and a PMO's review badge and count follow every sync, not only an opened
review page. Real window, real server (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.todo import TodoKind
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.inbox import InboxItem, InboxKind
from kopdes_desktop.services.refusals import RefusalGroup
from kopdes_desktop.services.review import ReviewService
from kopdes_desktop.ui.main_window import HOME, INBOX, REVIEW, MainWindow
from tests.server.helpers import MEMPAWAH, SAMBAS, LiveServer
from tests.sync.conftest import DeskFactory, round_done
from tests.sync.test_round_trip import complete_visit
from tests.sync.test_window_refusals import (
    old_app_adds_a_cooperative,
    window_synced_with_refusals,
)
from tests.ui.helpers import screenshot

COOPERATIVE = "Koperasi Desa Merah Putih Sungai Kunyit"


def set_members(desk: AppServices, coop_id: str, count: int) -> None:
    detail = desk.cooperatives.get(coop_id)
    changed = dataclasses.replace(detail.cooperative, member_count=count)
    desk.cooperatives.save(dataclasses.replace(detail, cooperative=changed))


def entry_of(item: QListWidgetItem) -> object:
    return item.data(Qt.ItemDataRole.UserRole)


def synced(qtbot: QtBot, window: MainWindow) -> None:
    """One whole round started now (waiting out the one a window starts by itself)."""
    qtbot.waitUntil(lambda: round_done(window), timeout=30_000)
    with qtbot.waitSignal(window.sync.round_finished, timeout=30_000):
        window.sync.sync_now()


def test_refusals_and_clashes_show_together_sent_back_and_clashes_first(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, indonesian_ui: None
) -> None:
    ba = server.user(Role.BA, name="Siti Aminah")
    colleague = server.user(Role.BA, name="Yohanes Sitorus")
    pmo = server.user(Role.PMO, kabupaten=[SAMBAS], name="Hendra Wijaya")
    coop_id = server.cooperative(SAMBAS, name=COOPERATIVE, member_count=20)
    server.assign(ba, coop_id)
    server.assign(colleague, coop_id)
    theirs, pmo_desk = desks(colleague, name="colleague"), desks(pmo, name="pmo")
    laptop = desks(ba, name="laptop")  # made last: the window's data folder is this one's
    for desk in (theirs, laptop):
        desk.sync.sync()
    # The BA submits a visit and changes the member count; the colleague, not yet aware,
    # changes it too: the later arrival is kept, and both are told of the clash.
    visit = laptop.visits.save_draft(complete_visit(coop_id))
    laptop.visits.submit(visit)
    set_members(laptop, coop_id, 25)
    assert laptop.sync.sync().push.rejected == 0
    set_members(theirs, coop_id, 27)
    theirs.sync.sync()
    # The PMO sends the visit back.
    pmo_desk.sync.sync()
    ReviewService(pmo_desk.context).send_back(visit.visit.id, "Tambahkan jumlah peserta rapat.")
    assert pmo_desk.sync.sync().push.rejected == 0
    # And an older version of the app had let the BA add a cooperative (with its officer).
    old_app_adds_a_cooperative(laptop, server, "Koperasi Tambahan Tiga")

    window = window_synced_with_refusals(qtbot, laptop)
    status = window.sync_status
    assert status.plain_text == (
        "2 perubahan ditolak, 1 bentrok perlu diselesaikan · lihat Kotak Masuk"
    )
    assert "Tersinkron" not in status.label.text()
    screenshot(qtbot, window, "status-bar-refused-and-clash")
    # Beranda lists them as well, where the issue found "0 waiting" and nothing else: the
    # visit sent back with the PMO's words, the refused cooperative (its two changes, one entry).
    window.navigation.setCurrentRow(HOME)
    sent_back, refused = (
        window.home.sections[TodoKind.SENT_BACK],
        window.home.sections[TodoKind.REFUSED],
    )
    qtbot.waitUntil(lambda: refused.list.count() == 1 and sent_back.list.count() == 1)
    assert (
        sent_back.list.item(0).text().endswith("· Hendra Wijaya: Tambahkan jumlah peserta rapat.")
    )
    assert refused.list.item(0).text().startswith("Koperasi Tambahan Tiga (profil koperasi): ")
    assert refused.isVisible()
    clashes = window.home.sections[TodoKind.CONFLICT]
    assert [clashes.list.item(r).text() for r in range(clashes.list.count())] == [
        "Sungai Kunyit: jumlah anggota (nilai lain oleh Siti Aminah)"
    ]

    status.label.linkActivated.emit("inbox")
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.list.count() == 4, timeout=10_000)
    rows = [inbox.list.item(row) for row in range(4)]
    kinds = [
        entry.kind if isinstance(entry := entry_of(row), InboxItem) else type(entry) for row in rows
    ]
    # What asks for a decision comes first; refusals, under their header, after.
    assert kinds == [InboxKind.SENT_BACK, InboxKind.CONFLICT, type(None), RefusalGroup]
    assert rows[0].text().startswith(f"Kunjungan dikembalikan — {COOPERATIVE} (")
    assert rows[1].text() == f"Bentrok pada {COOPERATIVE}: jumlah anggota"
    assert rows[2].text() == "Perubahan yang ditolak server (2)"
    assert rows[3].text().startswith("Koperasi Tambahan Tiga — 2 perubahan ditolak")
    assert window.navigation.item(INBOX).text() == "Kotak Masuk (3)"

    inbox.list.setCurrentRow(0)
    assert inbox.detail.text() == "Hendra Wijaya menulis: Tambahkan jumlah peserta rapat."
    assert inbox.open_button.isVisible()
    inbox.list.setCurrentRow(1)
    assert inbox.detail.text() == (
        "Kolom jumlah anggota diubah oleh dua orang. Dipertahankan: 27 (oleh Yohanes Sitorus). "
        "Yang lain: 25 (oleh Siti Aminah)."
    )
    assert inbox.keep_kept.isVisible()
    assert inbox.keep_other.isVisible()
    screenshot(qtbot, window, "inbox-sent-back-clash-and-refusals")

    # Settling the clash leaves the refusals, and the status bar says exactly that.
    inbox.keep_kept.click()
    qtbot.waitUntil(lambda: inbox.list.count() == 3, timeout=10_000)
    qtbot.waitUntil(
        lambda: status.plain_text == "2 perubahan ditolak · lihat Kotak Masuk", timeout=10_000
    )
    assert isinstance(entry_of(inbox.list.item(0)), InboxItem)
    assert laptop.cooperatives.get(coop_id).cooperative.member_count == 27
    window.close()


def waiting_for_review(window: MainWindow) -> int:
    """The number on the review entry of the navigation ("Tinjauan (3)"; none means 0)."""
    found = re.fullmatch(r"Tinjauan(?: \((\d+)\))?", window.navigation.item(REVIEW).text())
    assert found is not None, window.navigation.item(REVIEW).text()
    return int(found.group(1) or 0)


def test_the_pmo_review_badge_and_count_follow_every_sync(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, indonesian_ui: None
) -> None:
    ba = server.user(Role.BA)
    pmo = server.user(Role.PMO, kabupaten=[MEMPAWAH])
    coop_id = server.cooperative(MEMPAWAH)
    server.assign(ba, coop_id)
    ba_desk = desks(ba, name="ba")
    other_pmo_laptop = desks(pmo, name="pmo-second-laptop")
    pmo_desk = desks(pmo, name="pmo")
    window = MainWindow(pmo_desk, "id")
    qtbot.addWidget(window)
    window.show()
    synced(qtbot, window)
    assert window.pages.currentWidget() is not window.review  # never opened
    before = waiting_for_review(window)  # other tests' visits in Mempawah, if any

    ba_desk.sync.sync()
    drafts = [ba_desk.visits.save_draft(complete_visit(coop_id)) for _ in range(2)]
    for draft in drafts:
        ba_desk.visits.submit(draft)
    assert ba_desk.sync.sync().push.rejected == 0
    synced(qtbot, window)
    qtbot.waitUntil(lambda: waiting_for_review(window) == before + 2, timeout=10_000)
    assert window.review.count.text() == f"{before + 2} kunjungan menunggu tinjauan"
    screenshot(qtbot, window, "review-badge-after-sync")

    # Decided on the PMO's other laptop: this one learns it from its next sync alone.
    other_pmo_laptop.sync.sync()
    ReviewService(other_pmo_laptop.context).approve(drafts[0].visit.id)
    assert other_pmo_laptop.sync.sync().push.rejected == 0
    synced(qtbot, window)
    qtbot.waitUntil(lambda: waiting_for_review(window) == before + 1, timeout=10_000)
    assert window.review.count.text() == f"{before + 1} kunjungan menunggu tinjauan"
    assert window.pages.currentWidget() is not window.review
    window.close()
