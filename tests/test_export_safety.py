"""Exports never destroy the history, are written whole, replace a link rather than follow it,
follow the umask without widening it, and take "-" and "" as a user would expect."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from footcare_gui.cli import main
from footcare_gui.core.catalogue import Catalogue
from footcare_gui.services import export_file
from footcare_gui.services.store import DB_FILENAME, HistoryStore
from tests.test_cli_history import fill

ROOT = Path(__file__).resolve().parent.parent
OPTIONS = ["--export-csv", "--report", "--export-fhir"]


@pytest.fixture
def history_dir(tmp_path: Path, catalogue: Catalogue) -> Path:
    folder = tmp_path / "data"
    fill(folder, catalogue, days=3)
    return folder


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


def sessions_in(folder: Path) -> int:
    store = HistoryStore.open_existing(folder)
    assert store is not None
    try:
        return len(store.sessions())
    finally:
        store.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("option", OPTIONS)
@pytest.mark.parametrize(
    "target",
    [
        DB_FILENAME,
        f"{DB_FILENAME}-wal",
        f"{DB_FILENAME}-shm",
        "notes.csv",  # any file of the data folder
        f"../data/{DB_FILENAME}",
    ],
)
def test_an_export_onto_the_data_folder_is_refused_and_the_history_kept(
    history_dir: Path, option: str, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    count = sessions_in(history_dir)
    database = (history_dir / DB_FILENAME).read_bytes()
    code = main(["--data-dir", str(history_dir), option, str(history_dir / target)])
    assert code == 1
    assert "data folder" in capsys.readouterr().err
    assert (history_dir / DB_FILENAME).read_bytes() == database
    assert sessions_in(history_dir) == count
    assert not (history_dir / "notes.csv").exists()


@pytest.mark.parametrize("option", OPTIONS)
@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_a_link_elsewhere_to_the_history_is_refused(
    tmp_path: Path, history_dir: Path, option: str, link: str, capsys: pytest.CaptureFixture[str]
) -> None:
    count = sessions_in(history_dir)
    target = tmp_path / "elsewhere.csv"
    if link == "symbolic":
        target.symlink_to(history_dir / DB_FILENAME)
    else:
        os.link(history_dir / DB_FILENAME, target)
    assert main(["--data-dir", str(history_dir), option, str(target)]) == 1
    assert capsys.readouterr().err
    assert sessions_in(history_dir) == count


@pytest.mark.parametrize("option", OPTIONS)
def test_a_symbolic_link_at_the_target_is_replaced_not_followed(
    tmp_path: Path, history_dir: Path, option: str
) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me", encoding="utf-8")
    target = tmp_path / "export.out"
    target.symlink_to(precious)
    assert main(["--data-dir", str(history_dir), option, str(target)]) == 0
    assert not target.is_symlink()
    assert target.stat().st_size > 100
    assert precious.read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("option", OPTIONS)
def test_a_failed_write_leaves_the_old_file_and_no_scraps(
    tmp_path: Path, history_dir: Path, option: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.out"
    target.write_text("the previous export", encoding="utf-8")

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_file.os, "replace", full_disk)
    assert main(["--data-dir", str(history_dir), option, str(target)]) == 1
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "export.out"]


@pytest.mark.usefixtures("umask")
@pytest.mark.parametrize("option", OPTIONS)
@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600)])
def test_exports_follow_the_umask(
    tmp_path: Path, history_dir: Path, option: str, mask: int, expected: int
) -> None:
    os.umask(mask)
    target = tmp_path / "export.out"
    assert main(["--data-dir", str(history_dir), option, str(target)]) == 0
    assert mode(target) == expected


@pytest.mark.usefixtures("umask")
@pytest.mark.parametrize("option", OPTIONS)
def test_an_export_never_widens_the_file_it_replaces(
    tmp_path: Path, history_dir: Path, option: str
) -> None:
    os.umask(0o022)
    target = tmp_path / "export.out"
    target.write_text("private", encoding="utf-8")
    target.chmod(0o600)
    assert main(["--data-dir", str(history_dir), option, str(target)]) == 0
    assert mode(target) == 0o600


@pytest.mark.parametrize("option", OPTIONS)
def test_an_empty_file_name_is_a_usage_error(
    option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([option, ""])
    assert exit_info.value.code == 2
    assert "give a file name" in capsys.readouterr().err


@pytest.mark.slow
def test_report_dash_writes_the_pdf_to_stdout(tmp_path: Path, history_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "footcare_gui", "--data-dir", str(history_dir), "--report", "-"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"%PDF")
    assert not (tmp_path / "-").exists()


def test_a_folder_of_ones_own_inside_the_data_folder_is_fine(history_dir: Path) -> None:
    target = history_dir / "exports" / "sessions.csv"
    target.parent.mkdir()
    assert main(["--data-dir", str(history_dir), "--export-csv", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("date,")
