"""Today's progress and the streak on the Today panel, kept current after each session and
across midnight."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from footcare_gui.core.history import SessionRecord, done_by_exercise, streak
from footcare_gui.core.unavailable import Explains, reasons
from footcare_gui.ui.exercise_browser import ExerciseBrowser

if TYPE_CHECKING:
    from footcare_gui.services.store import HistoryStore


class TodayKeeper(QObject):
    new_day = Signal()  # past midnight: what shows a day (History) reloads

    def __init__(
        self,
        browser: ExerciseBrowser,
        history: HistoryStore | None,
        routines: Explains,
        wall_clock: Callable[[], datetime],
        targets: dict[str, int],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._browser = browser
        self._history = history
        self._routines = routines
        self._wall_clock = wall_clock
        self._targets = targets
        # The midnight timer runs on a clock that stops while the computer sleeps: coming back
        # to the app also checks whether the day has changed (refresh_if_new_day).
        self.midnight = QTimer(self, singleShot=True)
        self.midnight.timeout.connect(self._new_day)
        self._shown_day = wall_clock().date()

    def refresh(self) -> None:
        """Today's progress and the streak; re-run after each session and at midnight."""
        now = self._wall_clock()
        self._shown_day = now.date()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
        self.midnight.start(max(1000, int((tomorrow - now).total_seconds() * 1000) + 1000))
        if self._history is None:
            self._browser.today.show_notice(self._routines.reason() or "")
            return
        records = self._read()
        if records is None:  # the last figures stay; the reason is shown
            return
        self._browser.today.show_notice(reasons(self._history, self._routines) or "")
        today = now.date()
        done = done_by_exercise(records, today)
        self._browser.show_today(done, self._targets)
        self._browser.today.show_day(
            done=sum(min(done.get(i, 0), need) for i, need in self._targets.items()),
            target=sum(self._targets.values()),
            exercises_met=sum(done.get(i, 0) >= need for i, need in self._targets.items()),
            exercises=len(self._targets),
        )
        self._browser.today.show_streak(streak(records, self._targets, today))
        self._browser.list.viewport().update()

    def records(self) -> list[SessionRecord]:
        """Every saved session; none when the history cannot be read (the reason is shown)."""
        return (self._read() or []) if self._history is not None else []

    def _read(self) -> list[SessionRecord] | None:
        """The saved sessions, or None when they cannot be read (Today says why)."""
        from footcare_gui.services.store import StoreError

        assert self._history is not None
        try:
            return self._history.sessions()
        except StoreError as error:
            self._browser.today.show_notice(
                self.tr("The history could not be read. {error}").format(error=error)
            )
            return None

    def refresh_if_new_day(self) -> None:
        if self._wall_clock().date() != self._shown_day:
            self._new_day()

    def _new_day(self) -> None:
        self.refresh()
        self.new_day.emit()
