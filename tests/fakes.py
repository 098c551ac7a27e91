"""The tests' one set of stand-ins: clocks and timers that move only when a test moves them,
tones and voice that write down what they would play and say, and the app's questions answered
beforehand. Nothing here waits on real time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from footcare_gui.core.clock import ManualClock
from footcare_gui.core.cues import Cue
from footcare_gui.core.progression import Proposal
from footcare_gui.services.cue_outputs import Speech, Tones
from footcare_gui.ui.prompts import Prompts, stop_text
from footcare_gui.ui.wake_timer import WakeTimer


class FakeWakeTimer:
    """Stands in for the driver's PreciseTimer: moving time fires it exactly when it is due."""

    def __init__(self, clock: ManualClock):
        self.clock = clock
        self.due_ms: int | None = None
        self._callback: Callable[[], None] | None = None
        self.wakes = 0

    @property
    def active(self) -> bool:
        return self.due_ms is not None

    def start_in(self, delay_ms: int, callback: Callable[[], None]) -> None:
        assert delay_ms >= 0, "the driver asked to wake in the past"
        self.due_ms = self.clock.now_ms() + delay_ms
        self._callback = callback

    def stop(self) -> None:
        self.due_ms = None
        self._callback = None

    def advance(self, ms: int) -> None:
        """Let ``ms`` milliseconds pass, firing the timer each time it comes due on the way."""
        end = self.clock.now_ms() + ms
        while self.due_ms is not None and self.due_ms <= end:
            self.clock.set(self.due_ms)
            callback, self.due_ms = self._callback, None
            self.wakes += 1
            assert callback is not None
            callback()
        self.clock.set(end)

    def oversleep(self, ms: int) -> None:
        """The computer sleeps through the timer and wakes ``ms`` after it was due."""
        assert self.due_ms is not None
        assert self._callback is not None
        self.clock.set(self.due_ms + ms)
        callback, self.due_ms = self._callback, None
        self.wakes += 1
        callback()


class WallClock:
    """The date and time the app believes it is (its ``wall_clock``); tests move it by hand."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class SteppingTimer:
    """A wake timer on a WallClock (the reminder scheduler's): ``fire()`` moves the clock by the
    wait asked for and calls back, so a day is walked wake by wake with no real waiting."""

    def __init__(self, wall: WallClock):
        self.wall = wall
        self.delay_ms: int | None = None
        self._callback: Callable[[], None] | None = None
        self.wakes = 0

    def start_in(self, delay_ms: int, callback: Callable[[], None]) -> None:
        assert delay_ms >= 0
        self.delay_ms, self._callback = delay_ms, callback

    def stop(self) -> None:
        self.delay_ms = self._callback = None

    def fire(self, late: timedelta = timedelta()) -> None:
        """The timer comes due (``late`` after it should: the computer slept)."""
        assert self.delay_ms is not None
        assert self._callback is not None
        self.wall.now += timedelta(milliseconds=self.delay_ms) + late
        callback, self.delay_ms, self._callback = self._callback, None, None
        self.wakes += 1
        callback()

    def run_until(self, end: datetime) -> None:
        while self.delay_ms is not None and (
            self.wall.now + timedelta(milliseconds=self.delay_ms) <= end
        ):
            self.fire()


class RecordingTones(QObject):
    """Tones (services/cue_outputs.py) that write the plays down instead of sounding them."""

    notice_changed = Signal(str)
    DEVICES = ((b"test-sink", "Test sink"),)  # what available_devices() offers

    def __init__(self) -> None:
        super().__init__()
        self.played: list[Cue] = []
        self.loads = 0
        self.warmed = 0
        self.volume = 0.7
        self.device = b""
        self.released = False
        self.notice = ""  # a test may set one, then emit notice_changed

    def reason(self) -> str | None:
        return self.notice or None

    def load(self) -> None:
        self.loads += 1

    def play(self, cue: Cue) -> bool:
        self.played.append(cue)
        return True

    def warm_up(self) -> None:
        self.warmed += 1

    def release(self) -> None:
        self.released = True

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def set_device(self, device_id: bytes) -> None:
        self.device = device_id

    def available_devices(self) -> list[tuple[bytes, str]]:
        return list(self.DEVICES)


class RecordingVoice(QObject):
    """Speech (services/cue_outputs.py) that writes the prompts down; it starts no process."""

    notice_changed = Signal(str)
    ready = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.said: list[str] = []
        self.loads = 0
        self.stops = 0
        self.volume = 0.7
        self.running = False

    def reason(self) -> str | None:
        return None

    def load(self) -> None:
        self.loads += 1
        self.running = True

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        self.stops += 1

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def shutdown(self) -> None:
        self.running = False


# mypy checks the stand-ins offer what the app uses of the real parts.
_TONES: type[Tones] = RecordingTones
_SPEECH: type[Speech] = RecordingVoice
_WAKE_TIMERS: tuple[type[WakeTimer], ...] = (FakeWakeTimer, SteppingTimer)


class AnsweredPrompts:
    """The app's questions and notices (ui/prompts.py), answered as the test arranged
    beforehand, so no test waits for a dialog to open. A question without an answer arranged
    fails the test."""

    def __init__(self) -> None:
        self._answers: list[bool] = []
        self.asked: list[str] = []  # each question's and notice's text, in order

    def answer(self, *answers: bool) -> list[str]:
        """The answers of the next questions (True: yes, stop, increase); returns ``asked``."""
        self._answers.extend(answers)
        return self.asked

    def _next(self, text: str) -> bool:
        self.asked.append(text)
        assert self._answers, f"asked without an answer arranged: {text}"
        return self._answers.pop(0)

    def confirm_stop(self, parent: QWidget | None) -> bool:
        return self._next(stop_text())

    def propose_progression(self, parent: QWidget | None, proposal: Proposal) -> bool:
        return self._next(proposal.message)

    def notice(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(text)

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        return self._next(text)


_PROMPTS: type[Prompts] = AnsweredPrompts
