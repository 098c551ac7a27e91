"""The exercise pictures' file: ``data/figures.toml``, or a custom catalogue's own beside it.

The file is read here; core/figure_data.py turns its text into figures.
"""

from __future__ import annotations

from pathlib import Path

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.figure import Figure, FigureError
from footcare_gui.core.figure_data import described_poses, fits, parse_figures
from footcare_gui.services.safe_read import read_regular_file

DEFAULT_FIGURES = Path(__file__).resolve().parent.parent / "data" / "figures.toml"
MAX_FIGURES_BYTES = 1024 * 1024  # the built-in file is about 11 kB


def figures_path_for(catalogue_path: Path) -> Path:
    """A catalogue's pictures: ``NAME.figures.toml`` beside ``NAME.toml`` if there is one,
    else the built-in pictures (matched by exercise id)."""
    sibling = catalogue_path.with_name(f"{catalogue_path.stem}.figures.toml")
    return sibling if sibling.is_file() else DEFAULT_FIGURES


def load_figures(path: Path = DEFAULT_FIGURES) -> dict[str, Figure]:
    """The figures of the pictures' file at ``path``; FigureError if it cannot be read (a FIFO
    or device is refused at once: services/safe_read.py)."""
    try:
        data = read_regular_file(Path(path), MAX_FIGURES_BYTES + 1)
        if len(data) > MAX_FIGURES_BYTES:
            raise FigureError(f"{path}: cannot be read (larger than 1 MB)")
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise FigureError(f"{path}: cannot be read ({error})") from error
    return parse_figures(text, str(path))


def figure_texts(path: Path = DEFAULT_FIGURES) -> list[tuple[str, str]]:
    """(where, text) for each pose's description in the file, for translators."""
    return described_poses(load_figures(path))


def figures_for(catalogue: Catalogue) -> dict[str, Figure]:
    """The pictures of the catalogue's exercises that have them; an exercise whose pictures do
    not fit it (another number of steps or phases) has none. A broken pictures file means no
    pictures, never a failed start: the exercises work without them."""
    try:
        figures = load_figures(figures_path_for(catalogue.path))
    except FigureError:
        return {}
    return {e.id: figures[e.id] for e in catalogue.exercises if fits(figures.get(e.id), e)}
