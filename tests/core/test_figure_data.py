"""The pictures' data is read in two halves: services/figures.py reads the file, the Qt-free core
turns its text into figures (issue 15: the core does no file I/O; tests/core/
test_core_reads_no_files.py checks the source)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from footcare_gui.core.figure import FigureError
from footcare_gui.core.figure_data import parse_figures
from footcare_gui.services.figures import DEFAULT_FIGURES, load_figures


def test_the_core_reads_the_text_the_service_reads_from_the_file() -> None:
    from_text = parse_figures(DEFAULT_FIGURES.read_text(encoding="utf-8"), "figures.toml")
    assert from_text == load_figures(DEFAULT_FIGURES)
    assert set(from_text) >= {"calf-stretch", "toe-pulling"}


def test_broken_text_is_a_figure_error_naming_its_source() -> None:
    with pytest.raises(FigureError, match=r"mine\.figures\.toml: cannot be read"):
        parse_figures("[[figure]\n", "mine.figures.toml")
    with pytest.raises(FigureError, match=r"mine\.figures\.toml, figure 'calf-stretch'"):
        parse_figures('[[figure]]\nexercise = "calf-stretch"\n', "mine.figures.toml")


def test_a_file_that_cannot_be_read_is_a_figure_error(tmp_path: Path) -> None:
    (tmp_path / "latin1.figures.toml").write_bytes(b"# caf\xe9\n")
    with pytest.raises(FigureError, match="cannot be read"):
        load_figures(tmp_path / "latin1.figures.toml")
    with pytest.raises(FigureError, match="cannot be read"):
        load_figures(tmp_path / "missing.figures.toml")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_for_a_pictures_file_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "calf.figures.toml"
    os.mkfifo(fifo)  # with no writer: reading it would wait forever
    with pytest.raises(FigureError, match="not a regular file"):
        load_figures(fifo)
