"""Routines from the command line, and a second launch handing over to the running app."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from footcare_gui.cli import main
from tests.core.test_routine_file import SAMPLES

ROOT = Path(__file__).resolve().parent.parent
ROUTINES = ROOT / "tests" / "data" / "routines"


def footcare(*args: str) -> list[str]:
    return [sys.executable, "-m", "footcare_gui", *args]


def env() -> dict[str, str]:
    values = dict(os.environ)  # conftest points XDG_* and FOOTCARE_DATA_DIR at scratch folders
    values["QT_QPA_PLATFORM"] = "offscreen"
    values["PYTHONPATH"] = str(ROOT)
    return values


def test_importing_a_routine_file_adds_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--import-routine", str(ROUTINES / "clinician.json")]) == 0
    err = capsys.readouterr().err
    assert "imported routine 'From Dr Okafor'" in err
    assert main(["--start-routine", "from dr okafor", "--list"]) == 0  # the name is known now


def test_a_bad_routine_file_exits_2_naming_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "name": "X", "exercises": [{"id": "towel-curls"}]}')
    assert main(["--import-routine", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"footcare: {bad}: exercises[1].id")
    assert "towel-curls" in err


def test_starting_an_unknown_routine_exits_2_and_lists_the_routines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--start-routine", "Lunchtime"]) == 2
    assert capsys.readouterr().err == (
        "footcare: no routine 'Lunchtime'. Your routines: My routine\n"
    )


@pytest.mark.slow
@pytest.mark.sound_server  # the session's tones load: any warning of theirs fails the test
def test_a_second_launch_hands_its_session_to_the_running_app() -> None:
    first = subprocess.Popen(
        footcare("--verbose"), env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert first.stderr is not None
        assert first.stderr.readline().strip() == "footcare: INFO: window shown"
        second = subprocess.run(
            footcare("--start", "toe-pulling", "--verbose"),
            env=env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert "handed over to the Footcare already running" in second.stderr
        line = first.stderr.readline().strip()  # blocks until the first one has it
        while line.startswith("footcare: INFO: no system tray"):  # (offscreen has none)
            line = first.stderr.readline().strip()
        assert line == (
            "footcare: INFO: request from another launch: "
            "{'action': 'start', 'exercise': 'toe-pulling'}"
        )
        first.send_signal(signal.SIGTERM)
        _, rest = first.communicate(timeout=60)
    finally:
        if first.poll() is None:
            first.kill()
            first.communicate()
    assert first.returncode == 0
    assert [line for line in rest.splitlines() if not line.startswith("footcare: INFO: ")] == []


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets in the tests")
def test_importing_into_a_running_footcare_hands_the_file_over_the_socket(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One process holds the routines: a launch with --import-routine while Footcare runs
    gives it the file (the running app imports it and shows the outcome) and writes nothing."""
    from footcare_gui.services.single_instance import server_name
    from footcare_gui.services.store import DB_FILENAME
    from tests.services.test_single_instance import peer, peer_env, read_line

    running = subprocess.Popen(
        peer("primary", server_name(data_dir)), env=peer_env(), stdout=subprocess.PIPE, text=True
    )
    try:
        assert read_line(running) == "listening"
        sample = SAMPLES / "clinician.json"
        assert main(["--import-routine", str(sample)]) == 0
        assert "handed to the running Footcare" in capsys.readouterr().err
        assert json.loads(read_line(running)) == {
            "action": "import-routine",
            "path": str(sample.absolute()),
        }
        assert not (data_dir / DB_FILENAME).exists()  # this launch saved nothing itself
        bad = tmp_path / "bad.json"
        bad.write_text("{", encoding="utf-8")
        assert main(["--import-routine", str(bad)]) == 2  # said here, never handed over
    finally:
        running.kill()
        running.communicate(timeout=30)
