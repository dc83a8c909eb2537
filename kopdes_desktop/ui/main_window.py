"""The main window: navigation on the left, the chosen page on the right, status below."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from kopdes_desktop import paths
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.overview import Overview
from kopdes_desktop.ui.cooperative_list_page import CooperativeListPage
from kopdes_desktop.ui.formatting import format_count
from kopdes_desktop.ui.home_page import HomePage
from kopdes_desktop.ui.tasks import TaskRunner

MIN_WIDTH, MIN_HEIGHT = 900, 560  # fits a 1366×768 laptop screen with room to spare


class MainWindow(QMainWindow):
    def __init__(self, services: AppServices, language: str) -> None:
        super().__init__()
        self.services = services
        self.tasks = TaskRunner(self)
        self.setWindowTitle(self.tr("Kopdes Desktop"))
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)

        self.navigation = QListWidget()
        self.navigation.setFixedWidth(180)
        self.pages = QStackedWidget()
        self.home = HomePage(language)
        self.cooperatives = CooperativeListPage(services, self.tasks, language)
        for title, page in (
            (self.tr("Home"), self.home),
            (self.tr("Cooperatives"), self.cooperatives),
        ):
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.currentRowChanged.connect(lambda _row: self.refresh_overview())

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.pending_label = QLabel()
        self.statusBar().addPermanentWidget(self.pending_label)
        self.statusBar().setToolTip(self.tr("Data folder: %1").replace("%1", str(paths.data_dir())))

        QShortcut(QKeySequence.StandardKey.Find, self, self._find)
        self.cooperatives.demo_data_created.connect(self._demo_data_created)

        self._language = language
        self._restore_window_state()
        self.navigation.setCurrentRow(1)
        self.cooperatives.apply_filters()
        self.refresh_overview()

    def refresh_overview(self) -> None:
        self.tasks.read(self.services.overview.overview, self._show_overview)

    def _show_overview(self, overview: Overview) -> None:
        self.home.show_overview(overview)
        pending = format_count(overview.pending_changes, self._language)
        self.pending_label.setText(self.tr("%1 changes waiting to be sent").replace("%1", pending))

    def _find(self) -> None:
        self.navigation.setCurrentRow(1)
        self.cooperatives.focus_search()

    def _demo_data_created(self, count: int) -> None:
        self.statusBar().showMessage(
            self.tr("Sample data loaded: %1 cooperatives.").replace("%1", str(count)), 5000
        )
        self.refresh_overview()

    # Window geometry lives beside the user's data, so each data folder remembers its own.
    def _window_settings(self) -> QSettings:
        return QSettings(str(paths.data_dir() / "window.ini"), QSettings.Format.IniFormat)

    def _restore_window_state(self) -> None:
        stored = self._window_settings()
        geometry = stored.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)
        state = stored.value("state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        stored = self._window_settings()
        stored.setValue("geometry", self.saveGeometry())
        stored.setValue("state", self.saveState())
        stored.sync()
        self.tasks.wait_for_idle()  # a queued save must finish before the process exits
        super().closeEvent(event)
