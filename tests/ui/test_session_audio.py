"""Sound in the session view: the cues a user hears, mute, notices, preferences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footcare_gui.core.clock import ManualClock
from footcare_gui.core.cues import Cue
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
from footcare_gui.services.sound import ToneBank
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.preferences import PreferencesDialog
from tests.fakes import FakeWakeTimer, RecordingVoice

LEFT = Qt.MouseButton.LeftButton


def test_a_session_is_heard_in_step_with_the_countdown(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, audio: AudioCues
) -> None:
    window.start_exercise("calf-stretch")
    assert audio.tones.warmed == 1  # type: ignore[attr-defined]
    timer.advance(5_000)
    assert audio.tones.played == [Cue.TICK, Cue.TICK, Cue.TICK, Cue.HOLD]  # type: ignore[attr-defined]
    assert audio.voice.said == [  # type: ignore[attr-defined]
        "Get ready: Calf stretch, left foot",
        "Hold the stretch",
    ]
    timer.advance(70_000)
    assert audio.tones.played[-1] is Cue.FINISH  # type: ignore[attr-defined]
    assert audio.voice.said[-1] == "Well done"  # type: ignore[attr-defined]


def test_pausing_cuts_off_a_prompt_being_spoken(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, audio: AudioCues
) -> None:
    stops: list[bool] = []
    audio.voice.stop = lambda: stops.append(True)  # type: ignore[method-assign]
    window.start_exercise("calf-stretch")
    timer.advance(5_000)
    qtbot.keyClick(window.session_view, Qt.Key.Key_Space)
    assert stops == [True]


def test_m_mutes_and_the_choice_is_remembered(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, audio: AudioCues, settings: Settings
) -> None:
    window.start_exercise("calf-stretch")
    view = window.session_view
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert view.live.mute_button.text() == "Unmute"
    assert view.live.mute_button.isChecked()
    assert settings.muted
    timer.advance(5_000)
    assert audio.tones.played == []  # type: ignore[attr-defined]
    qtbot.mouseClick(view.live.mute_button, LEFT)
    assert not settings.muted
    timer.advance(30_000)
    assert audio.tones.played == [Cue.TICK, Cue.TICK, Cue.TICK, Cue.SWITCH]  # type: ignore[attr-defined]


def test_without_sound_the_session_says_why_and_runs_as_usual(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    timer: FakeWakeTimer,
    settings: Settings,
    clock: ManualClock,
    output_device: None,  # so the missing files, not the missing device, are what it says
) -> None:
    def missing(name: str) -> Path:
        raise FileNotFoundError(name)

    broken = AudioCues(settings, ToneBank(missing), RecordingVoice(), clock)
    window = make_window(broken)
    window.start_exercise("calf-stretch")
    notice = window.session_view.live.audio_notice
    assert notice.isVisible()
    assert notice.text() == "No sound: the sound file hold.wav is missing."
    timer.advance(75_000)
    assert window.session_view.summary.title.text() == "Well done!"
    broken.shutdown()


def test_preferences_are_saved_and_test_sound_plays_each_cue(
    qtbot: QtBot, audio: AudioCues, settings: Settings
) -> None:
    dialog = PreferencesDialog(settings, audio)
    qtbot.addWidget(dialog)
    dialog.voice.setChecked(False)
    dialog.volume.setValue(35)
    assert (settings.voice_enabled, settings.volume) == (False, 35)
    assert dialog.volume_label.text() == "35 %"
    assert dialog.device.itemText(0).startswith("System default")
    audio.test_gap_ms = 1
    qtbot.mouseClick(dialog.test_button, LEFT)
    qtbot.waitUntil(lambda: len(audio.tones.played) == len(Cue))  # type: ignore[attr-defined]
    assert audio.tones.played == list(Cue)  # type: ignore[attr-defined]
    dialog.sound.setChecked(False)
    assert not settings.sound_enabled


@pytest.mark.parametrize(
    ("flags", "expected"), [([], (False, False)), (["--mute", "--no-voice"], (True, True))]
)
def test_mute_and_no_voice_flags_reach_the_app(
    monkeypatch: pytest.MonkeyPatch, flags: list[str], expected: tuple[bool, bool]
) -> None:
    import footcare_gui.app
    from footcare_gui.cli import main

    calls: list[tuple[bool, bool]] = []
    monkeypatch.setattr(
        footcare_gui.app, "run", lambda *a, mute, no_voice, **k: calls.append((mute, no_voice)) or 0
    )
    assert main(["--start", "calf-stretch", *flags]) == 0
    assert calls == [expected]
