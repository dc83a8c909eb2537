"""The status bar's account of sync: offline with N waiting, syncing 45%, synced 2 minutes ago,
or what went wrong; with a Sync now button (F5)."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from kopdes_desktop import paths
from kopdes_desktop.services.sync_problems import SyncProblem
from kopdes_desktop.services.sync_service import SyncStatus
from kopdes_desktop.ui import counts, sync_messages, theme
from kopdes_desktop.ui.formatting import format_date
from kopdes_desktop.ui.sync_controller import SyncSnapshot, SyncState

PLAUSIBLE_DAYS = 60  # beyond that the laptop's own clock is more likely wrong than the sync old


class SyncStatusWidget(QWidget):
    sync_requested = Signal()
    sign_in_requested = Signal()
    inbox_requested = Signal()  # the warning was clicked: show what needs attention
    described = Signal(str, str)  # what the label and the button now say (Beranda repeats it)

    def __init__(self, language: str) -> None:
        super().__init__()
        self._language = language
        self.label = QLabel()
        self.label.linkActivated.connect(lambda _link: self.inbox_requested.emit())
        self.plain_text = ""  # what the label says, without the link around a warning
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
        unencrypted = status is not None and status.unencrypted_connection
        if unencrypted:
            text = self.tr("Not encrypted (http)") + " · " + text
        theme.set_tone(self.label, theme.ERROR if unencrypted else None)
        self.plain_text = text
        if self._attention(snapshot):
            self.label.setTextFormat(Qt.TextFormat.RichText)
            self.label.setText(
                f'<a href="inbox" style="color: {theme.current().warning}; font-weight: 600;">'
                f"{html.escape(text)}</a>"
            )
        else:
            self.label.setTextFormat(Qt.TextFormat.PlainText)
            self.label.setText(text)
        tips = [self._failure_explained(snapshot)]
        if status is not None:
            tips.append(self._details(status))
        self.label.setToolTip("\n\n".join(tip for tip in tips if tip))
        self.described.emit(text, self.button.text())

    def describe(self, snapshot: SyncSnapshot, now: datetime) -> str:
        status = snapshot.status
        waiting = status.pending_changes if status else 0
        waiting_text = self.tr("%1 waiting").replace("%1", counts.changes(waiting))
        texts = {
            SyncState.SAMPLE: lambda: self.tr("Sample data · never synced"),
            SyncState.SYNCING: lambda: self._syncing_text(snapshot),
            SyncState.NOT_SIGNED_IN: lambda: self.tr("Not signed in · %1").replace(
                "%1", waiting_text
            ),
            SyncState.OFFLINE: lambda: self.tr("Offline · %1").replace("%1", waiting_text),
            SyncState.ERROR: lambda: self._error_text(snapshot.error_code) + " · " + waiting_text,
        }
        if snapshot.state is SyncState.OFFLINE and snapshot.error_code not in ("", "unreachable"):
            # Offline for a reason worth naming: a dropped link, a busy server, photos waiting.
            return texts[SyncState.ERROR]()
        if snapshot.state in texts:
            return texts[snapshot.state]()
        if self._attention(snapshot) and status is not None:
            return self._attention_text(status)
        last = status.last_sync_server_time if status else None
        if not last:
            return self.tr("Not synced yet · %1").replace("%1", waiting_text)
        synced = self._ago(datetime.fromisoformat(last), now)
        return synced if not waiting else f"{synced} · {waiting_text}"

    def _syncing_text(self, snapshot: SyncSnapshot) -> str:
        """Records down or saved of how many and the time left, while a round counts them."""
        rows = sync_messages.rows_text(snapshot.rows, self._language) if snapshot.rows else ""
        return rows or self.tr("Syncing %1%").replace("%1", str(round(snapshot.progress * 100)))

    @staticmethod
    def _attention(snapshot: SyncSnapshot) -> bool:
        status = snapshot.status
        return snapshot.state is SyncState.IDLE and status is not None and status.needs_attention

    def _attention_text(self, status: SyncStatus) -> str:
        """A round that did not fully succeed never reads as "Tersinkron"."""
        parts = []
        # "1 change", not "1 changes": every counted noun comes from ui/counts.py.
        if status.rejected_changes:
            parts.append(
                self.tr("%1 refused").replace("%1", counts.changes(status.rejected_changes))
            )
        if status.unresolved_conflicts:
            parts.append(
                self.tr("%1 to settle").replace("%1", counts.clashes(status.unresolved_conflicts))
            )
        if status.set_aside_changes:
            parts.append(
                self.tr("%1 not applied").replace(
                    "%1", counts.server_changes(status.set_aside_changes)
                )
            )
        return self.tr("%1 · see the inbox").replace("%1", ", ".join(parts))

    def _ago(self, when: datetime, now: datetime) -> str:
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        minutes = int((now - when).total_seconds() // 60)
        if 0 <= minutes < 1:
            return self.tr("Synced just now")
        if 0 <= minutes < PLAUSIBLE_DAYS * 24 * 60:
            return self._synced_ago(minutes)
        # Server time in the past or far away: say the date, the clock here may be off.
        return self.tr("Synced on %1").replace("%1", format_date(when.date(), self._language))

    def _synced_ago(self, minutes: int) -> str:
        # "1 minute ago", not "1 minutes ago": the counted noun comes from ui/counts.py.
        if minutes < 60:
            ago = counts.minutes(minutes)
        elif minutes < 24 * 60:
            ago = counts.hours(minutes // 60)
        else:
            ago = counts.days(minutes // (24 * 60))
        return self.tr("Synced %1 ago").replace("%1", ago)

    def _error_text(self, code: str) -> str:
        """Why the last round failed, in a few words (ui/sync_messages.py words every case)."""
        try:
            return sync_messages.status_text(SyncProblem(code))
        except ValueError:
            return self.tr("Sync failed")

    def _failure_explained(self, snapshot: SyncSnapshot) -> str:
        if snapshot.state not in (SyncState.OFFLINE, SyncState.ERROR):
            return ""
        try:
            problem = SyncProblem(snapshot.error_code or SyncProblem.UNREACHABLE.value)
        except ValueError:
            problem = SyncProblem.UNEXPECTED
        status = snapshot.status
        return sync_messages.explanation(
            problem,
            pending=status.pending_changes if status else 0,
            log_file=str(paths.log_file()),
        )

    def _details(self, status: SyncStatus) -> str:
        account = status.account
        who = account.username if account else self.tr("not signed in")
        details = (
            self.tr(
                "Account: %1\nOpen conflicts: %2\nRejected changes: %3\n"
                "Server changes not applied here: %4"
            )
            .replace("%1", who)
            .replace("%2", str(status.unresolved_conflicts))
            .replace("%3", str(status.rejected_changes))
            .replace("%4", str(status.set_aside_changes))
        )
        if status.unencrypted_connection:
            details += "\n" + self.tr(
                "The connection to the server is not encrypted: passwords and data can be read "
                "on the way. Ask for its https:// address."
            )
        return details

    def _clicked(self) -> None:
        if self._needs_sign_in:
            self.sign_in_requested.emit()
        else:
            self.sync_requested.emit()
