"""The command line, run as a user would run it: a real subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from kopdes_desktop import settings


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kopdes_desktop", *args],
        check=False,
        capture_output=True,
        text=True,
        env=env or dict(os.environ),
        timeout=120,
    )


def test_without_a_display_the_app_explains_instead_of_crashing(data_dir: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run_cli(env=env)
    assert result.returncode == 2
    assert "memerlukan tampilan desktop grafis" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_the_message_follows_the_chosen_language(data_dir: Path) -> None:
    settings.save(settings.Settings(language="en"))
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run_cli(env=env)
    assert "needs a graphical desktop" in result.stdout


def test_demo_data_goes_to_its_own_database_and_info_counts_the_users(data_dir: Path) -> None:
    created = run_cli("demo-data", "--cooperatives", "3")
    assert created.returncode == 0, created.stderr
    with sqlite3.connect(data_dir / "sample-data.sqlite") as sample:
        assert sample.execute("SELECT count(*) FROM cooperative").fetchone() == (3,)
        assert sample.execute("SELECT count(*) FROM visit").fetchone() == (3,)
    info = run_cli("info")
    assert info.returncode == 0, info.stderr
    figures = json.loads(info.stdout)
    # The user's own database, which syncs: the sample data is not in it, nothing waits.
    assert (figures["cooperatives"], figures["visits"], figures["pending_changes"]) == (0, 0, 0)
    assert Path(figures["database"]) == data_dir / "kopdes.sqlite"
