"""The tones play without QtMultimedia's FFmpeg backend in every installation (issue 18).

The bundle leaves the backend out; a pip-installed PySide6 has it, and Qt loads it (20 MB of
FFmpeg, QtQuick and QtQml) on the first use of QtMultimedia unless it cannot find it. Each case
runs in a process of its own: Qt picks its media backend once per process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.sound_server]  # each plays a tone
ROOT = Path(__file__).resolve().parents[2]

# Loads the tones the way the app does, plays one, and reports what was mapped into memory.
SCRIPT = """
import json, os
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from footcare_gui.core.cues import Cue
from footcare_gui.services.sound import ToneBank

app = QApplication([])
paths = QCoreApplication.libraryPaths()
tones = ToneBank()
tones.load()
loop = QEventLoop()
poll = QTimer(interval=20)
poll.timeout.connect(lambda: tones.play(Cue.HOLD) and (poll.stop(), loop.quit()))
poll.start()
QTimer.singleShot(5000, loop.quit)
loop.exec()
maps = open("/proc/self/maps").read()
print(json.dumps({
    "played": not poll.isActive(),
    "notice": tones.reason() or "",
    "backend": "plugins/multimedia/" in maps,
    "paths_kept": QCoreApplication.libraryPaths() == paths,
}))
tones.release()
"""


def load_tones(**env: str) -> dict[str, object]:
    import json

    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_tones_play_without_loading_the_ffmpeg_backend() -> None:
    loaded = load_tones()
    assert loaded == {"played": True, "notice": "", "backend": False, "paths_kept": True}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_a_backend_the_user_asks_for_is_loaded() -> None:
    loaded = load_tones(QT_MEDIA_BACKEND="ffmpeg")
    assert loaded["played"] is True
    assert loaded["backend"] is True
