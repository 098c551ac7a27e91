"""The command line behaves like a Unix tool (issue 13 part 7)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.ui import history_view, routine_editor
from tests.test_cli_history import ROOT, fill


def run_footcare(*args: str, **options: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY",)}
    return subprocess.run(
        [sys.executable, "-m", "footcare_gui", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
        **options,  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.mark.parametrize("args", [("--list", "--json"), ("--list",)])
def test_a_closed_pipe_ends_the_listing_quietly(args: tuple[str, ...]) -> None:
    """`footcare --list --json | head` when head has already gone: no traceback, exit 0."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write now fails with EPIPE, as after head exits
    try:
        done = subprocess.run(
            [sys.executable, "-m", "footcare_gui", *args],
            cwd=ROOT, stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60,
            check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (0, "")


def test_a_report_that_cannot_be_written_is_said_once(tmp_path: Path, catalogue: Catalogue) -> None:
    fill(tmp_path / "data", catalogue, days=2)
    target = "/nonexistent/r.pdf"
    done = run_footcare("--data-dir", str(tmp_path / "data"), "--report", target)
    assert done.returncode == 1
    assert done.stderr.count(target) == 1, done.stderr
    assert done.stderr.count("Cannot write") + done.stderr.count("cannot write") == 1
    assert done.stderr.startswith("footcare: ")


@pytest.mark.parametrize(
    ("option", "name"), [("--export-csv", "s.csv"), ("--export-fhir", "b.json")]
)
def test_an_export_that_cannot_be_written_names_the_file_once_and_no_other(
    tmp_path: Path, catalogue: Catalogue, option: str, name: str
) -> None:
    """As the report says it: never the hidden temporary file the user did not ask for."""
    fill(tmp_path / "data", catalogue, days=2)
    target = f"/nonexistent/{name}"
    done = run_footcare("--data-dir", str(tmp_path / "data"), option, target)
    assert done.returncode == 1
    assert done.stderr == f"footcare: cannot export to {target}: No such file or directory\n"


@pytest.mark.parametrize(
    ("module", "call"),
    [
        (history_view, lambda m: m.choose_save_path(None, "Save report", "r.pdf", "*.pdf")),
        (routine_editor, lambda m: m.choose_save_path(None, "Export", "Morning.json", "*.json")),
        (routine_editor, lambda m: m.choose_open_path(None, "Import", "*.json")),
    ],
)
def test_file_dialogs_open_in_documents_or_home(
    qapp: object, monkeypatch: pytest.MonkeyPatch, module: object, call: object
) -> None:
    asked: list[str] = []

    def dialog(_parent: object, _caption: str, folder: str, _filter: str) -> tuple[str, str]:
        asked.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    call(module)  # type: ignore[operator]
    (folder,) = asked
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    home = str(Path.home())
    expected = documents if Path(documents).is_dir() else home
    assert folder.startswith(expected)
    assert not folder.startswith(str(ROOT))
    assert Path(folder).name in ("r.pdf", "Morning.json", Path(expected).name)


def test_a_closed_pipe_ends_the_csv_export_quietly(tmp_path: Path, catalogue: Catalogue) -> None:
    fill(tmp_path / "data", catalogue, days=3)
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "footcare_gui", "--data-dir", str(tmp_path / "data"),
             "--export-csv", "-"],
            cwd=ROOT, stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60,
            check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (0, "")


def test_a_handout_that_cannot_be_written_says_the_systems_reason_once(
    qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    """As the report and the exports: 'cannot write' once, the file once, the system's reason
    (it said 'cannot write the handout: Cannot write the exercise sheet to ...')."""
    from footcare_gui.cli import main

    target = "/nonexistent/h.pdf"
    assert main(["--handout", target]) == 1
    assert capsys.readouterr().err == (
        f"footcare: cannot write the handout {target}: No such file or directory\n"
    )
