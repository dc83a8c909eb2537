"""Applying a busy PMO's first download on the laptop (issue 15 item 4: < 10 s for ~90k rows).

    .venv/bin/python bench/apply_bulk.py [--visits 20000] [--page 2000]

Stages the area of bench/pmo_area.py (400 cooperatives, 20,000 visits, 5,000 opportunities:
90,200 records) as pulled pages in a fresh laptop database, exactly as the pull loop leaves them,
then times ``sync.pull.apply_staged`` (one transaction: rows, history, set-aside bookkeeping,
cursor). Then the same records again with new versions (every row exists: the update path),
with 200 of them holding unsent local edits (the rebase path).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.pmo_area import AreaSize, wire_changes  # noqa: E402
from kopdes_desktop.domain.mutations import MutationOp  # noqa: E402
from kopdes_desktop.domain.records import RecordType  # noqa: E402
from kopdes_desktop.domain.regions import RegionCatalog  # noqa: E402
from kopdes_desktop.paths import regions_dir  # noqa: E402
from kopdes_desktop.storage import outbox  # noqa: E402
from kopdes_desktop.storage.db import Database  # noqa: E402
from kopdes_desktop.storage.models import PulledPage  # noqa: E402
from kopdes_desktop.storage.opening import open_database  # noqa: E402
from kopdes_desktop.sync.pull import apply_staged  # noqa: E402


def stage(database: Database, changes: list[dict[str, object]], page: int) -> None:
    with database.write() as session:
        for start in range(0, len(changes), page):
            session.add(
                PulledPage(
                    changes=changes[start : start + page],
                    removed_cooperative_ids=[],
                    cursor=f"cursor-{start}",
                    target_version=10**6,
                    is_reset=False,
                )
            )


def timed_apply(database: Database, label: str, count: int) -> float:
    started, cpu = time.perf_counter(), time.process_time()
    stats = apply_staged(database, None)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"{label}: {count:,} changes applied in {seconds:.2f} s (CPU {cpu:.2f} s) "
        f"({count / seconds:,.0f} rows/s); applied {stats.applied}, rebased {stats.rebased}, "
        f"set aside {stats.set_aside}"
    )
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=20_000)
    parser.add_argument("--page", type=int, default=2_000)
    args = parser.parse_args()
    size = AreaSize(
        cooperatives=400 if args.visits >= 20_000 else max(10, args.visits // 50),
        visits=args.visits,
        opportunities=args.visits // 4,
        photos=args.visits // 10,
    )
    catalog = RegionCatalog.from_directory(regions_dir())
    folder = Path(tempfile.mkdtemp(prefix="kopdes-bench-apply-"))
    database = open_database(folder / "kopdes.sqlite", folder / "backups", catalog)
    changes = wire_changes(catalog, size)
    stage(database, changes, args.page)
    first = timed_apply(database, "first download", len(changes))

    # The same records changed on the server; 200 visits hold unsent local edits.
    for change in changes:
        change["version"] = int(change["version"]) + len(changes)  # type: ignore[call-overload]
        fields = change["fields"]
        assert isinstance(fields, dict)
        if change["record_type"] == RecordType.VISIT.value:
            fields["findings"] = str(fields["findings"]) + " Diperbarui."
    visits = [c for c in changes if c["record_type"] == RecordType.VISIT.value][:200]
    with database.write() as session:
        for change in visits:
            outbox.append(
                session,
                RecordType.VISIT,
                str(change["record_id"]),
                MutationOp.PATCH,
                fields={"problems": "diubah di laptop"},
            )
    stage(database, changes, args.page)
    timed_apply(database, "every row again (update path, 200 rebased)", len(changes))
    print(f"target: {len(changes):,} rows in < 10 s -> {'met' if first < 10 else 'NOT met'}")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} (2 cores)")


if __name__ == "__main__":
    main()
