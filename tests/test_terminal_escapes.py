"""Paths given on the command line reach the terminal escaped, as names do: a folder or file
named with ESC cannot recolour, retitle or hide what the terminal shows (issue 12, item 11)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ESC = "\x1b]0;owned\x07\x1b[31m"


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "footcare_gui", *args],
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
            "XDG_RUNTIME_DIR": str(runtime),
        },
        capture_output=True,
        timeout=120,
    )


@pytest.mark.slow
@pytest.mark.parametrize("option", ["--export-csv", "--report", "--export-fhir"])
def test_a_missing_data_folder_is_named_escaped(tmp_path: Path, option: str) -> None:
    done = run(tmp_path, "--data-dir", str(tmp_path / f"no{ESC}such"), option, "out")
    assert done.returncode == 1
    assert b"no session history" in done.stderr
    assert b"\x1b" not in done.stderr
    assert b"\\x1b" in done.stderr


@pytest.mark.slow
def test_a_damaged_history_in_a_strange_folder_is_named_escaped(tmp_path: Path) -> None:
    folder = tmp_path / f"data{ESC}"
    folder.mkdir()
    (folder / "history.sqlite3").write_bytes(b"not a database" * 100)
    done = run(tmp_path, "--data-dir", str(folder), "--export-csv", str(tmp_path / "out.csv"))
    assert done.returncode == 1
    assert b"not a database" in done.stderr
    assert b"\x1b" not in done.stderr


@pytest.mark.slow
def test_a_catalogue_that_stops_the_start_is_named_escaped(tmp_path: Path) -> None:
    done = run(tmp_path, "--catalogue", str(tmp_path / f"cat{ESC}.toml"))
    assert done.returncode == 1
    assert b"cannot start" in done.stderr
    assert b"\x1b" not in done.stderr
