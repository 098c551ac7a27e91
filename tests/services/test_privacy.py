"""Health data is the user's alone: with the common umask 022 the data and settings folders are
0700 and their files 0600 (another local user read them before)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from footcare_gui.core.history import SessionRecord
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import DB_FILENAME, HistoryStore


@pytest.fixture(autouse=True)
def common_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def a_record() -> SessionRecord:
    start = datetime(2026, 11, 27, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    return SessionRecord(
        exercise_id="calf-stretch",
        started_at=start,
        ended_at=start + timedelta(seconds=95),
        active_s=95.0,
        paused_s=0.0,
        reps_done=3,
        reps_planned=3,
        sets_done=1,
        sets_planned=1,
        sides_done=2,
        sides_planned=2,
        finished=True,
        pain_before=None,
        pain_after=None,
        note="private",
    )


def test_a_new_history_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "data"
    store = HistoryStore.open(folder)
    try:
        store.add(a_record())
        assert mode(folder) == 0o700
        for name in (DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm"):
            assert mode(folder / name) == 0o600, name
    finally:
        store.close()


def test_an_older_history_readable_by_others_is_made_private(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path)
    store.add(a_record())
    store.close()
    (tmp_path / DB_FILENAME).chmod(0o644)
    store = HistoryStore.open(tmp_path)
    try:
        assert mode(tmp_path / DB_FILENAME) == 0o600
        assert len(store.sessions()) == 1
    finally:
        store.close()


def test_the_settings_folder_and_file_are_private(user_settings: Path) -> None:
    settings = Settings()
    settings.set_json_value("routines/book", {"version": 1})
    assert settings.sync()
    path = Path(settings.path)
    assert path.is_relative_to(user_settings)
    assert mode(path.parent) == 0o700
    assert mode(path) == 0o600
    settings.volume = 40  # Qt saves through a new file renamed over the old: still private
    assert settings.sync()
    assert mode(path) == 0o600
