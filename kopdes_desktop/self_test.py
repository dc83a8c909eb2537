"""``kopdes-desktop --self-test``: does this install work? For installers, CI and support staff.

Runs without a desktop (Qt's offscreen platform) in a temporary data folder, so it never touches
the user's data: checks the shipped resources, creates a database through the migrations, saves
and reads a record through the services, makes and checks a backup, renders the main window
to an image, and prints one line per step. Exit status 0 when every step passed, else 1 with
the reason; the first failure stops the run.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kopdes_desktop import __version__, paths

if TYPE_CHECKING:
    from kopdes_desktop.services.app_services import AppServices

SELF_TEST_VILLAGE = "61.12.01.2001"  # a real desa of Kubu Raya from the shipped region data
WINDOW_TIMEOUT_S = 20.0


class SelfTestError(Exception):
    pass


def _require(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestError(reason)


class SelfTest:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.services: AppServices | None = None
        self.cooperative_id = ""

    def check_resources(self) -> str:
        regions = sorted(paths.regions_dir().glob("*.csv"))
        _require(bool(regions), f"no region data in {paths.regions_dir()}")
        translations = paths.translations_dir() / "kopdes_id.qm"
        _require(translations.is_file(), f"no compiled translation {translations}")
        from kopdes_desktop.domain.geography import read_boundaries  # noqa: PLC0415

        try:
            outlines = len(read_boundaries(paths.boundaries_dir()).desa)
        except (OSError, ValueError, KeyError) as error:
            raise SelfTestError(f"map boundaries unreadable in {paths.boundaries_dir()}") from error
        _require(outlines > 2000, f"only {outlines} village outlines in the map boundaries")
        guides = {
            language: sorted(path.stem for path in (paths.help_dir() / language).glob("*.md"))
            for language in ("id", "en")
        }
        _require(bool(guides["id"]), f"no help guides in {paths.help_dir()}")
        _require(guides["id"] == guides["en"], f"help guides differ by language: {guides}")
        return (
            f"{len(regions)} region files, {outlines} village outlines, "
            f"{len(guides['id'])} help guides, translations in {paths.translations_dir()}"
        )

    def open_database(self) -> str:
        from kopdes_desktop.app import open_services  # noqa: PLC0415
        from kopdes_desktop.storage import migrate  # noqa: PLC0415

        self.services = open_services()
        revision = migrate.current_revision(self.services.context.database)
        _require(revision == migrate.head_revision(), f"database at {revision}, not at head")
        return f"migrated to {revision}"

    def save_and_read(self) -> str:
        from kopdes_desktop.domain.ids import new_id  # noqa: PLC0415
        from kopdes_desktop.domain.records import Cooperative, CooperativeDetail  # noqa: PLC0415

        assert self.services is not None
        # Its throwaway database has no account: it acts as an admin, who may add cooperatives.
        self.services.context.act_as("self-test", "admin", ())
        self.cooperative_id = new_id()
        name = "Koperasi Desa Merah Putih Uji Mandiri"
        cooperative = Cooperative(id=self.cooperative_id, name=name, village_code=SELF_TEST_VILLAGE)
        self.services.cooperatives.save(CooperativeDetail(cooperative=cooperative))
        read_back = self.services.cooperatives.get(self.cooperative_id)
        _require(read_back.cooperative.name == name, "the saved cooperative reads back changed")
        overview = self.services.overview.overview()
        _require(overview.cooperatives == 1, f"{overview.cooperatives} cooperatives, not 1")
        _require(overview.pending_changes >= 1, "saving left no change waiting to be sent")
        return f"1 cooperative saved and read back, {overview.pending_changes} change(s) pending"

    def backup_and_check(self) -> str:
        from kopdes_desktop.services import backups  # noqa: PLC0415

        made = backups.daily_backup_if_due(paths.database_file(), paths.backups_dir(), keep=2)
        _require(made.made is not None, f"no backup made: {made.problems}")
        assert made.made is not None
        _require(backups.newest_good_backup(paths.backups_dir()) is not None, "backup unusable")
        return f"backup {made.made.name} ({made.made.stat().st_size // 1024} KiB) checked"

    def read_photos(self) -> str:
        """A phone's HEIC photo is read and stored as JPEG: libheif, which pillow-heif brings as
        a native library, must be in the bundle."""
        import pillow_heif  # noqa: PLC0415
        from PIL import Image  # noqa: PLC0415

        from kopdes_desktop.services import photos  # noqa: PLC0415

        source = self.folder / "phone.heic"
        pillow_heif.from_pillow(Image.new("RGB", (64, 48), (200, 30, 30))).save(source)
        imported = photos.import_photo(source, self.cooperative_id)
        with Image.open(photos.photo_file(imported.photo.sha256)) as stored:
            _require(stored.format == "JPEG", f"a HEIC photo was stored as {stored.format}")
            _require(stored.size == (64, 48), f"a HEIC photo came out {stored.size}")
        return f"HEIC read (libheif {pillow_heif.libheif_version()}), stored as JPEG"

    def render_window(self) -> str:
        from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

        from kopdes_desktop.ui.application import create_application  # noqa: PLC0415
        from kopdes_desktop.ui.main_window import MainWindow  # noqa: PLC0415

        assert self.services is not None
        app = create_application("id")
        translated = QCoreApplication.translate("MainWindow", "Cooperatives")
        _require(translated == "Koperasi", f"Indonesian translation not loaded ({translated!r})")
        # Qt's own "Cancel", from kopdes_qt_id.qm (names in variables: not a string of ours).
        context, cancel = "QPlatformTheme", "Cancel"
        qt_own = QCoreApplication.translate(context, cancel)
        _require(qt_own == "Batal", f"Qt's buttons are not in Indonesian ({qt_own!r})")
        window = MainWindow(self.services, "id")
        icon = window.navigation.item(0).icon()
        _require(not icon.isNull(), "the navigation icons did not load (QtAwesome's fonts)")
        window.resize(1280, 720)
        window.show()
        model = window.cooperatives.model
        deadline = time.monotonic() + WINDOW_TIMEOUT_S
        while model.rowCount() < 1 and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        _require(model.rowCount() == 1, "the cooperative list did not show the saved record")
        image = window.grab().toImage()
        _require(not image.isNull() and image.width() > 0, "the window rendered no image")
        target = self.folder / "main-window.png"
        _require(image.save(str(target)), f"could not save the window image to {target}")
        window.tasks.wait_for_idle()
        window.close()
        size = f"{image.width()}×{image.height()}"
        return f"main window rendered ({size}, Qt platform {app.platformName()})"

    def close(self) -> None:
        if self.services is not None:
            self.services.context.database.dispose()


def run_self_test(print_line: Callable[[str], None] = print) -> int:
    # Before anything imports Qt or asks where files live: no desktop needed, no user data touched.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not os.environ["QT_QPA_PLATFORM"].startswith("offscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(tempfile.mkdtemp(prefix="kopdes-self-test-"))
    os.environ[paths.DATA_DIR_ENV] = str(folder / "data")
    test = SelfTest(folder)
    steps: list[tuple[str, Callable[[], str]]] = [
        ("resources", test.check_resources),
        ("database", test.open_database),
        ("save and read", test.save_and_read),
        ("backup", test.backup_and_check),
        ("photos", test.read_photos),
        ("window", test.render_window),
    ]
    print_line(f"Kopdes Desktop {__version__} self-test (Python {sys.version.split()[0]})")
    started = time.perf_counter()
    try:
        for name, step in steps:
            step_started = time.perf_counter()
            try:
                detail = step()
            except Exception as error:
                print_line(f"FAILED {name}: {error}")
                traceback.print_exc(file=sys.stderr)
                return 1
            print_line(
                f"ok  {name:14} {(time.perf_counter() - step_started) * 1000:7.0f} ms  {detail}"
            )
    finally:
        test.close()
        shutil.rmtree(folder, ignore_errors=True)
    print_line(f"self-test passed in {time.perf_counter() - started:.1f} s")
    return 0
