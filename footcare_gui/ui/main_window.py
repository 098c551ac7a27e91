"""The main window: the exercise browser, and the session view once a session starts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from footcare_gui import __version__
from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.clock import Clock, MonotonicClock
from footcare_gui.core.plan import build_plan
from footcare_gui.core.session import Session
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
from footcare_gui.ui.driver import SessionDriver, WakeTimer
from footcare_gui.ui.exercise_browser import ExerciseBrowser
from footcare_gui.ui.preferences import PreferencesDialog
from footcare_gui.ui.session_view import SessionView
from footcare_gui.ui.style import SAFETY_NOTE, WINDOW_STYLESHEET

APP_NAME = "Footcare"
SOURCE_NOTE = (
    "The exercises and their doses follow a public patient-information text on metatarsalgia; "
    "the instructions are written in Footcare's own words."
)

TimerFactory = Callable[[QObject], WakeTimer]


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalogue: Catalogue,
        settings: Settings,
        clock: Clock | None = None,
        timer_factory: TimerFactory | None = None,
        audio: AudioCues | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._catalogue = catalogue
        self._settings = settings
        self._clock = clock or MonotonicClock()
        self._timer_factory = timer_factory
        self.audio = audio
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)
        self.setStyleSheet(WINDOW_STYLESHEET)

        self.browser = ExerciseBrowser(catalogue)
        self.session_view = SessionView(settings, audio)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.browser)
        self.pages.addWidget(self.session_view)
        self.setCentralWidget(self.pages)

        self.browser.start_requested.connect(self.start_exercise)
        self.session_view.back_to_list.connect(self.show_browser)
        self.session_view.again.connect(self.start_exercise)
        self._build_menus()

        geometry = settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(960, 680)
        self.browser.focus_list()  # arrow keys pick an exercise, Enter starts it

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        if self.audio is not None:
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

    # --- navigation ----------------------------------------------------------------------
    def start_exercise(self, exercise_id: str) -> None:
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
        assert self.audio is not None
        PreferencesDialog(self._settings, self.audio, self).exec()

    def show_safety_note(self) -> None:
        QMessageBox.information(self, "Safety note", SAFETY_NOTE)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Footcare",
            f"<h3>Footcare {__version__}</h3>"
            "<p>Counts the seconds of your foot exercises so you don't have to.</p>"
            f"<p>{SOURCE_NOTE}</p><p>{SAFETY_NOTE}</p><p>MIT licence.</p>",
        )

    # --- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session_view.is_active() and not self.session_view.request_stop():
            event.ignore()
            return
        self.session_view.abandon()
        self._settings.window_geometry = self.saveGeometry()
        self._settings.sync()
        event.accept()

    def quit_now(self) -> None:
        """Close without asking (a termination signal): the session ends as stopped early."""
        self.session_view.abandon()
        self.close()
