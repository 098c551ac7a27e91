"""How punctual are the audio cues? Plays a real-time session into a PulseAudio null sink.

Run with the test sound server up (scripts/start-test-audio.sh prints PULSE_SERVER):

    export $(bash scripts/start-test-audio.sh) && .venv/bin/python benchmarks/cue_timing.py

Two figures per cue, side by side for a fresh output with and without the warm-up:
- "play() late": when QSoundEffect.play() was called, minus the cue's moment on the session's
  clock (the step's deadline or a countdown tick): the app's own lateness.
- "heard late": when the tone starts in the recording of the sink's monitor, relative to the
  cues' median (the recording's clock is not the session's, so only differences are known).
  This is where a slow first play() on a fresh output shows.
Each configuration runs in a process of its own, so every one starts with a fresh output.
"""

from __future__ import annotations

import array
import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RATE = 48_000
SINK = "footcare_test"


def run_session(warm_up: bool) -> dict[str, list[int]]:
    """In this process: play a short real-time session and record it; returns the timings."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from footcare_gui.core.clock import MonotonicClock
    from footcare_gui.core.plan import Dose, build_plan
    from footcare_gui.core.session import Session
    from footcare_gui.services.audio import AudioCues
    from footcare_gui.services.catalogue_file import load_catalogue
    from footcare_gui.services.settings import Settings
    from footcare_gui.ui.driver import SessionDriver

    app = QApplication([])
    scratch = Path(tempfile.mkdtemp()) / "settings.ini"
    settings = Settings(QSettings(str(scratch), QSettings.Format.IniFormat))
    settings.voice_enabled = False
    exercise = load_catalogue().get("ankle-extension")
    dose = replace(
        Dose.default_for(exercise),
        phase_seconds=(2, 1),
        reps=5,
        sets=2,
        rest_seconds=2,
        prepare_seconds=3,
    )
    clock = MonotonicClock()
    session = Session(build_plan(exercise, dose), clock)
    audio = AudioCues(settings, clock=clock)
    if not warm_up:
        audio.tones.warm_up = lambda: None  # type: ignore[method-assign]
    driver = SessionDriver(session)
    moments: list[int] = []
    driver.cue.connect(lambda fired: fired.cue and moments.append(fired.at_ms))
    driver.cue.connect(audio.handle)

    recording = tempfile.NamedTemporaryFile(suffix=".raw", delete=False)  # noqa: SIM115
    parec = subprocess.Popen(
        [
            "parec",
            "-d",
            f"{SINK}.monitor",
            "--format=s16le",
            f"--rate={RATE}",
            "--channels=1",
            "--raw",
            "--latency-msec=10",
        ],
        stdout=recording,
    )
    recording_started = clock.now_ms()
    session.ended.connect(lambda _summary: QTimer.singleShot(600, app.quit))

    def begin() -> None:
        audio.prepare()  # as the session view does when a session starts
        driver.start()

    QTimer.singleShot(1000, begin)  # give the recorder a moment to attach
    app.exec()
    parec.terminate()
    parec.wait(5)
    samples = array.array("h", Path(recording.name).read_bytes())
    os.unlink(recording.name)
    onsets = [recording_started + round(i * 1000 / RATE) for i in find_onsets(samples)]
    return {"moments": moments, "play_late": list(audio.lateness_ms), "onsets": onsets}


def find_onsets(samples: array.array, threshold: int = 330, quiet_ms: int = 150) -> list[int]:
    """Sample indices where sound starts after at least ``quiet_ms`` of silence (-40 dBFS)."""
    onsets, last_loud = [], -(10**9)
    quiet = quiet_ms * RATE // 1000
    for index, value in enumerate(samples):
        if abs(value) >= threshold:
            if index - last_loud > quiet:
                onsets.append(index)
            last_loud = index
    return onsets


def heard_lateness(moments: list[int], onsets: list[int]) -> list[int]:
    """Each onset's delay relative to the median delay, matching cues and onsets in order."""
    if len(onsets) != len(moments):
        raise SystemExit(f"heard {len(onsets)} tones for {len(moments)} cues: is the sink busy?")
    delays = [onset - moment for onset, moment in zip(onsets, moments, strict=True)]
    middle = statistics.median(delays)
    return [round(delay - middle) for delay in delays]


def summary(values: list[int]) -> str:
    ordered = sorted(values)
    return (
        f"median {statistics.median(ordered):5.1f}  max {ordered[-1]:4d}  "
        f"first {values[0]:4d}  (n={len(values)})"
    )


def main() -> None:
    if "--child" in sys.argv:
        print(json.dumps(run_session(warm_up="--no-warm-up" not in sys.argv)))
        return
    if not os.environ.get("PULSE_SERVER"):
        raise SystemExit(
            "start the test sound server first: export $(bash scripts/start-test-audio.sh)"
        )
    print("cue timing over a real-time session (2 s holds, 1 s relaxes), ms")
    for label, flags in (("with warm-up", []), ("without warm-up", ["--no-warm-up"])):
        child = subprocess.run(
            [sys.executable, __file__, "--child", *flags],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        result = json.loads(child.stdout.strip().splitlines()[-1])
        heard = heard_lateness(result["moments"], result["onsets"])
        print(f"{label:16}  play() late: {summary(result['play_late'])}")
        print(f"{'':16}  heard late:  {summary(heard)}")


if __name__ == "__main__":
    main()
