"""The app beyond its window: the tray icon, reminders, and requests from a second launch.

Kept apart from the main window so the window stays about exercises; this object only calls
the window's public methods.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from footcare_gui.core.catalogue import Catalogue, localized
from footcare_gui.core.history import done_by_exercise, targets_for
from footcare_gui.core.reminders import Reminder, notification, reminder_text
from footcare_gui.services import reminder_settings
from footcare_gui.services.settings import Settings
from footcare_gui.ui.icons import app_icon
from footcare_gui.ui.plain_text import inform
from footcare_gui.ui.reminder_scheduler import ReminderScheduler, WakeTimer
from footcare_gui.ui.tray import (
    FootcareTray,
    hide_to_tray_message,
    session_status,
    should_hide_to_tray,
)

if TYPE_CHECKING:
    from footcare_gui.core.session import Session
    from footcare_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class Desktop(QObject):
    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        catalogue: Catalogue,
        tray_available: bool | None = None,
        reminder_timer: WakeTimer | None = None,
        zone: tzinfo | None = None,
    ):
        """``tray_available`` None asks the desktop; tests pass True or False, a fake
        ``reminder_timer`` and the ``zone`` reminder times are in (None: the system's)."""
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._catalogue = catalogue
        icon = window.windowIcon()
        self.tray = FootcareTray(
            icon if not icon.isNull() else app_icon(), self, available=tray_available
        )
        self.tray.show_window_requested.connect(window.bring_forward)
        self.tray.show_window_requested.connect(window.offer_check_in)  # opening it counts
        self.tray.pause_toggle_requested.connect(window.toggle_pause)
        self.tray.quit_requested.connect(window.quit_app)
        self.tray.reminder_clicked.connect(window.open_exercise)
        self.tray.start_routine_requested.connect(self._start_routine)
        self.tray.show()
        self.reminders = ReminderScheduler(
            lambda: reminder_settings.active_plans(settings, catalogue),
            self._done_on,
            targets_for(catalogue),
            wall_clock=window.wall_clock,
            timer=reminder_timer,
            zone=zone,
            parent=self,
        )
        self._held: list[Reminder] = []  # due during a session: shown once it ends, if still due
        self.reminders.remind.connect(self._show_reminders)
        self.reminders.start()

    # --- the running session ------------------------------------------------------------------
    def show_session(self, session: Session | None) -> None:
        """Called as the session's display changes (at most once a second): cheap when unchanged."""
        from footcare_gui.core.session import SessionState

        if session is None or session.state.ended or session.state is SessionState.IDLE:
            self.tray.set_session_status(None)
            if session is None and self._held:  # the session has just ended
                self._show_held()
        else:
            self.tray.set_session_status(
                session_status(session), session.state is SessionState.PAUSED
            )

    def _start_routine(self) -> None:
        self._window.bring_forward()
        if not self._window.has_active_session():
            self._window.start_routine()

    # --- reminders ----------------------------------------------------------------------------
    def _done_on(self, day: date) -> dict[str, int]:
        return done_by_exercise(self._window.records(), day)

    def _show_reminders(self, due: list[Reminder]) -> None:
        if self._window.has_active_session():
            self._held = due  # the user is exercising already: not now, but not never
            return
        self.tray.notify(*notification(due))

    def _show_held(self) -> None:
        """What fell due during the session, if the session did not do it, with today's count."""
        held, self._held = self._held, []
        targets = targets_for(self._catalogue)
        done = self._done_on(self._window.wall_clock().date())
        still = [
            Reminder(
                r.exercise_id,
                reminder_text(
                    localized(self._catalogue.get(r.exercise_id)).name,
                    done.get(r.exercise_id, 0),
                    targets[r.exercise_id],
                ),
            )
            for r in held
            if r.exercise_id in targets and done.get(r.exercise_id, 0) < targets[r.exercise_id]
        ]
        if still:
            self.tray.notify(*notification(still))

    def settings_changed(self) -> None:
        self.reminders.reschedule()

    # --- closing ------------------------------------------------------------------------------
    def keep_running_when_closed(self) -> bool:
        """True when closing the window should hide it: reminders are on and a tray can bring
        it back. The first time, the user is told how to quit."""
        value = reminder_settings.load(self._settings)
        if not should_hide_to_tray(value.enabled, self.tray.available):
            return False
        if not value.tray_explained:
            title, text = hide_to_tray_message()
            if not self.tray.notify(title, text):
                inform(self._window, title, text)
            reminder_settings.save(self._settings, replace(value, tray_explained=True))
        return True

    def shutdown(self) -> None:
        self.reminders.stop()
        self.tray.hide()

    # --- a second launch ----------------------------------------------------------------------
    def handle_request(self, message: dict[str, object]) -> None:
        """What another `footcare` launch asked for (services/single_instance.py)."""
        log.info("request from another launch: %s", message)
        window = self._window
        window.bring_forward()
        action = message.get("action")
        if action == "show":
            window.offer_check_in()  # opened from the menu again: the morning check if due
            return
        if window.has_active_session():
            log.info("a session is running: ignored %r from another launch", action)
            return  # never cut a running session short
        exercise, name = message.get("exercise"), message.get("name")
        if action == "start" and isinstance(exercise, str) and exercise in self._catalogue.ids():
            window.start_exercise(exercise)
        elif action == "start-routine" and (name is None or isinstance(name, str)):
            window.start_routine(name)
        else:
            log.info("ignored a request from another launch: %r", message)
