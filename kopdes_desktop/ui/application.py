"""Starting the Qt application around an already opened set of services."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from kopdes_desktop import log, paths
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.ui.i18n import install_language
from kopdes_desktop.ui.main_window import MainWindow


def create_application(language: str) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Kopdes Desktop")
    app.setOrganizationName("Kopdes")
    install_language(app, language)
    return app


def show_crash(summary: str) -> None:
    """Tell the user what broke and where the details are; their saved data is safe."""
    if QApplication.instance() is None:
        return
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Crash", "Something went wrong"),
        QCoreApplication.translate(
            "Crash",
            "Kopdes Desktop hit an unexpected error. Everything you saved is kept. "
            "Please send this log file to support:\n%1\n\n%2",
        )
        .replace("%1", str(paths.log_file()))
        .replace("%2", summary),
    )


def run(services: AppServices, language: str) -> int:
    app = create_application(language)
    log.add_crash_listener(show_crash)
    window = MainWindow(services, language)
    window.show()
    return app.exec()
