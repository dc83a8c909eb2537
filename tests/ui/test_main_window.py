"""The window a BA opens: the cooperative list read from the local database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdes_desktop.app import open_services
from kopdes_desktop.domain.listing import CooperativeFilter
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.demo_data import create_demo_data
from kopdes_desktop.sync.photo_sync import PhotoPolicy
from kopdes_desktop.ui.application import Workspace
from kopdes_desktop.ui.list_columns import cooperative_columns
from kopdes_desktop.ui.main_window import REVIEW, MainWindow
from kopdes_desktop.ui.paged_table_model import PagedTableModel
from kopdes_desktop.ui.tasks import TaskRunner
from tests.ui.helpers import screenshot

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def services(context: ServiceContext) -> AppServices:
    return AppServices(context)


def open_window(qtbot: QtBot, services: AppServices) -> MainWindow:
    window = MainWindow(services, "id")
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_list_shows_the_cooperatives_in_the_database(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    create_demo_data(services.context, cooperatives=12)
    window = open_window(qtbot, services)
    model = window.cooperatives.model
    qtbot.waitUntil(lambda: model.rowCount() == 12)
    assert model.headerData(0, _horizontal()) == "Koperasi"
    # The cell shows what tells the cooperatives apart; the tooltip, the whole name.
    names = {model.data(model.index(row, 0)) for row in range(12)}
    assert not any(name.startswith("Koperasi") for name in names)
    tips = {model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) for row in range(12)}
    assert tips == {f"Koperasi Desa Merah Putih {name}" for name in names}
    assert {model.data(model.index(row, 2)) for row in range(12)} == {"Kabupaten Kubu Raya"}
    assert window.cooperatives.count.text() == "12 koperasi"
    # Not signed in yet: the status bar says so, with what is waiting to be sent.
    qtbot.waitUntil(lambda: window.sync_status.label.text().startswith("Belum masuk · "))
    assert window.sync_status.label.text().endswith("perubahan menunggu")
    assert window.sync_status.button.text() == "Masuk…"
    assert window.navigation.item(REVIEW).isHidden()  # a BA does not review
    qtbot.wait(50)  # let the layout catch up with the new label texts before the screenshot
    ARTIFACTS.mkdir(exist_ok=True)
    window.grab().save(str(ARTIFACTS / "main-window-cooperatives.png"))


def test_typing_a_village_name_filters_the_list(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    create_demo_data(services.context, cooperatives=12)
    window = open_window(qtbot, services)
    model = window.cooperatives.model
    qtbot.waitUntil(lambda: model.rowCount() == 12)
    village = model.data(model.index(3, 1))
    qtbot.keyClicks(window.cooperatives.search, village.lower())
    qtbot.waitUntil(lambda: 1 <= model.rowCount() < 12)
    assert village in {model.data(model.index(r, 1)) for r in range(model.rowCount())}
    window.cooperatives.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 12)


def test_choosing_another_kabupaten_empties_the_list(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    create_demo_data(services.context, cooperatives=5)
    window = open_window(qtbot, services)
    page = window.cooperatives
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    page.kabupaten.setCurrentIndex(page.kabupaten.findData("61.01"))  # Sambas
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.kecamatan.isEnabled()
    assert page.kecamatan.count() == 1 + 19
    assert page.demo_button.isHidden()  # filtered to nothing is not "no data"


def test_an_empty_laptop_offers_sample_data_in_a_window_of_its_own(
    qtbot: QtBot, data_dir: Path, indonesian: None
) -> None:
    workspace = Workspace(open_services, "id", daily_backups=False)
    # No qtbot.addWidget: the workspace closes and deletes each window as it switches.
    window = workspace.open(sample=False)
    page = window.cooperatives
    qtbot.waitUntil(lambda: not page.demo_button.isHidden())
    assert page.demo_button.text() == "Muat data contoh"
    assert not window.sample_banner.isVisible()
    with qtbot.waitSignal(workspace.switched, timeout=20_000):
        qtbot.mouseClick(page.demo_button, _left())
    sample = workspace.window
    assert sample is not None
    qtbot.waitUntil(lambda: sample.cooperatives.model.rowCount() == 12, timeout=10_000)
    assert sample.sample_banner.isVisible()
    assert sample.windowTitle() == "Kopdes Desktop — data contoh"
    qtbot.waitUntil(
        lambda: sample.sync_status.label.text() == "Data contoh · tidak pernah disinkronkan"
    )
    assert sample.cooperatives.demo_button.isHidden()
    assert (data_dir / "sample-data.sqlite").exists()
    screenshot(qtbot, sample, "sample-data-banner")

    with qtbot.waitSignal(workspace.switched, timeout=20_000):
        sample.sample_banner.remove_button.click()  # one click, gone
    own = workspace.window
    assert own is not None
    assert not own.services.sample
    assert not (data_dir / "sample-data.sqlite").exists()
    qtbot.waitUntil(lambda: not own.cooperatives.demo_button.isHidden())
    assert own.cooperatives.model.rowCount() == 0  # the user's own data never held them
    own.close()
    own.services.context.database.dispose()


def test_window_size_is_remembered(qtbot: QtBot, services: AppServices) -> None:
    window = open_window(qtbot, services)
    window.resize(1000, 640)
    window.close()
    again = open_window(qtbot, services)
    assert (again.width(), again.height()) == (1000, 640)


def test_cooperative_model_passes_qt_model_checks(
    qtbot: QtBot, qtmodeltester: object, services: AppServices
) -> None:
    create_demo_data(services.context, cooperatives=12)
    tasks = TaskRunner()
    model = PagedTableModel(
        services.cooperatives.list, cooperative_columns("id"), CooperativeFilter(), tasks
    )
    model.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 12)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_photo_choices_in_settings_reach_sync_and_are_kept(
    qtbot: QtBot, data_dir: Path, indonesian: None
) -> None:
    """Which photos of others come with sync, and how much room they may take: saved on the
    settings page, used by the next round at once and by the app when it starts again."""
    services = open_services()
    window = open_window(qtbot, services)
    page = window.settings_page
    assert services.sync.photo_policy == PhotoPolicy()  # 30 days, 1 GB
    page.photo_window.setValue(7)
    page.photo_cache.setValue(500)
    page.save()
    assert services.sync.photo_policy == PhotoPolicy(window_days=7, cache_bytes=500 * 2**20)
    window.close()
    services.context.database.dispose()

    again = open_services()
    try:
        assert again.sync.photo_policy == PhotoPolicy(window_days=7, cache_bytes=500 * 2**20)
        again_window = open_window(qtbot, again)
        assert (
            again_window.settings_page.photo_window.value(),
            again_window.settings_page.photo_cache.value(),
        ) == (7, 500)
        again_window.close()
    finally:
        again.context.database.dispose()
