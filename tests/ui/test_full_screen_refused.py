"""A desktop may refuse to let a window fill the screen (a Wayland compositor decides): the
session then says so and stays as large as the window allows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footcare_gui.ui import window_full_screen
from footcare_gui.ui.main_window import MainWindow


def test_a_refused_full_screen_is_said_plainly(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window_full_screen, "FULL_SCREEN_CHECK_MS", 0)
    monkeypatch.setattr(window, "showFullScreen", lambda: None)  # the desktop says no
    window.start_exercise("calf-stretch")
    qtbot.keyClick(window.session_view, Qt.Key.Key_F11)
    notice = window.session_view.live.session_notice
    qtbot.waitUntil(notice.isVisible, timeout=2000)  # the check runs from the event loop
    assert "did not let Footcare fill the screen" in notice.text()
    assert window.session_view.is_full_screen()  # the large layout, in the window


def test_a_granted_full_screen_says_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window_full_screen, "FULL_SCREEN_CHECK_MS", 0)
    window.start_exercise("calf-stretch")
    qtbot.keyClick(window.session_view, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.wait(50)  # the check (due at once) has run
    assert not window.session_view.live.session_notice.isVisible()
