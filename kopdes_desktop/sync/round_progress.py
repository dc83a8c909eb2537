"""How far a sync round has got, for the status bar and the command line.

A busy PMO's first download takes about a minute on a village link, so a bare percentage is not
enough: while records come down and while they are applied the round also says how many rows of
how many, and about how long is left at the pace seen so far.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Stage(StrEnum):
    PUSH = "push"
    PHOTOS_UP = "photos_up"
    PULL = "pull"
    APPLY = "apply"
    PHOTOS_DOWN = "photos_down"


@dataclass(frozen=True, slots=True)
class Progress:
    stage: Stage
    share: float  # of the whole round, 0..1
    rows_done: int = 0  # records downloaded (PULL) or applied (APPLY) so far
    rows_total: int | None = None  # None: the server did not say (an older server)
    seconds_left: float | None = None  # None: too early to tell


ProgressCallback = Callable[[Progress], None]

# Applying on a slow laptop, before this round has measured its own pace (bench/apply_bulk.py
# measures ~20,000 rows/s on the 2-core test machine; half of that leaves room for old disks).
APPLY_ROWS_PER_SECOND = 10_000.0


class RowClock:
    """The pace of rows since the first batch arrived, and the time left at that pace."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._first: tuple[float, int] | None = None  # (when, rows done) at the first batch

    def seconds_left(self, done: int, total: int | None) -> float | None:
        now = self._clock()
        if self._first is None:
            self._first = (now, done)
            return None
        since, rows_then = self._first
        if total is None or now <= since or done <= rows_then:
            return None
        pace = (done - rows_then) / (now - since)
        return max(0.0, total - done) / pace
