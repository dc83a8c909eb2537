"""Server fixtures: a throwaway PostgreSQL cluster, and real uvicorn servers on loopback.

Each backend (SQLite file, PostgreSQL database) gets one server process for the whole session
(per pytest-xdist worker);
tests keep out of each other's way by creating their own accounts and cooperatives.
"""

from __future__ import annotations

import os
import shutil
import ssl
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kopdes_desktop.domain.regions import RegionCatalog, RegionLevel, parent_codes
from kopdes_desktop.paths import regions_dir
from kopdes_desktop.server import migrate
from kopdes_desktop.server.db import Database
from tests.server.helpers import LiveServer
from tests.server.pgcluster import PostgresCluster, find_bin_dir, free_port, start_cluster

# Generous enough that the fuzzing and authorisation tests never trip it; the rate-limit test
# uses its own accounts and the per-account limit.
TEST_SERVER_ENV = {
    "KOPDES_SERVER_LOGIN_FAILURES_PER_ADDRESS": "100000",
    "KOPDES_SERVER_MAX_PHOTO_BYTES": str(2 * 1024 * 1024),
}


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    if find_bin_dir() is None:
        pytest.skip("PostgreSQL server binaries are not installed")
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres: PostgresCluster) -> str:
    """A migrated database to copy: CREATE DATABASE ... TEMPLATE is much faster than migrating."""
    url = postgres.create_database("kopdes_template")
    db = Database(url)
    migrate.upgrade(db)
    db.dispose()
    return "kopdes_template"


def new_database(backend: str, request: pytest.FixtureRequest, folder: Path, name: str) -> str:
    if backend == "sqlite":
        url = f"sqlite:///{folder / (name + '.sqlite')}"
        db = Database(url)
        migrate.upgrade(db)
        db.dispose()
        return url
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    template: str = request.getfixturevalue("postgres_template")
    # Unique: a module- or session-scoped fixture may make its database again in one cluster
    # (pytest-xdist runs files in another order and switches parameters more often).
    return cluster.create_database(f"{name}_{uuid.uuid4().hex[:8]}", template=template)


def _villages_by_kabupaten() -> dict[str, list[str]]:
    catalog = RegionCatalog.from_directory(regions_dir())
    villages: dict[str, list[str]] = {}
    for desa in sorted(catalog.at_level(RegionLevel.DESA), key=lambda r: r.code):
        villages.setdefault(parent_codes(desa.code)[0], []).append(desa.code)
    return villages


def start_server(
    database_url: str,
    data_dir: Path,
    env: dict[str, str] | None = None,
    *,
    host: str = "127.0.0.1",
    tls: tuple[Path, Path, Path] | None = None,
    code: Path | None = None,
) -> tuple[subprocess.Popen[bytes], str]:
    """Start uvicorn on a free port; ``tls`` = (certificate, key, CA that signed it) serves
    https; ``code``: a folder holding another release's ``kopdes_desktop`` to run instead of
    this one. Returns the process and its base URL (on ``host``, or 127.0.0.1 for 0.0.0.0)."""
    port = free_port()
    environment = {
        **os.environ,
        **TEST_SERVER_ENV,
        **(env or {}),
        "KOPDES_SERVER_DATABASE_URL": database_url,
        "KOPDES_SERVER_DATA_DIR": str(data_dir),
    }
    log = (data_dir / f"server-{port}.log").open("wb")
    tls_args = ["--ssl-certfile", str(tls[0]), "--ssl-keyfile", str(tls[1])] if tls else []
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "kopdes_desktop.server.app:app_from_env", "--factory",
         "--host", host, "--port", str(port), "--log-level", "warning", *tls_args],
        env=environment, stdout=log, stderr=subprocess.STDOUT, cwd=code,
    )  # fmt: skip
    shown_host = "127.0.0.1" if host == "0.0.0.0" else host
    base_url = f"{'https' if tls else 'http'}://{shown_host}:{port}"
    verify: ssl.SSLContext | bool = ssl.create_default_context(cafile=tls[2]) if tls else True
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {(data_dir / f'server-{port}.log').read_text()}")
        try:
            if httpx.get(f"{base_url}/healthz", timeout=1, verify=verify).status_code == 200:
                return process, base_url
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("server did not start within 30 s")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _live_server(backend: str, request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    folder = Path(tempfile.mkdtemp(prefix=f"kopdes-server-{backend}-"))
    url = new_database(backend, request, folder, "kopdes_shared")
    process, base_url = start_server(url, folder)
    db = Database(url)
    try:
        yield LiveServer(base_url, url, db, backend, villages=_villages_by_kabupaten())
    finally:
        stop_server(process)
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def sqlite_server(request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    yield from _live_server("sqlite", request)


@pytest.fixture(scope="session")
def postgres_server(request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    yield from _live_server("postgres", request)


@pytest.fixture(params=["sqlite", "postgres"])
def server(request: pytest.FixtureRequest) -> LiveServer:
    """The test runs once against each backend's server, started once per session (per
    pytest-xdist worker) and kept up: a session-scoped parametrised fixture would be stopped and
    started again each time a worker's next file switches backend."""
    live: LiveServer = request.getfixturevalue(f"{request.param}_server")
    return live
