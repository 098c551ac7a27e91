"""The guided session: big countdown, what to do now, where you are, what comes next.

The view owns no timing. It renders the session's current state whenever the driver says
something changed, and turns clicks and keys into session commands.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.describe import clock_text, position_text, seconds_shown, step_brief
from footcare_gui.core.dose_view import Marked
from footcare_gui.core.figure import Figure
from footcare_gui.core.history import NOTE_MAX_CHARS
from footcare_gui.core.i18n import Context
from footcare_gui.core.outcome import SessionOutcome
from footcare_gui.core.plan import Foot, Plan, Step
from footcare_gui.core.session import (
    SegmentStatus,
    SegmentSummary,
    Session,
    SessionState,
    StepChange,
    Summary,
)
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
from footcare_gui.ui.driver import SessionDriver
from footcare_gui.ui.focus import tab_chain
from footcare_gui.ui.session_feedback import SessionFeedbackPanel
from footcare_gui.ui.style import (
    KIND_COLOURS,
    PAUSED_COLOUR,
    kind_chip_stylesheet,
    kind_word,
    relative_font,
    safety_note,
)
from footcare_gui.ui.widgets.countdown_ring import CountdownRing, send_announcement
from footcare_gui.ui.widgets.figure_view import FigureView
from footcare_gui.ui.widgets.pain_scale import PainScale

COUNT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown)
# A word and a symbol for each outcome, so it never rests on colour alone.
STATUS_MARKS = {
    SegmentStatus.DONE: "\N{CHECK MARK}",
    SegmentStatus.PARTLY: "\N{CIRCLE WITH LEFT HALF BLACK}",
    SegmentStatus.SKIPPED: "\N{EN DASH}",
}
# Sizes relative to the system's font (9 pt on most desktops), so text grows when the user
# asks for larger text; the live page also grows them with the window.
LIVE_FONT_FACTORS = {
    "step_label": 2.4,
    "instruction": 1.45,
    "position": 1.45,
    "next_up": 1.2,
    "title": 1.65,
    "routine_position": 1.45,
    "time_left": 1.65,
}
SUMMARY_FONT_FACTORS = {"summary_title": 2.9, "summary_text": 1.55, "routine_summary": 1.55}
BOLD_LABELS = {"step_label", "title", "time_left", "summary_title"}
# How the picture names the working foot (a step with no foot works both).
FOOT_WORDS = {Foot.LEFT: "left", Foot.RIGHT: "right", Foot.AFFECTED: "painful"}
# Full screen: font sizes as shares of the view's height. At 768 px the phase word is 73 px,
# its capitals about 52 px (13 mm on a 15.6" laptop screen): readable at 3 m, where a rule of
# thumb asks for 1 mm of letter height per 250 mm of distance (12 mm).
FULL_SCREEN_SHARES = {"kind_chip": 0.095, "next_up": 0.05, "position": 0.035}
# The texts of the module's functions (the view's own go through self.tr).
SessionText = Context("SessionText")


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
        parent: QWidget | None = None,
        figures: Mapping[str, Figure] | None = None,
    ):
        super().__init__(parent)
        self._settings = settings
        self._figures = dict(figures or {})  # the exercises' pictures, by exercise id
        self._audio = audio
        self._driver: SessionDriver | None = None
        self._last_rated: tuple[int | None, str] = (None, "")
        self._announced: tuple[int, bool] | None = None  # (step index, paused) last announced
        self._full_screen = False
        self._time_left_minutes: int | None = None  # what the time-left label last told AT
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._build_live_page())
        self._pages.addWidget(self._build_summary_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        self._install_shortcuts()

    # --- building ------------------------------------------------------------------------
    def _build_live_page(self) -> QWidget:
        page = QWidget()
        # The header's texts wrap rather than widen the window (a long routine name, German).
        self.title = QLabel(objectName="sessionTitle", wordWrap=True)
        self.routine_position = QLabel(objectName="routinePosition", wordWrap=True)
        self.routine_position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.routine_position.hide()
        self.time_left = QLabel(objectName="timeLeft")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The dose being done, the user's own, with any value outside its range marked.
        self.dose_label = QLabel(objectName="sessionDose", wordWrap=True)
        self.dose_label.setTextFormat(Qt.TextFormat.PlainText)
        self._dose_lines: dict[str, Marked] = {}
        self._dose_shown_for = ""
        # A fixed name: its text changes each second, and a name change is an event a screen
        # reader may speak. The description follows, once a minute (see _show_time_left).
        self.time_left.setAccessibleName(self.tr("Time left in the session"))
        self.overall = QProgressBar(textVisible=False, maximum=1000)
        self.overall.setFixedHeight(8)
        self.overall.setAccessibleName(self.tr("Session progress"))

        self.safety_banner = QFrame(objectName="safetyBanner")
        banner_text = QLabel(safety_note(), wordWrap=True)
        banner_ok = self.safety_ok = QPushButton(self.tr("Got it"), objectName="safetyOk")
        banner_ok.setToolTip(self.tr("Hide this note for future sessions (it stays under Help)"))
        banner_ok.setAccessibleDescription(
            self.tr("Hide the safety note for future sessions; it stays under Help")
        )
        banner_ok.clicked.connect(self._acknowledge_safety_note)
        banner_layout = QHBoxLayout(self.safety_banner)
        banner_layout.addWidget(banner_text, 1)
        banner_layout.addWidget(banner_ok)
        self.safety_banner.hide()

        self.kind_chip = QLabel(objectName="kindChip")
        self.kind_chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step_label = QLabel(objectName="stepLabel", wordWrap=True)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ring = CountdownRing()
        self.ring.clicked.connect(self._count)
        # The movement beside the countdown; hidden for an exercise without pictures.
        self.figure = FigureView(minimum=160)
        self.figure.setObjectName("sessionFigure")
        self.figure.hide()
        self.instruction = QLabel(objectName="instruction", wordWrap=True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position = QLabel(objectName="position")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_up = QLabel(objectName="nextUp", wordWrap=True)
        self.next_up.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # The arrows are decoration: screen readers get the words alone.
        back, skip = self.tr("Back"), self.tr("Skip")
        self.back_button = self._control(
            f"◀  {back}", self.tr("Go back to the previous step (Left)"), back
        )
        self.pause_button = self._control(self.tr("Pause"), self.tr("Pause the timer (Space)"))
        self.skip_button = self._control(
            f"{skip}  ▶", self.tr("Skip to the next step (Right)"), skip
        )
        self.stop_button = self._control(self.tr("Stop"), self.tr("Stop the session (Esc)"))
        self.back_button.clicked.connect(lambda: self._command("previous"))
        self.pause_button.clicked.connect(self._toggle_pause)
        self.skip_button.clicked.connect(lambda: self._command("skip"))
        self.stop_button.clicked.connect(self.request_stop)
        previous, following = self.tr("Previous exercise"), self.tr("Next exercise")
        self.previous_exercise_button = self._control(
            f"◀◀  {previous}",
            self.tr("Start this exercise again, or go to the one before (Shift+Left)"),
            previous,
        )
        self.next_exercise_button = self._control(
            f"{following}  ▶▶", self.tr("Skip the rest of this exercise (Shift+Right)"), following
        )
        self.previous_exercise_button.clicked.connect(
            lambda: self._exercise_command("previous_exercise")
        )
        self.next_exercise_button.clicked.connect(lambda: self._exercise_command("skip_exercise"))
        self._routine_widgets: tuple[QWidget, ...] = (
            self.routine_position,
            self.previous_exercise_button,
            self.next_exercise_button,
        )
        self.full_screen_button = self._control(
            self.tr("Full screen"),
            self.tr("Fill the screen, to read it from across the room (F11)"),
        )
        self.full_screen_button.setObjectName("fullScreenButton")
        self.full_screen_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.full_screen_button.setCheckable(True)
        self.full_screen_button.clicked.connect(
            lambda: self.full_screen_toggled.emit(not self._full_screen)
        )
        self.mute_button = self._control(self.tr("Mute"), self.tr("Turn the sounds off (M)"))
        self.mute_button.setCheckable(True)
        self.mute_button.clicked.connect(self._toggle_mute)
        self.mute_button.setVisible(self._audio is not None)
        self.audio_notice = QLabel(objectName="audioNotice", wordWrap=True)
        self.audio_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.audio_notice.hide()
        self.session_notice = QLabel(objectName="sessionNotice", wordWrap=True)
        self.session_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.session_notice.hide()
        if self._audio is not None:
            self._audio.notice_changed.connect(self._show_audio_notice)
            self._audio.muted_changed.connect(self._show_muted)
            self._show_muted(self._audio.muted)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.routine_position, 1)
        header.addWidget(self.time_left)
        header.addWidget(self.full_screen_button)  # up here: the row below is full in German
        controls = QHBoxLayout()
        controls.addStretch(1)
        in_order = (
            self.previous_exercise_button,
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.next_exercise_button,
            self.stop_button,
            self.mute_button,
        )
        for button in in_order:
            controls.addWidget(button)
        controls.addStretch(1)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(self.dose_label)
        layout.addWidget(self.overall)
        layout.addWidget(self.safety_banner)
        layout.addWidget(self.session_notice)
        layout.addSpacing(8)
        layout.addWidget(self.kind_chip, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.step_label)
        # The stage: the countdown, and beside it the exercise's picture (large in full screen).
        self.stage = QHBoxLayout()
        self.stage.addWidget(self.ring, 1)
        self.stage.addWidget(self.figure, 1)
        layout.addLayout(self.stage, 1)
        layout.addWidget(self.instruction)
        layout.addWidget(self.position)
        layout.addWidget(self.next_up)
        layout.addSpacing(8)
        layout.addLayout(controls)
        layout.addWidget(self.audio_notice)
        # Tab follows the screen, left to right, not the order the buttons were made in.
        tab_chain(banner_ok, *in_order, self.full_screen_button)
        return page

    def _control(self, text: str, tip: str, name: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        if name:
            button.setAccessibleName(name)
        button.setMinimumHeight(40)
        # Seven of them in a routine: with a longer translation they must still fit side by
        # side in the default window (the test with the pseudo-translation checks it).
        button.setMinimumWidth(100)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return button

    def _build_summary_page(self) -> QWidget:
        page = QWidget()
        self.summary_title = QLabel(objectName="summaryTitle")
        self.summary_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_text = QLabel(objectName="summaryText", wordWrap=True)
        self.summary_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.routine_summary = QLabel(objectName="routineSummary", wordWrap=True)
        self.routine_summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.routine_summary.hide()
        self.pain_after = PainScale(self.tr("Pain now (optional):"))
        self.pain_after.changed.connect(self._rated_after)
        self.note = QLineEdit(objectName="sessionNote", maxLength=NOTE_MAX_CHARS)
        self.note.setPlaceholderText(
            self.tr("A note for your log (optional), e.g. how the foot felt")
        )
        self.note.setAccessibleName(self.tr("Note about this session"))
        self.note.setAccessibleDescription(
            self.tr("Optional. Saved in your log when you leave the field or the summary")
        )
        self.note.editingFinished.connect(self._rated_after)
        self.record_status = QLabel(objectName="recordStatus", wordWrap=True)
        self.record_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        rating = QVBoxLayout()
        rating.addWidget(self.pain_after, 0, Qt.AlignmentFlag.AlignHCenter)
        self.feedback = SessionFeedbackPanel()
        self.feedback.changed.connect(self.feedback_given)
        rating.addWidget(self.feedback)
        rating.addWidget(self.note)
        rating_row = QHBoxLayout()
        rating_row.addStretch(1)
        rating_row.addLayout(rating, 4)
        rating_row.addStretch(1)
        self.again_button = self._control(
            self.tr("Do it again"), self.tr("Start the same exercise again")
        )
        self.again_button.clicked.connect(self._again)
        self.done_button = self._control(
            self.tr("Back to exercises"), self.tr("Return to the list")
        )
        self.done_button.clicked.connect(self._leave_summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_text)
        layout.addWidget(self.routine_summary)
        layout.addSpacing(16)
        layout.addLayout(rating_row)
        layout.addWidget(self.record_status)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(2)
        tab_chain(
            self.pain_after,
            *self.feedback.focus_chain(),
            self.note,
            self.again_button,
            self.done_button,
        )
        return page

    def _install_shortcuts(self) -> None:
        self._shortcuts: list[QShortcut] = []

        def bind(key: Qt.Key | str, slot: object) -> None:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

        bind(Qt.Key.Key_Space, self._space)
        bind(Qt.Key.Key_P, self._toggle_pause)
        bind(Qt.Key.Key_Right, lambda: self._command("skip"))
        bind(Qt.Key.Key_Left, lambda: self._command("previous"))
        bind("Shift+Right", lambda: self._exercise_command("skip_exercise"))
        bind("Shift+Left", lambda: self._exercise_command("previous_exercise"))
        bind(Qt.Key.Key_R, lambda: self._command("restart_step"))
        bind(Qt.Key.Key_Escape, self._escape)
        bind(Qt.Key.Key_F11, lambda: self.full_screen_toggled.emit(not self._full_screen))
        bind(Qt.Key.Key_M, self._toggle_mute)
        for key in COUNT_KEYS:
            bind(key, self._count)

    # --- running a session ---------------------------------------------------------------
    @property
    def driver(self) -> SessionDriver | None:
        return self._driver

    def segment_summaries(self) -> list[SegmentSummary]:
        """What became of each exercise of the session shown (one for a single exercise)."""
        return self._driver.session.segment_summaries() if self._driver else []

    def is_active(self) -> bool:
        """True while a session is under way (running or paused)."""
        return (
            self._driver is not None
            and not self._driver.session.state.ended
            and (self._driver.session.state is not SessionState.IDLE)
        )

    def show_doses(self, lines: dict[str, Marked]) -> None:
        """The dose line of each exercise the next session may do, by exercise id."""
        self._dose_lines = dict(lines)

    def _show_dose(self, exercise_id: str) -> None:
        self._dose_shown_for = exercise_id
        line = self._dose_lines.get(exercise_id)
        self.dose_label.setVisible(line is not None and not self._full_screen)
        if line is not None:
            self.dose_label.setText(self.tr("Your dose: {dose}").format(dose=line.shown))
            self.dose_label.setAccessibleName(self.tr("Your dose: {dose}").format(dose=line.spoken))

    def run(self, driver: SessionDriver) -> None:
        self._release_driver()
        self._driver = driver
        driver.refreshed.connect(self._render)
        driver.ended.connect(self._show_summary)
        driver.slept.connect(self._show_slept)
        driver.state_changed.connect(self._clear_session_notice)
        driver.step_changed.connect(self._show_movement)
        self.figure.use_clock(driver.session.clock)
        self.figure.set_figure(None)
        self._clear_session_notice()
        if self._audio is not None:
            driver.cue.connect(self._audio.handle)
            self._audio.prepare()
        plan = driver.session.plan
        self.title.setText(plan.exercise_name)
        routine = _is_routine(plan)
        for widget in self._routine_widgets:
            widget.setVisible(routine)
        self.again_button.setToolTip(
            self.tr("Start the same routine again")
            if routine
            else self.tr("Start the same exercise again")
        )
        self._show_page(0)
        self.ring.setFocus()  # the countdown: named, with the value to read
        self._announced = None
        self._time_left_minutes = None
        driver.start()
        self._render()

    def _show_movement(self, change: StepChange) -> None:
        """The picture of the new step: eased into from the last one (a still at the start,
        on a change of foot, or with reduced motion), then still for as long as the step."""
        if self._driver is None:
            return
        plan = self._driver.session.plan
        step = change.step
        segment = plan.segment_of(step)
        figure = self._figures.get(segment.exercise_id)
        self.figure.setVisible(figure is not None)
        if figure is None:
            self.figure.set_figure(None)
            return
        self.figure.set_figure(figure, FOOT_WORDS.get(step.position.foot, "right"))
        self.figure.reduce_motion = self._settings.reduce_motion
        name = self.tr("Picture: {exercise}, {step}").format(
            exercise=segment.exercise_name, step=step.label
        )
        keyframes = figure.keyframes_for(step)
        if change.previous is None or self.figure.pose is None:
            self.figure.show_pose(keyframes[-1], name)
        else:
            self.figure.move_through(keyframes, name, change.at_ms)

    def _command(self, name: str) -> None:
        if not self.is_active():
            return
        assert self._driver is not None
        if not self._driver.catch_up():
            return  # it paused itself after a long stop: the user sees where they are first
        if self.is_active():
            getattr(self._driver.session, name)()

    def _exercise_command(self, name: str) -> None:
        """Skipping or going back a whole exercise only means something in a routine."""
        if self._driver is not None and _is_routine(self._driver.session.plan):
            self._command(name)

    def toggle_pause(self) -> None:
        """Pause or resume (Space, P, the Pause button, the tray menu)."""
        self._command("toggle")

    _toggle_pause = toggle_pause

    def _space(self) -> None:
        """Space counts a rep on counted steps, and pauses or resumes everywhere else."""
        if (
            self._driver
            and self._driver.session.step.counted
            and (self._driver.session.state is SessionState.RUNNING)
        ):
            self._count()
        else:
            self._toggle_pause()

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
        answer = QMessageBox.question(
            self,
            self.tr("Stop the session?"),
            self.tr("Stop this session now? What you have done so far is kept in the summary."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            if self.is_active():
                session.stop()
            return True
        if was_running and session.state is SessionState.PAUSED:
            session.resume()
        return False

    def _release_driver(self) -> None:
        """Let go of the previous session entirely: no timer, no signals, no object left."""
        old, self._driver = self._driver, None
        if old is None:
            return
        if not old.session.state.ended and old.session.state is not SessionState.IDLE:
            old.session.stop()
        old.shutdown()
        old.refreshed.disconnect(self._render)
        old.ended.disconnect(self._show_summary)
        old.slept.disconnect(self._show_slept)
        old.state_changed.disconnect(self._clear_session_notice)
        old.step_changed.disconnect(self._show_movement)
        if self._audio is not None:
            old.cue.disconnect(self._audio.handle)
        old.deleteLater()

    def abandon(self) -> None:
        """End the session without asking (the app is quitting)."""
        if self._driver is None:
            return
        if self.is_active():
            self._driver.session.stop()
        self._driver.shutdown()

    def _show_slept(self, gap_ms: int) -> None:
        minutes = round(gap_ms / 60_000)
        if minutes == 1:
            text = self.tr(
                "Paused: the computer was asleep for about a minute. Press Space to carry on."
            )
        else:
            text = SessionText.tr(
                "Paused: the computer was asleep for about %n minute(s). Press Space to carry on.",
                None,
                minutes,
            )
        self.session_notice.setText(text)
        self.session_notice.show()

    def _clear_session_notice(self, state: SessionState | None = None) -> None:
        if state is not SessionState.PAUSED:
            self.session_notice.hide()
        if state in (SessionState.PAUSED, SessionState.STOPPED) and self._audio is not None:
            self._audio.silence()  # a prompt must not talk on into a pause

    def _toggle_mute(self) -> None:
        if self._audio is not None:
            self._audio.set_muted(not self._audio.muted)

    def _show_muted(self, muted: bool) -> None:
        self.mute_button.setChecked(muted)
        self.mute_button.setText(self.tr("Unmute") if muted else self.tr("Mute"))
        tip = self.tr("Turn the sounds on (M)") if muted else self.tr("Turn the sounds off (M)")
        self.mute_button.setToolTip(tip)
        self.mute_button.setAccessibleDescription(tip)
        self._show_audio_notice(self._audio.notice() if self._audio else "")

    def _show_audio_notice(self, notice: str) -> None:
        self.audio_notice.setText(notice)
        self.audio_notice.setVisible(bool(notice))

    def _acknowledge_safety_note(self) -> None:
        self._settings.safety_note_acknowledged = True
        self.safety_banner.hide()

    def _again(self) -> None:
        if self._driver is not None:
            self._rated_after()
            self.again.emit(self._driver.session.plan.exercise_id)

    def _leave_summary(self) -> None:
        self._rated_after()
        self.back_to_list.emit()

    def flush_rating(self) -> None:
        """Hand on a pain rating or note not yet handed on (the window is closing)."""
        self._rated_after()
        if self._pages.currentIndex() == 1:
            self.feedback.flush()

    def _rated_after(self, *_: object) -> None:
        """Pain and note go to the log as soon as they are given: nothing waits for a button."""
        if self._pages.currentIndex() == 1:
            rated = (self.pain_after.value(), self.note.text().strip())
            if rated != self._last_rated:
                self._last_rated = rated
                self.after_rated.emit(*rated)

    def show_record_status(self, text: str, ok: bool = True) -> None:
        self.record_status.setText(text)
        # The window's style sheet colours a problem for the palette (the words say it too).
        self.record_status.setProperty("problem", not ok)
        self.record_status.style().unpolish(self.record_status)
        self.record_status.style().polish(self.record_status)

    # --- rendering -----------------------------------------------------------------------
    def _render(self) -> None:
        if self._driver is None or self._driver.session.state.ended:
            return
        session = self._driver.session
        step = session.step
        paused = session.state is SessionState.PAUSED
        colour = PAUSED_COLOUR if paused else KIND_COLOURS[step.kind]
        self._show_dose(session.plan.segment_of(step).exercise_id)

        transition = session.plan.is_transition(step)
        word = self.tr("Up next") if transition else kind_word(step.kind)
        word = word.upper()
        self.kind_chip.setText(self.tr("Paused · {kind}").format(kind=word) if paused else word)
        chip_style = kind_chip_stylesheet(colour)
        if chip_style != self.kind_chip.styleSheet():  # restyling re-polishes: not every second
            self.kind_chip.setStyleSheet(chip_style)
        self.step_label.setText(step.label)
        self.instruction.setText(step.instruction)
        where = position_text(step.position)
        if transition:  # what is next, and where it sits in the routine
            where = " · ".join(filter(None, (_exercise_number(session.plan, step), where)))
        self.position.setText(where)
        self.next_up.setText(_next_text(session))
        if _is_routine(session.plan):
            segment = session.plan.segment_of(step)
            self.routine_position.setText(
                self.tr("{number} · {exercise}").format(
                    number=_exercise_number(session.plan, step), exercise=segment.exercise_name
                )
            )

        remaining = session.remaining_ms()
        if remaining is None:  # a counted rep waits for the user
            position = step.position
            done = (position.rep - 1) / position.reps if position.reps else 0.0
            caption = (
                self.tr("paused")
                if paused
                else self.tr("of {reps} · press Space").format(reps=position.reps)
            )
            self.ring.set_state(
                str(position.rep), done, caption, colour, position.rep, position.reps
            )
        else:
            duration = step.duration_ms or 1
            if paused:
                caption = self.tr("paused")
            else:
                caption = self.tr("seconds to get ready") if transition else self.tr("seconds")
            seconds = seconds_shown(remaining)
            self.ring.set_state(
                str(seconds),
                1 - remaining / duration,
                caption,
                colour,
                seconds,
                seconds_shown(duration),
            )

        self._show_time_left(session)
        self.overall.setValue(round(session.progress() * 1000))
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        if paused:
            tip = self.tr("Resume the timer (Space)")
        elif step.counted:
            tip = self.tr("Pause the timer (P)")
        else:
            tip = self.tr("Pause the timer (Space)")
        if tip != self.pause_button.toolTip():  # a description change is an event: not each second
            self.pause_button.setToolTip(tip)
            self.pause_button.setAccessibleDescription(tip)
        self.safety_banner.setVisible(
            session.index == 0 and not self._settings.safety_note_acknowledged
        )
        self._announce_step(session, paused)

    def _show_time_left(self, session: Session) -> None:
        remaining = session.session_remaining_ms()
        left = clock_text(remaining)
        if session.plan.has_estimates:
            self.time_left.setText(self.tr("about {time} left").format(time=left))
        else:
            self.time_left.setText(self.tr("{time} left").format(time=left))
        # For screen readers, in whole minutes: a description change at most once a minute.
        minutes = -(-remaining // 60_000)
        if minutes != self._time_left_minutes:
            self._time_left_minutes = minutes
            self.time_left.setAccessibleDescription(
                SessionText.tr("About %n minute(s) left", None, minutes)
            )

    def _announce_step(self, session: Session, paused: bool) -> None:
        """Tell screen readers about a new step (or a pause) once; seconds ticking by are not
        news, and the countdown's value is there when asked for."""
        key = (session.index, paused)
        if key == self._announced:
            return
        resumed = self._announced is not None and self._announced[0] == session.index
        self._announced = key
        if paused:
            self.ring.announce(self.tr("Paused. Press Space to resume."))
        elif not resumed or session.step.timed:  # a resumed counted rep needs no reminder
            self.ring.announce(step_announcement(session))

    def _show_summary(self, summary: Summary) -> None:
        plan = self._driver.session.plan if self._driver else None
        name = plan.exercise_name if plan else ""
        routine = plan is not None and _is_routine(plan)
        outcome = summary.outcome  # one rule (core/outcome.py): praise only a dose done
        if routine:
            if outcome.counts:
                self.summary_title.setText(self.tr("Routine done!"))
            elif summary.finished:  # run to its end, with work skipped
                self.summary_title.setText(self.tr("Routine ended"))
            else:
                self.summary_title.setText(self.tr("Routine stopped"))
        elif outcome.counts:
            self.summary_title.setText(self.tr("Well done!"))
        elif summary.finished:
            self.summary_title.setText(self.tr("Session ended"))
        else:
            self.summary_title.setText(self.tr("Session stopped"))
        parts = self.segment_summaries() if routine else []
        if routine:
            done = sum(part.status is SegmentStatus.DONE for part in parts)
            first = self.tr("{name}: {done} of {count} exercises done").format(
                name=name, done=done, count=len(parts)
            )
        elif summary.reps_planned:
            first = self.tr("{name}: {done} of {planned} reps done").format(
                name=name, done=summary.reps_done, planned=summary.reps_planned
            )
        else:
            first = name
        active = clock_text(summary.active_ms)
        if summary.paused_ms >= 1000:
            time_line = self.tr("Time: {active} (plus {paused} paused)").format(
                active=active, paused=clock_text(summary.paused_ms)
            )
        else:
            time_line = self.tr("Time: {active}").format(active=active)
        lines = [first, time_line]
        if summary.skipped_work_steps and not routine:
            lines.append(
                self.tr("Skipped holds and moves: {count}").format(count=summary.skipped_work_steps)
            )
        if outcome is SessionOutcome.PARTLY and not routine:
            lines.append(self.tr("Partly done: it does not count toward today's target."))
        elif outcome is SessionOutcome.NOTHING and not routine:
            lines.append(self.tr("Nothing done: it does not count toward today's target."))
        self.summary_text.setText("\n".join(lines))
        self.routine_summary.setText("\n".join(_segment_line(part) for part in parts))
        self.routine_summary.setVisible(routine)
        self.pain_after.set_value(None)
        self.feedback.reset(stopped_early=not summary.finished)
        self.note.clear()
        self._last_rated = (None, "")
        self.record_status.clear()
        self._show_page(1)
        send_announcement(
            self.summary_title,
            self.tr("{title} {first}.").format(title=self.summary_title.text(), first=lines[0]),
        )
        # Focus on the page, not on a button: the Enter or Space that counted the last rep, or
        # one pressed a moment too late, must not leave the summary unread.
        self._pages.currentWidget().setFocus()

    def _show_page(self, index: int) -> None:
        # The session's keys belong to the live page; on the summary, Space and Enter press the
        # focused button as everywhere else.
        self._pages.setCurrentIndex(index)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(index == 0)

    # --- full screen ---------------------------------------------------------------------
    def is_full_screen(self) -> bool:
        return self._full_screen

    def set_full_screen(self, on: bool) -> None:
        """Across the room: the phase word, the countdown and what comes next fill the page;
        the rest (title, instruction, safety note) waits for the normal view."""
        self._full_screen = on
        for widget in (self.title, self.step_label, self.instruction):
            widget.setVisible(not on)
        self._show_dose(self._dose_shown_for)  # the dose line, too, waits for the normal view
        if on:
            self.safety_banner.hide()
        self.ring.set_large(on)
        self.full_screen_button.setChecked(on)
        self.full_screen_button.setText(
            self.tr("Leave full screen") if on else self.tr("Full screen")
        )
        tip = (
            self.tr("Back to the window (F11 or Esc)")
            if on
            else self.tr("Fill the screen, to read it from across the room (F11)")
        )
        self.full_screen_button.setToolTip(tip)
        self.full_screen_button.setAccessibleDescription(tip)
        page = self._pages.widget(0).layout()
        page.setSpacing(2 if on else -1)
        page.setContentsMargins(*((16, 6, 16, 6) if on else (24, 16, 24, 16)))
        self._scale_fonts()
        self._render()

    def _escape(self) -> None:
        """Esc leaves full screen first; only then does it ask to stop."""
        if self._full_screen:
            self.full_screen_toggled.emit(False)
        else:
            self.request_stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scale_fonts()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the system's text size changed
            self._scale_fonts()
        super().changeEvent(event)

    def _scale_fonts(self) -> None:
        # The words follow the system's font, and grow with the window like the countdown, to
        # be read from across a room.
        scale = max(1.0, min(self.width() / 700, self.height() / 600))
        base = self.font()
        for name, factor in LIVE_FONT_FACTORS.items():
            font = relative_font(base, factor * scale, name in BOLD_LABELS)
            getattr(self, name).setFont(font)
        chip = QFont(base)
        if self._full_screen:  # sized by the screen: across the room is what it is for
            for name, share in FULL_SCREEN_SHARES.items():
                font = QFont(base)
                font.setPixelSize(max(1, round(self.height() * share)))
                font.setBold(name == "kind_chip")
                getattr(self, name).setFont(font)
        else:
            chip.setBold(True)
            self.kind_chip.setFont(chip)
        for name, factor in SUMMARY_FONT_FACTORS.items():
            getattr(self, name).setFont(relative_font(base, factor, name in BOLD_LABELS))


