"""The main window: the exercise browser, and the session view once a session starts.

Only the browser is built before the first paint. The session machinery (engine, driver,
session view, audio) is imported and built when the first session starts: start-up is the
first thing a user judges, and most launches begin by reading the list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from footcare_gui import __version__
from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.clock import Clock, MonotonicClock
from footcare_gui.services.settings import Settings
from footcare_gui.ui.exercise_browser import ExerciseBrowser
from footcare_gui.ui.style import SAFETY_NOTE, WINDOW_STYLESHEET

if TYPE_CHECKING:
    from footcare_gui.services.audio import AudioCues
    from footcare_gui.ui.driver import WakeTimer
    from footcare_gui.ui.session_view import SessionView

APP_NAME = "Footcare"
SOURCE_NOTE = (
    "The exercises and their doses follow a public patient-information text on metatarsalgia; "
    "the instructions are written in Footcare's own words."
)

TimerFactory = Callable[[QObject], "WakeTimer"]
AudioFactory = Callable[[], "AudioCues"]


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalogue: Catalogue,
        settings: Settings,
        clock: Clock | None = None,
        timer_factory: TimerFactory | None = None,
        audio: AudioCues | AudioFactory | None = None,
        parent: QWidget | None = None,
    ):
        """``audio`` is the audio service, or a function that makes it when first needed."""
        super().__init__(parent)
        self._catalogue = catalogue
        self._settings = settings
        self._clock = clock or MonotonicClock()
        self._timer_factory = timer_factory
        self._audio = audio
        self._session_view: SessionView | None = None
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)
        self.setStyleSheet(WINDOW_STYLESHEET)

        self.browser = ExerciseBrowser(catalogue)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.browser)
        self.setCentralWidget(self.pages)
        self.browser.start_requested.connect(self.start_exercise)
        self._build_menus()

        geometry = settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(960, 680)
        self.browser.focus_list()  # arrow keys pick an exercise, Enter starts it

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
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
        self.browser.select(exercise_id)
        self.pages.setCurrentWidget(self.session_view)
        self.setWindowTitle(f"{APP_NAME} — {exercise.name}")
        self.session_view.run(driver)

    def show_browser(self) -> None:
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
        self._settings.window_geometry = self.saveGeometry()
        self._settings.sync()
        event.accept()

    def quit_now(self) -> None:
        """Close without asking (a termination signal): the session ends as stopped early."""
        if self._session_view is not None:
            self._session_view.abandon()
        self.close()
