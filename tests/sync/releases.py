"""Earlier releases, run for real from the repository's history: their server, and a laptop of
this release syncing through it (tests/sync/test_protocol_versions.py, test_protocol_3.py)."""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.paths import RESOURCES_DIR_ENV, resources_dir
from kopdes_desktop.server.db import Database
from kopdes_desktop.sync.engine import SyncReport
from kopdes_desktop.sync.transport import Transport
from tests.server.conftest import _villages_by_kabupaten, new_database, start_server, stop_server
from tests.server.helpers import PASSWORD, LiveServer
from tests.sync.conftest import ba_of_a_new_cooperative, make_desk
from tests.sync.test_convergence import _state
from tests.sync.test_round_trip import complete_visit
from tests.sync.test_scenarios import edit_members

ROOT = Path(__file__).resolve().parents[2]


def release_code(folder: Path, commit: str) -> Path:
    """A release's ``kopdes_desktop`` package and resources, unpacked from git into ``folder``."""
    try:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", commit, "kopdes_desktop",
             "resources"],
            capture_output=True, check=True, timeout=120,
        ).stdout  # fmt: skip
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"release {commit} is not in this checkout's history: {error}")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


@contextmanager
def release_server(
    request: pytest.FixtureRequest, folder: Path, commit: str
) -> Iterator[LiveServer]:
    """A server of that release on SQLite (its schema is this one's: no migration came with
    protocols 2 and 3), with the region data as shipped (the same in every release)."""
    code = release_code(folder / "code", commit)
    url = new_database("sqlite", request, folder, "old")
    process, base_url = start_server(url, folder, {RESOURCES_DIR_ENV: str(resources_dir())},
                                     code=code)  # fmt: skip
    db = Database(url)
    try:
        yield LiveServer(base_url, url, db, "sqlite", villages=_villages_by_kabupaten())
    finally:
        stop_server(process)
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def sync_a_week_through(
    old: LiveServer, catalog: RegionCatalog, tmp_path: Path
) -> tuple[SyncReport, set[int]]:
    """A laptop of this release sends a visit, its submission and a profile edit through an
    older server, and a second laptop of the account ends up with the same records. Returns the
    round's report and the protocol versions the laptop spoke."""
    ba, coop_id = ba_of_a_new_cooperative(old, member_count=3)
    transports: list[Transport] = []

    def factory(url: str, token: str) -> Transport:
        transports.append(Transport(url, token=token))
        return transports[-1]

    desk = make_desk(tmp_path / "laptop", catalog, transport_factory=factory)
    other = make_desk(tmp_path / "other", catalog)
    try:
        desk.sync.sign_in(old.base_url, ba.username, PASSWORD, "laptop")
        other.sync.sign_in(old.base_url, ba.username, PASSWORD, "other")
        desk.sync.sync()
        visit = desk.visits.save_draft(complete_visit(coop_id))
        desk.visits.submit(visit)
        edit_members(desk, coop_id, 4)
        report = desk.sync.sync()
        other.sync.sync()
        assert other.visits.get(visit.visit.id).visit.findings == visit.visit.findings
        assert other.cooperatives.get(coop_id).cooperative.member_count == 4
        assert _state(other) == _state(desk)
        return report, {t.protocol for t in transports}
    finally:
        desk.context.database.dispose()
        other.context.database.dispose()
