"""Pengaturan: language, server, sync interval, where the data lives, backups, handover."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop import paths, settings
from kopdes_desktop.disk_space import is_disk_full
from kopdes_desktop.domain import clock
from kopdes_desktop.services.sync_service import AccountInfo
from kopdes_desktop.settings import Settings
from kopdes_desktop.ui import disk_full, theme
from kopdes_desktop.ui.about_dialog import AboutDialog

# "Settings saved." is true only until a field changes again; read, it goes by itself.
SAVED_SHOWN_MS = 8000


class SettingsPage(QWidget):
    help_topic = "settings"  # its F1 guide: resources/help/<language>/settings.md
    settings_saved = Signal(object)
    sign_in_requested = Signal()
    sign_out_requested = Signal()
    backup_requested = Signal(str)  # target file
    restore_requested = Signal(str)  # source file
    handover_export_requested = Signal()
    handover_import_requested = Signal()
    theme_changed = Signal(str)  # applied and saved at once, unlike the other settings

    def __init__(self, current: Settings) -> None:
        super().__init__()
        self._current = current
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")
        self._build_language_and_look()
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText("https://kopdes.example.go.id")
        self.sync_interval = QSpinBox()
        self.sync_interval.setRange(
            settings.MIN_SYNC_INTERVAL_MINUTES, settings.MAX_SYNC_INTERVAL_MINUTES
        )
        self.sync_interval.setSuffix(self.tr(" minutes"))
        self.photo_window = QSpinBox()
        self.photo_window.setRange(0, settings.MAX_PHOTO_WINDOW_DAYS)
        self.photo_window.setSuffix(self.tr(" days"))
        self.photo_window.setToolTip(
            self.tr(
                "Photos of your own records always come with sync. Photos of others' records "
                "come with sync when they were added in the last days set here (0: none); "
                "any other photo is downloaded when you open it."
            )
        )
        self.photo_cache = QSpinBox()
        self.photo_cache.setRange(settings.MIN_PHOTO_CACHE_MB, settings.MAX_PHOTO_CACHE_MB)
        self.photo_cache.setSingleStep(100)
        self.photo_cache.setSuffix(" MB")
        self.photo_cache.setToolTip(
            self.tr(
                "The most space photos of others' records may take on this laptop. When it is "
                "full, the photos opened longest ago are removed (their small previews stay)."
            )
        )
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setPlaceholderText(self.tr("Only for a server with a private certificate"))
        self.allow_insecure_http = QCheckBox(
            self.tr("Allow unencrypted http:// servers (test servers only)")
        )
        self.allow_insecure_http.setToolTip(
            self.tr(
                "Over http:// your password and data can be read and changed on the way. "
                "Servers on this computer are always allowed."
            )
        )
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Language:"), self.language),
            (self.tr("&Appearance:"), self.appearance),
            (self.tr("&Server address:"), self.server_url),
            (self.tr("Sync &every:"), self.sync_interval),
            (self.tr("&Photos of others that come with sync:"), self.photo_window),
            (self.tr("Space for others' p&hotos:"), self.photo_cache),
            (self.tr("CA &certificate file:"), self.ca_bundle),
            (self.tr("Security:"), self.allow_insecure_http),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self._add_data_folder_rows(form)
        self._add_account_and_backup_rows(form)
        self.save_button = QPushButton(self.tr("Save settings"))
        self._build_notice()
        # Below the title the page scrolls: on a 1024×600 netbook with a long account line and
        # data folder it is taller than the screen, and the window must still fit (QA F20).
        body = QWidget()
        outer = QVBoxLayout(self)
        outer.addWidget(title)
        outer.addWidget(_scrolling(body), 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.notice)
        layout.addWidget(self._about_button(), 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.show_settings(current)
        self._add_save_keys()
        self._watch_fields()
        self.appearance.currentIndexChanged.connect(self._theme_chosen)
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))
        )

    def _build_language_and_look(self) -> None:
        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.appearance = QComboBox()
        self.appearance.addItem(self.tr("Light"), theme.LIGHT)
        self.appearance.addItem(self.tr("Dark"), theme.DARK)
        self.appearance.setToolTip(self.tr("Changes at once and is kept for the next start."))

    def _add_data_folder_rows(self, form: QFormLayout) -> None:
        # A long value (a folder, "Signed in as … at https://…") gets a row of its own under its
        # label: beside the buttons it wrapped inside a nested layout, whose height the form
        # did not grow, and the second line was clipped at 1024×600 (QA F20).
        self.data_folder = _folder_label(str(paths.data_dir()))
        self.open_folder = QPushButton(self.tr("Open folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.open_folder)
        folder_row.addStretch(1)
        form.addRow(QLabel(self.tr("Data folder:")), folder_row)
        form.addRow(self.data_folder)

    def _add_account_and_backup_rows(self, form: QFormLayout) -> None:
        self.account_label = QLabel()
        self.account_label.setWordWrap(True)
        self.sign_in_button = QPushButton(self.tr("Sign in…"))
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.account_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        account_row = QHBoxLayout()
        account_row.addWidget(self.sign_in_button)
        account_row.addWidget(self.sign_out_button)
        account_row.addStretch(1)
        form.addRow(QLabel(self.tr("Account:")), account_row)
        form.addRow(self.account_label)
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(self.restore_button)
        backup_row.addStretch(1)
        form.addRow(QLabel(self.tr("Backups:")), backup_row)
        self.handover_export_button = QPushButton(self.tr("Hand over by USB…"))
        self.handover_import_button = QPushButton(self.tr("Receive a bundle…"))
        self.handover_export_button.setToolTip(
            self.tr("No signal for a long time? Save the unsent changes to a file for the office.")
        )
        handover_row = QHBoxLayout()
        handover_row.addWidget(self.handover_export_button)
        handover_row.addWidget(self.handover_import_button)
        handover_row.addStretch(1)
        form.addRow(QLabel(self.tr("Handover:")), handover_row)
        self._form = form
        self._backup_row = form.rowCount() - 2
        self._handover_row = form.rowCount() - 1
        self._sample = False
        self.backup_button.clicked.connect(self._choose_backup_target)
        self.restore_button.clicked.connect(self._choose_restore_source)
        self.handover_export_button.clicked.connect(self.handover_export_requested)
        self.handover_import_button.clicked.connect(self.handover_import_requested)

    def show_account(self, account: AccountInfo | None) -> None:
        if self._sample:
            return  # the sample data has no account (see show_sample_mode)
        if account is None:
            self.account_label.setText(self.tr("Not signed in. Sign in once to sync."))
        else:
            self.account_label.setText(
                self.tr("Signed in as %1 (%2) at %3")
                .replace("%1", account.full_name or account.username)
                .replace("%2", account.username)
                .replace("%3", account.server_url)
            )
            self.server_url.setText(account.server_url)
        self.sign_out_button.setEnabled(account is not None)

    def show_sample_mode(self, sample: bool) -> None:
        """The sample data is not backed up or restored, and no account signs in to it: signing
        in opens the user's own data."""
        self._sample = sample
        self._form.setRowVisible(self._backup_row, not sample)
        self._form.setRowVisible(self._handover_row, not sample)  # sample data never syncs
        if sample:
            self.account_label.setText(
                self.tr(
                    "The window shows the sample data. Sign in to switch to your own data; the "
                    "sample data is then removed."
                )
            )
            self.sign_out_button.setEnabled(False)

    def _choose_backup_target(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the database to"),
            str(Path.home() / f"kopdes-{clock.today():%Y-%m-%d}.sqlite"),
            self.tr("Kopdes database (*.sqlite)"),
        )
        if name:
            self.backup_requested.emit(name)

    def _choose_restore_source(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore the database from"),
            str(paths.backups_dir()),
            self.tr("Kopdes database (*.sqlite)"),
        )
        if name:
            self.restore_requested.emit(name)

    def _about_button(self) -> QPushButton:
        self.about_button = QPushButton(self.tr("About Kopdes Desktop…"))
        self.about_button.clicked.connect(self.show_about)
        return self.about_button

    def show_about(self) -> None:
        """Version, and the credits and licences of the shipped data."""
        self.about = AboutDialog(self)
        self.about.open()

    def show_notice(self, text: str) -> None:
        self._saved_shown = False
        self.saved_timer.stop()
        self.notice.setText(text)

    def _build_notice(self) -> None:
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self._saved_shown = False
        self.saved_timer = QTimer(self)
        self.saved_timer.setSingleShot(True)
        self.saved_timer.setInterval(SAVED_SHOWN_MS)
        self.saved_timer.timeout.connect(self._forget_saved)

    def _watch_fields(self) -> None:
        """Any change after a save makes "Settings saved." untrue: it goes at once."""
        for combo in (self.language, self.appearance):
            combo.currentIndexChanged.connect(self._forget_saved)
        for spin in (self.sync_interval, self.photo_window, self.photo_cache):
            spin.valueChanged.connect(self._forget_saved)
        for line in (self.server_url, self.ca_bundle):
            line.textChanged.connect(self._forget_saved)
        self.allow_insecure_http.toggled.connect(self._forget_saved)

    def _forget_saved(self) -> None:
        if self._saved_shown:
            self.show_notice("")

    def _theme_chosen(self) -> None:
        """A look is judged by seeing it: applied and kept at once, without Save."""
        chosen = str(self.appearance.currentData())
        if chosen == self._current.theme:
            return
        updated = replace(self._current, theme=chosen)
        if self._store(updated):
            self._current = updated
        self.theme_changed.emit(chosen)  # shown even when a full disk keeps it from being kept

    def _store(self, updated: Settings) -> bool:
        """Write the settings file; False (and the reason shown) when the disk is full."""
        try:
            settings.save(updated)
        except OSError as error:
            # Never "Settings saved." over a save that failed; the fields keep what was typed.
            self.show_notice(
                disk_full.settings_refused()
                if is_disk_full(error)
                else self.tr("The settings could not be saved: %1").replace(
                    "%1", error.strerror or str(error)
                )
            )
            return False
        return True

    def show_settings(self, current: Settings) -> None:
        self._current = current
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.appearance.blockSignals(True)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(current.theme)))
        self.appearance.blockSignals(False)
        self.server_url.setText(current.server_url)
        self.sync_interval.setValue(current.sync_interval_minutes)
        self.photo_window.setValue(current.photo_window_days)
        self.photo_cache.setValue(current.photo_cache_mb)
        self.ca_bundle.setText(current.ca_bundle)
        self.allow_insecure_http.setChecked(current.allow_insecure_http)

    def _add_save_keys(self) -> None:
        self.save_button.clicked.connect(self.save)
        # Ctrl+S saves in every form; here too, so nobody tabs through the whole page to save.
        save_keys = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        save_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_button.setToolTip(self.tr("Save settings (Ctrl+S)"))

    def save(self) -> None:
        updated = replace(
            self._current,
            language=self.language.currentData(),
            server_url=self.server_url.text(),
            sync_interval_minutes=self.sync_interval.value(),
            photo_window_days=self.photo_window.value(),
            photo_cache_mb=self.photo_cache.value(),
            ca_bundle=self.ca_bundle.text().strip(),
            allow_insecure_http=self.allow_insecure_http.isChecked(),
        ).normalised()
        if not self._store(updated):
            return
        self.show_settings(updated)
        self.show_saved()
        # A new language: the window rebuilds its pages in it, this one too (main_window).
        self.settings_saved.emit(updated)

    def show_saved(self) -> None:
        self.show_notice(self.tr("Settings saved."))
        self._saved_shown = True
        self.saved_timer.start()

    @property
    def current(self) -> Settings:
        """The settings as last shown or saved."""
        return self._current


def _scrolling(body: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop showing nothing
    scroll.setWidget(body)
    return scroll


def _folder_label(folder: str) -> QLabel:
    # A long folder path wraps at its separators instead of widening the page past a
    # netbook's edge (a zero-width space after each one lets the line break there).
    label = QLabel(folder.replace("/", "/\u200b").replace("\\", "\\\u200b"))
    label.setWordWrap(True)
    label.setToolTip(folder)
    return label
