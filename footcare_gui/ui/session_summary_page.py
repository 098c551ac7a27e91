"""The summary page of a session: what was done, pain now, how it felt, a note, and the way on.

Pain, feedback and note are handed on as soon as they are given: nothing waits for a button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from footcare_gui.core.history import NOTE_MAX_CHARS
from footcare_gui.core.session_presenter import SummaryText
from footcare_gui.ui.focus import tab_chain
from footcare_gui.ui.session_feedback import SessionFeedbackPanel
from footcare_gui.ui.style import relative_font
from footcare_gui.ui.widgets.control_button import control_button
from footcare_gui.ui.widgets.countdown_ring import send_announcement
from footcare_gui.ui.widgets.pain_scale import PainScale


class SummaryPage(QWidget):
    after_rated = Signal(object, str)  # pain after (int or None) and note, as the user sets them
    feedback_given = Signal(object, object, str)  # difficulty, stop reason, its text (optional)
    again_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._last_rated: tuple[int | None, str] = (None, "")
        self._shown = False  # a summary is shown (not before the first session ends)
        self.title = QLabel(objectName="summaryTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(objectName="summaryText", wordWrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.parts = QLabel(objectName="routineSummary", wordWrap=True)
        self.parts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.parts.hide()
        self.pain_after = PainScale(self.tr("Pain now (optional):"))
        self.pain_after.changed.connect(self.flush_rating)
        self.note = QLineEdit(objectName="sessionNote", maxLength=NOTE_MAX_CHARS)
        self.note.setPlaceholderText(
            self.tr("A note for your log (optional), e.g. how the foot felt")
        )
        self.note.setAccessibleName(self.tr("Note about this session"))
        self.note.setAccessibleDescription(
            self.tr("Optional. Saved in your log when you leave the field or the summary")
        )
        self.note.editingFinished.connect(self.flush_rating)
        self.record_status = QLabel(objectName="recordStatus", wordWrap=True)
        self.record_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.feedback = SessionFeedbackPanel()
        self.feedback.changed.connect(self.feedback_given)
        self.again_button = control_button(
            self.tr("Do it again"), self.tr("Start the same exercise again")
        )
        self.again_button.clicked.connect(self._again)
        self.done_button = control_button(
            self.tr("Back to exercises"), self.tr("Return to the list")
        )
        self.done_button.clicked.connect(self._leave)
        self._lay_out()
        self._scale_fonts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the system's text size changed
            self._scale_fonts()
        super().changeEvent(event)

    def _scale_fonts(self) -> None:
        """Relative to the system's font (9 pt on most desktops): larger text asked for is had."""
        base = self.font()
        self.title.setFont(relative_font(base, 2.9, True))
        for label in (self.text, self.parts):
            label.setFont(relative_font(base, 1.55, False))

    def _lay_out(self) -> None:
        rating = QVBoxLayout()
        rating.addWidget(self.pain_after, 0, Qt.AlignmentFlag.AlignHCenter)
        rating.addWidget(self.feedback)
        rating.addWidget(self.note)
        rating_row = QHBoxLayout()
        rating_row.addStretch(1)
        rating_row.addLayout(rating, 4)
        rating_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.parts)
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

    def start(self, routine: bool) -> None:
        """A new session runs: its summary is not shown yet."""
        self._shown = False
        self.again_button.setToolTip(
            self.tr("Start the same routine again")
            if routine
            else self.tr("Start the same exercise again")
        )

    def show_summary(self, summary: SummaryText, stopped_early: bool) -> None:
        self.title.setText(summary.title)
        self.text.setText("\n".join(summary.lines))
        self.parts.setText("\n".join(summary.parts))
        self.parts.setVisible(summary.routine)
        self.pain_after.set_value(None)
        self.feedback.reset(stopped_early=stopped_early)
        self.note.clear()
        self._last_rated = (None, "")
        self.record_status.clear()
        self._shown = True

    def announce(self) -> None:
        """Tell screen readers the outcome; focus on the page, not on a button: the Enter or
        Space that counted the last rep, or one pressed a moment too late, must not leave the
        summary unread."""
        first = self.text.text().split("\n", 1)[0]
        send_announcement(
            self.title, self.tr("{title} {first}.").format(title=self.title.text(), first=first)
        )
        self.setFocus()

    def show_record_status(self, text: str, ok: bool = True) -> None:
        self.record_status.setText(text)
        # The window's style sheet colours a problem for the palette (the words say it too).
        self.record_status.setProperty("problem", not ok)
        self.record_status.style().unpolish(self.record_status)
        self.record_status.style().polish(self.record_status)

    def flush_rating(self, *_: object) -> None:
        """Hand on pain and note if they changed since last handed on."""
        if self._shown:
            rated = (self.pain_after.value(), self.note.text().strip())
            if rated != self._last_rated:
                self._last_rated = rated
                self.after_rated.emit(*rated)

    def flush(self) -> None:
        """Hand on all that is not yet handed on (the window is closing, a session starts)."""
        self.flush_rating()
        if self._shown:
            self.feedback.flush()

    def _again(self) -> None:
        self.flush_rating()
        self.again_requested.emit()

    def _leave(self) -> None:
        self.flush_rating()
        self.leave_requested.emit()
