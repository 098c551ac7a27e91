"""Test-wide set-up: headless Qt, and config/data directories that are never the real user's."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before any Qt import: no window may appear and no real settings may be read or written.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="footcare-tests-"))
for _variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = str(_SANDBOX / _variable.lower())
os.environ["XDG_RUNTIME_DIR"] = str(_SANDBOX / "runtime")
(_SANDBOX / "runtime").mkdir(mode=0o700)

import pytest  # noqa: E402

from footcare_gui.core.catalogue import Catalogue  # noqa: E402
from footcare_gui.core.clock import ManualClock  # noqa: E402
from footcare_gui.services.catalogue_file import load_catalogue  # noqa: E402

pytest_plugins = ["tests.private_bus"]  # private_bus, desktop_services: real D-Bus


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's session history lives in its own new folder (services/store.py)."""
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("FOOTCARE_DATA_DIR", str(path))
    return path


@pytest.fixture(autouse=True)
def user_settings(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test's default Settings() (routines, doses, reminders...) start empty: Qt reads
    XDG_CONFIG_HOME once per process, so the user-scope INI folder is moved per test instead.
    Processes a test starts get the folder through XDG_CONFIG_HOME.

    Empty but for one thing: the first-run welcome was seen, so no app a test starts waits
    behind it (tests/ui/test_welcome.py starts one without this)."""
    from PySide6.QtCore import QSettings

    path = tmp_path_factory.mktemp("config")
    (path / "Footcare").mkdir()
    (path / "Footcare" / "Footcare.ini").write_text("[welcome]\nshown=true\n")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(path))
    return path
