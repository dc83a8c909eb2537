"""Pacing photo bytes at the rate the link really carries them.

A village link is a slow radio hop with a deep buffer in front of it: whatever the laptop writes
is accepted at once and then trickles out. Bytes still waiting in that buffer when the link drops
are lost *and* have held the link, so writing a whole photo at once wastes up to the whole photo
at every drop. The pacer lets out only a little more than the link has carried so far: a lead of
``window_s`` seconds of bytes, half a second by default, so a drop costs about a second (that
lead, plus the bytes on their way), not half a photo. The lead follows how long the link holds
between drops (a fortieth of it, from a quarter second to two seconds): a link that rarely drops
gets a deeper lead, which rides out hiccups; one that drops every few seconds a shallow one.

The rate is learnt from the uploads themselves: how long a request's bytes took to reach the
server, and how long its last byte waited behind the others (``queued``: how late the answer
came, less the server's own work on the finished photo, which it reports in Server-Timing).
Waiting less than half a window means the link could take more: the pace grows by what would
add one window to the buffer over such a request (a few per cent for a photo on a slow link, at
most 25 %). More than a window: it eases by 3 %. More than two windows means the pace outran
the link: it drops a little under what the link delivered, so the buffer drains. A drop that
loses many windows says the same. The first request of a fresh pacer is a small unpaced probe
whose timing gives the first estimate.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

WINDOW_S = 0.5  # seconds of link time allowed ahead of what the link has carried (at first)
MIN_WINDOW_S, MAX_WINDOW_S = 0.25, 2.0
HOLD_TO_WINDOW = 1 / 40  # the lead as a share of how long the link holds between drops
MIN_WINDOW = 4 * 1024
PROBE_BYTES = 32 * 1024  # first request of a fresh pacer: small enough to finish between drops
MIN_RATE = 1_000.0  # bytes/s; below 8 kbit/s nothing sensible is possible anyway
MAX_RATE = 1e9
FORGET_AFTER_S = 600.0  # a rate older than this may describe another link: probe again
_MAX_GROWTH = 0.25
_EASE = 0.97
_DRAIN = 0.95
_MIN_SAMPLE_BYTES = 4 * 1024


def _bounded(rate: float) -> float:
    return min(MAX_RATE, max(MIN_RATE, rate))


class LinkPacer:
    """Shared by the threads that upload photos; every method is thread-safe."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._rate: float | None = None
        self._learnt_at = 0.0
        self._round_trips: deque[float] = deque(maxlen=8)
        self._tokens = 0.0
        self._refilled_at = clock()
        self.window_s = WINDOW_S
        self._holds: deque[float] = deque(maxlen=5)

    # --- what is known ------------------------------------------------------------------

    @property
    def rate(self) -> float | None:
        """Bytes per second the link is believed to carry; None before the first probe."""
        with self._lock:
            if self._rate is not None and self._clock() - self._learnt_at > FORGET_AFTER_S:
                self._rate = None
            return self._rate

    @property
    def round_trip(self) -> float:
        with self._lock:
            return min(self._round_trips, default=0.0)

    def window(self) -> int:
        rate = self.rate
        return MIN_WINDOW if rate is None else max(MIN_WINDOW, int(rate * self.window_s))

    def piece_size(self) -> int:
        """How much to hand to the socket at a time: a quarter window, 1-64 KB."""
        return min(64 * 1024, max(1024, self.window() // 4))

    def observe_hold(self, seconds: float) -> None:
        """The link held this long before it dropped: the lead follows (the median of the last
        few holds)."""
        if seconds <= 0:
            return
        with self._lock:
            self._holds.append(seconds)
            held = sorted(self._holds)[len(self._holds) // 2]
            self.window_s = min(MAX_WINDOW_S, max(MIN_WINDOW_S, held * HOLD_TO_WINDOW))

    def observe_round_trip(self, seconds: float) -> None:
        """The duration of a small request and its answer: the link's latency (plus a little)."""
        if seconds > 0:
            with self._lock:
                self._round_trips.append(seconds)

    # --- pacing -------------------------------------------------------------------------

    def wait_to_send(self, size: int) -> None:
        """Block until ``size`` more bytes may be written. Unpaced while the rate is unknown."""
        while True:
            with self._lock:
                rate = self._rate
                if rate is None:
                    return
                window = max(MIN_WINDOW, rate * self.window_s)
                now = self._clock()
                self._tokens = min(window, self._tokens + (now - self._refilled_at) * rate)
                self._refilled_at = now
                needed = min(float(size), window)
                if self._tokens >= needed - 1.0:  # a byte of slack: rounding never stalls
                    self._tokens -= needed
                    return
                wait = (needed - self._tokens) / rate
            self._sleep(wait)

    # --- learning -----------------------------------------------------------------------

    def delivered(
        self,
        *,
        size: int,
        first_at: float,
        last_at: float,
        answered_at: float,
        behind: float | None = None,
        server_work: float = 0.0,
    ) -> None:
        """A request's ``size`` bytes all reached the server: first written at ``first_at``,
        last at ``last_at``, answer back at ``answered_at``. ``behind``: when the previous
        request's last byte reached the server, if this one's bytes queued behind it;
        ``server_work``: seconds the server spent on the request after its last byte."""
        if size < _MIN_SAMPLE_BYTES:
            return
        half_trip = self.round_trip / 2
        # How late the answer came beyond the round trip, less the server's own work on the
        # finished photo (hashing, checking, storing; it says how long in Server-Timing): what
        # is left is how long the last byte waited in the link's buffer.
        queued = answered_at - last_at - 2 * half_trip - server_work
        arrived_from = max(first_at + half_trip, behind if behind is not None else first_at)
        busy = answered_at - half_trip - server_work - arrived_from
        if busy <= 0:
            busy = max(answered_at - first_at, 1e-3)
        sample = size / busy
        with self._lock:
            if self._rate is None:
                self._rate = _bounded(sample)  # the probe: the first estimate
            elif queued > 2 * self.window_s:
                # We outran the link: a little under what it delivered, so the buffer drains.
                # (min: a sample can come out high when answers are late, never trust it up.)
                self._rate = _bounded(min(self._rate, sample) * _DRAIN)
            elif queued > self.window_s:
                self._rate = _bounded(self._rate * _EASE)  # a little fast: the buffer grows
            elif queued < self.window_s / 2:
                # The link kept up: try more. By as much as would add about one window to the
                # buffer over a request as long as this one, were the pace already right: a
                # long photo on a slow link grows it by a few per cent, a quick one by more.
                growth = 1 + min(_MAX_GROWTH, self.window_s / max(last_at - first_at, 0.1))
                self._rate = _bounded(self._rate * growth)
            self._learnt_at = self._clock()

    def cut(self, *, written: int, kept: int, first_at: float, cut_at: float) -> None:
        """The link dropped during a request: ``written`` bytes went out, the server kept
        ``kept``. Losing many windows means the pace was far above the link's rate (a pace learnt
        on another link): without this, requests that never complete would never correct it.
        Smaller losses are normal (a window, the bytes on their way, the tail of the request
        before) and the answers of completed requests tune the pace from there."""
        with self._lock:
            rate = self._rate
        if rate is None or kept <= 0:
            return  # nothing to learn (or a server that keeps nothing of a cut request)
        window = max(MIN_WINDOW, rate * self.window_s)
        if written - kept <= 8 * window + rate * self.round_trip:
            return
        busy = cut_at - first_at - self.round_trip / 2
        if busy > 0:
            with self._lock:
                self._rate = _bounded(kept / busy)
                self._learnt_at = self._clock()
