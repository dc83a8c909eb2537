"""Small steps the UI tests repeat."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.ui.main_window import MainWindow

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def open_window(qtbot: QtBot, services: AppServices) -> MainWindow:
    window = MainWindow(services, "id")
    qtbot.addWidget(window)
    window.show()
    return window


def screenshot(qtbot: QtBot, widget: object, name: str) -> Path:
    """Save what the user sees, as a test artifact (test-artifacts/ at the repository top)."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    qtbot.wait(50)  # let layouts settle after the last change
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / f"{name}.png"
    widget.grab().save(str(target))
    return target
