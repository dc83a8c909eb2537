"""Where every file lives. The only module that knows; everything else asks it.

``KOPDES_DATA_DIR`` moves all of a laptop's data (database, photos, backups, logs, settings) to
one folder: tests use it, and so does a support person keeping two accounts apart.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from kopdes_desktop.private_files import private_dir

APP_NAME = "kopdes-desktop"
DATA_DIR_ENV = "KOPDES_DATA_DIR"
RESOURCES_DIR_ENV = "KOPDES_RESOURCES_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    return private_dir(path)


def _sub(name: str) -> Path:
    return private_dir(data_dir() / name)


# Sample data ("Data contoh") lives in a database of its own beside the real one and never
# syncs. While the window shows it, forms autosave into their own folder too, so a form of the
# sample data is never offered back into the real data (or the other way round).
_sample_mode = False


def set_sample_mode(active: bool) -> None:
    global _sample_mode  # noqa: PLW0603 - one window, one data set at a time
    _sample_mode = active


def sample_mode() -> bool:
    return _sample_mode


def database_file() -> Path:
    """The user's own database (the one that syncs), whatever the window shows."""
    return data_dir() / "kopdes.sqlite"


def sample_database_file() -> Path:
    return data_dir() / "sample-data.sqlite"


def sample_files() -> list[Path]:
    """Everything the sample data consists of, for removing it."""
    base = sample_database_file()
    return [
        base,
        base.with_name(base.name + "-wal"),
        base.with_name(base.name + "-shm"),
        data_dir() / "autosave-sample",
        data_dir() / "backups-sample",
    ]


def sample_backups_dir() -> Path:
    return _sub("backups-sample")


def backups_dir() -> Path:
    return _sub("backups")


def cache_dir() -> Path:
    """Copies the app can remake at any time (the map's compact boundaries)."""
    return _sub("cache")


def photos_dir() -> Path:
    return _sub("photos")


def autosave_dir() -> Path:
    return _sub("autosave-sample" if _sample_mode else "autosave")


def logs_dir() -> Path:
    if os.environ.get(DATA_DIR_ENV):
        return _sub("logs")
    return private_dir(Path(platformdirs.user_log_dir(APP_NAME, False)))


def log_file() -> Path:
    return logs_dir() / "kopdes-desktop.log"


def settings_file() -> Path:
    if os.environ.get(DATA_DIR_ENV):
        return data_dir() / "settings.json"
    path = Path(platformdirs.user_config_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path / "settings.json"


def resources_dir() -> Path:
    """The shipped read-only resources: region data, translations, icons.

    In a PyInstaller bundle they sit beside the executable's unpacked files; in a source checkout
    (editable install) at the top of the repository.
    """
    override = os.environ.get(RESOURCES_DIR_ENV)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def regions_dir() -> Path:
    return resources_dir() / "regions"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def boundaries_dir() -> Path:
    return resources_dir() / "boundaries"


def help_dir() -> Path:
    """The F1 guides, one Markdown file per screen in a folder per language."""
    return resources_dir() / "help"
