"""The tray, reminders, hiding to the tray, and requests from a second launch."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import time

import pytest
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.clock import ManualClock
from footcare_gui.core.reminders import Reminder
from footcare_gui.services import reminder_settings
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import HistoryStore
from footcare_gui.ui.desktop import Desktop
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.tray import HIDE_TO_TRAY_TEXT
from tests.fakes import FakeWakeTimer
from tests.ui.conftest import WallClock
from tests.ui.test_history_ui import stored

OFFSCREEN_TRAY = "No such signal QPlatformNativeInterface::systemTrayWindowChanged"


def reminders_on(settings: Settings, **times: tuple[time, ...]) -> None:
    value = reminder_settings.load(settings)
    reminder_settings.save(settings, replace(value, enabled=True, times=times))


@pytest.fixture
def notes() -> list[tuple[str, ...]]:
    """The desktop notifications shown, as (title, text, exercise id)."""
    return []


def wire(
    window: MainWindow,
    settings: Settings,
    catalogue: Catalogue,
    notes: list[tuple[str, ...]],
    tray: bool,
    timer: FakeWakeTimer | None = None,
) -> Desktop:
    zone = window.wall_clock().tzinfo
    desktop = Desktop(
        window, settings, catalogue, tray_available=tray, reminder_timer=timer, zone=zone
    )

    def notify(title: str, text: str, exercise_id: str = "") -> bool:
        notes.append((title, text, exercise_id))
        return tray

    desktop.tray.notify = notify  # type: ignore[method-assign]
    return desktop


@pytest.mark.qt_log_ignore(OFFSCREEN_TRAY)
def test_with_reminders_on_closing_hides_to_the_tray_and_says_so_once(
    qtbot: QtBot,
    window: MainWindow,
    settings: Settings,
    catalogue: Catalogue,
    notes: list[tuple[str, ...]],
) -> None:
    reminders_on(settings)
    wire(window, settings, catalogue, notes, tray=True)
    assert not window.close()
    assert not window.isVisible()
    assert [n[1] for n in notes] == [HIDE_TO_TRAY_TEXT]
    window.bring_forward()
    assert not window.close()
    assert len(notes) == 1  # told once only
    window.quit_app()
    assert not window.isVisible()
    assert reminder_settings.load(settings).tray_explained


def test_without_a_tray_closing_quits_as_before(
    window: MainWindow, settings: Settings, catalogue: Catalogue, notes: list[tuple[str, ...]]
) -> None:
    reminders_on(settings)
    desktop = wire(window, settings, catalogue, notes, tray=False)
    assert not desktop.tray.available
    assert window.close()
    assert notes == []


def test_a_second_launch_can_start_a_session_but_never_cuts_one_short(
    window: MainWindow, settings: Settings, catalogue: Catalogue, notes: list[tuple[str, ...]]
) -> None:
    desktop = wire(window, settings, catalogue, notes, tray=False)
    desktop.handle_request({"action": "start", "exercise": "toe-pulling"})
    assert window.session_view.driver is not None
    running = window.session_view.driver
    assert running.session.plan.exercise_id == "toe-pulling"
    desktop.handle_request({"action": "start", "exercise": "calf-stretch"})
    desktop.handle_request({"action": "start-routine", "name": None})
    assert window.session_view.driver is running


def test_a_second_launch_starts_a_routine_by_name(
    window: MainWindow, settings: Settings, catalogue: Catalogue, notes: list[tuple[str, ...]]
) -> None:
    window.routines.add_routine("Evening", ["toe-pulling", "calf-stretch"])
    desktop = wire(window, settings, catalogue, notes, tray=False)
    desktop.handle_request({"action": "start-routine", "name": "evening"})
    assert window.windowTitle() == "Footcare — Evening (routine)"


@pytest.mark.qt_log_ignore(OFFSCREEN_TRAY)
def test_a_reminder_comes_at_its_time_and_not_once_the_target_is_met(
    window: MainWindow,
    settings: Settings,
    catalogue: Catalogue,
    notes: list[tuple[str, ...]],
    wall_clock: WallClock,
    history: HistoryStore,
) -> None:
    """The window's wall clock says 09:00; calf stretch reminders at 09:30 and 18:00."""
    reminders_on(settings, **{"calf-stretch": (time(9, 30), time(18, 0))})
    for other in catalogue.ids():
        if other != "calf-stretch":
            value = reminder_settings.load(settings)
            reminder_settings.save(settings, replace(value, times={**value.times, other: ()}))
    clock = ManualClock()
    timer = FakeWakeTimer(clock)
    desktop = wire(window, settings, catalogue, notes, tray=True, timer=timer)
    assert desktop.reminders.next_due is not None
    wall_clock.advance(minutes=31)
    assert timer.due_ms is not None
    timer.advance(timer.due_ms - clock.now_ms())
    assert notes == [
        ("Time for a foot exercise", "Calf stretch: 0 of 2 done today", "calf-stretch")
    ]
    desktop.tray.reminder_clicked.emit("calf-stretch")
    assert window.browser.current_exercise() is catalogue.get("calf-stretch")

    for _ in range(2):  # both of today's calf stretches done by the evening
        history.add(stored(wall_clock, "calf-stretch", 0))
    wall_clock.now = wall_clock.now.replace(hour=18, minute=1)
    assert timer.due_ms is not None
    timer.advance(timer.due_ms - clock.now_ms())
    assert len(notes) == 1  # the 18:00 reminder is not shown: the target is met


