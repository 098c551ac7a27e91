"""The reminder scheduler walked through days on a fake wall clock, and the stored choices."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.reminders import Reminder, ReminderPlan, plans_for
from footcare_gui.services import reminder_settings
from footcare_gui.services.reminder_settings import ReminderSettings
from footcare_gui.services.settings import Settings
from footcare_gui.ui.reminder_scheduler import MAX_WAIT, ReminderScheduler
from tests.fakes import SteppingTimer, WallClock

LONDON = ZoneInfo("Europe/London")
CALF = ReminderPlan("calf-stretch", "Calf stretch", (time(9), time(18)))
TARGETS = {"calf-stretch": 2}


class Harness:
    def __init__(self, qtbot: QtBot, start: datetime, plans: list[ReminderPlan]):
        self.wall = WallClock(start)
        self.timer = SteppingTimer(self.wall)
        self.plans = plans
        self.done: dict[str, int] = {}
        self.asked: list[date] = []
        self.shown: list[list[Reminder]] = []
        self.scheduler = ReminderScheduler(
            lambda: self.plans, self._done, TARGETS, self.wall, self.timer, LONDON
        )
        self.scheduler.remind.connect(self.shown.append)

    def _done(self, day: date) -> dict[str, int]:
        self.asked.append(day)
        return self.done


@pytest.fixture
def harness(qtbot: QtBot) -> Harness:
    return Harness(qtbot, datetime(2026, 11, 27, 7, 0, tzinfo=LONDON), [CALF])


def texts(shown: list[list[Reminder]]) -> list[list[str]]:
    return [[r.text for r in batch] for batch in shown]


def test_waits_for_the_next_time_capped_so_a_sleep_is_noticed(harness: Harness) -> None:
    harness.scheduler.start()
    assert harness.scheduler.next_due == datetime(2026, 11, 27, 9, tzinfo=UTC)
    assert harness.timer.delay_ms == MAX_WAIT // timedelta(milliseconds=1)
    harness.timer.run_until(datetime(2026, 11, 27, 8, 59, tzinfo=LONDON))
    assert harness.shown == []
    assert harness.timer.wakes == 7  # 07:15 ... 08:45: each wake only re-arms
    assert harness.timer.delay_ms == 15 * 60_000


def test_reminds_at_each_time_unless_done_and_rearms_for_the_next(harness: Harness) -> None:
    harness.scheduler.start()
    harness.timer.run_until(datetime(2026, 11, 27, 9, tzinfo=LONDON))
    assert texts(harness.shown) == [["Calf stretch: 0 of 2 done today"]]
    assert harness.asked[-1] == date(2026, 11, 27)
    assert harness.scheduler.next_due == datetime(2026, 11, 27, 18, tzinfo=UTC)
    harness.done["calf-stretch"] = 2  # both sessions done by the evening: no reminder
    harness.timer.run_until(datetime(2026, 11, 28, 8, 0, tzinfo=LONDON))
    assert len(harness.shown) == 1
    harness.done.clear()  # a new day
    harness.timer.run_until(datetime(2026, 11, 28, 9, 0, tzinfo=LONDON))
    assert texts(harness.shown)[-1] == ["Calf stretch: 0 of 2 done today"]
    assert harness.asked[-1] == date(2026, 11, 28)


def test_a_timer_that_fires_early_waits_again_instead_of_missing_the_time(
    harness: Harness,
) -> None:
    harness.wall.now = datetime(2026, 11, 27, 8, 50, tzinfo=LONDON)
    harness.scheduler.start()
    harness.timer.fire(late=-timedelta(seconds=30))  # coarse timers may fire up to 5% early
    assert harness.shown == []
    assert harness.timer.delay_ms == 30_000
    harness.timer.fire()
    assert texts(harness.shown) == [["Calf stretch: 0 of 2 done today"]]


def test_waking_after_a_long_sleep_brings_one_reminder_not_a_burst(qtbot: QtBot) -> None:
    plans = [CALF, ReminderPlan("toe-pulling", "Toe pulling", (time(9), time(13), time(18)))]
    harness = Harness(qtbot, datetime(2026, 11, 27, 8, 50, tzinfo=LONDON), plans)
    harness.scheduler.start()
    harness.timer.fire(late=timedelta(hours=10))  # asleep until 18:50
    assert texts(harness.shown) == [
        ["Calf stretch: 0 of 2 done today", "Toe pulling: 0 of 3 done today"]
    ]
    assert harness.scheduler.next_due == datetime(2026, 11, 28, 9, tzinfo=UTC)


def test_times_already_passed_at_start_are_not_shown(qtbot: QtBot) -> None:
    harness = Harness(qtbot, datetime(2026, 11, 27, 12, 0, tzinfo=LONDON), [CALF])
    harness.scheduler.start()
    harness.timer.run_until(datetime(2026, 11, 27, 17, 59, tzinfo=LONDON))
    assert harness.shown == []


def test_reschedule_follows_changed_plans_without_reminding_of_the_past(
    harness: Harness,
) -> None:
    harness.wall.now = datetime(2026, 11, 27, 10, 0, tzinfo=LONDON)
    harness.scheduler.start()
    harness.plans = [ReminderPlan("calf-stretch", "Calf stretch", (time(9, 30), time(10, 30)))]
    harness.scheduler.reschedule()
    assert harness.scheduler.next_due == datetime(2026, 11, 27, 10, 30, tzinfo=UTC)
    harness.timer.run_until(datetime(2026, 11, 27, 10, 30, tzinfo=LONDON))
    assert texts(harness.shown) == [["Calf stretch: 0 of 2 done today"]]


def test_no_plans_means_no_timer_and_stop_means_silence(harness: Harness) -> None:
    harness.plans = []
    harness.scheduler.start()
    assert (harness.timer.delay_ms, harness.scheduler.next_due) == (None, None)
    harness.plans = [CALF]
    harness.scheduler.reschedule()
    assert harness.timer.delay_ms is not None
    harness.scheduler.stop()
    assert (harness.timer.delay_ms, harness.scheduler.running) == (None, False)


def test_a_dst_morning_waits_for_the_local_time(qtbot: QtBot) -> None:
    # The clocks go back at 02:00 BST on 25 October: 09:00 that day is 09:00 GMT.
    harness = Harness(qtbot, datetime(2026, 10, 24, 20, 0, tzinfo=LONDON), [CALF])
    harness.scheduler.start()
    harness.timer.run_until(datetime(2026, 10, 25, 9, 0, tzinfo=LONDON))
    assert len(harness.shown) == 1
    assert harness.wall.now.astimezone(UTC) == datetime(2026, 10, 25, 9, 0, tzinfo=UTC)


def test_the_real_timer_is_armed_and_stopped(qtbot: QtBot) -> None:
    wall = WallClock(datetime(2026, 11, 27, 8, 59, 59, tzinfo=LONDON))
    scheduler = ReminderScheduler(lambda: [CALF], lambda _day: {}, TARGETS, wall, zone=LONDON)
    scheduler.start()
    assert scheduler.next_due == datetime(2026, 11, 27, 9, tzinfo=UTC)
    scheduler.stop()
    assert scheduler.next_due is None


# --- the stored choices ------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_reminders_are_off_until_turned_on(settings: Settings, catalogue: Catalogue) -> None:
    assert reminder_settings.load(settings) == ReminderSettings()
    assert reminder_settings.active_plans(settings, catalogue) == []


def test_choices_round_trip_and_unchosen_exercises_keep_their_defaults(
    settings: Settings, catalogue: Catalogue
) -> None:
    chosen = ReminderSettings(
        enabled=True,
        times={"calf-stretch": (time(19), time(7, 30)), "ankle-flexion": ()},
        tray_explained=True,
    )
    reminder_settings.save(settings, chosen)
    assert settings.json_value(reminder_settings.KEY)["times"]["calf-stretch"] == [
        "07:30",
        "19:00",
    ]
    loaded = reminder_settings.load(settings)
    assert loaded.enabled
    assert loaded.tray_explained
    assert loaded.times == {"calf-stretch": (time(7, 30), time(19)), "ankle-flexion": ()}
    plans = {p.exercise_id: p.times for p in reminder_settings.active_plans(settings, catalogue)}
    assert plans["calf-stretch"] == (time(7, 30), time(19))
    assert plans["ankle-flexion"] == ()  # the user turned this one off
    assert plans["toe-pulling"] == (time(9), time(13), time(18))


@pytest.mark.parametrize(
    "stored",
    [
        "not json at all",
        '["a list"]',
        '{"version": 2, "enabled": true}',
        '{"enabled": true}',
    ],
)
def test_unreadable_or_newer_values_mean_the_defaults(
    settings: Settings, stored: str, caplog: pytest.LogCaptureFixture
) -> None:
    settings.set_raw_value(reminder_settings.KEY, stored)
    assert reminder_settings.load(settings) == ReminderSettings()
    assert caplog.records


def test_damaged_fields_fall_back_one_by_one(
    settings: Settings, catalogue: Catalogue, caplog: pytest.LogCaptureFixture
) -> None:
    settings.set_json_value(
        reminder_settings.KEY,
        {
            "version": 1,
            "enabled": "yes",
            "tray_explained": True,
            "times": {
                "calf-stretch": ["25:00"],
                "toe-pulling": "09:00",
                "ankle-flexion": ["8:00"],
                "achilles-stretch": ["06:45", "06:45"],
                "ankle-extension": ["09:00"] * 13,
            },
        },
    )
    loaded = reminder_settings.load(settings)
    assert (loaded.enabled, loaded.tray_explained) == (False, True)
    assert loaded.times == {"achilles-stretch": (time(6, 45),)}
    assert len(caplog.records) == 4
    calf = next(p for p in plans_for(catalogue, loaded.times) if p.exercise_id == "calf-stretch")
    assert calf.times == (time(9), time(18))


def test_times_typed_in_preferences() -> None:
    parse = reminder_settings.parse_times_text
    assert parse("18:30, 9:00") == (time(9), time(18, 30))
    assert parse("9; 13.15 ,18h00") == (time(9), time(13, 15), time(18))
    assert parse("  ") == ()
    for bad in ("25:00", "9:60", "noon", "9:5", "\uff110:00"):
        with pytest.raises(ValueError, match="is not a time"):
            parse(bad)
    with pytest.raises(ValueError, match="at most"):
        parse(", ".join(f"{h}:00" for h in range(13)))
    assert reminder_settings.times_text((time(9), time(18, 30))) == "09:00, 18:30"
