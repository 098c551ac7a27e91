"""The pictures' data is read in two halves: services/figures.py reads the file, the Qt-free core
turns its text into figures and never touches a file (issue 15: the core does no file I/O)."""

from __future__ import annotations

from pathlib import Path

import pytest

import footcare_gui.core
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


def test_the_pictures_core_opens_no_file() -> None:
    core = Path(footcare_gui.core.__file__).parent
    for module in sorted(core.glob("figure*.py")):
        text = module.read_text(encoding="utf-8")
        for call in ("read_text(", "read_bytes(", "open(", "is_file(", "import pathlib"):
            assert call not in text, f"{module.name} calls {call}"
