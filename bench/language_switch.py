"""Changing the language in Pengaturan on a busy PMO's laptop: how long the window takes to be
rebuilt in the other language, and until the lists show their rows again.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/language_switch.py [--visits 20000] [--runs 6]

Builds the PMO stress data set of bench/reports.py (Sambas: 400 cooperatives, 12 BAs, N visits),
opens the main window at 1366×740 on the Kunjungan page with a visit form open holding typed
text, and switches Indonesian ↔ English ``runs`` times. Prints medians. Target: the window is
usable again (pages built, form reopened) in well under a second; the lists fill in after.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from map import pmo_context  # bench/map.py: the data set opened as the PMO of Sambas
from reports import fill

from kopdes_desktop import paths
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.storage.opening import open_database

SCREEN = (1366, 740)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=6)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kopdes-bench-language-"))
    os.environ[paths.DATA_DIR_ENV] = str(folder)
    catalog = RegionCatalog.from_directory(paths.regions_dir())
    database = open_database(folder / "kopdes.sqlite", folder / "backups", catalog)
    fill(database.path, catalog, args.visits, 2_000)
    database.dispose()

    from PySide6.QtWidgets import QApplication

    from kopdes_desktop.services.app_services import AppServices
    from kopdes_desktop.ui.i18n import install_language
    from kopdes_desktop.ui.main_window import VISITS, MainWindow

    app = QApplication(sys.argv[:1])
    install_language(app, "id")
    context = pmo_context(folder)
    window = MainWindow(AppServices(context), "id")
    window.resize(*SCREEN)
    window.show()

    def settle(done: object) -> None:
        while not done():  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.001)

    window.navigation.setCurrentRow(VISITS)
    settle(lambda: window.visits.model.rowCount() > 0)
    window.visits.new_record()
    settle(lambda: window.visits.editor is not None)
    window.visits.editor.findings.setPlainText("Pengurus hadir lengkap.")  # type: ignore[union-attr]

    rebuilt, usable, listed = [], [], []
    language = "id"
    for _ in range(args.runs):
        language = "en" if language == "id" else "id"
        before = window.visits.editor
        started = time.perf_counter()
        window.change_language(language)
        rebuilt.append((time.perf_counter() - started) * 1000)
        settle(lambda before=before: window.visits.editor not in (None, before))
        usable.append((time.perf_counter() - started) * 1000)
        settle(lambda: window.visits.model.rowCount() > 0)
        listed.append((time.perf_counter() - started) * 1000)
        settle(lambda: not window._retired)
    print(
        json.dumps(
            {
                "visits": args.visits,
                "runs": args.runs,
                "window rebuilt in the other language (ms)": round(statistics.median(rebuilt)),
                "open form back with its typing (ms)": round(statistics.median(usable)),
                "visit list showing rows again (ms)": round(statistics.median(listed)),
            },
            indent=1,
        )
    )
    window.tasks.wait_for_idle()
    context.database.dispose()


if __name__ == "__main__":
    main()
