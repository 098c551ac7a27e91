"""The outcome questions: the morning's pain, why yesterday's target was missed, and the goals
with their weekly ratings. Each is asked once when due, never over a session or a dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from footcare_gui.core.history import SessionRecord, done_by_exercise
from footcare_gui.services.settings import Settings
from footcare_gui.ui.prompts import Prompts

if TYPE_CHECKING:
    from footcare_gui.core.outcomes import Goal, MorningCheck
    from footcare_gui.services.outcome_store import OutcomeStore
    from footcare_gui.services.store import HistoryStore
    from footcare_gui.ui.checkin import CheckInDialog
    from footcare_gui.ui.goals_dialog import GoalsDialog


class OutcomeQuestions(QObject):
    answered = Signal()  # something was saved: History, if shown, reloads

    def __init__(
        self,
        window: QWidget,
        store: HistoryStore | None,
        settings: Settings,
        wall_clock: Callable[[], datetime],
        records: Callable[[], list[SessionRecord]],
        targets: dict[str, int],
        busy: Callable[[], bool],
        prompts: Prompts,
        status: Callable[[str, int], None],
    ):
        """``busy``: True while a session runs; ``status`` shows a message for some ms."""
        super().__init__(window)
        self._window = window
        self._store = store
        self._settings = settings
        self._wall_clock = wall_clock
        self._records = records
        self._targets = targets
        self._busy = busy
        self._prompts = prompts
        self._status = status
        self._outcomes: OutcomeStore | None = None
        self._check_in: CheckInDialog | None = None
        self._goals_dialog: GoalsDialog | None = None

    @property
    def outcomes(self) -> OutcomeStore | None:
        if self._store is None:
            return None
        if self._outcomes is None:
            from footcare_gui.services.outcome_store import OutcomeStore

            self._outcomes = OutcomeStore(self._store)
        return self._outcomes

    def morning_checks(self) -> list[MorningCheck]:
        from footcare_gui.services.store import StoreError

        try:
            return self.outcomes.morning_checks() if self.outcomes else []
        except StoreError:
            return []

    def offer_check_in(self) -> None:
        """The day's questions that are due (morning pain before noon, why yesterday's target
        was missed, the weekly goal ratings), once each; none while a session or dialog runs."""
        from footcare_gui.core.outcomes import goal_rating_due, morning_check_due
        from footcare_gui.services.store import StoreError

        outcomes = self.outcomes
        if outcomes is None or outcomes.read_only or self._check_in is not None:
            return
        if self._busy() or QApplication.activeModalWidget() is not None:
            return
        now = self._wall_clock()
        today = now.date()
        settings = self._settings
        if not any(r.day < today for r in self._records()):
            return  # nothing to ask someone who has not started yet (or whose history is gone)
        try:
            morning = morning_check_due(
                now, outcomes.morning_checks(), settings.asked_on("morning")
            )
            missed = self._missed_day(today)
            goals = outcomes.goals()
            due = goal_rating_due(now, goals, outcomes.goal_ratings(), settings.asked_on("goals"))
        except StoreError:
            return
        goals = goals if due else []
        if not (morning or missed or goals):
            return
        # Asked is asked: whatever the answer, or none, the same question waits a day (a week).
        if morning:
            settings.set_asked_on("morning", today)
        if missed is not None:
            settings.set_asked_on("missed", missed)
        if goals:
            settings.set_asked_on("goals", today)
        from footcare_gui.ui.checkin import CheckInDialog

        dialog = CheckInDialog(morning, missed, goals, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_check_in(dialog, missed))
        dialog.finished.connect(self._check_in_closed)
        self._check_in = dialog
        dialog.open()

    def _check_in_closed(self) -> None:
        self._check_in = None

    def check_in_open(self) -> bool:
        return self._check_in is not None

    def skip_check_in(self) -> None:
        """Close the check-in unanswered, as if skipped (a session comes first; the app quits)."""
        if self._check_in is not None:
            self._check_in.reject()

    def _missed_day(self, today: date) -> date | None:
        """Yesterday, if its target was missed and the user has not been asked about it; never
        for someone who had not started with Footcare by then."""
        from footcare_gui.core.history import all_met

        yesterday = today - timedelta(days=1)
        if self._settings.asked_on("missed") == yesterday:
            return None
        records = self._records()
        if not any(r.day <= yesterday for r in records):
            return None
        if all_met(done_by_exercise(records, yesterday), self._targets):
            return None
        return yesterday

    def _save_check_in(self, dialog: CheckInDialog, missed: date | None) -> None:
        from footcare_gui.core.outcomes import MissedDay, MorningCheck
        from footcare_gui.services.store import StoreError

        outcomes = self.outcomes
        assert outcomes is not None
        now = self._wall_clock()
        reason, text = dialog.missed_reason()
        try:
            if (pain := dialog.pain()) is not None:
                outcomes.add_morning_check(MorningCheck(now.date(), pain, now))
            if missed is not None and reason is not None:
                outcomes.add_missed_day(MissedDay(missed, reason, text), now)
            if scores := dialog.goal_scores():
                outcomes.rate_goals(scores, now)
        except StoreError as error:
            self._status(str(error), 30_000)
            return
        self._status(self.tr("Thank you, your answers are saved."), 10_000)
        self.answered.emit()

    def show_goals(self) -> None:
        """Name, rename, remove and rate up to three goals."""
        from footcare_gui.services.store import StoreError
        from footcare_gui.ui.goals_dialog import GoalsDialog

        outcomes = self.outcomes
        if outcomes is None or self._busy():
            return
        try:
            goals = outcomes.goals()
            latest = {r.goal_id: r.score for r in outcomes.goal_ratings()}
        except StoreError as error:
            self._prompts.warn(self._window, self.tr("Your goals"), str(error))
            return
        dialog = GoalsDialog(goals, latest, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if outcomes.read_only:
            dialog.setEnabled(False)
        dialog.accepted.connect(lambda: self._save_goals(dialog, goals))
        dialog.open()
        self._goals_dialog = dialog

    def _save_goals(self, dialog: GoalsDialog, goals: list[Goal]) -> None:
        from footcare_gui.services.store import StoreError

        outcomes = self.outcomes
        assert outcomes is not None
        now = self._wall_clock()
        names = {goal.id: goal.name for goal in goals}
        scores: dict[int, int] = {}
        try:
            for edit in dialog.edits():
                goal_id = edit.goal_id
                if goal_id is None:
                    goal_id = outcomes.add_goal(edit.name, now).id
                elif not edit.name:
                    outcomes.retire_goal(goal_id)
                    continue
                elif edit.name != names[goal_id]:
                    outcomes.rename_goal(goal_id, edit.name)
                if edit.score is not None:
                    scores[goal_id] = edit.score
            if scores:
                outcomes.rate_goals(scores, now)
        except StoreError as error:
            self._prompts.warn(self._window, self.tr("Your goals"), str(error))
        self.answered.emit()
