"""A laptop of an earlier release, its own code in its own processes: the CLI to sign in and
sync, its services to edit a visit (tests/sync/test_gps_source.py, test_position_clash.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kopdes_desktop.server.models import User
from tests.server.helpers import PASSWORD, LiveServer

EDIT_A_VISIT = """
import dataclasses, json, sys
from kopdes_desktop.app import open_services
services = open_services()
detail = services.visits.get(sys.argv[1])
visit = dataclasses.replace(detail.visit, **json.loads(sys.argv[2]))
services.visits.save_draft(dataclasses.replace(detail, visit=visit))
"""
# The CLI's exit code for "synced, with clashes to settle".
NEEDS_ATTENTION = 7


class OlderLaptop:
    def __init__(self, code: Path, data: Path, cwd: Path) -> None:
        self.code, self.data, self._cwd = code, data, cwd
        self._env = {
            **os.environ,
            "PYTHONPATH": str(code),
            "KOPDES_DATA_DIR": str(data),
            "KOPDES_RESOURCES_DIR": str(code / "resources"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }

    @property
    def database(self) -> Path:
        return self.data / "kopdes.sqlite"

    def run(self, *command: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *command], input=stdin, env=self._env,
            capture_output=True, text=True, check=False, timeout=300, cwd=self._cwd,
        )  # fmt: skip

    def sign_in(self, server: LiveServer, user: User) -> None:
        where = self.run("-c", "import kopdes_desktop; print(kopdes_desktop.__file__)")
        assert where.stdout.strip().startswith(str(self.code))  # really the older code
        login = self.run("-m", "kopdes_desktop.cli", "login", "--server", server.base_url,
                         "--username", user.username, "--password-stdin",
                         stdin=PASSWORD + "\n")  # fmt: skip
        assert login.returncode == 0, login.stderr

    def sync_cleanly(self, clashes: int = 0) -> None:
        """A round that leaves nothing pending, refused or set aside (``clashes``: the clashes
        it then has to settle, which its CLI reports by exit code and words)."""
        expected = NEEDS_ATTENTION if clashes else 0
        synced = self.run("-m", "kopdes_desktop.cli", "sync")
        assert synced.returncode == expected, synced.stdout + synced.stderr
        if clashes:
            assert f"{clashes} clash(es) to settle" in synced.stdout
        status = self.run("-m", "kopdes_desktop.cli", "status", "--json")
        assert status.returncode == expected, status.stderr
        shown = json.loads(status.stdout)
        assert (shown["pending_changes"], shown["rejected_changes"]) == (0, 0), shown
        assert shown.get("set_aside_changes", 0) == 0, shown

    def edit_visit(self, visit_id: str, **values: object) -> None:
        edited = self.run("-c", EDIT_A_VISIT, visit_id, json.dumps(values))
        assert edited.returncode == 0, edited.stderr
