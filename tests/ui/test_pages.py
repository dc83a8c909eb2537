"""Every page renders with real data, every list model passes Qt's checks, every label exists."""

from __future__ import annotations

from enum import StrEnum

import pytest
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain import enums
from kopdes_desktop.domain.listing import OpportunityFilter, VisitFilter
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.demo_data import create_demo_data
from kopdes_desktop.ui import labels
from kopdes_desktop.ui.list_columns import opportunity_columns, visit_columns
from kopdes_desktop.ui.paged_table_model import PagedTableModel
from kopdes_desktop.ui.tasks import TaskRunner
from tests.ui.helpers import open_window, screenshot

PAGE_NAMES = (
    "home",
    "cooperatives",
    "visits",
    "opportunities",
    "inbox",
    "review",
    "dashboard",
    "map",
    "reports",
    "settings",
)


@pytest.fixture
def services(context: ServiceContext) -> AppServices:
    services = AppServices(context)
    create_demo_data(context, cooperatives=12)
    return services


def test_every_page_renders_at_laptop_size(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    window = open_window(qtbot, services)
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.visits.model.rowCount() == 12)
    for row, name in enumerate(PAGE_NAMES):
        window.navigation.setCurrentRow(row)
        assert window.pages.currentIndex() == row
        shot = screenshot(qtbot, window, f"page-{row}-{name}")
        assert shot.stat().st_size > 5_000
    assert window.navigation.item(2).text() == "Kunjungan"


def test_visit_and_opportunity_models_pass_qt_model_checks(
    qtbot: QtBot, qtmodeltester: object, services: AppServices
) -> None:
    tasks = TaskRunner()
    visits = PagedTableModel(services.visits.list, visit_columns("id"), VisitFilter(), tasks)
    notes = PagedTableModel(
        services.opportunities.list, opportunity_columns("id"), OpportunityFilter(), tasks
    )
    for model in (visits, notes):
        model.refresh()
        qtbot.waitUntil(lambda m=model: m.rowCount() == 12)  # type: ignore[misc]
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def _enum_types() -> list[type[StrEnum]]:
    return [
        value
        for value in vars(enums).values()
        if isinstance(value, type)
        and issubclass(value, StrEnum)
        and value is not StrEnum
        # Roles are named by the server's account tools, never chosen in a form.
        and value is not enums.Role
    ]


@pytest.mark.parametrize("enum_type", _enum_types(), ids=lambda e: e.__name__)
def test_every_stored_value_has_a_label(enum_type: type[StrEnum], indonesian: None) -> None:
    texts = [labels.label(member) for member in enum_type]
    assert all(texts)
    assert len(set(texts)) == len(texts)  # two choices never read the same


def test_back_up_now_from_settings_writes_a_readable_copy(
    qtbot: QtBot, services: AppServices, tmp_path: object, indonesian: None
) -> None:
    import sqlite3
    from pathlib import Path

    window = open_window(qtbot, services)
    target = Path(str(tmp_path)) / "cadangan.sqlite"
    window.back_up_to(str(target))
    qtbot.waitUntil(lambda: window.settings_page.notice.text().startswith("Cadangan disimpan"))
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM cooperative").fetchone() == (12,)
    window.back_up_to(str(target))  # never overwrites an existing file
    qtbot.waitUntil(lambda: "already exists" in window.settings_page.notice.text())
