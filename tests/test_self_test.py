"""``footcare --self-test`` as a real process: one line, exit 0; a broken install says why."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def self_test(*args: str) -> subprocess.CompletedProcess[str]:
    # QT_QPA_PLATFORM is left out on purpose: the self-test must choose offscreen itself.
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    return subprocess.run(
        [sys.executable, "-m", "footcare_gui", "--self-test", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_self_test_runs_a_session_and_prints_one_line(data_dir: Path, user_settings: Path) -> None:
    result = self_test()
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    line = lines[0]
    assert line.startswith("footcare self-test: ok (catalogue 5 exercises, session ")
    assert "history saved" in line
    assert "sound: played hold.wav" in line or "sound: no output device" in line
    # Its history and settings were temporary: nothing landed in the user's folders.
    assert list(data_dir.iterdir()) == []
    # (The sound server's client keeps "pulse"; Footcare.ini is the test's own, from conftest.)
    assert [p.name for p in (user_settings / "Footcare").iterdir()] == ["Footcare.ini"]
    assert (user_settings / "Footcare" / "Footcare.ini").read_text() == "[welcome]\nshown=true\n"


def test_a_broken_catalogue_fails_with_the_reason(tmp_path: Path) -> None:
    broken = tmp_path / "catalogue.toml"
    broken.write_text('[[exercise]]\nid = "calf-stretch"\nsets = "three"\n', encoding="utf-8")
    result = self_test("--catalogue", str(broken))
    assert result.returncode == 1
    assert result.stdout.startswith("footcare self-test: FAILED: catalogue: ")
    assert str(broken) in result.stdout
    assert len(result.stdout.splitlines()) == 1
