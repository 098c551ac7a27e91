"""The command line, called in-process and as a real process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from footcare_gui import __version__
from footcare_gui.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_list_prints_a_readable_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "EXERCISE", "DOSE", "TIME"]
    assert lines[1].startswith("calf-stretch")
    assert "30 s hold · each foot · twice a day" in lines[1]
    assert lines[1].rstrip().endswith("1:15")
    assert lines[5].startswith("toe-pulling")
    assert "~" in lines[5]


def test_list_names_the_painful_foot_once_it_is_chosen(capsys: pytest.CaptureFixture[str]) -> None:
    from footcare_gui.services.settings import Settings

    Settings().painful_foot = "left"  # as the welcome or Preferences keep it
    assert main(["--list"]) == 0
    ankle = capsys.readouterr().out.splitlines()[3]
    assert ankle.startswith("ankle-extension")
    assert "3 × 8 · left foot · once a day" in ankle
    assert main(["--list", "--defaults"]) == 0  # the catalogue's, as the source gives it
    assert "3 × 8 · painful foot · once a day" in capsys.readouterr().out.splitlines()[3]


def test_list_json_gives_each_exercise_with_its_phases(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list", "--json"]) == 0
    exercises = json.loads(capsys.readouterr().out)
    assert [e["id"] for e in exercises] == [
        "calf-stretch",
        "achilles-stretch",
        "ankle-extension",
        "ankle-flexion",
        "toe-pulling",
    ]
    extension = exercises[2]
    assert (extension["sets"], extension["reps"], extension["sides"], extension["per_day"]) == (
        3,
        8,
        "affected",
        1,
    )
    hold, relax = extension["phases"]
    assert (hold["kind"], hold["seconds"], hold["min_seconds"], hold["max_seconds"]) == (
        "hold",
        5,
        5,
        10,
    )
    assert (relax["label"], relax["kind"], relax["seconds"]) == ("Relax", "relax", 10)
    assert exercises[0]["per_day"] == 2
    assert exercises[4]["per_day"] == 3


def test_json_without_list_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--json"])
    assert exit_info.value.code == 2
    assert "--json goes with --list" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"footcare {__version__}"


def test_unknown_exercise_exits_2_and_names_the_valid_ids(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--start", "knee-bend"]) == 2
    error = capsys.readouterr().err
    assert "unknown exercise 'knee-bend'" in error
    assert "calf-stretch, achilles-stretch, ankle-extension, ankle-flexion, toe-pulling" in error


def test_broken_catalogue_is_reported_by_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "catalogue.toml"
    broken.write_text('[[exercise]]\nid = "calf"\nname = 3\n', encoding="utf-8")
    assert main(["--list", "--catalogue", str(broken)]) == 1
    error = capsys.readouterr().err
    assert str(broken) in error
    assert "'calf'" in error
    assert "'name'" in error


# --- real processes ----------------------------------------------------------------------------


def _env() -> dict[str, str]:
    env = dict(os.environ)  # conftest already points XDG_* at a scratch folder
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    return env


def _footcare(*args: str) -> list[str]:
    return [sys.executable, "-m", "footcare_gui", *args]


@pytest.mark.slow
def test_process_list_json() -> None:
    result = subprocess.run(
        _footcare("--list", "--json"), env=_env(), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5
    assert result.stderr == ""


@pytest.mark.slow
@pytest.mark.sound_server  # the session's tones load: any warning of theirs fails the test
def test_process_start_opens_the_session_and_closes_cleanly_on_sigterm() -> None:
    process = subprocess.Popen(
        _footcare("--start", "calf-stretch", "--verbose"),
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        first_line = process.stderr.readline()  # blocks until the window is up (or the app died)
        assert first_line.strip() == "footcare: INFO: window shown, session started: calf-stretch"
        process.send_signal(signal.SIGTERM)
        _, rest = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    # Anything above INFO (a Qt warning, a traceback, a missing sound) is a defect here.
    unexpected = [line for line in rest.splitlines() if not line.startswith("footcare: INFO: ")]
    assert unexpected == []
    assert "footcare: INFO: SIGTERM received: closing" in rest.splitlines()


@pytest.mark.slow
def test_process_refuses_to_start_with_a_broken_catalogue(tmp_path: Path) -> None:
    broken = tmp_path / "catalogue.toml"
    broken.write_text("[[exercise]\n", encoding="utf-8")
    result = subprocess.run(
        _footcare("--catalogue", str(broken)),
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert f"cannot start: {broken}: is not valid TOML" in result.stderr
