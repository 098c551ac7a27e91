"""Test doubles that let a whole session be walked through without waiting on real time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from footcare_gui.core.clock import ManualClock
from footcare_gui.core.cues import Cue
from footcare_gui.core.progression import Proposal
from footcare_gui.services.sound import ToneBank
from footcare_gui.services.speech import Voice
from footcare_gui.ui.prompts import stop_text


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


class RecordingTones(ToneBank):
    """The real tone bank's bookkeeping, with the plays written down instead of heard."""

    def __init__(self) -> None:
        super().__init__()
        self.played: list[Cue] = []
        self.warmed = 0

    def load(self) -> None:
        self._loaded = True

    def play(self, cue: Cue) -> bool:
        self.played.append(cue)
        return True

    def warm_up(self) -> None:
        self.warmed += 1

    def _apply_volume(self) -> None:
        pass

    def _apply_device(self) -> None:
        pass


class RecordingVoice(Voice):
    """A voice that writes prompts down; it starts no speech process."""

    def __init__(self) -> None:
        super().__init__(engine="mock")
        self.said: list[str] = []

    def load(self) -> None:
        self._state = "ready"

    def say(self, text: str) -> None:
        self.said.append(text)


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
