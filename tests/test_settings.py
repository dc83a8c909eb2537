from __future__ import annotations

import json
from pathlib import Path

from kopdes_desktop import paths, settings


def test_missing_file_gives_indonesian_defaults() -> None:
    loaded = settings.load()
    assert loaded == settings.Settings()
    assert loaded.language == "id"


def test_save_then_load_round_trips(tmp_path: Path) -> None:
    wanted = settings.Settings(
        language="en",
        server_url="https://kopdes.example.id",
        username="ba.sambas",
        sync_interval_minutes=30,
    )
    settings.save(wanted)
    assert settings.load() == wanted
    stored = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    assert stored["version"] == settings.SETTINGS_VERSION


def test_a_version_1_file_is_upgraded() -> None:
    paths.settings_file().write_text(
        json.dumps({"locale": "en_US", "sync_interval_seconds": 1800, "server_url": "https://s/"}),
        encoding="utf-8",
    )
    loaded = settings.load()
    assert (loaded.language, loaded.sync_interval_minutes) == ("en", 30)
    assert loaded.server_url == "https://s"  # normalised: no trailing slash


def test_hand_edited_nonsense_falls_back_per_field() -> None:
    paths.settings_file().write_text(
        json.dumps(
            {
                "version": 2,
                "language": "fr",
                "sync_interval_minutes": "often",
                "username": "ba.1",
                "unknown": True,
            }
        ),
        encoding="utf-8",
    )
    loaded = settings.load()
    assert loaded.language == "id"
    assert loaded.sync_interval_minutes == settings.Settings().sync_interval_minutes
    assert loaded.username == "ba.1"


def test_a_damaged_file_is_set_aside_not_lost() -> None:
    paths.settings_file().write_text("{ not json", encoding="utf-8")
    assert settings.load() == settings.Settings()
    damaged = paths.settings_file().with_suffix(".damaged.json")
    assert damaged.read_text(encoding="utf-8") == "{ not json"
