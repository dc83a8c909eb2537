"""Runs sync in the background and says how it stands, for the status bar and the menus.

Sync starts by itself: shortly after the app opens, a little after each save, on the interval
from the settings, and as soon as the server answers again after being unreachable (a cheap
probe, backing off while the laptop stays offline). It never blocks the window, runs one round at
a time on its own thread (so saving stays instant meanwhile) and can be cancelled.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.sync_problems import SyncProblem, problem_of, report_of
from kopdes_desktop.services.sync_service import NotSignedInError, SyncStatus
from kopdes_desktop.sync.engine import SyncReport
from kopdes_desktop.sync.round_progress import Progress
from kopdes_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

START_DELAY_MS = 2_000
AFTER_SAVE_DELAY_MS = 10_000  # a few saves in a row become one round
PROBE_FIRST_MS = 30_000
PROBE_MAX_MS = 5 * 60_000


class SyncState(StrEnum):
    NOT_SIGNED_IN = "not_signed_in"
    IDLE = "idle"
    SYNCING = "syncing"
    OFFLINE = "offline"
    ERROR = "error"
    SAMPLE = "sample"  # the window shows the sample data, which never syncs


@dataclass(frozen=True, slots=True)
class SyncSnapshot:
    state: SyncState
    progress: float = 0.0
    error_code: str = ""  # a SyncProblem value: sign_in_required, disk_full, ...
    error_detail: str = ""  # the error itself, for the log and tests; never shown
    status: SyncStatus | None = None
    rows: Progress | None = None  # records down or saved, of how many, time left


class _Relay(QObject):
    """Lives on the GUI thread: progress emitted by the sync thread is queued to it."""

    progressed = Signal(object)  # sync.round_progress.Progress


class SyncController(QObject):
    changed = Signal(object)  # SyncSnapshot
    round_finished = Signal(object)  # SyncReport: pages refresh their lists

    def __init__(self, services: AppServices, interval_minutes: int) -> None:
        super().__init__()
        self.services = services
        self.relay = _Relay()
        self.relay.progressed.connect(self._progressed)
        # Its own runner: a long round never queues in front of the user's saves.
        self._runner = TaskRunner(self)
        self._cancel = threading.Event()
        self._running = False
        # Bumped whenever a round starts or ends: a status read requested before that is stale.
        self._generation = 0
        self._probe_ms = PROBE_FIRST_MS
        # How the last round ended, kept until the next one ends: re-reading the counts (a
        # save, a dismissed refusal) must not turn "connection dropped" into "synced".
        self._outcome: tuple[SyncState | None, Exception | None] = (None, None)
        self.snapshot = SyncSnapshot(SyncState.IDLE)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.sync_now)
        self._interval = QTimer(self)
        self._interval.timeout.connect(self.sync_now)
        self.set_interval(interval_minutes)
        self._probe = QTimer(self)
        self._probe.setSingleShot(True)
        self._probe.timeout.connect(self._probe_server)

    # --- triggers -----------------------------------------------------------------------

    def start(self) -> None:
        self.refresh_status()
        if not self.services.sample:
            self._soon.start(START_DELAY_MS)

    def signed_in(self) -> None:
        """A new account: sync at once (what the status said before sign-in is stale)."""
        self._outcome = (None, None)
        self.snapshot = SyncSnapshot(SyncState.IDLE)
        self.sync_now()

    def refresh_status(self) -> None:
        """Re-read pending counts and the last sync (off the GUI thread) and publish them
        with the last round's outcome."""
        state, error = self._outcome
        generation = self._generation
        self._runner.read(
            self.services.sync.status,
            lambda status: self._refreshed(status, state, error, generation),
        )

    def _refreshed(
        self,
        status: SyncStatus,
        state: SyncState | None,
        error: Exception | None,
        generation: int,
    ) -> None:
        if generation != self._generation:
            # A round started or ended while the counts were read (a slow read on a busy
            # laptop): its own news is newer, so this must not paint over it.
            return
        if self.services.sample:
            self._publish(SyncSnapshot(SyncState.SAMPLE, status=status))
            return
        self._publish(_snapshot(status, state, error))

    def forget_outcome(self) -> None:
        """The account is gone (signed out): the last round's trouble was its own."""
        self._outcome = (None, None)
        self.refresh_status()

    def refresh_when_idle(self) -> None:
        """Re-read the status unless a round is running (its end publishes the outcome)."""
        if not self._running:
            self.refresh_status()

    def set_interval(self, minutes: int) -> None:
        self._interval.start(max(1, minutes) * 60_000)

    def record_saved(self) -> None:
        if not self._soon.isActive() or self._soon.remainingTime() > AFTER_SAVE_DELAY_MS:
            self._soon.start(AFTER_SAVE_DELAY_MS)
        if not self._running:
            self.refresh_status()

    @Slot()
    def sync_now(self) -> None:
        if self._running:
            return
        if self.services.sample or (
            self.snapshot.status is not None and self.snapshot.status.account is None
        ):
            self.refresh_status()  # not signed in (yet): nothing to sync with
            return
        self._running = True
        self._generation += 1
        self._cancel.clear()
        self._publish(SyncSnapshot(SyncState.SYNCING, 0.0, status=self.snapshot.status))
        services, cancel, progress = self.services, self._cancel, self.report_progress

        def round_() -> tuple[SyncReport, SyncStatus]:
            engine = services.sync.engine()
            engine.client.transport.is_cancelled = cancel.is_set
            report = services.sync.sync(progress)
            return report, services.sync.status()

        self._runner.write(round_, self._finished, self._failed)

    def cancel(self) -> None:
        self._cancel.set()

    def stop(self) -> None:
        """No more rounds: the window is closing. A running round ends at its next request."""
        for timer in (self._soon, self._interval, self._probe):
            timer.stop()
        self.cancel()

    def resume(self) -> None:
        """Rounds again after stop(): a restore that changed nothing leaves the window open."""
        self._interval.start()  # with the interval it had
        self.start()

    def wait(self, msecs: int = 60_000) -> bool:
        return self._runner.wait_for_idle(msecs)

    # --- from the sync thread (via queued signals) -------------------------------------

    def report_progress(self, progress: Progress) -> None:
        self.relay.progressed.emit(progress)

    def _progressed(self, progress: Progress) -> None:
        if self._running:
            self._publish(
                SyncSnapshot(
                    SyncState.SYNCING, progress.share, rows=progress, status=self.snapshot.status
                )
            )

    def _finished(self, outcome: tuple[SyncReport, SyncStatus]) -> None:
        report, status = outcome
        self._running = False
        self._generation += 1
        self._probe_ms = PROBE_FIRST_MS
        self._probe.stop()
        self._outcome = (None, None)
        self._publish(_snapshot(status, None, None))
        self.round_finished.emit(report)

    def _failed(self, error: Exception) -> None:
        self._running = False
        self._generation += 1
        problem = problem_of(error)
        if problem is SyncProblem.UNEXPECTED:
            log.error("sync failed unexpectedly", exc_info=error)
        else:
            log.warning("sync round stopped: %s (%r)", problem.value, error)
        if problem is SyncProblem.CANCELLED:
            self.refresh_status()  # what the round before said still holds
            return
        if problem.retry_later:
            # Nothing for the user to do: the round resumes by itself once the server answers.
            self._outcome = (SyncState.OFFLINE, error)
            self.refresh_status()
            self._probe.start(self._probe_ms)
            self._probe_ms = min(PROBE_MAX_MS, self._probe_ms * 2)
            report = report_of(error)
            if problem is SyncProblem.PHOTOS_WAITING and report is not None:
                self.round_finished.emit(report)  # the records did arrive: lists refresh
            return
        self._outcome = (SyncState.ERROR, error)
        self.refresh_status()

    # --- the link coming back -----------------------------------------------------------

    def _probe_server(self) -> None:
        def answered(reachable: bool) -> None:
            if reachable:
                self.sync_now()
            else:
                self._probe.start(self._probe_ms)
                self._probe_ms = min(PROBE_MAX_MS, self._probe_ms * 2)

        self._runner.read(self.services.sync.reachable, answered)

    def _publish(self, snapshot: SyncSnapshot) -> None:
        self.snapshot = snapshot
        self.changed.emit(snapshot)


def _snapshot(status: SyncStatus, state: SyncState | None, error: Exception | None) -> SyncSnapshot:
    if state is None or isinstance(error, NotSignedInError):
        state = SyncState.IDLE if status.account else SyncState.NOT_SIGNED_IN
    # The code names the case (services/sync_problems.py); the library's text is for the log.
    code = problem_of(error).value if error is not None else ""
    return SyncSnapshot(state, 1.0, code, repr(error) if error is not None else "", status)
