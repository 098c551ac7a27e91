"""Audio cues: what is played and said, and a clear notice whenever sound is not possible."""

from __future__ import annotations

import builtins
import logging
import os
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from footcare_gui.core.clock import ManualClock
from footcare_gui.core.cues import Cue, FiredCue
from footcare_gui.services import speech
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
from footcare_gui.services.sound import SILENT_TAIL_S, ToneBank, sound_file
from footcare_gui.services.speech import Voice
from footcare_gui.speech_worker import choose_engine
from tests.fakes import RecordingTones, RecordingVoice

ROOT = Path(__file__).resolve().parents[2]
# A stand-in for a hung speech engine: it neither reads its stdin nor ends on SIGTERM.
IGNORES_STDIN_AND_SIGTERM = (
    "import signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\nwhile True: signal.pause()"
)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def audio(qtbot: QtBot, settings: Settings, clock: ManualClock) -> Iterator[AudioCues]:
    audio = AudioCues(settings, RecordingTones(), RecordingVoice(), clock)
    yield audio
    audio.shutdown()


def test_a_cue_plays_its_tone_then_says_its_prompt(audio: AudioCues, clock: ManualClock) -> None:
    audio.prepare()
    clock.advance(3)
    audio.handle(FiredCue(Cue.HOLD, clock.now_ms() - 3, "Hold the stretch"))
    assert audio.tones.played == [Cue.HOLD]  # type: ignore[attr-defined]
    assert audio.voice.said == ["Hold the stretch"]  # type: ignore[attr-defined]
    assert list(audio.lateness_ms) == [3]
    assert audio.tones.warmed == 1  # type: ignore[attr-defined]


def test_mute_silences_both_and_is_remembered(audio: AudioCues, settings: Settings) -> None:
    audio.set_muted(True)
    audio.handle(FiredCue(Cue.RELAX, 0, "Relax"))
    assert audio.tones.played == []  # type: ignore[attr-defined]
    assert audio.voice.said == []  # type: ignore[attr-defined]
    assert settings.muted


def test_mute_for_this_run_only_is_not_remembered(audio: AudioCues, settings: Settings) -> None:
    audio.set_muted(True, remember=False)
    assert audio.muted
    assert not settings.muted


def test_sound_and_voice_preferences_apply_separately(audio: AudioCues, settings: Settings) -> None:
    settings.voice_enabled = False
    audio.handle(FiredCue(Cue.TICK, 0, "3"))
    settings.voice_enabled, settings.sound_enabled = True, False
    audio.handle(FiredCue(Cue.FINISH, 0, "Well done"))
    audio.disallow_voice()  # --no-voice
    settings.sound_enabled = True
    audio.handle(FiredCue(Cue.SWITCH, 0, "Switch to your right foot"))
    assert audio.tones.played == [Cue.TICK, Cue.SWITCH]  # type: ignore[attr-defined]
    assert audio.voice.said == ["Well done"]  # type: ignore[attr-defined]


def test_test_sound_plays_every_cue_in_turn(qtbot: QtBot, audio: AudioCues) -> None:
    audio.test_gap_ms = 1
    audio.test_sounds()
    qtbot.waitUntil(lambda: audio.voice.said != [])  # type: ignore[attr-defined]
    assert audio.tones.played == list(Cue)  # type: ignore[attr-defined]
    assert audio.voice.said == ["Hold the stretch, rep 1 of 8"]  # type: ignore[attr-defined]


def test_the_mock_speech_engine_speaks_in_a_process_of_its_own(qtbot: QtBot) -> None:
    voice = Voice(engine="mock")
    try:
        with qtbot.waitSignal(voice.ready, timeout=30_000) as loaded:
            voice.load()
        assert loaded.args == [True]
        with qtbot.waitSignal(voice.spoke, timeout=10_000) as spoken:
            voice.say("Relax")
        assert spoken.args == ["Relax"]
        assert voice.reason() is None
    finally:
        voice.shutdown()


def test_the_mock_engine_is_never_chosen_for_a_user() -> None:
    assert choose_engine(["mock"]) is None
    assert choose_engine(["mock", "speechd"]) == "speechd"
    assert choose_engine([]) is None


