"""The guided session: the live page while it runs, the summary page once it ends.

The view owns no timing. It shows the session's current state (worded by
core/session_presenter.py) whenever the driver says something changed, and turns clicks and
keys into session commands. The session controller (ui/session_controller.py) starts it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from footcare_gui.core.dose_view import Marked
from footcare_gui.core.session import SegmentSummary, Session, SessionState, Summary
from footcare_gui.core.session_presenter import (
    frame_of,
    is_routine,
    slept_text,
    step_announcement,
    summary_text,
)
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
from footcare_gui.ui.driver import SessionDriver
from footcare_gui.ui.prompts import DialogPrompts, Prompts
from footcare_gui.ui.session_live_page import LivePage
from footcare_gui.ui.session_summary_page import SummaryPage
from footcare_gui.ui.widgets.current_page_stack import CurrentPageStack
from footcare_gui.ui.widgets.screen_bound_scroll import ScreenBoundScroll

COUNT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown)
Command = Callable[[Session], object]


class SessionView(QWidget):
    """Shows one running session, then its summary."""

    back_to_list = Signal()
    again = Signal(str)  # exercise id
    after_rated = Signal(object, str)  # pain after (int or None) and note, as the user sets them
    full_screen_toggled = Signal(bool)  # the user asked for full screen (True) or to leave it
    feedback_given = Signal(object, object, str)  # difficulty, stop reason, its text (optional)

    def __init__(
        self,
        settings: Settings,
        audio: AudioCues | None = None,
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._settings = settings
        self._audio = audio
        self._prompts: Prompts = prompts or DialogPrompts()
        self._driver: SessionDriver | None = None
        self._announced: tuple[int, bool] | None = None  # (step index, paused) last announced
        self._full_screen = False
        self.live = LivePage()
        self.summary = SummaryPage()
        self._pages = CurrentPageStack(self)  # as small as the page shown allows
        # Each page whole where the screen has room, scrolled where it has none.
        live_room = ScreenBoundScroll(
            self.live,
            self.tr("Exercise session"),
            self.tr("The step now, its countdown and the session's controls"),
        )
        live_room.room_changed.connect(self.live.set_room)
        self._pages.addWidget(live_room)
        self._pages.addWidget(
            ScreenBoundScroll(
                self.summary, self.tr("Session summary"), self.tr("What was done, and how it felt")
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        self._connect_pages()
        self._shortcuts = self._install_shortcuts()

    def _connect_pages(self) -> None:
        live = self.live
        live.ring.clicked.connect(self._count)
        live.back_button.clicked.connect(lambda: self._command(Session.previous))
        live.pause_button.clicked.connect(self.toggle_pause)
        live.skip_button.clicked.connect(lambda: self._command(Session.skip))
        live.stop_button.clicked.connect(self.request_stop)
        live.previous_exercise_button.clicked.connect(
            lambda: self._exercise_command(Session.previous_exercise)
        )
        live.next_exercise_button.clicked.connect(
            lambda: self._exercise_command(Session.skip_exercise)
        )
        live.full_screen_button.clicked.connect(self._toggle_full_screen)
        live.mute_button.clicked.connect(self._toggle_mute)
        live.mute_button.setVisible(self._audio is not None)
        live.safety_ok.clicked.connect(self._acknowledge_safety_note)
        if self._audio is not None:
            self._audio.notice_changed.connect(live.show_audio_notice)
            self._audio.muted_changed.connect(self._show_muted)
            self._show_muted(self._audio.muted)
        summary = self.summary
        summary.after_rated.connect(self.after_rated)
        summary.feedback_given.connect(self.feedback_given)
        summary.again_requested.connect(self._again)
        summary.leave_requested.connect(self.back_to_list)

    def _install_shortcuts(self) -> list[QShortcut]:
        """The session's keys; they belong to the live page (on the summary, Space and Enter
        press the focused button as everywhere else)."""
        bindings: list[tuple[Qt.Key | str, Callable[[], object]]] = [
            (Qt.Key.Key_Space, self._space),
            (Qt.Key.Key_P, self.toggle_pause),
            (Qt.Key.Key_Right, lambda: self._command(Session.skip)),
            (Qt.Key.Key_Left, lambda: self._command(Session.previous)),
            ("Shift+Right", lambda: self._exercise_command(Session.skip_exercise)),
            ("Shift+Left", lambda: self._exercise_command(Session.previous_exercise)),
            (Qt.Key.Key_R, lambda: self._command(Session.restart_step)),
            (Qt.Key.Key_Escape, self._escape),
            (Qt.Key.Key_F11, self._toggle_full_screen),
            (Qt.Key.Key_M, self._toggle_mute),
            *((key, self._count) for key in COUNT_KEYS),
        ]
        shortcuts = []
        for key, slot in bindings:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            shortcuts.append(shortcut)
        return shortcuts

    # --- the session shown ---------------------------------------------------------------
    @property
    def driver(self) -> SessionDriver | None:
        return self._driver

    def segment_summaries(self) -> list[SegmentSummary]:
        """What became of each exercise of the session shown (one for a single exercise)."""
        return self._driver.session.segment_summaries() if self._driver else []

    def is_active(self) -> bool:
        """True while a session is under way (running or paused)."""
        if self._driver is None:
            return False
        state = self._driver.session.state
        return not state.ended and state is not SessionState.IDLE

    def show_doses(self, lines: dict[str, Marked]) -> None:
        """The dose line of each exercise the next session may do, by exercise id."""
        self.live.show_doses(lines)

    def run(self, driver: SessionDriver) -> None:
        """Show ``driver``'s session from now on (the controller starts it)."""
        if self._driver is not None:
            self.release(self._driver)
        self._driver = driver
        driver.refreshed.connect(self.refresh)
        driver.ended.connect(self._show_summary)
        driver.slept.connect(self._show_slept)
        driver.state_changed.connect(self._clear_session_notice)
        self._clear_session_notice()
        plan = driver.session.plan
        self.live.start(plan.exercise_name, is_routine(plan))
        self.summary.start(is_routine(plan))
        self._show_live(True)
        self.live.ring.setFocus()  # the countdown: named, with the value to read
        self._announced = None

    def release(self, driver: SessionDriver) -> None:
        """Stop showing ``driver``'s session (a new one comes)."""
        driver.refreshed.disconnect(self.refresh)
        driver.ended.disconnect(self._show_summary)
        driver.slept.disconnect(self._show_slept)
        driver.state_changed.disconnect(self._clear_session_notice)
        if driver is self._driver:
            self._driver = None

    def refresh(self) -> None:
        """Show the session as it is now (the driver calls it as something changes)."""
        if self._driver is None or self._driver.session.state.ended:
            return
        session = self._driver.session
        frame = frame_of(session)
        self.live.show_frame(frame, not self._settings.safety_note_acknowledged)
        self._announce_step(session, frame.paused)

    def _announce_step(self, session: Session, paused: bool) -> None:
        """Tell screen readers about a new step (or a pause) once; seconds ticking by are not
        news, and the countdown's value is there when asked for."""
        key = (session.index, paused)
        if key == self._announced:
            return
        resumed = self._announced is not None and self._announced[0] == session.index
        self._announced = key
        if paused:
            self.live.ring.announce(self.tr("Paused. Press Space to resume."))
        elif not resumed or session.step.timed:  # a resumed counted rep needs no reminder
            self.live.ring.announce(step_announcement(session))

    def _show_summary(self, summary: Summary) -> None:
        assert self._driver is not None
        plan = self._driver.session.plan
        parts = self.segment_summaries() if is_routine(plan) else []
        self.summary.show_summary(summary_text(plan, summary, parts), not summary.finished)
        self._show_live(False)
        self.summary.announce()

    def _show_live(self, live: bool) -> None:
        self._pages.setCurrentIndex(0 if live else 1)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(live)

    def show_record_status(self, text: str, ok: bool = True) -> None:
        self.summary.show_record_status(text, ok)

    def flush_rating(self) -> None:
        """Hand on a pain rating, feedback or note not yet handed on (the window is closing)."""
        self.summary.flush()

    # --- commands ------------------------------------------------------------------------
    def _command(self, command: Command) -> None:
        if not self.is_active():
            return
        assert self._driver is not None
        if not self._driver.catch_up():
            return  # it paused itself after a long stop: the user sees where they are first
        if self.is_active():
            command(self._driver.session)

    def _exercise_command(self, command: Command) -> None:
        """Skipping or going back a whole exercise only means something in a routine."""
        if self._driver is not None and is_routine(self._driver.session.plan):
            self._command(command)

    def toggle_pause(self) -> None:
        """Pause or resume (Space, P, the Pause button, the tray menu)."""
        self._command(Session.toggle)

    def _space(self) -> None:
        """Space counts a rep on counted steps, and pauses or resumes everywhere else."""
        session = self._driver.session if self._driver else None
        if session and session.step.counted and session.state is SessionState.RUNNING:
            self._count()
        else:
            self.toggle_pause()

    def _count(self) -> None:
        if self._driver is None or not self.is_active():
            return
        self._driver.catch_up()
        session = self._driver.session
        if session.state is SessionState.RUNNING and session.step.counted:
            session.count_rep()

    def request_stop(self) -> bool:
        """Ask before ending the session early; returns True if it was stopped."""
        if not self.is_active():
            return True
        assert self._driver is not None
        session = self._driver.session
        self._driver.catch_up()
        was_running = session.state is SessionState.RUNNING
        if was_running:
            session.pause()  # the clock must not run on while the user reads the question
        if self._prompts.confirm_stop(self):
            if self.is_active():
                session.stop()
            return True
        if was_running and session.state is SessionState.PAUSED:
            session.resume()
        return False

    def abandon(self) -> None:
        """End the session without asking (the app is quitting)."""
        if self._driver is None:
            return
        if self.is_active():
            self._driver.session.stop()
        self._driver.shutdown()

    def _show_slept(self, gap_ms: int) -> None:
        self.live.show_notice(slept_text(gap_ms))

    def _clear_session_notice(self, state: SessionState | None = None) -> None:
        if state is not SessionState.PAUSED:
            self.live.show_notice("")

    def _toggle_mute(self) -> None:
        if self._audio is not None:
            self._audio.set_muted(not self._audio.muted)

    def _show_muted(self, muted: bool) -> None:
        self.live.show_muted(muted, (self._audio.reason() if self._audio else None) or "")

    def _acknowledge_safety_note(self) -> None:
        self._settings.safety_note_acknowledged = True
        self.live.safety_banner.hide()

    def _again(self) -> None:
        if self._driver is not None:
            self.again.emit(self._driver.session.plan.exercise_id)

    # --- full screen ---------------------------------------------------------------------
    def is_full_screen(self) -> bool:
        return self._full_screen

    def set_full_screen(self, on: bool) -> None:
        self._full_screen = on
        self.live.set_full_screen(on)
        self.refresh()

    def full_screen_refused(self) -> None:
        self.live.show_notice(
            self.tr(
                "This desktop did not let Footcare fill the screen: the session is shown as "
                "large as the window allows. Maximise the window for more room."
            )
        )

    def _toggle_full_screen(self) -> None:
        self.full_screen_toggled.emit(not self._full_screen)

    def _escape(self) -> None:
        """Esc leaves full screen first; only then does it ask to stop."""
        if self._full_screen:
            self.full_screen_toggled.emit(False)
        else:
            self.request_stop()
