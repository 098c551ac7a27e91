"""Real audio out: a QSoundEffect plays a bundled cue into the test sound server, and the test
records what came out.

Needs the PulseAudio daemon of scripts/start-test-audio.sh (scripts/test.sh starts it and
exports PULSE_SERVER): marked ``sound_server``, so it is skipped with the reason where none
answers, and fails in CI, which starts one (tests/conftest.py).
"""

from __future__ import annotations

import os
import wave
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices, QSoundEffect
from pytestqt.qtbot import QtBot

from footcare_gui.services.assets import asset_path
from tests.audio_capture import (
    RATE,
    SINK,
    MonitorCapture,
    NullSink,
    loudest_window_dbfs,
    pactl,
    peak_dbfs,
    rms_dbfs,
)

SILENCE_FIRST_MS = 100  # recorded before play(): must be silent
TAIL_MS = 300  # recorded after playingChanged(False): the last buffers still reach the sink
TONE_FLOOR_DBFS = -40.0  # the loudest 50 ms of the cue must be above this
SILENCE_CEILING_DBFS = -60.0  # the null sink's monitor is digital zero when nothing plays


def _samples(ms: float) -> int:
    return round(RATE * ms / 1000)


def _require_test_sound_server() -> None:
    """Fails the test unless the server that answers (the marker saw to that) has the null sink
    of scripts/start-test-audio.sh as its default sink."""
    server = os.environ["PULSE_SERVER"]
    info = pactl("info")
    # tests/conftest.py points XDG_RUNTIME_DIR at a temp dir; PULSE_SERVER must still win.
    assert f"Server String: {server}" in info, info
    assert f"Default Sink: {SINK}" in info, f"{SINK} is not the default sink: {info}"


def _output(name: str) -> QAudioDevice | None:
    """Qt's audio output whose id is the PulseAudio sink ``name``, once Qt has seen it."""
    return next((o for o in QMediaDevices.audioOutputs() if o.id().data() == name.encode()), None)


def _duration_ms(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return 1000 * wav.getnframes() / wav.getframerate()


@contextmanager
def _sound_effect(device: QAudioDevice) -> Iterator[QSoundEffect]:
    """A QSoundEffect on ``device``, deleted on exit: its stream must not outlive the sink."""
    effect = QSoundEffect(device)
    try:
        yield effect
    finally:
        effect.stop()
        shiboken6.delete(effect)


def _play_and_record(
    qtbot: QtBot, effect: QSoundEffect, cue: Path, capture: MonitorCapture
) -> tuple[array[int], int]:
    """Loads and plays ``cue`` while ``capture`` records: (samples, index where play() was)."""
    effect.setSource(QUrl.fromLocalFile(str(cue)))
    ready_or_failed = (QSoundEffect.Status.Ready, QSoundEffect.Status.Error)
    qtbot.waitUntil(lambda: effect.status() in ready_or_failed, timeout=5000)
    assert effect.status() == QSoundEffect.Status.Ready, f"{cue} did not load"
    qtbot.waitUntil(lambda: capture.recorded_samples() >= _samples(SILENCE_FIRST_MS))

    playing: list[bool] = []
    effect.playingChanged.connect(lambda: playing.append(effect.isPlaying()))
    started_at = capture.recorded_samples()
    effect.play()
    qtbot.waitUntil(lambda: playing == [True, False], timeout=round(_duration_ms(cue)) + 5000)
    ended_at = capture.recorded_samples()
    qtbot.waitUntil(lambda: capture.recorded_samples() >= ended_at + _samples(TAIL_MS))
    return capture.stop(), started_at


@pytest.mark.sound_server
def test_sound_effect_is_heard_on_the_test_sink(qtbot: QtBot) -> None:
    _require_test_sound_server()
    # Qt's audio backend talks to that same server: its default output is the test sink, where
    # the app's own cues go.
    default_output = QMediaDevices.defaultAudioOutput()
    assert default_output.id().data() == SINK.encode(), (
        f"Qt's default audio output is {default_output.description()!r}, not {SINK}"
    )

    cue = asset_path("sounds/hold.wav")
    # The daemon is shared (other test runs, anything pointed at it), so the cue plays into a
    # sink of the test's own: the recording holds that cue and nothing else.
    with (
        NullSink(f"{SINK}_{os.getpid()}") as sink,
        MonitorCapture(source=sink.monitor, max_seconds=30) as capture,
    ):
        qtbot.waitUntil(capture.is_connected, timeout=5000)
        sink.restart_clock()  # else the first samples arrive up to 2 s later
        qtbot.waitUntil(lambda: _output(sink.name) is not None, timeout=5000)
        with _sound_effect(_output(sink.name)) as effect:
            samples, started_at = _play_and_record(qtbot, effect, cue, capture)

    before, during = samples[:started_at], samples[started_at:]
    tone_dbfs = loudest_window_dbfs(during, window_ms=50)
    print(
        f"\n{cue.name}: {_duration_ms(cue):.0f} ms; recorded {len(samples) / RATE * 1000:.0f} ms; "
        f"before play(): peak {peak_dbfs(before):.1f} dBFS, rms {rms_dbfs(before):.1f} dBFS; "
        f"after: loudest 50 ms {tone_dbfs:.1f} dBFS, peak {peak_dbfs(during):.1f} dBFS"
    )
    assert peak_dbfs(before) < SILENCE_CEILING_DBFS, "the sink was not silent before play()"
    assert tone_dbfs > TONE_FLOOR_DBFS, (
        f"the cue was not heard: loudest 50 ms of the recording is {tone_dbfs:.1f} dBFS"
    )
