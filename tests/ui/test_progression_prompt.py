"""The progression question: its words, "Increase to 30" accepts, "Not now" and Escape decline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footcare_gui.core.progression import HeldBack, Proposal
from footcare_gui.ui.progression_prompt import accepted, held_back_text, progression_box

PROPOSAL = Proposal("toe-pulling", "Toe pulling", 25, 30, 5, "25 reps per foot", "30 reps per foot")


@pytest.mark.parametrize(
    ("button", "expected"), [("Increase to 30", True), ("Not now", False), (None, False)]
)
def test_the_answer_is_the_users(qtbot: QtBot, button: str | None, expected: bool) -> None:
    box = progression_box(None, PROPOSAL)
    qtbot.addWidget(box)
    box.open()  # modal, without a nested event loop: the test answers it at once
    assert box.text() == (
        "You have finished toe pulling 5 times at 25 reps per foot. Try 30 reps per foot?"
    )
    if button is None:
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    else:
        clicked = next(b for b in box.buttons() if b.text() == button)
        qtbot.mouseClick(clicked, Qt.MouseButton.LeftButton)
    assert accepted(box) is expected


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
