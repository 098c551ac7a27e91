"""The Qt adapter that drives a session: it wakes exactly when something shown changes.

The engine knows its deadlines; this adapter only arms one single-shot PreciseTimer for the
next of them (a step's end or the next whole second of the countdown), calls ``tick()`` when it
fires and re-arms. Nothing is counted here, and while paused, or while a self-paced rep waits
for the user, no timer runs at all.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from footcare_gui.core.cues import CueScheduler, FiredCue
from footcare_gui.core.session import Session, SessionState, StepChange, Summary
from footcare_gui.ui.wake_timer import QtWakeTimer, WakeTimer

__all__ = ["QtWakeTimer", "SessionDriver", "WakeTimer"]


class SessionDriver(QObject):
    """Re-emits the engine's events as Qt signals and keeps its clock ticking."""

    refreshed = Signal()  # something shown has changed: a second, a step or the state
    step_changed = Signal(object)  # StepChange
    state_changed = Signal(object)  # SessionState
    ended = Signal(object)  # Summary
    cue = Signal(object)  # FiredCue: a tone and/or prompt that belongs to this moment
    slept = Signal(int)  # the session paused itself: the computer slept for this many ms

    def __init__(
        self, session: Session, timer: WakeTimer | None = None, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.session = session
        self._timer = timer or QtWakeTimer(self)
        self._waking = False
        self._due_ms: int | None = None  # the moment the timer is armed for; None: not armed
        # The step change is passed on before its tone starts (play() takes ~0.8 ms): listeners
        # hear of the new step first, and the tone still starts before anything is repainted.
        session.step_changed.connect(self._on_step_changed)
        self.cues = CueScheduler(session)
        self.cues.fired.connect(self._on_cue)
        session.state_changed.connect(self._on_state_changed)
        session.ended.connect(self._on_ended)
        session.slept.connect(self.slept.emit)

    def start(self) -> None:
        self.session.start()

    def catch_up(self) -> bool:
        """Bring the session and its cues up to now, before acting on a key press or click.

        A deadline may have passed a moment before the press, ahead of the timer. After a long
        stop (a sleep, SIGSTOP) the press or a request may even come before the overdue timer:
        it is treated as that wake-up, with the same sleep check, never as an ordinary tick
        that would race through the steps missed. False when the session paused itself so:
        the command that asked must not act on a session the user has not seen since.
        """
        due = self._due_ms
        if due is None:
            self.session.tick()
            self.cues.poll()
            return True
        slept: list[int] = []
        self.session.slept.connect(slept.append)
        try:
            self.session.wake(due)
        finally:
            self.session.slept.disconnect(slept.append)
        self.cues.poll()
        return not slept

    def shutdown(self) -> None:
        """Stop waking; used when the view lets go of the session."""
        self._timer.stop()
        self._due_ms = None

    def _wake(self) -> None:
        self._waking = True  # one refresh per wake, even when the step changes in it
        due, self._due_ms = self._due_ms, None
        try:
            self.session.wake(self.session.clock.now_ms() if due is None else due)
            self.cues.poll()
        finally:
            self._waking = False
        self._arm()
        self.refreshed.emit()

    def _changed(self) -> None:
        if not self._waking:
            self._arm()
            self.refreshed.emit()

    def _arm(self) -> None:
        wakes = [
            t for t in (self.session.next_change_ms(), self.cues.next_due_ms()) if t is not None
        ]
        if not wakes:
            self._timer.stop()
            self._due_ms = None
        else:
            self._due_ms = min(wakes)
            self._timer.start_in(self._due_ms - self.session.clock.now_ms(), self._wake)

    def _on_cue(self, fired: FiredCue) -> None:
        self.cue.emit(fired)

    def _on_step_changed(self, change: StepChange) -> None:
        self.step_changed.emit(change)
        self._changed()

    def _on_state_changed(self, state: SessionState) -> None:
        self.state_changed.emit(state)
        self._changed()

    def _on_ended(self, summary: Summary) -> None:
        self._timer.stop()
        self._due_ms = None
        self.ended.emit(summary)
