"""What a screen reader gets, checked inside Qt (tests/a11y checks it again through AT-SPI):
the details' text, list items with dose and today's count, focus on a named control when a
session starts, and a time-left label whose name stays put while its seconds tick."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from footcare_gui.ui.main_window import MainWindow
from tests.fakes import FakeWakeTimer


def test_the_details_reach_screen_readers_as_their_text(window: MainWindow) -> None:
    iface = QAccessible.queryAccessibleInterface(window.browser.detail)
    assert iface.text(QAccessible.Text.Name) == ""  # a name would stand in for the text
    assert iface.text(QAccessible.Text.Description) == "About this exercise"
    text_interface = iface.textInterface()
    assert text_interface is not None  # readable line by line, not only as one name
    text = text_interface.text(0, text_interface.characterCount())
    for part in ("Calf stretch", "Starting position", "Steps", "Caution", "Hold the stretch"):
        assert part in text
    assert "<" not in text  # the words, not the markup


def test_list_items_say_their_dose_and_todays_count(window: MainWindow) -> None:
    item = window.browser.list.item(0)
    text = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert text == "Calf stretch: 30 s hold · each foot · twice a day. 0 of 2 today."


def test_focus_lands_on_the_named_countdown_when_a_session_starts(window: MainWindow) -> None:
    window.start_exercise("calf-stretch")
    focused = QApplication.focusWidget()
    assert focused is window.session_view.ring
    iface = QAccessible.queryAccessibleInterface(focused)
    assert iface.text(QAccessible.Text.Name) == "Countdown"


def test_the_time_left_keeps_its_name_and_says_minutes_once_a_minute(
    window: MainWindow, timer: FakeWakeTimer
) -> None:
    window.start_exercise("calf-stretch")
    label = window.session_view.time_left
    descriptions = [label.accessibleDescription()]
    texts = [label.text()]
    for _ in range(90):
        timer.advance(1000)
        texts.append(label.text())
        if label.accessibleDescription() != descriptions[-1]:
            descriptions.append(label.accessibleDescription())
    assert len(set(texts)) > 60  # the seconds tick on screen
    assert label.accessibleName() == "Time left in the session"
    assert len(descriptions) <= 3  # whole minutes: 90 seconds cross at most two
    assert descriptions[0].startswith("About ")
