"""The main window: the exercise browser with Today, a session (one exercise or a routine),
and History.

Only the browser is built before the first paint. The session machinery (engine, driver,
session view, audio) is imported and built when the first session starts: start-up is the
first thing a user judges, and most launches begin by reading the list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.clock import Clock, MonotonicClock, local_now
from footcare_gui.core.history import SessionRecord, targets_for
from footcare_gui.core.plan import Painful, painful_from_setting
from footcare_gui.services.figures import figures_for
from footcare_gui.services.routine_book import RoutineBook
from footcare_gui.services.routine_store import RoutineStore
from footcare_gui.services.settings import Settings
from footcare_gui.ui.exercise_browser import ExerciseBrowser
from footcare_gui.ui.history_page import HistoryPage
from footcare_gui.ui.outcome_questions import OutcomeQuestions
from footcare_gui.ui.plain_text import plain_labels
from footcare_gui.ui.prompts import DialogPrompts, Prompts
from footcare_gui.ui.session_controller import SessionController
from footcare_gui.ui.session_starter import SessionStarter
from footcare_gui.ui.style import follow_palette
from footcare_gui.ui.today_keeper import TodayKeeper
from footcare_gui.ui.widgets.current_page_stack import CurrentPageStack
from footcare_gui.ui.window_dialogs import WindowDialogs
from footcare_gui.ui.window_full_screen import WindowFullScreen
from footcare_gui.ui.window_menus import build_menus

if TYPE_CHECKING:
    from footcare_gui.services.audio import AudioCues
    from footcare_gui.services.outcome_store import OutcomeStore
    from footcare_gui.services.store import HistoryStore
    from footcare_gui.ui.about import AboutDialog
    from footcare_gui.ui.driver import WakeTimer
    from footcare_gui.ui.idle_guard import SessionIdleGuard
    from footcare_gui.ui.session_view import SessionView
    from footcare_gui.ui.welcome import WelcomeDialog

APP_NAME = "Footcare"
TimerFactory = Callable[[QObject], "WakeTimer"]
AudioFactory = Callable[[], "AudioCues"]
WallClock = Callable[[], datetime]


class MainWindow(QMainWindow):
    settings_changed = Signal()  # preferences or the welcome changed what reminders follow

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
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
        idle_guard: SessionIdleGuard | None = None,
    ):
        """``audio`` is the audio service, or a function that makes it when first needed.

        ``history`` records each session that ends; without it nothing is recorded or shown.
        ``routines`` holds the user's routines and doses (from ``settings`` when not given).
        ``prompts`` asks the questions of a session (message boxes when not given).
        ``idle_guard`` keeps the screen awake during sessions (none: the desktop decides).
        """
        super().__init__(parent)
        self._catalogue = catalogue
        self._settings = settings
        self._clock = clock or MonotonicClock()
        self._audio = audio
        self._history = history
        self.wall_clock = wall_clock
        self.routines = routines or RoutineBook(RoutineStore(history, settings), catalogue)
        self._targets = targets_for(catalogue)
        self.prompts: Prompts = prompts or DialogPrompts()
        self.figures = figures_for(catalogue)  # the exercises' pictures, by exercise id
        self.sessions = SessionController(
            catalogue,
            self.painful_foot,
            settings,
            self._clock,
            timer_factory,
            lambda: self.audio,
            history,
            wall_clock,
            self.routines,
            self.records,
            lambda: self.questions.morning_checks(),
            self.prompts,
            figures=self.figures,
            idle_guard=idle_guard,
            parent=self,
        )
        self.sessions.view_created.connect(self._adopt_session_view)
        self.sessions.opening.connect(lambda _plan: self.pages.setCurrentWidget(self.session_view))
        self.sessions.ended.connect(self._session_ended)
        self.sessions.status.connect(lambda text: self.statusBar().showMessage(text, 30_000))
        self.sessions.doses_changed.connect(self.refresh_doses)
        self.starter = SessionStarter(self, self)
        self.full_screen = WindowFullScreen(self, self.sessions)
        self._quitting = False
        # Set by the tray (ui/desktop.py): closing hides the window while reminders are on.
        self.keep_running_when_closed: Callable[[], bool] = lambda: False
        self.history_page = HistoryPage(self, history, catalogue, settings)
        self.questions: OutcomeQuestions = OutcomeQuestions(
            self,
            history,
            settings,
            wall_clock,
            self.records,
            self._targets,
            self.has_active_session,
            self.prompts,
            lambda text, ms: self.statusBar().showMessage(text, ms),
        )
        self.questions.answered.connect(self._reload_history)
        self.setWindowTitle(APP_NAME)
        # Re-styled whenever the palette changes (the system switched to dark, say); charts and
        # the countdown read the palette as they paint.
        self._style = follow_palette(self)

        self.browser = ExerciseBrowser(catalogue, figures=self.figures)
        self.pages: QStackedWidget = CurrentPageStack()  # as small as the page shown allows
        # No minimum size is set on the window or its pages: one set by hand wins over what the
        # layouts need (a German routine's buttons, a session's countdown above its words), and
        # a user shrinking the window got one widget drawn over another.
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
        self.today = TodayKeeper(
            self.browser, history, self.routines, wall_clock, self._targets, self
        )
        self.today.new_day.connect(self._reload_history)
        self.dialogs = WindowDialogs(
            self,
            settings,
            catalogue,
            self.routines,
            lambda: self.audio,
            self.prompts,
            lambda: self.has_active_session() or self.questions.check_in_open(),
            history.path.parent if history is not None else None,
            self.figures,
        )
        self.dialogs.doses_changed.connect(self.refresh_doses)
        self.dialogs.settings_changed.connect(self.settings_changed)
        build_menus(self, self, history is not None, audio is not None)
        self.refresh_doses()
        self.refresh_today()

        geometry = settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(960, 680)
        self.browser.focus_list()  # arrow keys pick an exercise, Enter starts it

    @property
    def audio(self) -> AudioCues | None:
        if self._audio is not None and not isinstance(self._audio, QObject):
            self._audio = self._audio()  # the factory, called once
        return self._audio

    @property
    def session_view(self) -> SessionView:
        return self.sessions.view

    def _adopt_session_view(self, view: SessionView) -> None:
        # After the controller's own connections: the progression offer comes first.
        view.back_to_list.connect(self.show_browser)
        view.again.connect(self.start_exercise)
        view.full_screen_toggled.connect(self.set_full_screen)
        self.pages.addWidget(view)

    def has_active_session(self) -> bool:
        return self.sessions.is_active()

    # --- starting sessions -----------------------------------------------------------------
    def painful_foot(self) -> Painful:
        return painful_from_setting(self._settings.painful_foot)

    def start_exercise(self, exercise_id: str) -> None:
        self.starter.start_exercise(exercise_id)

    def start_routine(self, name: str | None = None) -> None:
        """Start the named routine (the first one when None)."""
        self.starter.start_routine(name)

    def show_title(self, title: str) -> None:
        """The window's title: the app's name and what it shows."""
        self.setWindowTitle(self.tr("{app} — {title}").format(app=APP_NAME, title=title))

    def set_full_screen(self, on: bool) -> None:
        """The session across the room (F11, the Full screen button); Esc or F11 comes back."""
        self.full_screen.set(on)

    def toggle_pause(self) -> None:
        self.sessions.toggle_pause()

    def _session_ended(self) -> None:
        self.set_full_screen(False)  # the summary asks for the user's answers
        self.refresh_today()  # (History, hidden behind the summary, reloads when it is shown)

    def records(self) -> list[SessionRecord]:
        """Every saved session; none when the history cannot be read (Today says why)."""
        return self.today.records()

    # --- outcomes: morning pain, missed days, goals (ui/outcome_questions.py) ---------------
    @property
    def outcomes(self) -> OutcomeStore | None:
        return self.questions.outcomes

    def offer_check_in(self) -> None:
        self.questions.offer_check_in()

    def show_goals(self) -> None:
        self.questions.show_goals()

    # --- Today -----------------------------------------------------------------------------
    def refresh_doses(self) -> None:
        doses = {i: self.routines.dose_for(i) for i in self._catalogue.ids()}
        self.browser.show_doses(doses, self.painful_foot())
        self.browser.today.show_routines(self.routines.names(), self.starter.last_routine or "")

    def refresh_today(self) -> None:
        """Today's progress and the streak; re-run after each session and at midnight."""
        self.today.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh_if_new_day()
            if self.pages.currentWidget() is self.browser:
                self.refresh_doses()  # a routine imported meanwhile (footcare --import-routine)
        super().changeEvent(event)

    def refresh_if_new_day(self) -> None:
        self.today.refresh_if_new_day()

    def _reload_history(self) -> None:
        self.history_page.reload_if_shown()

    # --- other pages and dialogs -----------------------------------------------------------
    def show_history(self) -> None:
        if self._history is None or self.has_active_session():
            return  # a running session stays in front; history can wait
        self.history_page.show().setFocus()
        self.show_title(self.tr("History"))

    def show_browser(self) -> None:
        self.history_page.leave()
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

    # --- dialogs (ui/window_dialogs.py) ------------------------------------------------------
    def offer_welcome(self) -> None:
        self.dialogs.offer_welcome()

    def welcome_dialog(self, tray_available: bool | None = None) -> WelcomeDialog:
        return self.dialogs.welcome_dialog(tray_available)

    def about_box(self) -> AboutDialog:
        return self.dialogs.about_box()

    def import_routine_file(self, path: str) -> None:
        self.dialogs.import_routine_file(path)

    # --- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.window_geometry = self.saveGeometry()
        if not self._quitting and self.keep_running_when_closed():
            event.ignore()  # reminders need the app; a running session carries on
            self.hide()
            return
        if not self.sessions.request_stop():
            event.ignore()
            return
        self.sessions.abandon()  # a note typed just before closing is kept
        self.questions.skip_check_in()  # unanswered: as if skipped
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
        self.sessions.abandon()
        self.close()
        QApplication.quit()
