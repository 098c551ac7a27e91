"""The asset locator: source tree, search order, errors, and a real built-and-installed wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import footcare_gui
from footcare_gui.services.assets import asset_path, assets_dir

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    """assets_dir() caches for the whole process; each test starts and ends uncached."""
    assets_dir.cache_clear()
    yield
    assets_dir.cache_clear()


def test_finds_the_app_icon_in_the_source_tree() -> None:
    icon = asset_path("icons/footcare.svg")
    assert icon == REPO / "assets" / "icons" / "footcare.svg"
    assert icon.is_file()
    assert assets_dir() == REPO / "assets"


def test_rendered_png_icons_are_present() -> None:
    for size in (16, 32, 48, 64, 128, 256):
        assert asset_path(f"icons/hicolor/{size}/footcare.png").is_file()


def test_assets_dir_is_resolved_once() -> None:
    first = assets_dir()
    assert assets_dir() is first
    assert assets_dir.cache_info().hits == 1


# --- search order, with a fake installation laid out in tmp dirs ---------------------------


@pytest.fixture
def fake_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A bundle root, and a package dir whose parent plays the source tree; no assets yet."""
    bundle = tmp_path / "bundle"
    package = tmp_path / "tree" / "footcare_gui"
    bundle.mkdir()
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    monkeypatch.setattr(footcare_gui, "__file__", str(package / "__init__.py"))
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    return {
        "frozen": bundle / "assets",
        "wheel": package / "assets",
        "source": package.parent / "assets",
    }


@pytest.mark.parametrize(
    ("frozen", "present", "winner"),
    [
        (True, ["frozen", "wheel", "source"], "frozen"),
        (True, ["wheel", "source"], "wheel"),
        (True, ["source"], "source"),
        (False, ["frozen", "wheel", "source"], "wheel"),  # _MEIPASS alone does not mean frozen
        (False, ["frozen", "source"], "source"),
    ],
)
def test_search_order_frozen_then_wheel_then_source(
    fake_install: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    frozen: bool,
    present: list[str],
    winner: str,
) -> None:
    monkeypatch.setattr(sys, "frozen", frozen, raising=False)
    for place in present:
        (fake_install[place] / "icons").mkdir(parents=True)
        (fake_install[place] / "icons" / "footcare.svg").write_text(place)

    assert assets_dir() == fake_install[winner]
    assert asset_path("icons/footcare.svg").read_text() == winner


def test_no_assets_folder_anywhere_names_every_place_searched(
    fake_install: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(FileNotFoundError) as raised:
        assets_dir()
    message = str(raised.value)
    for place in ("frozen", "wheel", "source"):
        assert str(fake_install[place]) in message


# --- errors ---------------------------------------------------------------------------------


def test_missing_asset_names_the_path_and_the_places_searched() -> None:
    with pytest.raises(FileNotFoundError) as raised:
        asset_path("icons/no-such-icon.svg")
    message = str(raised.value)
    assert str(REPO / "assets" / "icons" / "no-such-icon.svg") in message
    assert "'icons/no-such-icon.svg'" in message
    assert "installed package" in message
    assert "source tree" in message


@pytest.mark.parametrize("bad", ["/etc/passwd", "../pyproject.toml", "icons/../../README.md"])
def test_paths_outside_the_assets_folder_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="relative to the assets folder"):
        asset_path(bad)


def test_locator_is_qt_free() -> None:
    code = (
        "import sys; import footcare_gui.services.assets as a; a.assets_dir(); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.strip() == "[]"


# --- slow: build the real wheel, install it elsewhere, and look from outside the tree -------


def _run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(wheel file, folder it is installed into), built from this checkout with pip.

    ``pip wheel`` builds in an isolated environment, fetching hatchling from PyPI, so this works
    where only the project's test extra is installed. Takes a few seconds and needs the network.
    """
    out = tmp_path_factory.mktemp("wheel")
    site = tmp_path_factory.mktemp("site")
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
    pip = [sys.executable, "-m", "pip"]
    _run([*pip, "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(REPO)], env=env)
    (wheel,) = out.glob("footcare-*.whl")
    _run([*pip, "install", "--no-deps", "--no-index", "--quiet", "--target", str(site), str(wheel)])
    return wheel, site


def test_slow_wheel_ships_the_assets_and_the_catalogue(built_wheel: tuple[Path, Path]) -> None:
    wheel, _site = built_wheel
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "footcare_gui/data/catalogue.toml" in names
    assert "footcare_gui/services/assets.py" in names
    assert "footcare_gui/assets/icons/footcare.svg" in names
    assert "footcare_gui/assets/icons/hicolor/16/footcare.png" in names
    assert not any(name.startswith("assets/") for name in names)


def test_slow_installed_wheel_finds_assets_inside_itself(
    built_wheel: tuple[Path, Path], tmp_path: Path
) -> None:
    _wheel, site = built_wheel
    code = (
        "import json, footcare_gui; from footcare_gui.services.assets import asset_path; "
        "print(json.dumps([footcare_gui.__file__, str(asset_path('icons/footcare.svg'))]))"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = _run([sys.executable, "-c", code], env=env, cwd=tmp_path)  # cwd: not the source tree
    package_file, icon = (Path(p).resolve() for p in json.loads(done.stdout))

    site = site.resolve()
    assert package_file.is_relative_to(site), "imported footcare_gui from the source tree"
    assert icon == site / "footcare_gui" / "assets" / "icons" / "footcare.svg"
    assert icon.is_file()
