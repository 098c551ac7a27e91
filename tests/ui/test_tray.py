"""The tray icon's tooltip, menu and reminder clicks; and the inert object without a tray."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.clock import ManualClock
from footcare_gui.core.plan import build_plan
from footcare_gui.core.session import Session
from footcare_gui.ui import tray as tray_module
from footcare_gui.ui.tray import (
    HIDE_TO_TRAY_TEXT,
    IDLE_TOOLTIP,
    FootcareTray,
    session_status,
    should_hide_to_tray,
    status_text,
)

# The offscreen platform has no tray host; showing an icon there makes Qt say so.
OFFSCREEN_TRAY = "No such signal QPlatformNativeInterface::systemTrayWindowChanged"


def an_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill()
    return QIcon(pixmap)


@pytest.fixture
def tray(qtbot: QtBot) -> Iterator[FootcareTray]:
    tray = FootcareTray(an_icon(), available=True)
    yield tray
    tray.hide()
    tray.deleteLater()


def icon(tray: FootcareTray) -> QSystemTrayIcon:
    """The icon the desktop shows, and whose signals it sends."""
    found = tray.findChild(QSystemTrayIcon)
    assert found is not None
    return found


class CountingTray(QSystemTrayIcon):
    tooltips: list[str]

    def setToolTip(self, tip: str) -> None:
        self.tooltips.append(tip)
        super().setToolTip(tip)


def test_without_a_tray_the_object_is_inert(qtbot: QtBot) -> None:
    # The offscreen platform, like a desktop without a tray, has none.
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    tray = FootcareTray(an_icon())
    assert not tray.available
    assert tray.menu is None
    tray.show()
    tray.set_session_status("Calf stretch — Hold, 12 s left", paused=False)
    assert tray.tooltip == "Calf stretch — Hold, 12 s left"
    assert not tray.notify("Time for a foot exercise", "Calf stretch: 0 of 2 done", "calf")
    tray.hide()


def test_menu_actions_emit_their_requests(tray: FootcareTray, qtbot: QtBot) -> None:
    assert tray.available
    assert tray.menu is not None
    names = [action.text() for action in tray.menu.actions() if not action.isSeparator()]
    assert names == ["Start routine", "Pause", "Show Footcare", "Quit Footcare"]
    for action, signal in (
        (tray.start_routine_action, tray.start_routine_requested),
        (tray.show_action, tray.show_window_requested),
        (tray.quit_action, tray.quit_requested),
    ):
        with qtbot.waitSignal(signal, timeout=1000):
            action.trigger()
    tray.set_session_status("Calf stretch — Hold, 3 s left", paused=False)
    with qtbot.waitSignal(tray.pause_toggle_requested, timeout=1000):
        tray.pause_action.trigger()


def test_a_click_on_the_icon_shows_the_window(tray: FootcareTray, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tray.show_window_requested, timeout=1000):
        icon(tray).activated.emit(QSystemTrayIcon.ActivationReason.Trigger)  # as the desktop does
    with qtbot.assertNotEmitted(tray.show_window_requested):
        icon(tray).activated.emit(QSystemTrayIcon.ActivationReason.Context)


def test_the_tooltip_and_pause_action_follow_the_session(tray: FootcareTray) -> None:
    assert tray.tooltip == IDLE_TOOLTIP
    assert not tray.pause_action.isEnabled()
    tray.set_session_status("Calf stretch — Hold, 12 s left", paused=False)
    assert icon(tray).toolTip() == "Calf stretch — Hold, 12 s left"
    assert (tray.pause_action.text(), tray.pause_action.isEnabled()) == ("Pause", True)
    tray.set_session_status("Calf stretch — paused", paused=True)
    assert tray.pause_action.text() == "Resume"
    tray.set_session_status(None, paused=False)
    assert icon(tray).toolTip() == IDLE_TOOLTIP
    assert (tray.pause_action.text(), tray.pause_action.isEnabled()) == ("Pause", False)


def test_an_unchanged_tooltip_is_not_set_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    CountingTray.tooltips = []
    monkeypatch.setattr(tray_module, "QSystemTrayIcon", CountingTray)
    tray = FootcareTray(an_icon(), available=True)
    CountingTray.tooltips.clear()
    for text in ("Hold, 3 s left", "Hold, 3 s left", "Hold, 2 s left", "Hold, 2 s left"):
        tray.set_session_status(text, paused=False)
    assert CountingTray.tooltips == ["Hold, 3 s left", "Hold, 2 s left"]


@pytest.mark.qt_log_ignore(OFFSCREEN_TRAY)
def test_clicking_a_reminder_names_its_exercise(tray: FootcareTray, qtbot: QtBot) -> None:
    tray.show()
    assert tray.notify("Time for a foot exercise", "Calf stretch: 1 of 2 done today", "calf")
    with qtbot.waitSignal(tray.reminder_clicked, timeout=1000) as clicked:
        icon(tray).messageClicked.emit()
    assert clicked.args == ["calf"]
    assert tray.notify("Footcare is still running", HIDE_TO_TRAY_TEXT)
    with qtbot.waitSignal(tray.show_window_requested, timeout=1000):
        icon(tray).messageClicked.emit()


def test_status_lines() -> None:
    assert status_text("Calf stretch", "Hold", 11_200, paused=False) == (
        "Calf stretch — Hold, 12 s left"
    )
    assert status_text("Calf stretch", "Hold", 11_200, paused=True) == "Calf stretch — paused"
    assert status_text("Toe pulling", "Pull", None, False, rep=3, reps=25) == (
        "Toe pulling — Pull, rep 3 of 25"
    )


def test_status_of_a_running_session(catalogue: Catalogue, clock: ManualClock) -> None:
    session = Session(build_plan(catalogue.get("calf-stretch")), clock)
    session.start()
    step = session.step
    remaining = session.remaining_ms()
    assert remaining is not None
    assert session_status(session) == f"Calf stretch — {step.label}, {remaining // 1000} s left"
    session.pause()
    assert session_status(session) == "Calf stretch — paused"


def test_closing_hides_to_the_tray_only_with_reminders_and_a_tray() -> None:
    assert should_hide_to_tray(reminders_enabled=True, tray_available=True)
    assert not should_hide_to_tray(reminders_enabled=True, tray_available=False)
    assert not should_hide_to_tray(reminders_enabled=False, tray_available=True)