def step_announcement(session: Session) -> str:
    """What a screen reader hears at a new step, e.g. "Hold the stretch, 30 seconds. Left foot"."""
    step = session.step
    where = position_text(step.position).replace(" · ", ", ")
    if not step.timed:
        if where:
            template = SessionText.tr("{step}. {where}. Press Enter for each rep.")
        else:
            template = SessionText.tr("{step}. Press Enter for each rep.")
        return template.format(step=step.label, where=where)
    seconds = seconds_shown(session.remaining_ms() or 0)
    if where:
        template = SessionText.tr("{step}, %n second(s). {where}.", None, seconds)
    else:
        template = SessionText.tr("{step}, %n second(s).", None, seconds)
    return template.format(step=step.label, where=where)


def _is_routine(plan: Plan) -> bool:
    return len(plan.segments) > 1


def _exercise_number(plan: Plan, step: Step) -> str:
    if not _is_routine(plan):
        return ""
    return SessionText.tr("Exercise {number} of {count}").format(
        number=step.segment + 1, count=len(plan.segments)
    )


def _next_text(session: Session) -> str:
    """ "Next: Relax · 10 s"; before a routine's next exercise, its name and number instead."""
    following = session.next_step
    if following is None:
        return SessionText.tr("Next: finish")
    if session.plan.is_transition(following):
        name = session.plan.segment_of(following).exercise_name
        return SessionText.tr("Next: {exercise} (exercise {number} of {count})").format(
            exercise=name, number=following.segment + 1, count=len(session.plan.segments)
        )
    return SessionText.tr("Next: {step}").format(step=step_brief(following))


def _segment_line(part: SegmentSummary) -> str:
    """ "✓ Calf stretch — done", "◐ Toe pulling — 10 of 50 reps", or a dash and "skipped"."""
    mark = STATUS_MARKS[part.status]
    if part.status is SegmentStatus.PARTLY and part.reps_planned and not part.reps_done:
        # Holds were done but no whole rep: what History and the report say, by the one rule.
        mark, outcome = STATUS_MARKS[SegmentStatus.SKIPPED], SessionText.tr("nothing done")
    elif part.status is SegmentStatus.PARTLY and part.reps_planned:
        outcome = SessionText.tr("{done} of {planned} reps").format(
            done=part.reps_done, planned=part.reps_planned
        )
    else:
        outcome = {
            SegmentStatus.DONE: SessionText.tr("done"),
            SegmentStatus.PARTLY: SessionText.tr("partly done"),
            SegmentStatus.SKIPPED: SessionText.tr("skipped"),
        }[part.status]
    return SessionText.tr("{mark} {exercise} — {outcome}").format(
        mark=mark, exercise=part.exercise_name, outcome=outcome
    )
