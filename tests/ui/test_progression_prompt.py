"""The progression question: its words, "Increase to 30" accepts, "Not now" and Escape decline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from footcare_gui.core.progression import HeldBack, Proposal
from footcare_gui.ui.progression_prompt import ask_progression, held_back_text, progression_box

PROPOSAL = Proposal("toe-pulling", "Toe pulling", 25, 30, 5, "25 reps per foot", "30 reps per foot")


def press_when_shown(qtbot: QtBot, button_text: str | None) -> list[str]:
    """Clicks the button with this text on the next modal box (None: presses Escape)."""
    shown: list[str] = []
    tries = iter(range(100))

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if next(tries, None) is not None:
                QTimer.singleShot(10, press)
            return
        shown.append(box.text())
        if button_text is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
            return
        button = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)
    return shown


@pytest.mark.parametrize(
    ("button", "expected"), [("Increase to 30", True), ("Not now", False), (None, False)]
)
def test_the_answer_is_the_users(qtbot: QtBot, button: str | None, expected: bool) -> None:
    shown = press_when_shown(qtbot, button)
    assert ask_progression(None, PROPOSAL) is expected
    assert shown == [
        "You have finished toe pulling 5 times at 25 reps per foot. Try 30 reps per foot?"
    ]


def test_enter_does_not_raise_the_dose_by_accident(qtbot: QtBot) -> None:
    box = progression_box(None, PROPOSAL)
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()] == ["Increase to 30", "Not now"]
    assert box.defaultButton().text() == "Not now"
    assert box.escapeButton().text() == "Not now"


def test_held_back_text_says_why() -> None:
    held = HeldBack("toe-pulling", "Toe pulling", "25 reps per foot", "your pain is rising")
    assert (
        held_back_text(held)
        == "Toe pulling stays at 25 reps per foot for now: your pain is rising."
    )
