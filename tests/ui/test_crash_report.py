"""A crash inside a Qt slot is logged with its traceback, and the user is told where the log is."""

from __future__ import annotations

import os
import subprocess
import sys

from kopdes_desktop import paths

CRASHING_APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kopdes_desktop import log
from kopdes_desktop.ui import application

log.setup_logging()
log.install_excepthook()
app = application.create_application("id")
# The real dialog is modal; print its text instead so the test can read it.
log.add_crash_listener(lambda summary: print(application.crash_message(summary), flush=True))

def save_visit():
    raise RuntimeError("disk full")

QTimer.singleShot(0, save_visit)
QTimer.singleShot(200, app.quit)
sys.exit(app.exec())
"""


def test_a_crash_in_a_slot_is_logged_and_the_message_names_the_log_file() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_APP],
        check=False,
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=60,
    )
    logged = paths.log_file().read_text(encoding="utf-8")
    assert "unhandled exception" in logged
    assert "Traceback" in logged
    assert "in save_visit" in logged
    assert "RuntimeError: disk full" in logged
    assert str(paths.log_file()) in result.stdout, result.stdout + result.stderr
    assert "RuntimeError: disk full" in result.stdout
    assert "Semua yang sudah Anda simpan tetap aman" in result.stdout  # in Indonesian
