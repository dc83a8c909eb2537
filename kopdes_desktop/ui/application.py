"""Starting the Qt application around an already opened set of services."""

from __future__ import annotations

import logging
import sys
from functools import partial

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kopdes_desktop import log, paths
from kopdes_desktop.disk_space import is_disk_full
from kopdes_desktop.services import backups
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.backups import DailyBackupResult, DamageReport
from kopdes_desktop.ui import disk_full
from kopdes_desktop.ui.i18n import install_language
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.recovery_dialog import Choice, RecoveryDialog
from kopdes_desktop.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)
APP_ICON = "kopdes-desktop.png"
# The first daily backup waits until the window has settled, so it never slows start-up.
FIRST_BACKUP_DELAY_MS = 5_000
BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000  # laptops stay open for days in the field


def create_application(language: str) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Kopdes Desktop")
    app.setOrganizationName("Kopdes")
    app.setDesktopFileName("kopdes-desktop")  # Wayland/X11 match the window to its .desktop
    icon = paths.icons_dir() / APP_ICON
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_language(app, language)
    return app


def crash_message(summary: str) -> str:
    return (
        QCoreApplication.translate(
            "Crash",
            "Kopdes Desktop hit an unexpected error. Everything you saved is kept. "
            "Please send this log file to support:\n%1\n\n%2",
        )
        .replace("%1", str(paths.log_file()))
        .replace("%2", summary)
    )


def show_crash(summary: str) -> None:
    """Tell the user what broke and where the details are; their saved data is safe.

    The traceback itself is already in the log (``log._log_crash`` writes it before calling
    listeners), so the dialog only needs the one-line summary and the log's path.
    """
    if QApplication.instance() is None:
        return
    QMessageBox.critical(
        None, QCoreApplication.translate("Crash", "Something went wrong"), crash_message(summary)
    )


def tell_disk_full(language: str) -> None:
    """The app cannot even open its database: say why, instead of a crash report."""
    create_application(language)
    QMessageBox.critical(
        None, QCoreApplication.translate("Backups", "Disk full"), disk_full.cannot_start()
    )


def recover(report: DamageReport, language: str) -> bool:
    """Offer recovery from a damaged database; True when the app may go on starting."""
    create_application(language)
    dialog = RecoveryDialog(report, language)
    dialog.exec()
    return dialog.choice is not Choice.QUIT


class DailyBackups:
    """Runs ``backups.daily_backup_if_due`` off the GUI thread, at start and every hour."""

    def __init__(self, tasks: TaskRunner, keep: int, parent: QWidget) -> None:
        self._tasks = tasks
        self._parent = parent
        self._work = partial(
            backups.daily_backup_if_due, paths.database_file(), paths.backups_dir(), keep
        )
        self._warned = False
        self._disk_full_warned = False
        self.timer = QTimer(parent)
        self.timer.setInterval(BACKUP_CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.run)

    def start(self, first_delay_ms: int = FIRST_BACKUP_DELAY_MS) -> None:
        QTimer.singleShot(first_delay_ms, self.run)
        self.timer.start()

    def run(self) -> None:
        self._tasks.read(self._work, self._finished, self._failed)

    def _failed(self, error: Exception) -> None:
        if not is_disk_full(error):
            logger.error("daily backup failed: %r", error)
            return
        logger.warning("daily backup skipped: the disk is full")
        if not self._disk_full_warned:
            self._disk_full_warned = True  # once per session; the next hour retries quietly
            QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("Backups", "Disk full"),
                disk_full.daily_backup_skipped(),
                QMessageBox.StandardButton.Ok,
                self._parent,
            ).open()

    def _finished(self, result: DailyBackupResult) -> None:
        if result.made is not None:
            logger.info("daily backup saved as %s", result.made)
        if result.problems and not self._warned:
            self._warned = True  # once per session is enough; the next start offers recovery
            warning = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("Backups", "The database is damaged"),
                QCoreApplication.translate(
                    "Backups",
                    "A routine check found damage in the database file, so no new backup was "
                    "made. Please close Kopdes Desktop and open it again: it will offer to "
                    "restore the newest good backup.",
                ),
                QMessageBox.StandardButton.Ok,
                self._parent,
            )
            warning.open()


def run(services: AppServices, language: str, backups_to_keep: int = 7) -> int:
    app = create_application(language)
    log.add_crash_listener(show_crash)
    window = MainWindow(services, language)
    daily = DailyBackups(window.tasks, backups_to_keep, window)
    window.show()
    daily.start()
    return app.exec()
