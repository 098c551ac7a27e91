"""On the summary: how hard the session felt (optional), and, when it was stopped early, why
(optional). Asked once, on the summary only; nothing else ever asks again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from footcare_gui.core.outcomes import DIFFICULTIES
from footcare_gui.report.outcome_text import difficulty_text
from footcare_gui.ui.outcome_widgets import ReasonPicker


class SessionFeedbackPanel(QWidget):
    changed = Signal(object, object, str)  # difficulty, reason (None or a word), reason's text

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="sessionFeedback")
        self.difficulty_label = QLabel(self.tr("How did it feel? (optional)"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so the chosen one can be clicked off again
        row = QHBoxLayout()
        row.addWidget(self.difficulty_label)
        self.buttons: dict[str, QPushButton] = {}
        for value in DIFFICULTIES:
            button = QPushButton(difficulty_text(value), checkable=True)
            button.setObjectName(f"difficulty_{value}")
            button.setAccessibleDescription(
                self.tr("How hard the session felt; click again to clear")
            )
            self.group.addButton(button)
            button.installEventFilter(self)  # arrow keys move along the group (one Tab stop)
            row.addWidget(button)
            self.buttons[value] = button
        row.addStretch(1)
        self._fit_buttons()
        self.group.buttonClicked.connect(self._clicked)
        self.reason_label = QLabel(self.tr("Why did you stop early? (optional)"))
        self.reason = ReasonPicker(self.tr("Why the session was stopped early"))
        self.reason.changed.connect(self._emit)
        self.reason_label.setBuddy(self.reason.choice)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(reason_row)
        self._stopped = False
        self._given = (None, None, "")

    def _fit_buttons(self) -> None:
        """Wide enough for the chosen one's bold words, in the system's text size."""
        bold = QFont(self.font())
        bold.setBold(True)
        for button in self.buttons.values():
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 28)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_buttons()
        super().changeEvent(event)

    def reset(self, stopped_early: bool) -> None:
        for button in self.buttons.values():
            button.setChecked(False)
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.blockSignals(False)
        self._stopped = stopped_early
        self._given: tuple[str | None, str | None, str] = (None, None, "")
        self.reason_label.setVisible(stopped_early)
        self.reason.setVisible(stopped_early)

    def difficulty(self) -> str | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def _clicked(self, clicked: QPushButton) -> None:
        for button in self.buttons.values():
            if button is not clicked:
                button.setChecked(False)
        self._emit()

    def _emit(self) -> None:
        reason = self.reason.reason() if self._stopped else None
        given = (self.difficulty(), reason, self.reason.text() if reason else "")
        if given != self._given:
            self._given = given
            self.changed.emit(*given)

    def flush(self) -> None:
        """Hand on an answer not yet handed on (words typed, then the window closed)."""
        self._emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        order = list(self.buttons.values())
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and watched in order
            and (step := _ARROWS.get(Qt.Key(event.key()))) is not None
        ):
            index = max(0, min(len(order) - 1, order.index(watched) + step))  # type: ignore[arg-type]
            order[index].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def focus_chain(self) -> list[QWidget]:
        """In Tab order: the difficulty buttons (one Tab stop, as a group: arrow keys move
        between them), then, when shown, the reason."""
        return [*self.buttons.values(), self.reason.choice, self.reason.other]


_ARROWS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
