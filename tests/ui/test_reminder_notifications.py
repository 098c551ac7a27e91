"""Reminders through the desktop's notification server, with "Start now" and "Later", never
while the user must not be disturbed: checked against real D-Bus, a private session bus with a
stand-in org.freedesktop.Notifications (tests/dbus_services.py) whose buttons the test presses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.clock import ManualClock
from footcare_gui.core.reminders import Reminder
from footcare_gui.services import reminder_settings
from footcare_gui.services.notifications import DesktopNotifications
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import HistoryStore
from footcare_gui.ui.desktop import QUIET_RECHECK_MS, SNOOZE_MS, Desktop
from footcare_gui.ui.main_window import MainWindow
from tests.fakes import FakeWakeTimer
from tests.private_bus import PrivateBus, Service
from tests.ui.conftest import WallClock
from tests.ui.test_history_ui import stored

pytestmark = pytest.mark.slow  # a bus and a service process: about half a second

CALF = Reminder("calf-stretch", "Calf stretch: 0 of 2 done today")
TOES = Reminder("toe-pulling", "Toe pulling: 0 of 3 done today")
BUTTONS = ["default", "", "start", "Start now", "later", "Later"]


class Quiet:
    """Another window full screen, as the desktop would say; off unless a test turns it on."""

    def __init__(self) -> None:
        self.full_screen = False


@pytest.fixture
def later() -> FakeWakeTimer:
    return FakeWakeTimer(ManualClock())


@pytest.fixture
def wired(
    window: MainWindow,
    settings: Settings,
    catalogue: Catalogue,
    private_bus: PrivateBus,
    later: FakeWakeTimer,
) -> tuple[Desktop, list[tuple[str, ...]], Quiet]:
    """The window's desktop side with the notification server on the private bus; the tray
    balloons shown instead, and the full-screen switch."""
    notifications = DesktopNotifications(private_bus.connection, window)
    quiet = Quiet()
    desktop = Desktop(
        window,
        settings,
        catalogue,
        tray_available=False,
        zone=window.wall_clock().tzinfo,
        notifications=notifications,
        quiet=lambda: notifications.inhibited() or quiet.full_screen,
        later_timer=later,
    )
    window.desktop = desktop
    balloons: list[tuple[str, ...]] = []
    desktop.tray.notify = lambda *shown: balloons.append(shown) or True  # type: ignore[method-assign]
    return desktop, balloons, quiet


def notified(server: Service) -> list[list[object]]:
    """(title, text, buttons) of each notification the server was asked to show."""
    return [call[2:5] for call in server.calls() if call[0] == "Notify"]


def test_a_reminder_is_a_notification_and_start_now_starts_the_exercise(
    qtbot: QtBot,
    window: MainWindow,
    wired: tuple[Desktop, list[tuple[str, ...]], Quiet],
    desktop_services: Callable[..., Service],
) -> None:
    desktop, balloons, _quiet = wired
    server = desktop_services("notifications")
    desktop.reminders.remind.emit([CALF])
    assert notified(server) == [["Time for a foot exercise", CALF.text, BUTTONS]]
    assert balloons == []
    [notification_id] = [call[5] for call in server.calls() if call[0] == "Notify"]
    server.control("InvokeAction", ("uint", notification_id), ("QString", "start"))
    qtbot.waitUntil(window.has_active_session, timeout=5000)  # the signal crosses the bus
    assert window.session_view.driver is not None
    assert window.session_view.driver.session.plan.exercise_id == "calf-stretch"


def test_later_brings_it_back_in_half_an_hour_unless_done_meanwhile(
    qtbot: QtBot,
    window: MainWindow,
    wired: tuple[Desktop, list[tuple[str, ...]], Quiet],
    desktop_services: Callable[..., Service],
    later: FakeWakeTimer,
    history: HistoryStore,
    wall_clock: WallClock,
) -> None:
    desktop, _balloons, _quiet = wired
    server = desktop_services("notifications")
    desktop.reminders.remind.emit([CALF, TOES])
    [first] = [call[5] for call in server.calls() if call[0] == "Notify"]
    server.control("InvokeAction", ("uint", first), ("QString", "later"))
    qtbot.waitUntil(lambda: later.active, timeout=5000)
    later.advance(SNOOZE_MS - 1)
    assert len(notified(server)) == 1
    history.add(stored(wall_clock, "toe-pulling", 0))  # toe pulling done meanwhile, all 3
    history.add(stored(wall_clock, "toe-pulling", 0))
    history.add(stored(wall_clock, "toe-pulling", 0))
    later.advance(1)
    assert notified(server)[1] == ["Time for a foot exercise", CALF.text, BUTTONS]
    later.advance(SNOOZE_MS * 4)
    assert len(notified(server)) == 2  # once, not again and again
    assert not window.has_active_session()


def test_do_not_disturb_holds_the_reminder_until_it_is_over_then_shows_it_once(
    window: MainWindow,
    wired: tuple[Desktop, list[tuple[str, ...]], Quiet],
    desktop_services: Callable[..., Service],
    later: FakeWakeTimer,
) -> None:
    desktop, balloons, _quiet = wired
    server = desktop_services("notifications")
    server.control("SetInhibited", ("bool", True))
    desktop.reminders.remind.emit([CALF])
    desktop.reminders.remind.emit([TOES])  # another falls due meanwhile
    later.advance(QUIET_RECHECK_MS * 30)
    assert notified(server) == []
    assert balloons == []  # not through the tray either
    server.control("SetInhibited", ("bool", False))
    later.advance(QUIET_RECHECK_MS)
    assert notified(server) == [
        ["Time for your foot exercises", f"{CALF.text}\n{TOES.text}", BUTTONS]
    ]
    later.advance(QUIET_RECHECK_MS * 30)
    assert len(notified(server)) == 1


def test_no_reminder_pops_up_over_a_full_screen_window(
    window: MainWindow,
    wired: tuple[Desktop, list[tuple[str, ...]], Quiet],
    desktop_services: Callable[..., Service],
    later: FakeWakeTimer,
) -> None:
    desktop, _balloons, quiet = wired
    server = desktop_services("notifications")
    quiet.full_screen = True  # a film, a presentation, a game
    desktop.reminders.remind.emit([CALF])
    later.advance(QUIET_RECHECK_MS * 10)
    assert notified(server) == []
    quiet.full_screen = False
    later.advance(QUIET_RECHECK_MS)
    assert notified(server) == [["Time for a foot exercise", CALF.text, BUTTONS]]


def test_a_server_without_buttons_gets_none(
    wired: tuple[Desktop, list[tuple[str, ...]], Quiet],
    desktop_services: Callable[..., Service],
) -> None:
    desktop, _balloons, _quiet = wired
    server = desktop_services("notifications", "--no-actions")
    desktop.reminders.remind.emit([CALF])
    assert notified(server) == [["Time for a foot exercise", CALF.text, ["default", ""]]]


def test_without_a_notification_server_the_tray_balloon_shows_it(
    wired: tuple[Desktop, list[tuple[str, ...]], Quiet],
) -> None:
    desktop, balloons, _quiet = wired
    desktop.reminders.remind.emit([CALF])
    assert balloons == [("Time for a foot exercise", CALF.text, "calf-stretch")]


def test_a_server_without_do_not_disturb_is_asked_nothing_about_it(
    wired: tuple[Desktop, list[tuple[str, ...]], Quiet],
    desktop_services: Callable[..., Service],
) -> None:
    """GNOME Shell has no Inhibited property: the reminder comes, with no warning."""
    desktop, _balloons, _quiet = wired
    server = desktop_services("notifications", "--no-inhibited")
    assert desktop.notifications is not None
    assert not desktop.notifications.inhibited()
    desktop.reminders.remind.emit([CALF])
    assert notified(server) == [["Time for a foot exercise", CALF.text, BUTTONS]]


def test_without_a_tray_the_welcome_offers_reminders_through_the_server(
    qtbot: QtBot,
    window: MainWindow,
    settings: Settings,
    wired: tuple[Desktop, list[tuple[str, ...]], Quiet],
    desktop_services: Callable[..., Service],
) -> None:
    """As Preferences does: the first-run welcome asked only whether there is a tray."""
    alone = window.welcome_dialog(tray_available=False)
    qtbot.addWidget(alone)
    assert not alone.reminders_on.isEnabled()  # no tray and no server: nothing can remind
    desktop_services("notifications")
    dialog = window.welcome_dialog(tray_available=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.reminders_on.isEnabled()
    qtbot.mouseClick(dialog.reminders_on, Qt.MouseButton.LeftButton)
    assert dialog.times_box.isVisible()
    assert reminder_settings.load(settings).enabled
