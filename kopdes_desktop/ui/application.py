"""Starting the Qt application around an already opened set of services."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kopdes_desktop import log, paths, settings
from kopdes_desktop.disk_space import is_disk_full
from kopdes_desktop.services import backups, sample_data
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.backups import DailyBackupResult, DamageReport
from kopdes_desktop.ui import disk_full, theme
from kopdes_desktop.ui.i18n import install_language
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.recovery_dialog import Choice, RecoveryDialog
from kopdes_desktop.ui.sample_banner import DataSwitch
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
    theme.apply(settings.load().theme, app)  # dialogs shown before the window look the same
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


class Workspace(QObject):
    """Which data the window shows: the user's own, or the sample data ("Data contoh").

    Switching closes the window on one database and opens a new window on the other; the choice
    is remembered, so the app reopens where the user left it (unless an account signed in).
    """

    switched = Signal(object)  # the new MainWindow

    def __init__(
        self,
        open_services: Callable[[bool], AppServices],
        language: str,
        backups_to_keep: int = 7,
        *,
        daily_backups: bool = True,
    ) -> None:
        super().__init__()
        self._open_services = open_services
        self._language = language
        self._backups_to_keep = backups_to_keep
        self._daily_backups = daily_backups
        self.window: MainWindow | None = None
        self._daily: DailyBackups | None = None

    def open(self, sample: bool) -> MainWindow:
        paths.set_sample_mode(sample)  # forms autosave beside the data they belong to
        window = MainWindow(self._open_services(sample), self._language)
        window.switch_requested.connect(self.switch)
        window.language_changed.connect(self._language_changed)
        window.show()
        self.window = window
        self._daily = None
        if self._daily_backups and not sample:  # the sample data is not worth a backup
            self._daily = DailyBackups(window.tasks, self._backups_to_keep, window)
            self._daily.start()
        return window

    def _language_changed(self, language: str) -> None:
        self._language = language  # the next window (other data set) opens in it too

    def switch(self, request: DataSwitch) -> MainWindow:
        old = self.window
        app = QApplication.instance()
        keep_quitting = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # between the two windows there is none
        try:
            if old is not None:
                old.close()  # stops sync and waits for queued saves
                old.services.context.database.dispose()
                old.deleteLater()
            if request.remove_sample:
                sample_data.remove()
            settings.save(replace(settings.load(), show_sample_data=request.sample))
            window = self.open(request.sample)
        finally:
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(keep_quitting)
        logger.info("the window now shows %s", "the sample data" if request.sample else "own data")
        if request.sign_in:
            window.sign_in()
        self.switched.emit(window)
        return window


def run(
    open_services: Callable[[bool], AppServices],
    language: str,
    backups_to_keep: int = 7,
    *,
    sample: bool = False,
) -> int:
    app = create_application(language)
    log.add_crash_listener(show_crash)
    workspace = Workspace(open_services, language, backups_to_keep)
    workspace.open(sample)
    try:
        return app.exec()
    finally:
        if workspace.window is not None:
            workspace.window.services.context.database.dispose()
