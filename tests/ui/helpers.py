"""Small steps the UI tests repeat."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.edits import Clash, ClashKind
from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Cooperative, CooperativeDetail, RecordType
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.backups import DamageReport, UnsentChange
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperatives import CooperativeService
from kopdes_desktop.ui.main_window import VISITS, MainWindow
from kopdes_desktop.ui.visit_editor import VisitEditor
from tests.roles import as_admin

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def open_window(qtbot: QtBot, services: AppServices) -> MainWindow:
    window = MainWindow(services, "id")
    qtbot.addWidget(window)
    window.show()
    return window


def services_as(context: ServiceContext, role: Role, *codes: str, user: str = "") -> AppServices:
    """Services of someone in ``role`` over the kabupaten ``codes``."""
    return AppServices(dataclasses.replace(context, role=role, kabupaten_codes=codes, user_id=user))


def screenshot(qtbot: QtBot, widget: object, name: str) -> Path:
    """Save what the user sees, as a test artifact (test-artifacts/ at the repository top)."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    qtbot.wait(50)  # let layouts settle after the last change
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / f"{name}.png"
    widget.grab().save(str(target))
    return target


def with_cooperatives(context: ServiceContext, cooperatives: dict[str, str]) -> AppServices:
    """Services of a BA's laptop holding these cooperatives (name → village code); they are
    made as an admin, who may add cooperatives."""
    admin = CooperativeService(as_admin(context))
    for name, village in cooperatives.items():
        admin.save(CooperativeDetail(Cooperative(id=new_id(), name=name, village_code=village)))
    return AppServices(context)


def open_new_visit(qtbot: QtBot, services: AppServices) -> tuple[MainWindow, VisitEditor]:
    """The main window, and the new-visit form opened from its Visits page."""
    window = open_window(qtbot, services)
    window.navigation.setCurrentRow(VISITS)
    window.visits.new_record()
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    editor = window.visits.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    return window, editor


def three_clashes() -> list[Clash]:
    """A save met by a sync that changed three fields of the same cooperative."""
    return [
        Clash(ClashKind.FIELD, RecordType.COOPERATIVE, new_id(), field, "", theirs, mine)
        for field, theirs, mine in (
            ("phone", "0561 111", "0561 222"),
            ("member_count", 40, 45),
            ("address", "Jl. Parit Baru", "Jl. Parit Lama No. 3"),
        )
    ]


def damage_report(database: Path, unsent: int, *, fully_read: bool) -> DamageReport:
    """A damaged database with no good backup and ``unsent`` visit changes still to rescue."""
    changes = tuple(
        UnsentChange(
            mutation_id=minute,
            record_type="visit",
            record_id=f"visit-{minute}",
            op="patch",
            device_time=datetime(2026, 11, 27, 8, minute, tzinfo=UTC).isoformat(),
            hint=f"Kunjungan ke KDKMP nomor {minute}",
        )
        for minute in range(unsent)
    )
    return DamageReport(
        database=database,
        problems=("*** in database main ***", "Page 7: btreeInitPage() returns error code 11"),
        newest_good_backup=None,
        missing_changes=changes,
        changes_fully_read=fully_read,
    )
