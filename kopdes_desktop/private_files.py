"""Files only the laptop's user may read: the data folder, the database, backups, logs.

A laptop is shared in an office or lent to a colleague; another account on it must not read a
BA's records or the log. On Linux and macOS the data folder is 0700 and what holds data is 0600,
also for installs made before this rule (tightened at start-up). Windows keeps a user's profile
private by its own ACLs, so nothing is changed there.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_DIR_MODE = stat.S_IRWXU  # 0700
PRIVATE_FILE_MODE = stat.S_IRUSR | stat.S_IWUSR  # 0600
_POSIX = os.name == "posix"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) and make it 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if _POSIX and stat.S_IMODE(path.stat().st_mode) != PRIVATE_DIR_MODE:
        os.chmod(path, PRIVATE_DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty if missing, readable by its owner only from the first byte; make an
    existing file 0600."""
    if not _POSIX:
        path.touch(exist_ok=True)
        return path
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE)
    os.close(descriptor)
    if stat.S_IMODE(path.stat().st_mode) != PRIVATE_FILE_MODE:
        os.chmod(path, PRIVATE_FILE_MODE)
    return path
