"""The offline map (Peta) on a busy PMO's laptop: loading the boundaries, opening the page,
repainting while panning, the figures behind it, and the PDFs that now carry a map.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/map.py [--visits 20000] [--runs 7]

Builds the PMO stress data set of bench/reports.py (Sambas: 400 cooperatives, 12 BAs, N visits
over a year) and gives 85% of the visits GPS (2% of them typed far off), then prints medians.
Targets (issue 14): the page opens in < 1 s, repaints in < 50 ms while panning with all 2,130
desa, and the app's start does not read the boundaries at all.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import reports  # bench/reports.py: the PMO stress data set
from reports import KABUPATEN, TODAY, fill

from kopdes_desktop import paths
from kopdes_desktop.domain.coverage_map import MapFilter
from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.geography import FAR_OUTSIDE_KM, read_boundaries, unproject
from kopdes_desktop.domain.regions import RegionCatalog, RegionLevel
from kopdes_desktop.domain.reporting import Period
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.coverage_map import CoverageMapService
from kopdes_desktop.storage import boundary_cache
from kopdes_desktop.storage.boundary_cache import shared_boundaries
from kopdes_desktop.storage.opening import open_database

EVERYTHING = Period(date(2000, 1, 1), TODAY)
SCREEN = (1366, 740)


def median_ms(action: Callable[[], object], runs: int) -> float:
    return round(reports.median_ms(action, runs), 1)


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 1)


def add_gps(path: Path, catalog: RegionCatalog) -> tuple[int, int]:
    """GPS near the village's middle for 85% of the visits; 2% of those typed far off."""
    rng = random.Random(2)
    boundaries = shared_boundaries()
    updates = []
    far = 0
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT visit.id, cooperative.village_code FROM visit"
            " JOIN cooperative ON cooperative.id = visit.cooperative_id"
        ).fetchall()
        for visit_id, village in rows:
            if rng.random() > 0.85:
                continue
            outline = boundaries.village(village)
            if outline is None:
                continue
            x, y = boundaries.label_point(outline.shape)
            if rng.random() < 0.02:
                x += rng.choice((-1, 1)) * rng.uniform(10, 80)
                far += 1
            longitude, latitude = unproject(x + rng.uniform(-0.3, 0.3), y + rng.uniform(-0.3, 0.3))
            updates.append((round(latitude, 6), round(longitude, 6), visit_id))
        db.executemany("UPDATE visit SET latitude = ?, longitude = ? WHERE id = ?", updates)
    return len(updates), far


def pmo_context(folder: Path) -> ServiceContext:
    """The data set of ``folder`` opened as the PMO of Sambas would."""
    catalog = RegionCatalog.from_directory(paths.regions_dir())
    database = open_database(folder / "kopdes.sqlite", folder / "backups", catalog)
    return ServiceContext(
        database=database, catalog=catalog, today=lambda: TODAY, role=Role.PMO,
        kabupaten_codes=(KABUPATEN,),
    )  # fmt: skip


def cold_open(folder: Path) -> None:
    """In a fresh process (run by the parent): open the page on the data set and time it."""
    os.environ[paths.DATA_DIR_ENV] = str(folder)
    from PySide6.QtWidgets import QApplication

    from kopdes_desktop.services.app_services import AppServices
    from kopdes_desktop.ui.map_page import MapPage
    from kopdes_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    context = pmo_context(folder)
    services = AppServices(context)
    tasks = TaskRunner()
    started, started_cpu = time.perf_counter(), time.process_time()
    page = MapPage(services, tasks, "id")
    built = time.perf_counter()
    read_at_build = bool(boundary_cache._loaded)
    page.resize(*SCREEN)
    page.show()
    while page.canvas is None or page.data is None or page.canvas.last_paint_ms == 0.0:
        app.processEvents()
        time.sleep(0.001)
    painted, painted_cpu = time.perf_counter(), time.process_time()
    while not page.points_loaded():
        app.processEvents()
        time.sleep(0.001)
    with_points = time.perf_counter()
    print(
        json.dumps(
            {
                "page built (ms)": round((built - started) * 1000, 1),
                "first paint with data (ms)": round((painted - started) * 1000, 1),
                # CPU of all the process's threads: what the page costs, whoever else is busy.
                "first paint, CPU (ms)": round((painted_cpu - started_cpu) * 1000, 1),
                "GPS points in (ms)": round((with_points - started) * 1000, 1),
                "boundaries read before the page was shown": read_at_build,
            }
        )
    )
    tasks.wait_for_idle()
    context.database.dispose()


