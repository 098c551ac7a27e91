"""One reusable single-shot timer behind a two-method shape, so tests drive it with a fake
(tests/fakes.py FakeWakeTimer): the session driver and the reminder scheduler both use it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer


class WakeTimer(Protocol):
    def start_in(self, delay_ms: int, callback: Callable[[], None]) -> None: ...
    def stop(self) -> None: ...


class QtWakeTimer:
    """A single-shot QTimer; precise (to the millisecond) unless told it needn't be."""

    def __init__(self, parent: QObject, precise: bool = True):
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        if precise:
            # The default CoarseTimer may fire 5% late, which is 150 ms on a 3 s hold.
            self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._callback: Callable[[], None] | None = None
        self._timer.timeout.connect(self._fire)

    def start_in(self, delay_ms: int, callback: Callable[[], None]) -> None:
        self._callback = callback
        self._timer.start(max(0, delay_ms))

    def stop(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        if self._callback is not None:
            self._callback()
