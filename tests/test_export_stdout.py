"""Exports to standard output ("-") as an outside reader gets them: the file's own bytes (UTF-8)
whatever the terminal's encoding, and a reader that has gone away ends the export quietly."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.demo import simulated_sessions
from footcare_gui.services.store import HistoryStore

ROOT = Path(__file__).resolve().parent.parent
NOTE = "Füße müde · 足"


@pytest.fixture
def history_dir(tmp_path: Path, catalogue: Catalogue) -> Path:
    folder = tmp_path / "data"
    now = datetime.now().astimezone()
    store = HistoryStore.open(folder)
    for record in simulated_sessions(catalogue, now.date(), 2, now.tzinfo):
        if record.started_at < now:
            store.add(dataclasses.replace(record, note=NOTE))
    store.close()
    return folder


def export(history_dir: Path, option: str, stdout: int = subprocess.PIPE, **env: str):
    return subprocess.run(
        [sys.executable, "-m", "footcare_gui", "--data-dir", str(history_dir), option, "-"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **env},
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=120,
    )


@pytest.mark.slow
def test_fhir_to_an_ascii_stdout_is_still_valid_utf8_json(history_dir: Path) -> None:
    done = export(history_dir, "--export-fhir", PYTHONIOENCODING="ascii")
    assert done.returncode == 0, done.stderr
    bundle = json.loads(done.stdout.decode("utf-8"))  # not "\xfc": JSON has no such escape
    assert NOTE in json.dumps(bundle, ensure_ascii=False)


@pytest.mark.slow
def test_csv_to_an_ascii_stdout_keeps_the_notes_as_typed(history_dir: Path) -> None:
    done = export(history_dir, "--export-csv", PYTHONIOENCODING="ascii")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"))))
    assert rows
    assert {row["note"] for row in rows} == {NOTE}


@pytest.mark.slow
@pytest.mark.parametrize("option", ["--export-csv", "--export-fhir"])
def test_a_reader_that_went_away_ends_the_export_quietly(history_dir: Path, option: str) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # `footcare --export-fhir - | true`: nobody reads
    try:
        done = export(history_dir, option, stdout=write_end)
    finally:
        os.close(write_end)
    assert done.returncode == 0
    assert done.stderr == b""
