"""The one place that knows where Footcare's bundled files (icons, sounds, ...) live.

The ``assets/`` folder sits in a different place depending on how the app was started, so code
must never build asset paths from its own ``__file__``. Places are tried in this order:

1. a frozen PyInstaller bundle: ``sys._MEIPASS/assets``;
2. an installed wheel: ``footcare_gui/assets`` (the wheel force-includes the top-level folder);
3. the source tree: ``assets/`` next to the ``footcare_gui`` package.

The first folder that exists wins and is cached for the life of the process. Qt-free on purpose,
so the core, the CLI and the tests can use it without a ``QApplication``.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence
from pathlib import Path

import footcare_gui

ASSETS_FOLDER = "assets"

# (where, folder): "where" names the kind of installation in error messages.
Candidate = tuple[str, Path]


def _candidates(*, frozen: bool, bundle_root: str | None, package_dir: Path) -> list[Candidate]:
    """The folders that may hold the assets, most specific installation first."""
    found: list[Candidate] = []
    if frozen and bundle_root:
        found.append(("frozen bundle", Path(bundle_root) / ASSETS_FOLDER))
    found.append(("installed package", package_dir / ASSETS_FOLDER))
    found.append(("source tree", package_dir.parent / ASSETS_FOLDER))
    return found


def _current_candidates() -> list[Candidate]:
    return _candidates(
        frozen=bool(getattr(sys, "frozen", False)),
        bundle_root=getattr(sys, "_MEIPASS", None),
        package_dir=Path(footcare_gui.__file__).resolve().parent,
    )


def _describe(candidates: Sequence[Candidate]) -> str:
    return "; ".join(f"{where}: {folder}" for where, folder in candidates)


def _first_existing(candidates: Sequence[Candidate]) -> Path:
    """The first candidate folder that exists; FileNotFoundError listing all of them if none."""
    for _where, folder in candidates:
        if folder.is_dir():
            return folder
    raise FileNotFoundError(
        f"Footcare's '{ASSETS_FOLDER}' folder was not found; searched {_describe(candidates)}"
    )


@functools.cache
def assets_dir() -> Path:
    """The folder holding Footcare's assets for this installation (resolved once, then cached)."""
    return _first_existing(_current_candidates())


def asset_path(relative: str) -> Path:
    """The path of one asset, e.g. ``asset_path("icons/footcare.svg")``.

    Raises FileNotFoundError naming the path it looked for and the places searched.
    """
    if Path(relative).is_absolute() or ".." in Path(relative).parts:
        raise ValueError(f"asset paths are relative to the assets folder, got {relative!r}")
    path = assets_dir() / relative
    if not path.exists():
        raise FileNotFoundError(
            f"Footcare asset {relative!r} not found: looked for {path} "
            f"(assets folder {assets_dir()}, chosen from: {_describe(_current_candidates())})"
        )
    return path
