"""Typed, versioned user settings stored as JSON.

Each change of shape bumps ``SETTINGS_VERSION`` and adds an upgrade step, so a laptop that skipped
several releases still reads its old file. A damaged file is set aside, never silently lost.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from kopdes_desktop import paths

log = logging.getLogger(__name__)

SETTINGS_VERSION = 2
LANGUAGES = ("id", "en")
THEMES = ("light", "dark")  # light first: the default (ui/theme.py draws them)
MIN_SYNC_INTERVAL_MINUTES = 1
MAX_SYNC_INTERVAL_MINUTES = 24 * 60
MAX_PHOTO_WINDOW_DAYS = 3650
MIN_PHOTO_CACHE_MB = 100
MAX_PHOTO_CACHE_MB = 1_000_000


@dataclass(frozen=True, slots=True)
class Settings:
    language: str = "id"
    server_url: str = ""
    username: str = ""
    sync_interval_minutes: int = 15
    ca_bundle: str = ""  # a custom CA file for servers behind a private TLS certificate
    # Plain http to a server on another computer: refused unless the user ticks this (a test
    # server on a village LAN); the window then keeps a warning visible.
    allow_insecure_http: bool = False
    backups_to_keep: int = 7
    # Photos that come down with sync besides those of the user's own records: others' added in
    # the last N days (0: none), taking at most photo_cache_mb; the rest is fetched when opened.
    photo_window_days: int = 30
    photo_cache_mb: int = 1024
    # The window last showed the sample data (reopened so unless an account has signed in).
    show_sample_data: bool = False
    theme: str = "light"  # Pengaturan → Tampilan; applied at once, kept for the next start

    def normalised(self) -> Settings:
        """Clamp values a hand-edited file might carry into the range the app supports."""
        language = self.language if self.language in LANGUAGES else "id"
        theme = self.theme if self.theme in THEMES else THEMES[0]
        interval = min(
            max(self.sync_interval_minutes, MIN_SYNC_INTERVAL_MINUTES), MAX_SYNC_INTERVAL_MINUTES
        )
        return replace(
            self,
            language=language,
            theme=theme,
            sync_interval_minutes=interval,
            server_url=self.server_url.strip().rstrip("/"),
            backups_to_keep=max(1, self.backups_to_keep),
            photo_window_days=min(max(self.photo_window_days, 0), MAX_PHOTO_WINDOW_DAYS),
            photo_cache_mb=min(max(self.photo_cache_mb, MIN_PHOTO_CACHE_MB), MAX_PHOTO_CACHE_MB),
        )


def _from_v1(data: dict[str, Any]) -> dict[str, Any]:
    # v1 (pre-release builds) kept a Qt locale name and the interval in seconds.
    upgraded = dict(data)
    locale = str(upgraded.pop("locale", "id_ID"))
    upgraded["language"] = locale.split("_", maxsplit=1)[0].lower()
    seconds = upgraded.pop("sync_interval_seconds", 900)
    upgraded["sync_interval_minutes"] = max(1, int(seconds) // 60)
    return upgraded


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _from_v1}


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    version = int(data.get("version", 1))
    while version < SETTINGS_VERSION:
        data = UPGRADES[version](data)
        version += 1
    data["version"] = version
    return data


def from_dict(data: dict[str, Any]) -> Settings:
    data = upgrade(dict(data))
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, Any] = {}
    defaults = Settings()
    for name in known:
        if name in data:
            default = getattr(defaults, name)
            value = data[name]
            # Keep the default when a hand edit put the wrong type in (e.g. "15" for 15).
            values[name] = value if isinstance(value, type(default)) else default
    return Settings(**values).normalised()


def to_dict(settings: Settings) -> dict[str, Any]:
    return {"version": SETTINGS_VERSION, **asdict(settings)}


def load(path: Path | None = None) -> Settings:
    path = path or paths.settings_file()
    if not path.exists():
        return Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("settings file does not hold an object")
        if int(data.get("version", 1)) > SETTINGS_VERSION:
            log.warning("settings file %s is from a newer version; reading what is known", path)
        return from_dict(data)
    except (ValueError, OSError) as error:
        damaged = path.with_suffix(".damaged.json")
        log.error("settings file %s is unreadable (%s); set aside as %s", path, error, damaged)
        os.replace(path, damaged)
        return Settings()


def save(settings: Settings, path: Path | None = None) -> None:
    path = path or paths.settings_file()
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(to_dict(settings), indent=2), encoding="utf-8")
    os.replace(temporary, path)  # atomic: a crash never leaves half a settings file
