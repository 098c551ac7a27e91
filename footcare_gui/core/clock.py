"""Monotonic clocks in whole milliseconds, and the wall clock a session's day is judged by.

The engine asks an injected clock for the time, so production uses the system's monotonic clock
and tests (or a compressed self-test) use :class:`ManualClock`, which moves only when told.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol


def local_now() -> datetime:
    """Wall-clock time in the time zone in force now: what a session's day is judged by."""
    return datetime.now().astimezone()


class Clock(Protocol):
    def now_ms(self) -> int:
        """Milliseconds on a clock that never goes backwards (its zero is arbitrary)."""
        ...


# Linux's CLOCK_MONOTONIC stands still while the machine is suspended, so a sleep would go
# unnoticed and the session would carry on mid-hold; CLOCK_BOOTTIME runs on through it.
_CLOCK = getattr(time, "CLOCK_BOOTTIME", None)


class MonotonicClock:
    """A clock unaffected by wall-clock changes that (where the system can) counts sleep."""

    def now_ms(self) -> int:
        if _CLOCK is not None:
            return time.clock_gettime_ns(_CLOCK) // 1_000_000
        return time.monotonic_ns() // 1_000_000


class ManualClock:
    """A clock that moves only when :meth:`advance` is called."""

    def __init__(self, start_ms: int = 1_000_000):
        self._now = start_ms

    def now_ms(self) -> int:
        return self._now

    def advance(self, ms: int) -> None:
        if ms < 0:
            raise ValueError("a monotonic clock cannot go backwards")
        self._now += ms

    def set(self, now_ms: int) -> None:
        self.advance(now_ms - self._now)
