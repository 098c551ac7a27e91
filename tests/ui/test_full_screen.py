"""Across the room: full screen (F11 and a button), the phase word, the countdown and "next"
filling a 1366x768 screen, and Esc leaving full screen before it asks to stop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from footcare_gui.ui.main_window import MainWindow
from tests.fakes import FakeWakeTimer
from tests.ui.conftest import answer_next_question

SCREEN_W, SCREEN_H = 1366, 768


def go_full_screen(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.session_view, Qt.Key.Key_F11)
    assert window.isFullScreen()
    # The offscreen platform's screen is 800x800: a full-screen window of 1366x768 is made by
    # hand, the view staying in its full-screen mode (menu bar hidden, as in full screen).
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(0, 0, SCREEN_W, SCREEN_H)
    QApplication.processEvents()
    assert window.session_view.is_full_screen()


def test_f11_fills_the_screen_and_the_digit_is_a_third_of_its_height(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    window.start_exercise("calf-stretch")
    timer.advance(6_000)  # into the 30 s hold: two digits
    view = window.session_view
    go_full_screen(qtbot, window)
    assert (window.width(), window.height()) == (SCREEN_W, SCREEN_H)
    assert not window.menuBar().isVisible()
    assert view.ring.text() == "29"
    assert view.ring.digit_pixel_size() >= SCREEN_H / 3
    # ...and still inside the ring: the widest two digits fit its inner circle.
    digits = QFont(view.ring.font())
    digits.setPixelSize(view.ring.digit_pixel_size())
    digits.setWeight(QFont.Weight.DemiBold)
    side = min(view.ring.width(), view.ring.height())
    assert QFontMetrics(digits).horizontalAdvance("88") < 0.9 * side
    # The phase word: at least 9 % of the screen's height (capitals of about 50 px, 13 mm on a
    # 15.6" screen: readable from about 3 m), and "next" and the foot are there too.
    assert view.kind_chip.isVisible()
    assert view.kind_chip.text() == "HOLD"
    assert QFontInfo(view.kind_chip.font()).pixelSize() >= 0.09 * SCREEN_H
    assert view.next_up.isVisible()
    assert view.next_up.text().startswith("Next: ")
    assert QFontInfo(view.next_up.font()).pixelSize() >= 0.045 * SCREEN_H
    assert view.position.isVisible()
    # Everything on the page fits on the screen: nothing is pushed off the bottom.
    for widget in (view.kind_chip, view.next_up, view.position, view.stop_button):
        bottom = widget.mapTo(window, widget.rect().bottomLeft()).y()
        assert bottom <= SCREEN_H, widget.objectName()
        wraps = isinstance(widget, QLabel) and widget.wordWrap()
        needed = widget.heightForWidth(widget.width()) if wraps else widget.sizeHint().height()
        assert widget.height() >= needed, widget.objectName()  # not squeezed
    assert view.ring.height() >= 0.5 * SCREEN_H
    # Out again with F11: the normal view, the words back at their size.
    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert not view.is_full_screen()
    assert window.menuBar().isVisible()
    assert view.instruction.isVisible()
    assert view.ring.digit_pixel_size() < SCREEN_H / 3


def test_the_button_goes_full_screen_and_esc_leaves_before_it_asks_to_stop(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    window.start_exercise("calf-stretch")
    view = window.session_view
    assert view.full_screen_button.text() == "Full screen"
    qtbot.mouseClick(view.full_screen_button, Qt.MouseButton.LeftButton)
    assert window.isFullScreen()
    assert view.full_screen_button.text() == "Leave full screen"
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # first Esc: out of full screen, nothing asked
    assert not window.isFullScreen()
    assert view.is_active()
    asked = answer_next_question(qtbot, QMessageBox.StandardButton.No)
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # second Esc: "Stop the session?"
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == ["Stop this session now? What you have done so far is kept in the summary."]
    assert view.is_active()  # answered No


def test_the_session_ending_leaves_full_screen_for_the_summary(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    window.start_exercise("calf-stretch")
    qtbot.keyClick(window.session_view, Qt.Key.Key_F11)
    assert window.isFullScreen()
    timer.advance(10 * 60_000)
    assert window.session_view.summary_title.isVisible()
    assert not window.isFullScreen()