def pan_repaints(folder: Path, runs: int) -> dict[str, object]:
    """Repaint times of the canvas while panning, at three zooms, with and without GPS dots."""
    from PySide6.QtWidgets import QApplication

    from kopdes_desktop.domain.coverage_map import MapMeasure
    from kopdes_desktop.reports.map_drawing import picture_of, shared_geometry
    from kopdes_desktop.ui.map_canvas import MapCanvas

    app = QApplication.instance() or QApplication(sys.argv[:1])
    context = pmo_context(folder)
    catalog = context.catalog
    service = CoverageMapService(context)
    data = dataclasses.replace(
        service.map_data(MapFilter(EVERYTHING)),
        points=service.visit_points(MapFilter(EVERYTHING)),
    )
    villages = [v.code for v in catalog.at_level(RegionLevel.DESA)]
    geometry = shared_geometry(service.boundaries(), villages)
    canvas = MapCanvas(geometry)
    canvas.resize(*SCREEN)
    canvas.show()
    app.processEvents()
    boundaries = geometry.boundaries
    figures: dict[str, object] = {"GPS points drawn": len(data.points)}
    for dots in (False, True):
        canvas.set_picture(picture_of(data, MapMeasure.LAST_VISIT, show_points=dots))
        for zoom, box in (
            ("whole province", boundaries.bounds),
            ("the kabupaten", boundaries.box_of([KABUPATEN])),
            ("one kecamatan", boundaries.box_of([f"{KABUPATEN}.01"])),
        ):
            assert box is not None
            canvas.fit(box)
            canvas.repaint()  # the first paint builds the colour groups
            samples, cpu = [], []
            for step in range(runs * 10):
                # Ten steps one way, ten back: the view stays on the area framed.
                way = 1 if (step // 10) % 2 == 0 else -1
                canvas.pan(40 * way, 15 * way)
                cpu_before = time.thread_time()
                canvas.repaint()
                cpu.append((time.thread_time() - cpu_before) * 1000)
                samples.append(canvas.last_paint_ms)
            # Wall time is what a user waits on a busy machine; the GUI thread's CPU time is
            # the repaint's own cost, whatever else runs.
            label = f"pan repaint, {zoom}{', GPS dots' if dots else ''} (ms, median / p95 / CPU)"
            figures[label] = (
                f"{round(statistics.median(samples), 1)} / {percentile(samples, 0.95)}"
                f" / {round(statistics.median(cpu), 1)}"
            )
    context.database.dispose()
    return figures


def loading(folder: Path, catalog: RegionCatalog, runs: int) -> dict[str, object]:
    from kopdes_desktop.reports.map_drawing import MapGeometry

    source = paths.boundaries_dir()
    compact = folder / "compact.bin"
    key = boundary_cache.fingerprint(source)
    boundary_cache.write_copy(compact, read_boundaries(source), key)
    boundaries = shared_boundaries()
    villages = [v.code for v in catalog.at_level(RegionLevel.DESA)]
    return {
        "read the boundaries: GeoJSON → km (ms)": median_ms(lambda: read_boundaries(source), runs),
        "read the boundaries: compact copy (ms)": median_ms(
            lambda: boundary_cache.read_copy(compact, key), runs
        ),
        "fingerprint of the GeoJSON, SHA-256 (ms)": median_ms(
            lambda: boundary_cache.fingerprint(source), runs
        ),
        "build the Qt paths (ms)": median_ms(lambda: MapGeometry.build(boundaries, villages), runs),
    }


def figures_behind(context: ServiceContext, runs: int) -> dict[str, object]:
    service = CoverageMapService(context)
    everything = MapFilter(EVERYTHING)
    service.visit_points(everything)
    last_90_days = MapFilter(Period(date(2026, 8, 31), TODAY))
    return {
        "villages' figures (ms)": median_ms(lambda: service.map_data(everything), runs),
        "GPS points, first read with the checks (ms)": median_ms(
            lambda: CoverageMapService(context).visit_points(everything), runs
        ),
        "GPS points, again (checks remembered) (ms)": median_ms(
            lambda: service.visit_points(everything), runs
        ),
        "GPS points of the last 90 days (ms)": median_ms(
            lambda: service.visit_points(last_90_days), runs
        ),
    }


def opening(folder: Path, runs: int) -> dict[str, object]:
    """The page opened in fresh processes: once as after an install (no compact copy yet),
    then as on every later start."""

    def open_once() -> dict[str, object]:
        child = subprocess.run(
            [sys.executable, __file__, "--cold-open", str(folder)],
            capture_output=True,
            text=True,
            check=True,
            env=dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")),
        )
        result: dict[str, object] = json.loads(child.stdout.strip().splitlines()[-1])
        return result

    for old in (folder / "cache").glob("boundaries-*.bin"):
        old.unlink()
    first = open_once()
    opens = [open_once() for _ in range(max(3, runs // 2))]

    def middle(key: str) -> float:
        return round(statistics.median(float(str(o[key])) for o in opens), 1)

    return {
        "open the page, first time after install (ms)": first["first paint with data (ms)"],
        "open the page, later starts: first paint with data (ms, median)": middle(
            "first paint with data (ms)"
        ),
        "open the page, later starts: first paint, CPU time of the process (ms, median)": middle(
            "first paint, CPU (ms)"
        ),
        "open the page, later starts: GPS points and the list of far ones in (ms, median)": middle(
            "GPS points in (ms)"
        ),
        "building the page itself, part of the app's start (ms, median)": middle("page built (ms)"),
        "boundaries read before the page is shown": any(
            o["boundaries read before the page was shown"] for o in [first, *opens]
        ),
    }


def pdfs(folder: Path, context: ServiceContext, runs: int) -> dict[str, object]:
    from kopdes_desktop.reports import ba_monthly, pmo_recap
    from kopdes_desktop.reports.coverage_maps import read, render

    database, catalog = context.database, context.catalog
    november = Period.month(2026, 11)
    with database.read() as session:
        coverage = read(session, november, area=(KABUPATEN,), catalog=catalog)
    target = folder / "out"
    target.mkdir(exist_ok=True)
    with sqlite3.connect(database.path) as db:
        author = sorted(row[0] for row in db.execute("SELECT DISTINCT author_id FROM visit"))[0]
    return {
        "report map image alone (ms)": median_ms(lambda: render(coverage, catalog), runs),
        "PMO monthly recap PDF with its map (ms)": median_ms(
            lambda: pmo_recap.write_report(
                database, catalog, november, KABUPATEN, target / "r.pdf", today=TODAY
            ),
            max(1, runs // 2),
        ),
        "BA monthly report PDF with its map, ~140 visits (ms)": median_ms(
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
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold-open", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cold_open:
        cold_open(args.cold_open)
        return

    folder = Path(tempfile.mkdtemp(prefix="kopdes-bench-map-"))
    os.environ[paths.DATA_DIR_ENV] = str(folder)
    context = pmo_context(folder)
    database, catalog = context.database, context.catalog
    fill(database.path, catalog, args.visits, 5_000)
    with_gps, far = add_gps(database.path, catalog)
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    figures: dict[str, object] = {
        "load average (1, 5, 15 min) at the start": os.getloadavg(),
        "visits": args.visits,
        "visits with GPS": with_gps,
        f"of which typed > {FAR_OUTSIDE_KM:g} km off": far,
    }
    figures.update(loading(folder, catalog, args.runs))
    figures.update(figures_behind(context, args.runs))
    figures.update(opening(folder, args.runs))
    figures.update(pan_repaints(folder, args.runs))
    figures.update(pdfs(folder, context, args.runs))
    figures["load average (1, 5, 15 min) at the end"] = os.getloadavg()
    del app
    print(json.dumps(figures, indent=2))
    database.dispose()


if __name__ == "__main__":
    main()
