"""Starting a session from the main window: one exercise or a routine, from the list, Today,
the menu, the tray, a second launch or "Do it again". One session at a time, and never behind
an open dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from footcare_gui.core.names import same_name
from footcare_gui.core.plan import ROUTINE_ID, Plan

if TYPE_CHECKING:
    from footcare_gui.services.routine_book import RoutineBook
    from footcare_gui.ui.exercise_browser import ExerciseBrowser
    from footcare_gui.ui.outcome_questions import OutcomeQuestions
    from footcare_gui.ui.prompts import Prompts
    from footcare_gui.ui.session_controller import SessionController


class StartingWindow(Protocol):
    """What starting a session needs of the main window (ui/main_window.py)."""

    sessions: SessionController
    browser: ExerciseBrowser
    routines: RoutineBook
    prompts: Prompts
    questions: OutcomeQuestions

    def has_active_session(self) -> bool: ...
    def bring_forward(self) -> None: ...
    def show_title(self, title: str) -> None: ...


class SessionStarter(QObject):
    def __init__(self, window: StartingWindow, parent: QWidget):
        """``parent``: the window as a widget, where a notice opens."""
        super().__init__(parent)
        self._window = window
        self._parent = parent
        self.last_routine: str | None = None  # for "Do it again" and Today's routine choice

    def start_exercise(self, exercise_id: str) -> None:
        if exercise_id == ROUTINE_ID:  # "Do it again" after a routine
            self.start_routine(self.last_routine)
            return
        window = self._window
        plan = window.sessions.exercise_plan(exercise_id)
        window.browser.select(exercise_id)
        self._run(plan, plan.exercise_name)

    def start_routine(self, name: str | None = None) -> None:
        """Start the named routine (the first one when None)."""
        window = self._window
        names = window.routines.names()
        if name is None:
            name = names[0]
        elif not any(same_name(name, n) for n in names):
            # Renamed or deleted since (e.g. "Do it again" after editing): say so, start nothing.
            window.bring_forward()
            window.prompts.notice(
                self._parent,
                self.tr("No such routine"),
                self.tr(
                    "There is no routine called “{name}” any more. Your routines: {names}."
                ).format(name=name, names=", ".join(names)),
            )
            return
        plan = window.sessions.routine_plan(name)
        self.last_routine = plan.exercise_name
        self._run(plan, self._routine_title(plan.exercise_name))

    def _routine_title(self, name: str) -> str:
        """ "Morning (routine)", but "My routine" as it is: a name that says so already."""
        if self.tr("routine", "the word, as in a routine's name").casefold() in name.casefold():
            return name
        return self.tr("{name} (routine)").format(name=name)

    def _run(self, plan: Plan, title: str) -> None:
        window = self._window
        if window.has_active_session():
            return  # one session at a time; the running one is in front
        window.questions.skip_check_in()  # a session asked for (tray, another launch) comes first
        if QApplication.activeModalWidget() is not None:
            # A dialog is open (e.g. the routine editor, which saves its own copy on OK): a
            # session from the tray or a second launch waits until the user has finished there.
            window.bring_forward()
            return
        if window.sessions.start(plan, window.browser.take_pain_before()):
            window.show_title(title)
