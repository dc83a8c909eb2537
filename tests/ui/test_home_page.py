"""Beranda lists exactly what a BA or a PMO should do now, in order, on a crafted database, and
each item opens its record by a click and by Enter. Real window, real SQLite file.

Today is Saturday 28 November 2026 (tests/conftest.py): this week runs Monday 23 to Sunday 29.
Screenshots: test-artifacts/home-{ba,pmo}-{laptop,netbook}-{id,en}.png.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role, VisitStatus
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import (
    AgreedAction,
    Cooperative,
    FieldConflict,
    Officer,
    Record,
    ReviewComment,
    Visit,
)
from kopdes_desktop.domain.todo import FIRST_FEW, SHOW_ALL_LIMIT, TodoKind
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.inbox import InboxItem, InboxKind
from kopdes_desktop.services.refusals import RefusalGroup
from kopdes_desktop.storage import directory, outbox, record_store
from kopdes_desktop.storage.models import RejectedChange, SetAsideChange
from kopdes_desktop.ui.home_page import HomePage, TodoSectionView
from kopdes_desktop.ui.i18n import install_language
from kopdes_desktop.ui.main_window import HOME, INBOX, MAP, REVIEW, VISITS, MainWindow
from tests.area_data import KUBU_RAYA, SAMBAS
from tests.ui.helpers import screenshot, services_as
from tests.ui.screens import SIZES, screen_named
from tests.ui.test_fit_to_screen import settled_problems

PREFIX = "Koperasi Desa Merah Putih "


@dataclasses.dataclass
class Crafted:
    """Names → ids of what the crafted database holds."""

    cooperatives: dict[str, str] = dataclasses.field(default_factory=dict)
    visits: dict[str, str] = dataclasses.field(default_factory=dict)
    records: list[Record] = dataclasses.field(default_factory=list)
    conflicts: dict[str, str] = dataclasses.field(default_factory=dict)

    def cooperative(self, name: str, village: str, *, deleted: bool = False) -> str:
        coop_id = new_id()
        self.cooperatives[name] = coop_id
        self.records.append(Cooperative(id=coop_id, name=PREFIX + name, village_code=village))
        return coop_id

    def visit(
        self,
        label: str,
        cooperative: str,
        day: date,
        status: VisitStatus,
        author: str = "ba-1",
        *,
        next_visit: date | None = None,
        plan: str = "",
    ) -> str:
        visit_id = new_id()
        self.visits[label] = visit_id
        self.records.append(
            Visit(
                id=visit_id,
                cooperative_id=self.cooperatives[cooperative],
                author_id=author,
                visit_date=day,
                status=status,
                next_visit_date=next_visit,
                next_visit_plan=plan,
            )
        )
        return visit_id

    def comment(self, visit: str, to: VisitStatus, by: str, when: datetime, text: str = "") -> None:
        self.records.append(
            ReviewComment(
                id=new_id(),
                visit_id=self.visits[visit],
                author_name=by,
                created_at=when,
                to_status=to,
                comment=text,
            )
        )

    def action(self, visit: str, text: str, due: date, *, done: bool = False) -> None:
        self.records.append(
            AgreedAction(
                id=new_id(),
                visit_id=self.visits[visit],
                description=text,
                owner="Ketua",
                due_date=due,
                done=done,
            )
        )

    def write(self, context: ServiceContext) -> None:
        """As a sync would deliver them: stored, nothing waiting to be sent."""
        with context.database.write() as session:
            for record in self.records:
                record_store.insert(session, record)
            outbox.acknowledge(session, outbox.sync_state(session).last_mutation_id)


def villages(context: ServiceContext, kabupaten: str) -> Iterator[str]:
    return iter(v.code for v in context.catalog.children(f"{kabupaten}.01"))


def at(day: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, 8, 0, tzinfo=UTC)


@pytest.fixture
def ba_data(context: ServiceContext) -> Crafted:
    """A BA's laptop (ba-1) with two drafts, a visit sent back, a refusal and a set-aside change,
    two actions due (of four), two visits planned this week (one already done by a later visit)
    and seven cooperatives not visited for 30 days or more."""
    data, village = Crafted(), villages(context, KUBU_RAYA)
    for name in (
        "Sungai Bulan",
        "Kuala Dua",
        "Sungai Dungun",
        "Sungai Nibung",
        "Rasau Jaya",
        "Teluk Pakedai",
        "Sungai Ambawang",
        "Punggur Kecil",
        "Punggur Besar",
        "Jawi Jawi",
        "Pal Sembilan",
    ):
        data.cooperative(name, next(village))
    draft, approved = VisitStatus.DRAFT, VisitStatus.APPROVED
    data.visit("bulan-draft", "Sungai Bulan", date(2026, 11, 20), draft)
    data.visit("kuala-draft", "Kuala Dua", date(2026, 11, 10), draft)
    data.visit("colleague-draft", "Sungai Bulan", date(2026, 11, 21), draft, author="ba-2")
    data.visit("dungun-back", "Sungai Dungun", date(2026, 11, 5), VisitStatus.NEEDS_REVISION)
    data.comment("dungun-back", VisitStatus.SUBMITTED, "Siti Aminah", at(6))
    data.comment(
        "dungun-back",
        VisitStatus.NEEDS_REVISION,
        "Hendra Wijaya",
        at(9),
        "Tambahkan jumlah peserta rapat.",
    )
    data.visit(
        "nibung", "Sungai Nibung", date(2026, 9, 1), VisitStatus.SUBMITTED,
        next_visit=date(2026, 11, 27), plan="Cek pembukuan",
    )  # fmt: skip
    data.action("nibung", "Susun laporan keuangan", date(2026, 11, 20))  # 8 days overdue
    data.action("nibung", "Daftarkan NIB", date(2026, 12, 3))  # in 5 days
    data.action("nibung", "Rapat anggota tahunan", date(2026, 12, 20))  # not yet
    data.action("nibung", "Buka rekening", date(2026, 11, 1), done=True)
    data.action("colleague-draft", "Tugas rekan", date(2026, 11, 25))  # not this BA's
    # Planned for Tuesday, but the draft of 10 November came after: it happened.
    data.visit("kuala-old", "Kuala Dua", date(2026, 10, 1), approved, next_visit=date(2026, 11, 24))
    data.visit(
        "rasau", "Rasau Jaya", date(2026, 11, 3), approved,
        next_visit=date(2026, 11, 29), plan="Rapat pengurus",
    )  # fmt: skip
    data.visit(
        "dungun-next", "Sungai Dungun", date(2026, 11, 4), approved, next_visit=date(2026, 12, 2)
    )  # next week
    data.visit("teluk", "Teluk Pakedai", date(2026, 8, 1), approved)  # 119 days
    data.visit("ambawang", "Sungai Ambawang", date(2026, 10, 20), approved, author="ba-2")
    data.write(context)
    officer = Officer(id=new_id(), cooperative_id=data.cooperatives["Rasau Jaya"], body="pengurus")
    with context.database.write() as session:
        session.add(
            RejectedChange(
                client_id="laptop",
                mutation_id=7,
                record_type="cooperative",
                record_id=data.cooperatives["Sungai Bulan"],
                op="patch",
                fields={"member_count": 5},
                reason="validation",
                rejected_at="2026-11-27T08:00:00+00:00",
            )
        )
        session.add(
            SetAsideChange(
                record_type="officer",
                record_id=officer.id,
                cooperative_id=data.cooperatives["Rasau Jaya"],
                version=12,
                change={"fields": {"name": "Pak Udin"}},
                reason="unreadable",
                app_version="0.9",
                set_aside_at="2026-11-26T08:00:00+00:00",
            )
        )
    return data


@pytest.fixture
def pmo_data(context: ServiceContext) -> Crafted:
    """A PMO's laptop (Kubu Raya): three visits waiting, one outside the area; BAs ba-1 and
    ba-3 visited this month, ba-2 and ba-4 did not; two open clashes and a settled one."""
    data, village, sambas = Crafted(), villages(context, KUBU_RAYA), villages(context, SAMBAS)
    for name in ("Mekar Jaya", "Sinar Harapan", "Karya Bersama"):
        data.cooperative(name, next(village))
    data.cooperative("Sambas Makmur", next(sambas))
    submitted = VisitStatus.SUBMITTED
    data.visit("by-ba1", "Mekar Jaya", date(2026, 11, 18), submitted, author="ba-1")
    data.comment("by-ba1", submitted, "Siti Aminah", at(20))
    data.visit("by-ba2", "Sinar Harapan", date(2026, 10, 15), VisitStatus.RESUBMITTED, "ba-2")
    data.comment("by-ba2", VisitStatus.RESUBMITTED, "Yohanes Kristo", at(10))
    data.visit("by-ba3", "Karya Bersama", date(2026, 11, 2), submitted, author="ba-3")
    data.visit("elsewhere", "Sambas Makmur", date(2026, 9, 1), submitted, author="ba-5")
    data.comment("elsewhere", submitted, "Orang Sambas", at(1))
    data.visit("by-ba4", "Karya Bersama", date(2026, 9, 1), VisitStatus.APPROVED, "ba-4")
    data.comment("by-ba4", submitted, "Dewi Lestari", at(2, 9))
    for label, day, resolved in (("members", 27, False), ("phone", 26, False), ("old", 1, True)):
        clash_id = new_id()
        data.conflicts[label] = clash_id
        data.records.append(
            FieldConflict(
                id=clash_id,
                record_type="cooperative",
                record_id=data.cooperatives["Mekar Jaya"],
                field_name="member_count" if label == "members" else "phone",
                kept_value=json.dumps(27),
                other_value=json.dumps(25),
                kept_author="Yohanes Kristo",
                other_author="Siti Aminah",
                created_at=datetime(2026, 11, day, 7, 0),
                resolved=resolved,
            )
        )
    data.write(context)
    return data


def texts(view: TodoSectionView) -> list[str]:
    return [view.list.item(row).text() for row in range(view.list.count())]


def home_shown(qtbot: QtBot, window: MainWindow) -> HomePage:
    window.navigation.setCurrentRow(HOME)
    home = window.home
    qtbot.waitUntil(lambda: any(v.isVisible() for v in home.sections.values()))
    return home


def shown_sections(home: HomePage) -> list[TodoKind]:
    return [kind for kind, view in home.sections.items() if not view.isHidden()]


def open_window_as(qtbot: QtBot, context: ServiceContext, role: Role, user: str) -> MainWindow:
    window = MainWindow(services_as(context, role, KUBU_RAYA, user=user), "id")
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.usefixtures("indonesian")
def test_a_ba_sees_exactly_their_to_do_in_order(
    qtbot: QtBot, context: ServiceContext, ba_data: Crafted
) -> None:
    window = open_window_as(qtbot, context, Role.BA, "ba-1")
    assert window.pages.currentIndex() == HOME  # the app opens on what to do now
    home = home_shown(qtbot, window)
    assert shown_sections(home) == [
        TodoKind.SENT_BACK,
        TodoKind.REFUSED,
        TodoKind.ACTION_DUE,
        TodoKind.DRAFT,
        TodoKind.PLANNED,
        TodoKind.NOT_VISITED,
    ]
    sections = home.sections
    assert sections[TodoKind.SENT_BACK].title.text() == "Dikembalikan oleh PMO (1)"
    assert texts(sections[TodoKind.SENT_BACK]) == [
        "Sungai Dungun — kunjungan 5 Nov 2026 · Hendra Wijaya: Tambahkan jumlah peserta rapat."
    ]
    assert sections[TodoKind.REFUSED].title.text() == "Perubahan yang perlu dicek (2)"
    assert texts(sections[TodoKind.REFUSED]) == [
        "Sungai Bulan (profil koperasi): Isian tidak lolos pemeriksaan",
        "Rasau Jaya (pengurus/pengawas): perubahan dari server tidak diterapkan, "
        "isinya tidak bisa dibaca oleh versi aplikasi ini",
    ]
    assert sections[TodoKind.ACTION_DUE].title.text() == "Tindak lanjut jatuh tempo (2)"
    assert texts(sections[TodoKind.ACTION_DUE]) == [
        "Terlambat 8 hari · Sungai Nibung: Susun laporan keuangan (Ketua)",
        "5 hari lagi · Sungai Nibung: Daftarkan NIB (Ketua)",
    ]
    assert sections[TodoKind.DRAFT].title.text() == "Draf yang belum selesai (2)"
    assert texts(sections[TodoKind.DRAFT]) == [
        "Kuala Dua — kunjungan 10 Nov 2026",
        "Sungai Bulan — kunjungan 20 Nov 2026",
    ]
    assert texts(sections[TodoKind.PLANNED]) == [
        "27 Nov 2026 · Sungai Nibung: Cek pembukuan",
        "29 Nov 2026 · Rasau Jaya: Rapat pengurus",
    ]
    not_visited = sections[TodoKind.NOT_VISITED]
    assert not_visited.title.text() == "Belum dikunjungi 30 hari atau lebih (7)"
    assert not_visited.hint.text() == (
        "90 hari atau lebih, atau belum pernah: 5 · 60–89 hari: 1 · 30–59 hari: 1"
    )
    first_five = [
        "Jawi Jawi — belum pernah dikunjungi",
        "Pal Sembilan — belum pernah dikunjungi",
        "Punggur Besar — belum pernah dikunjungi",
        "Punggur Kecil — belum pernah dikunjungi",
        "Teluk Pakedai — kunjungan terakhir 1 Agu 2026 (119 hari lalu)",
    ]
    assert texts(not_visited) == first_five
    # Sections that show everything offer no "Lihat semua"; this one does, and shows all 7.
    assert sections[TodoKind.DRAFT].more.isHidden()
    assert not_visited.more.text() == "Lihat semua (7)"
    qtbot.mouseClick(not_visited.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not_visited.list.count() == 7)
    assert texts(not_visited)[5:] == [
        "Sungai Nibung — kunjungan terakhir 1 Sep 2026 (88 hari lalu)",
        "Sungai Ambawang — kunjungan terakhir 20 Okt 2026 (39 hari lalu)",
    ]
    assert not_visited.more.text() == "Tampilkan lebih sedikit"
    qtbot.mouseClick(not_visited.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not_visited.list.count() == 5)
    window.close()


def press_enter_on(qtbot: QtBot, view: TodoSectionView, row: int) -> None:
    view.list.setFocus()
    view.list.setCurrentRow(row)
    qtbot.keyClick(view.list, Qt.Key.Key_Return)


def click_on(qtbot: QtBot, view: TodoSectionView, row: int) -> None:
    target = view.list.visualItemRect(view.list.item(row)).center()
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=target)


@pytest.mark.usefixtures("indonesian")
def test_a_ba_opens_each_item_by_click_and_by_enter(
    qtbot: QtBot, context: ServiceContext, ba_data: Crafted
) -> None:
    window = open_window_as(qtbot, context, Role.BA, "ba-1")
    home = home_shown(qtbot, window)
    visits, cooperatives = window.visits, window.cooperatives

    def opened_visit(label: str) -> None:
        qtbot.waitUntil(lambda: visits.editor is not None and visits.editor.isVisible())
        editor = visits.editor
        assert editor is not None
        qtbot.waitUntil(
            lambda: editor.base is not None and editor.base.visit.id == ba_data.visits[label]
        )
        editor.reject()
        qtbot.waitUntil(lambda: visits.editor is None or not visits.editor.isVisible())
        window.navigation.setCurrentRow(HOME)

    press_enter_on(qtbot, home.sections[TodoKind.SENT_BACK], 0)
    opened_visit("dungun-back")
    click_on(qtbot, home.sections[TodoKind.DRAFT], 0)
    opened_visit("kuala-draft")
    press_enter_on(qtbot, home.sections[TodoKind.ACTION_DUE], 1)
    opened_visit("nibung")  # the visit the action was agreed in
    click_on(qtbot, home.sections[TodoKind.PLANNED], 1)
    opened_visit("rasau")

    press_enter_on(qtbot, home.sections[TodoKind.NOT_VISITED], 4)
    qtbot.waitUntil(lambda: cooperatives.editor is not None and cooperatives.editor.isVisible())
    coop_editor = cooperatives.editor
    assert coop_editor is not None
    qtbot.waitUntil(lambda: coop_editor.name.text() == PREFIX + "Teluk Pakedai")
    coop_editor.reject()

    # A refusal opens the inbox on that record's refusals, set-aside changes on theirs.
    window.navigation.setCurrentRow(HOME)
    click_on(qtbot, home.sections[TodoKind.REFUSED], 0)
    assert window.pages.currentIndex() == INBOX
    qtbot.waitUntil(
        lambda: selected_in_inbox(window) == ("refused", ba_data.cooperatives["Sungai Bulan"])
    )
    window.navigation.setCurrentRow(HOME)
    press_enter_on(qtbot, home.sections[TodoKind.REFUSED], 1)
    qtbot.waitUntil(lambda: selected_in_inbox(window)[0] == InboxKind.NOT_APPLIED.value)
    assert (
        window.inbox.list.currentItem().text().startswith("Perubahan dari server tidak diterapkan")
    )
    window.close()


def selected_in_inbox(window: MainWindow) -> tuple[str, str]:
    current = window.inbox.list.currentItem()
    entry = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
    if isinstance(entry, RefusalGroup):
        return "refused", entry.record_id
    if isinstance(entry, InboxItem):
        return entry.kind.value, entry.record_id
    return "", ""


@pytest.mark.usefixtures("indonesian")
def test_a_saved_draft_shows_on_beranda_at_once(
    qtbot: QtBot, context: ServiceContext, ba_data: Crafted
) -> None:
    window = open_window_as(qtbot, context, Role.BA, "ba-1")
    drafts = home_shown(qtbot, window).sections[TodoKind.DRAFT]
    assert drafts.title.text() == "Draf yang belum selesai (2)"
    window.navigation.setCurrentRow(VISITS)
    window.visits.new_record()
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    editor = window.visits.editor
    assert editor is not None
    editor.cooperative.setCurrentIndex(1)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    editor.reject()
    # Read again after the save, not only when Beranda is shown next.
    qtbot.waitUntil(lambda: drafts.title.text() == "Draf yang belum selesai (3)", timeout=10_000)
    window.close()


@pytest.mark.usefixtures("indonesian")
def test_show_all_loads_the_first_200_and_says_so(qtbot: QtBot, context: ServiceContext) -> None:
    data, village = Crafted(), villages(context, KUBU_RAYA)
    data.cooperative("Sungai Bulan", next(village))
    for number in range(SHOW_ALL_LIMIT + 12):
        day = date(2026, 1, 1) + timedelta(days=number)
        data.visit(f"draft-{number}", "Sungai Bulan", day, VisitStatus.DRAFT)
    data.write(context)
    window = open_window_as(qtbot, context, Role.BA, "ba-1")
    drafts = home_shown(qtbot, window).sections[TodoKind.DRAFT]
    assert drafts.title.text() == "Draf yang belum selesai (212)"
    assert drafts.list.count() == FIRST_FEW
    qtbot.mouseClick(drafts.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: drafts.list.count() == SHOW_ALL_LIMIT)
    assert drafts.hint.text() == "Menampilkan 200 yang pertama."
    assert texts(drafts)[0] == "Sungai Bulan — kunjungan 1 Jan 2026"
    window.close()


@pytest.mark.usefixtures("indonesian")
def test_a_pmo_sees_the_review_queue_clashes_and_quiet_bas(
    qtbot: QtBot, context: ServiceContext, pmo_data: Crafted
) -> None:
    window = open_window_as(qtbot, context, Role.PMO, "pmo-1")
    home = home_shown(qtbot, window)
    assert shown_sections(home) == [TodoKind.REVIEW, TodoKind.CONFLICT, TodoKind.QUIET_BA]
    review = home.sections[TodoKind.REVIEW]
    assert review.title.text() == "Kunjungan menunggu tinjauan Anda (3)"
    # The longest waiting first; a visit submitted on this laptop (no server time) last.
    assert texts(review) == [
        "Sinar Harapan — Yohanes Kristo, kunjungan 15 Okt 2026 · menunggu sejak 10 Nov 2026 "
        "(18 hari)",
        "Mekar Jaya — Siti Aminah, kunjungan 18 Nov 2026 · menunggu sejak 20 Nov 2026 (8 hari)",
        "Karya Bersama — seorang BA, kunjungan 2 Nov 2026",
    ]
    clashes = home.sections[TodoKind.CONFLICT]
    assert clashes.title.text() == "Bentrok yang perlu diselesaikan (2)"
    assert texts(clashes) == [
        "Mekar Jaya: telepon (nilai lain oleh Siti Aminah)",
        "Mekar Jaya: jumlah anggota (nilai lain oleh Siti Aminah)",
    ]
    quiet = home.sections[TodoKind.QUIET_BA]
    assert quiet.title.text() == "BA tanpa kunjungan bulan ini (2)"
    assert texts(quiet) == [
        "Dewi Lestari — kunjungan terakhir 1 Sep 2026",
        "Yohanes Kristo — kunjungan terakhir 15 Okt 2026",
    ]

    press_enter_on(qtbot, review, 0)
    assert window.pages.currentIndex() == REVIEW
    review_page = window.review
    qtbot.waitUntil(
        lambda: (
            review_page._current is not None
            and review_page._current.detail.visit.id == pmo_data.visits["by-ba2"]
        )
    )

    window.navigation.setCurrentRow(HOME)
    click_on(qtbot, clashes, 1)
    assert window.pages.currentIndex() == INBOX
    qtbot.waitUntil(
        lambda: selected_in_inbox(window) == ("conflict", pmo_data.conflicts["members"])
    )

    window.navigation.setCurrentRow(HOME)
    press_enter_on(qtbot, quiet, 0)
    assert window.pages.currentIndex() == MAP
    qtbot.waitUntil(lambda: window.map.ba.currentData() == "ba-4", timeout=10_000)
    window.close()


@pytest.mark.usefixtures("indonesian")
def test_with_a_directory_of_people_every_active_ba_counts_visits_or_not(
    qtbot: QtBot, context: ServiceContext, pmo_data: Crafted
) -> None:
    """Once the server has sent the directory, the BAs are its active BAs: one who never
    logged a visit is listed too, one who left is not, visit authors outside it neither."""
    people = [
        ("ba-1", "Siti Aminah", "ba", True),  # visited this month
        ("ba-2", "Yohanes Kristo", "ba", True),  # last visit in October
        ("ba-7", "Agus Salim", "ba", True),  # no visit at all
        ("ba-8", "Rina Wati", "ba", False),  # left
        ("pmo-1", "Hendra Wijaya", "pmo", True),
    ]
    with context.database.write() as session:
        directory.replace(
            session,
            {
                "people": [
                    {"user_id": u, "full_name": n, "role": r, "active": a} for u, n, r, a in people
                ],
                "assignments": [],
            },
        )
    window = open_window_as(qtbot, context, Role.PMO, "pmo-1")
    home = home_shown(qtbot, window)
    assert texts(home.sections[TodoKind.QUIET_BA]) == [
        "Agus Salim — belum ada kunjungan",
        "Yohanes Kristo — kunjungan terakhir 15 Okt 2026",
    ]
    window.close()


@pytest.mark.usefixtures("indonesian")
def test_an_empty_to_do_says_so_and_offers_the_next_step(
    qtbot: QtBot, context: ServiceContext
) -> None:
    window = open_window_as(qtbot, context, Role.BA, "ba-1")
    home = window.home
    qtbot.waitUntil(home.empty.isVisible)
    assert "Belum ada koperasi di laptop ini" in home.empty.sentence.text()
    assert "data contoh di halaman Koperasi" in home.empty.sentence.text()
    assert home.empty_action.text() == "Buka Koperasi"
    qtbot.mouseClick(home.empty_action, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.cooperatives
    # where the sentence said: the sample data is offered there
    qtbot.waitUntil(window.cooperatives.demo_button.isVisible)
    assert window.cooperatives.demo_button.text() == "Muat data contoh"
    window.close()


def window_on(
    qtbot: QtBot, context: ServiceContext, role: Role, *, user: str, size: str, language: str
) -> MainWindow:
    """The window as first opened on that screen, in that language."""
    window = MainWindow(services_as(context, role, KUBU_RAYA, user=user), language)
    qtbot.addWidget(window)
    window.move(screen_named(size).availableGeometry().topLeft())
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.usefixtures("ba_data", "pmo_data")
def test_screenshots_of_beranda(
    qtbot: QtBot, context: ServiceContext, size: str, language: str
) -> None:
    """BA and PMO Beranda at both sizes and in both languages, to look at; the BA's lists fit."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, language)
    try:
        for role, user in ((Role.BA, "ba-1"), (Role.PMO, "pmo-1")):
            window = window_on(qtbot, context, role, user=user, size=size, language=language)
            home_shown(qtbot, window)
            assert settled_problems(qtbot, window) == []
            screenshot(qtbot, window, f"home-{role.value}-{size}-{language}")
            window.close()
    finally:
        install_language(app, "en")


@pytest.mark.usefixtures("indonesian")
def test_tab_goes_from_the_sync_button_straight_into_the_to_do(
    qtbot: QtBot, context: ServiceContext, ba_data: Crafted
) -> None:
    window = open_window_as(qtbot, context, Role.BA, "ba-1")
    window.activateWindow()
    home = home_shown(qtbot, window)
    first = home.sections[shown_sections(home)[0]]
    home.sync_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(home.sync_button.hasFocus)
    qtbot.keyClick(home.sync_button, Qt.Key.Key_Tab)
    qtbot.waitUntil(first.list.hasFocus)  # no blind stop, not the status bar first
