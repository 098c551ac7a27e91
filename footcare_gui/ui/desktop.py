"""The app beyond its window: the tray icon, reminders, and requests from a second launch.

Kept apart from the main window so the window stays about exercises; this object only calls
the window's public methods.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from footcare_gui.core.catalogue import Catalogue, localized
from footcare_gui.core.history import done_by_exercise, targets_for
from footcare_gui.core.i18n import Context
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
from footcare_gui.ui.wake_timer import QtWakeTimer

if TYPE_CHECKING:
    from footcare_gui.core.session import Session
    from footcare_gui.services.notifications import DesktopNotifications
    from footcare_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)
DesktopText = Context("DesktopText")
SNOOZE_MS = 30 * 60_000  # "Later"
QUIET_RECHECK_MS = 60_000  # while the user must not be disturbed, look again this often
START_ACTION, LATER_ACTION = "start", "later"
APP_ICON_NAME = "org.footcare.Footcare"  # the themed icon scripts/install-desktop.sh installs
# What a Wayland launcher gives the app it starts; Qt reads it when it asks to be activated.
ACTIVATION_TOKEN = "XDG_ACTIVATION_TOKEN"


class Desktop(QObject):
    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        catalogue: Catalogue,
        tray_available: bool | None = None,
        reminder_timer: WakeTimer | None = None,
        zone: tzinfo | None = None,
        notifications: DesktopNotifications | None = None,
        quiet: Callable[[], bool] | None = None,
        later_timer: WakeTimer | None = None,
    ):
        """``tray_available`` None asks the desktop; tests pass True or False, a fake
        ``reminder_timer`` and the ``zone`` reminder times are in (None: the system's).

        ``notifications``: the desktop's notification server (None: tray balloons only).
        ``quiet`` says when no reminder may pop up (Do Not Disturb, another window full
        screen); ``later_timer`` wakes for a snoozed or held-back reminder."""
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
        if not self.tray.available:
            log.info(
                "no system tray on this desktop: reminders come while Footcare is open, and "
                "closing its window quits it"
            )
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
        self.notifications = notifications
        self._quiet = quiet or (lambda: False)
        self._later = later_timer or QtWakeTimer(self, precise=False)
        self._waiting: list[Reminder] = []  # snoozed, or held back while the user is busy
        self._shown: dict[int, list[Reminder]] = {}  # notification id -> what it was about
        if notifications is not None:
            notifications.action_invoked.connect(self._reminder_action)
            notifications.closed.connect(lambda shown: self._shown.pop(shown, None))

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
        if self._waiting:  # one notification for these and all that waits (snoozed ones too)
            self._wait(due, 0)
            return
        self._notify(due)

    def _show_held(self) -> None:
        """What fell due during the session, if the session did not do it, with today's count."""
        held, self._held = self._held, []
        still = self._still_due(held)
        if still:
            self._notify(still)

    def _notify(self, due: Sequence[Reminder]) -> None:
        """Show now, unless the user must not be disturbed: then once, when that is over."""
        if self._quiet():
            log.info("reminders held back: notifications silenced or a window is full screen")
            self._wait(due, QUIET_RECHECK_MS)
            return
        title, text, first = notification(due)
        actions = [
            (START_ACTION, DesktopText.tr("Start now")),
            (LATER_ACTION, DesktopText.tr("Later")),
        ]
        shown = None
        if self.notifications is not None:
            shown = self.notifications.show(title, text, actions, icon=APP_ICON_NAME)
        if shown is not None:
            self._shown[shown] = list(due)
        else:
            self.tray.notify(title, text, first)

    def _wait(self, due: Sequence[Reminder], delay_ms: int) -> None:
        known = {r.exercise_id for r in self._waiting}
        self._waiting += [r for r in due if r.exercise_id not in known]
        self._later.start_in(delay_ms, self._waited)

    def _waited(self) -> None:
        if self._window.has_active_session():
            self._held += self._waiting  # shown after the session instead
            self._waiting = []
            return
        if self._quiet():
            self._later.start_in(QUIET_RECHECK_MS, self._waited)
            return
        waiting, self._waiting = self._waiting, []
        still = self._still_due(waiting)
        if still:
            self._notify(still)

    def _reminder_action(self, notification_id: int, key: str) -> None:
        due = self._shown.pop(notification_id, None)
        if not due:
            return
        if key == LATER_ACTION:
            log.info("reminder snoozed for %d min", SNOOZE_MS // 60_000)
            self._wait(due, SNOOZE_MS)
        elif key == START_ACTION:
            self._window.bring_forward()
            if self._window.has_active_session():
                return
            if len(due) == 1:
                self._window.start_exercise(due[0].exercise_id)
            else:  # several exercises are due: that is what a routine is for
                self._window.start_routine()
        else:  # a click on the notification itself, as on the tray's balloon
            self._window.open_exercise(due[0].exercise_id)

    def _still_due(self, reminders: Sequence[Reminder]) -> list[Reminder]:
        """Those not done meanwhile, with today's count."""
        targets = targets_for(self._catalogue)
        done = self._done_on(self._window.wall_clock().date())
        return [
            Reminder(
                r.exercise_id,
                reminder_text(
                    localized(self._catalogue.get(r.exercise_id)).name,
                    done.get(r.exercise_id, 0),
                    targets[r.exercise_id],
                ),
            )
            for r in reminders
            if r.exercise_id in targets and done.get(r.exercise_id, 0) < targets[r.exercise_id]
        ]

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
        self._later.stop()
        self.tray.hide()

    # --- a second launch ----------------------------------------------------------------------
    def handle_request(self, message: dict[str, object]) -> None:
        """What another `footcare` launch asked for (services/single_instance.py)."""
        log.info("request from another launch: %s", message)
        window = self._window
        token = message.get("activation_token")
        if isinstance(token, str) and token:
            os.environ[ACTIVATION_TOKEN] = token  # Qt's Wayland platform activates with it
        elif QGuiApplication.platformName() == "wayland":
            log.info(
                "Wayland lets a window come to the front only with the launcher's activation "
                "token, and this launch brought none: the desktop may show that Footcare is "
                "ready instead"
            )
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
