"""The real app on Wayland: a headless Weston compositor (scripts/start-test-weston.sh), Qt's
wayland platform, a private session bus with a stand-in screen saver (tests/dbus_services.py)
and the test sound server. A whole short session in real time, a second launch, SIGTERM:
nothing may be logged at warning level, and what differs on Wayland is said plainly."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.private_bus import PrivateBus, Service

pytestmark = pytest.mark.slow  # a compositor and the app in real time: about ten seconds

ROOT = Path(__file__).resolve().parent.parent
SHORT_CATALOGUE = ROOT / "tests" / "data" / "short-catalogue.toml"  # a 6-second session
# Warnings that are about the machine, not the app (see footcare_gui/self_test.py).
ALLOWED = re.compile(r"No QtMultimedia backends found|pipewire-0\.3")


def exported(script: str) -> dict[str, str]:
    out = subprocess.run(
        ["bash", str(ROOT / "scripts" / script)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return dict(line.split("=", 1) for line in out.splitlines())


@pytest.fixture
def weston() -> Iterator[dict[str, str]]:
    values = exported("start-test-weston.sh")
    try:
        yield values
    finally:
        os.kill(int(values["WESTON_PID"]), signal.SIGTERM)
        stop_processes_using(values["XDG_RUNTIME_DIR"])
        shutil.rmtree(values["XDG_RUNTIME_DIR"], ignore_errors=True)


def stop_processes_using(folder: str) -> None:
    """The speech-dispatcher the app's voice started keeps its socket in the runtime folder
    and outlives the app: end it, found by that folder in its command line."""
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            command = (proc / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if folder in command and "speech-dispatcher" in command:
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(proc.name), signal.SIGTERM)


@pytest.fixture
def app_env(weston: dict[str, str], private_bus: PrivateBus, tmp_path: Path) -> dict[str, str]:
    sound = os.environ.get("PULSE_SERVER") or exported("start-test-audio.sh")["PULSE_SERVER"]
    return {
        **private_bus.env,
        "QT_QPA_PLATFORM": "wayland",
        "WAYLAND_DISPLAY": weston["WAYLAND_DISPLAY"],
        "XDG_RUNTIME_DIR": weston["XDG_RUNTIME_DIR"],
        "PULSE_SERVER": sound,
        "FOOTCARE_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def footcare(*args: str) -> list[str]:
    return [sys.executable, "-m", "footcare_gui", "--catalogue", str(SHORT_CATALOGUE), *args]


@pytest.mark.sound_server  # the session's tones load: any warning of theirs fails the test
def test_a_whole_session_on_wayland_logs_no_warning(
    app_env: dict[str, str], desktop_services: Callable[..., Service], tmp_path: Path
) -> None:
    saver = desktop_services("screensaver")
    log = tmp_path / "app.log"
    with log.open("w") as out:
        app = subprocess.Popen(
            footcare("-v", "--start", "short-hold"), env=app_env, stdout=out, stderr=out
        )
    try:
        saver.wait_for("UnInhibit")  # the session's end, seen from outside
        assert saver.names() == ["Inhibit", "UnInhibit"], log.read_text()
        second = subprocess.run(
            footcare(),
            env={**app_env, "XDG_ACTIVATION_TOKEN": ""},
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert second.returncode == 0, second.stderr  # handed over to the first
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=30) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    text = log.read_text()
    problems = [
        line
        for line in text.splitlines()
        if re.search(r"WARNING|ERROR|CRITICAL|Traceback", line) and not ALLOWED.search(line)
    ]
    assert problems == [], text
    # What differs on Wayland, said plainly (at info level: nothing is wrong).
    assert "no system tray on this desktop" in text
    assert "only with the launcher's activation token" in text
    # The session was saved, finished.
    csv = subprocess.run(
        [sys.executable, "-m", "footcare_gui", "--export-csv", "-"],
        env={**app_env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    rows = csv.strip().splitlines()
    assert len(rows) == 2, csv  # a header and the one session
    assert "short-hold" in rows[1]


FULL_SCREEN_PROBE = """
from PySide6.QtCore import QEventLoop, QTimer
from footcare_gui.app import create_application
from footcare_gui.services.catalogue_file import load_catalogue
from footcare_gui.services.settings import Settings
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.window_full_screen import FULL_SCREEN_CHECK_MS

app = create_application()
window = MainWindow(load_catalogue(), Settings())
window.show()
window.start_exercise("calf-stretch")
window.set_full_screen(True)  # as F11 does
loop = QEventLoop()
QTimer.singleShot(FULL_SCREEN_CHECK_MS + 500, loop.quit)  # past the app's own check
loop.exec()
notice = window.session_view.live.session_notice
print(window.isFullScreen(), window.width(), window.height(), notice.isVisible(), flush=True)
window.quit_now()
"""


def test_full_screen_on_wayland_fills_the_output(app_env: dict[str, str]) -> None:
    """Weston grants full screen: the window covers its 1366x768 output, with no notice."""
    result = subprocess.run(
        [sys.executable, "-c", FULL_SCREEN_PROBE],
        env=app_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "1366", "768", "False"], result.stderr
    problems = [line for line in result.stderr.splitlines() if not ALLOWED.search(line)]
    assert problems == []
