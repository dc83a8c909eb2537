"""The main window: navigation on the left, the chosen page on the right, status below."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop import paths, settings
from kopdes_desktop.disk_space import is_disk_full
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.domain.records import (
    CooperativeDetail,
    OpportunityDetail,
    RecordType,
    VisitDetail,
)
from kopdes_desktop.domain.todo import TodoItem, TodoKind
from kopdes_desktop.services import autosave, backups, sample_data
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.refusals import RefusalGroup
from kopdes_desktop.services.sync_service import AccountInfo, UnsentChangesError
from kopdes_desktop.settings import Settings
from kopdes_desktop.ui import (
    counts,
    disk_full,
    enter_key,
    icons,
    remembered_folders,
    screen_fit,
    theme,
)
from kopdes_desktop.ui.cooperative_list_page import CooperativeListPage
from kopdes_desktop.ui.dashboard_page import DashboardPage
from kopdes_desktop.ui.forms.record_editor import RecordEditor
from kopdes_desktop.ui.handover_dialog import (
    ExportHandoverDialog,
    HandoverDialog,
    ImportHandoverDialog,
)
from kopdes_desktop.ui.help_dialog import HelpDialog, HelpKey
from kopdes_desktop.ui.home_page import HomePage
from kopdes_desktop.ui.i18n import install_language
from kopdes_desktop.ui.inbox_page import InboxPage
from kopdes_desktop.ui.map_page import MapPage
from kopdes_desktop.ui.opportunity_list_page import OpportunityListPage
from kopdes_desktop.ui.record_list_page import RecordListPage
from kopdes_desktop.ui.reports_page import ReportsPage
from kopdes_desktop.ui.review_page import ReviewPage
from kopdes_desktop.ui.sample_banner import DataSwitch, SampleBanner
from kopdes_desktop.ui.settings_page import SettingsPage
from kopdes_desktop.ui.sign_in_dialog import SignInDialog
from kopdes_desktop.ui.sync_controller import SyncController
from kopdes_desktop.ui.sync_status_widget import SyncStatusWidget
from kopdes_desktop.ui.tasks import TaskRunner
from kopdes_desktop.ui.todo_text import NextAction
from kopdes_desktop.ui.visit_list_page import VisitListPage

log = logging.getLogger(__name__)
# Well inside a 1024×600 netbook once the taskbar and the title bar have taken their share.
MIN_WIDTH, MIN_HEIGHT = 760, 460
HOME, COOPERATIVES, VISITS, OPPORTUNITIES, INBOX, REVIEW, DASHBOARD, MAP, REPORTS, SETTINGS = range(
    10
)
NAVIGATION_WIDTH = 190  # the least; wider only for longer page names (English)
NAVIGATION_MAX_WIDTH = 220
NAVIGATION_PADDING = 36  # the selected page's bar, the item's padding, the icon's gap
NAVIGATION_ICON = 20
# In the order of the pages above.
NAVIGATION_ICONS = (
    icons.HOME,
    icons.COOPERATIVES,
    icons.VISITS,
    icons.OPPORTUNITIES,
    icons.INBOX,
    icons.REVIEW,
    icons.DASHBOARD,
    icons.MAP,
    icons.REPORTS,
    icons.SETTINGS,
)


BUSY_RETRY_MS = 100  # a save on its way: the language changes once it is in the database
RETIRE_POLL_MS = 250


def _descends_from(widget: QWidget, ancestor: QWidget) -> bool:
    """``widget`` is ``ancestor`` or inside it, across windows (a form opened from a page)."""
    parent: QWidget | None = widget
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parentWidget()
    return False


class MainWindow(QMainWindow):
    # Show the other data set (sample or own): the Workspace closes this window for a new one.
    switch_requested = Signal(object)  # DataSwitch
    language_changed = Signal(str)  # the window now shows this language

    def __init__(
        self, services: AppServices, language: str, user_settings: Settings | None = None
    ) -> None:
        super().__init__()
        current_settings = user_settings or settings.load()
        theme.apply(current_settings.theme)  # before any widget is made: sizes follow the font
        self.services = services
        self.tasks = TaskRunner(self)
        self._language = language
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.sync = SyncController(self.services, current_settings.sync_interval_minutes)
        self.sync.round_finished.connect(self._sync_finished)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.sync.sync_now)
        self.handover: HandoverDialog | None = None  # the open handover dialog, if any
        self._retired: list[QWidget] = []  # the pages of the language before, until idle
        self._build_ui(current_settings)
        self._add_shortcuts()
        self._help_key = HelpKey(self.show_help, self)  # in the forms and dialogs too
        enter_key.install()

        self.restoring = False  # a restore from a backup is running: the window is disabled
        self._placed = False  # size and place come at the first show, on the screen shown on
        # Beranda first: what to do now (it reads its to-do as it is shown).
        self.navigation.setCurrentRow(HOME)
        for page in (self.cooperatives, self.visits, self.opportunities):
            page.apply_filters()
        self._load_pages()
        self.sync.start()
        # Read now, before any form of this session starts autosaving beside them.
        self._left_open = autosave.pending()
        if self._left_open:
            QTimer.singleShot(0, self.offer_autosaved)

    def _build_ui(self, current_settings: Settings) -> None:
        """Every page and every text of the window, in the language installed now; built again
        when the user chooses another language (see ``change_language``)."""
        language = self._language
        services = self.services
        title = self.tr("Kopdes Desktop — sample data") if services.sample else None
        self.setWindowTitle(title or self.tr("Kopdes Desktop"))
        self.home = HomePage(services, self.tasks, language)
        self.cooperatives = CooperativeListPage(services, self.tasks, language)
        self.visits = VisitListPage(services, self.tasks, language)
        self.opportunities = OpportunityListPage(services, self.tasks, language)
        self.inbox = InboxPage(services, self.tasks, language)
        self.settings_page = SettingsPage(current_settings)
        self.review = ReviewPage(services, self.tasks, language)
        self.dashboard = DashboardPage(services, self.tasks, language)
        self.map = MapPage(services, self.tasks, language)
        self.reports = ReportsPage(services, self.tasks, language)
        self._build_navigation()
        self._build_sync()
        self._add_help()
        self.statusBar().setToolTip(self.tr("Data folder: %1").replace("%1", str(paths.data_dir())))

        self.cooperatives.sample_data_requested.connect(self.load_sample_data)
        for page in (self.cooperatives, self.visits, self.opportunities):
            page.record_saved.connect(self._record_saved)
        self.inbox.open_visit.connect(self._open_visit)
        self.inbox.open_record.connect(self._open_record)
        self.inbox.put_back_form.connect(self._open_put_back)
        self.inbox.changed_locally.connect(lambda: self._record_saved(""))
        self.inbox.count_changed.connect(self._inbox_count)
        self.review.decision_saved.connect(self._record_saved)
        self.review.count_changed.connect(self._review_count)
        self.dashboard.open_visit.connect(self._open_visit)
        self.map.open_visit.connect(self._open_visit)
        self.map.open_cooperative.connect(self._open_cooperative)
        self.map.show_visits.connect(self._show_visits_of)
        self.home.open_item.connect(self.open_todo)
        self.home.next_action_requested.connect(self._home_next_action)
        self.show_role_pages()

    def _load_pages(self) -> None:
        """What the pages read when they are (re)built; the lists read their own filters, and
        Beranda its to-do as it is shown."""
        self.inbox.refresh()
        self.tasks.read(self.services.refusals.marks, self._show_refusals)

    def _build_navigation(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(NAVIGATION_ICON, NAVIGATION_ICON))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        for title, page in (
            (self.tr("Home"), self.home),
            (self.tr("Cooperatives"), self.cooperatives),
            (self.tr("Visits"), self.visits),
            (self.tr("Business opportunities"), self.opportunities),
            (self.tr("Inbox"), self.inbox),
            (self.tr("Review"), self.review),
            (self.tr("Dashboard"), self.dashboard),
            (self.tr("Map"), self.map),
            (self.tr("Reports"), self.reports),
            (self.tr("Settings"), self.settings_page),
        ):
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self._paint_icons()
        self._fit_navigation()
        self.navigation.currentRowChanged.connect(self._page_changed)
        self._build_central()

    def _fit_navigation(self) -> None:
        """Wide enough for the longest page name of this language ("Business opportunities"),
        never narrower than the Indonesian names need, nor so wide that a netbook's lists
        lose their room."""
        metrics = self.navigation.fontMetrics()
        longest = max(
            metrics.horizontalAdvance(self.navigation.item(row).text() + " (99)")
            for row in range(self.navigation.count())
        )
        needed = longest + NAVIGATION_ICON + NAVIGATION_PADDING
        self.navigation.setFixedWidth(min(max(NAVIGATION_WIDTH, needed), NAVIGATION_MAX_WIDTH))

    def _paint_icons(self) -> None:
        """Icons are drawn in the theme's colours: again after each theme change."""
        selected = theme.current().accent
        for row, name in enumerate(NAVIGATION_ICONS):
            self.navigation.item(row).setIcon(icons.icon(name, selected_colour=selected))

    def apply_theme(self, name: str) -> None:
        """Pengaturan → Tampilan: the whole window restyled at once."""
        theme.apply(name)
        self._paint_icons()
        icons.repaint()

    def _build_central(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        self.sample_banner = SampleBanner()
        self.sample_banner.setVisible(self.services.sample)
        self.sample_banner.sign_in_clicked.connect(self.sign_in)
        self.sample_banner.remove_clicked.connect(
            lambda: self.switch_requested.emit(DataSwitch(sample=False, remove_sample=True))
        )
        outer.addWidget(self.sample_banner)
        self._side = QVBoxLayout()
        self._side.addWidget(self.navigation, 1)
        layout = QHBoxLayout()
        layout.addLayout(self._side)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

    def _add_help(self) -> None:
        # Made after the status bar, so Tab reaches it last: pages and Sync come first.
        self.help_button = QPushButton(self.tr("Help (F1)"))
        icons.set_icon(self.help_button, icons.HELP)
        self.help_button.setToolTip(self.tr("A guide to this screen, and the keyboard shortcuts"))
        self.help_button.clicked.connect(self.show_help)
        self._side.addWidget(self.help_button)

    def _add_shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.Find, self, self._find)
        for number in range(1, 11):  # Ctrl+0 is the tenth page
            QShortcut(
                QKeySequence(f"Ctrl+{number % 10}"),
                self,
                lambda n=number: self.go_to_page_number(n),
            )

    def _build_sync(self) -> None:
        self.sync_status = SyncStatusWidget(self._language)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.sync.changed.connect(self.sync_status.show_snapshot)
        self.sync_status.described.connect(self.home.show_sync)  # Beranda says the same
        self.sync_status.sync_requested.connect(self.sync.sync_now)
        self.sync_status.sign_in_requested.connect(self.sign_in)
        self.sync_status.inbox_requested.connect(lambda: self.navigation.setCurrentRow(INBOX))
        # An empty list's "Sync now" does what the status bar's button does (or signs in).
        pages = (self.home, self.cooperatives, self.visits, self.opportunities, self.inbox)
        for page in (*pages, self.review):
            page.sync_requested.connect(self.sync_status.button.click)
        self.settings_page.sign_in_requested.connect(self.sign_in)
        self.settings_page.sign_out_requested.connect(self.sign_out)
        self.settings_page.backup_requested.connect(self.back_up_to)
        self.settings_page.restore_requested.connect(self.restore_from)
        self.settings_page.handover_export_requested.connect(self.hand_over_by_usb)
        self.settings_page.handover_import_requested.connect(self.receive_bundle)
        self.settings_page.settings_saved.connect(self._apply_connection_settings)
        self.settings_page.theme_changed.connect(self.apply_theme)
        self.settings_page.settings_saved.connect(
            lambda saved: self.sync.set_interval(saved.sync_interval_minutes)
        )
        self.settings_page.settings_saved.connect(
            lambda saved: self.services.photos.set_policy(
                saved.photo_window_days, saved.photo_cache_mb
            )
        )
        self.settings_page.settings_saved.connect(self._language_saved)
        self.tasks.read(self.services.sync.account, self.settings_page.show_account)
        self.settings_page.show_sample_mode(self.services.sample)
        self.tasks.read(self.services.sample_data_offered, self.cooperatives.offer_sample_data)

    # --- language: chosen in Pengaturan, applied at once ---------------------------------------

    def _language_saved(self, saved: Settings) -> None:
        if saved.language != self._language:
            # Not inside the settings page's own Save: that page is rebuilt too.
            QTimer.singleShot(0, lambda: self.change_language(saved.language))

    def change_language(self, language: str) -> None:
        """Show everything in ``language`` now, without a restart.

        The pages are built again in the new language rather than each retranslating itself:
        every text a page shows is set where the page is built (labels, list headers, filter
        choices, formatted dates and numbers), so building it again cannot miss one, and a
        page added later needs no second code path. What the user had is carried over: the
        page shown, each list's filters, sort and chosen row, and every open form with its
        typing, tab, base and unsaved state (docs/translations.md "Changing the language").
        """
        if language == self._language:
            return
        editors = self._open_editors()
        if any(editor.busy for _name, editor in editors):
            QTimer.singleShot(BUSY_RETRY_MS, lambda: self.change_language(language))
            return
        row = self.navigation.currentRow()
        views = {name: page.view() for name, page in self._list_pages().items()}
        carried = [(name, editor.carried()) for name, editor in editors]
        current_settings = self.settings_page.current
        app = QCoreApplication.instance()
        if app is not None:
            install_language(app, language)
        self._language = language
        self._retire_ui()
        self._build_ui(current_settings)
        self.sync_status.show_snapshot(self.sync.snapshot)
        self.navigation.setCurrentRow(row)
        for name, page in self._list_pages().items():
            page.restore_view(views[name])
        self._load_pages()
        for name, form in carried:
            self._list_pages()[name].reopen(form)
        if row == SETTINGS:
            self.settings_page.show_saved()
            self.settings_page.save_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.navigation.setFocus(Qt.FocusReason.OtherFocusReason)
        log.info("the window now shows language %s", language)
        self.language_changed.emit(language)

    @property
    def language(self) -> str:
        return self._language

    def _list_pages(self) -> dict[str, RecordListPage[Any, Any]]:
        return {
            "cooperatives": self.cooperatives,
            "visits": self.visits,
            "opportunities": self.opportunities,
        }

    def _open_editors(self) -> list[tuple[str, RecordEditor]]:
        return [
            (name, editor)
            for name, page in self._list_pages().items()
            for editor in page.findChildren(RecordEditor)
            if editor.isVisible()
        ]

    def _retire_ui(self) -> None:
        """Take the pages and the status widget out of the window; they are deleted once every
        task they started has answered (its answer may still arrive to them)."""
        retired: list[QWidget] = []
        central = self.takeCentralWidget()
        if central is not None:
            retired.append(central)
        self.statusBar().removeWidget(self.sync_status)
        retired.append(self.sync_status)
        for widget in retired:
            for window in QApplication.topLevelWidgets():
                if window.isVisible() and _descends_from(window, widget):
                    window.hide()  # its forms and dialogs: reopened in the new language
            widget.hide()
            widget.setParent(None)
        self._retired.extend(retired)
        waiting = self.tasks.outstanding()

        def delete_when_answered() -> None:
            if waiting & self.tasks.outstanding():
                QTimer.singleShot(RETIRE_POLL_MS, delete_when_answered)
                return
            for widget in retired:
                self._retired.remove(widget)
                widget.deleteLater()

        delete_when_answered()

    # --- navigation and refresh ---------------------------------------------------------

    def _page_changed(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        if row == HOME:
            self.refresh_overview()
        if row == INBOX:
            self.inbox.refresh()

    def refresh_overview(self) -> None:
        """Beranda's to-do, read again (after a save, a sync, a sign-in, or when shown)."""
        self.home.refresh()

    def _record_saved(self, _record_id: str) -> None:
        self.sync.record_saved()
        self._refresh_lists()

    def _sync_finished(self, _report: object) -> None:
        self._refresh_lists()
        for editor in self.findChildren(RecordEditor):
            if editor.isVisible():
                editor.refresh_if_unchanged()
        self.inbox.refresh()
        # The review badge and counts follow every sync, not only an open review page.
        if not self.navigation.item(REVIEW).isHidden():
            self.review.refresh()
        current = self.pages.currentWidget()
        if current is self.dashboard:
            self.dashboard.refresh()
        elif current is self.map:
            self.map.refresh()

    def _refresh_lists(self) -> None:
        self.refresh_overview()
        self.visits.reload_cooperatives()
        for page in (self.cooperatives, self.visits, self.opportunities):
            page.refresh()
        self.tasks.read(self.services.refusals.marks, self._show_refusals)

    def _show_refusals(self, groups: dict[str, RefusalGroup]) -> None:
        for page in (self.cooperatives, self.visits, self.opportunities):
            page.show_refusals(groups)

    def sign_in(self) -> None:
        if self.services.sample:
            # Signing in is for the user's own data: the window switches to it first.
            self.switch_requested.emit(DataSwitch(sample=False, sign_in=True))
            return
        account = self.services.sync.account()
        dialog = SignInDialog(
            self.services,
            self.tasks,
            account.server_url if account else self.settings_page.server_url.text(),
            account.username if account else "",
            parent=self,
        )
        dialog.accepted.connect(self._signed_in)
        dialog.open()
        self.sign_in_dialog = dialog

    def back_up_to(self, target: str) -> None:
        def done(made: backups.BackupSummary) -> None:
            self.settings_page.show_notice(
                self.tr("Backup saved: %1").replace("%1", str(made.path))
            )

        def failed(error: Exception) -> None:
            self.settings_page.show_notice(
                disk_full.backup_refused() if is_disk_full(error) else str(error)
            )

        self.tasks.read(
            lambda: backups.backup_to(paths.database_file(), Path(target)), done, failed
        )

    def restore_from(self, source: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup?"),
            self.tr(
                "The data on this laptop is replaced by the backup (the current database is "
                "kept in the backups folder). Changes made after the backup and not yet "
                "synced are not in it. The app closes afterwards; open it again."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # No edit, sync or page may touch the database while its file is replaced.
        self._show_restoring(True)
        self.sync.stop()
        self.tasks.wait_for_idle()  # reads and saves already queued finish first
        database = self.services.context.database

        def work() -> backups.RestoreOutcome:
            self.sync.wait()  # a round ends at its next request; may take a while on 2G
            database.dispose()  # the file is replaced: no connection may stay open on it
            return backups.restore_from(Path(source), paths.database_file(), paths.backups_dir())

        self.tasks.write(work, self._restored, self._restore_failed)

    def _show_restoring(self, busy: bool) -> None:
        self.restoring = busy
        self.setEnabled(not busy)
        if busy:
            self.settings_page.show_notice(self.tr("Restoring the backup…"))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _restored(self, outcome: backups.RestoreOutcome) -> None:
        self._show_restoring(False)
        # The restore mark next to the file makes the next start take a new identity for edits
        # (docs/sync-protocol.md "Reused mutation ids"): the app must open the file afresh.
        QMessageBox.information(
            self,
            self.tr("Restored"),
            self.tr("Restored from %1. Open the app again to continue.").replace(
                "%1", str(outcome.restored_from)
            ),
        )
        self.close()

    def _restore_failed(self, error: Exception) -> None:
        self._show_restoring(False)
        self.settings_page.show_notice(
            disk_full.restore_refused()
            if is_disk_full(error)
            else self.tr("Nothing was changed: %1").replace("%1", str(error))
        )
        self.sync.resume()

    def hand_over_by_usb(self) -> None:
        """Pengaturan → "Serahkan lewat USB": the unsent changes to a file (as export-bundle)."""

        def show(account: AccountInfo | None) -> None:
            username = account.username if account else ""
            self._open_handover(
                ExportHandoverDialog(self, self.tasks, self.services.sync.export_bundle, username)
            )

        self.tasks.read(self.services.sync.account, show)

    def receive_bundle(self) -> None:
        """Pengaturan → "Terima bundel": deliver a file of this account (as import-bundle)."""

        def show(account: AccountInfo | None) -> None:
            username = account.username if account else ""
            self._open_handover(
                ImportHandoverDialog(self, self.tasks, self.services.sync.import_bundle, username)
            )

        self.tasks.read(self.services.sync.account, show)

    def _open_handover(self, dialog: HandoverDialog) -> None:
        self.handover = dialog
        dialog.succeeded.connect(self.sync.refresh_status)  # pending counts changed
        dialog.open()

    def sign_out(self) -> None:
        def refused(error: Exception) -> None:
            if isinstance(error, UnsentChangesError):
                self.settings_page.show_notice(
                    self.tr(
                        "Not sent yet: %1. Sync first, or save them to a handover "
                        "file with Settings → “Hand over by USB…”, then sign out."
                    ).replace("%1", counts.changes(error.count))
                )
            else:
                self.settings_page.show_notice(str(error))

        def done(_result: object) -> None:
            self.settings_page.show_account(None)
            self.sync.forget_outcome()

        self.tasks.write(self.services.sync.sign_out, done, refused)

    def _apply_connection_settings(self, saved: Settings) -> None:
        self.services.sync.configure_connection(
            ca_bundle=saved.ca_bundle, allow_insecure_http=saved.allow_insecure_http
        )
        self.sync.refresh_status()

    def _signed_in(self) -> None:
        self.show_role_pages()
        self.refresh_overview()  # a PMO's to-do is not a BA's
        self.settings_page.show_account(self.services.sync.account())
        self.cooperatives.offer_sample_data(False)
        self.sync.signed_in()
        if sample_data.exists():  # never offered again once an account has signed in
            self.tasks.write(sample_data.remove, lambda _result: None)

    def _find(self) -> None:
        current = self.pages.currentWidget()
        if not isinstance(current, RecordListPage):
            self.navigation.setCurrentRow(COOPERATIVES)
            current = self.cooperatives
        current.focus_search()

    def _record_page(self, record_type: str) -> tuple[int, RecordListPage[Any, Any]]:
        pages: dict[str, tuple[int, RecordListPage[Any, Any]]] = {
            RecordType.COOPERATIVE.value: (COOPERATIVES, self.cooperatives),
            RecordType.VISIT.value: (VISITS, self.visits),
            RecordType.OPPORTUNITY.value: (OPPORTUNITIES, self.opportunities),
        }
        return pages[record_type]

    def _open_record(self, record_type: str, record_id: str) -> None:
        row, page = self._record_page(record_type)
        self.navigation.setCurrentRow(row)
        page.open_record(record_id)

    def _open_put_back(self, form: autosave.AutosavedForm) -> None:
        """The refused values back in their form, as a new edit for the user to look over."""
        row, page = self._record_page(form.kind)
        self.navigation.setCurrentRow(row)
        page.open_restored(form)  # type: ignore[attr-defined]

    def _open_visit(self, visit_id: str) -> None:
        self.navigation.setCurrentRow(VISITS)
        self.visits.open_record(visit_id)

    def _open_cooperative(self, cooperative_id: str) -> None:
        self.navigation.setCurrentRow(COOPERATIVES)
        self.cooperatives.open_record(cooperative_id)

    def open_todo(self, item: TodoItem) -> None:
        """A Beranda item opens its record: the visit or cooperative form, the inbox entry of
        a refusal or a clash, the review of a waiting visit, the map of a quiet BA."""
        kind = item.kind
        if kind in (TodoKind.DRAFT, TodoKind.SENT_BACK, TodoKind.ACTION_DUE, TodoKind.PLANNED):
            self._open_visit(item.record_id)
        elif kind is TodoKind.NOT_VISITED:
            self._open_cooperative(item.record_id)
        elif kind in (TodoKind.REFUSED, TodoKind.NOT_APPLIED, TodoKind.CONFLICT):
            self.navigation.setCurrentRow(INBOX)
            self.inbox.show_entry(kind.value, item.record_id)
        elif kind is TodoKind.REVIEW:
            self.navigation.setCurrentRow(REVIEW)
            self.review.open_visit(item.record_id)
        elif kind is TodoKind.QUIET_BA:
            self.navigation.setCurrentRow(MAP)
            self.map.show_ba(item.record_id)

    def _home_next_action(self, action: NextAction) -> None:
        """The empty to-do's one button: a PMO looks at the dashboard, a BA logs a visit, a
        laptop without cooperatives goes where they come from (sign in, sample data)."""
        if action is NextAction.DASHBOARD:
            self.navigation.setCurrentRow(DASHBOARD)
        elif action is NextAction.NEW_VISIT:
            self.navigation.setCurrentRow(VISITS)
            self.visits.new_record()
        else:
            self.navigation.setCurrentRow(COOPERATIVES)

    def _show_visits_of(self, cooperative_id: str) -> None:
        self.navigation.setCurrentRow(VISITS)
        self.visits.show_cooperative(cooperative_id)

    def show_role_pages(self) -> None:
        """Only PMOs and admins review; a BA's navigation stays short."""
        item = self.navigation.item(REVIEW)
        if item is not None:
            refused = self.services.context.open_to(Action.REVIEW, RecordType.VISIT)
            item.setHidden(refused is not None)
        self.cooperatives.apply_role()
        for number, row in enumerate(self._shown_rows(), start=1):
            shown = self.navigation.item(row)
            shown.setToolTip(f"Ctrl+{number % 10}" if number <= 10 else "")  # Ctrl+0: tenth

    def _shown_rows(self) -> list[int]:
        return [
            row
            for row in range(self.navigation.count())
            if not self.navigation.item(row).isHidden()
        ]

    def go_to_page_number(self, number: int) -> None:
        """Ctrl+1 … Ctrl+9, Ctrl+0: the pages as the navigation shows them, from the top."""
        rows = self._shown_rows()
        if 1 <= number <= len(rows):
            self.navigation.setCurrentRow(rows[number - 1])
            self.navigation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_help(self) -> None:
        # Over whatever window is in front (a form, too), so it is never hidden behind it.
        active = QApplication.activeWindow()
        dialog = HelpDialog(self.help_topic(), parent=active if active is not None else self)
        dialog.open()
        self.help_dialog = dialog

    def help_topic(self) -> str:
        """The guide F1 opens: of the form or dialog in front (or the one it was opened from),
        else of the page shown."""
        widget: QWidget | None = QApplication.activeWindow()
        while widget is not None and widget is not self:
            topic = getattr(widget, "help_topic", None)
            if isinstance(topic, str):
                return topic
            widget = widget.parentWidget()
        topic = getattr(self.pages.currentWidget(), "help_topic", None)
        return topic if isinstance(topic, str) else "home"

    def _review_count(self, count: int) -> None:
        item = self.navigation.item(REVIEW)
        title = self.tr("Review")
        item.setText(f"{title} ({count})" if count else title)

    def _inbox_count(self, count: int) -> None:
        self.sync.refresh_when_idle()  # dismissed refusals no longer hold the status bar back
        item = self.navigation.item(INBOX)
        title = self.tr("Inbox")
        item.setText(f"{title} ({count})" if count else title)

    def load_sample_data(self) -> None:
        """Fill the sample database (once), then show it in a window of its own."""

        def ready(_count: int) -> None:
            self.switch_requested.emit(DataSwitch(sample=True))

        def failed(error: Exception) -> None:
            self.cooperatives.offer_sample_data(True)
            self.cooperatives.show_error(str(error))

        self.tasks.write(self.services.prepare_sample_data, ready, failed)

    # --- forms left open at the last exit ---------------------------------------------------

    def offer_autosaved(self, ask: Callable[[int], bool] | None = None) -> int:
        """Offer back forms a crash or power cut left unsaved; returns how many were reopened."""
        forms, self._left_open = self._left_open, []
        if not forms:
            return 0
        if not (ask or self._ask_restore)(len(forms)):
            for form in forms:
                autosave.discard(form.kind, form.record_id)
            return 0
        for form in forms:
            if isinstance(form.detail, CooperativeDetail):
                self.navigation.setCurrentRow(COOPERATIVES)
                self.cooperatives.open_restored(form)
            elif isinstance(form.detail, VisitDetail):
                self.navigation.setCurrentRow(VISITS)
                self.visits.open_restored(form)
            elif isinstance(form.detail, OpportunityDetail):
                self.navigation.setCurrentRow(OPPORTUNITIES)
                self.opportunities.open_restored(form)
        return len(forms)

    def _ask_restore(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore unsaved work?"),
            self.tr(
                "The app last closed unexpectedly with %1 open. "
                "Open them again with what you had typed?"
            ).replace("%1", counts.forms(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- window geometry: beside the user's data, so each data folder remembers its own ---------

    def _window_settings(self) -> QSettings:
        return remembered_folders.window_settings()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed:
            self._placed = True
            self._restore_window_state()
        super().showEvent(event)

    def _restore_window_state(self) -> None:
        """The size and place of the last session, if they still fit this screen; else fit it."""
        stored = self._window_settings()
        geometry = stored.value("geometry")
        restored = (
            isinstance(geometry, QByteArray)
            and not geometry.isEmpty()
            and self.restoreGeometry(geometry)
        )
        if not restored or not (self.isMaximized() or screen_fit.fits(self)):
            self._fit_to_screen()
        state = stored.value("state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _fit_to_screen(self) -> None:
        area = screen_fit.usable_area(self)
        size = screen_fit.fitted_size(self, screen_fit.PREFERRED_WINDOW)
        self.setGeometry(screen_fit.centred(size, area))
        if screen_fit.is_small(area):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.restoring:  # the window closes by itself once the file is in place
            event.ignore()
            return
        stored = self._window_settings()
        stored.setValue("geometry", self.saveGeometry())
        stored.setValue("state", self.saveState())
        stored.sync()
        for editor in self.findChildren(RecordEditor):
            editor.stop_autosave()
        self.sync.stop()  # a round stops at its next request; everything done so far is kept
        self.sync.wait()
        self.tasks.wait_for_idle()  # a queued save must finish before the process exits
        super().closeEvent(event)
