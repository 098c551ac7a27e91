"""The live page of a session: big countdown, what to do now, where you are, what comes next.

It shows a :class:`~footcare_gui.core.session_presenter.Frame` and owns no timing and no
commands: the session view connects its buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.dose_view import Marked
from footcare_gui.core.session_presenter import Frame, minutes_left_text
from footcare_gui.ui.focus import tab_chain
from footcare_gui.ui.style import kind_chip_stylesheet, relative_font, safety_note
from footcare_gui.ui.widgets.control_button import control_button, set_tip
from footcare_gui.ui.widgets.countdown_ring import CountdownRing
from footcare_gui.ui.widgets.figure_view import FigureView
from footcare_gui.ui.widgets.quiet_progress import painted_length, set_progress, update_grown
from footcare_gui.ui.widgets.steady_label import SteadyLabel
from footcare_gui.ui.widgets.wrapped_height import at_its_width, rewrap

# Full screen: font sizes as shares of the page's height. At 768 px the phase word is 73 px,
# its capitals about 52 px (13 mm on a 15.6" laptop screen): readable at 3 m, where a rule of
# thumb asks for 1 mm of letter height per 250 mm of distance (12 mm).
CHIP_SHARE, NEXT_UP_SHARE, POSITION_SHARE = 0.095, 0.05, 0.035
NORMAL_MARGINS, FULL_SCREEN_MARGINS = (24, 16, 24, 16), (16, 6, 16, 6)


class LivePage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full_screen = False
        self._room: QSize | None = None  # see set_room
        self._dose_lines: dict[str, Marked] = {}
        self._dose_shown_for = ""
        self._minutes_left: int | None = None  # what the time-left label last told AT
        self._build()
        # Sizes relative to the system's font (9 pt on most desktops), so text grows when the
        # user asks for larger text; they also grow with the window. (factor, bold)
        self._font_factors: list[tuple[QLabel, float, bool]] = [
            (self.step_label, 2.4, True),
            (self.instruction, 1.45, False),
            (self.position, 1.45, False),
            (self.next_up, 1.2, False),
            (self.title, 1.65, True),
            (self.routine_position, 1.45, False),
            (self.time_left, 1.65, True),
        ]
        self._full_screen_shares: list[tuple[QLabel, float]] = [
            (self.kind_chip, CHIP_SHARE),
            (self.next_up, NEXT_UP_SHARE),
            (self.position, POSITION_SHARE),
        ]

    def _build(self) -> None:
        # The header's texts wrap rather than widen the window (a long routine name, German).
        self.title = QLabel(objectName="sessionTitle", wordWrap=True)
        self.routine_position = QLabel(objectName="routinePosition", wordWrap=True)
        self.routine_position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.routine_position.hide()
        self.time_left = SteadyLabel()  # it ticks each second without a relayout
        self.time_left.setObjectName("timeLeft")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The dose being done, the user's own, with any value outside its range marked.
        self.dose_label = QLabel(objectName="sessionDose", wordWrap=True)
        self.dose_label.setTextFormat(Qt.TextFormat.PlainText)
        # A fixed name: its text changes each second, and a name change is an event a screen
        # reader may speak. The description follows, once a minute (see show_frame).
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
        banner_layout = QHBoxLayout(self.safety_banner)
        banner_layout.addWidget(banner_text, 1)
        banner_layout.addWidget(banner_ok)
        self.safety_banner.hide()

        self.kind_chip = QLabel(objectName="kindChip")
        self.kind_chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step_label = QLabel(objectName="stepLabel", wordWrap=True)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ring = CountdownRing()
        # The movement beside the countdown; hidden for an exercise without pictures
        # (ui/session_picture.py shows it).
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
        self.back_button = control_button(
            f"◀  {back}", self.tr("Go back to the previous step (Left)"), back
        )
        self.pause_button = control_button(self.tr("Pause"), self.tr("Pause the timer (Space)"))
        self.skip_button = control_button(
            f"{skip}  ▶", self.tr("Skip to the next step (Right)"), skip
        )
        self.stop_button = control_button(self.tr("Stop"), self.tr("Stop the session (Esc)"))
        previous, following = self.tr("Previous exercise"), self.tr("Next exercise")
        self.previous_exercise_button = control_button(
            f"◀◀  {previous}",
            self.tr("Start this exercise again, or go to the one before (Shift+Left)"),
            previous,
        )
        self.next_exercise_button = control_button(
            f"{following}  ▶▶", self.tr("Skip the rest of this exercise (Shift+Right)"), following
        )
        for button in (self.previous_exercise_button, self.next_exercise_button):
            button.hide()  # a routine's (start): shown, they widened a single exercise's window
        self.full_screen_button = control_button(
            self.tr("Full screen"),
            self.tr("Fill the screen, to read it from across the room (F11)"),
        )
        self.full_screen_button.setObjectName("fullScreenButton")
        self.full_screen_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.full_screen_button.setCheckable(True)
        self.mute_button = control_button(self.tr("Mute"), self.tr("Turn the sounds off (M)"))
        self.mute_button.setCheckable(True)
        self.audio_notice = QLabel(objectName="audioNotice", wordWrap=True)
        self.audio_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.audio_notice.hide()
        self.session_notice = QLabel(objectName="sessionNotice", wordWrap=True)
        self.session_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.session_notice.hide()

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

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(*NORMAL_MARGINS)
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

    # --- what it shows -------------------------------------------------------------------
    def start(self, title: str, routine: bool) -> None:
        """A new session: its title, the routine's controls, and its first minute told anew."""
        self.title.setText(title)
        for widget in (
            self.routine_position,
            self.previous_exercise_button,
            self.next_exercise_button,
        ):
            widget.setVisible(routine)
        self._minutes_left = None

    def show_frame(self, frame: Frame, safety_note_wanted: bool) -> None:
        colour = QColor(frame.colour)
        self._show_dose(frame.exercise_id)
        self.kind_chip.setText(frame.chip)
        chip_style = kind_chip_stylesheet(colour)
        if chip_style != self.kind_chip.styleSheet():  # restyling re-polishes: not every second
            self.kind_chip.setStyleSheet(chip_style)
        self.step_label.setText(frame.label)
        self.instruction.setText(frame.instruction)
        self.position.setText(frame.position)
        self.next_up.setText(frame.next_up)
        if frame.routine_position:
            self.routine_position.setText(frame.routine_position)
        ring = frame.ring
        self.ring.set_state(
            ring.text, ring.fraction, ring.caption, colour, ring.value, ring.maximum
        )
        self.time_left.setText(frame.time_left)
        # For screen readers, in whole minutes: a description change at most once a minute.
        if frame.minutes_left != self._minutes_left:
            self._minutes_left = frame.minutes_left
            self.time_left.setAccessibleDescription(minutes_left_text(frame.minutes_left))
        painted = painted_length(self.overall)
        set_progress(self.overall, frame.progress)
        update_grown(self.overall, painted, painted_length(self.overall))
        self.pause_button.setText(frame.pause_text)
        set_tip(self.pause_button, frame.pause_tip)
        self.safety_banner.setVisible(frame.first_step and safety_note_wanted)

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

    def show_notice(self, text: str) -> None:
        self.session_notice.setText(text)
        self.session_notice.setVisible(bool(text))

    def show_muted(self, muted: bool, notice: str) -> None:
        self.mute_button.setChecked(muted)
        self.mute_button.setText(self.tr("Unmute") if muted else self.tr("Mute"))
        set_tip(
            self.mute_button,
            self.tr("Turn the sounds on (M)") if muted else self.tr("Turn the sounds off (M)"),
        )
        self.show_audio_notice(notice)

    def show_audio_notice(self, notice: str) -> None:
        self.audio_notice.setText(notice)
        self.audio_notice.setVisible(bool(notice))

    # --- full screen and the size of the words -------------------------------------------
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
        button = self.full_screen_button
        button.setChecked(on)
        button.setText(self.tr("Leave full screen") if on else self.tr("Full screen"))
        set_tip(
            button,
            self.tr("Back to the window (F11 or Esc)")
            if on
            else self.tr("Fill the screen, to read it from across the room (F11)"),
        )
        self._layout.setSpacing(2 if on else -1)
        self._layout.setContentsMargins(*(FULL_SCREEN_MARGINS if on else NORMAL_MARGINS))
        self.scale_fonts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._room is None:  # otherwise the room's own change scales them (set_room)
            self.scale_fonts()
        super().resizeEvent(event)
        rewrap(self, event)

    def set_room(self, room: QSize) -> None:
        """The room the page is shown in (its scroll area's, ui/widgets/screen_bound_scroll.py):
        the words grow with it. Not the page's own size: the page is taller than its room when
        the screen is small, and words grown to that would make it taller still."""
        self._room = QSize(room)
        self.scale_fonts()

    def room(self) -> QSize:
        return self._room if self._room is not None else self.size()

    def heightForWidth(self, width: int) -> int:
        """The least height that shows it all: a scroll area sizes the page by this, and the
        words, the countdown and the picture grow into whatever room there is beyond it."""
        return self._layout.minimumHeightForWidth(width)

    def minimumSizeHint(self) -> QSize:
        """As tall as the page needs at its width (wrapped_height.py): else the words, wrapped
        to more lines in a narrow window, would squeeze the countdown over them."""
        return at_its_width(self, super().minimumSizeHint())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the system's text size changed
            self.scale_fonts()
        super().changeEvent(event)

    def scale_fonts(self) -> None:
        # The words follow the system's font, and grow with the window like the countdown, to
        # be read from across a room.
        room = self.room()
        scale = max(1.0, min(room.width() / 700, room.height() / 600))
        base = self.font()
        for label, factor, bold in self._font_factors:
            label.setFont(relative_font(base, factor * scale, bold))
        if self._full_screen:  # sized by the screen: across the room is what it is for
            for label, share in self._full_screen_shares:
                font = QFont(base)
                font.setPixelSize(max(1, round(room.height() * share)))
                font.setBold(label is self.kind_chip)
                label.setFont(font)
        else:
            chip = QFont(base)
            chip.setBold(True)
            self.kind_chip.setFont(chip)
