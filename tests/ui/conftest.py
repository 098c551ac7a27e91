from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.clock import ManualClock
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import HistoryStore
from footcare_gui.ui.main_window import MainWindow
from tests.fakes import (
    AnsweredPrompts,
    FakeWakeTimer,
    RecordingTones,
    RecordingVoice,
    WallClock,
)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def wall_clock() -> WallClock:
    return WallClock(datetime(2026, 11, 27, 9, 0, tzinfo=timezone(timedelta(hours=1))))


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore.open(tmp_path / "data")
    yield store
    store.close()


@pytest.fixture
def timer(clock: ManualClock) -> FakeWakeTimer:
    return FakeWakeTimer(clock)


@pytest.fixture
def audio(qtbot: QtBot, settings: Settings, clock: ManualClock) -> Iterator[AudioCues]:
    audio = AudioCues(settings, RecordingTones(), RecordingVoice(), clock)
    yield audio
    audio.shutdown()


@pytest.fixture
def prompts() -> AnsweredPrompts:
    """The session's questions: arrange the answers with ``prompts.answer(True)``."""
    return AnsweredPrompts()


@pytest.fixture
def make_window(
    qtbot: QtBot,
    prompts: AnsweredPrompts,
    catalogue: Catalogue,
    settings: Settings,
    clock: ManualClock,
    timer: FakeWakeTimer,
    audio: AudioCues,
    history: HistoryStore,
    wall_clock: WallClock,
) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def make(sound: AudioCues | None = None) -> MainWindow:
        """``sound``: other audio than the ``audio`` fixture's."""
        window = MainWindow(
            catalogue,
            settings,
            clock=clock,
            timer_factory=lambda _parent: timer,
            audio=sound or audio,
            history=history,
            prompts=prompts,
            wall_clock=wall_clock,
        )
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        windows.append(window)
        return window

    yield make
    # Not qtbot.addWidget: its close would ask "stop the session?" of nobody. No session may
    # outlive its test, or a late tick could land in the next one.
    for window in windows:
        window.session_view.abandon()
        window.close()
        window.deleteLater()


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()
