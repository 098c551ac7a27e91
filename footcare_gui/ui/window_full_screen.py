"""The session across the room: the main window full screen (F11, the Full screen button),
back with Esc or F11, and a word to the user when the desktop refuses."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QStatusBar

if TYPE_CHECKING:
    from footcare_gui.ui.session_controller import SessionController

# The desktop decides whether a window may fill the screen (a Wayland compositor may refuse):
# this long after asking, the session says so when it did not happen.
FULL_SCREEN_CHECK_MS = 1500
log = logging.getLogger(__name__)


class WindowFullScreen:
    def __init__(self, window: QMainWindow, sessions: SessionController):
        self._window = window
        self._sessions = sessions
        self._was_maximized = False

    def set(self, on: bool) -> None:
        window, sessions = self._window, self._sessions
        if not sessions.has_view() or on == sessions.view.is_full_screen():
            return
        if on:
            self._was_maximized = window.isMaximized()
            window.showFullScreen()
            QTimer.singleShot(FULL_SCREEN_CHECK_MS, self._check)
        elif self._was_maximized:
            window.showMaximized()
        else:
            window.showNormal()
        window.menuBar().setVisible(not on)
        status = window.findChild(QStatusBar)  # made only by a first message
        if status is not None:
            status.setVisible(not on)
        sessions.view.set_full_screen(on)

    def _check(self) -> None:
        """Full screen was asked for: if the desktop did not grant it, say so (the large
        layout stays, as large as the window allows)."""
        sessions = self._sessions
        asked = sessions.has_view() and sessions.view.is_full_screen()
        if asked and not self._window.isFullScreen():
            log.info("the desktop did not make the window full screen")
            sessions.view.full_screen_refused()
