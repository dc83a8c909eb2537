"""Ways a database file gets damaged on a laptop, done on purpose to real files."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def page_size_and_root(path: Path, table: str) -> tuple[int, int]:
    with closing(sqlite3.connect(path)) as connection:
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    return int(page_size), int(root)


def tear_table_page(path: Path, table: str) -> None:
    """Overwrite a table's root page with garbage, as a torn write at a power cut would.

    The database must be closed (its WAL checkpointed) first.
    """
    page_size, root = page_size_and_root(path, table)
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes([0x0D, 0xFF, 0xFF, 0x00]) + b"\xa5" * (page_size - 4))


def wipe_header(path: Path) -> None:
    """The first bytes gone: SQLite no longer recognises the file at all."""
    with path.open("r+b") as handle:
        handle.write(b"\x00" * 100)
