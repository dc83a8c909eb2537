"""Asking for the next pull page while the one before is being staged.

The pull loop writes every page to the local database before it asks for the next one (so a
dropped link resumes there). Done one after the other, the link idles while a page is written
and the disk idles while the next one travels. Here the requests run on a thread of their own,
one page ahead: the next page is already on its way while the caller stages the current one.
SQLite is only ever written by the caller's thread; at most one page waits in memory.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from typing import Protocol

from kopdes_desktop.sync.protocol import PullPage
from kopdes_desktop.sync.transport import TransientError

_POLL_S = 0.1
_JOIN_S = 5.0  # a request still in flight when the caller gives up is left to end by itself


class Sizer(Protocol):
    @property
    def limit(self) -> int: ...

    def failed(self) -> None: ...

    def succeeded(self) -> None: ...


class PagePrefetcher:
    """Pages of one pull from ``cursor`` on, in order; errors come out where they happened."""

    def __init__(
        self, ask: Callable[[str | None, int], PullPage], cursor: str | None, sizer: Sizer
    ) -> None:
        self._ask = ask
        self._cursor = cursor
        self._sizer = sizer
        self._pages: queue.Queue[PullPage | BaseException | None] = queue.Queue(maxsize=1)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pull-prefetch", daemon=True)

    def __enter__(self) -> Iterator[PullPage]:
        self._thread.start()
        return self._consume()

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(_JOIN_S)

    def _consume(self) -> Iterator[PullPage]:
        while True:
            item = self._pages.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    def _run(self) -> None:
        cursor = self._cursor
        try:
            while not self._stop.is_set():
                try:
                    page = self._ask(cursor, self._sizer.limit)
                except TransientError:
                    self._sizer.failed()
                    raise
                self._sizer.succeeded()
                self._put(page)
                if not page.has_more:
                    break
                cursor = page.cursor
        except BaseException as error:  # handed to the caller's thread, raised there
            self._put(error)
            return
        self._put(None)

    def _put(self, item: PullPage | BaseException | None) -> None:
        while not self._stop.is_set():
            try:
                self._pages.put(item, timeout=_POLL_S)
                return
            except queue.Full:
                continue
