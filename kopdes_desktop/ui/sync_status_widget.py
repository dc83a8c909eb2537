"""The status bar's account of sync: offline with N waiting, syncing 45%, synced 2 minutes ago,
or what went wrong; with a Sync now button (F5)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from kopdes_desktop.services.sync_service import SyncStatus
from kopdes_desktop.ui.formatting import format_count, format_date
from kopdes_desktop.ui.sync_controller import SyncSnapshot, SyncState

PLAUSIBLE_DAYS = 60  # beyond that the laptop's own clock is more likely wrong than the sync old


class SyncStatusWidget(QWidget):
    sync_requested = Signal()
    sign_in_requested = Signal()

    def __init__(self, language: str) -> None:
        super().__init__()
        self._language = language
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(140)
        self.progress.setVisible(False)
        self.button = QPushButton(self.tr("Sync now"))
        self.button.setToolTip(self.tr("Send and receive changes now (F5)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._clicked)
        self._needs_sign_in = False

    def show_snapshot(self, snapshot: SyncSnapshot, now: datetime | None = None) -> None:
        status = snapshot.status
        syncing = snapshot.state is SyncState.SYNCING
        self.progress.setVisible(syncing)
        self.progress.setValue(round(snapshot.progress * 100))
        self.button.setEnabled(not syncing)
        self._needs_sign_in = snapshot.state in (
            SyncState.NOT_SIGNED_IN,
            SyncState.SAMPLE,
        ) or snapshot.error_code in ("sign_in_required", "not_signed_in")
        self.button.setText(self.tr("Sign in…") if self._needs_sign_in else self.tr("Sync now"))
        text = self.describe(snapshot, now or datetime.now(UTC))
        not_applied = status.set_aside_changes if status else 0
        if not_applied and not syncing:
            text += " · " + self.tr("%1 server changes not applied (see Inbox)").replace(
                "%1", format_count(not_applied, self._language)
            )
        self.label.setText(text)
        self.label.setToolTip(snapshot.error_detail)
        if status is not None:
            self.label.setToolTip(self._details(status))

    def describe(self, snapshot: SyncSnapshot, now: datetime) -> str:
        status = snapshot.status
        waiting = status.pending_changes if status else 0
        waiting_text = self.tr("%1 changes waiting").replace(
            "%1", format_count(waiting, self._language)
        )
        texts = {
            SyncState.SAMPLE: lambda: self.tr("Sample data · never synced"),
            SyncState.SYNCING: lambda: self.tr("Syncing %1%").replace(
                "%1", str(round(snapshot.progress * 100))
            ),
            SyncState.NOT_SIGNED_IN: lambda: self.tr("Not signed in · %1").replace(
                "%1", waiting_text
            ),
            SyncState.OFFLINE: lambda: self.tr("Offline · %1").replace("%1", waiting_text),
            SyncState.ERROR: lambda: self._error_text(snapshot.error_code) + " · " + waiting_text,
        }
        if snapshot.state in texts:
            return texts[snapshot.state]()
        last = status.last_sync_server_time if status else None
        if not last:
            return self.tr("Not synced yet · %1").replace("%1", waiting_text)
        synced = self._ago(datetime.fromisoformat(last), now)
        return synced if not waiting else f"{synced} · {waiting_text}"

    def _ago(self, when: datetime, now: datetime) -> str:
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        minutes = int((now - when).total_seconds() // 60)
        if 0 <= minutes < 1:
            return self.tr("Synced just now")
        if 0 <= minutes < 60:
            return self.tr("Synced %1 minutes ago").replace("%1", str(minutes))
        if 0 <= minutes < 24 * 60:
            return self.tr("Synced %1 hours ago").replace("%1", str(minutes // 60))
        if 0 <= minutes < PLAUSIBLE_DAYS * 24 * 60:
            return self.tr("Synced %1 days ago").replace("%1", str(minutes // (24 * 60)))
        # Server time in the past or far away: say the date, the clock here may be off.
        return self.tr("Synced on %1").replace("%1", format_date(when.date(), self._language))

    def _error_text(self, code: str) -> str:
        texts = {
            "sign_in_required": self.tr("Sign in again to sync"),
            "not_signed_in": self.tr("Not signed in"),
            "update_required": self.tr("Update the app to sync"),
            "rate_limited": self.tr("Server busy, trying later"),
            "cancelled": self.tr("Sync cancelled"),
        }
        return texts.get(code, self.tr("Sync failed"))

    def _details(self, status: SyncStatus) -> str:
        account = status.account
        who = account.username if account else self.tr("not signed in")
        return (
            self.tr(
                "Account: %1\nOpen conflicts: %2\nRejected changes: %3\n"
                "Server changes not applied here: %4"
            )
            .replace("%1", who)
            .replace("%2", str(status.unresolved_conflicts))
            .replace("%3", str(status.rejected_changes))
            .replace("%4", str(status.set_aside_changes))
        )

    def _clicked(self) -> None:
        if self._needs_sign_in:
            self.sign_in_requested.emit()
        else:
            self.sync_requested.emit()
