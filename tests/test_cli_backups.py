"""``kopdes-desktop backup/restore/check`` and ``--self-test``, run as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

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


def test_backup_and_restore_from_the_command_line(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli("demo-data", "--cooperatives", "2").returncode == 0
    copy = tmp_path / "handover.sqlite"
    made = run_cli("backup", str(copy))
    assert made.returncode == 0, made.stderr
    assert copy.exists()
    assert run_cli("backup", str(copy)).returncode == 1  # never overwrites

    assert run_cli("demo-data", "--cooperatives", "1").returncode == 0
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
    assert run_cli("demo-data", "--cooperatives", "1").returncode == 0
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff" + b"\x00" * 2000)
    refused = run_cli("restore", str(junk))
    assert refused.returncode == 1
    assert "nothing was changed" in refused.stderr
    assert '"cooperatives": 1' in run_cli("info").stdout


def test_tools_refuse_a_damaged_database_and_name_the_backup(data_dir: Path) -> None:
    assert run_cli("demo-data", "--cooperatives", "2").returncode == 0
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
