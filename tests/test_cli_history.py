"""The history exports from the command line: --export-csv, --report, --data-dir."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from footcare_gui.cli import main
from footcare_gui.core.catalogue import Catalogue
from footcare_gui.services.paths import data_dir
from footcare_gui.services.store import HistoryStore
from scripts.demo_data import simulated_sessions

ROOT = Path(__file__).resolve().parent.parent


def fill(directory: Path, catalogue: Catalogue, days: int = 7) -> int:
    now = datetime.now().astimezone()
    store = HistoryStore.open(directory)
    records = [
        r for r in simulated_sessions(catalogue, now.date(), days, now.tzinfo) if r.started_at < now
    ]
    for record in records:
        store.add(record)
    store.close()
    return len(records)


def test_data_dir_comes_from_the_option_then_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOOTCARE_DATA_DIR", str(tmp_path / "from-env"))
    assert data_dir(tmp_path / "given") == tmp_path / "given"
    assert data_dir() == tmp_path / "from-env"
    monkeypatch.delenv("FOOTCARE_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "xdg" / "Footcare" / "Footcare"


def test_export_csv_to_stdout_gives_a_row_per_session(
    tmp_path: Path, catalogue: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    count = fill(tmp_path, catalogue)
    assert main(["--data-dir", str(tmp_path), "--export-csv", "-"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == count + 1
    assert {row[4] for row in rows[1:]} <= {e.name for e in catalogue.exercises}


def test_export_csv_to_a_folder_that_does_not_exist_fails_clearly(
    tmp_path: Path, catalogue: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(tmp_path, catalogue, days=1)
    target = tmp_path / "missing" / "out.csv"
    assert main(["--data-dir", str(tmp_path), "--export-csv", str(target)]) == 1
    assert f"cannot export to {target}" in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--export-csv", "--report"])
def test_exports_from_a_folder_without_a_history_fail_and_create_nothing(
    tmp_path: Path, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "tpyo"
    assert main(["--data-dir", str(typo), option, str(tmp_path / "out")]) == 1
    assert (
        capsys.readouterr().err == f"footcare: no session history in {typo} (no history.sqlite3)\n"
    )
    assert not typo.exists()
    assert not (tmp_path / "out").exists()


def test_report_weeks_must_be_sensible(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--report", "r.pdf", "--weeks", "0"])
    assert exit_info.value.code == 2
    assert "must be 1-104, not 0" in capsys.readouterr().err


def test_report_from_the_command_line_is_a_pdf_naming_the_period(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """A real process, with no display: the report draws offscreen by itself."""
    fill(tmp_path / "data", catalogue)
    target = tmp_path / "report.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "footcare_gui", "--data-dir", str(tmp_path / "data"),
         "--report", str(target), "--weeks", "2"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == f"footcare: wrote the report for the last 2 weeks to {target}"
    assert target.read_bytes().startswith(b"%PDF")

    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(target)) == QPdfDocument.Error.None_
    text = document.getAllText(0).text()
    today = datetime.now().astimezone().date()
    first = today - timedelta(days=13)
    assert f"{first.day} {first:%B}" in text
    assert all(exercise.name in text for exercise in catalogue.exercises)
    document.close()
