"""Every hostile routine file is refused with exit 2 or imported as the plain text it is; nothing
blocks, nothing reaches the terminal raw, and an import that was not saved says so (exit 1).

The corpus is tests/data/hostile (names with markup, controls, surrogates; broken files);
FIFOs, devices, folders and links are made here, at test time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from footcare_gui.cli import main
from footcare_gui.core.names import terminal_safe
from footcare_gui.services.catalogue_file import DEFAULT_CATALOGUE, load_catalogue
from tests.books import book_in

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "data" / "hostile"
CORPUS = sorted(HOSTILE.glob("*.json"))


def clean_for_a_terminal(text: str) -> bool:
    """No control or bidi character but the newlines that end lines."""
    return all(terminal_safe(line) == line for line in text.split("\n"))


def saved_names() -> list[str]:
    with book_in(None, load_catalogue()) as book:
        return book.names()


def made_at_test_time(folder: Path) -> list[Path]:
    fifo = folder / "fifo.json"
    os.mkfifo(fifo)
    directory = folder / "folder.json"
    directory.mkdir()
    to_device = folder / "zero.json"
    to_device.symlink_to("/dev/zero")
    to_fifo = folder / "to-fifo.json"
    to_fifo.symlink_to(fifo)
    markup_name = folder / "<img src=x>.json"
    markup_name.write_text("{", encoding="utf-8")
    escape_name = folder / "\x1b[2Jwipe.json"
    escape_name.write_text("[]", encoding="utf-8")
    large = folder / "large.json"
    large.write_bytes(b" " * (2 * 1024 * 1024))
    return [
        fifo,
        directory,
        to_device,
        to_fifo,
        Path("/dev/null"),
        Path("/dev/zero"),
        markup_name,
        escape_name,
        large,
        folder / "missing.json",
    ]


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_each_corpus_file_is_refused_or_imported_as_plain_text(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = saved_names()
    code = main(["--import-routine", str(path)])
    err = capsys.readouterr().err
    assert clean_for_a_terminal(err), err
    assert code in (0, 2), err
    if code == 2:
        assert saved_names() == before  # nothing changed
        assert err.startswith(f"footcare: {path}: ")
    else:
        name = json.loads(path.read_text(encoding="utf-8"))["name"].strip()
        assert saved_names() == [*before, name]  # exactly as the file spelled it
        assert f"imported routine '{name}'" in err


def test_pipes_devices_folders_and_links_are_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in made_at_test_time(tmp_path):
        assert main(["--import-routine", str(path)]) == 2, path
        err = capsys.readouterr().err
        assert clean_for_a_terminal(err), err
    assert saved_names() == ["My routine"]


@pytest.mark.slow
def test_importing_a_fifo_does_not_wait_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "routine.json"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "-m", "footcare_gui", "--import-routine", str(fifo)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,  # the old code waited here for ever
    )
    assert done.returncode == 2
    assert "not a regular file" in done.stderr


def test_an_import_that_could_not_be_saved_says_so_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")  # the data folder cannot be made: a file is there
    sample = str(ROOT / "tests" / "data" / "routines" / "clinician.json")
    code = main(["--data-dir", str(blocker), "--import-routine", sample])
    err = capsys.readouterr().err
    assert code == 1
    assert "was not imported: Your routines could not be saved" in err
    assert "imported routine" not in err


def test_names_and_paths_on_the_terminal_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalogue = tmp_path / "catalogue.toml"
    text = DEFAULT_CATALOGUE.read_text(encoding="utf-8")
    assert 'name = "Calf stretch"' in text
    catalogue.write_text(
        text.replace('name = "Calf stretch"', 'name = "\\u001b[31mCalf\\u202e stretch"'),
        encoding="utf-8",
    )
    assert main(["--list", "--catalogue", str(catalogue)]) == 0
    out = capsys.readouterr().out
    assert "\\x1b[31mCalf\\u202e stretch" in out
    assert clean_for_a_terminal(out)
    assert main(["--start-routine", "\x1b]0;owned\x07"]) == 2
    err = capsys.readouterr().err
    assert "\\x1b]0;owned\\x07" in err
    assert clean_for_a_terminal(err)
