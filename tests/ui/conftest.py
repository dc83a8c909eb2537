from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kopdes_desktop.ui.forms.record_editor import RecordEditor
from kopdes_desktop.ui.i18n import install_language


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "id")
    yield
    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def forms_stop_autosaving(qapp: QApplication) -> Iterator[None]:
    """A form a test leaves open with unsaved typing must not autosave after the test: the
    timer reads the data folder when it fires, which by then is the next test's, whose window
    would offer the form back in a modal question and block the run."""
    yield
    for widget in QApplication.allWidgets():
        if isinstance(widget, RecordEditor):
            widget._autosave_timer.stop()
