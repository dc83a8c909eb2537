"""How long work tells the caller how far it got, and how the caller stops it."""

from __future__ import annotations

from collections.abc import Callable

# (done, total): called from the thread doing the work; keep it cheap.
Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    pass
