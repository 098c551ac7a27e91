"""The life of a session, in one place.

A session begins here (the engine on the monotonic clock, the driver that wakes it, the view
that shows it, the audio that voices it), is recorded here as it goes (each exercise of a
routine as it is left, the whole at its end, pain and feedback from the summary), and ends here
with the progression offer as the user leaves the summary. Whoever else follows a session (the
tray, the idle inhibitor) listens to this controller's signals; app.py and the main window wire
them. The engine, driver and view are imported with the first session: start-up stays light.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.i18n import upper_first
from footcare_gui.core.plan import Painful, Plan
from footcare_gui.services.recorder import SessionRecorder
from footcare_gui.services.routine_book import RoutineBook, RoutineSaveError
from footcare_gui.services.settings import Settings
from footcare_gui.ui.prompts import Prompts

if TYPE_CHECKING:
    from footcare_gui.core.clock import Clock
    from footcare_gui.core.dose_view import Marked
    from footcare_gui.core.figure import Figure
    from footcare_gui.core.history import SessionRecord
    from footcare_gui.core.outcomes import MorningCheck
    from footcare_gui.core.session import Session, SessionState, StepChange
    from footcare_gui.services.audio import AudioCues
    from footcare_gui.services.store import HistoryStore
    from footcare_gui.ui.driver import SessionDriver, WakeTimer
    from footcare_gui.ui.idle_guard import SessionIdleGuard
    from footcare_gui.ui.session_picture import StepPicture
    from footcare_gui.ui.session_view import SessionView

TimerFactory = Callable[[QObject], "WakeTimer"]


class SessionController(QObject):
    """Runs one session at a time and tells its listeners what happens to it."""

    view_created = Signal(object)  # the SessionView, made with the first session
    opening = Signal(object)  # Plan: its session is about to show; bring the view in front
    started = Signal(object)  # Session: it runs now
    refreshed = Signal(object)  # Session: something shown has changed (at most each second)
    state_changed = Signal(object)  # SessionState: running, paused, stopped, finished
    ended = Signal(object)  # Session: it ended and was saved (the summary is on screen)
    status = Signal(str)  # a message for the status bar
    doses_changed = Signal()  # a progression was accepted: the doses shown are out of date

    def __init__(
        self,
        catalogue: Catalogue,
        painful: Callable[[], Painful],
        settings: Settings,
        clock: Clock,
        timer_factory: TimerFactory | None,
        audio: Callable[[], AudioCues | None],
        history: HistoryStore | None,
        wall_clock: Callable[[], datetime],
        routines: RoutineBook,
        records: Callable[[], list[SessionRecord]],
        morning_checks: Callable[[], list[MorningCheck]],
        prompts: Prompts,
        figures: Mapping[str, Figure] | None = None,
        idle_guard: SessionIdleGuard | None = None,
        parent: QObject | None = None,
    ):
        """``figures``: the exercises' pictures, by exercise id (none: the session has none).
        ``idle_guard`` keeps the screen awake while a session runs (none: the desktop decides)."""
        super().__init__(parent)
        self._catalogue = catalogue
        self._painful = painful
        self._settings = settings
        self._clock = clock
        self._timer_factory = timer_factory
        self._audio = audio
        self._routines = routines
        self._records = records
        self._morning_checks = morning_checks
        self.prompts = prompts
        self.figures = dict(figures or {})  # read as each session starts
        self._wall_clock = wall_clock
        self.idle_guard = idle_guard
        self.recorder = SessionRecorder(history, wall_clock)
        self._view: SessionView | None = None
        self._picture: StepPicture | None = None
        self._driver: SessionDriver | None = None

    # --- the view ------------------------------------------------------------------------
    @property
    def view(self) -> SessionView:
        if self._view is None:
            from footcare_gui.ui.session_picture import StepPicture
            from footcare_gui.ui.session_view import SessionView

            view = SessionView(self._settings, self._audio(), self.prompts)
            self._picture = StepPicture(view.live.figure, self._settings)
            # Progression is offered as the user leaves the summary, once pain-after is in;
            # these come before the window's own connections (the list, the next session).
            view.back_to_list.connect(self.offer_progression)
            view.again.connect(self.offer_progression)
            view.after_rated.connect(self._rate_after)
            view.feedback_given.connect(self._give_feedback)
            self._view = view
            self.view_created.emit(view)
        return self._view

    def has_view(self) -> bool:
        return self._view is not None

    def is_active(self) -> bool:
        """True while a session is under way (running or paused)."""
        return self._view is not None and self._view.is_active()

    @property
    def session(self) -> Session | None:
        return self._driver.session if self._driver is not None else None

    # --- what a session does -----------------------------------------------------------
    def exercise_plan(self, exercise_id: str) -> Plan:
        """One exercise at the user's own dose, on the painful foot first."""
        from footcare_gui.core.plan import build_plan

        exercise = self._catalogue.get(exercise_id)
        return build_plan(exercise, self._routines.dose_for(exercise_id), self._painful())

    def routine_plan(self, name: str) -> Plan:
        """The routine called ``name`` (it exists), each exercise at the user's own dose."""
        from footcare_gui.core.plan import build_routine_plan

        routine = self._routines.routine(name)
        known = self._catalogue.ids()
        items = [
            (self._catalogue.get(i), self._routines.dose_for(i))
            for i in routine.exercise_ids
            if i in known
        ]
        return build_routine_plan(items, self._painful(), routine.name)

    def _marked_doses(self, plan: Plan) -> dict[str, Marked]:
        """The dose line of each exercise of ``plan``, with any value outside its range marked."""
        from footcare_gui.core.dose_view import marked_dose_line

        ids = {segment.exercise_id for segment in plan.segments} & set(self._catalogue.ids())
        painful = self._painful()
        return {
            ident: marked_dose_line(
                self._catalogue.get(ident), self._routines.dose_for(ident), painful
            )
            for ident in ids
        }

    # --- a session's life ----------------------------------------------------------------
    def start(self, plan: Plan, pain_before: int | None) -> bool:
        """Start a session of ``plan``; False when one is under way already."""
        from footcare_gui.core.session import Session
        from footcare_gui.ui.driver import SessionDriver

        if self.is_active():
            return False  # one session at a time; the running one is in front
        if self._view is not None:
            # A new session may start from the summary (tray, a second launch): its note and
            # pain rating are kept and the progression offer made first, as on leaving it.
            self._view.flush_rating()
            self.offer_progression()
        self._release()
        session = Session(plan, self._clock)
        timer = self._timer_factory(self) if self._timer_factory else None
        driver = self._driver = SessionDriver(session, timer, parent=self)
        self.recorder.begin(pain_before)
        view = self.view
        self.opening.emit(plan)
        view.show_doses(self._marked_doses(plan))
        audio = self._audio()
        if audio is not None:
            driver.cue.connect(audio.handle)
            driver.state_changed.connect(self._silence_on_pause)
            audio.prepare()
        view.run(driver)  # the view renders first: the summary is up when the save result comes
        assert self._picture is not None
        self._picture.follow(driver, self.figures)  # the movement, eased into at each step
        if self.idle_guard is not None:
            self.idle_guard.watch(driver, plan.exercise_name)
        driver.ended.connect(lambda _summary: self._ended(driver))
        driver.step_changed.connect(lambda change: self._exercise_left(driver, change))
        driver.state_changed.connect(self.state_changed)
        driver.refreshed.connect(lambda: self.refreshed.emit(driver.session))
        self.started.emit(session)
        driver.start()
        view.refresh()
        return True

    def _silence_on_pause(self, state: SessionState) -> None:
        from footcare_gui.core.session import SessionState

        audio = self._audio()
        if state in (SessionState.PAUSED, SessionState.STOPPED) and audio is not None:
            audio.silence()  # a prompt must not talk on into a pause

    def _exercise_left(self, driver: SessionDriver, change: StepChange) -> None:
        """A routine moved on to another exercise: the one left is saved at once."""
        if change.previous is None or change.previous.segment == change.step.segment:
            return
        if status := self.recorder.exercise_ended(driver.session):
            self.status.emit(status)

    def _ended(self, driver: SessionDriver) -> None:
        self._show_record_status(self.recorder.finish(driver.session))
        self.ended.emit(driver.session)

    def _rate_after(self, pain: int | None, note: str) -> None:
        self._show_record_status(self.recorder.rate_after(pain, note))

    def _give_feedback(self, difficulty: str | None, reason: str | None, text: str) -> None:
        self._show_record_status(self.recorder.give_feedback(difficulty, reason, text))

    def _show_record_status(self, status: str) -> None:
        from footcare_gui.services.recorder import saved_text

        if self._view is not None and status:
            self._view.show_record_status(status, ok=status == saved_text())

    def offer_progression(self) -> None:
        """After a finished session of an exercise that progresses, propose more reps (or say
        why not yet). Never without the user's yes."""
        from footcare_gui.core.progression import HeldBack, Proposal

        finished = {r.exercise_id for r in self.recorder.last_records if r.finished}
        self.recorder.last_records = []  # asked once per session
        if not finished:
            return
        records = self._records()
        for exercise_id in sorted(finished):
            result = self._routines.proposal_for(
                exercise_id, records, self._morning_checks(), self._wall_clock()
            )
            if isinstance(result, Proposal):
                try:
                    if self.prompts.propose_progression(self.view, result):
                        self._routines.accept(result)
                    else:
                        self._routines.decline(result)
                except RoutineSaveError as error:  # nothing changed; say so
                    self.status.emit(upper_first(str(error)))
                self.doses_changed.emit()
            elif isinstance(result, HeldBack):
                self.status.emit(result.message)

    # --- leaving -------------------------------------------------------------------------
    def toggle_pause(self) -> None:
        if self.is_active():
            self.view.toggle_pause()

    def request_stop(self) -> bool:
        """Ask before ending a running session; True when none runs any more."""
        return not self.is_active() or self.view.request_stop()

    def abandon(self) -> None:
        """End without asking (the app is quitting): what was done is saved as stopped early,
        a note typed a moment ago with it."""
        if self._view is not None:
            self._view.abandon()
            self._view.flush_rating()

    def _release(self) -> None:
        """Let go of the previous session entirely: no timer, no signals, no object left."""
        old, self._driver = self._driver, None
        if old is None:
            return
        from footcare_gui.core.session import SessionState

        if self._view is not None:
            self._view.release(old)
        if not old.session.state.ended and old.session.state is not SessionState.IDLE:
            old.session.stop()
        old.shutdown()
        old.deleteLater()  # its connections go with it
