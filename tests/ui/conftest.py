from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kopdes_desktop.ui.forms.record_editor import RecordEditor
from kopdes_desktop.ui.i18n import install_language


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "id")
    yield
    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def forms_stay_in_their_test(qapp: QApplication) -> Iterator[None]:
    """A form a test leaves open and changed must not autosave a second later into the next
    test's data folder (that test would then be asked to restore it, and hang on the question)."""
    yield
    for widget in qapp.allWidgets():
        if isinstance(widget, RecordEditor):
            for timer in widget.findChildren(QTimer):
                timer.stop()
