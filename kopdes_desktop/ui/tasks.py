"""The one way the GUI runs work off its thread.

A task is a plain function (no Qt inside, so it is tested without a GUI). It runs on a thread
pool; its result or exception comes back on the GUI thread through a Qt signal. Writes go to a
pool with a single thread because SQLite has one writer: queued writes keep their order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Relay(QObject):
    """Carries one task's outcome to the GUI thread, where this object lives."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], Any],
        on_error: Callable[[Exception], Any],
        on_finished: Callable[[_Relay], None],
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_finished = on_finished
        # Slots of an object on the GUI thread: a signal emitted by a worker is queued here.
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._on_finished(self)
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: Exception) -> None:
        self._on_finished(self)
        self._on_error(error)


class _Job(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:
            log.warning("background task failed: %r", error, exc_info=True)
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        # Downloads someone waits for (a photo being opened): slow on a village link, so they
        # get threads of their own and never hold up the reads that fill the screens.
        self._fetches = QThreadPool(self)
        self._fetches.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()

    def read(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], Any],
        on_error: Callable[[Exception], Any] | None = None,
    ) -> None:
        self._start(self._reads, work, on_done, on_error)

    def write(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], Any],
        on_error: Callable[[Exception], Any] | None = None,
    ) -> None:
        self._start(self._writes, work, on_done, on_error)

    def fetch(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], Any],
        on_error: Callable[[Exception], Any] | None = None,
    ) -> None:
        self._start(self._fetches, work, on_done, on_error)

    def _start(
        self,
        pool: QThreadPool,
        work: Callable[[], T],
        on_done: Callable[[T], Any],
        on_error: Callable[[Exception], Any] | None,
    ) -> None:
        relay = _Relay(on_done, on_error or _log_unhandled, self._forget)
        self._relays.add(relay)  # keeps the relay alive until its task reports back
        pool.start(_Job(work, relay))

    def _forget(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()

    def outstanding(self) -> frozenset[object]:
        """The tasks started and not answered yet (their answers still to be delivered)."""
        return frozenset(self._relays)

    def wait_for_idle(self, msecs: int = 30_000) -> bool:
        """Block until queued tasks finish: for shutdown and tests, never for normal UI flow."""
        return (
            self._writes.waitForDone(msecs)
            and self._reads.waitForDone(msecs)
            and self._fetches.waitForDone(msecs)
        )


def _log_unhandled(error: Exception) -> None:
    log.error("background task error with no handler: %r", error)
