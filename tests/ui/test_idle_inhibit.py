"""The screen stays awake during a session: checked against real D-Bus, a private session bus
with stand-in org.freedesktop.ScreenSaver and portal services (tests/dbus_services.py)."""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from footcare_gui.core.clock import ManualClock
from footcare_gui.services.idle_inhibit import APP_ID, DBusIdleInhibitor
from footcare_gui.ui.idle_guard import PAUSE_GRACE_MS, SessionIdleGuard
from footcare_gui.ui.main_window import MainWindow
from tests.fakes import FakeWakeTimer
from tests.private_bus import PrivateBus, Service
from tests.ui.conftest import answer_next_question

pytestmark = pytest.mark.slow  # starts a bus and a service process: about half a second
LEFT = Qt.MouseButton.LeftButton
REASON = "Footcare: Calf stretch session running"


@pytest.fixture
def guarded(
    window: MainWindow, private_bus: PrivateBus, clock: ManualClock
) -> tuple[MainWindow, FakeWakeTimer]:
    """The window with its idle guard on the private bus; the guard's own fake timer."""
    grace = FakeWakeTimer(clock)
    window.idle_guard = SessionIdleGuard(DBusIdleInhibitor(private_bus.connection), grace, window)
    return window, grace


def start_calf_stretch(qtbot: QtBot, window: MainWindow) -> None:
    window.browser.select("calf-stretch")
    qtbot.mouseClick(window.browser.start_button, LEFT)


def test_a_session_inhibits_idle_until_it_ends(
    qtbot: QtBot,
    guarded: tuple[MainWindow, FakeWakeTimer],
    timer: FakeWakeTimer,
    desktop_services: Callable[..., Service],
) -> None:
    window, _grace = guarded
    saver = desktop_services("screensaver")
    start_calf_stretch(qtbot, window)
    assert saver.calls() == [["Inhibit", APP_ID, REASON, 1]]
    timer.advance(5_000 + 30_000 + 4_000 + 30_000)
    assert saver.names() == ["Inhibit"]  # nothing more while it runs
    timer.advance(10_000)  # to the summary
    assert window.session_view.summary_title.text() == "Well done!"
    assert saver.calls()[1:] == [["UnInhibit", 1]]


def test_a_pause_over_a_minute_releases_and_resume_inhibits_again(
    qtbot: QtBot,
    guarded: tuple[MainWindow, FakeWakeTimer],
    timer: FakeWakeTimer,
    desktop_services: Callable[..., Service],
) -> None:
    window, grace = guarded
    saver = desktop_services("screensaver")
    start_calf_stretch(qtbot, window)
    timer.advance(10_000)
    qtbot.mouseClick(window.session_view.pause_button, LEFT)
    grace.advance(PAUSE_GRACE_MS - 1)
    assert saver.names() == ["Inhibit"]  # a short pause keeps the screen on
    grace.advance(1)
    assert saver.names() == ["Inhibit", "UnInhibit"]
    qtbot.mouseClick(window.session_view.pause_button, LEFT)  # resume
    assert saver.calls()[2] == ["Inhibit", APP_ID, REASON, 2]
    qtbot.mouseClick(window.session_view.pause_button, LEFT)  # a short pause...
    grace.advance(30_000)
    qtbot.mouseClick(window.session_view.pause_button, LEFT)  # ...and on
    assert not grace.active  # the grace period ended with the pause
    assert saver.names() == ["Inhibit", "UnInhibit", "Inhibit"]
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.session_view.stop_button, LEFT)
    assert window.session_view.summary_title.text() == "Session stopped"
    assert saver.calls()[3:] == [["UnInhibit", 2]]


def test_quitting_mid_session_releases(
    qtbot: QtBot,
    guarded: tuple[MainWindow, FakeWakeTimer],
    desktop_services: Callable[..., Service],
) -> None:
    window, _grace = guarded
    saver = desktop_services("screensaver")
    start_calf_stretch(qtbot, window)
    window.quit_now()  # a logout's SIGTERM ends here
    assert saver.names() == ["Inhibit", "UnInhibit"]


def test_the_portal_is_used_where_it_runs(
    qtbot: QtBot,
    guarded: tuple[MainWindow, FakeWakeTimer],
    timer: FakeWakeTimer,
    desktop_services: Callable[..., Service],
) -> None:
    window, _grace = guarded
    saver = desktop_services("screensaver")
    portal = desktop_services("portal")
    start_calf_stretch(qtbot, window)
    [(call, parent_window, flags, reason, handle)] = portal.calls()
    assert (call, parent_window, flags, reason) == ("Inhibit", "", 8, REASON)  # 8: idle
    timer.advance(80_000)
    assert portal.calls()[1:] == [["Close", handle]]
    assert saver.calls() == []


def test_a_screen_saver_without_inhibit_is_not_an_error(
    qtbot: QtBot,
    guarded: tuple[MainWindow, FakeWakeTimer],
    desktop_services: Callable[..., Service],
) -> None:
    """GNOME's org.freedesktop.ScreenSaver offers no Inhibit: no warning, the session runs."""
    window, _grace = guarded
    desktop_services("gnome-screensaver")
    start_calf_stretch(qtbot, window)  # (a Qt warning would fail the test)
    assert window.idle_guard is not None
    assert not window.idle_guard.inhibited
    assert window.has_active_session()


def test_without_a_service_the_session_runs_and_says_so_once_in_the_debug_log(
    qtbot: QtBot,
    guarded: tuple[MainWindow, FakeWakeTimer],
    timer: FakeWakeTimer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window, _grace = guarded
    caplog.set_level(logging.DEBUG, logger="footcare_gui.services.idle_inhibit")
    for _ in range(2):
        start_calf_stretch(qtbot, window)
        assert window.idle_guard is not None
        assert not window.idle_guard.inhibited
        timer.advance(80_000)
        assert window.session_view.summary_title.text() == "Well done!"
        qtbot.mouseClick(window.session_view.done_button, LEFT)
    notes = [r for r in caplog.records if r.name == "footcare_gui.services.idle_inhibit"]
    assert [r.levelno for r in notes] == [logging.DEBUG]
    assert "no idle inhibition" in notes[0].getMessage()


def test_the_real_app_releases_when_it_is_ended_mid_session(
    desktop_services: Callable[..., Service], private_bus: PrivateBus, tmp_path: Path
) -> None:
    """A logout's SIGTERM in the middle of a session: the inhibition ends with the app."""
    saver = desktop_services("screensaver")
    env = {
        **private_bus.env,
        "QT_QPA_PLATFORM": "offscreen",
        "FOOTCARE_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "footcare_gui", "--mute", "--start", "calf-stretch"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        saver.wait_for("Inhibit")
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=30) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert saver.calls() == [["Inhibit", APP_ID, REASON, 1], ["UnInhibit", 1]]
