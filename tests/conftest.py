"""Fixtures shared by the whole suite: real SQLite files in temporary folders."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from kopdes_desktop import paths
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.domain.validation import ValidationContext
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.opening import open_database

# The machine's speed is not what the property tests check: on a busy 2-core CI runner input
# generation and single examples can be slow, which Hypothesis would report as a failure.
settings.register_profile("kopdes", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("kopdes")


TODAY = date(2026, 11, 28)


# The offscreen platform's default screen is 800×600. Tests run on two screens side by side: the
# BAs' usual 1366×768 laptop (primary, where windows open unless moved) and a 1024×600 netbook
# (tests/ui/screens.py puts a window there to check that everything fits).
def _screen(name: str, x: int, width: int, height: int) -> dict[str, object]:
    return {
        "name": name,
        "x": x,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalDpiX": 96,
        "logicalDpiY": 96,
        "dpr": 1,
    }


_TEST_SCREENS = {"screens": [_screen("laptop", 0, 1366, 768), _screen("netbook", 1366, 1024, 600)]}


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        text = json.dumps(_TEST_SCREENS)
        # Named by content: other checkouts on this machine may run tests with other screens.
        digest = hashlib.sha256(text.encode()).hexdigest()[:10]
        screen_file = Path(tempfile.gettempdir()) / f"kopdes-test-screens-{digest}.json"
        if not screen_file.exists():
            # Written beside and renamed: with pytest-xdist every worker (and the controller)
            # runs this, and none may read a half-written file.
            partial = screen_file.with_name(f"{screen_file.name}.{os.getpid()}.tmp")
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, screen_file)
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_file}"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files are build output; compile them once so tests see the Indonesian texts."""
    from kopdes_desktop.ui import i18n_build

    i18n_build.release()


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so nothing touches the developer's real data."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    paths.set_sample_mode(False)
    return folder


@pytest.fixture(scope="session")
def catalog() -> RegionCatalog:
    return RegionCatalog.from_directory(paths.regions_dir())


@pytest.fixture
def validation_context(catalog: RegionCatalog) -> ValidationContext:
    return ValidationContext(today=TODAY, village_exists=catalog.village_exists)


@pytest.fixture
def database(data_dir: Path, catalog: RegionCatalog) -> Iterator[Database]:
    db = open_database(data_dir / "kopdes.sqlite", data_dir / "backups", catalog)
    yield db
    db.dispose()


@pytest.fixture
def context(database: Database, catalog: RegionCatalog) -> ServiceContext:
    return ServiceContext(database=database, catalog=catalog, today=lambda: TODAY, user_id="ba-1")
