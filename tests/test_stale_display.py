"""A DISPLAY or WAYLAND_DISPLAY that names a server no longer there (an ssh session's stale
DISPLAY, an Xvfb that died) gets the same one line and exit 1 as no display at all: Qt aborted
(SIGABRT, exit 134) with its "Reinstalling the application may fix this problem"."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from footcare_gui.display import display_problem

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the check is for Linux's display servers"
)


def free_display() -> int:
    """A display number no X server answers on."""
    for number in range(4700 + os.getpid() % 200, 6000):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            probe = socket.socket(socket.AF_UNIX)
            try:
                probe.connect(f"\0/tmp/.X11-unix/X{number}")
            except OSError:
                return number
            finally:
                probe.close()
    raise AssertionError("no free display number")


@pytest.fixture
def live_display() -> Iterator[int]:
    """An X server's listening socket, as far as a connect can tell (abstract, like Xorg's)."""
    number = free_display()
    server = socket.socket(socket.AF_UNIX)
    server.bind(f"\0/tmp/.X11-unix/X{number}")
    server.listen(1)
    yield number
    server.close()


def test_a_display_no_server_answers_on_is_no_display() -> None:
    problem = display_problem({"DISPLAY": f":{free_display()}"})
    assert problem is not None
    assert "cannot be reached" in problem


def test_a_live_display_is_a_display(live_display: int) -> None:
    assert display_problem({"DISPLAY": f":{live_display}"}) is None
    assert display_problem({"DISPLAY": f":{live_display}.0"}) is None


def test_a_wayland_socket_that_is_not_there_is_no_display(tmp_path: Path) -> None:
    environ = {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert display_problem(environ) is not None
    (tmp_path / "wayland-9").touch()
    assert display_problem(environ) is None


def test_a_display_on_another_machine_is_left_to_qt() -> None:
    assert display_problem({"DISPLAY": "otherhost:0"}) is None


@pytest.mark.slow
def test_a_stale_display_gives_one_line_and_exit_1(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    environ = {
        k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")
    }
    done = subprocess.run(
        [sys.executable, "-m", "footcare_gui"],
        env={
            **environ,
            "PYTHONPATH": str(ROOT),
            "DISPLAY": f":{free_display()}",
            "XDG_RUNTIME_DIR": str(runtime),
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1
    assert "cannot be reached" in done.stderr
