"""Wakes at the next reminder time and says which reminders are due; no polling.

One single-shot timer is armed for the next reminder time (core/reminders.py). Its wait is
capped, because a timer's clock stops while the computer sleeps and does not follow a change
of the wall clock (a time zone, DST, the user setting the time): after such a change a reminder
comes at most MAX_WAIT late. A wake that finds nothing due only re-arms.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo

from PySide6.QtCore import QObject, Signal

from footcare_gui.core.clock import local_now
from footcare_gui.core.reminders import ReminderPlan, due_now, local_date, next_reminder
from footcare_gui.ui.wake_timer import QtWakeTimer, WakeTimer

log = logging.getLogger(__name__)

MAX_WAIT = timedelta(minutes=15)

WallClock = Callable[[], datetime]
PlanSource = Callable[[], Sequence[ReminderPlan]]
DoneCounts = Callable[[date], Mapping[str, int]]


class ReminderScheduler(QObject):
    remind = Signal(list)  # list[Reminder], never empty

    def __init__(
        self,
        plans: PlanSource,
        done_counts: DoneCounts,
        targets: Mapping[str, int],
        wall_clock: WallClock = local_now,
        timer: WakeTimer | None = None,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
    ):
        """``plans`` gives the current plans ([] while reminders are off); ``done_counts`` the
        finished sessions per exercise on a local date. ``zone`` None is the system's."""
        super().__init__(parent)
        self._plans, self._done_counts, self._targets = plans, done_counts, targets
        self._wall_clock, self._zone = wall_clock, zone
        self._timer = timer or QtWakeTimer(self, precise=False)  # early wakes re-arm
        self._last_check: datetime | None = None
        self.next_due: datetime | None = None  # the reminder time the timer waits for (UTC)

    @property
    def running(self) -> bool:
        return self._last_check is not None

    def start(self) -> None:
        """From now on; times already passed today are not shown at start."""
        self.reschedule()

    def reschedule(self) -> None:
        """Re-read the plans (after the user changed them) and wait for the next time.

        Times the user has just moved into the past are not shown.
        """
        self._last_check = self._wall_clock()
        self._arm(self._last_check, self._plans())

    def stop(self) -> None:
        self._timer.stop()
        self._last_check = self.next_due = None

    def _wake(self) -> None:
        if self._last_check is None:
            return  # stopped between the timer firing and this call
        now, plans = self._wall_clock(), self._plans()
        done = self._done_counts(local_date(now, self._zone))
        due = due_now(self._last_check, now, plans, done, self._targets, self._zone)
        self._last_check = now
        self._arm(now, plans)
        if due:
            log.info("reminders due: %s", ", ".join(r.exercise_id for r in due))
            self.remind.emit(due)

    def _arm(self, now: datetime, plans: Sequence[ReminderPlan]) -> None:
        self.next_due = next_reminder(now, plans, self._zone)
        if self.next_due is None:
            self._timer.stop()
            return
        wait = min(self.next_due - now.astimezone(UTC), MAX_WAIT)
        # Rounded up: a wake a moment before the time would find it not yet due.
        self._timer.start_in(-(-wait // timedelta(milliseconds=1)), self._wake)