def test_the_tray_tooltip_follows_the_session_and_clears_at_the_end(
    window: MainWindow,
    settings: Settings,
    catalogue: Catalogue,
    notes: list[tuple[str, ...]],
    timer: FakeWakeTimer,
) -> None:
    window.start_exercise("calf-stretch")  # before the tray exists, as with --start
    desktop = wire(window, settings, catalogue, notes, tray=False)
    timer.advance(6_000)
    assert desktop.tray.tooltip == "Calf stretch — Hold the stretch, 29 s left"
    timer.advance(80_000)
    assert desktop.tray.tooltip == "Footcare"


@pytest.mark.qt_log_ignore(OFFSCREEN_TRAY)
def test_a_reminder_due_during_a_session_comes_after_it_unless_done(
    window: MainWindow,
    settings: Settings,
    catalogue: Catalogue,
    notes: list[tuple[str, ...]],
    wall_clock: WallClock,
    timer: FakeWakeTimer,
) -> None:
    reminders_on(settings)
    desktop = wire(window, settings, catalogue, notes, tray=True)
    window.start_exercise("calf-stretch")
    due = [
        Reminder("calf-stretch", "Calf stretch: 0 of 2 done today"),
        Reminder("toe-pulling", "Toe pulling: 0 of 3 done today"),
    ]
    desktop.reminders.remind.emit(due)  # as the scheduler does at 09:00
    assert notes == []  # not in the middle of a stretch
    timer.advance(80_000)  # the calf stretch ends: 1 of 2 done, toe pulling still 0 of 3
    assert notes == [
        (
            "Time for your foot exercises",
            "Calf stretch: 1 of 2 done today\nToe pulling: 0 of 3 done today",
            "calf-stretch",
        )
    ]


def test_a_second_launch_hands_its_wayland_activation_token_over(
    window: MainWindow,
    settings: Settings,
    catalogue: Catalogue,
    notes: list[tuple[str, ...]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On Wayland only the launcher's token lets a window come to the front: the second launch
    sends it, the running Footcare puts it where Qt's Wayland platform reads it."""
    from footcare_gui.services.single_instance import with_activation_token

    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "token-from-the-launcher")
    request = with_activation_token({"action": "show"})  # what the second launch sends
    assert request == {"action": "show", "activation_token": "token-from-the-launcher"}
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN")
    start = {"action": "start", "exercise": "calf-stretch"}
    assert with_activation_token(start) == start
    desktop = wire(window, settings, catalogue, notes, tray=False)
    desktop.handle_request(request)
    assert os.environ["XDG_ACTIVATION_TOKEN"] == "token-from-the-launcher"


def test_a_second_launch_can_import_a_routine_even_during_a_session(
    window: MainWindow, settings: Settings, catalogue: Catalogue, notes: list[tuple[str, ...]]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.core.test_routine_file import SAMPLES

    desktop = wire(window, settings, catalogue, notes, tray=False)
    desktop.handle_request({"action": "start", "exercise": "toe-pulling"})
    running = window.session_view.driver
    desktop.handle_request({"action": "import-routine", "path": str(SAMPLES / "clinician.json")})
    assert window.routines.names() == ["My routine", "From Dr Okafor"]
    assert window.session_view.driver is running  # the session goes on
    shown = window.findChild(QMessageBox)
    assert "From Dr Okafor" in shown.text()
    shown.close()
