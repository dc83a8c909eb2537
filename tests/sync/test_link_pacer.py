"""The pacer learns a link's rate from its own uploads and keeps the link's buffer short.

Simulated time and a simulated link (a serial line with a deep buffer in front, like the bench's
link emulator): what is checked is the behaviour a drop-prone upload relies on, that the photo
goes at nearly the link's rate while only about a second of bytes waits in the buffer.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kopdes_desktop.sync.link_pacer import (
    MAX_WINDOW_S,
    MIN_WINDOW,
    MIN_WINDOW_S,
    PROBE_BYTES,
    WINDOW_S,
    LinkPacer,
)


@dataclass
class SimulatedLink:
    rate: float  # bytes per second
    latency: float  # one way, seconds
    now: float = 0.0
    free_at: float = 0.0  # when the line has sent everything handed to it

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    def send(self, size: int) -> float:
        """Hand ``size`` bytes to the link now; returns when the last one reaches the server."""
        start = max(self.now, self.free_at)
        self.free_at = start + size / self.rate
        return self.free_at + self.latency

    def queued_seconds(self) -> float:
        return max(0.0, self.free_at - self.now)


def upload(link: SimulatedLink, pacer: LinkPacer, size: int) -> float:
    """One request of ``size`` bytes through the pacer; returns the seconds its last byte waited
    in the link's buffer."""
    first_at = None
    arrived = link.now
    remaining = size
    while remaining:
        piece = min(pacer.piece_size(), remaining)
        pacer.wait_to_send(piece)
        first_at = link.now if first_at is None else first_at
        arrived = link.send(piece)
        remaining -= piece
    last_at = link.now
    waited = link.queued_seconds()
    link.now = arrived + link.latency  # the answer comes back
    pacer.delivered(size=size, first_at=first_at or last_at, last_at=last_at, answered_at=link.now)
    return waited


@pytest.mark.parametrize("kbit", [64, 256, 1000])
def test_the_pace_settles_near_the_links_rate_with_a_short_buffer(kbit: int) -> None:
    link = SimulatedLink(rate=kbit * 1000 / 8, latency=0.5)
    pacer = LinkPacer(clock=lambda: link.now, sleep=link.sleep)
    pacer.observe_round_trip(2 * link.latency)
    assert pacer.rate is None
    upload(link, pacer, PROBE_BYTES)  # unpaced: the probe gives the first estimate
    assert pacer.rate is not None
    photo = 215_000
    started = link.now
    waits = [upload(link, pacer, photo) for _ in range(30)]
    elapsed = link.now - started
    line_time = 30 * photo / link.rate
    # Nearly the whole link is used (each photo's answer costs one round trip at most)...
    assert elapsed < 1.12 * line_time + 30 * 2 * link.latency, (elapsed, line_time)
    # ...while the buffer, all of which a drop would waste, stays short after the first photos.
    assert max(waits[5:]) <= 3 * pacer.window_s, waits
    rate = pacer.rate
    assert rate is not None
    assert 0.8 * link.rate <= rate <= 1.3 * link.rate


def test_a_pace_learnt_on_a_fast_link_comes_down_on_a_slow_one() -> None:
    link = SimulatedLink(rate=8_000, latency=0.5)
    pacer = LinkPacer(clock=lambda: link.now, sleep=link.sleep)
    pacer.observe_round_trip(1.0)
    pacer.delivered(size=1_000_000, first_at=0.0, last_at=0.0, answered_at=1.1)  # a LAN's pace
    assert (pacer.rate or 0) > 100_000
    link.now = 2.0
    waited = upload(link, pacer, 215_000)
    assert waited > 10  # the first photo overran the slow link...
    assert (pacer.rate or 0) < 1.3 * link.rate  # ...and the pace came down to it at once
    assert upload(link, pacer, 215_000) < waited / 2


def test_a_drop_that_loses_much_more_than_a_window_lowers_the_pace() -> None:
    clock = [0.0]
    pacer = LinkPacer(clock=lambda: clock[0], sleep=lambda s: None)
    pacer.observe_round_trip(1.0)
    pacer.delivered(size=100_000, first_at=0.0, last_at=9.0, answered_at=10.0)  # 11 KB/s
    learnt = pacer.rate
    assert learnt is not None
    window = pacer.window()
    pacer.cut(written=window, kept=window // 2, first_at=0.0, cut_at=20.0)
    assert pacer.rate == learnt  # a window or so lost: the pace was right
    pacer.cut(written=200_000, kept=80_000, first_at=0.0, cut_at=20.5)
    assert pacer.rate == pytest.approx(80_000 / 20.0)
    pacer.cut(written=200_000, kept=0, first_at=0.0, cut_at=20.5)
    assert pacer.rate == pytest.approx(80_000 / 20.0)  # nothing kept: nothing learnt


def test_unknown_rate_is_unpaced_and_pieces_stay_within_bounds() -> None:
    slept: list[float] = []
    pacer = LinkPacer(clock=lambda: 0.0, sleep=slept.append)
    pacer.wait_to_send(10_000_000)
    assert slept == []
    assert pacer.window() == MIN_WINDOW
    assert 1024 <= pacer.piece_size() <= 64 * 1024
    pacer.delivered(size=10**9, first_at=0.0, last_at=0.0, answered_at=0.001)
    assert pacer.piece_size() == 64 * 1024


def test_the_lead_follows_how_long_the_link_holds() -> None:
    pacer = LinkPacer(clock=lambda: 0.0, sleep=lambda s: None)
    assert pacer.window_s == WINDOW_S
    for _ in range(3):
        pacer.observe_hold(20.0)  # the bench's village link
    assert pacer.window_s == pytest.approx(0.5)
    for _ in range(5):
        pacer.observe_hold(2.5)  # drops every few seconds: a shallow lead
    assert pacer.window_s == MIN_WINDOW_S
    for _ in range(5):
        pacer.observe_hold(600.0)  # rarely drops: a deep one
    assert pacer.window_s == MAX_WINDOW_S
