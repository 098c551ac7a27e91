"""The main window: the exercise browser, and the session view once a session starts.

Only the browser is built before the first paint. The session machinery (engine, driver,
session view, audio) is imported and built when the first session starts: start-up is the
first thing a user judges, and most launches begin by reading the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from footcare_gui import __version__
from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.clock import Clock, MonotonicClock
from footcare_gui.core.history import (
    SessionRecord,
    done_by_exercise,
    record_from_summary,
    streak,
    targets_for,
)
from footcare_gui.services.settings import Settings
from footcare_gui.ui.exercise_browser import ExerciseBrowser
from footcare_gui.ui.style import SAFETY_NOTE, WINDOW_STYLESHEET

if TYPE_CHECKING:
    from footcare_gui.core.session import Summary
    from footcare_gui.services.audio import AudioCues
    from footcare_gui.services.store import HistoryStore
    from footcare_gui.ui.driver import WakeTimer
    from footcare_gui.ui.history_view import HistoryView
    from footcare_gui.ui.session_view import SessionView

APP_NAME = "Footcare"
SOURCE_NOTE = (
    "The exercises and their doses follow a public patient-information text on metatarsalgia; "
    "the instructions are written in Footcare's own words."
)

TimerFactory = Callable[[QObject], "WakeTimer"]
AudioFactory = Callable[[], "AudioCues"]
WallClock = Callable[[], datetime]


def local_now() -> datetime:
    """Wall-clock time in the time zone in force now: what a session's day is judged by."""
    return datetime.now().astimezone()


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
        parent: QWidget | None = None,
    ):
        """``audio`` is the audio service, or a function that makes it when first needed.

        ``history`` records each session that ends; without it nothing is recorded or shown.
        """
        super().__init__(parent)
        self._catalogue = catalogue
        self._settings = settings
        self._clock = clock or MonotonicClock()
        self._timer_factory = timer_factory
        self._audio = audio
        self._history = history
        self._wall_clock = wall_clock
        self._targets = targets_for(catalogue)
        self._last_record: SessionRecord | None = None  # the summary's pain and note update it
        self._session_view: SessionView | None = None
        self._history_view: HistoryView | None = None
        # The midnight timer runs on a clock that stops while the computer sleeps: coming back
        # to the app also checks whether the day has changed.
        self._midnight = QTimer(self, singleShot=True)
        self._midnight.timeout.connect(self._new_day)
        self._shown_day = wall_clock().date()
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)
        self.setStyleSheet(WINDOW_STYLESHEET)

        self.browser = ExerciseBrowser(catalogue)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.browser)
        self.setCentralWidget(self.pages)
        self.browser.start_requested.connect(self.start_exercise)
        self.browser.today.history_requested.connect(self.show_history)
        self.browser.today.setVisible(history is not None)
        if history is not None:
            self.browser.today.show_notice(history.notice)
        self._build_menus()
        self.refresh_today()

        geometry = settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(960, 680)
        self.browser.focus_list()  # arrow keys pick an exercise, Enter starts it

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        if self._history is not None:
            history = QAction("&History…", self, shortcut=QKeySequence("Ctrl+H"))
            history.triggered.connect(self.show_history)
            file_menu.addAction(history)
        if self._audio is not None:
            preferences = QAction("&Preferences…", self, shortcut=QKeySequence("Ctrl+,"))
            preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
            preferences.triggered.connect(self.show_preferences)
            file_menu.addAction(preferences)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        safety = QAction("&Safety note", self)
        safety.triggered.connect(self.show_safety_note)
        help_menu.addAction(safety)
        about = QAction("&About Footcare", self)
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

            view = SessionView(self._settings, self.audio)
            view.back_to_list.connect(self.show_browser)
            view.again.connect(self.start_exercise)
            view.after_rated.connect(self._rate_after)
            self.pages.addWidget(view)
            self._session_view = view
        return self._session_view

    def has_active_session(self) -> bool:
        return self._session_view is not None and self._session_view.is_active()

    # --- navigation ----------------------------------------------------------------------
    def start_exercise(self, exercise_id: str) -> None:
        from footcare_gui.core.plan import build_plan
        from footcare_gui.core.session import Session
        from footcare_gui.ui.driver import SessionDriver

        exercise = self._catalogue.get(exercise_id)
        session = Session(build_plan(exercise), self._clock)
        timer = self._timer_factory(self) if self._timer_factory else None
        driver = SessionDriver(session, timer, parent=self)
        pain_before = self.browser.take_pain_before()
        self.browser.select(exercise_id)
        self.pages.setCurrentWidget(self.session_view)
        self.setWindowTitle(f"{APP_NAME} — {exercise.name}")
        self.session_view.run(driver)
        # After the view's own connection: the summary is on screen when the save result comes.
        driver.ended.connect(partial(self._record, self._wall_clock(), pain_before))

    # --- history -------------------------------------------------------------------------
    def _record(self, started_at: datetime, pain_before: int | None, summary: Summary) -> None:
        self._last_record = None
        if self._history is None:
            return
        from footcare_gui.services.store import StoreError

        record = record_from_summary(summary, started_at, pain_before)
        try:
            self._last_record = self._history.add(record)
        except StoreError as error:
            self._show_record_status(f"This session could not be saved to your history. {error}")
        else:
            self._show_record_status("")
        self.refresh_today()

    def _rate_after(self, pain: int | None, note: str) -> None:
        if self._history is None or self._last_record is None:
            return
        from footcare_gui.services.store import StoreError

        updated = replace(self._last_record, pain_after=pain, note=note)
        try:
            self._history.update(updated)
        except StoreError as error:
            self._show_record_status(f"Your rating and note could not be saved. {error}")
        else:
            self._last_record = updated
            self._show_record_status("")
        if self._history_view is not None:
            self._history_view.reload()

    def _show_record_status(self, problem: str) -> None:
        if self._session_view is not None:
            if problem:
                self._session_view.show_record_status(problem, ok=False)
            else:
                self._session_view.show_record_status("Saved to your history.")

    def refresh_today(self) -> None:
        """Today's progress and the streak; re-run after each session and at midnight."""
        from footcare_gui.services.store import StoreError

        now = self._wall_clock()
        self._shown_day = now.date()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
        self._midnight.start(max(1000, int((tomorrow - now).total_seconds() * 1000) + 1000))
        if self._history is None:
            return
        try:
            records = self._history.sessions()
        except StoreError as error:  # the last figures stay; the reason is shown
            self.browser.today.show_notice(f"The history could not be read. {error}")
            return
        self.browser.today.show_notice(self._history.notice)
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
        super().changeEvent(event)

    def refresh_if_new_day(self) -> None:
        if self._wall_clock().date() != self._shown_day:
            self._new_day()

    def _new_day(self) -> None:
        self.refresh_today()
        if self._history_view is not None and self._history_view.isVisible():
            self._history_view.reload()

    def show_history(self) -> None:
        if self._history is None or self.has_active_session():
            return  # a running session stays in front; history can wait
        if self._history_view is None:
            from footcare_gui.ui.history_view import HistoryView

            view = HistoryView(self._history, self._catalogue, self._wall_clock)
            view.back_requested.connect(self.show_browser)
            view.changed.connect(self.refresh_today)
            self.pages.addWidget(view)
            self._history_view = view
        self._history_view.reload()
        self.pages.setCurrentWidget(self._history_view)
        self.setWindowTitle(f"{APP_NAME} — History")
        self._history_view.setFocus()

    def show_browser(self) -> None:
        if self._history_view is not None:
            self._history_view.forget_undo()
        self.pages.setCurrentWidget(self.browser)
        self.setWindowTitle(APP_NAME)
        self.browser.focus_list()

    def show_preferences(self) -> None:
        from footcare_gui.ui.preferences import PreferencesDialog

        assert self.audio is not None
        dialog = PreferencesDialog(self._settings, self.audio, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # and its connections with it
        dialog.exec()

    def show_safety_note(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, "Safety note", SAFETY_NOTE)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            "About Footcare",
            f"<h3>Footcare {__version__}</h3>"
            "<p>Counts the seconds of your foot exercises so you don't have to.</p>"
            f"<p>{SOURCE_NOTE}</p><p>{SAFETY_NOTE}</p><p>MIT licence.</p>",
        )

    # --- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.has_active_session() and not self.session_view.request_stop():
            event.ignore()
            return
        if self._session_view is not None:
            self._session_view.abandon()
            self._session_view.flush_rating()  # a note typed just before closing is kept
        self._settings.window_geometry = self.saveGeometry()
        self._settings.sync()
        event.accept()

    def quit_now(self) -> None:
        """Close without asking (a termination signal): the session ends as stopped early."""
        if self._session_view is not None:
            self._session_view.abandon()
            self._session_view.flush_rating()
        self.close()
