"""The tray icon: the running step's time left in its tooltip, a short menu, and reminders.

Where the desktop has no tray the object is inert (``available`` is False): every method is
safe to call and does nothing, so callers need no second code path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from footcare_gui.core.describe import seconds_shown
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from footcare_gui.core.markup import escape

if TYPE_CHECKING:
    from footcare_gui.core.session import Session

TrayText = Context("TrayText")
IDLE_TOOLTIP = "Footcare"
# English here; hide_to_tray_message() gives them in the user's language.
HIDE_TO_TRAY_TITLE = QT_TRANSLATE_NOOP("TrayText", "Footcare is still running")
HIDE_TO_TRAY_TEXT = QT_TRANSLATE_NOOP(
    "TrayText",
    "Footcare stays in the tray so it can remind you of your exercises. "
    "To quit, choose Quit from the tray menu or the File menu.",
)
MESSAGE_MS = 10_000


def hide_to_tray_message() -> tuple[str, str]:
    """The title and text that say, the first time, how to quit a Footcare kept in the tray."""
    return translate("TrayText", HIDE_TO_TRAY_TITLE), translate("TrayText", HIDE_TO_TRAY_TEXT)


def should_hide_to_tray(reminders_enabled: bool, tray_available: bool) -> bool:
    """Closing the window keeps the app running only when reminders need it and a tray icon
    is there to bring the window back; otherwise closing quits, as before."""
    return reminders_enabled and tray_available


def status_text(
    exercise_name: str,
    step_label: str,
    remaining_ms: int | None,
    paused: bool,
    rep: int = 0,
    reps: int = 0,
) -> str:
    """ "Calf stretch — Hold, 12 s left"; a counted rep: "Toe pulling — Pull, rep 3 of 25"."""
    if paused:
        return TrayText.tr("{exercise} — paused").format(exercise=exercise_name)
    if remaining_ms is None:
        return TrayText.tr("{exercise} — {step}, rep {rep} of {reps}").format(
            exercise=exercise_name, step=step_label, rep=rep, reps=reps
        )
    return TrayText.tr("{exercise} — {step}, {seconds} s left").format(
        exercise=exercise_name, step=step_label, seconds=seconds_shown(remaining_ms)
    )


def session_status(session: Session) -> str:
    from footcare_gui.core.session import SessionState

    step = session.step
    return status_text(
        session.plan.segment_of(step).exercise_name,  # in a routine, the exercise under way
        step.label,
        session.remaining_ms(),
        session.state is SessionState.PAUSED,
        step.position.rep,
        step.position.reps,
    )


class FootcareTray(QObject):
    start_routine_requested = Signal()
    pause_toggle_requested = Signal()
    show_window_requested = Signal()
    quit_requested = Signal()
    reminder_clicked = Signal(str)  # the exercise the clicked reminder was about

    def __init__(self, icon: QIcon, parent: QObject | None = None, available: bool | None = None):
        """``available`` None asks the desktop; tests pass True or False."""
        super().__init__(parent)
        if available is None:
            available = QSystemTrayIcon.isSystemTrayAvailable()
        self._tooltip = IDLE_TOOLTIP
        self._message_exercise = ""
        self._icon: QSystemTrayIcon | None = None
        self._menu: QMenu | None = None
        self.start_routine_action = QAction(self.tr("Start routine"), self)
        self.pause_action = QAction(self.tr("Pause"), self, enabled=False)
        self.show_action = QAction(self.tr("Show Footcare"), self)
        self.quit_action = QAction(self.tr("Quit Footcare"), self)
        self.start_routine_action.triggered.connect(self.start_routine_requested)
        self.pause_action.triggered.connect(self.pause_toggle_requested)
        self.show_action.triggered.connect(self.show_window_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        if available:
            self._build(icon)

    def _build(self, icon: QIcon) -> None:
        menu = QMenu()  # a QMenu's parent must be a widget; this object keeps it alive
        menu.addAction(self.start_routine_action)
        menu.addAction(self.pause_action)
        menu.addAction(self.show_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        tray = QSystemTrayIcon(icon, self)
        tray.setToolTip(markup_safe(self._tooltip))
        tray.setContextMenu(menu)
        tray.activated.connect(self._activated)
        tray.messageClicked.connect(self._message_clicked)
        self._icon, self._menu = tray, menu

    @property
    def available(self) -> bool:
        return self._icon is not None

    @property
    def tooltip(self) -> str:
        return self._tooltip

    @property
    def menu(self) -> QMenu | None:
        return self._menu

    def show(self) -> None:
        if self._icon is not None:
            self._icon.show()

    def hide(self) -> None:
        if self._icon is not None:
            self._icon.hide()

    def set_session_status(self, text: str | None, paused: bool = False) -> None:
        """The running session in a line (None: no session). Called each second: cheap when
        nothing changed, since a tooltip change is a round trip to the tray host."""
        tooltip = text or IDLE_TOOLTIP
        if tooltip != self._tooltip:
            self._tooltip = tooltip
            if self._icon is not None:
                self._icon.setToolTip(markup_safe(tooltip))
        label = self.tr("Resume") if text is not None and paused else self.tr("Pause")
        if self.pause_action.text() != label:
            self.pause_action.setText(label)
        if self.pause_action.isEnabled() != (text is not None):
            self.pause_action.setEnabled(text is not None)

    def notify(self, title: str, text: str, exercise_id: str = "") -> bool:
        """Show a desktop notification; a click on it emits reminder_clicked(exercise_id).

        False when it cannot be shown (no tray, or the desktop shows no messages).
        """
        if self._icon is None or not QSystemTrayIcon.supportsMessages():
            return False
        self._message_exercise = exercise_id
        self._icon.showMessage(title, markup_safe(text), self._icon.icon(), MESSAGE_MS)
        return True

    def _message_clicked(self) -> None:
        if self._message_exercise:
            self.reminder_clicked.emit(self._message_exercise)
        else:
            self.show_window_requested.emit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A plain click brings the window; the context menu handles the right click itself.
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window_requested.emit()


def markup_safe(text: str) -> str:
    """Tray tooltips and desktop notifications may be read as markup by the tray host or the
    notification server (and an <img src> there loads a file): a routine's or exercise's name
    is escaped so that it shows as the text it is."""
    return escape(text, quote=False)
