"""The main window: the exercise browser with Today, a session (one exercise or a routine),
and History.

Only the browser is built before the first paint. The session machinery (engine, driver,
session view, audio) is imported and built when the first session starts: start-up is the
first thing a user judges, and most launches begin by reading the list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QStatusBar, QWidget

from footcare_gui import __version__
from footcare_gui.core.catalogue import Catalogue, localized
from footcare_gui.core.clock import Clock, MonotonicClock, local_now
from footcare_gui.core.figure import figures_for
from footcare_gui.core.history import SessionRecord, done_by_exercise, streak, targets_for
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate, upper_first
from footcare_gui.core.names import same_name
from footcare_gui.core.plan import ROUTINE_ID, Painful, Plan, painful_from_setting
from footcare_gui.services.recorder import SessionRecorder
from footcare_gui.services.routine_book import RoutineBook, RoutineSaveError
from footcare_gui.services.settings import Settings
from footcare_gui.ui.exercise_browser import ExerciseBrowser
from footcare_gui.ui.plain_text import inform, plain_labels, warn
from footcare_gui.ui.style import follow_palette, safety_note

if TYPE_CHECKING:
    from footcare_gui.core.dose_view import Marked
    from footcare_gui.core.outcomes import Goal, MorningCheck
    from footcare_gui.core.session import StepChange
    from footcare_gui.services.audio import AudioCues
    from footcare_gui.services.outcome_store import OutcomeStore
    from footcare_gui.services.store import HistoryStore
    from footcare_gui.ui.about import AboutDialog
    from footcare_gui.ui.checkin import CheckInDialog
    from footcare_gui.ui.desktop import Desktop
    from footcare_gui.ui.driver import SessionDriver, WakeTimer
    from footcare_gui.ui.goals_dialog import GoalsDialog
    from footcare_gui.ui.history_view import HistoryView
    from footcare_gui.ui.idle_guard import SessionIdleGuard
    from footcare_gui.ui.session_view import SessionView
    from footcare_gui.ui.welcome import WelcomeDialog

APP_NAME = "Footcare"
# The desktop decides whether a window may fill the screen (a Wayland compositor may refuse):
# this long after asking, the session says so when it did not happen.
FULL_SCREEN_CHECK_MS = 1500
log = logging.getLogger(__name__)
# English here; the About box shows them in the user's language.
SOURCE_NOTE = QT_TRANSLATE_NOOP(
    "MainWindow",
    "The exercises and their doses follow a public patient-information text on metatarsalgia; "
    "the instructions are written in Footcare's own words.",
)
LICENCE_NOTE = QT_TRANSLATE_NOOP("MainWindow", "Footcare is free software under the MIT licence.")
ABOUT_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "<h3>Footcare {version}</h3>"
    "<p>Counts the seconds of your foot exercises so you don't have to.</p>"
    "<p><b>Exercises:</b> {source}</p>"
    "<p><b>Safety:</b> {safety}</p>"
    "<p>{licence}</p>",
)

TimerFactory = Callable[[QObject], "WakeTimer"]
AudioFactory = Callable[[], "AudioCues"]
WallClock = Callable[[], datetime]


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalogue: Catalogue,
        settings: Settings,
        clock: Clock | None = None,
        timer_factory: TimerFactory | None = None,
        audio: AudioCues | AudioFactory | None = None,
        history: HistoryStore | None = None,
        wall_clock: WallClock = local_now,
        routines: RoutineBook | None = None,
        parent: QWidget | None = None,
        idle_guard: SessionIdleGuard | None = None,
    ):
        """``audio`` is the audio service, or a function that makes it when first needed.

        ``history`` records each session that ends; without it nothing is recorded or shown.
        ``routines`` holds the user's routines and doses (from ``settings`` when not given).
        ``idle_guard`` keeps the screen awake during sessions (none: the desktop decides).
        """
        super().__init__(parent)
        self._catalogue = catalogue
        self._settings = settings
        self._clock = clock or MonotonicClock()
        self._timer_factory = timer_factory
        self._audio = audio
        self._history = history
        self.wall_clock = wall_clock
        self.routines = routines or RoutineBook(settings, catalogue)
        self._targets = targets_for(catalogue)
        self._recorder = SessionRecorder(history, wall_clock)
        self._last_routine: str | None = None
        self._quitting = False
        self.desktop: Desktop | None = None  # tray, reminders and second launches, if wired
        self.idle_guard = idle_guard
        self._session_view: SessionView | None = None
        self._history_view: HistoryView | None = None
        self._outcomes: OutcomeStore | None = None
        self._check_in: CheckInDialog | None = None
        self._goals_dialog: GoalsDialog | None = None
        # The midnight timer runs on a clock that stops while the computer sleeps: coming back
        # to the app also checks whether the day has changed.
        self._midnight = QTimer(self, singleShot=True)
        self._midnight.timeout.connect(self._new_day)
        self._shown_day = wall_clock().date()
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)
        # Re-styled whenever the palette changes (the system switched to dark, say); charts and
        # the countdown read the palette as they paint.
        self._style = follow_palette(self)

        self.figures = figures_for(catalogue)  # the exercises' pictures, by exercise id
        self.browser = ExerciseBrowser(catalogue, figures=self.figures)
        self.pages = QStackedWidget()
        # Names, notes and a custom catalogue's texts are shown as they are, never as markup:
        # every page's labels are made plain as the page is added (ui/plain_text.py).
        self.pages.widgetAdded.connect(lambda index: plain_labels(self.pages.widget(index)))
        self.pages.addWidget(self.browser)
        self.setCentralWidget(self.pages)
        self.browser.start_requested.connect(self.start_exercise)
        today = self.browser.today
        today.history_requested.connect(self.show_history)
        today.routine_requested.connect(self.start_routine)
        today.history_button.setVisible(history is not None)
        self._build_menus()
        self.refresh_doses()
        self.refresh_today()

        geometry = settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(960, 680)
        self.browser.focus_list()  # arrow keys pick an exercise, Enter starts it

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        routine = QAction(self.tr("Start &routine"), self, shortcut=QKeySequence("Ctrl+Return"))
        routine.triggered.connect(lambda: self.start_routine(self.browser.chosen_routine()))
        file_menu.addAction(routine)
        routines = QAction(self.tr("Routines and &doses…"), self, shortcut=QKeySequence("Ctrl+D"))
        routines.triggered.connect(self.show_routines)
        file_menu.addAction(routines)
        if self._history is not None:
            history = QAction(self.tr("&History…"), self, shortcut=QKeySequence("Ctrl+H"))
            history.triggered.connect(self.show_history)
            file_menu.addAction(history)
            goals = QAction(self.tr("Your &goals…"), self, shortcut=QKeySequence("Ctrl+G"))
            goals.triggered.connect(self.show_goals)
            file_menu.addAction(goals)
        if self._audio is not None:
            preferences = QAction(self.tr("&Preferences…"), self, shortcut=QKeySequence("Ctrl+,"))
            preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
            preferences.triggered.connect(self.show_preferences)
            file_menu.addAction(preferences)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_app)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        welcome = QAction(self.tr("&Welcome and first choices…"), self)
        welcome.triggered.connect(self.show_welcome)
        help_menu.addAction(welcome)
        safety = QAction(self.tr("&Safety note"), self)
        safety.triggered.connect(self.show_safety_note)
        help_menu.addAction(safety)
        about = QAction(self.tr("&About Footcare"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    @property
    def audio(self) -> AudioCues | None:
        if self._audio is not None and not isinstance(self._audio, QObject):
            self._audio = self._audio()  # the factory, called once
        return self._audio

    @property
    def session_view(self) -> SessionView:
        if self._session_view is None:
            from footcare_gui.ui.session_view import SessionView

            view = SessionView(self._settings, self.audio, figures=self.figures)
            # Progression is offered as the user leaves the summary, once pain-after is in.
            view.back_to_list.connect(self._offer_progression)
            view.back_to_list.connect(self.show_browser)
            view.again.connect(self._offer_progression)
            view.again.connect(self.start_exercise)
            view.after_rated.connect(self._rate_after)
            view.full_screen_toggled.connect(self.set_full_screen)
            view.feedback_given.connect(self._give_feedback)
            self.pages.addWidget(view)
            self._session_view = view
        return self._session_view

    def has_active_session(self) -> bool:
        return self._session_view is not None and self._session_view.is_active()

    # --- starting sessions -----------------------------------------------------------------
    def painful_foot(self) -> Painful:
        return painful_from_setting(self._settings.painful_foot)

    def start_exercise(self, exercise_id: str) -> None:
        from footcare_gui.core.plan import build_plan

        if exercise_id == ROUTINE_ID:  # "Do it again" after a routine
            self.start_routine(self._last_routine)
            return
        exercise = self._catalogue.get(exercise_id)
        plan = build_plan(exercise, self.routines.dose_for(exercise_id), self.painful_foot())
        self.browser.select(exercise_id)
        self._run(plan, localized(exercise).name)

    def _marked_doses(self, plan: Plan) -> dict[str, Marked]:
        from footcare_gui.core.dose_view import marked_dose_line

        ids = {segment.exercise_id for segment in plan.segments} & set(self._catalogue.ids())
        painful = self.painful_foot()
        return {
            ident: marked_dose_line(
                self._catalogue.get(ident), self.routines.dose_for(ident), painful
            )
            for ident in ids
        }

    def start_routine(self, name: str | None = None) -> None:
        """Start the named routine (the first one when None)."""
        from footcare_gui.core.plan import build_routine_plan

        names = self.routines.names()
        if name is None:
            name = names[0]
        elif not any(same_name(name, n) for n in names):
            # Renamed or deleted since (e.g. "Do it again" after editing): say so, start nothing.
            self.bring_forward()
            inform(
                self,
                self.tr("No such routine"),
                self.tr(
                    "There is no routine called “{name}” any more. Your routines: {names}."
                ).format(name=name, names=", ".join(names)),
            )
            return
        routine = self.routines.routine(name)
        items = [
            (self._catalogue.get(i), self.routines.dose_for(i))
            for i in routine.exercise_ids
            if i in self._catalogue.ids()
        ]
        plan = build_routine_plan(items, self.painful_foot(), routine.name)
        self._last_routine = routine.name
        self._run(plan, self._routine_title(routine.name))

    def _routine_title(self, name: str) -> str:
        """ "Morning (routine)", but "My routine" as it is: a name that says so already."""
        if self.tr("routine", "the word, as in a routine's name").casefold() in name.casefold():
            return name
        return self.tr("{name} (routine)").format(name=name)

    def _run(self, plan: Plan, title: str) -> None:
        from footcare_gui.core.session import Session
        from footcare_gui.ui.driver import SessionDriver

        if self.has_active_session():
            return  # one session at a time; the running one is in front
        if self._check_in is not None:  # a session asked for (tray, another launch) comes first
            self._check_in.reject()
        if QApplication.activeModalWidget() is not None:
            # A dialog is open (e.g. the routine editor, which saves its own copy on OK): a
            # session from the tray or a second launch waits until the user has finished there.
            self.bring_forward()
            return
        if self._session_view is not None:
            # A new session may start from the summary (tray, a second launch): its note and
            # pain rating are kept and the progression offer made first, as on leaving it.
            self._session_view.flush_rating()
            self._offer_progression()
        session = Session(plan, self._clock)
        timer = self._timer_factory(self) if self._timer_factory else None
        driver = SessionDriver(session, timer, parent=self)
        self._recorder.begin(self.browser.take_pain_before())
        self.pages.setCurrentWidget(self.session_view)
        self.setWindowTitle(self.tr("{app} — {title}").format(app=APP_NAME, title=title))
        self.session_view.show_doses(self._marked_doses(plan))
        self.session_view.run(driver)
        if self.idle_guard is not None:
            self.idle_guard.watch(driver, plan.exercise_name)
        # After the view's own connection: the summary is on screen when the save result comes.
        driver.ended.connect(lambda _summary: self.set_full_screen(False))  # the summary asks
        driver.ended.connect(lambda _summary: self._session_ended(driver))
        driver.step_changed.connect(lambda change: self._exercise_left(driver, change))
        # Looked up at each refresh: the tray may come after a session started at launch.
        driver.refreshed.connect(lambda: self.desktop and self.desktop.show_session(driver.session))

    def set_full_screen(self, on: bool) -> None:
        """The session across the room (F11, the Full screen button); Esc or F11 comes back."""
        if self._session_view is None or on == self._session_view.is_full_screen():
            return
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
            QTimer.singleShot(FULL_SCREEN_CHECK_MS, self._check_full_screen)
        elif getattr(self, "_was_maximized", False):
            self.showMaximized()
        else:
            self.showNormal()
        self.menuBar().setVisible(not on)
        status = self.findChild(QStatusBar)  # made only by a first message
        if status is not None:
            status.setVisible(not on)
        self._session_view.set_full_screen(on)

    def _check_full_screen(self) -> None:
        """Full screen was asked for: if the desktop did not grant it, say so (the large
        layout stays, as large as the window allows)."""
        view = self._session_view
        if view is None or not view.is_full_screen() or self.isFullScreen():
            return
        log.info("the desktop did not make the window full screen")
        view.session_notice.setText(
            self.tr(
                "This desktop did not let Footcare fill the screen: the session is shown as "
                "large as the window allows. Maximise the window for more room."
            )
        )
        view.session_notice.show()

    def toggle_pause(self) -> None:
        if self.has_active_session():
            self.session_view.toggle_pause()

    # --- recording -------------------------------------------------------------------------
    def _session_ended(self, driver: SessionDriver) -> None:
        status = self._recorder.finish(driver.session)
        self._show_record_status(status)
        self.refresh_today()  # (History, hidden behind the summary, reloads when it is shown)
        if self.desktop is not None:  # after saving: reminders held back count this session
            self.desktop.show_session(None)

    def _exercise_left(self, driver: SessionDriver, change: StepChange) -> None:
        """A routine moved on to another exercise: the one left is saved at once."""
        if change.previous is not None and change.previous.segment != change.step.segment:
            status = self._recorder.exercise_ended(driver.session)
            if status:
                self.statusBar().showMessage(status, 30_000)

    def _rate_after(self, pain: int | None, note: str) -> None:
        self._show_record_status(self._recorder.rate_after(pain, note))

    def _give_feedback(self, difficulty: str | None, reason: str | None, text: str) -> None:
        self._show_record_status(self._recorder.give_feedback(difficulty, reason, text))

    def _show_record_status(self, status: str) -> None:
        from footcare_gui.services.recorder import saved_text

        if self._session_view is not None and status:
            self._session_view.show_record_status(status, ok=status == saved_text())

    def _offer_progression(self) -> None:
        """After a finished session of an exercise that progresses, propose more reps (or say
        why not yet). Never without the user's yes."""
        from footcare_gui.core.progression import HeldBack, Proposal
        from footcare_gui.ui.progression_prompt import ask_progression

        finished = {r.exercise_id for r in self._recorder.last_records if r.finished}
        self._recorder.last_records = []  # asked once per session
        if not finished:
            return
        records = self.records()
        for exercise_id in sorted(finished):
            result = self.routines.proposal_for(
                exercise_id, records, self._morning_checks(), self.wall_clock()
            )
            if isinstance(result, Proposal):
                try:
                    if ask_progression(self, result):
                        self.routines.accept(result)
                    else:
                        self.routines.decline(result)
                except RoutineSaveError as error:  # nothing changed; say so
                    self.statusBar().showMessage(upper_first(str(error)), 30_000)
                self.refresh_doses()
            elif isinstance(result, HeldBack):
                self.statusBar().showMessage(result.message, 30_000)

    def records(self) -> list[SessionRecord]:
        """Every saved session; none when the history cannot be read (the reason is shown)."""
        from footcare_gui.services.store import StoreError

        if self._history is None:
            return []
        try:
            return self._history.sessions()
        except StoreError as error:
            self.browser.today.show_notice(
                self.tr("The history could not be read. {error}").format(error=error)
            )
            return []

    # --- outcomes: morning pain, missed days, goals ------------------------------------------
    @property
    def outcomes(self) -> OutcomeStore | None:
        if self._history is None:
            return None
        if self._outcomes is None:
            from footcare_gui.services.outcome_store import OutcomeStore

            self._outcomes = OutcomeStore(self._history)
        return self._outcomes

    def _morning_checks(self) -> list[MorningCheck]:
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
        if self.has_active_session() or QApplication.activeModalWidget() is not None:
            return
        now = self.wall_clock()
        today = now.date()
        settings = self._settings
        if not any(r.day < today for r in self.records()):
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

        dialog = CheckInDialog(morning, missed, goals, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_check_in(dialog, missed))
        dialog.finished.connect(self._check_in_closed)
        self._check_in = dialog
        dialog.open()

    def _check_in_closed(self) -> None:
        self._check_in = None

    def _missed_day(self, today: date) -> date | None:
        """Yesterday, if its target was missed and the user has not been asked about it; never
        for someone who had not started with Footcare by then."""
        from footcare_gui.core.history import all_met

        yesterday = today - timedelta(days=1)
        if self._settings.asked_on("missed") == yesterday:
            return None
        records = self.records()
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
        now = self.wall_clock()
        reason, text = dialog.missed_reason()
        try:
            if (pain := dialog.pain()) is not None:
                outcomes.add_morning_check(MorningCheck(now.date(), pain, now))
            if missed is not None and reason is not None:
                outcomes.add_missed_day(MissedDay(missed, reason, text), now)
            if scores := dialog.goal_scores():
                outcomes.rate_goals(scores, now)
        except StoreError as error:
            self.statusBar().showMessage(str(error), 30_000)
            return
        self.statusBar().showMessage(self.tr("Thank you, your answers are saved."), 10_000)
        if self._history_view is not None and self._history_view.isVisible():
            self._history_view.reload()

    def show_goals(self) -> None:
        """Name, rename, remove and rate up to three goals."""

        from footcare_gui.services.store import StoreError
        from footcare_gui.ui.goals_dialog import GoalsDialog

        outcomes = self.outcomes
        if outcomes is None or self.has_active_session():
            return
        try:
            goals = outcomes.goals()
            latest = {r.goal_id: r.score for r in outcomes.goal_ratings()}
        except StoreError as error:
            warn(self, self.tr("Your goals"), str(error))
            return
        dialog = GoalsDialog(goals, latest, self)
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
        now = self.wall_clock()
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
            warn(self, self.tr("Your goals"), str(error))
        if self._history_view is not None and self._history_view.isVisible():
            self._history_view.reload()

    # --- Today -----------------------------------------------------------------------------
    def refresh_doses(self) -> None:
        doses = {i: self.routines.dose_for(i) for i in self._catalogue.ids()}
        self.browser.show_doses(doses, self.painful_foot())
        self.browser.today.show_routines(self.routines.names(), self._last_routine or "")

    def refresh_today(self) -> None:
        """Today's progress and the streak; re-run after each session and at midnight."""
        from footcare_gui.services.store import StoreError

        now = self.wall_clock()
        self._shown_day = now.date()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
        self._midnight.start(max(1000, int((tomorrow - now).total_seconds() * 1000) + 1000))
        notices = [self.routines.notice]
        if self._history is None:
            self.browser.today.show_notice(" ".join(n for n in notices if n))
            return
        try:
            records = self._history.sessions()
        except StoreError as error:  # the last figures stay; the reason is shown
            self.browser.today.show_notice(
                self.tr("The history could not be read. {error}").format(error=error)
            )
            return
        notices.insert(0, self._history.notice)
        self.browser.today.show_notice(" ".join(n for n in notices if n))
        today = now.date()
        done = done_by_exercise(records, today)
        self.browser.show_today(done, self._targets)
        self.browser.today.show_day(
            done=sum(min(done.get(i, 0), need) for i, need in self._targets.items()),
            target=sum(self._targets.values()),
            exercises_met=sum(done.get(i, 0) >= need for i, need in self._targets.items()),
            exercises=len(self._targets),
        )
        self.browser.today.show_streak(streak(records, self._targets, today))
        self.browser.list.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh_if_new_day()
            if self.pages.currentWidget() is self.browser:
                self.refresh_doses()  # a routine imported meanwhile (footcare --import-routine)
        super().changeEvent(event)

    def refresh_if_new_day(self) -> None:
        if self.wall_clock().date() != self._shown_day:
            self._new_day()

    def _new_day(self) -> None:
        self.refresh_today()
        if self._history_view is not None and self._history_view.isVisible():
            self._history_view.reload()

    # --- other pages and dialogs -----------------------------------------------------------
    def show_history(self) -> None:
        if self._history is None or self.has_active_session():
            return  # a running session stays in front; history can wait
        if self._history_view is None:
            from footcare_gui.ui.history_view import HistoryView

            view = HistoryView(self._history, self._catalogue, self.wall_clock)
            view.doses = lambda: {i: self.routines.dose_for(i) for i in self._catalogue.ids()}
            view.painful = self.painful_foot
            view.back_requested.connect(self.show_browser)
            view.changed.connect(self.refresh_today)
            view.goals_requested.connect(self.show_goals)
            view.patient_name = lambda: self._settings.patient_name
            self.pages.addWidget(view)
            self._history_view = view
        self._history_view.reload()
        self.pages.setCurrentWidget(self._history_view)
        self.setWindowTitle(
            self.tr("{app} — {title}").format(app=APP_NAME, title=self.tr("History"))
        )
        self._history_view.setFocus()

    def show_browser(self) -> None:
        if self._history_view is not None:
            self._history_view.forget_undo()
        self.pages.setCurrentWidget(self.browser)
        self.setWindowTitle(APP_NAME)
        self.browser.focus_list()

    def open_exercise(self, exercise_id: str) -> None:
        """From a reminder: the window in front, at that exercise (a session stays running)."""
        self.bring_forward()
        if exercise_id in self._catalogue.ids() and not self.has_active_session():
            self.show_browser()
            self.browser.select(exercise_id)
            self.offer_check_in()  # a reminder is a first open too

    def bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def show_routines(self) -> None:
        from footcare_gui.ui.routine_editor import RoutineEditorDialog

        dialog = RoutineEditorDialog(
            self.routines,
            self._catalogue,
            self,
            painful_foot=self._settings.painful_foot,
            data_folder=self._history.path.parent if self._history is not None else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()
        self.refresh_doses()

    def show_preferences(self) -> None:
        from footcare_gui.ui.preferences import PreferencesDialog

        assert self.audio is not None
        dialog = PreferencesDialog(
            self._settings,
            self.audio,
            self,
            catalogue=self._catalogue,
            notifications_available=self._notifications_available(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # and its connections with it
        dialog.exec()
        self.refresh_doses()  # the painful foot may have changed
        if self.desktop is not None:
            self.desktop.settings_changed()

    def _notifications_available(self) -> bool:
        """Whether the desktop's notification server can show reminders (ui/desktop.py)."""
        notifications = self.desktop.notifications if self.desktop is not None else None
        return notifications is not None and notifications.available

    def offer_welcome(self) -> None:
        """On the first start only: the welcome, over the main window. Not over a session or
        another dialog (the morning check of someone who used Footcare before it had a
        welcome): then at the next start."""
        if self._settings.welcome_shown or self.has_active_session():
            return
        if self._check_in is not None or QApplication.activeModalWidget() is not None:
            return
        self.show_welcome()

    def welcome_dialog(self, tray_available: bool | None = None) -> WelcomeDialog:
        """The welcome, built, not shown (tests drive it)."""
        from footcare_gui.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(
            self._settings,
            lambda: self.audio,
            self._catalogue,
            self,
            tray_available=tray_available,
            notifications_available=self._notifications_available(),
        )
        dialog.finished.connect(self._welcome_done)
        return dialog

    def show_welcome(self) -> None:
        dialog = self.welcome_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, without a nested event loop: a quit signal still quits

    def _welcome_done(self) -> None:
        self.refresh_doses()  # the painful foot may have been chosen
        if self.desktop is not None:
            self.desktop.settings_changed()  # reminders may be on now

    def show_safety_note(self) -> None:
        inform(self, self.tr("Safety note"), safety_note())

    def about_box(self) -> AboutDialog:
        """Version, where the exercises come from, the safety note and the licence, under the
        app's icon; built, not shown."""
        from PySide6.QtCore import QSize

        from footcare_gui.ui.about import AboutDialog
        from footcare_gui.ui.icons import app_icon

        text = translate("MainWindow", ABOUT_TEXT).format(
            version=__version__,
            source=translate("MainWindow", SOURCE_NOTE),
            safety=safety_note(),
            licence=translate("MainWindow", LICENCE_NOTE),
        )
        # At the screen's pixel ratio, so it is sharp on high-DPI screens.
        icon = app_icon().pixmap(QSize(64, 64), self.devicePixelRatioF())
        return AboutDialog(self.tr("About Footcare"), text, icon, self)

    def show_about(self) -> None:
        box = self.about_box()
        box.exec()
        box.deleteLater()

    # --- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.window_geometry = self.saveGeometry()
        if not self._quitting and self.desktop and self.desktop.keep_running_when_closed():
            event.ignore()  # reminders need the app; a running session carries on
            self.hide()
            return
        if self.has_active_session() and not self.session_view.request_stop():
            event.ignore()
            return
        if self._session_view is not None:
            self._session_view.abandon()
            self._session_view.flush_rating()  # a note typed just before closing is kept
        if self._check_in is not None:  # unanswered: as if skipped
            self._check_in.reject()
        self._settings.sync()
        event.accept()

    def quit_app(self) -> None:
        """Quit for real (File ▸ Quit, the tray): closing the window may only hide it."""
        self._quitting = True
        if self.has_active_session():
            self.bring_forward()
        if self.close():
            QApplication.quit()  # a hidden window's close does not end the app by itself
        else:
            self._quitting = False  # the user kept the session

    def quit_now(self) -> None:
        """Close without asking (a termination signal): the session ends as stopped early."""
        self._quitting = True
        if self._session_view is not None:
            self._session_view.abandon()
            self._session_view.flush_rating()
        self.close()
        QApplication.quit()
