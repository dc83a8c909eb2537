"""Sample data never reaches the server: pressed, looked at, "synced", then signed in from the
sample window, as a BA and as a PMO, and the server holds exactly as many records as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.listing import CooperativeFilter
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.services import sample_data
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.sync_service import SampleDataError, SyncService
from kopdes_desktop.sync.token_store import TokenStore
from kopdes_desktop.ui.application import Workspace
from kopdes_desktop.ui.main_window import COOPERATIVES, MainWindow
from tests.server.helpers import PASSWORD, SAMBAS, LiveServer
from tests.sync.conftest import make_desk, round_done
from tests.ui.helpers import screenshot


def server_records(server: LiveServer) -> int:
    with server.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(RecordRow)) or 0)


@pytest.fixture
def workspace(tmp_path: Path, catalog: RegionCatalog, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """A fresh install whose window switches between its own data and the sample data."""
    folder = tmp_path / "laptop"
    monkeypatch.setenv("KOPDES_DATA_DIR", str(folder))

    def open_services(sample: bool) -> AppServices:
        if not sample:
            return make_desk(folder, catalog)
        services = AppServices(sample_data.open_context(catalog))
        services.sync = SyncService(
            services.context, token_store=TokenStore(folder / "token.json", use_keyring=False)
        )
        return services

    return Workspace(open_services, "id", daily_backups=False)


def switched(qtbot: QtBot, workspace: Workspace, action: object) -> MainWindow:
    with qtbot.waitSignal(workspace.switched, timeout=20_000):
        action()  # type: ignore[operator]
    window = workspace.window
    assert window is not None
    return window


@pytest.mark.parametrize("role", [Role.BA, Role.PMO])
def test_sample_data_never_reaches_the_server(
    qtbot: QtBot, server: LiveServer, workspace: Workspace, indonesian_ui: None, role: Role
) -> None:
    user = server.user(role, kabupaten=[SAMBAS] if role is Role.PMO else None)
    assigned = server.cooperative(SAMBAS)
    if role is Role.BA:
        server.assign(user, assigned)
    before = server_records(server)
    # No qtbot.addWidget: the workspace closes and deletes each window as it switches.
    first = workspace.open(sample=False)
    first.navigation.setCurrentRow(COOPERATIVES)  # the window opens on Beranda
    page = first.cooperatives
    qtbot.waitUntil(page.demo_button.isVisible, timeout=10_000)
    sample = switched(qtbot, workspace, page.demo_button.click)
    assert sample.services.sample
    qtbot.waitUntil(lambda: sample.cooperatives.model.rowCount() == 12, timeout=10_000)

    # However hard the user tries, the sample data does not sync.
    qtbot.keyClick(sample, Qt.Key.Key_F5)
    qtbot.waitUntil(
        lambda: sample.sync_status.label.text() == "Data contoh · tidak pernah disinkronkan"
    )
    with pytest.raises(SampleDataError):
        sample.services.sync.sync()
    with pytest.raises(SampleDataError):
        sample.services.sync.sign_in(server.base_url, user.username, PASSWORD)
    assert server_records(server) == before

    # Signing in from the sample window opens the user's own data and its sign-in dialog.
    own = switched(qtbot, workspace, sample.sample_banner.sign_in_button.click)
    assert not own.services.sample
    dialog = own.sign_in_dialog
    dialog.server.setText(server.base_url)
    dialog.username.setText(user.username)
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.sign_in()
    # Sync starts by itself after signing in, and brings the account's own cooperatives.
    qtbot.waitUntil(lambda: own.cooperatives.model.rowCount() >= 1, timeout=30_000)
    qtbot.waitUntil(lambda: round_done(own), timeout=30_000)
    assert own.services.sync.status().rejected_changes == 0
    assert server_records(server) == before
    # The sample cooperatives are Kubu Raya's; this account's own data holds none there.
    in_kubu_raya = own.services.cooperatives.list(CooperativeFilter(kabupaten_code="61.12"))
    assert in_kubu_raya.total == 0
    # Once an account has signed in, sample data is gone and no longer offered.
    qtbot.waitUntil(lambda: not sample_data.exists(), timeout=10_000)
    assert not own.services.sample_data_offered()
    assert own.cooperatives.demo_button.isHidden()
    screenshot(qtbot, own, f"sample-data-after-sign-in-{role.value}")
    own.close()
    own.services.context.database.dispose()
