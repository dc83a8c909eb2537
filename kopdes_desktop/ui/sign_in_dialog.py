"""Signing in once, online: server address, username, password."""

from __future__ import annotations

import math

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop import paths
from kopdes_desktop.disk_space import is_disk_full
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.sync_service import AccountInfo, UnsentChangesError
from kopdes_desktop.sync.transport import (
    AuthError,
    InsecureConnectionError,
    RateLimitedError,
    SyncError,
    TransientError,
    VersionRefusedError,
    is_plain_http_to_another_computer,
    normalise_server_url,
)
from kopdes_desktop.ui import counts, disk_full, theme
from kopdes_desktop.ui.tasks import TaskRunner

WIDE_ADDRESS = "https://kopdes.kalbarprov.go.id:8443"  # a long address, as a measure
FIELD_INSET = 24  # the field's frame and margins around its text


class SignInDialog(QDialog):
    help_topic = "sign_in"  # its F1 guide: resources/help/<language>/sign_in.md

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        server_url: str = "",
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self.account: AccountInfo | None = None
        self.setWindowTitle(self.tr("Sign in to the server"))
        self.server = QLineEdit(server_url)
        self.server.setPlaceholderText("kopdes.example.go.id")
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        intro = QLabel(
            self.tr(
                "Sign in once while you have a connection; the app then syncs for weeks "
                "without asking again."
            )
        )
        intro.setWordWrap(True)
        self.error = QLabel()
        theme.set_tone(self.error, theme.ERROR)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.insecure_warning = QLabel(
            self.tr(
                "Warning: this address starts with http://, so the connection is not "
                "encrypted. Your password and data can be read on the way."
            )
        )
        theme.set_tone(self.insecure_warning, theme.ERROR)
        self.insecure_warning.setWordWrap(True)
        self.server.textChanged.connect(self._warn_if_unencrypted)
        self._warn_if_unencrypted(server_url)
        form = QFormLayout()
        # Wide enough for a whole server address as people type it (the field's default width
        # showed "p://127.0.0.1:18765", and the placeholder cut short).
        wide = self.server.fontMetrics().horizontalAdvance(WIDE_ADDRESS) + FIELD_INSET
        for text, widget in (
            (self.tr("&Server:"), self.server),
            (self.tr("&Username:"), self.username),
            (self.tr("&Password:"), self.password),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setMinimumWidth(wide)
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.insecure_warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def sign_in(self) -> None:
        server, user, password = (
            normalise_server_url(self.server.text()),  # a bare host name means https
            self.username.text().strip(),
            (self.password.text()),
        )
        if not (server and user and password):
            self._show(self.tr("Fill in the server, your username and your password."))
            return
        self.buttons.setEnabled(False)
        self.error.setVisible(False)
        self._tasks.write(
            lambda: self._services.sync.sign_in(server, user, password), self._done, self._failed
        )

    def _warn_if_unencrypted(self, text: str) -> None:
        self.insecure_warning.setVisible(
            is_plain_http_to_another_computer(normalise_server_url(text))
        )

    def _done(self, account: AccountInfo) -> None:
        self.account = account
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        if isinstance(error, AuthError):
            self._show(self.tr("Wrong username or password."))
        elif isinstance(error, InsecureConnectionError):
            self._show(
                self.tr(
                    "This address uses http://, which sends your password unencrypted. Use "
                    "https://, or allow unencrypted connections in Settings (test servers only)."
                )
            )
        elif isinstance(error, RateLimitedError):
            minutes = max(1, math.ceil(error.retry_after / 60))
            self._show(
                self.tr("Too many attempts. Try again in %1.").replace(
                    "%1", counts.minutes(minutes)
                )
            )
        elif isinstance(error, TransientError):
            self._show(
                self.tr("The server cannot be reached. Check the address and the connection.")
            )
        elif isinstance(error, VersionRefusedError):
            self._show(self.tr("This server needs a newer version of the app."))
        elif isinstance(error, UnsentChangesError):
            self._show(
                self.tr(
                    "This laptop still holds %1 of another account. Sync or export them first."
                ).replace("%1", counts.unsent_changes(error.count))
            )
        elif isinstance(error, SyncError):  # the server's own reason, e.g. a disabled account
            self._show(self.tr("Sign-in failed: %1").replace("%1", str(error)))
        elif is_disk_full(error):
            self._show(disk_full.sign_in_refused())
        else:  # a bug: the task runner logged it; no Python text for the user
            self._show(
                self.tr("Sign-in failed. The details are in the log file: %1").replace(
                    "%1", str(paths.log_file())
                )
            )

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
