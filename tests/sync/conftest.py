"""Laptops syncing with a real server: each desk is an install with its own SQLite file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.server.models import User
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.sync_service import SyncService
from kopdes_desktop.storage.opening import open_database
from kopdes_desktop.sync.token_store import TokenStore
from kopdes_desktop.sync.transport import Transport
from kopdes_desktop.ui.i18n import install_language
from tests.server.conftest import (  # noqa: F401 - fixtures the sync tests use
    postgres,
    postgres_server,
    postgres_template,
    server,
    sqlite_server,
)
from tests.server.helpers import KETAPANG, PASSWORD, LiveServer

Desk = AppServices
DeskFactory = Callable[..., Desk]


def ba_of_a_new_cooperative(live: LiveServer, **values: Any) -> tuple[User, str]:
    """A new BA assigned to a new Ketapang cooperative (``values``: its fields)."""
    ba = live.user(Role.BA)
    cooperative_id = live.cooperative(KETAPANG, **values)
    live.assign(ba, cooperative_id)
    return ba, cooperative_id


def make_desk(
    folder: Path,
    catalog: RegionCatalog,
    server_url: str | None = None,
    transport_factory: Callable[[str, str], Transport] | None = None,
) -> Desk:
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(folder / "kopdes.sqlite", folder / "backups", catalog)
    services = AppServices(ServiceContext(database=database, catalog=catalog))
    services.sync = SyncService(
        services.context,
        token_store=TokenStore(folder / "token.json", use_keyring=False),
        transport_factory=transport_factory,
    )
    return services


@pytest.fixture
def indonesian_ui(qapp: QApplication) -> Iterator[None]:
    """The window in Indonesian, the users' language, for the tests that read its texts."""
    install_language(qapp, "id")
    yield
    install_language(qapp, "en")


@pytest.fixture
def desks(
    tmp_path: Path,
    catalog: RegionCatalog,
    server: LiveServer,  # noqa: F811 - the fixture imported above
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[DeskFactory]:
    """``desks(user)``: a new install signed in as ``user`` against the live server."""
    made: list[Desk] = []

    def factory(
        user: User,
        *,
        transport_factory: Callable[[str, str], Transport] | None = None,
        name: str | None = None,
    ) -> Desk:
        folder = tmp_path / (name or f"desk{len(made)}")
        # Photos live in the data folder, which paths.py finds through this variable.
        monkeypatch.setenv("KOPDES_DATA_DIR", str(folder))
        desk = make_desk(folder, catalog, transport_factory=transport_factory)
        desk.sync.sign_in(server.base_url, user.username, PASSWORD, f"test {folder.name}")
        made.append(desk)
        return desk

    yield factory
    for desk in made:
        desk.context.database.dispose()


def round_done(window: object) -> bool:
    """The window's last sync round has ended and the status says where things stand.

    A PMO's laptop on the shared test server may see other tests' clashes in its kabupaten, so
    its status bar rightly says "… bentrok …" instead of "Tersinkron": tests that only need the
    round finished wait for this, and check refusals themselves.
    """
    from kopdes_desktop.ui.sync_controller import SyncState

    snapshot = window.sync.snapshot  # type: ignore[attr-defined]
    status = snapshot.status
    return (
        snapshot.state is SyncState.IDLE
        and status is not None
        and status.last_sync_server_time is not None
    )
