from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kopdes_desktop.ui import i18n_build
from kopdes_desktop.ui.i18n import install_language


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files are build output; compile them once so the UI tests see Indonesian."""
    i18n_build.release()


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "id")
    yield
    install_language(qapp, "en")
