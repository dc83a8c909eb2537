"""``kopdes-desktop backup/restore/check`` and ``--self-test``, run as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from kopdes_desktop import paths
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.demo_data import create_demo_data
from kopdes_desktop.storage.opening import open_database
from tests.roles import as_admin
from tests.storage.damage import tear_table_page


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kopdes_desktop", *args],
        check=False,
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=timeout,
    )


def own_data(data_dir: Path, cooperatives: int, seed: int = 7) -> None:
    """Records in the user's own database, as syncing would have brought them."""
    catalog = RegionCatalog.from_directory(paths.regions_dir())
    database = open_database(data_dir / "kopdes.sqlite", data_dir / "backups", catalog)
    try:
        context = ServiceContext(database=database, catalog=catalog)
        create_demo_data(as_admin(context), cooperatives=cooperatives, seed=seed)
    finally:
        database.dispose()


def test_backup_and_restore_from_the_command_line(data_dir: Path, tmp_path: Path) -> None:
    own_data(data_dir, 2)
    copy = tmp_path / "handover.sqlite"
    made = run_cli("backup", str(copy))
    assert made.returncode == 0, made.stderr
    assert copy.exists()
    assert run_cli("backup", str(copy)).returncode == 1  # never overwrites

    own_data(data_dir, 1, seed=99)
    restored = run_cli("restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert "the previous database is kept as" in restored.stdout
    info = run_cli("info")
    assert '"cooperatives": 2' in info.stdout
    listed = run_cli("backups")
    assert "pre-restore-" in listed.stdout


def test_restore_refuses_a_file_that_is_not_a_kopdes_database(
    data_dir: Path, tmp_path: Path
) -> None:
    own_data(data_dir, 1)
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff" + b"\x00" * 2000)
    refused = run_cli("restore", str(junk))
    assert refused.returncode == 1
    assert "nothing was changed" in refused.stderr
    assert '"cooperatives": 1' in run_cli("info").stdout


def test_tools_refuse_a_damaged_database_and_name_the_backup(data_dir: Path) -> None:
    own_data(data_dir, 2)
    copy = data_dir / "backups" / "manual-20261128T000000Z.sqlite"
    assert run_cli("backup", str(copy)).returncode == 0
    tear_table_page(data_dir / "kopdes.sqlite", "cooperative")
    assert run_cli("check").returncode == 3
    info = run_cli("info")
    assert info.returncode == 3
    assert "is damaged" in info.stdout
    assert f"kopdes-desktop restore {copy}" in info.stdout
    assert run_cli("restore", str(copy)).returncode == 0
    assert run_cli("check").returncode == 0
    assert any(p.name.startswith("kopdes.damaged-") for p in data_dir.iterdir())


def test_self_test_passes_and_leaves_the_users_data_alone(data_dir: Path) -> None:
    started = time.perf_counter()
    result = run_cli("--self-test")
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("self-test passed")
    for step in ("resources", "database", "save and read", "backup", "window"):
        assert any(line.startswith(f"ok  {step}") for line in lines), result.stdout
    assert not (data_dir / "kopdes.sqlite").exists()
    assert elapsed < 60


def test_self_test_fails_with_the_reason_when_resources_are_missing(tmp_path: Path) -> None:
    env = dict(os.environ, KOPDES_RESOURCES_DIR=str(tmp_path / "nothing"))
    result = subprocess.run(
        [sys.executable, "-m", "kopdes_desktop", "--self-test"],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1
    assert "FAILED resources: no region data" in result.stdout


def test_sample_data_from_the_command_line_stays_out_of_the_users_database(
    data_dir: Path,
) -> None:
    made = run_cli("demo-data", "--cooperatives", "3")
    assert made.returncode == 0, made.stderr
    assert "never synced" in made.stdout
    assert (data_dir / "sample-data.sqlite").exists()
    assert '"cooperatives": 0' in run_cli("info").stdout  # the user's own data: untouched
    assert run_cli("demo-data", "--remove").returncode == 0
    assert not (data_dir / "sample-data.sqlite").exists()
