"""A PMO's laptop pushed the old sample data to the server (as older versions did): the admin's
``kopdes-server remove-sample-data`` takes it away everywhere, and leaves real cooperatives."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.server.cli import main
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.demo_data import create_demo_data
from tests.server.helpers import LiveServer
from tests.sync.conftest import DeskFactory

KUBU_RAYA = "61.12"


def live_cooperatives(server: LiveServer, ids: set[str]) -> int:
    with server.db.read() as session:
        return int(
            session.scalar(
                select(func.count()).where(
                    RecordRow.record_id.in_(ids), RecordRow.deleted.is_(False)
                )
            )
            or 0
        )


def test_sample_data_a_pmo_pushed_is_removed_on_the_server_and_then_on_every_laptop(
    server: LiveServer, desks: DeskFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    real = server.cooperative(KUBU_RAYA, name="Koperasi Desa Merah Putih Sungai Asli")
    pmo = desks(server.user(Role.PMO, kabupaten=[KUBU_RAYA]))
    colleague = desks(server.user(Role.PMO, kabupaten=[KUBU_RAYA]))
    pmo.sync.sync()
    before = ids_on(pmo)
    # What "Muat data contoh" did before it had a database of its own, then a sync.
    create_demo_data(pmo.context, cooperatives=3)
    sample = ids_on(pmo) - before
    assert pmo.sync.sync().push.rejected == 0
    assert live_cooperatives(server, sample) == 3  # the server took them: the old harm
    colleague.sync.sync()
    assert sample <= ids_on(colleague)

    url = ["--database-url", server.database_url]
    assert main([*url, "remove-sample-data", "--dry-run"]) == 0
    assert "would remove 3 sample cooperative(s)" in capsys.readouterr().out
    assert live_cooperatives(server, sample) == 3
    assert main([*url, "remove-sample-data"]) == 0
    assert "removed 3 sample cooperative(s)" in capsys.readouterr().out
    assert live_cooperatives(server, sample) == 0
    assert live_cooperatives(server, {real}) == 1

    for laptop in (pmo, colleague):
        laptop.sync.sync()
        assert not ids_on(laptop) & sample
        assert real in ids_on(laptop)
    assert main([*url, "remove-sample-data"]) == 0  # nothing twice
    assert "removed 0 sample cooperative(s)" in capsys.readouterr().out


def ids_on(laptop: AppServices) -> set[str]:
    return {cooperative_id for cooperative_id, _name in laptop.cooperatives.choices()}
