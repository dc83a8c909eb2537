"""Beranda's to-do on the stress data set: the whole page for a BA and for a PMO.

    .venv/bin/python bench/home.py [--visits 100000] [--runs 21]

Builds the throwaway database of bench/local_store.py (400 cooperatives of one kabupaten, N
visits, random statuses), adds what Beranda reads: an agreed action for every second visit
(random due dates), a next visit planned on every third, the review history a server writes
(a submit comment for every visit past draft, a send-back comment for each sent-back one),
40 refused changes, 10 set-aside changes and 60 clashes (half settled).

The BA case is the worst one: every visit is the same BA's (``ba``), so their drafts, sent-back
visits and actions run into the tens of thousands. For the PMO case the visits are then spread
over 12 BAs, one of whom made no visit since September. Target (issue 13): the whole Beranda
< 150 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

from local_store import fill  # bench/local_store.py beside this file
from timing import median_ms

from kopdes_desktop import paths
from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.domain.todo import BA_SECTIONS, PMO_SECTIONS
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.home_service import HomeService
from kopdes_desktop.storage.opening import open_database

TODAY = date(2026, 11, 28)  # the visits of the stress set run from 1 January to 27 November
BAS = 12


def add_beranda_rows(path: Path) -> None:
    rng = random.Random(2)
    with sqlite3.connect(path) as db:
        visits = db.execute("SELECT id, status, visit_date FROM visit").fetchall()
        actions, plans, comments = [], [], []
        for index, (visit_id, status, visit_date) in enumerate(visits):
            day = date.fromisoformat(visit_date)
            if index % 2 == 0:
                due = day + timedelta(days=rng.randint(3, 60))
                actions.append((new_id(), visit_id, f"Tindak lanjut {index}", due.isoformat()))
            if index % 3 == 0:
                plans.append(((day + timedelta(days=rng.randint(7, 30))).isoformat(), visit_id))
            if status != "draft":  # every visit past draft was submitted once
                submitted = f"{visit_date}T09:00:00+00:00"
                to = "resubmitted" if status == "resubmitted" else "submitted"
                comments.append((new_id(), visit_id, "Siti Aminah", submitted, to, ""))
            if status == "needs_revision":
                sent_back = f"{visit_date}T15:00:00+00:00"
                note = "Lengkapi daftar hadir."
                comments.append((new_id(), visit_id, "Hendra", sent_back, "needs_revision", note))
        db.executemany(
            "INSERT INTO agreed_action (id, server_version, deleted, field_versions, visit_id,"
            " description, owner, due_date, done) VALUES (?, 1, 0, '{}', ?, ?, 'Ketua', ?, 0)",
            actions,
        )
        db.executemany("UPDATE visit SET next_visit_date = ? WHERE id = ?", plans)
        db.executemany(
            "INSERT INTO review_comment (id, server_version, deleted, field_versions, visit_id,"
            " author_name, created_at, to_status, comment) VALUES (?, 1, 0, '{}', ?, ?, ?, ?, ?)",
            comments,
        )
        coop_ids = [row[0] for row in db.execute("SELECT id FROM cooperative")]
        db.executemany(
            "INSERT INTO rejected_change (client_id, mutation_id, record_type, record_id, op,"
            " fields, reason, message, issues, rejected_at, dismissed)"
            " VALUES ('laptop', ?, 'cooperative', ?, 'patch', '{\"member_count\": 5}',"
            " 'validation', '', '[]', '2026-11-20T08:00:00+00:00', 0)",
            [(n, rng.choice(coop_ids)) for n in range(1, 41)],
        )
        db.executemany(
            "INSERT INTO set_aside_change (record_type, record_id, cooperative_id, version,"
            " change, reason, detail, app_version, set_aside_at, dismissed)"
            " VALUES ('officer', ?, ?, 9, '{}', 'unreadable', '', '0.9',"
            " '2026-11-21T08:00:00+00:00', 0)",
            [(new_id(), rng.choice(coop_ids)) for _ in range(10)],
        )
        db.executemany(
            "INSERT INTO conflict (id, server_version, deleted, field_versions, record_type,"
            " record_id, field_name, kept_value, other_value, kept_author, other_author,"
            " created_at, resolved) VALUES (?, 1, 0, '{}', 'cooperative', ?, 'member_count',"
            " '27', '25', 'Siti', 'Yohanes', '2026-11-20T08:00:00', ?)",
            [(new_id(), rng.choice(coop_ids), n % 2) for n in range(60)],
        )


def spread_over_bas(path: Path) -> None:
    """Each visit to one of 12 BAs; ``ba-11`` made none since October (a quiet BA)."""
    with sqlite3.connect(path) as db:
        db.execute(f"UPDATE visit SET author_id = 'ba-' || (abs(random()) % {BAS - 1})")
        db.execute(
            "UPDATE visit SET author_id = 'ba-11' WHERE id IN"
            " (SELECT id FROM visit WHERE visit_date < '2026-10-01' LIMIT 500)"
        )


def figures(context: ServiceContext, kinds: tuple[object, ...], runs: int) -> dict[str, float]:
    home = HomeService(context)
    found = home.todo()
    results: dict[str, float] = {"whole_beranda_ms": median_ms(home.todo, runs)}
    for section in found.sections:
        assert section.kind in kinds
        results[f"{section.kind.value}_ms"] = median_ms(
            lambda kind=section.kind: home.section(kind, 5), runs
        )
        results[f"{section.kind.value}_count"] = section.total
    biggest = max(found.sections, key=lambda s: s.total)
    results[f"show_all_{biggest.kind.value}_ms"] = median_ms(
        lambda: home.section(biggest.kind), runs
    )
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    catalog = RegionCatalog.from_directory(paths.regions_dir())
    folder = Path(tempfile.mkdtemp(prefix="kopdes-bench-home-"))
    db_path = folder / "kopdes.sqlite"
    database = open_database(db_path, folder / "backups", catalog)
    fill(db_path, catalog, args.visits)
    add_beranda_rows(db_path)

    def context(role: Role, user: str) -> ServiceContext:
        return ServiceContext(
            database=database,
            catalog=catalog,
            today=lambda: TODAY,
            user_id=user,
            role=role,
            kabupaten_codes=("61.05",),
        )

    ba = figures(context(Role.BA, "ba"), BA_SECTIONS, args.runs)
    spread_over_bas(db_path)
    pmo = figures(context(Role.PMO, "pmo"), PMO_SECTIONS, args.runs)
    database.dispose()
    size_mb = round(db_path.stat().st_size / 1e6, 1)
    print(
        json.dumps(
            {"visits": args.visits, "runs": args.runs, "file_mb": size_mb, "ba": ba, "pmo": pmo},
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
