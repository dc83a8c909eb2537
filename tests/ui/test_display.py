"""What the user reads when the window cannot open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


def test_a_missing_window_library_is_named_with_the_command_that_installs_it(
    qapp: QApplication,
) -> None:
    from kopdes_desktop.ui import display

    message = display.missing_library_message("id", "libxcb-icccm.so.4")
    assert "pustaka sistem tidak ada: libxcb-icccm.so.4" in message
    assert "sudo apt-get install libxcb-cursor0" in message
    english = display.missing_library_message("en", "libxcb-icccm.so.4")
    assert "a system library is missing: libxcb-icccm.so.4" in english


def test_an_explicit_platform_skips_the_x11_check(monkeypatch: pytest.MonkeyPatch) -> None:
    from kopdes_desktop.ui import display

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert display.missing_x11_library() is None