def test_a_broken_speech_engine_gives_a_notice_and_a_log_line(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    voice = Voice(engine="no-such-engine")
    try:
        with caplog.at_level(logging.WARNING), qtbot.waitSignal(voice.ready, timeout=30_000) as r:
            voice.load()
    finally:
        voice.shutdown()
    assert r.args == [False]
    assert voice.reason() == (
        "Spoken prompts are unavailable: this system has no working speech engine."
    )
    assert "the 'no-such-engine' speech engine failed" in caplog.text


def test_a_speech_worker_that_never_answers_is_given_up(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # As when speech-dispatcher hangs: the app must not wait for it, and must say so.
    monkeypatch.setattr(speech, "worker_command", lambda _engine: [sys.executable, "-c", "input()"])
    monkeypatch.setattr(speech, "START_TIMEOUT_MS", 50)
    voice = Voice()
    try:
        with caplog.at_level(logging.WARNING), qtbot.waitSignal(voice.ready) as r:
            voice.load()
        voice.say("Relax")  # ignored, and never blocks
    finally:
        voice.shutdown()
    assert r.args == [False]
    assert "the speech engine did not start" in caplog.text


def test_the_worker_is_the_app_itself_in_a_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    assert speech.worker_command("mock")[1:] == [
        "-m",
        "footcare_gui",
        "--speech-worker",
        "--engine",
        "mock",
    ]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert speech.worker_command(None) == [sys.executable, "--speech-worker"]


def test_multimedia_failing_to_import_gives_a_notice(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real_import = builtins.__import__

    def no_multimedia(name: str, *args: object, **kwargs: object) -> object:
        if name == "PySide6.QtMultimedia":
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    tones = ToneBank()
    with caplog.at_level(logging.WARNING):
        tones.load()
    assert tones.reason() == (
        "No sound: Qt's multimedia module could not load (is libpulse0 installed?)."
    )
    assert "libpulse.so.0" in caplog.text
    assert not tones.play(Cue.HOLD)


@pytest.mark.sound_server  # the other tones load on its device
def test_a_missing_sound_file_gives_a_notice(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def locate(name: str) -> Path:
        if name == "relax":
            raise FileNotFoundError("sounds/relax.wav")
        return sound_file(name)

    tones = ToneBank(locate)
    with caplog.at_level(logging.WARNING):
        tones.load()
    assert tones.reason() == "No sound: the sound file relax.wav is missing."
    assert "relax" in caplog.text
    assert not tones.play(Cue.RELAX)


@pytest.mark.qt_log_ignore("QSoundEffect: Error decoding source")  # the very error under test
@pytest.mark.sound_server  # the device's verdict on the file
def test_an_unreadable_sound_file_gives_a_notice(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot really")

    def locate(name: str) -> Path:
        return broken if name == "tick" else sound_file(name)

    tones = ToneBank(locate)
    with caplog.at_level(logging.WARNING):
        tones.load()
        qtbot.waitUntil(lambda: tones.reason() is not None)
    assert tones.reason() == "No sound: tick.wav could not be played on this device."
    assert "tick.wav could not be loaded" in caplog.text


@pytest.mark.slow
def test_no_sound_server_gives_a_notice_and_the_cause_in_the_log() -> None:
    # In a process of its own: Qt connects to the sound server once per process.
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from footcare_gui.services.sound import ToneBank\n"
        "import logging; logging.basicConfig(level=logging.WARNING)\n"
        "app = QApplication([])\n"
        "tones = ToneBank(); tones.load()\n"
        "print(tones.reason())\n"
    )
    env = dict(os.environ, PULSE_SERVER="unix:/nonexistent/footcare", PYTHONPATH=str(ROOT))
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "No sound: no audio output device was found."
    assert "no audio output device (is a sound server running?)" in result.stderr


def test_the_voice_is_set_level_with_the_tones_even_with_tones_off(
    audio: AudioCues, settings: Settings
) -> None:
    settings.sound_enabled = False
    settings.volume = 80
    audio.prepare()
    assert audio.voice.volume == pytest.approx(0.8 * 0.3)  # type: ignore[attr-defined]
    assert audio.tones.warmed == 0  # type: ignore[attr-defined]


def test_damaged_settings_fall_back_to_the_defaults(tmp_path: Path) -> None:
    damaged = tmp_path / "settings.ini"
    damaged.write_text(
        "[audio]\nsound=@Invalid()\nvoice=maybe, yes\nvolume=loud\nmuted=2\ndevice=zz\n",
        encoding="utf-8",
    )
    settings = Settings(QSettings(str(damaged), QSettings.Format.IniFormat))
    assert (settings.sound_enabled, settings.voice_enabled, settings.muted) == (True, True, False)
    assert settings.volume == 70
    assert settings.output_device == b""


def test_giving_up_on_the_voice_never_blocks_the_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A worker that ignores its closed stdin: letting go of it must not wait for it.
    monkeypatch.setattr(
        speech,
        "worker_command",
        lambda _engine: [sys.executable, "-c", IGNORES_STDIN_AND_SIGTERM],
    )
    monkeypatch.setattr(speech, "START_TIMEOUT_MS", 50)
    voice = Voice()
    with qtbot.waitSignal(voice.ready):
        voice.load()
    assert not voice.has_worker  # let go at once; the kill finishes on its own


@pytest.mark.sound_server
def test_quitting_releases_every_sound(qtbot: QtBot) -> None:
    from PySide6.QtMultimedia import QSoundEffect

    tones = ToneBank()
    tones.load()
    effects = tones.findChildren(QSoundEffect)
    assert len(effects) == len(Cue) + 1  # every cue and the warm-up
    qtbot.waitUntil(lambda: all(effect.isLoaded() for effect in effects))
    tones.release()
    assert not tones.play(Cue.HOLD)
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(effect) for effect in effects))


@pytest.mark.sound_server  # with no device, no tone is loaded
def test_no_tone_is_left_to_end_by_itself(qtbot: QtBot) -> None:
    # Qt 6.11 destroys a QSoundEffect voice that plays to its end on the PulseAudio thread,
    # which wedged the event loop ("Invalid socket" for ever). Voices are stopped instead: each
    # plays its tone then silence, loops, and a timer stops it once the tone is over.
    from PySide6.QtCore import QTimer
    from PySide6.QtMultimedia import QSoundEffect

    tones = ToneBank()
    tones.load()
    effects = tones.findChildren(QSoundEffect)
    assert len(effects) == len(Cue) + 1  # every cue and the warm-up
    qtbot.waitUntil(lambda: all(effect.isLoaded() for effect in effects))
    for effect in effects:
        name = Path(effect.source().fileName()).stem
        assert effect.loopCount() == QSoundEffect.Loop.Infinite.value
        with (
            wave.open(effect.source().toLocalFile()) as played,
            wave.open(str(sound_file(name))) as tone,
        ):
            tail = played.getnframes() - tone.getnframes()
            assert tail == round(SILENT_TAIL_S * tone.getframerate())
            assert played.readframes(tone.getnframes()) == tone.readframes(tone.getnframes())
            assert not any(played.readframes(tail))
            tone_ms = 1000 * tone.getnframes() / tone.getframerate()
        waiting = {timer for timer in tones.findChildren(QTimer) if timer.isActive()}
        if name == "warmup":
            tones.warm_up()
        else:
            assert tones.play(Cue(name))
        (stopper,) = {t for t in tones.findChildren(QTimer) if t.isActive()} - waiting
        # Stopped after the tone, and long before its silence runs out and it would repeat.
        assert tone_ms < stopper.interval() < tone_ms + 1000 * SILENT_TAIL_S / 4
    tones.release()
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(effect) for effect in effects))


@pytest.mark.sound_server  # the device that comes is real
def test_with_no_output_device_no_tone_loads_until_one_comes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tone that finishes loading with no device warns at a random moment ("playback of
    this format is not supported"): none is loaded until a device is there."""
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

    from footcare_gui.services import sound

    real = sound.audio_outputs()
    monkeypatch.setattr(sound, "audio_outputs", lambda: [])
    bank = ToneBank()
    effects: list[object] = []
    try:
        bank.load()
        assert bank.reason() == "No sound: no audio output device was found."
        assert not bank.play(Cue.HOLD)
        assert bank.findChildren(QSoundEffect) == []
        monkeypatch.setattr(sound, "audio_outputs", lambda: real)
        bank.findChild(QMediaDevices).audioOutputsChanged.emit()  # the device comes
        assert bank.reason() is None
        effects += bank.findChildren(QSoundEffect)
        assert len(effects) == len(Cue) + 1  # every cue and the warm-up
        qtbot.waitUntil(lambda: all(effect.isLoaded() for effect in effects))
    finally:
        bank.release()
        # Gone before the next test: one torn down later, mid-stream, aborts QtMultimedia.
        qtbot.waitUntil(lambda: not any(shiboken6.isValid(effect) for effect in effects))
