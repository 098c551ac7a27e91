"""A 0-10 pain rating in one click: eleven buttons in a row; clicking the chosen one clears it.

One Tab stop for the whole scale, like a slider: Left/Right, Home/End or a digit choose,
Delete clears. The buttons take clicks, not focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from footcare_gui.core.history import PAIN_MAX, PAIN_MIN
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate

ANCHORS = {
    0: QT_TRANSLATE_NOOP("PainScale", "no pain"),
    5: QT_TRANSLATE_NOOP("PainScale", "moderate pain"),
    10: QT_TRANSLATE_NOOP("PainScale", "worst pain imaginable"),
}


class PainScale(QFrame):
    changed = Signal(object)  # int 0-10, or None when cleared

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("painScale")
        self._value: int | None = None
        self._caption = caption.rstrip(": ")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The caption above the buttons, not beside them: a longer translation of it must not
        # make the row of eleven buttons, and the window with it, any wider.
        self.caption = QLabel(caption, wordWrap=True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 2, 4, 2)
        outer.setSpacing(2)
        outer.addWidget(self.caption)
        layout = QHBoxLayout()
        layout.setSpacing(2)
        outer.addLayout(layout)
        self.buttons: list[QPushButton] = []
        for score in range(PAIN_MIN, PAIN_MAX + 1):
            button = QPushButton(str(score), checkable=True)
            button.setObjectName(f"pain{score}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if score in ANCHORS:
                name = self.tr("Pain {score} of 10 ({meaning})").format(
                    score=score, meaning=translate("PainScale", ANCHORS[score])
                )
            else:
                name = self.tr("Pain {score} of 10").format(score=score)
            button.setToolTip(self.tr("{name}; click again to clear").format(name=name))
            button.setAccessibleName(name)
            button.setAccessibleDescription(self.tr("Click to choose; click again to clear"))
            button.clicked.connect(lambda _checked, s=score: self._clicked(s))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self._fit_buttons()
        self.setAccessibleName(self._rating_text(None))
        self.setAccessibleDescription(
            self.tr(
                "0 is no pain, 10 the worst imaginable. Left, Right or a digit chooses; "
                "Delete clears."
            )
        )

    def _rating_text(self, value: int | None) -> str:
        if value is None:
            return self.tr("{caption}: not rated").format(caption=self._caption)
        return self.tr("{caption}: {value} of 10").format(caption=self._caption, value=value)

    def _fit_buttons(self) -> None:
        """Wide enough for a bold "10" (the chosen one) in the font of the system's text size."""
        bold = QFont(self.font())
        bold.setBold(True)
        width = QFontMetrics(bold).horizontalAdvance("10") + 18
        for button in self.buttons:
            button.setFixedWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_buttons()
        super().changeEvent(event)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and not PAIN_MIN <= value <= PAIN_MAX:
            raise ValueError(f"pain must be {PAIN_MIN}-{PAIN_MAX}, not {value}")
        changed = value != self._value
        self._value = value
        for score, button in enumerate(self.buttons):
            button.setChecked(score == value)
        if changed:  # the rating is in the name, so a screen reader says it as it changes
            self.setAccessibleName(self._rating_text(value))

    def _clicked(self, score: int) -> None:
        self.set_value(None if self._value == score else score)
        self.changed.emit(self._value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key not in _KEY_MOVES and not Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            super().keyPressEvent(event)
            return
        digit = int(key) - int(Qt.Key.Key_0)
        chosen = _KEY_MOVES[key](self._value) if key in _KEY_MOVES else digit
        if chosen != self._value:
            self.set_value(chosen)
            self.changed.emit(chosen)
        event.accept()


def _step(value: int | None, by: int) -> int:
    return PAIN_MIN if value is None else max(PAIN_MIN, min(PAIN_MAX, value + by))


_KEY_MOVES: dict[Qt.Key, Callable[[int | None], int | None]] = {
    Qt.Key.Key_Right: lambda value: _step(value, +1),
    Qt.Key.Key_Left: lambda value: _step(value, -1),
    Qt.Key.Key_Home: lambda _: PAIN_MIN,
    Qt.Key.Key_End: lambda _: PAIN_MAX,
    Qt.Key.Key_Delete: lambda _: None,
    Qt.Key.Key_Backspace: lambda _: None,
}
