from __future__ import annotations

import subprocess
import sys

from kopdes_desktop import paths


def test_an_unhandled_crash_is_logged_with_its_traceback() -> None:
    code = (
        "from kopdes_desktop import log\n"
        "log.setup_logging()\n"
        "log.install_excepthook()\n"
        "def save_visit():\n"
        "    raise RuntimeError('disk full')\n"
        "save_visit()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True
    )
    assert result.returncode != 0
    logged = paths.log_file().read_text(encoding="utf-8")
    assert "CRITICAL kopdes_desktop.crash [MainThread] unhandled exception" in logged
    assert "RuntimeError: disk full" in logged
    assert "in save_visit" in logged
