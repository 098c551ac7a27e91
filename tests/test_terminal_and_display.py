"""The command line where the terminal is poor or the screen missing: an ASCII-only stdout
degrades to escapes (no traceback), and no display gives one clear line and exit 1 (not
Qt's SIGABRT with its "reinstall" hint)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from footcare_gui.display import NO_DISPLAY, display_problem

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, **env: str | None) -> subprocess.CompletedProcess[str]:
    values = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    for key, value in env.items():
        if value is None:
            values.pop(key, None)
        else:
            values[key] = value
    return subprocess.run(
        [sys.executable, "-m", "footcare_gui", *args],
        env=values,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.mark.slow
def test_an_ascii_only_stdout_gets_escapes_not_a_traceback() -> None:
    table = run("--list", PYTHONIOENCODING="ascii")
    assert table.returncode == 0, table.stderr
    assert "Traceback" not in table.stderr
    assert table.stdout.isascii()
    assert "3 \\xd7 12" in table.stdout  # "3 × 12", escaped
    listed = run("--list", "--json", PYTHONIOENCODING="ascii")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.isascii()
    assert json.loads(listed.stdout) == json.loads(run("--list", "--json").stdout)


@pytest.mark.slow
def test_no_display_says_so_in_one_line_and_exits_1(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    done = run(
        QT_QPA_PLATFORM=None,
        DISPLAY=None,
        WAYLAND_DISPLAY=None,
        XDG_RUNTIME_DIR=str(runtime),
        XDG_SESSION_TYPE=None,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr == NO_DISPLAY + "\n"


@pytest.mark.parametrize(
    ("environ", "missing"),
    [
        ({}, True),
        ({"DISPLAY": "otherhost:0"}, False),  # a local one is asked (test_stale_display.py)
        ({"WAYLAND_DISPLAY": "wayland-1"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "wayland;offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
    ],
)
def test_what_counts_as_a_display(environ: dict[str, str], missing: bool) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux's display servers")
    assert (display_problem(environ) is not None) == missing
