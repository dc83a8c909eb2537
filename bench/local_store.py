"""Local-store speed on the stress data set: saving, list filtering, opening the database.

    .venv/bin/python bench/local_store.py [--visits 100000] [--runs 30]

Builds a throwaway database in a temp folder (400 cooperatives of one kabupaten, N visits),
then prints medians. Targets (../shared/design/quality.md): save < 20 ms, a list filter keystroke
over 100,000 visits < 100 ms, start-up < 1.5 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

from timing import median_ms  # bench/timing.py beside this file

from kopdes_desktop import paths
from kopdes_desktop.domain.enums import BusinessUnitType, Role, VisitStatus
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.listing import (
    CooperativeFilter,
    PageRequest,
    VisitFilter,
)
from kopdes_desktop.domain.records import BusinessUnit, Officer, Visit, VisitDetail
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperatives import CooperativeService
from kopdes_desktop.services.visits import VisitService
from kopdes_desktop.storage.opening import open_database

WORDS = ("gudang", "pembukuan", "gerai", "simpanan", "rapat", "pelatihan", "lahan", "pupuk")


def fill(path: Path, catalog: RegionCatalog, visits: int) -> list[str]:
    """Bulk rows straight through sqlite3: building 100k visits through services takes minutes."""
    rng = random.Random(1)
    villages = [v for v in catalog.all() if v.code.startswith("61.05.") and v.level == "desa"]
    coop_ids = [new_id() for _ in villages[:400]]
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO cooperative (id, server_version, deleted, name, village_code,"
            " kecamatan_code, kabupaten_code, address, phone, akta_number, akta_notary,"
            " sk_ahu_number, cooperative_reg_number, nib, npwp, bank_name, notes)"
            " VALUES (?, 1, 0, ?, ?, ?, '61.05', '', '', '', '', '', '', '', '', '', '')",
            [
                (cid, f"Koperasi Desa Merah Putih {v.name}", v.code, v.parent_code)
                for cid, v in zip(coop_ids, villages, strict=False)
            ],
        )
        start = date(2026, 1, 1)
        statuses = [s.value for s in VisitStatus]
        db.executemany(
            "INSERT INTO visit (id, server_version, deleted, cooperative_id, author_id,"
            " visit_date, people_met, purposes, findings, problems, next_visit_plan, status)"
            " VALUES (?, 1, 0, ?, 'ba', ?, '[]', '[\"monitoring\"]', ?, '', '', ?)",
            [
                (
                    new_id(),
                    rng.choice(coop_ids),
                    (start + timedelta(days=rng.randint(0, 330))).isoformat(),
                    f"Catatan {rng.choice(WORDS)} dan {rng.choice(WORDS)} nomor {i}",
                    rng.choice(statuses),
                )
                for i in range(visits)
            ],
        )
    return coop_ids


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    catalog = RegionCatalog.from_directory(paths.regions_dir())
    folder = Path(tempfile.mkdtemp(prefix="kopdes-bench-"))
    db_path = folder / "kopdes.sqlite"
    database = open_database(db_path, folder / "backups", catalog)
    coop_ids = fill(db_path, catalog, args.visits)
    # An admin: the benchmark adds the cooperatives it then edits.
    context = ServiceContext(database=database, catalog=catalog, user_id="ba", role=Role.ADMIN)
    coops, visits = CooperativeService(context), VisitService(context)
    results: dict[str, float] = {}

    # Save: one field of an existing profile (patch + outbox), and a new draft visit.
    detail = coops.get(coop_ids[0])
    counter = iter(range(10**9))

    def edit_profile() -> None:
        coop = dataclasses.replace(detail.cooperative, member_count=next(counter))
        coops.save(dataclasses.replace(detail, cooperative=coop))

    results["save_profile_edit_ms"] = median_ms(edit_profile, args.runs)

    # Save from a form: a profile with 8 pengurus/pengawas and 4 business units, one field
    # changed, saved three-way against the values the form opened with (docs/editing.md).
    people = tuple(
        Officer(id=new_id(), cooperative_id=coop_ids[2], name=f"Pengurus {n}") for n in range(8)
    )
    units = tuple(
        BusinessUnit(id=new_id(), cooperative_id=coop_ids[2], unit_type=kind)
        for kind in list(BusinessUnitType)[:4]
    )
    opened = coops.save(
        dataclasses.replace(coops.get(coop_ids[2]), officers=people, business_units=units)
    )

    def save_form() -> None:
        nonlocal opened
        coop = dataclasses.replace(opened.cooperative, member_count=next(counter))
        opened = coops.save(dataclasses.replace(opened, cooperative=coop), base=opened)

    results["save_profile_form_three_way_ms"] = median_ms(save_form, args.runs)
    results["save_new_visit_ms"] = median_ms(
        lambda: visits.save_draft(
            VisitDetail(Visit(id=new_id(), cooperative_id=coop_ids[1], findings="rapat"))
        ),
        args.runs,
    )

    # Filtering: each keystroke of "gudang" is one query for the first page plus its count.
    page = PageRequest(0, 200)
    for prefix in ("g", "gud", "gudang"):
        results[f"visit_filter_'{prefix}'_ms"] = median_ms(
            lambda p=prefix: visits.list(VisitFilter(search=p, page=page)), args.runs
        )
    results["visit_filter_status_ms"] = median_ms(
        lambda: visits.list(VisitFilter(status=VisitStatus.SUBMITTED, page=page)), args.runs
    )
    results["visit_filter_date_range_ms"] = median_ms(
        lambda: visits.list(
            VisitFilter(date_from=date(2026, 6, 1), date_to=date(2026, 6, 30), page=page)
        ),
        args.runs,
    )
    results["cooperative_list_first_page_ms"] = median_ms(
        lambda: coops.list(CooperativeFilter(page=page)), args.runs
    )
    results["cooperative_search_ms"] = median_ms(
        lambda: coops.list(CooperativeFilter(search="sungai", page=page)), args.runs
    )
    database.dispose()

    # Opening an existing database: migrations check + reference-data check.
    def reopen() -> None:
        open_database(db_path, folder / "backups", catalog).dispose()

    results["open_existing_database_ms"] = median_ms(reopen, max(5, args.runs // 5))
    print(json.dumps({"visits": args.visits, "runs": args.runs, **results}, indent=2))


if __name__ == "__main__":
    main()
