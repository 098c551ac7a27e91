"""Keeps the screen awake while a session runs (services/idle_inhibit.py does the D-Bus part).

Inhibited when a session starts or resumes; released when it has been paused for
PAUSE_GRACE_MS (a short pause to rub a foot should not let the screen lock), stopped or ended,
and when the app quits. The grace period is one single-shot wake timer, so tests move a fake
clock instead of waiting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from footcare_gui.core.i18n import Context
from footcare_gui.core.session import SessionState
from footcare_gui.ui.wake_timer import QtWakeTimer, WakeTimer

if TYPE_CHECKING:
    from footcare_gui.services.idle_inhibit import IdleInhibitor
    from footcare_gui.ui.driver import SessionDriver

PAUSE_GRACE_MS = 60_000
IdleText = Context("IdleText")


def inhibit_reason(exercise_name: str) -> str:
    """What the desktop shows as the reason the screen stays on (e.g. GNOME's power menu)."""
    return IdleText.tr("Footcare: {exercise} session running").format(exercise=exercise_name)


class SessionIdleGuard(QObject):
    def __init__(
        self,
        inhibitor: IdleInhibitor,
        timer: WakeTimer | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._inhibitor = inhibitor
        self._timer = timer or QtWakeTimer(self, precise=False)
        self._driver: SessionDriver | None = None
        self._reason = ""

    @property
    def inhibited(self) -> bool:
        return self._inhibitor.active

    def watch(self, driver: SessionDriver, exercise_name: str) -> None:
        """Follow this session from now on (one at a time: a previous one is let go)."""
        self.release()
        if self._driver is not None:
            self._driver.state_changed.disconnect(self._state_changed)
        self._driver = driver
        self._reason = inhibit_reason(exercise_name)
        driver.state_changed.connect(self._state_changed)
        self._state_changed(driver.session.state)

    def release(self) -> None:
        """Let the screen blank again (the session ended, or the app quits)."""
        self._timer.stop()
        self._inhibitor.release()

    def _state_changed(self, state: SessionState) -> None:
        if state is SessionState.RUNNING:
            self._timer.stop()
            self._inhibitor.inhibit(self._reason)
        elif state is SessionState.PAUSED:
            if self._inhibitor.active:
                self._timer.start_in(PAUSE_GRACE_MS, self._inhibitor.release)
        else:  # idle (not started), finished or stopped
            self.release()
