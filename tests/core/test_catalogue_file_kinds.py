"""--catalogue FILE is read as a routine file is: a FIFO hung the start for ever, /dev/zero
filled the memory (5 GB in 15 s) and a 3 GB file was read whole. Anything but a regular file
is refused at once, and so is a file far larger than a catalogue."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from footcare_gui.cli import main
from footcare_gui.core.catalogue import CatalogueError
from footcare_gui.services.catalogue_file import load_catalogue


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "catalogue.toml"
    os.mkfifo(path)  # no writer: a blocking open would wait for ever
    return path


def test_a_fifo_is_refused_without_waiting(fifo: Path) -> None:
    with pytest.raises(CatalogueError, match="not a regular file"):
        load_catalogue(fifo)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused(device: str) -> None:
    with pytest.raises(CatalogueError, match="not a regular file"):
        load_catalogue(device)


def test_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    (tmp_path / "catalogue.toml").symlink_to("/dev/zero")
    with pytest.raises(CatalogueError, match="not a regular file"):
        load_catalogue(tmp_path / "catalogue.toml")


def test_a_huge_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.toml"
    with path.open("wb") as file:
        file.truncate(3 * 1024**3)  # sparse: 3 GB that take no room
    with pytest.raises(CatalogueError, match="larger than"):
        load_catalogue(path)


def test_the_command_line_says_so_and_exits_1(
    fifo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--catalogue", str(fifo), "--list"]) == 1
    assert "not a regular file" in capsys.readouterr().err
