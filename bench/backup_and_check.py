"""Start-up check and backup cost on the stress data set (400 cooperatives, 100,000 visits).

    .venv/bin/python bench/backup_and_check.py [--visits 100000] [--runs 5]

Decides which check start-up can afford: ``PRAGMA integrity_check`` (also compares every index
with its table) against ``PRAGMA quick_check`` (pages and b-trees only), and how long a daily
backup (SQLite backup API, then a quick check of the copy) and a restore take.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from local_store import fill  # the stress data builder beside this file
from timing import median_ms  # bench/timing.py beside this file

from kopdes_desktop import paths
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.services import backups
from kopdes_desktop.storage import backup
from kopdes_desktop.storage.opening import open_database
from kopdes_desktop.storage.outbox_readout import read_outbox


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    catalog = RegionCatalog.from_directory(paths.regions_dir())
    folder = Path(tempfile.mkdtemp(prefix="kopdes-bench-backup-"))
    db_path = folder / "kopdes.sqlite"
    open_database(db_path, folder / "backups", catalog).dispose()
    fill(db_path, catalog, args.visits)
    backups_dir = folder / "backups"
    counter = iter(range(10**9))

    def daily() -> None:
        moment = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=next(counter))
        backup.make_daily_backup(db_path, backups_dir, 3, moment)

    results = {
        "file_mb": round(db_path.stat().st_size / 1e6, 1),
        "integrity_check_ms": median_ms(lambda: backup.check_integrity(db_path), args.runs),
        "quick_check_ms": median_ms(lambda: backup.check_integrity(db_path, quick=True), args.runs),
        "backup_copy_ms": median_ms(
            lambda: backup.copy_database(db_path, folder / "copy.sqlite"), args.runs
        ),
        "daily_backup_with_rotation_ms": median_ms(daily, args.runs),
        "read_outbox_ms": median_ms(lambda: read_outbox(db_path), args.runs),
        "start_up_check_ms": median_ms(
            lambda: backups.check_at_startup(db_path, backups_dir), args.runs
        ),
        "restore_ms": median_ms(
            lambda: backups.restore_from(folder / "copy.sqlite", db_path, folder / "kept"),
            args.runs,
        ),
    }
    print(json.dumps({"visits": args.visits, "runs": args.runs, **results}, indent=2))


if __name__ == "__main__":
    main()
