"""The user's reminder choices, kept as one versioned JSON value in the settings file.

Reminders are off until the user turns them on in Preferences: they pop up on the desktop and
keep Footcare running in the tray after its window closes, which nobody should get unasked.
Times are kept only for exercises whose times the user changed; the others follow the
catalogue's "times a day" (core/reminders.py), so a new default reaches every user who did not
choose. A damaged, hand-edited or newer value means the defaults for what cannot be read.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import time
from typing import Any

from footcare_gui.core.catalogue import Catalogue, localized
from footcare_gui.core.i18n import Context
from footcare_gui.core.reminders import (
    MAX_TIMES,
    ReminderPlan,
    default_times,
    normalised,
    plans_for,
)
from footcare_gui.services.settings import Settings

log = logging.getLogger(__name__)
ReminderSettingsText = Context("ReminderSettingsText")

KEY = "reminders/v1"
VERSION = 1
_HH_MM = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")
_TYPED = re.compile(r"([0-9]{1,2})(?:[:.h]([0-9]{2}))?", re.ASCII)


@dataclass(frozen=True)
class ReminderSettings:
    enabled: bool = False
    # Exercise id -> the user's times; an empty tuple turns that exercise's reminders off.
    times: Mapping[str, tuple[time, ...]] = field(default_factory=dict)
    tray_explained: bool = False  # the user was told once that closing keeps Footcare running


def load(settings: Settings) -> ReminderSettings:
    raw = settings.json_value(KEY)
    if raw is None:
        return ReminderSettings()
    if not isinstance(raw, dict) or raw.get("version") != VERSION:
        log.warning("settings: %s is not a version %d value; using defaults", KEY, VERSION)
        return ReminderSettings()
    enabled, explained = raw.get("enabled", False), raw.get("tray_explained", False)
    return ReminderSettings(
        enabled=enabled if isinstance(enabled, bool) else False,
        times=_read_times(raw.get("times", {})),
        tray_explained=explained if isinstance(explained, bool) else False,
    )


def save(settings: Settings, value: ReminderSettings) -> None:
    settings.set_json_value(
        KEY,
        {
            "version": VERSION,
            "enabled": value.enabled,
            "times": {
                ident: [at.strftime("%H:%M") for at in normalised(times)]
                for ident, times in value.times.items()
            },
            "tray_explained": value.tray_explained,
        },
    )


def active_plans(settings: Settings, catalogue: Catalogue) -> list[ReminderPlan]:
    """What the reminder scheduler should follow now: nothing while reminders are off."""
    value = load(settings)
    return plans_for(catalogue, value.times) if value.enabled else []


def save_choices(
    settings: Settings, catalogue: Catalogue, enabled: bool, texts: Mapping[str, str]
) -> str:
    """Saves reminders on or off with the times typed for each exercise (id -> text), as
    Preferences and the welcome offer them. Only times that differ from the defaults are kept,
    so new defaults still reach the rest. A time that can't be read saves nothing: the problem,
    naming the exercise, is returned ("" when saved)."""
    chosen = {}
    for exercise in catalogue.exercises:
        try:
            times = parse_times_text(texts.get(exercise.id, ""))
        except ValueError as error:
            return ReminderSettingsText.tr("{exercise}: {problem}").format(
                exercise=localized(exercise).name, problem=error
            )
        if times != default_times(exercise.per_day.default):
            chosen[exercise.id] = times
    save(settings, replace(load(settings), enabled=enabled, times=chosen))
    return ""


def times_text(times: tuple[time, ...]) -> str:
    """For a text field in Preferences: "09:00, 18:00"."""
    return ", ".join(at.strftime("%H:%M") for at in times)


def parse_times_text(text: str) -> tuple[time, ...]:
    """What the user typed ("9:00, 18:30" or "9, 18"); ValueError names the part it can't read.

    An empty text means no reminders for that exercise.
    """
    times = []
    for part in filter(None, (p.strip() for p in text.replace(";", ",").split(","))):
        match = _TYPED.fullmatch(part)
        if match is None or int(match[1]) > 23 or int(match[2] or 0) > 59:
            raise ValueError(
                ReminderSettingsText.tr("'{text}' is not a time like 09:00").format(text=part)
            )
        times.append(time(int(match[1]), int(match[2] or 0)))
    if len(times) > MAX_TIMES:
        raise ValueError(
            ReminderSettingsText.tr("at most {count} times a day").format(count=MAX_TIMES)
        )
    return normalised(times)


def _read_times(raw: Any) -> dict[str, tuple[time, ...]]:
    if not isinstance(raw, dict):
        log.warning("settings: reminder times in %s are unreadable; using defaults", KEY)
        return {}
    chosen = {}
    for ident, texts in raw.items():
        times = _parse_times(texts)
        if times is None:
            log.warning("settings: reminder times for %r are unreadable; using defaults", ident)
        else:
            chosen[str(ident)] = times
    return chosen


def _parse_times(texts: Any) -> tuple[time, ...] | None:
    if not isinstance(texts, list) or len(texts) > MAX_TIMES:
        return None
    times = []
    for text in texts:
        match = _HH_MM.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            return None
        times.append(time(int(match[1]), int(match[2])))
    return normalised(times)
