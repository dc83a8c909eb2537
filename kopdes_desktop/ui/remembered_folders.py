"""Folders a file dialog opened last, remembered per kind of file, beside the user's data.

A BA adds a visit's photos from the same phone folder week after week; starting each dialog in
the home folder made them click through it every time. The folder is kept in ``window.ini`` (the
window's own QSettings file in the data folder), not in ``settings.json``: like the window's
size, it is not a setting the user types, and writing it must not race the settings page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from kopdes_desktop import paths

PHOTOS = "photos"


def window_settings() -> QSettings:
    """The window's QSettings file: its geometry and state, and the remembered folders."""
    return QSettings(str(paths.data_dir() / "window.ini"), QSettings.Format.IniFormat)


def last_folder(kind: str) -> Path:
    """The folder a ``kind`` dialog last chose from, if it still exists; else the home folder."""
    value = window_settings().value(f"folders/{kind}")
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return Path.home()


def remember_folder(kind: str, folder: Path) -> None:
    settings = window_settings()
    settings.setValue(f"folders/{kind}", str(folder))
    settings.sync()
