"""The countdown repaints only its digits and the tip of its arc each second: what that leaves
on screen must be what painting the whole ring shows, its dashed focus frame included (the
keyboard's focus is on the ring all through a session)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from footcare_gui.ui.widgets.countdown_ring import CountdownRing

STEP_SECONDS = 5
GET_READY = QColor("#546e7a")


def test_the_focus_frame_is_whole_after_the_arc_tip_is_repainted_beside_it(qtbot: QtBot) -> None:
    # A wide, short ring (as on a German routine's page, under the safety note): its frame runs
    # along the bottom edge, where the arc's tip is repainted halfway through the step.
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(493, 253)
    ring = CountdownRing(window)
    ring.setGeometry(10, 10, 473, 233)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    ring.setFocus()
    for text in "012345":  # each digit painted once first: a glyph's first painting differs
        ring.set_state(text, 0.0, "seconds", GET_READY, int(text), STEP_SECONDS)
        ring.grab()
    ring.update()
    QApplication.processEvents()
    assert ring.hasFocus()

    for second in range(1, STEP_SECONDS + 1):
        left = STEP_SECONDS - second
        ring.set_state(str(left), second / STEP_SECONDS, "seconds", GET_READY, left, STEP_SECONDS)
        QApplication.processEvents()
        on_screen = window.screen().grabWindow(window.winId()).toImage()
        whole = window.grab().toImage()
        assert on_screen.convertToFormat(whole.format()) == whole, f"after {second} s"
