"""Dashboards, review queue and exports on a busy PMO's laptop.

    .venv/bin/python bench/reports.py [--visits 20000] [--opportunities 5000] [--runs 5]

Builds a throwaway database (Sambas: 400 cooperatives, 12 BAs, N visits over the last year
with actions and review history, M opportunity notes), as a pull would leave it, then prints
medians. Run with QT_QPA_PLATFORM=offscreen for the PDF figures on a machine without a desktop.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from timing import median_ms  # bench/timing.py beside this file

from kopdes_desktop import paths
from kopdes_desktop.domain.enums import (
    BusinessUnitStatus,
    BusinessUnitType,
    OperationalStatus,
    OpportunityStatus,
    Role,
    Sector,
    VisitStatus,
)
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.listing import PageRequest
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.domain.reporting import (
    WIB,
    CoverageBucket,
    CoverageFilter,
    CoverageGroup,
    ExportDataset,
    ExportFilter,
    Period,
    ReviewFilter,
)
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.dashboard import DashboardService
from kopdes_desktop.services.review import ReviewService
from kopdes_desktop.storage.opening import open_database

KABUPATEN = "61.01"  # Sambas
TODAY = date(2026, 11, 28)
STATUSES = (
    [VisitStatus.APPROVED] * 14
    + [VisitStatus.SUBMITTED] * 2
    + [VisitStatus.NEEDS_REVISION, VisitStatus.RESUBMITTED, VisitStatus.DRAFT]
)


def id_made_on(rng: random.Random, day: date) -> str:
    moment = datetime(day.year, day.month, day.day, 10, tzinfo=WIB)
    digits = f"{int(moment.timestamp() * 1000) + rng.randrange(3_600_000):012x}"
    tail = f"{rng.getrandbits(64):016x}"
    return f"{digits[:8]}-{digits[8:]}-7{tail[:3]}-8{tail[3:6]}-{tail[6:]}{rng.getrandbits(8):02x}"


def fill(path: Path, catalog: RegionCatalog, visits: int, notes: int) -> None:
    """Bulk rows through sqlite3, as a first pull leaves them (no outbox entries)."""
    rng = random.Random(1)
    villages = [
        v for v in catalog.all() if v.code.startswith(KABUPATEN + ".") and v.level == "desa"
    ]
    while len(villages) < 400:  # Sambas has fewer villages than a busy PMO's 400 cooperatives
        villages += villages
    coops = [(new_id(), village.code) for village in villages[:400]]
    authors = [new_id() for _ in range(12)]
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO cooperative (id, server_version, deleted, field_versions, name,"
            " village_code, kecamatan_code, kabupaten_code, address, phone, akta_number,"
            " akta_notary, sk_ahu_number, cooperative_reg_number, nib, npwp, bank_name, notes,"
            " operational_status, member_count)"
            " VALUES (?, 1, 0, '{}', ?, ?, ?, ?, '', '', '', '', '', '', '', '', '', '', ?, ?)",
            [
                (
                    coop_id, f"Koperasi Desa Merah Putih {index}", code,
                    ".".join(code.split(".")[:3]), KABUPATEN,
                    rng.choice(list(OperationalStatus)).value, rng.randint(20, 300),
                )
                for index, (coop_id, code) in enumerate(coops)
            ],
        )  # fmt: skip
        db.executemany(
            "INSERT INTO business_unit (id, server_version, deleted, field_versions,"
            " cooperative_id, unit_type, status, notes) VALUES (?, 1, 0, '{}', ?, ?, ?, '')",
            [
                (new_id(), coop_id, unit.value, rng.choice(list(BusinessUnitStatus)).value)
                for coop_id, _code in coops
                for unit in rng.sample(list(BusinessUnitType), 3)
            ],
        )
        visit_rows, action_rows, comment_rows = [], [], []
        for _ in range(visits):
            visit_id = new_id()
            coop_id, _code = rng.choice(coops)
            author = rng.choice(authors)
            day = TODAY - timedelta(days=rng.randint(0, 365))
            status = rng.choice(STATUSES)
            visit_rows.append(
                (visit_id, coop_id, author, day.isoformat(), "09:00:00", "11:00:00",
                 "Temuan: pembukuan simpanan wajib belum rapi.", status.value)
            )  # fmt: skip
            for _n in range(rng.choice((0, 1, 2, 2))):
                due = day + timedelta(days=rng.randint(7, 60))
                action_rows.append(
                    (new_id(), visit_id, "Lengkapi dokumen", due.isoformat(), rng.random() < 0.5)
                )
            if status is not VisitStatus.DRAFT:
                submitted = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
                comment_rows.append(
                    (new_id(), visit_id, f"Pendamping {authors.index(author) + 1}",
                     submitted.isoformat(), "draft", "submitted")
                )  # fmt: skip
        db.executemany(
            "INSERT INTO visit (id, server_version, deleted, field_versions, cooperative_id,"
            " author_id, visit_date, start_time, end_time, people_met, purposes, findings,"
            " problems, next_visit_plan, status)"
            " VALUES (?, 1, 0, '{}', ?, ?, ?, ?, ?, '[\"pengurus\"]', '[\"monitoring\"]', ?,"
            " '', '', ?)",
            visit_rows,
        )
        db.executemany(
            "INSERT INTO agreed_action (id, server_version, deleted, field_versions, visit_id,"
            " description, owner, due_date, done) VALUES (?, 1, 0, '{}', ?, ?, 'Ketua', ?, ?)",
            action_rows,
        )
        db.executemany(
            "INSERT INTO review_comment (id, server_version, deleted, field_versions, visit_id,"
            " author_name, created_at, from_status, to_status, comment)"
            " VALUES (?, 1, 0, '{}', ?, ?, ?, ?, ?, '')",
            comment_rows,
        )
        db.executemany(
            "INSERT INTO opportunity (id, server_version, deleted, field_versions,"
            " cooperative_id, author_id, title, sector, commodity, description, volume,"
            " volume_unit, capital_needed, monthly_revenue, offtaker, needs, status)"
            " VALUES (?, 1, 0, '{}', ?, ?, 'Pengolahan lada', ?, 'lada', '', 250, 'kg/bulan',"
            " ?, ?, '', '[\"financing\"]', ?)",
            [
                (
                    id_made_on(rng, TODAY - timedelta(days=rng.randint(0, 365))),
                    rng.choice(coops)[0], rng.choice(authors), rng.choice(list(Sector)).value,
                    rng.randint(5, 150) * 1_000_000, rng.randint(2, 40) * 1_000_000,
                    rng.choice(list(OpportunityStatus)).value,
                )
                for _ in range(notes)
            ],
        )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=20_000)
    parser.add_argument("--opportunities", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kopdes-bench-reports-"))
    os.environ[paths.DATA_DIR_ENV] = str(folder)
    catalog = RegionCatalog.from_directory(paths.regions_dir())
    database = open_database(folder / "kopdes.sqlite", folder / "backups", catalog)
    started = time.perf_counter()
    fill(database.path, catalog, args.visits, args.opportunities)
    build_s = time.perf_counter() - started
    context = ServiceContext(
        database=database, catalog=catalog, today=lambda: TODAY, role=Role.PMO,
        kabupaten_codes=(KABUPATEN,),
    )  # fmt: skip
    dashboard, review = DashboardService(context), ReviewService(context)
    november = Period.month(2026, 11)
    figures: dict[str, float] = {"build data set (s)": round(build_s, 1)}
    runs = args.runs

    def measure(name: str, action: Callable[[], object], times: int = runs) -> None:
        figures[name] = round(median_ms(action, times), 1)

    measure("PMO dashboard, all figures (ms)", dashboard.pmo)
    measure("BA dashboard (ms)", dashboard.ba)
    measure(
        "click-through: one BA's cooperatives not visited in 90 days (ms)",
        lambda: dashboard.coverage_list(
            CoverageFilter(TODAY, CoverageGroup.BA, None, CoverageBucket.DAYS_90)
        ),
    )
    first_page = ReviewFilter(page=PageRequest(0, 200))
    measure("review queue, first page of 200 (ms)", lambda: review.queue(first_page))
    measure(
        "review queue filtered by BA and month (ms)",
        lambda: review.queue(
            replace(first_page, author_id=review.authors()[0][0], date_from=november.start)
        ),
    )

    from kopdes_desktop.reports import ba_monthly, pmo_recap, spreadsheet
    from kopdes_desktop.reports.pdf import ensure_gui_application

    target = folder / "out"
    target.mkdir()
    everything = ExportFilter(area=(KABUPATEN,))
    rows = spreadsheet.export_xlsx(database, ExportDataset.VISITS, everything, target / "v.xlsx")
    figures["XLSX rows (visits)"] = rows
    measure(
        "XLSX export of every visit (ms)",
        lambda: spreadsheet.export_xlsx(
            database, ExportDataset.VISITS, everything, target / "v.xlsx"
        ),
        max(1, runs // 2),
    )
    figures["XLSX size (MB)"] = round((target / "v.xlsx").stat().st_size / 1e6, 2)
    measure(
        "CSV export of every visit (ms)",
        lambda: spreadsheet.export_csv(
            database, ExportDataset.VISITS, everything, target / "v.csv"
        ),
        max(1, runs // 2),
    )
    measure(
        "XLSX export of every opportunity (ms)",
        lambda: spreadsheet.export_xlsx(
            database, ExportDataset.OPPORTUNITIES, everything, target / "o.xlsx"
        ),
        max(1, runs // 2),
    )
    ensure_gui_application()
    measure(
        "PMO monthly recap PDF (ms)",
        lambda: pmo_recap.write_report(
            database, catalog, november, KABUPATEN, target / "r.pdf", today=TODAY
        ),
        max(1, runs // 2),
    )
    author = review.authors()[0][0]
    measure(
        "BA monthly report PDF, ~140 visits (ms)",
        lambda: ba_monthly.write_report(
            database,
            catalog,
            november,
            author,
            target / "b.pdf",
            today=TODAY,
            all_cooperatives=False,
        ),
        max(1, runs // 2),
    )
    print(json.dumps(figures, indent=2))
    database.dispose()


if __name__ == "__main__":
    main()
