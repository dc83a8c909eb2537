"""What the value rules (docs/values.md) cost where they run on every record.

    .venv/bin/python bench/value_rules.py [--records 100000] [--runs 5]

- a pull page: every pulled row passes ``value_repair.sendable`` before it is sent;
- the codec: every pushed field is decoded with the text and number checks;
- ``kopdes-server migrate``: scans every stored record for values the rules refuse.

Records look like a busy server's: visits with a few hundred characters of findings (some with
Indonesian accents and line breaks), cooperative profiles with notes.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from timing import median_ms  # bench/timing.py beside this file

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Visit
from kopdes_desktop.server import migrate
from kopdes_desktop.server.accounts import now
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.server.value_repair import repair_stored_values, repaired, sendable

FINDINGS = (
    "Pengurus sudah rapat; akta belum terbit.\nRencana gerai: lahan hibah desa, "
    "pembangunan 40%. Anggota baru 12 orang — simpanan pokok Rp100.000. "
) * 4


def visit_data(index: int) -> dict[str, Any]:
    return {
        "cooperative_id": f"coop-{index % 400}",
        "author_id": "ba-1",
        "visit_date": "2026-11-20",
        "start_time": "09:00:00",
        "end_time": "11:30:00",
        "travel_mode": "river",
        "people_met": ["pengurus", "kepala_desa"],
        "people_count": 6 + index % 20,
        "purposes": ["kelembagaan"],
        "findings": FINDINGS + f"Kunjungan ke-{index}, café désa.",
        "problems": "",
        "next_visit_plan": "Pendampingan RAT.",
        "status": "draft",
        "latitude": -0.0263,
        "longitude": 109.3425,
    }


def fill(db: Database, count: int) -> None:
    rows = [
        {
            "record_id": new_id(),
            "record_type": "visit",
            "cooperative_id": f"coop-{index % 400}",
            "parent_id": f"coop-{index % 400}",
            "author_id": "ba-1",
            "kabupaten_code": None,
            "sha256": None,
            "data": visit_data(index),
            "field_meta": {},
            "version": index + 1,
            "deleted": False,
            "created_at": now(),
            "updated_at": now(),
        }
        for index in range(count)
    ]
    with db.write() as session:
        for start in range(0, count, 5000):
            session.execute(insert(RecordRow), rows[start : start + 5000])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    page = [visit_data(index) for index in range(500)]
    send_page = median_ms(lambda: [sendable("visit", data) for data in page], args.runs * 4)
    repair_page = median_ms(lambda: [repaired("visit", data) for data in page], args.runs * 4)
    decode_page = median_ms(
        lambda: [codec.decode(Visit, {"id": "v", **data}) for data in page], args.runs * 4
    )
    print(f"pull page (500 visits) made sendable: {send_page:.1f} ms")
    print(f"full repair check of the same 500 visits (migrate): {repair_page:.1f} ms")
    print(f"codec decode of 500 visits (text and number checks included): {decode_page:.1f} ms")

    folder = Path(tempfile.mkdtemp(prefix="kopdes-bench-values-"))
    db = Database(f"sqlite:///{folder / 'server.sqlite'}")
    migrate.upgrade(db)
    fill(db, args.records)

    def scan() -> None:
        with db.write() as session:
            assert repair_stored_values(session, dry_run=True) == []

    print(
        f"migrate's scan of {args.records} records (nothing to repair): {median_ms(scan, 3):.0f} ms"
    )
    db.dispose()


if __name__ == "__main__":
    main()
